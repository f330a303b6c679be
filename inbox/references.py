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
  ("po" when a PO/order word comes just before: "our PO was 4500012345").
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
edit for the explanation. Purchase-order mentions are not resolved.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from inbox.amounts import find_amounts, identifier_spans

__all__ = [
    "ReferenceMention", "ReferenceResolution", "ReferenceIndex",
    "normalize_reference", "find_reference_candidates", "resolve_references",
]


@dataclass(frozen=True, slots=True)
class ReferenceMention:
    text: str  # as written, without its label ("417" for "invoice #417")
    start: int
    end: int
    key: str  # normalize_reference(text)
    kind: str = "invoice"  # "invoice" | "po" | "unknown"


@dataclass(frozen=True, slots=True)
class ReferenceResolution:
    mention: ReferenceMention
    invoice_number: str | None
    score: float  # 0..1
    method: str  # exact | normalized | suffix | fuzzy | ambiguous | none
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


# --- finding ----------------------------------------------------------------------------

# Written before a number, these make it an invoice reference in "invoice #417".
_INVOICE_WORD = (
    r"invoices?|inv|invoice\s+numbers?|bills?|"
    r"factures?|fact|fac|fa|num[ée]ro\s+de\s+facture|n[°º]\s+de\s+facture|"
    r"rechnung(?:en)?|rechnungs(?:nummer|nr)|re\.?-?nr|rg\.?-?nr|rgnr|rg|beleg(?:nummer|nr)?|"
    r"facturas?|fra|n[úu]mero\s+de\s+factura"
)
_PO_WORD = (
    r"p\.?o\.?|purchase\s+orders?|orders?|commandes?|bon\s+de\s+commande|bc|"
    r"bestellung(?:en)?|bestell(?:nummer|nr|-nr)|auftrag|pedidos?|orden\s+de\s+compra|oc"
)
_LOOSE_WORD = r"n[°º]|no|nr|num|núm|\#|ref|réf|référence|reference|referenz|referencia"
_NUMBER_LABEL = r"(?:numbers?|no|n[°º]|nr|num(?:ber|éro|ero)?|núm(?:ero)?|nummer|\#)\.?"
_LABELLED = re.compile(
    rf"""(?ix)(?<![\w])(?:(?P<inv>{_INVOICE_WORD})|(?P<po>{_PO_WORD})|(?P<loose>{_LOOSE_WORD}))
    (?<![^\W\d_][.])\.?(?:\s*{_NUMBER_LABEL})?\s*[:#]?\s*(?:de\s+|del\s+)?(?=[A-Za-z]{{0,6}}[-/_.]?\d)"""
)
_TOKEN = re.compile(r"[A-Za-z]{0,6}[-/_.]?\d[A-Za-z0-9]*(?:[-/_.][A-Za-z0-9]+)*")
_LIST_JOIN = re.compile(r"(?i)\s*(?:,|;|&|\+|and|et|und|y|e|/)\s*(?:(?:inv|#|n[°º]|no\.?|nr\.?)\s*)?")
# Labels of numbers that are not invoices; the number right after them is skipped.
_OTHER_LABEL = re.compile(
    r"""(?ix)\b(?:customer|client|kunden?(?:nummer|nr)?|cliente|account|compte|konto|cuenta|contract|contrat|vertrag
    |contrato|siret|siren|tva|vat|ust|tel|tél|phone|fax|iban|bic|ticket|case|dossier|shipment|delivery
    |livraison|lieferschein|bordereau|tracking|colis|sendung|albar[áa]n|mandat|mandate|sepa|cheque|chèque
    |check|scheck)\b(?:[\s-]*{0})?\s*[:#]?\s*$""".format(_NUMBER_LABEL)
)
_CODED = re.compile(
    r"(?<![\w/.\-])(?P<prefix>[A-Za-z]{1,6})(?P<sep>[-_/.#]?)(?P<rest>\d+(?:[-/_.][A-Za-z0-9]+)*)(?![\w])"
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
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{1,2}\.?")
_BARE = re.compile(r"(?<![\w.,/\-'’])[1-9]\d{5,9}(?![\w]|[.,/\-]\d)")
_INVOICE_LINE = re.compile(rf"(?i)\b(?:{_INVOICE_WORD}|invoiced|facturé|factur[ée]e?s?)\b")
_PO_NEAR = re.compile(rf"(?i)(?<![\w])(?:{_PO_WORD})\b[^\d\n]{{0,20}}$")
_AMOUNT_AFTER = re.compile(r"\s?(?:€|\$|£|(?:EUR|USD|GBP|CHF|euros?|dollars?)\b)|[.,]\d|\s?%")


def _kind_for_prefix(prefix: str) -> str:
    p = prefix.upper()
    if p in _PO_PREFIXES:
        return "po"
    return "invoice" if p in _INVOICE_PREFIXES else "unknown"


def _digit_count(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _acceptable_token(text: str, start: int, end: int) -> bool:
    token = text[start:end]
    if _digit_count(token) < 3 or _DATE.fullmatch(token):
        return False
    return not _AMOUNT_AFTER.match(text, end)


def find_reference_candidates(text: str) -> list[ReferenceMention]:
    """Invoice (and purchase-order) references in `text`, in order; see the module docstring."""
    blocked = identifier_spans(text) + [(a.start, a.end) for a in find_amounts(text)]
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
            found.append((0, t.start(), t.end(), kind))
            join = _LIST_JOIN.match(text, t.end())
            if not join or join.end() == t.end():
                break
            pos = join.end()

    for m in _CODED.finditer(text):
        prefix = m["prefix"]
        if prefix.upper() in _NOT_PREFIXES:
            continue
        if _digit_count(m["rest"]) < 3 and not (prefix.upper() in _SHORT_OK_PREFIXES and m["sep"] in "-/#" and m["sep"]):
            continue  # "KW48" is not a reference; "INV-1" is
        if prefix.upper() in _VAT_COUNTRIES - _INVOICE_PREFIXES and re.fullmatch(r"\d{8,12}", m["rest"]) and not m["sep"]:
            continue  # "FR12345678901", "DE123456789": VAT numbers
        if not prefix.isupper() and prefix.upper() not in _INVOICE_PREFIXES | _PO_PREFIXES:
            continue
        if _AMOUNT_AFTER.match(text, m.end()):
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

    accepted: list[tuple[int, int, str]] = []
    for _, start, end, kind in sorted(found, key=lambda f: (f[0], f[1] - f[2])):
        if any(s < end and start < e for s, e in blocked):
            continue
        if any(s < end and start < e for s, e, _ in accepted):
            continue
        if _OTHER_LABEL.search(text, max(0, start - 30), start):
            continue
        accepted.append((start, end, kind))
    accepted.sort()
    return [ReferenceMention(text[s:e], s, e, normalize_reference(text[s:e]), k) for s, e, k in accepted]


# --- resolving --------------------------------------------------------------------------

# Letters customers put before any number; they do not name a series.
_GENERIC_LETTERS = {"", "INV", "INVOICE", "IN", "FACT", "FACTURE", "FACTURA", "RE", "RG", "RECHNUNG", "NO",
                    "NR", "N", "REF", "BILL"}
_MAX_ALTERNATIVES = 10
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _one_edit_variants(s: str) -> set[str]:
    """Every string one insertion, deletion, substitution or neighbour swap away from `s`.

    Looking these up in a dict finds all index keys at OSA distance 1 in about a thousand
    lookups, however large the index (a scan with rapidfuzz costs ~40 ms per 100k keys).
    """
    variants = set()
    for i in range(len(s) + 1):
        for c in _ALPHABET:
            variants.add(s[:i] + c + s[i:])
        if i < len(s):
            variants.add(s[:i] + s[i + 1:])
            for c in _ALPHABET:
                variants.add(s[:i] + c + s[i + 1:])
        if i + 1 < len(s):
            variants.add(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    variants.discard(s)
    return variants


class ReferenceIndex:
    """Invoice numbers indexed for `resolve`: by text, key, digits and numeric tail."""

    def __init__(self, invoice_numbers: Iterable[str]):
        self._key: dict[str, list[str]] = {}  # normalize_reference, and the compact form with zeros
        self._digits: dict[str, list[str]] = {}  # "202600417" and "2026417"
        self._tail: dict[tuple[str, ...], list[str]] = {}  # every suffix of the digit runs
        self._letters: dict[str, str] = {}
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

    def __len__(self) -> int:
        return len(self._letters)

    def _compatible(self, mention_letters: str, number: str) -> bool:
        return mention_letters in _GENERIC_LETTERS or mention_letters == self._letters[number]

    def resolve(self, mention: ReferenceMention) -> ReferenceResolution:
        wrote = f'wrote "{mention.text}"'
        if mention.kind == "po":
            return ReferenceResolution(mention, None, 0.0, "none",
                                       f"{wrote}, a purchase order number, not an invoice number")
        if mention.text in self._letters:
            return self._decide(mention, [mention.text], "exact", 1.0, f"{wrote}, exactly invoice {{}}")
        shape = _Shape.of(mention.text)
        same = sorted(set(self._key.get(shape.key, []) + self._key.get(shape.compact, [])))
        if same:
            return self._decide(mention, same, "normalized", 0.95,
                                f"{wrote}, matches {{}} ignoring case, separators and leading zeros")

        by_digits: set[str] = set(self._tail.get(shape.runs, [])) if shape.runs else set()
        for digits in shape.digits:
            by_digits.update(self._digits.get(digits, []))
        suffix = sorted(n for n in by_digits if self._compatible(shape.letters, n))
        if suffix:
            return self._decide(mention, suffix, "suffix", 0.85,
                                f"{wrote}, matches {{}} by its number without prefix and leading zeros")

        if sum(len(r) for r in shape.runs) >= 5:
            fuzzy = self._fuzzy(shape)
            if fuzzy:
                first = sorted(fuzzy)[0]
                return self._decide(mention, sorted(fuzzy), "fuzzy", 0.7,
                                    f"{wrote}, close to {{}} ({fuzzy[first]}); no other invoice is that close")
        return ReferenceResolution(mention, None, 0.0, "none", f"{wrote}, no invoice matches")

    def _fuzzy(self, shape: _Shape) -> dict[str, str]:
        """Invoices one typo away, with the typo described."""
        found: dict[str, str] = {}
        queries = [(shape.key, self._key)]
        if shape.letters in _GENERIC_LETTERS:
            queries += [(digits, self._digits) for digits in shape.digits]
        for query, table in queries:
            for variant in _one_edit_variants(query):
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
