"""Read SWIFT MT940 statements and MT942 interim reports into `BankFile`s.

Pure. Parsing is done by the maintained `mt-940` package (WoLpH); this module
only prepares the text and repairs three dialects the package cannot read as
they stand, each checked afterwards by counting `:61:` lines in the raw text:

- ASN / SNS write the counterparty IBAN (up to 34x) where SWIFT allows 16x and
  the counterparty name on the next line: retried with the package's own
  `StatementASNB` tag.
- Old Rabobank files write amounts with a decimal dot (`000000000300.00`):
  rewritten to the SWIFT decimal comma before parsing.
- Tags that carry no entry (`:28C:` statement number, `:64:`/`:65:` available
  balances, ...) that the package cannot read are dropped and reported as a
  `Problem`, so a garbled forward balance does not cost the whole statement.
"""
from __future__ import annotations

import logging
import re
from datetime import date
from decimal import Decimal, InvalidOperation

import mt940 as mt940lib

from ledger.errors import InputError, Problem
from matching.bankfiles.records import BankEntry, BankFile, BankStatement
from matching.bankfiles.text import decode_lines

# mt-940 logs every pattern miss; the retries below expect some. Without a handler
# of the application's, Python's last-resort handler would print them to stderr.
logging.getLogger("mt940").addHandler(logging.NullHandler())

_TAG_61 = re.compile(r"^:61:", re.MULTILINE)
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")
# Tags without entry data: when unreadable they are dropped, not fatal.
_DROPPABLE = (
    mt940lib.tags.StatementNumber,
    mt940lib.tags.AvailableBalance,
    mt940lib.tags.ForwardAvailableBalance,
    mt940lib.tags.DateTimeIndication,
    mt940lib.tags.FloorLimitIndicator,
    mt940lib.tags.SumEntries,
    mt940lib.tags.RelatedReference,
)
_MAX_REPAIRS = 10
# Old Rabobank: ":61:030109C000000000300.00NMSC..." and ":60F:C030106EUR000000000000.00".
# A trailing dot without decimals ("00000001560395.") is a whole amount.
_DOT_61 = re.compile(r"^(:61:\d{6}(?:\d{4})?R?[CD][A-Z]?\d+)\.(\d{0,2})(?=[A-Z\s]|$)", re.MULTILINE)
_DOT_BALANCE = re.compile(r"^(:6[0-5][FM]?:[CD]\d{6}[A-Z]{3}\d+)\.(\d{0,2})\s*$", re.MULTILINE)


def read_mt940(data: bytes, source: str, fmt: str = "mt940") -> BankFile:
    """Parse MT940 (or, with fmt="mt942", MT942) bytes; raise InputError if unreadable."""
    text = decode_lines(data)
    problems: list[Problem] = []
    if _DOT_61.search(text) or _DOT_BALANCE.search(text):
        text = _DOT_BALANCE.sub(r"\1,\2", _DOT_61.sub(r"\1,\2", text))
    expected = len(_TAG_61.findall(text))
    if not re.search(r"^:(20|25|28C?|6[0-5][FM]?|61):", text, re.MULTILINE):
        raise InputError(f"{source}: not an {fmt.upper()} statement (no :20:/:25:/:60F:/:61: tags)")
    blocks = _parse(text, expected, source, fmt, problems)
    got = sum(len(b) for b in blocks)
    if got != expected:
        raise InputError(
            f"{source}: read {got} of {expected} :61: entry lines; "
            f"the {fmt.upper()} dialect is not supported"
        )
    raws = _raw_entries(text)
    statements = []
    index = 0
    for block in blocks:
        entries = []
        for transaction in block:
            entries.append(_entry(transaction.data, block, index, raws[index] if index < len(raws) else ""))
            index += 1
        statements.append(_statement(block, tuple(entries)))
    return BankFile(format=fmt, statements=tuple(statements), problems=tuple(problems))


def _parse(text: str, expected: int, source: str, fmt: str, problems: list[Problem]) -> list:
    """Run mt-940, retrying with the ASN tag and without unreadable non-entry tags."""
    tags = None
    for _ in range(_MAX_REPAIRS):
        try:
            blocks = mt940lib.parse_statements(text, options=mt940lib.Options.all(), tags=tags)
            if sum(len(b) for b in blocks) != expected:
                # parse_statements splits on :20:; a file without one is a single statement.
                blocks = [mt940lib.parse(text, options=mt940lib.Options.all(), tags=tags)]
            return blocks
        except RuntimeError as error:
            tag = error.args[1] if len(error.args) > 1 else None
            value = error.args[2] if len(error.args) > 2 else ""
            if isinstance(tag, mt940lib.tags.Statement) and tags is None:
                tags = {mt940lib.tags.StatementASNB.id: mt940lib.tags.StatementASNB()}
                continue
            if isinstance(tag, _DROPPABLE):
                text = _drop_tag(text, tag.id)
                problems.append(Problem(source, f":{tag.id}:", f"unreadable {tag.name} {str(value)[:40]!r} ignored"))
                continue
            raise InputError(f"{source}: {fmt.upper()} tag :{getattr(tag, 'id', '?')}: unreadable: {str(value)[:60]!r}") from None
        except (InvalidOperation, ValueError, KeyError, IndexError, TypeError) as error:
            raise InputError(f"{source}: malformed {fmt.upper()} content ({type(error).__name__})") from None
    raise InputError(f"{source}: too many unreadable {fmt.upper()} tags")


