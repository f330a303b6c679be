"""Find invoice references in customer text and resolve them against ledger invoice numbers.

Pure: no database, no clock. The caller passes one customer's invoice numbers (or all of
them); `ReferenceIndex` indexes them once so resolving stays fast with 100k numbers.

Finding (`find_reference_candidates`), precision first:

* coded references: letters then digits, "INV-2026-00417", "F2026/0193", "FA-2026-1187",
  "SI-88412" (3+ digits, or 1+ after a clear invoice prefix and a separator: "INV-1"; the
  prefix in capitals, or a known invoice prefix in any case);
* labelled references: a number after an invoice word ("invoice #417", "inv 417",
  "facture 100234", "Rechnung Nr. 4711", "factura 2026-33", "n° 100234"), lists included
  ("invoices 417, 418 and 419");
* bare numbers of 6-10 digits (not starting with 0) on a line that names an invoice
  ("po" when a PO/order word comes just before: "our PO was 4500012345");
* an invoice number typed with spaces after an invoice word ("la factura TV 2025 1934");
* Belgian structured communications with a valid mod-97 check, "+++250/7510/10562+++"
  (kind "structured": only a customer's index reads them, see below).
Tokens whose letters usually mark something else ("CP26-04205": "CP" is a postcode prefix;
"ART", "EN", "KW", "EUR", ...) are not candidates; `find_listed_codes` returns them apart (kind
"exact"), for a caller that keeps one only when it is exactly a ledger invoice number.
Invoice words in English, French, German, Spanish, Italian, Dutch, Portuguese, Afrikaans and
Polish ("fattura 645", "factuur nr. 7583", "fatura n.º 3114", "faktuur 0046", "fakturę nr 0712").
Never: phone numbers, IBANs, labelled tax/company/customer/account ids, dates, amounts.
`kind` is "invoice" (invoice word or invoice prefix), "po" (PO / order / commande /
Bestellung / pedido) or "unknown" (a bare label such as "n°", "ref" or an unknown prefix).
The mention's text is the reference itself, without the label: "invoice #417" → "417".

Keys (`normalize_reference`): capitals, letters and digits only, leading zeros dropped from
each run of digits: "INV-2026-00417", "inv 2026 417" and "INV/2026/0417" all give
"INV2026417". The index also keeps the form with zeros ("INV202600417"), so a reference
typed without separators still matches.

Resolving, strongest rule first; a rule that fits two or more invoices stops the search as
"ambiguous" (nothing resolved, alternatives listed):
exact (same text) 1.0 · normalized (same key) 0.95 · suffix (same digits, prefix and
leading zeros dropped: "417" → "INV-2026-00417") 0.85 · fuzzy (one wrong, missing or extra
character, or two neighbours swapped: OSA distance 1; only for references with 5+ digits, so
"418" never fuzzily becomes "417") 0.7. Fuzzy candidates come from looking up every one-edit
variant of the key in the index (constant time in the ledger's size); rapidfuzz classifies the
edit for the explanation. Purchase-order mentions are not resolved here (the caller maps
them to invoices through the ledger's PO numbers).

An index of one customer's invoices (`ReferenceIndex(numbers, customer=True)`) also knows:

* short typos (0.6): a labelled number of 4+ written digits one edit away from the last digit
  run of exactly one of the customer's invoices ("inv 4356" → "INV/2026/04365", "facture
  00745" → "FA26-00754"); never for bare numbers;
* endings (0.75): "the one ending 712" → the customer's only invoice whose digits end in 712
  (`find_ending_references`);
* structured communications (0.8): the customer's only invoice whose digits (6+) are written
  in the communication's ten digits, else whose last digit run (5+, zeros kept) is
  ("+++250/7510/10562+++" → MB25-07510).
A number written alone (kind "bare") is never resolved fuzzily, nor across the whole ledger
other than exactly.

Bare numbers (`find_bare_numbers`): a number written without any invoice word ("we'll pay
4502 and 4654 Friday", "la 746 et la 809") is a candidate only when nothing marks it as
something else (an amount, "a total of 4417", a date or time, a phone, an id, a quantity
"120 units", "the 316 flanges", a street or postcode, a year) and, for 3-4 digits, when
something marks it as a reference (`cue`): a word such as "the", "for", "on", "paid", "la",
"pour" right before it, "one"/"invoice"/"paid"/"balance" right after it, a verb after it at the start
of a sentence ("4632 was paid"), leading zeros ("04417"), brackets after "ones"/"invoices" (every
number of a bracket that opens with one: "(4548 pour le solde, 4556, 4577)"), or a list with such a
number (an item may note its balance: "694 balance, 807 and 1019"). A dash then an amount is no
range ("with 0793 - 39 280,00 EUR"). Round hundreds ("pay 500") get no cue. The caller resolves them
among the writer's own invoices only, by exact, normalized or suffix rule (never fuzzily),
and may accept a number without a cue when the reminder it quotes lists that invoice.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from inbox.amounts import find_amounts, identifier_spans

__all__ = [
    "ReferenceMention", "ReferenceResolution", "ReferenceIndex", "BareNumber",
    "normalize_reference", "find_reference_candidates", "find_listed_codes", "find_ending_references",
    "find_bare_numbers", "resolve_references",
]


@dataclass(frozen=True, slots=True)
class ReferenceMention:
    text: str  # as written, without its label ("417" for "invoice #417")
    start: int
    end: int
    key: str  # normalize_reference(text)
    kind: str = "invoice"  # "invoice" | "po" | "unknown" | "ending" | "bare" | "exact"


@dataclass(frozen=True, slots=True)
class ReferenceResolution:
    mention: ReferenceMention
    invoice_number: str | None
    score: float  # 0..1
    method: str  # exact | normalized | suffix | fuzzy | ending | ambiguous | none (+ caller's own)
    explanation: str
    alternatives: tuple[str, ...] = ()


# --- keys -------------------------------------------------------------------------------

_PARTS = re.compile(r"[^\W\d_]+|\d+")


def _parts(s: str) -> list[str]:
    """Letter runs and digit runs, in capitals (NFKC first when not plain ASCII)."""
    return _PARTS.findall(s.upper() if s.isascii() else unicodedata.normalize("NFKC", s).upper())


def _strip_zeros(run: str) -> str:
    return run.lstrip("0") or "0"


def normalize_reference(s: str) -> str:
    """Matching key: capitals, letters and digits only, leading zeros dropped per digit run.

    "INV-2026-00417" → "INV2026417"; "inv 2026/417" → "INV2026417"; "F2026/0193" → "F2026193";
    "000" → "0". Digit runs are delimited in the text as written, so "INV202600417" keeps
    its zeros (the index matches that form separately).
    """
    return "".join(_strip_zeros(p) if p[0].isdigit() else p for p in _parts(s))


@dataclass(frozen=True, slots=True)
class _Shape:
    key: str  # normalize_reference
    compact: str  # letters and digits, zeros kept
    letters: str
    runs: tuple[str, ...]  # digit runs without leading zeros
    digits: tuple[str, ...]  # all digits joined, with and without leading zeros

    @classmethod
    def of(cls, s: str) -> _Shape:
        return _shape_of(s)

    @classmethod
    def _build(cls, s: str) -> _Shape:
        key, letters, raw_runs, runs = [], [], [], []
        for part in _parts(s):
            if part[0].isdigit():
                stripped = part.lstrip("0") or "0"
                raw_runs.append(part)
                runs.append(stripped)
                key.append(stripped)
            else:
                letters.append(part)
                key.append(part)
        raw, clean = "".join(raw_runs), "".join(runs)
        digits = (raw, clean) if raw != clean else (raw,) if raw else ()
        compact = "".join(key) if raw == clean else "".join(_parts(s))
        return cls("".join(key), compact, "".join(letters), tuple(runs), digits)


# A view's per-customer indexes are rebuilt when its cache drops them (analyse.LedgerView), from
# the same invoice numbers each time: their shapes (pure, read-only) are kept instead.
@lru_cache(maxsize=65_536)
def _shape_of(s: str) -> _Shape:
    return _Shape._build(s)


# --- finding ----------------------------------------------------------------------------

# The word "invoice" in the languages customers write in, spelt out (no abbreviations): it makes
# a number an invoice reference before it ("invoice #417"), before brackets ("the invoices (4196,
# 4304)") and after it ("4417 invoice").
_INVOICE_NOUN = (
    r"invoices?|bills?|factures?|rechnung(?:en)?|facturas?|fattur[ae]|factuur|facturen|faturas?|faktuur|fakture|"
    r"faktur(?:a|ę|y|ze|ą|ami|ach|an|en|er|erne)?|faktura(?:n|en|er|erne)|fakturor(?:na)?"
)
# Written before a number, these make it an invoice reference in "invoice #417".
_INVOICE_WORD = (
    rf"{_INVOICE_NOUN}|inv|invoice\s+numbers?|"
    r"fact|fac|fa|num[ée]ro\s+de\s+facture|n[°º]\s+de\s+facture|"
    r"rechnungs(?:nummer|nr)|re\.?-?nr|rg\.?-?nr|rgnr|rg|beleg(?:nummer|nr)?|"
    r"fra|n[úu]mero\s+de\s+factura|fatt|factuur(?:nummer|nr)|fakt|faktura(?:nr|nummer|nummeret)"
)
_PO_WORD = (
    r"p\.?o\.?|purchase\s+orders?|orders?|commandes?|bon\s+de\s+commande|bc|"
    r"bestellung(?:en)?|bestell(?:nummer|nr|-nr)|auftrag|pedidos?|orden\s+de\s+compra|oc|"
    r"bestelbon(?:nummer)?|bestelling|inkooporder(?:nummer)?|ordine|encomenda"
)
_LOOSE_WORD = r"n[°º]|no|nr|num|núm|\#|ref|réf|référence|reference|referenz|referencia"
_NUMBER_LABEL = r"(?:numbers?|no|n\.?[°º]|nr|num(?:ber|éro|ero)?|núm(?:ero)?|nummer|\#)\.?"
_LABELLED = re.compile(
    rf"""(?ix)(?<![\w])(?:(?P<inv>{_INVOICE_WORD})|(?P<po>{_PO_WORD})|(?P<loose>{_LOOSE_WORD}))
    (?<![^\W\d_][.])\.?(?:\s*{_NUMBER_LABEL})?\s*[:#]?\s*(?:de\s+|del\s+)?(?=(?:[A-Z]{{1,6}}[-/_.])?[A-Za-z]{{0,6}}[-/_.]?\d)"""
)
_TOKEN = re.compile(r"(?:[A-Z]{1,6}[-/_.](?=[A-Za-z]{1,6}[-/_.]?\d))?[A-Za-z]{0,6}[-/_.]?\d[A-Za-z0-9]*(?:[-/_.][A-Za-z0-9]+)*")
_YEAR_NEXT = re.compile(r"(?:19|20)\d\d(?![\w/\-]|[.,]\d)")
_LIST_JOIN = re.compile(r"(?i)\s*(?:,|;|&|\+|and|et|und|y|en|e|i|og|och|/)\s*(?:(?:inv|#|n[°º]|no\.?|nr\.?)\s*)?")
# Labels of numbers that are not invoices; the number right after them is skipped.
# The last group only with a number label after it ("Payment No: 0004471", "Supplier no. 700312"):
# "payment INV-2026-00417" and "Payment: INV-2026-00417" name the invoice the payment is for.
_OTHER_LABEL = re.compile(
    r"""(?ix)\b(?:(?:customer|client|kunden?(?:nummer|nr)?|cliente|account|compte|konto|cuenta|contract|contrat
    |vertrag|contrato|siret|siren|tva|vat|ust|tel|tél|phone|fax|iban|bic|ticket|case|dossier|shipment|delivery
    |livraison|lieferschein|bordereau|tracking|colis|sendung|albar[áa]n|mandat|mandate|sepa|cheque|chèque
    |check|scheck|klant(?:nummer|nr)?|rekening(?:nummer)?|btw|kenmerk|conto|pakbon|leverbon|ddt|nif
    |cif)\b(?:[\s-]*{0})?\s*[:#]?
    |(?:confirmation|trace|transaction|utr)\b(?:[\s-]*{0}\s*[:#]?|\s*[:#])
    |(?:payment|paiement|zahlung|pago|remittance|supplier|vendor|fournisseur|lieferant|proveedor|creditor
    |court|claim|employee|registration|company)\b[\s-]*{0}\s*[:#]?)\s*$""".format(_NUMBER_LABEL)
)
_CODED = re.compile(
    # "MLS/INV/26-00841": a seller's code before the invoice prefix
    r"(?<![\w/.\-])(?P<prefix>(?:[A-Z]{1,6}[-_/.](?=[A-Za-z]{1,6}[-_/.#]?\d))?[A-Za-z]{1,6})(?P<sep>[-_/.#]?)"
    r"(?P<rest>\d+(?:[-/_.][A-Za-z0-9]+)*)(?![\w])"
)
_INVOICE_PREFIXES = {"INV", "IN", "INVOICE", "FA", "FAC", "FACT", "F", "FT", "FV", "FC", "FRA", "RE", "RG",
                     "SI", "R", "RECH", "BILL"}
