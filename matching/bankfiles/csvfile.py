"""Read bank and PSP CSV exports into a `BankFile`, by a column mapping or by sniffing headers.

Pure. `CsvMapping` says which column holds what and how numbers, dates and
signs are written; `sniff_mapping` builds one from common EN/DE/FR/ES header
names so a generic bank export reads with no configuration. One data row
with an amount is one entry. A row whose amount cannot be read is left out
and reported as a `Problem` naming file:line and column; blank rows, rows
without an amount and balance/total summary rows are skipped.
"""
from __future__ import annotations

import csv
import io
import re
import tomllib
import unicodedata
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from pathlib import Path

from ledger.errors import InputError, Problem
from matching.bankfiles.amounts import guess_date_format, guess_decimal_separator, parse_amount, parse_date
from matching.bankfiles.records import BankEntry, BankFile, BankStatement
from matching.bankfiles.text import decode_lines

Column = str | int | None

SIGN_CONVENTIONS = ("credit_positive", "debit_positive", "by_column")
SUMMARY_ROW = r"(?i)^\s*(opening |closing |final )?(balance|saldo|solde|total|summe|kontostand|anfangssaldo|endsaldo)\b"


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """Where a CSV export keeps each field, and how it writes numbers, dates and signs.

    Columns are header names (matched ignoring case and surrounding blanks) or
    0-based positions (required when `header` is False). Give either `amount`
    (signed, or unsigned with a `direction` column) or `credit` and/or `debit`.

    sign_convention:
      credit_positive  a positive amount is money in (bank accounts); with
                       credit/debit columns, a positive debit is money out and
                       a debit written negative stays money out
      debit_positive   a positive amount is money out (card exports listing charges)
      by_column        the credit/debit column decides, whatever sign is written
    """

    date: Column = None
    amount: Column = None
    credit: Column = None
    debit: Column = None
    direction: Column = None
    name: Column = None
    account: Column = None
    reference: Column | tuple[Column, ...] = None
    currency: Column = None
    default_currency: str | None = None
    bank_reference: Column = None
    value_date: Column = None
    delimiter: str | None = None  # None: sniffed from the header line
    decimal: str | None = None  # "." or ","; None: guessed from the amount cells
    thousands: str | None = None  # None: whichever of , . ' and blanks is not the decimal
    date_format: str | None = None  # strptime format; None: guessed from the date cells
    skip_rows: int = 0  # lines before the header (or before the data when header=False)
    header: bool = True
    sign_convention: str = "credit_positive"
    credit_marks: tuple[str, ...] = ("credit", "c", "cr", "crdt", "h", "haben", "crédit", "abono")
    debit_marks: tuple[str, ...] = ("debit", "d", "dr", "dbit", "s", "soll", "débit", "cargo")
    skip_pattern: str | None = SUMMARY_ROW  # first cell matching it: not a transaction