def _drop_tag(text: str, tag_id: object) -> str:
    """Remove a tag line and its continuation lines."""
    return re.sub(rf"^:{tag_id}[A-Z]?:.*\n(?:(?![:\-{{}}]).*\n)*", "", text + "\n", flags=re.MULTILINE)


def _raw_entries(text: str) -> list[str]:
    """Each `:61:` line with its following `:86:` details, as evidence."""
    return [m.group(0).strip() for m in re.finditer(r"^:61:.*\n(?:(?!:(?!86:)|-|\{).*\n?)*", text, re.MULTILINE)]


def _plain_date(value: object) -> date | None:
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return None


def _statement(block, entries: tuple[BankEntry, ...]) -> BankStatement:
    data = block.data
    opening = data.get("final_opening_balance") or data.get("intermediate_opening_balance")
    closing = data.get("final_closing_balance") or data.get("intermediate_closing_balance")
    currency = None
    for balance in (opening, closing):
        if balance is not None and balance.amount.currency:
            currency = balance.amount.currency
            break
    if currency is None and entries:
        currency = entries[0].currency or None
    return BankStatement(
        account=(data.get("account_identification") or "").strip() or None,
        currency=currency,
        entries=entries,
        opening_balance=opening.amount.amount if opening is not None else None,
        closing_balance=closing.amount.amount if closing is not None else None,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _entry(data: dict, block, index: int, raw: str) -> BankEntry:
    status = str(data.get("status") or "").upper()
    reversal = len(status) == 2 and status.startswith("R")
    # RC (reversal of a credit) takes money out; RD (reversal of a debit) puts it back.
    credit = status.endswith("C") != reversal
    amount = data["amount"]
    customer_reference = _clean(data.get("customer_reference"))
    account = _clean(data.get("applicant_iban"))
    name = _clean(data.get("applicant_name"))
    if account is None and customer_reference and _IBAN.match(customer_reference):
        # ASN/SNS: counterparty IBAN in the reference field, name on the next line.
        account = customer_reference
        name = name or _clean(data.get("extra_details"))
    details = _clean(data.get("transaction_details"))
    structured = structured_details(str(data.get("transaction_details") or ""))
    name = name or structured.get("name")
    account = account or structured.get("account")
    reference = _clean(data.get("purpose")) or structured.get("reference") or details
    bank_reference = _clean(data.get("bank_reference"))
    if bank_reference is None and customer_reference and customer_reference.upper() != "NONREF" \
            and customer_reference != account:
        bank_reference = customer_reference
    return BankEntry(
        amount=abs(Decimal(amount.amount)),
        credit=credit,
        currency=amount.currency or block.currency or "",
        value_date=_plain_date(data.get("date")),
        booking_date=_plain_date(data.get("entry_date")),
        payer_name=name,
        payer_account=account,
        reference=reference,
        bank_reference=bank_reference,
        entry_index=index,
        status="booked",
        reversal=reversal,
        raw=raw,
    )


# Dutch/SEPA structured :86: ("/CNTP/NL57ABNA0876543211/ABNANL2A/B Bert///REMI/USTD//text/"),
# written by ING, ABN AMRO, Rabobank, ASN, Triodos and others.
_STRUCTURED_KEYS = (
    "TRTP", "CNTP", "NAME", "REMI", "EREF", "MARF", "CSID", "IBAN", "BIC", "ADDR", "ORDP", "BENM",
    "ULTC", "ULTD", "PURP", "RTRN", "ISDT", "ID", "SVCL", "ULTB", "PREF", "ACCW", "BUSP",
)
_STRUCTURED = re.compile(r"/(" + "|".join(_STRUCTURED_KEYS) + r")/")


def structured_details(details: str) -> dict[str, str]:
    """Counterparty name, account and remittance text from a structured :86:, if it is one."""
    text = "".join(details.split("\n"))
    if not text.startswith("/") or not _STRUCTURED.match(text):
        return {}
    parts = _STRUCTURED.split(text)[1:]
    fields: dict[str, str] = {}
    for key, value in zip(parts[::2], parts[1::2]):
        fields.setdefault(key, value)
    result: dict[str, str] = {}
    counterparty = fields.get("CNTP", "").split("/")
    account = counterparty[0] if counterparty and counterparty[0] else fields.get("IBAN", "").strip("/")
    name = fields.get("NAME", "").strip("/") or (counterparty[2] if len(counterparty) > 2 else "")
    remittance = fields.get("REMI", "")
    remittance = re.sub(r"^(USTD|STRD)//?", "", remittance)
    remittance = re.sub(r"^CUR/", "", remittance)
    end_to_end = fields.get("EREF", "").strip("/")
    reference = " ".join(p for p in (remittance.strip("/ "), end_to_end if end_to_end != "NOTPROVIDED" else "") if p)
    for key, value in (("account", account), ("name", name), ("reference", reference)):
        value = " ".join(value.split()).strip("/ ")
        if value:
            result[key] = value
    return result