# Prefixes clear enough to accept a short number after a separator ("INV-1", "FA-12").
_SHORT_OK_PREFIXES = {"INV", "INVOICE", "FA", "FAC", "FACT", "FRA", "SI", "RG", "BILL"}
_PO_PREFIXES = {"PO", "BC", "OC", "PED", "ORD", "SO", "BEST"}
# Letters that are never an invoice prefix: currency codes, units, calendar words.
_NOT_PREFIXES = {"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK",
                 "KW", "CW", "Q", "H", "KG", "T", "M", "CM", "MM", "KM", "L", "ML", "TVA", "VAT", "NR",
                 "NO", "N", "TEL", "FAX", "ISO", "DIN", "EN", "ART", "PLZ", "CP", "ZIP", "COVID", "MP",
                 "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV",
                 "DEC", "V", "X", "A", "B", "C", "D", "E", "G", "I", "J", "K", "O", "P", "S", "U", "W",
                 "Y", "Z"}
_VAT_COUNTRIES = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
                  "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "CH", "NO"}
_CASE_YEAR = re.compile(r"(?i)\s+(?:of|de|du|von|del)\s+(?:19|20)\d\d\b")
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}\.?")
_SLASH_PAIR = re.compile(r"(?<![\w.,/\-])(\d{3,8})/(\d{3,8})(?![\w]|[.,/\-]\d)")
_DIGIT_GROUPS = re.compile(r"(?<![\w.,/\-])\d{2,4}[-/]\d{3,8}(?![\w]|[.,/\-]\d)")
_BARE = re.compile(r"(?<![\w.,/\-'’])[1-9]\d{5,9}(?![\w]|[.,/\-]\d)")
_INVOICE_LINE = re.compile(rf"(?i)\b(?:{_INVOICE_WORD}|invoiced|facturé|factur[ée]e?s?)\b")
_PO_NEAR = re.compile(rf"(?i)(?<![\w])(?:{_PO_WORD})\b[^\d\n]{{0,20}}$")
_AMOUNT_AFTER = re.compile(r"\s?(?:€|\$|£|(?:EUR|USD|GBP|CHF|euros?|dollars?)\b)|[.,]\d|\s?%")
# "R401 719,05": a currency letter glued to an amount in groups, not a reference
_GROUPED_AMOUNT_AFTER = re.compile(r"[ \u00a0]\d{3}(?:[ \u00a0]\d{3})*[.,]\d\d(?!\d)")
# "la factura TV 2025 1934": an invoice number typed with spaces, after an invoice word only
_SPACED_CODED = re.compile(
    rf"(?i:(?<![\w])(?:{_INVOICE_WORD})\.?(?:\s*{_NUMBER_LABEL})?\s*[:#]?\s*)"
    r"(?P<ref>(?P<prefix>[A-Z]{1,6}(?:\d{2})?)(?:[ \u00a0]\d{2,8}){1,3})(?![\w]|[.,/\-]\d|[ \u00a0]\d)")
# A Belgian structured communication, "+++090/4412/77316+++": ten digits and their mod-97 check.
_STRUCTURED = re.compile(r"(?<![\w+*])(?:\+{3}|\*{3})[ ]?(\d{3})[ ]?/[ ]?(\d{4})[ ]?/[ ]?(\d{5})[ ]?(?:\+{3}|\*{3})")