# Header names per field, most specific first; compared after `_normalise`.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "date": (
        "booking date", "buchungsdatum", "buchungstag", "transaction date", "date", "datum",
        "datum der transaktion", "posted date", "posting date", "date opération", "date operation",
        "date comptable", "fecha", "fecha operación", "fecha de operación", "created", "datetime",
        "date de valeur", "value date", "valutadatum", "wertstellung", "fecha valor",
    ),
    "value_date": ("value date", "valutadatum", "wertstellung", "date de valeur", "fecha valor"),
    "amount": (
        "amount", "betrag", "montant", "importe", "gross", "bruto", "brut", "transaction amount",
        "umsatz", "monto", "amount (total)",
    ),
    "credit": (
        "credit", "credit amount", "credits", "deposit", "deposits", "paid in", "money in", "haben",
        "eingang", "zahlungsbetrag eingehend", "crédit", "credito", "crédito", "abono", "ingreso", "ingresos",
    ),
    "debit": (
        "debit", "debit amount", "debits", "withdrawal", "withdrawals", "paid out", "money out", "soll",
        "ausgang", "zahlungsbetrag ausgehend", "débit", "debito", "débito", "cargo", "gasto", "gastos",
    ),
    "currency": (
        "currency", "ccy", "währung", "waehrung", "zahlungswährung", "devise", "monnaie", "monn.", "moneda",
        "divisa",
    ),
    "name": (
        "name", "payee", "partner name", "counterparty", "counterparty name", "beneficiary", "merchant name",
        "auftraggeber/empfänger", "beguenstigter/zahlungspflichtiger", "zahlungsempfänger", "empfänger",
        "auftraggeber", "nom", "bénéficiaire", "tiers", "nombre", "beneficiario",
    ),
    "account": (
        "iban", "partner iban", "counterparty iban", "counterparty account", "bank account", "account number",
        "iban zahlungsbeteiligter", "numéro de compte", "cuenta", "compte",
    ),
    "reference": (
        "reference", "payment reference", "ref", "referenz", "zahlungsreferenz", "verwendungszweck",
        "référence", "referencia", "concepto", "libellé", "description", "details", "memo", "label", "note",
        "purpose", "subject", "invoice number", "descripción",
    ),
    "bank_reference": (
        "transaction id", "id", "n° de transaction", "transaktions-id", "id. de transacción", "fitid",
        "transaction ref1",
    ),
    "direction": ("transaction type", "debit/credit", "soll/haben", "credit/debit", "cdtdbtind"),
}
# Prefix matches for exports that decorate the header: "Amount (EUR)", "Amount (total)".
HEADER_PREFIXES = {"amount": ("amount", "betrag", "montant", "importe")}
_HEADER_SCAN_ROWS = 40
_DELIMITERS = (",", ";", "\t", "|")


def read_csv(data: bytes, source: str, mapping: CsvMapping | None = None) -> BankFile:
    """Parse CSV bytes with `mapping`, or with a sniffed one when None."""
    text = decode_lines(data)
    if not text.strip():
        raise InputError(f"{source}: empty file")
    if mapping is None:
        mapping = sniff_mapping(text, source)
    if mapping.sign_convention not in SIGN_CONVENTIONS:
        raise InputError(f"{source}: unknown sign convention {mapping.sign_convention!r} (use one of {SIGN_CONVENTIONS})")
    lines = text.split("\n")
    body = "\n".join(lines[mapping.skip_rows :])
    delimiter = mapping.delimiter or _sniff_delimiter(lines[mapping.skip_rows : mapping.skip_rows + 5])
    rows = _rows(body, delimiter, first_line=mapping.skip_rows + 1)
    header: list[str] = []
    if mapping.header:
        while rows and not any(cell.strip() for cell in rows[0][1]):
            rows.pop(0)
        if not rows:
            raise InputError(f"{source}: no header line")
        header = [_normalise(cell) for cell in rows.pop(0)[1]]
    columns = _resolve(mapping, header, source)
    data_rows = [(line, row) for line, row in rows if any(cell.strip() for cell in row)]
    mapping = _complete(mapping, columns, data_rows, delimiter)
    return _read_rows(data_rows, mapping, columns, header, source, delimiter)


def sniff_mapping(text: str, source: str = "<csv>") -> CsvMapping:
    """Build a mapping from the first line that looks like a bank export header."""
    lines = text.split("\n")
    for number, line in enumerate(lines[:_HEADER_SCAN_ROWS]):
        if not line.strip():
            continue
        delimiter = _sniff_delimiter([line])
        cells = [_normalise(c) for c in next(csv.reader([line], delimiter=delimiter), [])]
        fields = _match_headers(cells)
        money = {"amount", "credit", "debit"} & set(fields)
        if money and len(fields) >= 2:
            direction = fields.get("direction")
            if direction is not None and not _is_direction_column(lines[number + 1 :], delimiter, cells.index(direction)):
                fields.pop("direction")
            if "amount" in fields:
                fields.pop("credit", None)
                fields.pop("debit", None)
            if fields.get("value_date") == fields.get("date"):
                fields.pop("value_date", None)
            default_currency = None
            stated = re.search(r"\(([a-z]{3})\)", fields.get("amount", ""))
            if "currency" not in fields and stated:  # "Amount (EUR)"
                default_currency = stated.group(1).upper()
            return CsvMapping(delimiter=delimiter, skip_rows=number, default_currency=default_currency, **fields)
    raise InputError(
        f"{source}: no recognisable CSV header (looked for columns such as Date, Amount, Credit/Debit, "
        f"Betrag, Montant, Importe); pass a CsvMapping"
    )


