"""Read a customer's account of what a payment covers: invoice references with amounts paid.

Pure: no I/O. Works on the customer's own text (quoted history already removed) and on
table rows that attachment readers extract from CSV, XLSX, PDF or HTML.

Conventions (precision first: an amount left out is better than one on the wrong invoice):

* Tables: a header row names a reference column (Invoice, Facture, Rechnung, Factura,
  Document, Ref...) and an amount column (Amount, Paid, Net, Discount, Deduction, Montant,
  Betrag, Importe...). Columns are split on "|", tabs, or two or more spaces (aligned
  columns with empty cells are matched to the header by position; a cell lying under two
  columns, "5105812274 0793" one space apart, is split into its words). Paid = the Paid/Net
  column, else Amount − Discount − Deduction. Discounts (Skonto, escompte) count as
  deductions with reason "other" unless a reason is written. Rows named Total are skipped.
  Columns of the payer's orders and documents ("PO number", "N° mandat", "Payment doc") are
  no reference column; of several reference columns, the one naming invoices wins ("Invoice",
  "N° facture"), else "Reference" beside a "Document no.". An amount cell may carry a remark
  in brackets ("553,37 (acompte)").
* Lines: every other line that holds an invoice reference ("INV-1 1,200.00",
  "Facture F2026/0193 : 1 234,56 €"). An amount labelled paid/net/payé/bezahlt/pagado is the
  paid amount; "X less Y" (moins, abzüglich, menos) means paid X − Y with Y deducted; a
  negative amount or one after "deduction"/"retenue"/"Abzug" is a deduction. Two unlabelled
  amounts A, B with a deduction D are read as gross and paid only when A − D = B; other
  mixtures leave the paid amount None. Several references on a line each take the amounts
  up to the next reference; references sharing one amount ("INV-1 and INV-2: 1,500.00")
  get none (a reference after the amounts, "… pago 6.175,17 € (guia GD-0931)", shares
  nothing). A deduction in brackets after the one amount ("$2,340.00 (less $120.00 …)")
  was taken already: that amount is the one paid. A paid word after the amount counts too
  ("mit EUR 1.247,12 bezahlt"). A "less …" line with one amount and no invoice of its own
  deducts from the invoice line right above it. A line with a reference and no amount is
  still returned (paid_amount None), unless it says the invoice is not paid now ("is on
  hold", "suivront au prochain cycle", "bezahlen wir nicht"). Numbers written alone right
  before their amounts ("5697 - $1,713.24", "paid 6186 ($1,293.99) and 6196 ($5,654.94)") are
  references of kind "bare" when one of them reads as a reference (see
  `references.find_bare_numbers`).
  Amounts pair with references of their own sentence. Arithmetic settles unlabelled amounts:
  "gross deducted paid" rows (A − B = C), the amount paid then its working in brackets
  ("2'086.98 (2'386.98 moins 300.00)"), and an amount after "=" is the result paid (not inside
  a deduction's bracket). A payment's total on the line ("total 463,33") is no invoice's.
  Pipe rows may leave their last cells (a remark) out; CSV rows with unquoted thousands
  ("6,774.22" split in two cells) are rejoined.
* Positions: `reference.start/end` are offsets in the text given (for rows: in the cell).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from inbox.amounts import AmountMention, currency_of, find_amounts, parse_amount
from inbox.references import ReferenceMention, find_bare_numbers, find_reference_candidates, normalize_reference

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
    ("discount", {"discount", "remise", "escompte", "rabais", "skonto", "rabatt", "descuento", "dto", "sconto",
                  "korting", "desconto", "afslag"}),
    ("deduction", {"deduction", "deductions", "deducted", "short", "adjustment", "adjustments", "déduction",
                   "deduction", "déductions", "retenue", "abzug", "abzüge", "kürzung", "deducción",
                   "deduccion", "retención", "retenue", "trattenuta", "trattenute", "inhouding", "aftrek",
                   "dedução", "retenção", "less", "ritenuta", "retenció", "statiegeld", "charges"}),
    ("paid", {"paid", "payment", "net", "payé", "réglé", "règlement", "payée", "bezahlt", "zahlbetrag",
              "gezahlt", "zahlung", "netto", "nettobetrag", "überwiesen", "pagado", "pago", "neto",
              "remitted", "überweisungsbetrag", "zahlbar", "regle", "paye", "betaald", "betaling", "pagato",
              "pagamento", "pago", "betaal", "liquidado"}),
    ("amount", {"amount", "gross", "total", "montant", "brut", "ttc", "betrag", "rechnungsbetrag",
                "bruttobetrag", "brutto", "importe", "bruto", "value", "valeur", "wert", "monto", "bedrag",
                "factuurbedrag", "importo", "valor", "montante", "amt"}),
    ("reference", {"invoice", "inv", "invoices", "document", "doc", "reference", "ref", "facture", "factures",
                   "référence", "pièce", "piece", "rechnung", "rechnungsnummer", "rechnungsnr", "re-nr",
                   "beleg", "belegnummer", "belegnr", "beleg-nr", "rechnungs-nr", "factuur", "factuurnr",
                   "factuurnummer", "réf", "ref.", "invoice-no", "factura", "documento", "referencia", "bill",
                   "fattura", "fatura", "faktuur", "faktuurnommer",
                   "number", "no", "nr", "n°", "nº", "#", "número", "numéro"}),
]
_AMOUNT_ROLES = {"amount", "paid", "discount", "deduction"}
_TOTAL_ROW = re.compile(
    r"(?i)^\s*(?:grand\s+)?(?:total|totals|sum|summe|gesamt|gesamtsumme|total\s+général|totaal|totale)\b")


# Columns of the payer's own documents and orders: "PO number", "N° mandat", "Payment doc", "payment_id".
_PO_HEADER = {"po", "p.o", "order", "orders", "commande", "bestellung", "bestelbon", "pedido", "ordine", "encomenda",
              "inkoopordernummer", "bestelnummer", "mandat", "mandate", "bestelling", "purchase"}
_ID_WORDS = {"doc", "document", "id", "no", "nr", "n°", "nº", "#", "number", "ref", "reference", "référence",
             "numéro", "nummer", "número", "numero"}
# When a table has several reference columns, the one naming invoices holds ours.
_INVOICE_HEADER = {"invoice", "inv", "invoices", "facture", "factures", "rechnung", "rechnungsnummer", "rechnungsnr",
                   "re-nr", "rechnungs-nr", "factuur", "factuurnr", "factuurnummer", "invoice-no", "factura",
                   "fattura", "fatura", "faktuur", "bill"}


_REFERENCE_HEADER = {"reference", "ref", "référence", "réf", "referencia", "referenz", "riferimento", "referentie"}
_OURS = {"our", "ours", "notre", "nos", "unsere", "unser", "nuestra", "nuestro", "ons", "onze", "nostro", "nostra"}


def _role(cell: str) -> str | None:
    words = re.findall(r"[#°º]|[^\W_][^\W_°º\-]*(?:[°º\-][^\W_]*)*[°º]?", cell.lower())
    if not words or any(w[0].isdigit() for w in words):
        return None
    if _PO_HEADER & set(words) and not _INVOICE_HEADER & set(words):
        return None
    if "payment" in words and _ID_WORDS & set(words):
        return None
    for role, tokens in _ROLE_TOKENS:
        if any(w in tokens for w in words):
            # "Invoice number" and "Invoice date" name a column by their last word's role
            if role == "reference" or not (role == "date" and "amount" in words):
                return role
    return None


# "Your ref." columns carry our invoice number; a payer's own document number sits beside it.
# "Supplier No." is the payer's number for us, not a column of our invoices.
_NUMBER_WORDS = {"no", "nr", "number", "id", "code", "nummer", "num", "numero", "número", "numéro"}
_YOURS = {"your", "yours", "ihre", "ihr", "votre", "vos", "uw", "su", "sus", "vuestra", "vuestro",
          "supplier", "vendor", "lieferant", "fournisseur", "proveedor"}


def _header_roles(cells: Sequence[str]) -> list[str | None] | None:
    roles = [_role(c) for c in cells]
    if "reference" in roles and _AMOUNT_ROLES & set(roles):
        yours = [i for i, (c, r) in enumerate(zip(cells, roles))
                 if r == "reference" and _YOURS & set(re.findall(r"\w+", c.lower()))
                 and not set(re.findall(r"\w+", c.lower())) <= _YOURS | _NUMBER_WORDS]
        if yours:
            roles = [None if r == "reference" and i not in yours else r
                     for i, r in enumerate(roles)]
        else:
            columns = [(i, set(re.findall(r"[\w-]+", c.lower()))) for i, (c, r) in enumerate(zip(cells, roles))
                       if r == "reference"]
            # an invoice column, else "Reference" beside the payer's "Document no." (not "Our ref")
            named = [i for i, words in columns if _INVOICE_HEADER & words] or \
                [i for i, words in columns if _REFERENCE_HEADER & words and not _OURS & words]
            if named and len(columns) > 1:
                roles = [None if r == "reference" and i != named[0] else r for i, r in enumerate(roles)]
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
        # "INV-1 | 506.47 | 0.00 | 506.47" under "Invoice | Amount | Less | Paid | Note": the
        # last cells (a remark) left out
        if len(cells) < len(header):
            return [c[0] for c in cells] + [""] * (len(header) - len(cells))
        return None
    placed = [""] * len(header)
    for text, start, end in _split_straddling(header, cells):
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


def _overlap(a: tuple[str, int, int], start: int, end: int) -> int:
    return min(end, a[2]) - max(start, a[1])


def _split_straddling(header: list[tuple[str, int, int]], cells: list[tuple[str, int, int]]
                      ) -> list[tuple[str, int, int]]:
    """An ERP export in columns may leave one space between two cells: "5105812274 0793" under
    "Ref.doc    Vendor ref". A cell lying under two header columns is split into its words,
    when each word then lies under one column only."""
    out = []
    for text, start, end in cells:
        under = [h for h in header if _overlap(h, start, end) > 0]
        if len(under) >= 2 and " " in text:
            words = [(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text)]
            homes = [[h for h in header if _overlap(h, s, e) > 0] for _, s, e in words]
            if all(len(home) == 1 for home in homes) and len({home[0] for home in homes}) == len(words):
                out.extend(words)
                continue
        out.append((text, start, end))
    return out


# --- amounts in cells -------------------------------------------------------------------

def _cell_amount(cell: str) -> tuple[Decimal, str | None] | None:
    cell = cell.strip()
    if not cell or cell in {"-", "–", "—", "n/a", "N/A"}:
        return None
    mentions = find_amounts(cell, bare=True)
    # "553,37 (acompte)": an amount and a remark in brackets
    if len(mentions) == 1 and mentions[0].start == 0 and (
            mentions[0].end == len(cell) or re.fullmatch(r"\s*\([^()\d]*\)", cell[mentions[0].end:])):
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


def _rejoin_thousands(row: Sequence[str], width: int) -> list[str]:
    """A CSV row written with unquoted thousands separators ("DAL-1,05/20/2026,6,774.22,0.00")
    has more cells than its header: "6" and "774.22" are one amount, rejoined while the row is
    too wide."""
    cells = list(row)
    i = 0
    while len(cells) > width and i + 1 < len(cells):
        if re.fullmatch(r"-?\d{1,3}", cells[i].strip()) and re.fullmatch(r"\d{3}(?:\.\d{1,2})?", cells[i + 1].strip()):
            cells[i:i + 2] = [f"{cells[i].strip()},{cells[i + 1].strip()}"]
        i += 1
    return cells


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
                data = _rejoin_thousands(data, len(roles))
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
    r"|bezahlt|zahlen|gezahlt|überwiesen|überweisen|zahlung|netto|pagado|pagamos|pago|neto|transferido"
    r"|pagato|pagata|versato|saldato|betaald|voldaan|overgemaakt|paga|liquidado)"
    r"\b[^\d\n]{0,12}$")
# "mit EUR 1.247,12 bezahlt", "€ 500 paid": the amount then the word
_PAID_AFTER = re.compile(
    r"(?i)\s*(?:paid|payée?s?|réglée?s?|bezahlt|überwiesen|beglichen|pagad[oa]|pagat[oa]|betaald|pag[oa])\b")
_DEDUCTION_BEFORE = re.compile(
    r"(?i)\b(?:less|minus|deduct(?:ed|ion|ing)?|deductions?|short[-\s]?paid|withheld|withholding|moins"
    r"|d[ée]duction|d[ée]duit|retenue|abzüglich|abzgl|abzug|gekürzt|kürzung|einbehalten|menos|descuento"
    r"|deducci[óo]n|deducido|retenci[óo]n|discount|remise|escompte|skonto|sconto|trattenut[aei]|korting|inhouding"
    r"|abgezogen"
    r"|desconto|descont(?:ado|amos|ámos)|dedu(?:zimos|zido|ção)|reten[çc][ãa]o"
    r"|short(?:\s+by)?|bank\s+charges?|frais\s+bancaires|bankkosten|spese\s+bancarie|gastos\s+bancarios"
    r"|statiegeld|pfand|ritenuta|abbuono|rappel|rebate|ristorno)\b"
    r"(?:[^\d\n]|\d+(?:[.,]\d+)?\s?%){0,40}$")
_LESS_WORDS = r"(?:less|minus|moins|abzüglich|abzgl|menos|meno)\b"
_LESS = re.compile(rf"(?i)\b{_LESS_WORDS}[^\d\n]{{0,25}}$")
_DEDUCTION_AFTER = re.compile(
    r"(?i)\s*(?:deducted|withheld|d[ée]duits?|retenus?|abgezogen|einbehalten|gekürzt|deducidos?|descontados?"
    r"|trattenut[aei]|detratt[aei]|afgetrokken|ingehouden|deduzidos?"
    # "CHF 25.00 of bank charges were deducted", "12,00 € de frais bancaires"
    r"|(?:of\s+|de\s+|an\s+|di\s+)?(?:bank\s+charges?|bank\s+fees?|frais\s+bancaires|bankgebühren|bankspesen"
    r"|bankkosten|spese\s+bancarie|gastos\s+bancarios|comisi[óo]n\s+bancaria|despesas\s+banc[áa]rias)"
    r"|[^\d\n]{0,30}\b(?:were|was|has\s+been|have\s+been)\s+(?:deducted|withheld))\b")


# "8 303,81 € - escompte 2 % (166,08 €) = 8 137,73 €", "863.20 - 136.08 = 727.12": the result
_RESULT = re.compile(r"=\s*(?:[A-Z]{3}|[€$£])?\s*$")

_TOTAL_WORD = re.compile(r"(?i)\b(?:total|totaal|totale|gesamt|insgesamt|summe|en\s+tout|in\s+all)\b\W{0,3}$")

# Between a number written alone and the amount paid on it: "5697 - $1,713.24", "6186 ($1,293.99)".
_NUMBER_THEN_AMOUNT = re.compile(r"\s*(?:(?:[-–—:=|]|\.{2,}|…)\s*)?\(?")


def _bare_references(line: str, amounts: Sequence[AmountMention]) -> list[ReferenceMention]:
    """Numbers written alone, each right before an amount ("5697 - $1,713.24", "we paid 6186
    ($1,293.99) and 6196 ($5,654.94)"): references when they read as one (a cue, or 5+ digits),
    or when a number of the same line does. The caller resolves them among the writer's
    own invoices only."""
    starts = {a.start for a in amounts}
    paired = [b for b in find_bare_numbers(line)
              if _NUMBER_THEN_AMOUNT.match(line, b.mention.end).end() in starts]
    if not any(b.cue or not b.short for b in paired):
        return []
    return [b.mention for b in paired]


_ANY_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(
    r"(?:[)\d€$£%]|(?<![^\W\d_])(?!(?:abzgl|zzgl|suppl|inkl|exkl|incl|excl|bzgl|approx|resp|gem|lt|vgl|ca)\.)"
    r"[^\W\d_]*[a-zà-ÿ]{4})[.!?]\s+[A-ZÀ-Ý][a-zà-ÿ]")


def _line_remittance(line: str, offset: int) -> list[RemittanceLine]:
    if not _ANY_DIGIT.search(line):
        return []  # a reference and an amount both need a digit (`\d`), so no sentence pairs any
    # "Paid today: £7,288.84 for inv 4302. Remittance ref HH-1187.": amounts pair with the
    # references of their own sentence
    cuts = [m.end() - 2 for m in _SENTENCE_END.finditer(line)]
    if cuts:
        bounds = [0, *cuts, len(line)]
        return [replace(ln, text=line) for low, high in zip(bounds, bounds[1:])
                for ln in _sentence_remittance(line[low:high], offset + low)]
    return _sentence_remittance(line, offset)


# "Warrant #104987 in the amount of $1,048.87 was issued for INV-2026-00612": the payment's
# own document number beside the invoice's
_PAYMENT_DOCUMENT = re.compile(
    r"(?i)\b(?:warrant|cheque|check|voucher|remittance|transfer|virement|überweisung|transferencia|bonifico"
    r"|overboeking|confirmation|payment|paiement|zahlung|pago|pagamento|betaling)\s*(?:no\.?|nr\.?|n[°º]|number|ref\.?)?\s*[:#]?\s*$")


def _sentence_remittance(line: str, offset: int) -> list[RemittanceLine]:
    found = find_reference_candidates(line)
    refs = [r for r in found if r.kind != "po"]
    if any(r.kind == "invoice" for r in refs):
        refs = [r for r in refs if r.kind != "unknown" or not _PAYMENT_DOCUMENT.search(line, 0, r.start)]
    if not found and re.search(r"\d{3}", line):
        money = find_amounts(line, bare=True)
        refs = _bare_references(line, money) if money else []
    if len(refs) > 1 and any(r.kind == "structured" for r in refs):
        # "Facture IS-2026-04214 – communication +++042/6004/21402+++ – 6.330,06 EUR": one payment
        refs = [r for r in refs if r.kind != "structured"]
    if not refs:
        return []
    amounts = [a for a in find_amounts(line, bare=True)
               if not any(r.start < a.end and a.start < r.end for r in refs)]
    # "Adjunto el pago de hoy (24.769,79 €). En la FT26/00821 ...": an amount in a sentence
    # before the first reference is not that invoice's
    amounts = [a for a in amounts if a.start > refs[0].start
               or not _SENTENCE_END.search(line, a.end, refs[0].start)]
    amount_first = bool(amounts) and amounts[0].start < refs[0].start
    owned: list[list[AmountMention]] = []
    for i, ref in enumerate(refs):
        if amount_first:
            low, high = (refs[i - 1].end if i else 0), ref.start
        else:
            low, high = ref.end, (refs[i + 1].start if i + 1 < len(refs) else len(line))
        owned.append([a for a in amounts if low <= a.start < high])
    if amount_first:
        shared = len(refs) > 1 and any(not o for o in owned) and any(owned)
    else:
        # "INV-1 and INV-2: 1,500.00" share the amount; a reference after the amounts does not
        # ("... pago 6.175,17 € (3 roupões devolvidos, guia GD-0931)")
        shared = any(not owned[i] and any(owned[i + 1:]) for i in range(len(refs)))
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
    bracketed = []  # deductions explained in brackets after the amount paid: "$2,340.00 (less $120.00 ...)"
    previous_end = ref.end if not amounts or amounts[0].start > ref.start else 0
    for a in amounts:
        before = line[max(previous_end, a.start - 40):a.start]
        if plain and _TOTAL_WORD.search(before):
            previous_end = a.end
            continue  # "la 3949 (400,94), total 463,33": the payment's total, not this invoice's
        # "... = 8 137,73 €" is the result; "(abzgl. 2 % Skonto = € 406,39)" the deduction itself
        result = bool(_RESULT.search(before)) and before.count("(") <= before.count(")")
        if a.amount < 0 or (_DEDUCTION_BEFORE.search(before) and not result) \
                or _DEDUCTION_AFTER.match(line, a.end):
            deductions.append((a, bool(_LESS.search(before))))
            bracketed.append(bool(plain) and bool(re.fullmatch(r"\s*\([^()]*", line[previous_end:a.start])))
        else:
            plain.append((a, bool(_PAID_LABEL.search(before)) or bool(_PAID_AFTER.match(line, a.end)) or result))
        previous_end = a.end
    currency = next((a.currency for a, _ in plain + deductions if a.currency), None)
    deducted = sum((abs(a.amount) for a, _ in deductions), Decimal(0)) or None
    labelled = [a for a, is_paid in plain if is_paid]
    if labelled:
        return labelled[0].amount, deducted, currency
    if len(plain) == 1:
        if not deductions or all(bracketed):
            return plain[0][0].amount, deducted, currency
        if all(less for _, less in deductions):
            return plain[0][0].amount - (deducted or 0), deducted, currency
        return None, deducted, currency
    if len(plain) == 2 and deducted and plain[0][0].amount - deducted == plain[1][0].amount:
        return plain[1][0].amount, deducted, currency
    # "2'086.98 (2'386.98 moins 300.00 ...)": the amount paid, then how it was reached
    if len(plain) == 2 and deducted and plain[1][0].amount - deducted == plain[0][0].amount:
        return plain[0][0].amount, deducted, currency
    if len(plain) == 3 and not deductions:
        first, second, third = (a.amount for a, _ in plain)
        if first - second == third and third > 0:  # gross, deducted, paid
            return third, second, currency
        if second - third == first and first > 0:  # paid (gross less deducted)
            return first, third, currency
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
        found = _line_remittance(line, offsets[i])
        if _deducted_from_previous(line, found, result, offsets[i - 1] if i else -1):
            i += 1
            continue
        if found and all(ln.paid_amount is None and ln.deduction_amount is None for ln in found) \
                and _NOT_COVERED.search(line):
            found = []  # "Invoice 2221 is in approval and will be on a later check."
        # "paid INV-1 1351.84 and INV-2 532.92. still waiting on the credit for INV-3"
        found = [ln for ln in found if ln.paid_amount is not None or ln.deduction_amount is not None
                 or not _NOT_COVERED.search(_sentence_of(line, ln.reference.start - offsets[i]))]
        result.extend(found)
        i += 1
    return result


# A line about an invoice this payment does not cover.
_NOT_COVERED = re.compile(
    r"""(?ix)\b(?:on\s+hold|will\s+follow|to\s+follow|later|next\s+(?:run|cycle|check|cheque|batch)
    |not\s+(?:be\s+)?(?:paying|pay|paid|included|settled)|won'?t\s+(?:be\s+)?pa(?:y|id)|in\s+approval|separately
    |suivr(?:a|ont)|prochaine?s?|plus\s+tard|en\s+attente|bloqu[ée]e?s?|s[ée]par[ée]ment|ne\s+(?:la|le|les)\s+\w+\s+pas
    |nicht|später|nächste[nmrs]?|folg(?:t|en)\s+(?:später|nächste)|zurückgestellt|gesperrt
    |no\s+(?:la|lo|las|los)\s+vamos|más\s+adelante|próxim[oa]s?|non\s+(?:la|lo|le|li)\s+pag\w*|prossim[oa]|seguir[àa]
    |in\s+sospeso|niet|volgende|não|seguinte
    |(?:still\s+)?waiting|still\s+open|remains?\s+(?:open|blocked|outstanding|unpaid)|under\s+(?:review|query|investigation)
    |blocked|on\s+query|queried|in\s+dispute|disputed|reste\s+(?:ouverte?|due)|en\s+litige|contest[ée]e?
    |(?:noch\s+)?in\s+Klärung|noch\s+offen|strittig|beanstandet|staat\s+(?:nog\s+)?open|nog\s+open|in\s+afwachting|volgt
    |geblokkeerd|betwist|em\s+an[áa]lise|pendente|em\s+aberto|in\s+attesa|contestat[ao]|pendiente|en\s+revisi[óo]n
    |reclamad[ao]|pendent|en\s+revisió)\b""")
def _sentence_of(line: str, position: int) -> str:
    starts = [m.end() - 2 for m in _SENTENCE_END.finditer(line, 0, position)]
    end = _SENTENCE_END.search(line, position)
    return line[starts[-1] if starts else 0:end.end() if end else len(line)]


# "less your credit note AV26-0044   EUR -312.40" under the invoice line it reduces
_LESS_LINE = re.compile(rf"(?i)^\s*(?:[-–•*]\s*)?{_LESS_WORDS}")


def _deducted_from_previous(line: str, found: list[RemittanceLine], result: list[RemittanceLine],
                            previous_start: int) -> bool:
    """A "less ..." line with one amount and no invoice of its own deducts from the invoice
    line right above it (its only line, with an amount paid): True when applied."""
    if not _LESS_LINE.match(line) or not result or any(ln.reference.kind == "invoice" for ln in found):
        return False
    amounts = find_amounts(line, bare=True)
    last = result[-1]
    if not 1 <= len(amounts) <= 2 or last.paid_amount is None or not previous_start <= last.reference.start \
            or sum(1 for ln in result if ln.text == last.text) != 1:
        return False
    amount = abs(amounts[0].amount)
    # "less SGD 20 bank chg, nett credited SGD 22,720.15": a second amount is what is left
    if amount >= last.paid_amount or (len(amounts) == 2 and last.paid_amount - amount != amounts[1].amount):
        return False
    result[-1] = replace(last, paid_amount=last.paid_amount - amount,
                         deduction_amount=(last.deduction_amount or 0) + amount,
                         deduction_reason=_reason(line) or last.deduction_reason or "other")
    return True


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
