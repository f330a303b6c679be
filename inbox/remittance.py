"""Read a customer's account of what a payment covers: invoice references with amounts paid.

Pure: no I/O. Works on the customer's own text (quoted history already removed) and on
table rows that attachment readers extract from CSV, XLSX, PDF or HTML.

Conventions (precision first: an amount left out is better than one on the wrong invoice):

* Tables: a header row names a reference column (Invoice, Facture, Rechnung, Factura,
  Document, Ref...) and an amount column (Amount, Paid, Net, Discount, Deduction, Montant,
  Betrag, Importe...). Columns are split on "|", tabs, or two or more spaces (aligned
  columns with empty cells are matched to the header by position). Paid = the Paid/Net
  column, else Amount − Discount − Deduction. Discounts (Skonto, escompte) count as
  deductions with reason "other" unless a reason is written. Rows named Total are skipped.
* Lines: every other line that holds an invoice reference ("INV-1 1,200.00",
  "Facture F2026/0193 : 1 234,56 €"). An amount labelled paid/net/payé/bezahlt/pagado is the
  paid amount; "X less Y" (moins, abzüglich, menos) means paid X − Y with Y deducted; a
  negative amount or one after "deduction"/"retenue"/"Abzug" is a deduction. Two unlabelled
  amounts A, B with a deduction D are read as gross and paid only when A − D = B; other
  mixtures leave the paid amount None. Several references on a line each take the amounts
  up to the next reference; references sharing one amount ("INV-1 and INV-2: 1,500.00")
  get none. A line with a reference and no amount is still returned (paid_amount None).
* Positions: `reference.start/end` are offsets in the text given (for rows: in the cell).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from inbox.amounts import AmountMention, currency_of, find_amounts, parse_amount
from inbox.references import ReferenceMention, find_reference_candidates, normalize_reference

__all__ = ["RemittanceLine", "DEDUCTION_REASONS", "find_remittance_lines", "rows_to_remittance_lines",
           "total_payment"]

DEDUCTION_REASONS = ("pricing", "quantity", "damaged", "not_received_goods", "invoice_not_received",
                     "duplicate_billing", "tax", "other")


@dataclass(frozen=True, slots=True)
class RemittanceLine:
    reference: ReferenceMention
    paid_amount: Decimal | None
    currency: str | None
    deduction_amount: Decimal | None
    deduction_reason: str | None  # one of DEDUCTION_REASONS, set when something is deducted
    text: str  # the line or row it came from


# --- deduction reasons ------------------------------------------------------------------

_REASONS = [(reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in [
    ("invoice_not_received",
     r"invoice\s+(?:was\s+)?(?:not|never)\s+received|(?:not|never)\s+received\s+(?:the\s+|your\s+|this\s+)?invoice"
     r"|facture\s+(?:non|pas|jamais)\s+re[çc]ue|pas\s+re[çc]u\s+(?:la|votre|cette)\s+facture"
     r"|rechnung\s+nicht\s+erhalten|keine\s+rechnung\s+erhalten|factura\s+no\s+recibida"
     r"|no\s+(?:hemos\s+)?recibid[oa]\s+(?:la\s+)?factura"),
    ("not_received_goods",
     r"(?:goods|items?|delivery|shipment|merchandise|products?)\s+(?:were\s+|was\s+)?(?:not|never)\s+"
     r"(?:received|delivered)|not\s+delivered|never\s+(?:received|delivered)|non[-\s]?livr[ée]e?s?"
     r"|pas\s+(?:été\s+)?livr[ée]|marchandises?\s+non\s+re[çc]ues?|non\s+re[çc]ue?s?|nicht\s+geliefert"
     r"|nicht\s+erhalten|no\s+(?:entregad[oa]|recibid[oa])|mercanc[íi]a\s+no\s+recibida"),
    ("damaged",
     r"damaged|damage|broken|defective|endommag|ab[îi]m[ée]|cass[ée]|d[ée]fectueu|beschädigt|beschaedigt"
     r"|defekt|bruch|dañad|danad|\brot[oa]s?\b|defectuos"),
    ("quantity",
     r"quantity|\bqty\b|short\s+(?:shipment|delivery|shipped)|shortage|missing\s+(?:items?|parts?|goods)"
     r"|quantit[ée]|manquant|\bmenge\b|fehlmenge|mindermenge|cantidad|faltante"),
    ("duplicate_billing",
     r"duplicate|double\s+(?:billing|billed|charged|invoic)|(?:billed|invoiced|charged)\s+twice|doublon"
     r"|en\s+double|factur[ée]e?\s+deux\s+fois|doppelt|doppelberechnung|duplicad|facturad[oa]\s+dos\s+veces"),
    ("pricing",
     r"\bprice|pricing|\bprix\b|tarif|\bpreis|precio|overcharg|wrong\s+rate|rate\s+difference"),
    ("tax",
     r"\bvat\b|\btax\b|withholding|\btva\b|mwst|\bust\b|steuer|\biva\b|retenci[óo]n|impuesto"),
]]


def _reason(text: str) -> str | None:
    for reason, pattern in _REASONS:
        if pattern.search(text):
            return reason
    return None


# --- table headers ----------------------------------------------------------------------

_ROLE_TOKENS: list[tuple[str, set[str]]] = [
    ("reason", {"reason", "comment", "comments", "remark", "remarks", "memo", "note", "notes", "motif",
                "commentaire", "remarque", "observation", "grund", "bemerkung", "kommentar", "motivo",
                "comentario", "observaciones"}),
    ("currency", {"currency", "curr", "ccy", "cur", "devise", "währung", "moneda", "divisa"}),
    ("date", {"date", "datum", "fecha", "rechnungsdatum", "belegdatum", "due"}),
    ("discount", {"discount", "remise", "escompte", "rabais", "skonto", "rabatt", "descuento", "dto"}),
    ("deduction", {"deduction", "deductions", "deducted", "short", "adjustment", "adjustments", "déduction",
                   "deduction", "déductions", "retenue", "abzug", "abzüge", "kürzung", "deducción",
                   "deduccion", "retención"}),
    ("paid", {"paid", "payment", "net", "payé", "réglé", "règlement", "payée", "bezahlt", "zahlbetrag",
              "gezahlt", "zahlung", "netto", "nettobetrag", "überwiesen", "pagado", "pago", "neto",
              "remitted", "überweisungsbetrag", "zahlbar"}),
    ("amount", {"amount", "gross", "total", "montant", "brut", "ttc", "betrag", "rechnungsbetrag",
                "bruttobetrag", "brutto", "importe", "bruto", "value", "valeur", "wert", "monto"}),
    ("reference", {"invoice", "inv", "invoices", "document", "doc", "reference", "ref", "facture", "factures",
                   "référence", "pièce", "piece", "rechnung", "rechnungsnummer", "rechnungsnr", "re-nr",
                   "beleg", "belegnummer", "belegnr", "beleg-nr", "rechnungs-nr", "factuur", "factuurnr",
                   "factuurnummer", "réf", "ref.", "invoice-no", "factura", "documento", "referencia", "bill",
                   "number", "no", "nr", "n°", "nº", "#", "número", "numéro"}),
]
_AMOUNT_ROLES = {"amount", "paid", "discount", "deduction"}
_TOTAL_ROW = re.compile(r"(?i)^\s*(?:grand\s+)?(?:total|totals|sum|summe|gesamt|gesamtsumme|total\s+général)\b")


def _role(cell: str) -> str | None:
    words = re.findall(r"[#°º]|[^\W_][\w°º\-]*", cell.lower())
    if not words or any(w[0].isdigit() for w in words):
        return None
    for role, tokens in _ROLE_TOKENS:
        if any(w in tokens for w in words):
            # "Invoice number" and "Invoice date" name a column by their last word's role
            if role == "reference" or not (role == "date" and "amount" in words):
                return role
    return None


# "Your ref." columns carry our invoice number; a payer's own document number sits beside it.
_YOURS = {"your", "yours", "ihre", "ihr", "votre", "vos", "uw", "su", "sus", "vuestra", "vuestro",
          "supplier", "vendor", "lieferant", "fournisseur", "proveedor"}


def _header_roles(cells: Sequence[str]) -> list[str | None] | None:
    roles = [_role(c) for c in cells]
    if "reference" in roles and _AMOUNT_ROLES & set(roles):
        yours = [i for i, (c, r) in enumerate(zip(cells, roles))
                 if r == "reference" and _YOURS & set(re.findall(r"\w+", c.lower()))]
        if yours:
            roles = [None if r == "reference" and i not in yours else r
                     for i, r in enumerate(roles)]
        return roles
    return None


# --- splitting plain-text tables --------------------------------------------------------

def _split(line: str, mode: str) -> list[tuple[str, int, int]]:
    """Cells of a line as (text, start, end), stripped; empty cells kept for "|" and tabs."""
    if mode in ("pipe", "tab"):
        delimiter = "|" if mode == "pipe" else "\t"
        pieces, start = [], 0
        for end in [i for i, c in enumerate(line) if c == delimiter] + [len(line)]:
            pieces.append((start, end))
            start = end + 1
        if mode == "pipe":  # "| a | b |": the outer pipes open and close the row
            if not line[:pieces[0][1]].strip():
                pieces = pieces[1:]
            if pieces and not line[pieces[-1][0]:].strip():
                pieces = pieces[:-1]
    else:
        pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:[ \u00a0]\S+)*", line)]
    cells = []
    for start, end in pieces:
        raw = line[start:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        cells.append((text, start + lead, start + lead + len(text)))
    return cells


def _mode(line: str) -> str:
    if line.count("|") >= 2:
        return "pipe"
    if "\t" in line:
        return "tab"
    return "spaces"


def _align(header: list[tuple[str, int, int]], cells: list[tuple[str, int, int]], mode: str) -> list[str] | None:
    """Row cells placed under header columns; None when they cannot be placed."""
    if len(cells) == len(header):
        return [c[0] for c in cells]
    if mode != "spaces":
        return None
    placed = [""] * len(header)
    for text, start, end in cells:
        def distance(h: tuple[str, int, int]) -> int:
            overlap = min(end, h[2]) - max(start, h[1])
            return -overlap if overlap > 0 else min(abs(start - h[2]), abs(h[1] - end)) + 1
        column = min(range(len(header)), key=lambda i: distance(header[i]))
        if placed[column]:
            if start >= header[-1][2]:
                continue  # a remark after the last column: "848,79 EUR   (2 % Skonto)"
            return None
        placed[column] = text
    return placed


# --- amounts in cells -------------------------------------------------------------------

def _cell_amount(cell: str) -> tuple[Decimal, str | None] | None:
    cell = cell.strip()
    if not cell or cell in {"-", "–", "—", "n/a", "N/A"}:
        return None
    mentions = find_amounts(cell, bare=True)
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(cell):
        return mentions[0].amount, mentions[0].currency
    try:
        return parse_amount(cell), None
    except ValueError:
        return None


def _cell_reference(cell: str) -> ReferenceMention | None:
    for mention in find_reference_candidates(cell):
        if mention.kind != "po":
            return mention
    text = cell.strip()
    if 3 <= len(text) <= 30 and any(c.isdigit() for c in text) and re.fullmatch(r"[A-Za-z0-9][\w\-/.#]*", text):
        start = cell.index(text)
        return ReferenceMention(text, start, start + len(text), normalize_reference(text), "invoice")
    return None


def _row_line(roles: Sequence[str | None], cells: Sequence[str], text: str, header_currency: str | None,
              offset: int = 0) -> RemittanceLine | None:
    values: dict[str, tuple[Decimal, str | None]] = {}
    reference = reason_text = currency = None
    for role, cell in zip(roles, cells):
        if role == "reference" and reference is None:
            reference = _cell_reference(cell)
            if reference and offset:
                reference = ReferenceMention(reference.text, reference.start + offset, reference.end + offset,
                                             reference.key, reference.kind)
        elif role in _AMOUNT_ROLES and role not in values:
            amount = _cell_amount(cell)
            if amount:
                values[role] = amount
        elif role == "currency" and cell.strip():
            currency = currency_of(cell) or (cell.strip().upper() if re.fullmatch(r"[A-Za-z]{3}", cell.strip()) else None)
        elif role == "reason" and cell.strip():
            reason_text = cell
    if reference is None:
        return None
    currency = currency or next((c for _, c in values.values() if c), None) or header_currency
    deduction = sum((abs(values[r][0]) for r in ("discount", "deduction") if r in values), Decimal(0))
    if "paid" in values:
        paid: Decimal | None = values["paid"][0]
    elif "amount" in values:
        paid = values["amount"][0] - deduction
    else:
        paid = None
    reason = None
    if deduction:
        reason = _reason(reason_text or "") or _reason(text) or "other"
    return RemittanceLine(reference, paid, currency, deduction or None, reason, text)


def rows_to_remittance_lines(rows: list[list[str]]) -> list[RemittanceLine]:
    """Remittance lines from table rows (first header row found in the first 10 rows).

    Without a header row, each row is read as a text line (see `find_remittance_lines`).
    """
    for i, row in enumerate(rows[:10]):
        roles = _header_roles(row)
        if roles:
            header_currency = next((currency_of(w) for c in row for w in re.findall(r"[A-Z]{3}|[€$£]", c)
                                    if currency_of(w)), None)
            lines = []
            for data in rows[i + 1:]:
                cells = list(data) + [""] * (len(roles) - len(data))
                text = " | ".join(c.strip() for c in data)
                if not any(c.strip() for c in data) or _TOTAL_ROW.match(next((c for c in data if c.strip()), "")):
                    continue
                line = _row_line(roles, cells, text, header_currency)
                if line:
                    lines.append(line)
            return lines
    return [line for row in rows for line in _line_remittance(" | ".join(c.strip() for c in row), 0)]


# --- free-text lines --------------------------------------------------------------------

_PAID_LABEL = re.compile(
    r"(?i)\b(?:paid|paying|payment|net|pay|payé|payons|réglé|règlement|réglons|virement|viré|net\s+payé"
    r"|bezahlt|zahlen|gezahlt|überwiesen|überweisen|zahlung|netto|pagado|pagamos|pago|neto|transferido)"
    r"\b[^\d\n]{0,12}$")
_DEDUCTION_BEFORE = re.compile(
    r"(?i)\b(?:less|minus|deduct(?:ed|ion|ing)?|deductions?|short[-\s]?paid|withheld|withholding|moins"
    r"|d[ée]duction|d[ée]duit|retenue|abzüglich|abzgl|abzug|gekürzt|kürzung|einbehalten|menos|descuento"
    r"|deducci[óo]n|deducido|retenci[óo]n|discount|remise|escompte|skonto)\b[^\d\n]{0,25}$")
_LESS = re.compile(r"(?i)\b(?:less|minus|moins|abzüglich|abzgl|menos)\b[^\d\n]{0,25}$")
_DEDUCTION_AFTER = re.compile(
    r"(?i)^\s*(?:deducted|withheld|d[ée]duits?|retenus?|abgezogen|einbehalten|gekürzt|deducidos?|descontados?)\b")


def _line_remittance(line: str, offset: int) -> list[RemittanceLine]:
    refs = [r for r in find_reference_candidates(line) if r.kind != "po"]
    if not refs:
        return []
    amounts = [a for a in find_amounts(line, bare=True)
               if not any(r.start < a.end and a.start < r.end for r in refs)]
    amount_first = bool(amounts) and amounts[0].start < refs[0].start
    owned: list[list[AmountMention]] = []
    for i, ref in enumerate(refs):
        if amount_first:
            low, high = (refs[i - 1].end if i else 0), ref.start
        else:
            low, high = ref.end, (refs[i + 1].start if i + 1 < len(refs) else len(line))
        owned.append([a for a in amounts if low <= a.start < high])
    shared = len(refs) > 1 and any(not o for o in owned) and any(owned)
    line_currency = next((a.currency for a in amounts if a.currency), None)
    result = []
    for i, ref in enumerate(refs):
        mine = [] if shared else owned[i]
        paid, deduction, currency = _pair(line, mine, ref)
        reason = None
        if deduction:
            reason = _reason(line) or "other"
        moved = ReferenceMention(ref.text, ref.start + offset, ref.end + offset, ref.key, ref.kind)
        result.append(RemittanceLine(moved, paid, currency or (line_currency if mine else None),
                                     deduction, reason, line))
    return result


def _pair(line: str, amounts: list[AmountMention], ref: ReferenceMention) -> tuple[Decimal | None, Decimal | None, str | None]:
    plain: list[tuple[AmountMention, bool]] = []  # (amount, labelled paid)
    deductions: list[tuple[AmountMention, bool]] = []  # (amount, introduced by "less")
    previous_end = ref.end if not amounts or amounts[0].start > ref.start else 0
    for a in amounts:
        before = line[max(previous_end, a.start - 40):a.start]
        if a.amount < 0 or _DEDUCTION_BEFORE.search(before) or _DEDUCTION_AFTER.match(line, a.end):
            deductions.append((a, bool(_LESS.search(before))))
        else:
            plain.append((a, bool(_PAID_LABEL.search(before))))
        previous_end = a.end
    currency = next((a.currency for a, _ in plain + deductions if a.currency), None)
    deducted = sum((abs(a.amount) for a, _ in deductions), Decimal(0)) or None
    labelled = [a for a, is_paid in plain if is_paid]
    if labelled:
        return labelled[0].amount, deducted, currency
    if len(plain) == 1:
        if not deductions:
            return plain[0][0].amount, None, currency
        if all(less for _, less in deductions):
            return plain[0][0].amount - (deducted or 0), deducted, currency
        return None, deducted, currency
    if len(plain) == 2 and deducted and plain[0][0].amount - deducted == plain[1][0].amount:
        return plain[1][0].amount, deducted, currency
    if len(plain) == 2 and not deductions and plain[0][0].amount == plain[1][0].amount:
        return plain[1][0].amount, None, currency
    return None, deducted, currency


def find_remittance_lines(text: str) -> list[RemittanceLine]:
    """Invoice references paired with amounts paid, from tables and lines of `text`."""
    lines = text.splitlines(keepends=True)
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line)
    lines = [line.rstrip("\r\n") for line in lines]

    result: list[RemittanceLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        mode = _mode(line)
        header = _split(line, mode)
        roles = _header_roles([c[0] for c in header]) if len(header) >= 2 else None
        if roles:
            header_currency = next((currency_of(w) for c in header for w in re.findall(r"[A-Z]{3}|[€$£]", c[0])
                                    if currency_of(w)), None)
            i += 1
            while i < len(lines) and lines[i].strip():
                row = lines[i]
                if re.fullmatch(r"[\s|:+\-=_]+", row):
                    i += 1
                    continue
                cells = _split(row, mode)
                placed = _align(header, cells, mode) if len(cells) >= 2 else None
                if placed is None:
                    break  # not a row of this table: read it as a line below
                first = next((c for c in placed if c), "")
                if not _TOTAL_ROW.match(first):
                    row_line = _row_line(roles, placed, row, header_currency)
                    if row_line:
                        cell_index = roles.index("reference")
                        cell_start = cells[cell_index][1] if len(cells) == len(header) else row.find(row_line.reference.text)
                        ref = row_line.reference
                        start = offsets[i] + cell_start + (ref.start if len(cells) == len(header) else 0)
                        moved = ReferenceMention(ref.text, start, start + len(ref.text), ref.key, ref.kind)
                        result.append(RemittanceLine(moved, row_line.paid_amount, row_line.currency,
                                                     row_line.deduction_amount, row_line.deduction_reason, row))
                i += 1
            continue
        result.extend(_line_remittance(line, offsets[i]))
        i += 1
    return result


# --- total ------------------------------------------------------------------------------

_TOTAL_SPECIFIC = re.compile(
    r"(?i)\b(?:total\s+(?:paid|payment|amount\s+paid|remitted|transferred|réglé|payé|viré|pagado)"
    r"|payment\s+(?:amount|total)|amount\s+(?:paid|remitted|transferred)"
    r"|montant\s+(?:du\s+virement|total|réglé|payé|du\s+règlement|du\s+paiement|viré)"
    r"|gesamtbetrag|zahlbetrag|überweisungsbetrag|gesamtsumme|importe\s+(?:total|pagado|de\s+la\s+transferencia)"
    r"|monto\s+total)\b")
_TOTAL_GENERIC = re.compile(r"(?i)\b(?:total|summe|gesamt)\b")


def total_payment(text: str) -> AmountMention | None:
    """The payment's total as the customer states it ("Total paid: 2,280.00"), or None."""
    for pattern in (_TOTAL_SPECIFIC, _TOTAL_GENERIC):
        for m in pattern.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            rest = text[m.end():line_end]
            amounts = find_amounts(rest, bare=True)
            if not amounts:
                continue
            chosen = amounts[-1] if _mode(rest) != "spaces" or "  " in rest.strip() else amounts[0]
            offset = m.end()
            return AmountMention(chosen.amount, chosen.currency, chosen.start + offset, chosen.end + offset,
                                 chosen.text)
    return None