def _valid_structured(digits: str) -> bool:
    return len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:])


def _prefix_groups(prefix: str) -> list[str]:
    """ "MLS/INV" → ["MLS", "INV"]: a seller's code, then the invoice prefix proper."""
    return re.split(r"[-_/.]", prefix.upper())


def _kind_for_prefix(prefix: str) -> str:
    p = _prefix_groups(prefix)[-1]
    if p in _PO_PREFIXES:
        return "po"
    return "invoice" if p in _INVOICE_PREFIXES else "unknown"


def _digit_count(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _acceptable_token(text: str, start: int, end: int) -> bool:
    token = text[start:end]
    if _digit_count(token) < 3 or _DATE.fullmatch(token):
        return False
    return not _AMOUNT_AFTER.match(text, end) or bool(_CURRENCY_THEN_AMOUNT.match(text, end))


# "Rechnung 838 CHF 5'000.–", "la facture 4417 EUR 1 200,00": after an invoice word, a currency
# followed by a number opens the next amount; the number before it is still the reference.
_CURRENCY_THEN_AMOUNT = re.compile(r"[ \u00a0](?:EUR|USD|GBP|CHF|CAD|AUD)[ \u00a0]?\d")


_ANY_DIGIT = re.compile(r"\d")


def find_reference_candidates(text: str) -> list[ReferenceMention]:
    """Invoice (and purchase-order) references in `text`, in order; see the module docstring."""
    if not _ANY_DIGIT.search(text):
        return []  # every pattern below needs a digit (`\d`): most lines and sentences have none
    amount_spans = [(a.start, a.end) for a in find_amounts(text)]
    blocked = identifier_spans(text) + amount_spans
    found: list[tuple[int, int, int, str]] = []  # (priority, start, end, kind)

    for m in _LABELLED.finditer(text):
        kind = "invoice" if m["inv"] else "po" if m["po"] else "unknown"
        if kind == "unknown" and _INVOICE_LINE.search(text, max(0, m.start() - 25), m.start()):
            kind = "invoice"  # "la facture n° 100234", "invoice ref 417"
        if kind == "unknown" and _OTHER_LABEL.search(text, max(0, m.start() - 30), m.end()):
            continue  # "customer no. 12345", "n° TVA ..."
        label = m["inv"] or m["po"] or m["loose"]
        label_end = m.start() + len(label)
        if label.isalpha() and text[label_end:m.end()] in ("", "-", "/", "_", "."):
            continue  # "INV-2026-00417" is one coded reference, not "INV" + "-2026-00417"
        pos = m.end()
        while True:
            t = _TOKEN.match(text, pos)
            if not t or not _acceptable_token(text, t.start(), t.end()):
                break
            if t.end() < len(text) and (text[t.end()].isalnum()):
                break
            if kind == "unknown" and _CASE_YEAR.match(text, t.end()):
                break  # "No. 000417 of 2026": a court case, not an invoice
            if _AMOUNT_AFTER.match(text, t.end()):
                if kind != "invoice":
                    break
                # "Rechnung 838 CHF 5'000.–": the amount read as "838 CHF" is the next one's currency
                blocked = [b for b in blocked if not (b[0] == t.start() and b in amount_spans)]
            found.append((0, t.start(), t.end(), kind))
            join = _LIST_JOIN.match(text, t.end())
            if not join or join.end() == t.end():
                break
            if join.group().strip().lower().startswith("en") and _YEAR_NEXT.match(text, join.end()):
                break  # "la factura 4417 en 2026", "la facture 4417 en 2025": "in", not Dutch "and"
            pos = join.end()

    for m in _SPACED_CODED.finditer(text):
        if m["prefix"] not in _NOT_PREFIXES and _digit_count(m["ref"]) >= 4 and not _AMOUNT_AFTER.match(text, m.end()):
            found.append((0, m.start("ref"), m.end("ref"), "invoice"))

    for m in _CODED.finditer(text):
        prefix = m["prefix"]
        if prefix.upper() in _NOT_PREFIXES or _prefix_groups(prefix)[0] in _NOT_PREFIXES:
            continue
        if _digit_count(m["rest"]) < 3 and not (prefix.upper() in _SHORT_OK_PREFIXES and m["sep"] in "-/#" and m["sep"]):
            continue  # "KW48" is not a reference; "INV-1" is
        if prefix.upper() in _VAT_COUNTRIES - _INVOICE_PREFIXES and re.fullmatch(r"\d{8,12}", m["rest"]) and not m["sep"]:
            continue  # "FR12345678901", "DE123456789": VAT numbers
        if not prefix.isupper() and prefix.upper() not in _INVOICE_PREFIXES | _PO_PREFIXES:
            continue
        if len(prefix) == 1 and _GROUPED_AMOUNT_AFTER.match(text, m.end()):
            continue
        if _AMOUNT_AFTER.match(text, m.end()):
            # "TO26/03201 euro 1.199,67", "INV-88120 EUR 410.00": a whole amount, currency first, opens
            # right after the code, so the code is not that amount's start; read only as exactly a
            # ledger invoice number (kind "exact")
            if text[m.end():m.end() + 1].isspace() and any(m.end() < s <= m.end() + 2 and _digit_count(text[s:e]) > 0
                                                           and not text[s].isdigit() for s, e in amount_spans):
                found.append((1, m.start(), m.end(), "exact"))
            continue
        found.append((1, m.start(), m.end(), _kind_for_prefix(prefix)))

    for m in _BARE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not _INVOICE_LINE.search(line) or _AMOUNT_AFTER.match(text, m.end()):
            continue
        if _OTHER_LABEL.search(text, max(0, m.start() - 30), m.start()):
            continue
        kind = "po" if _PO_NEAR.search(text, max(0, m.start() - 25), m.start()) else "invoice"
        found.append((2, m.start(), m.end(), kind))

    # "26-01226 outstanding balance": the invoice's digit groups without its letters (a pair of
    # equal length, "4102/4103", is two numbers: find_bare_numbers)
    for m in _DIGIT_GROUPS.finditer(text):
        if _SLASH_PAIR.fullmatch(m.group()):
            continue
        if not _DATE.fullmatch(m.group()) and not _AMOUNT_AFTER.match(text, m.end()):
            found.append((3, m.start(), m.end(), "unknown"))

    accepted: list[tuple[int, int, str]] = []
    for _, start, end, kind in sorted(found, key=lambda f: (f[0], f[1] - f[2])):
        if any(s < end and start < e for s, e in blocked):
            continue
        if any(s < end and start < e for s, e, _ in accepted):
            continue
        if _OTHER_LABEL.search(text, max(0, start - 30), start):
            continue
        accepted.append((start, end, kind))
    # Masked as an identifier above, a structured communication may carry the invoice's number.
    accepted += [(m.start(), m.end(), "structured") for m in _STRUCTURED.finditer(text)
                 if _valid_structured("".join(m.groups()))]
    accepted.sort()
    return [ReferenceMention(text[s:e], s, e, normalize_reference(text[s:e]), k) for s, e, k in accepted]


def find_listed_codes(text: str) -> list[ReferenceMention]:
    """Coded tokens whose letters are in `_NOT_PREFIXES` ("CP26-04205", "ART-20417", "EN-0412"):
    find_reference_candidates skips them, as "CP" is usually a postcode, "ART" an article, "EN" a
    standard. A seller's own numbering may use such letters all the same, so they are returned
    here with kind "exact": the caller keeps one only when it is a ledger invoice number exactly
    (but for case, separators and leading zeros); `ReferenceIndex.resolve` reads them by the exact
    and normalized rules only, never by suffix or fuzzily ("CP-13002" is no invoice 13002)."""
    out: list[ReferenceMention] = []
    for m in _CODED.finditer(text):
        prefix = m["prefix"]
        if not (prefix.upper() in _NOT_PREFIXES or _prefix_groups(prefix)[0] in _NOT_PREFIXES):
            continue
        if _digit_count(m["rest"]) < 3 or _AMOUNT_AFTER.match(text, m.end()):
            continue
        out.append(ReferenceMention(m.group(), m.start(), m.end(), normalize_reference(m.group()), "exact"))
    return out


# --- endings and bare numbers -----------------------------------------------------------

_ENDING = re.compile(
    r"""(?ix)(?<![\w])(?:end(?:s|ing|ed)?(?:\s+(?:in|with|on))?|last\s+(?:(?:three|four|five|six|\d)\s+)?digits?
    (?:\s+(?:are|is|of))?|finissant\s+par|(?:se\s+)?terminant\s+par|qui\s+(?:se\s+)?termine\s+par
    |qui\s+finit\s+par|se\s+termine\s+par|derniers\s+chiffres|endet\s+(?:auf|mit)|endend\s+(?:auf|mit)
    |mit\s+der\s+endung|terminad[ao]\s+en|que\s+termina\s+en|acabad[ao]\s+en|que\s+acaba\s+en)
    \s*[:#]?\s*(?:[-–…]|\.\.\.)?\s*["'“«‘]?\s*(?:[-–…]|\.\.\.)?(?P<n>\d{3,6})(?![\w]|[.,]\d)"""
)
# "account ending 5678", "card ending in 4417": endings of other numbers.
_NOT_AN_INVOICE_ENDING = re.compile(
    r"(?i)\b(?:account|acct|a/c|card|iban|phone|mobile|tel|sort\s+code|cheque|check|compte|carte|konto"
    r"|karte|cuenta|tarjeta|t[ée]l[ée]phone|portable|handy|po|p\.o\.|order|commande|bestellung|pedido)\b[^\n\d]{0,12}$")
# "the …712 one", "invoice ***4417", "xxxx712": the rest of the number left out on purpose.
_ELIDED = re.compile(r"(?<![\w.…*])(?:\.{3}|…|\*{2,}|[xX]{2,})(?P<n>\d{3,6})(?![\w]|[.,]\d)")


def find_ending_references(text: str) -> list[ReferenceMention]:
    """ "the one ending 712", "ending in -0193", "qui se termine par 712", "endet auf 712",
    "the …712 one": the digits only (kind "ending"), which a customer's index resolves to their
    only invoice whose number ends with them. Not "account ending 5678" or "card ending 4417"."""
    found = {m.start("n"): m for m in _ENDING.finditer(text)}
    found.update({m.start("n"): m for m in _ELIDED.finditer(text) if m.start("n") not in found})
    found = {k: m for k, m in found.items()
             if not _NOT_AN_INVOICE_ENDING.search(text, max(0, m.start() - 30), m.start())}
    return [ReferenceMention(m["n"], m.start("n"), m.end("n"), m["n"], "ending")
            for _, m in sorted(found.items())]


@dataclass(frozen=True, slots=True)
class BareNumber:
    mention: ReferenceMention  # kind "bare"
    short: bool  # 3-4 significant digits: needs `cue` (or the caller's confirmation)
    cue: str | None  # why it reads as a reference: 'after "for"', "list with 4196", ...


_BARE_ANY = re.compile(r"(?<![\w.,/:+\-'’#°@€$£])(\d{3,10})(?![\w@]|[.,:/\-]\d|\s?%)")
_ARTICLE = (r"(?:the|that|this|la|le|les|l'|l’|cette|die|der|den|das|el|los|las|a|an|une?|our|your|notre|votre|nos|vos"
            r"|il|lo|della|delle|dello|sulla|alla|dalla|het)")
_CUE_WORDS = (
    r"for|on|of|re|regarding|concerning|about|against|pay|paid|payed|paying|pays|settle[sd]?|settling|clear(?:ed|ing)?"
    r"|approve[sd]?|approving|quer(?:y|ied)|chas(?:e|ed|ing)|receiv(?:e|ed|ing)|disput(?:e|ed|ing)|copy|send|resend"
    r"|split|check|cover(?:s|ed|ing)?|process(?:ed)?|release[sd]?|hold|invoice[sd]?|bill(?:ed)?|with"
    r"|cancel(?:led|ed|ling)?|find|locate|credit(?:ed)?"
    r"|including|incl|notamment|y\s+compris|einschlie(?:ß|ss)lich|inklusive|incluida|incluyendo"
    r"|pour|sur|de|du|des|concernant|r[ée]gl(?:er|é|ée|ons|erons)|pay(?:er|é|ée|ons|erons)|re[çc]ue?|vers[ée]e?"
    r"|für|zu|über|bezüglich|betreffend|bezahlt|zahlen|begleichen|beglichen|überwiesen"
    r"|para|por|del|sobre|pagar|pagad[ao]|pagamos|pagaremos|abonad[ao]"
    r"|per|di|pagat[aoie]|paghiamo|pagheremo|saldat[aoie]|saldiamo|voor|van|betaald|betalen"
    r"|da|do|das|dos|pag[ao]s?|liquidad[ao]s?"
)
_ENGLISH_ARTICLES = {"the", "that", "this", "a", "an", "our", "your"}
_CUE_WORD = re.compile(rf"(?i)(?:{_CUE_WORDS})")
_ARTICLE_WORD = re.compile(rf"(?i){_ARTICLE}")
# "the two oldest ones (4196 and 4304)", "three invoices (4417, 4502, 4654)"
# "the November one (4540)", "le reste (4971)", "offene Rechnungen (z. B. 5093, 5195)"
_EXAMPLE = r"(?:e\.\s?g\.|z\.\s?B\.|p\.\s?ex\.|p\.\s?ej\.|por\s+ej\.|bv\.|f\.\s?eks\.|t\.\s?ex\.|ex\.)?\s*"
_BRACKETED = re.compile(rf"(?i)\b(?:ones?|{_INVOICE_NOUN}|factur|factuuren|faktuure|rest|reste|remainder|resto)\b"
                        r"[^.()\n]{0,50}\($")
# The invoice word typed with two letters swapped before the brackets: "de oude factruen (564, 567)",
# "the invocies (4196 and 4304)", "las fatcuras (746, 809)": its letters, first two in place.
_INVOICE_WORDS = ("invoices", "invoice", "factures", "facture", "facturen", "factuur", "facturas", "factura", "fatture",
                  "fattura", "faturas", "fatura", "rechnungen", "rechnung")
_SWAPPED = {(w[:2], "".join(sorted(w))) for w in _INVOICE_WORDS}


def _misspelt_bracketed(before: str) -> bool:
    if not before.endswith("("):
        return False
    words = re.findall(r"[^\W\d_]{6,}", re.split(r"[.()\n]", before[:-1])[-1][-60:].lower())
    return any(w not in _INVOICE_WORDS and (w[:2], "".join(sorted(w))) in _SWAPPED for w in words)


_BRACKET_EXAMPLE = re.compile(rf"\({_EXAMPLE}$")


def _bracket_before(before: str) -> str:
    """ `before` up to its bracket, without a "z. B." / "e.g." that opens it."""
    m = _BRACKET_EXAMPLE.search(before)
    return before[:m.start() + 1] if m else before


# After a greeting the number starts the sentence all the same: "Hi, 5232 was paid in full".
_AFTER_GREETING = re.compile(
    r"(?im)^\s*(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon)|bonjour|bonsoir|salut|hola|buenos\s+d[íi]as"
    r"|hallo|guten\s+(?:tag|morgen)|moin)\b[^.\n]{0,25}?[,!]\s*$")
_CUE_AFTER = re.compile(
    rf"(?i)^\s+(?:one|ones|{_INVOICE_NOUN}|paid|settled|cleared|approved"
    r"|réglées?|payées?|bezahlt|beglichen|pagadas?|pagat[aoie]|betaald|pag[ao]s?|zapłacon[aey]|balance"
    # "724 and 820 are overdue", "4417 is still outstanding"
    r"|(?:is|are|was|were)\s+(?:still\s+|now\s+|both\s+|all\s+)?(?:overdue|outstanding|unpaid|past\s+due))\b")
# At the start of a sentence or list item, followed by a verb or a dash: "4632 was paid", "1. 4753 – ..."
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:[-•*·]\s*|\(?\d{1,2}[.)]\s+|\()?$")
_VERB_AFTER = re.compile(
    r"(?i)^(?:\s*[-–—:]\s|\s+(?:was|is|has|have|had|went|got|gets|will|were|are|should|shall|needs?|must|can"
    r"|could|remains?|looks|seems|appears|est|a|ont|sont|sera|seront|va|vont|doit|reste|ist|wurde|wird|war|hat|sind|fue|está"
    r"|es|ha|será|sigue|è|sono|sarà|verrà|werd|wordt|zal|foi"
    r"|still|also|already|not|noch|encore|toujours|todavía|aún|ancora|ainda|nog)\b)")
# A list item may carry a note on what is left of it: "(694 balance, 807 and 1019)".
_LIST_NOTE = re.compile(r"(?i)^\s+(?:balance|remainder|the\s+rest|(?:for|pour)\s+(?:the|le)\s+(?:balance|solde)"
                        r"|in\s+part|en\s+partie|solde|Rest(?:betrag)?|saldo)\s*[,;]\s*$")
_LIST_AFTER = re.compile(
    r"(?i)^\s*(?:,|&|\+|and|et|und|y|e|en|i|or|ou|oder|o)\s*(?:(?:the|la|le|les|die|der|el|il|de|het|a|as|o|os)\s+)?$")
# Words right before a number that make it something else: "unit 4", "suite 200", "in 2026".
_NOT_BEFORE_WORD = re.compile(
    r"""(?ix)(?:unit|suite|room|box|apt|flat|floor|bldg|building|no|nr|num|n[°º]|number|code|pin|ext
    |extension|poste|route|flight|gate|bus|batch|lot|serial|model|part|item|article|art|sku|page|p|pp|section
    |clause|version|v|at|since|in|from|until|till|by|year|years|fy|q|week|kw|cw|semaine|woche|dès|depuis|jusqu'?au?
    |ab|bis|seit|desde|hasta|approx|approximately|around|environ|ca|circa|over|under|than|plus|moins|x|qty
    |quantity|quantité|menge|cantidad|zip|postcode|cp|plz|bp|cs|cedex|ach|wire|swift|confirmation|conf
    |eft|remittance|voucher|receipt|virement|remesa
    |trace|transaction|tx|ticket|case|order|po|dossier|bl|dn|grn|asn|delivery|livraison|lieferschein|albar[áa]n|mandat|chèque|cheque
    |ref|réf|reference|référence|id|account|acct|compte|konto|cuenta|sort|routing|aba|store|shop|branch
    |magasin|filiale|site|depot|dépôt|bureau|office|§|article|artículo|artikel|form|formulaire|issue|act|chapter
    |chapitre|title|titre|rule|règle|said|sai|cpa|u\.s\.c|usc|ending|ends?|finissant|termine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre
    |novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december
    |jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[€$£]|eur|usd|gbp|chf|cad|aud|euros?|dollars?)"""
)
# Words right after a number that make it a quantity, a time, money or part of an address.
_NOT_AFTER = re.compile(
    r"""(?ix)^\s*(?:x\b|×|pcs|pieces?|pièces?|units?|unités?|cases?|caisses?|boxes|boîtes?|cartons?|pallets?|palettes?
    |bottles?|bouteilles?|items?|articles?|bags?|sacs?|rolls?|rouleaux|packs?|paquets?|colis|kg|kgs|kilos?|g\b|lbs?
    |t\b|tons?|tonnes?|km|m\b|m2|m²|cm|mm|l\b|litres?|liters?|ml|hours?|hrs?|h\b|heures?|minutes?|mins?|days?
    |jours?|j\b|weeks?|semaines?|months?|mois|years?|ans?|années?|people|persons?|staff|employees|covers
    |couverts|rooms?|chambres?|nights?|nuits?|pax|guests?|seats?|copies|pages?|sq|ft|feet|meters?|mètres?
    |stück|stk|kisten|paletten|kartons|tage|wochen|monate|jahre|unidades|cajas|piezas|días|semanas|meses|años
    |stuks?|dozen|dozijn|kratten|rollen|dagen|weken|maanden|jaar|bokse|dae|weke|maande
    |pezzi|pezzo|colli|collo|cartoni|scatole|bancali|casse|confezioni|unità|giorni|settimane|mesi|anni
    |caixas|paletes|peças|pecas|volumes|rolos|dias|anos|unitats|caixes|palets|peces|dies|setmanes|mesos|anys
    |€|\$|£|eur\b|usd\b|gbp\b|chf\b|cad\b|aud\b|euros?|dollars?|pounds?|francs?|bucks|quid
    |st\b|street|rd\b|road|ave\b|avenue|rue|bd\b|boulevard|lane|drive|way\b|place\b|square|strasse|straße|str\b|weg\b
    |platz|calle|avenida|via\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock|uhr\b|hrs\b|percent|pour\s*cent|prozent)(?![\w'’])
    |^\s*(?:of|out\s+of|sur|von|de)\s+(?:the\s+)?\d"""
)
# Lines with a phone number or a company register: their numbers are never references.
_CONTACT_LINE = re.compile(
    r"""(?ix)(?:\b(?:tel|tél|phone|ph|mob|mobile|cell|fax|portable|handy|telefon|teléfono|t|m|f|p|d)\.?\s*[:.]?\s*
    (?:\+|\(\d|\d{2,}[\s.\-]\d)|\bregistered\s+(?:in|no|number|office)|\bcompany\s+(?:no|number|reg)
    |\b(?:reg|registration)\.?\s+(?:no|number)|\b(?:po|p\.o\.)\s+box\b|\bpostfach\b|\bapartado\b|\bcedex\b
    |www\.|https?://)"""
)
# A street or a postcode around the number: "Rue des Brasseurs 118", "1180 Pearl St", "5000 Namur".
_STREET_BEFORE = re.compile(
    r"(?i)(?:\b(?:rue|chemin|allée|avenue|av\.|boulevard|boul\.|bd|impasse|quai|route|chaussée|calle|avenida|via"
    r"|viale|piazza|plaza|paseo|carrer|rua|straat|laan|gasse|straße|strasse|str\.)(?:\s+[\w'’.-]+){0,4}"
    r"|\w(?:straße|strasse|str\.|weg|gasse|platz|gracht|straat|laan|plein|kade|vej|gade))\s+$")
_STREET_AFTER = re.compile(
    r"^(?:,?\s+(?i:rue|boul\.?|boulevard|bd|av\.?|avenue|chemin|route|place|allée|impasse|quai|chaussée|calle"
    r"|avenida|via)\b|\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Drive|Dr|Way|Blvd|Boulevard|Place"
    r"|Pl|Square|Sq|Parade|Close|Court|Ct|Crescent|Terrace|Row|Hill|Park|Works|Estate|Quay|Wharf|Highway|Hwy)\b)")
_POSTCODE = re.compile(r"^\s+(?!(?:Fri|Mon|Tue|Wed|Thu|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*)"
                       r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?\s*(?:$|[,.;|–—\-(]|\n)")
_STREETISH = re.compile(
    r"(?i)rue|chemin|all[ée]e|avenue|av\.|boul|bd\b|impasse|quai|route|chauss|calle|avenida|via|piazza|plaza"
    r"|paseo|carrer|rua|straat|laan|gasse|stra(?:ss|ß)e|str\.|weg\b|platz|gracht|plein|kade|vej|gade")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b")
_US_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
                  "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# A plural noun or an acronym right after the number makes it a quantity or a product: "220 réglettes",
# "the 316 stainless flanges", "the 220 LED strips".
_QUANTITY_AFTER = re.compile(
    r"""(?x)^\s+(?:[A-Z]{2,}\b|(?!(?:was|has|is|its|this|thus|yes|pls|plus|thanks|unless|ones|invoices|bills
    |factures|facturas|pas|sous|dans|vous|nous|les|des|mes|ses|ces|tes|nos|vos|leurs|alors|depuis|après|apres
    |jamais|toujours|aussi|puis|mais|sans|chez|vers|dès|lors|fois|his|ours|yours|always|perhaps|towards|across
    |less|besides|als|bis|alles|etwas|uns|los|las|mas|más|pues|después|antes|entonces|ellos|nosotros|us
    |days|weeks|months|goes|does|needs|remains|seems|looks|shows|says|comes|gets|makes|takes|stays|sits|belongs
    |relates|refers|covers|includes|contains|appears|means|lands|clears|leaves|arrives|runs|works|matches
    |reflects|states|lists|pays|owes|totals|amounts|concerns|corresponds|hits|reaches|falls|becomes|bears
    |carries|dates|shows|sounds|exists|applies|requires|wants|keeps|happens|isn|wasn|doesn
    |lunes|martes|mi[ée]rcoles|jueves|viernes|dilluns|dimarts|dimecres|dijous|divendres|mardis|jeudis)\b)[a-zà-ÿ]{3,}s\b)""")
# After "the" + number, an English sentence goes on with one of these (else "the 316 flanges").
_THE_FOLLOW = re.compile(
    r"(?i)^(?:\s*(?:$|[.,;:!?)(\-–—'’\"]|\n)|\s+(?:one|ones|invoices?|bills?|and|or|&|is|was|has|had|have|will|were|are"
    r"|be|been|can|could|would|should|must|may|might|needs?"
    r"|from|dated|which|that|you|we|i|please|pls|also|too|still|as|in|on|for|to|of|with|because|but|so|again"
    r"|now|yet|since|isn't|wasn't|hasn't|won't"
    r"|ainda|já|nem|não|fica|foi|está|será|vai|também|encara|ja|està|serà|de|do|da"
    r"|e|y|et|vão|são|son|sono|ficam|seguem|foram|fueron|na|nas|nos|no|em|com|con|pelo|pela|por)(?![\w]))")


_GERMAN_ARTICLES = {"die", "der", "den"}
_YEAR_ARTICLES = {"die", "la", "las"}
_YEAR_PREPOSITIONS = {"in", "im", "en", "dans", "seit", "bis", "ab", "desde", "hasta", "depuis", "für", "pour", "para",
                      "per", "da", "nella", "durante", "über", "of", "de", "von"}
# "per la 1970", "pour la 2014", "para la 1998": a year is masculine in Italian, French and Spanish;
# "la" after "for" names the invoice ("la fattura/facture/factura")
_FOR = {"per", "pour", "para"}
_OF_AMOUNT = re.compile(r"(?i)\s+(?:of|de|von|über|di|da|do|van)\s+")
_IN_BRACKETS = "in brackets after the invoices it names"
# "A 1391 ainda nem venceu": a one-letter article opening a sentence is no code in capitals
_CAPITAL_ARTICLE = re.compile(r"(?:^|[.!?]\s+|\n\s*)[AO]\s+$")


def _overlap(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


# A full stop after a whole word (not an abbreviation: "No. 417", "approx. 1500", "Tel. 0316") or
# "!" / "?" ends the sentence: the words before it say nothing about the number that opens the next.
_SENTENCE_END = re.compile(
    r"(?:[!?]|(?<![\w.])(?!(?i:approx|bldg|sept|conf|acct|tél|ref|réf|nbr|dept|cust|cont|ceo|incl|ltd|corp|bros)\.)"
    r"[^\W\d_]{4,}\.)\s+$")


def _last_words(before: str) -> list[str]:
    """The last two words before a number, lower case, without the punctuation around them
    ("confirmation # 123" gives "confirmation"); none when the number is glued to something."""
    if before and not before[-1].isspace():
        return []
    if _SENTENCE_END.search(before):
        return []  # "... the ticket. 261683 is approved", "next week. 1122 will wait": a new sentence
    words = [w.strip("([{«“\"'").rstrip(".:#,;").lower() for w in before.split()[-4:]]
    return [w for w in words if any(c.isalnum() for c in w)][-2:]


# "amount of 4417", "montant de 4417", "cheque of 1250": money, not a reference.
_MONEY_NOUNS = {"amount", "montant", "sum", "somme", "total", "balance", "solde", "betrag", "summe", "importe",
                "monto", "saldo", "suma"}
_PAYMENT_NOUNS = {"payment", "paiement", "zahlung", "pago", "cheque", "chèque", "check", "virement", "transfer",
                  "wire", "überweisung", "transferencia", "deposit", "acompte", "instalment", "installment"}
_OF = {"of", "de", "du", "d'un", "von", "über", "del", "por"}


# "the balance on 841"; "il saldo della 645" (with an article: "la [fattura] 645")
_ON_INVOICE = {"on", "for", "against", "sur", "auf", "für", "zu", "en", "della", "delle", "dello", "sulla", "dalla",
               "alla"}


def _money_before(words: list[str]) -> bool:
    # (not "pour le solde, 4556, 4577": a number between the noun and this one is a list's)
    return len(words) == 2 and not words[1][0].isdigit() and ((words[0] in _MONEY_NOUNS and words[1] not in _ON_INVOICE)
                                or (words[0] in _PAYMENT_NOUNS and words[1] in _OF))


def _cue_before(words: list[str]) -> str | None:
    """ "paid 4204", "for the 4726 one", "la 746": the word that makes the number a reference."""
    if not words:
        return None
    last, previous = words[-1], words[0] if len(words) == 2 else ""
    if _ARTICLE_WORD.fullmatch(last):
        if previous and _CUE_WORD.fullmatch(previous):
            return previous
        return last
    return last if _CUE_WORD.fullmatch(last) else None


_OPENS_WITH_NUMBER = re.compile(rf"{_EXAMPLE}\d{{3,}}(?![\w.,]\d)")


def _in_invoice_brackets(text: str, line_start: int, start: int) -> bool:
    """Further inside the brackets opened after invoices with a number: "les factures antérieures
    (4548 pour le solde, 4556, 4577)" lists invoices up to its closing bracket (not "the invoices
    are wrong (we were told 4577 ...)")."""
    opened = text.rfind("(", line_start, start)
    return opened >= 0 and ")" not in text[opened:start] and bool(_OPENS_WITH_NUMBER.match(text, opened + 1)) and bool(
        _BRACKETED.search(text, max(line_start, opened - 60), opened + 1))


# What may stand between a number opening a sentence and its verb: its amount in brackets, "4299
# (£1,950) is scheduled", or the other numbers of a list, "4318 and 4409 are for ...".
_BEFORE_VERB = re.compile(r"\s*\([^()\n]{1,25}\)|(?:\s*(?:,|&|and|et|und|og|och|y|e)\s*\d{3,10}(?![\w.,]\d))+")


# an amount written with its cents and no currency: "8.735,50", "15 210,00", "1,713.24"
_DECIMAL_AMOUNT = re.compile(r"\d{1,3}(?:[.,\u00a0 ']\d{3})*[.,]\d\d(?![\d.,])")


def _verb_part(text: str, end: int) -> str:
    skipped = _BEFORE_VERB.match(text, end)
    return text[skipped.end() if skipped else end:][:30]


def find_bare_numbers(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[BareNumber]:
    """Numbers written without an invoice word that may be invoice references (see the module
    docstring). `taken`: spans already read as references (or as anything else)."""
    amounts = find_amounts(text)
    amount_starts = {a.start for a in amounts}
    blocked = list(taken) + identifier_spans(text) + [(a.start, a.end) for a in amounts]
    found: list[BareNumber] = []
    lines: dict[int, tuple[bool, bool, bool]] = {}  # line start → (contact, UK postcode, street word)
    for m in _BARE_ANY.finditer(text):
        start, end = m.span()
        number = m.group(1)
        if _overlap(start, end, blocked) or _DATE.fullmatch(number):
            continue
        significant = number.lstrip("0")
        if len(significant) < 3:
            continue
        short = len(significant) <= 4
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in lines:
            line_end = text.find("\n", end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            lines[line_start] = (bool(_CONTACT_LINE.search(line)), bool(_UK_POSTCODE.search(line)),
                                 bool(_STREETISH.search(line)))
        contact, uk_postcode, streetish = lines[line_start]
        before, after = text[max(line_start, start - 40):start], text[end:end + 30]
        words = _last_words(before)
        if (streetish and _STREET_BEFORE.search(before)) or _STREET_AFTER.match(after) or (
                re.search(r"(?:^|[,–—|]\s*)$", text[line_start:start]) and _POSTCODE.match(after)):
            continue  # "Rue des Brasseurs 118", "1180 Pearl St", "3 place du Bouffay – 44000 Nantes"
        state = re.search(r"(?:^|[\s,])([A-Z]{2}),?\s$", before)
        if len(number) in (5, 9) and state and state.group(1) in _US_STATES:
            continue  # a US ZIP code after the state: "Boulder CO 80302" (not "RE 18535")
        of_amount = _OF_AMOUNT.match(text, end)
        # "A 1333 de 968,24 €", "invoice 4417 of €1,250.00": "of" an amount is the invoice's sum, not "79 of 120"
        of_amount = bool(of_amount) and of_amount.end() in amount_starts
        if contact or (words and _NOT_BEFORE_WORD.fullmatch(words[-1])) or (_NOT_AFTER.match(after) and not of_amount) \
                or before.rstrip()[-1:] in ("$", "€", "£", "§"):
            continue
        if re.search(r"\d[ \u00a0]$", before) or re.match(r"[ \u00a0]\d", after):
            continue  # a group of digits: "555 014", "12 345"
        if not short:
            if number[0] == "0" and len(number) > 6:
                continue  # phone-like run ("0612345678")
            found.append(BareNumber(ReferenceMention(number, start, end, normalize_reference(number), "bare"),
                                    False, "a long number"))
            continue
        if uk_postcode or _money_before(words):
            continue  # "a total of 4417", "un montant de 4417", "payment of 1250"
        if re.search(r"(?i)\d\s+(?:of|out\s+of|sur|von|de|from)\s+(?:the\s+)?$", before):
            continue  # "79 of 120"
        dash = re.match(r"\s*[-–]\s*(?=\d)", after)
        if re.search(r"[\d,.]\s*[-–]\s*$", before) or (dash and end + dash.end() not in amount_starts
                                                       and not _DECIMAL_AMOUNT.match(text, end + dash.end())):
            continue  # a range: "100-150", "3 – 4" (not "with 0793 - 39 280,00 EUR" nor "4617 - 8.735,50", its amount)
        if _QUANTITY_AFTER.match(after) and not (words and words[-1] in _GERMAN_ARTICLES):
            continue  # (German writes its nouns with a capital: "die 2047 überweis ich" is no quantity)
        cue = None
        word = _cue_before(words)
        if _YEAR.fullmatch(number):
            if words and words[-1] in _YEAR_ARTICLES and not (len(words) == 2 and words[0] in _YEAR_PREPOSITIONS
                                                                and not (words[-1] == "la" and words[0] in _FOR)) \
                    and before.rstrip().split()[-1].islower():
                # "überweise die 2047", "dann die 2006", "on règle la 2031": inside a sentence a feminine
                # article names the invoice ("die Rechnung", "la facture/fattura/factura"); a year goes
                # without one, after "in", or opens the sentence with it ("Die 2025 war ein gutes Jahr")
                cue = f'after "{words[-1]}"'
            elif not _CUE_AFTER.match(after):
                continue  # "in 2026", "Act 1986": a year, unless "the 2026 invoice" and confirmed
        elif int(number) % 100 == 0:
            cue = None  # "pay 500": only the caller's confirmation makes it a reference
        elif word is not None and (word.upper() not in before.split()[-3:] or _CAPITAL_ARTICLE.search(before)) \
                and (word not in _ENGLISH_ARTICLES or _THE_FOLLOW.match(after)):  # "PAY 2211" is a code
            cue = f'after "{word}"'
        elif _CUE_AFTER.match(after):
            cue = f'before "{after.split()[0].lower()}"'
        elif _BRACKETED.search(_bracket_before(before)) or _misspelt_bracketed(before) or _in_invoice_brackets(text, line_start, start):
            cue = _IN_BRACKETS
        elif (_SENTENCE_START.search(text[max(0, start - 12):start])
              or _AFTER_GREETING.search(text, line_start, start)) and _VERB_AFTER.match(_verb_part(text, end)):
            cue = "at the start of a sentence"
        elif number[0] == "0" and len(number) >= 4:
            cue = "written with leading zeros"
        found.append(BareNumber(ReferenceMention(number, start, end, normalize_reference(number), "bare"),
                                True, cue))
    # "la double facturation de la 4102/4103": two numbers of one length joined by a slash
    for m in _SLASH_PAIR.finditer(text):
        if len(m[1]) != len(m[2]) or _YEAR.fullmatch(m[1]) or _overlap(m.start(), m.end(), blocked):
            continue
        for g in (1, 2):
            significant = m[g].lstrip("0")
            if len(significant) >= 3:
                found.append(BareNumber(ReferenceMention(m[g], m.start(g), m.end(g), normalize_reference(m[g]),
                                                         "bare"), len(significant) <= 4, "one of a pair written with a slash"))
    found.sort(key=lambda b: b.mention.start)
    # Numbers in one list share a cue: "(4196 and 4304)", "la 746 et la 809".
    for _ in range(2):
        for i, b in enumerate(found):
            if not b.short or b.cue or _YEAR.fullmatch(b.mention.text):
                continue
            # a round hundred only closing a list in brackets after invoices: "les 2 factures (404 et 700)"
            round_hundred = int(b.mention.text) % 100 == 0
            if round_hundred and not text[b.mention.end:b.mention.end + 2].lstrip().startswith(")"):
                continue
            for j in (i - 1, i + 1):
                if round_hundred and (j != i - 1 or found[j].cue != _IN_BRACKETS):
                    continue
                if 0 <= j < len(found) and found[j].cue and found[j].short:
                    a, z = sorted((found[i].mention, found[j].mention), key=lambda x: x.start)
                    between = text[a.end:z.start]
                    if (_LIST_AFTER.match(between) and len(between) <= 12) or _LIST_NOTE.match(between):
                        found[i] = BareNumber(b.mention, True, f"listed with {found[j].mention.text}")
                        break
    return found


# --- resolving --------------------------------------------------------------------------

# Letters customers put before any number; they do not name a series.
_GENERIC_LETTERS = {"", "INV", "INVOICE", "IN", "FACT", "FACTURE", "FACTURA", "RE", "RG", "RECHNUNG", "NO",
                    "NR", "N", "REF", "BILL"}
_MAX_ALTERNATIVES = 10
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"


def _one_edit_variants(s: str, alphabet: str = _ALPHABET) -> set[str]:
    """Every string one insertion, deletion, substitution or neighbour swap away from `s`.

    Looking these up in a dict finds all index keys at OSA distance 1 in about a thousand
    lookups, however large the index (a scan with rapidfuzz costs ~40 ms per 100k keys).
    """
    variants = set()
    for i in range(len(s) + 1):
        for c in alphabet:
            variants.add(s[:i] + c + s[i:])
        if i < len(s):
            variants.add(s[:i] + s[i + 1:])
            for c in alphabet:
                variants.add(s[:i] + c + s[i + 1:])
        if i + 1 < len(s):
            variants.add(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    variants.discard(s)
    return variants


class ReferenceIndex:
    """Invoice numbers indexed for `resolve`: by text, key, digits and numeric tail.

    `customer=True`: the numbers are one customer's, so short typos and endings may be
    resolved too (among a few invoices they are unambiguous; among a ledger they are not).
    """

    def __init__(self, invoice_numbers: Iterable[str], *, customer: bool = False):
        self.customer = customer
        self._key: dict[str, list[str]] = {}  # normalize_reference, and the compact form with zeros
        self._digits: dict[str, list[str]] = {}  # "202600417" and "2026417"
        self._tail: dict[tuple[str, ...], list[str]] = {}  # every suffix of the digit runs
        self._letters: dict[str, str] = {}
        self._last: dict[str, list[str]] = {}  # customer only: last digit run, with and without zeros
        self._all_digits: dict[str, str] = {}  # customer only: number → all its digits
        self._endings: dict[str, list[str]] | None = None  # built on the first "ending" mention
        for number in dict.fromkeys(invoice_numbers):
            shape = _Shape.of(number)
            self._letters[number] = shape.letters
            self._key.setdefault(shape.key, []).append(number)
            if shape.compact != shape.key:
                self._key.setdefault(shape.compact, []).append(number)
            for digits in shape.digits:
                self._digits.setdefault(digits, []).append(number)
            for i in range(len(shape.runs)):
                self._tail.setdefault(shape.runs[i:], []).append(number)
            if customer and shape.runs:
                last_part = _parts(number)[-1]
                raw_last = last_part if last_part[0].isdigit() else None
                for last in {shape.runs[-1], raw_last} - {None}:
                    self._last.setdefault(last, []).append(number)
                self._all_digits[number] = "".join(c for c in number if c.isdigit())

    def __len__(self) -> int:
        return len(self._letters)

    def lookup(self, text: str) -> tuple[str, ...]:
        """The invoice numbers `text` is exactly, or but for case, separators and leading
        zeros (the "exact" and "normalized" rules only: two dictionary lookups)."""
        if text in self._letters:
            return (text,)
        shape = _Shape.of(text)
        return tuple(sorted(set(self._key.get(shape.key, []) + self._key.get(shape.compact, []))))

    def _compatible(self, mention_letters: str, number: str) -> bool:
        return mention_letters in _GENERIC_LETTERS or mention_letters == self._letters[number]

    def resolve(self, mention: ReferenceMention) -> ReferenceResolution:
        wrote = f'wrote "{mention.text}"'
        if mention.kind == "po":
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, a purchase order number, not an invoice number")
        if mention.kind == "ending":
            return self._ending(mention)
        if mention.kind == "structured":
            return self._structured(mention)
        if mention.text in self._letters:
            return self._decide(mention, [mention.text], "exact", 1.0, f"{wrote}, exactly invoice {{}}")
        shape = _Shape.of(mention.text)
        same = sorted(set(self._key.get(shape.key, []) + self._key.get(shape.compact, [])))
        if same:
            return self._decide(mention, same, "normalized", 0.95,
                                f"{wrote}, matches {{}} ignoring case, separators and leading zeros")
        if mention.kind == "exact":
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, letters that usually mark something else (a postcode, a "
                                       "unit, a currency): read only as exactly an invoice number")
        if mention.kind == "bare" and not self.customer:
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, a number written alone: only read among the writer's own invoices")

        by_digits: set[str] = set(self._tail.get(shape.runs, [])) if shape.runs else set()
        for digits in shape.digits:
            by_digits.update(self._digits.get(digits, []))
        suffix = sorted(n for n in by_digits if self._compatible(shape.letters, n))
        if suffix:
            return self._decide(mention, suffix, "suffix", 0.85,
                                f"{wrote}, matches {{}} by its number without prefix and leading zeros")

        if self.customer and len(shape.runs) == 1 and shape.letters in _GENERIC_LETTERS:
            # "inv 4302" for BH204302, "invoice 476" for IL-38476: the tail of one digit run
            written = shape.digits[0]
            # at least half the run: "1302" is no way to write 9100051302
            ending = [n for n in (self._ending_numbers(written) if 3 <= len(written) <= 8 else [])
                      if 2 * len(written) >= len(_parts(n)[-1])]
            if ending:
                return self._decide(mention, ending, "ending", 0.75,
                                    f"{wrote}, the only invoice of this customer whose number ends in "
                                    f"{written} is {{}}")
        if sum(len(r) for r in shape.runs) >= 5 and mention.kind != "bare":
            fuzzy = self._fuzzy(shape)
            if fuzzy:
                first = sorted(fuzzy)[0]
                return self._decide(mention, sorted(fuzzy), "fuzzy", 0.7,
                                    f"{wrote}, close to {{}} ({fuzzy[first]}); no other invoice is that close")
        if self.customer and mention.kind != "bare":
            short = self._short_fuzzy(shape)
            if short:
                first = sorted(short)[0]
                return self._decide(mention, sorted(short), "fuzzy", 0.6,
                                    f"{wrote}, close to the number of {{}} ({short[first]}); no other "
                                    f"invoice of this customer is that close")
        return ReferenceResolution(mention, None, 0.0, "none", f"{wrote}, no invoice matches")

    def _short_fuzzy(self, shape: _Shape) -> dict[str, str]:
        """One customer's invoices whose last digit run is one typo away from a number of 4+
        written digits ("4356" → "…/04365", "00745" → "…-00754")."""
        if len(shape.runs) != 1 or shape.letters not in _GENERIC_LETTERS:
            return {}
        found: dict[str, str] = {}
        for query in dict.fromkeys(shape.digits):
            if len(query) < 4:
                continue
            for variant in _one_edit_variants(query, _DIGITS):
                if variant[0] == "0" and len(variant) < len(query):
                    continue
                if len(query) < 5 and len(variant) < len(query):
                    continue  # "4356" is not "435" with a digit too many: too short to tell
                for number in self._last.get(variant, ()):
                    found.setdefault(number, _describe_edit(query, variant))
        return found

    def _ending(self, mention: ReferenceMention) -> ReferenceResolution:
        wrote = f'wrote "… {mention.text}"'
        if not self.customer:
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, an ending: only resolved among the writer's own invoices")
        numbers = self._ending_numbers(mention.text)
        if not numbers:
            return ReferenceResolution(mention, None, 0.0, "none", f"{wrote}, no invoice of this customer ends so")
        return self._decide(mention, numbers, "ending", 0.75,
                            f"{wrote}, the only invoice of this customer ending in {mention.text} is {{}}")

    def _structured(self, mention: ReferenceMention) -> ReferenceResolution:
        """The customer's only invoice whose digits (6+ of them; else its last digit run, 5+ with
        its zeros) are written inside a structured communication: "+++250/7510/10562+++" holds
        MB25-07510's "2507510"."""
        wrote = f'wrote the structured communication "{mention.text}"'
        if not self.customer:
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}: only read among the writer's own invoices")
        ten = "".join(c for c in mention.text if c.isdigit())[:10]
        # 4+ digits besides leading zeros: "INV-000001" is not in "+++000/0001/23456+++"'s zeros
        numbers = sorted(n for n, d in self._all_digits.items() if len(d) >= 6 and len(d.lstrip("0")) >= 4
                         and d in ten)
        how = "holds all the digits of"
        if not numbers:
            last = {n: _parts(n)[-1] for n in self._all_digits}
            numbers = sorted(n for n, run in last.items() if run.isdigit() and len(run) >= 5
                             and len(run.lstrip("0")) >= 4 and run in ten)
            how = "holds the number of"
        if not numbers:
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, which holds no invoice number of this customer")
        return self._decide(mention, numbers, "structured", 0.8,
                            f"{wrote}, which {how} {{}}, the only such invoice of this customer")

    def _ending_numbers(self, digits: str) -> list[str]:
        """This customer's invoices whose digits end with `digits` (3 to 8 of them)."""
        if self._endings is None:
            self._endings = {}
            for number, all_digits in self._all_digits.items():
                for n in range(3, min(len(all_digits), 8) + 1):
                    self._endings.setdefault(all_digits[-n:], []).append(number)
        return sorted(self._endings.get(digits, ()))

    def _fuzzy(self, shape: _Shape) -> dict[str, str]:
        """Invoices one typo away, with the typo described."""
        found: dict[str, str] = {}
        queries = [(shape.key, self._key)]
        if shape.letters in _GENERIC_LETTERS:
            queries += [(digits, self._digits) for digits in shape.digits]
        for query, table in queries:
            # A table of digits is looked up with digit variants only: the same answers, fewer lookups.
            for variant in _one_edit_variants(query, _DIGITS if table is self._digits else _ALPHABET):
                for number in table.get(variant, ()):
                    if self._compatible(shape.letters, number) and OSA.distance(query, variant) == 1:
                        found.setdefault(number, _describe_edit(query, variant))
        return found

    def _decide(self, mention: ReferenceMention, numbers: Sequence[str], method: str, score: float,
                template: str) -> ReferenceResolution:
        if len(numbers) == 1:
            return ReferenceResolution(mention, numbers[0], score, method, template.format(numbers[0]))
        shown = tuple(numbers[:_MAX_ALTERNATIVES])
        more = f" and {len(numbers) - len(shown)} more" if len(numbers) > len(shown) else ""
        return ReferenceResolution(
            mention, None, 0.0, "ambiguous",
            f'wrote "{mention.text}", which fits {len(numbers)} invoices equally well '
            f"({', '.join(shown)}{more}); not resolved",
            shown,
        )


def _describe_edit(written: str, number: str) -> str:
    if len(written) < len(number):
        return "one character missing"
    if len(written) > len(number):
        return "one character too many"
    if Levenshtein.distance(written, number) == 2:
        return "two neighbouring characters swapped"
    return "one character different"


def resolve_references(mentions: Sequence[ReferenceMention],
                       invoice_numbers: Sequence[str] | ReferenceIndex) -> list[ReferenceResolution]:
    """Resolve each mention against the ledger's invoice numbers (or a prebuilt index)."""
    index = invoice_numbers if isinstance(invoice_numbers, ReferenceIndex) else ReferenceIndex(invoice_numbers)
    return [index.resolve(m) for m in mentions]