def _normalise(cell: str) -> str:
    return " ".join(unicodedata.normalize("NFC", cell).replace("\ufeff", "").strip().strip('"').lower().split())


def _match_headers(cells: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    used: set[str] = set()
    for field in ("amount", "credit", "debit", "date", "value_date", "currency", "name", "account",
                  "reference", "bank_reference", "direction"):
        for candidate in HEADER_NAMES[field]:
            if candidate in cells and (candidate not in used or field == "value_date"):
                fields[field] = candidate
                used.add(candidate)
                break
        else:
            for prefix in HEADER_PREFIXES.get(field, ()):
                found = next((c for c in cells if c.startswith(prefix) and c not in used), None)
                if found:
                    fields[field] = found
                    used.add(found)
                    break
    return fields


def _is_direction_column(lines: list[str], delimiter: str, index: int) -> bool:
    mapping = CsvMapping()
    marks = set(mapping.credit_marks) | set(mapping.debit_marks)
    values = set()
    for row in csv.reader(lines[:50], delimiter=delimiter):
        if len(row) > index and row[index].strip():
            values.add(row[index].strip().lower())
    return bool(values) and values <= marks


def _sniff_delimiter(lines: list[str]) -> str:
    sample = [line for line in lines if line.strip()][:5] or [""]
    counts = {d: min(_count_outside_quotes(line, d) for line in sample) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def _rows(body: str, delimiter: str, first_line: int) -> list[tuple[int, list[str]]]:
    """(line number in the file, cells) for each CSV record."""
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    rows = []
    start = 0
    for row in reader:
        rows.append((first_line + start, row))
        start = reader.line_num
    return rows


def _resolve(mapping: CsvMapping, header: list[str], source: str) -> dict[str, int | None]:
    """Column positions of every mapped field."""
    def position(field: str, column: Column) -> int | None:
        if column is None or column == "":
            return None
        if isinstance(column, int):
            return column
        if not mapping.header:
            raise InputError(f"{source}: column {column!r} named but the mapping says the file has no header")
        wanted = _normalise(column)
        if wanted not in header:
            raise InputError(f'{source}: column "{column}" ({field}) not in the header {header}')
        return header.index(wanted)

    columns = {}
    for field in ("date", "amount", "credit", "debit", "direction", "name", "account", "currency",
                  "bank_reference", "value_date"):
        columns[field] = position(field, getattr(mapping, field))
    references = mapping.reference if isinstance(mapping.reference, tuple) else (mapping.reference,)
    for number, column in enumerate(references):
        columns[f"reference{number}"] = position("reference", column)
    if columns["amount"] is None and columns["credit"] is None and columns["debit"] is None:
        raise InputError(f"{source}: the CSV mapping names no amount, credit or debit column")
    return columns


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _complete(mapping: CsvMapping, columns: dict, rows: list, delimiter: str) -> CsvMapping:
    """Fill in the decimal separator and date format from the data when not given."""
    decimal = mapping.decimal
    if decimal is None:
        cells = [_cell(row, columns[f]) for _, row in rows for f in ("amount", "credit", "debit")]
        decimal = guess_decimal_separator(cells, default="," if delimiter == ";" else ".")
    date_format = mapping.date_format
    if date_format is None and columns["date"] is not None:
        cells = [_cell(row, columns["date"]) for _, row in rows]
        cells = [c for c in cells if re.match(r"^\d", c)]
        date_format = guess_date_format(cells, day_first=decimal == "," or delimiter == ";") or ""
    return replace(mapping, decimal=decimal, date_format=date_format)


def _read_rows(rows, mapping: CsvMapping, columns: dict, header: list[str], source: str, delimiter: str) -> BankFile:
    problems: list[Problem] = []
    entries: list[BankEntry] = []
    skip = re.compile(mapping.skip_pattern) if mapping.skip_pattern else None

    def label(index: int | None) -> str:
        if index is not None and index < len(header):
            return header[index]
        return f"column {index}" if index is not None else "?"

    for line, row in rows:
        if skip and row and skip.search(row[0]):
            continue
        try:
            signed = _signed_amount(row, mapping, columns)
        except _AmountError as error:
            problems.append(Problem(f"{source}:{line}", label(error.column), f"{error}; row skipped"))
            continue
        if signed is None:
            continue
        booking_date = _date(row, columns["date"], mapping, source, line, label, problems)
        value_date = _date(row, columns["value_date"], mapping, source, line, label, problems) or booking_date
        references = [_cell(row, columns[k]) for k in sorted(columns) if k.startswith("reference")]
        currency = _cell(row, columns["currency"]).upper() or (mapping.default_currency or "")
        entries.append(
            BankEntry(
                amount=abs(signed),
                credit=signed > 0,
                currency=currency,
                value_date=value_date,
                booking_date=booking_date,
                payer_name=_cell(row, columns["name"]) or None,
                payer_account=_cell(row, columns["account"]) or None,
                reference=" ".join(r for r in references if r) or None,
                bank_reference=_cell(row, columns["bank_reference"]) or None,
                entry_index=len(entries),
                raw=delimiter.join(row),
            )
        )
    currencies = {e.currency for e in entries if e.currency}
    statement = BankStatement(
        account=None,
        currency=currencies.pop() if len(currencies) == 1 else None,
        entries=tuple(entries),
    )
    return BankFile(format="csv", statements=(statement,), problems=tuple(problems))


class _AmountError(ValueError):
    def __init__(self, message: str, column: int | None):
        super().__init__(message)
        self.column = column


def _number(row: list[str], index: int | None, mapping: CsvMapping) -> Decimal | None:
    try:
        return parse_amount(_cell(row, index), mapping.decimal or ".", mapping.thousands)
    except ValueError as error:
        raise _AmountError(str(error), index) from None


def _signed_amount(row: list[str], mapping: CsvMapping, columns: dict) -> Decimal | None:
    """Money in positive, money out negative; None when the row carries no amount."""
    if columns["amount"] is not None:
        amount = _number(row, columns["amount"], mapping)
        if amount is None:
            return None
        if columns["direction"] is not None:
            mark = _cell(row, columns["direction"]).lower()
            if mark in mapping.credit_marks:
                amount = abs(amount)
            elif mark in mapping.debit_marks:
                amount = -abs(amount)
            else:
                raise _AmountError(f"{mark!r} is neither a credit nor a debit mark", columns["direction"])
        return -amount if mapping.sign_convention == "debit_positive" else amount
    credit = _number(row, columns["credit"], mapping)
    debit = _number(row, columns["debit"], mapping)
    if credit is None and debit is None:
        return None
    if mapping.sign_convention == "by_column":
        return abs(credit) if credit else -abs(debit or Decimal(0))
    # An unsigned debit is money out; a debit already written negative stays money out.
    signed = (credit or Decimal(0)) + (-debit if debit is not None and debit > 0 else (debit or Decimal(0)))
    return -signed if mapping.sign_convention == "debit_positive" else signed


def _date(row, index, mapping: CsvMapping, source: str, line: int, label, problems: list[Problem]):
    text = _cell(row, index)
    if not text or not mapping.date_format:
        return None
    try:
        return parse_date(text, mapping.date_format)
    except ValueError:
        problems.append(Problem(f"{source}:{line}", label(index), f"{text!r} is not a date (expected {mapping.date_format})"))
        return None


def load_csv_mapping(path: Path) -> CsvMapping:
    """A CsvMapping from a TOML file whose keys are CsvMapping's fields."""
    source = str(path)
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{source}: cannot read the CSV mapping: {exc}") from exc
    known = {f.name for f in fields(CsvMapping)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise InputError(f"{source}: unknown key(s) {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(known))})")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    if values.get("sign_convention", "credit_positive") not in SIGN_CONVENTIONS:
        raise InputError(f"{source}: sign_convention must be one of "
                         f"{', '.join(SIGN_CONVENTIONS)}")
    return CsvMapping(**values)
