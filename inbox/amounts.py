"""Read and write money amounts as people type them: "1 234,56 €", "$1,234.56", "CHF 1'234.50".

Pure: no I/O. This is the one parser of written amounts (style guide §4, §12); templates
format with `format_amount`, and `parse_amount(format_amount(v, style)) == v`.

Conventions (precision over recall: a missed amount is better than a wrong one):

* Separators. `.` `,` `'` `’`, space, NBSP, narrow NBSP and thin space may group thousands;
  `.` or `,` may mark decimals. With two kinds of mark the last one is the decimal mark
  ("1.234,56", "1,234.56"). With one mark used once and exactly three digits after it, after
  a first group of 1-3 digits not "0", it groups thousands: "1,234" and "12.500" are 1234
  and 12500 (invoice amounts with three decimals are rare; prices of 12.5 are written
  "12.50"). Otherwise it is the decimal mark ("1,23", "1234.5", "1234.567", "0.125").
  Groups after the first must have exactly three digits, or the text is not an amount.
  "12,-" and "12,–" are 12 (German/Swiss whole amounts).
* Currency. A symbol, ISO code or word right before or after the number ($, US$, €, £,
  CHF, Fr., EUR, USD, "euros", "dollars", ...). "$" alone is read as USD; "C$"/"CA$" CAD.
  A currency mark serves one number: a suffix binds first ("1 234,56 € 30.11." does not make
  "30.11" euros).
* Bare numbers (no currency) are amounts only after a money word ("amount:", "montant de",
  "Betrag", "importe", "paid", "total", ...) and only with exactly two decimals
  ("paid 450.00"). `find_amounts(text, bare=True)` also returns two-decimal bare numbers
  without a money word; remittance lines use it on rows that hold an invoice reference.
* Never amounts: phone numbers, IBANs, labelled tax/company ids (VAT, TVA, SIRET, SIREN,
  USt-IdNr, NIF...), numbers glued to letters or to "-", "/", ":", "#" (invoice numbers,
  dates, times), percentages, and numbers right after "#", "n°", "no.", "Nr.".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

__all__ = ["AmountMention", "parse_amount", "find_amounts", "format_amount", "currency_of", "identifier_spans"]

_SPACES = " \u00a0\u202f\u2009"
_GROUP_MARKS = _SPACES + "'’"
_SP = f"[{_SPACES}]"


@dataclass(frozen=True, slots=True)
class AmountMention:
    """A money amount found in text; `text` is `source[start:end]` and includes the currency mark."""

    amount: Decimal
    currency: str | None  # ISO 4217, or None when nothing names it
    start: int
    end: int
    text: str


# --- currencies -------------------------------------------------------------------------

_CODES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK", "NOK", "DKK", "PLN",
          "CZK", "HUF", "RON", "MXN", "BRL", "ZAR", "CNY", "INR", "SGD", "HKD", "MAD", "TND", "XPF", "XOF", "XAF")

# Longest alternatives first: the regex takes the first that fits.
_CURRENCY_WORDS: dict[str, str] = {
    "us$": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "$": "USD", "€": "EUR", "£": "GBP", "sfr.": "CHF", "fr.": "CHF", "chf": "CHF",
    "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "us dollars": "USD", "dollars": "USD", "dollar": "USD", "dólares": "USD", "dolares": "USD",
    "pounds sterling": "GBP", "pounds": "GBP", "livres sterling": "GBP",
    "francs suisses": "CHF", "franken": "CHF",
}
for _code in _CODES:
    _CURRENCY_WORDS.setdefault(_code.lower(), _code)

# Symbols and words in any case; other ISO codes only in capitals ("12 MAD", not "12 mad").
_WORD_ALTS = "|".join(re.escape(w) for w in sorted(
    (w for w in _CURRENCY_WORDS if w.upper() not in _CODES or w in ("eur", "usd", "chf", "gbp")),
    key=len, reverse=True))
_CODE_ALTS = "|".join(_CODES)
# A currency word must end at a word boundary ("EURO" ok, "EURopa" not).
_CUR = rf"(?:(?i:{_WORD_ALTS})|{_CODE_ALTS})(?![^\W\d_])"
_PREFIX_CUR = re.compile(rf"(?<![^\W\d_])(?P<cur>{_CUR}){_SP}?(?P<sign>[-−])?$")
_SUFFIX_CUR = re.compile(rf"{_SP}?(?P<cur>{_CUR})")
# South African rand, "R18,581.15", "R 98 749,17": a capital R alone, and only before an amount
# with cents ("R401" is a reference, "R 43 789 456 123" an id).
_RAND_PREFIX = re.compile(rf"(?<![\w.,/#&+\-])R{_SP}?$")
_CENTS = re.compile(r"\d[.,]\d\d$")


def currency_of(word: str) -> str | None:
    """ISO code for a currency symbol, code or word ("€" → "EUR", "Fr." → "CHF"), else None."""
    return _CURRENCY_WORDS.get(word.strip().lower())


# --- parsing ----------------------------------------------------------------------------

_WHOLE_SUFFIX = re.compile(r"[.,][-–—]$")
_DIGITS_AND_MARKS = re.compile(rf"\d+(?:[.,{_GROUP_MARKS}]\d+)*")


def _check_groups(runs: list[str]) -> None:
    first, rest = runs[0], runs[1:]
    if not 1 <= len(first) <= 3 or (first.startswith("0") and len(runs) > 1):
        raise ValueError("bad thousands group")
    if any(len(r) != 3 for r in rest):
        raise ValueError("bad thousands group")


def _parse_number(core: str) -> Decimal:
    """Digits with grouping/decimal marks, no sign, no currency → Decimal."""
    whole_only = False
    if _WHOLE_SUFFIX.search(core):
        core, whole_only = core[:-2], True
    if not _DIGITS_AND_MARKS.fullmatch(core):
        raise ValueError(f"not an amount: {core!r}")
    runs = re.findall(r"\d+", core)
    marks = re.findall(rf"[.,{_GROUP_MARKS}]", core)
    if not marks:
        return Decimal(core)
    last = marks[-1]
    integer_runs, fraction = runs, ""
    if last in ".,":
        before = marks[:-1]
        if before and all(m == last for m in before):
            pass  # "1.234.567": every mark groups
        elif before:
            if len(set(before)) != 1 or before[0] in ".," and before[0] == last:
                raise ValueError(f"mixed separators: {core!r}")
            integer_runs, fraction = runs[:-1], runs[-1]
        elif len(runs[1]) == 3 and 1 <= len(runs[0]) <= 3 and runs[0] != "0":
            pass  # "1,234" / "12.500": one mark, three digits after → thousands
        else:
            integer_runs, fraction = runs[:-1], runs[-1]
    elif len(set(marks)) != 1:
        raise ValueError(f"mixed separators: {core!r}")
    if len(integer_runs) > 1:
        _check_groups(integer_runs)
    if whole_only and fraction:
        raise ValueError(f"not an amount: {core!r}")
    return Decimal("".join(integer_runs) + ("." + fraction if fraction else ""))


_PARSE = re.compile(
    rf"""(?ix)^\s*
    (?P<paren>\()?\s*
    (?P<sign1>[-−+])?\s*
    (?:(?P<cur1>{_CUR}){_SP}?)?
    (?P<sign2>[-−+])?
    (?P<num>\d[\d.,{_GROUP_MARKS}]*?(?:[.,][-–—])?)
    (?P<trail>-)?
    (?:{_SP}?(?P<cur2>{_CUR}))?
    \s*(?P<paren2>\))?\s*$"""
)


def parse_amount(text: str) -> Decimal:
    """One written amount → Decimal: "1.234,56", "1 234,56 €", "$1,234.56", "-12,00", "(120.00)".

    A currency mark before or after is allowed and ignored (use `find_amounts` to read it).
    A trailing "-" ("120.00-", SAP exports) or parentheses make the amount negative.
    Raises ValueError when the text is not exactly one amount.
    """
    m = _PARSE.match(text)
    if not m or bool(m["paren"]) != bool(m["paren2"]):
        raise ValueError(f"not an amount: {text!r}")
    signs = [s for s in (m["sign1"], m["sign2"], m["trail"], m["paren"]) if s]
    if len(signs) > 1:
        raise ValueError(f"not an amount: {text!r}")
    value = _parse_number(m["num"])
    if signs and signs[0] in "-−(":
        value = -value
    return value


# --- formatting -------------------------------------------------------------------------

_STYLES = {"en": (",", "."), "fr": ("\u00a0", ","), "de": (".", ","), "ch": ("'", ".")}


def format_amount(value: Decimal, style: str) -> str:
    """Write an amount the way a locale does, with at least two decimals and no currency.

    "en" 1,234.56 · "fr" 1 234,56 (NBSP) · "de" 1.234,56 · "ch" 1'234.56.
    Round-trips through `parse_amount`, except amounts below 1000 with exactly three
    decimals ("12.345" reads as twelve thousand; see the module docstring).
    """
    try:
        group, point = _STYLES[style]
    except KeyError:
        raise ValueError(f"unknown amount style {style!r} (expected one of {', '.join(_STYLES)})") from None
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    whole, _, fraction = format(value, "f").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + group.join(groups) + (point + fraction if fraction else "")


# --- finding ----------------------------------------------------------------------------

_NUMBER = re.compile(
    rf"""
    \d{{1,3}}(?P<g>[{_GROUP_MARKS}.,])\d{{3}}(?:(?P=g)\d{{3}})*(?:[.,](?:\d+|[-–](?!\d)))?
    | \d+(?:[.,](?:\d+|[-–](?!\d)))?
    """,
    re.X,
)

# Spans that hold digits but never money. Phone numbers: international, "(555) 123-4567",
# French "01 23 45 67 89", and anything after a phone label.
_NOT_MONEY = [
    # "00" opens an international number, not the zeros of "FT26/00350 7.165,22 €"
    re.compile(r"(?:\+|(?<![\w\s.,'/\-])00(?=[1-9]))\d{1,3}[\s.\-]?(?:\(0\)[\s.\-]?)?(?:\d[\s.\-/]?){5,13}\d"),
    re.compile(r"\(\d{2,5}\)[\s.\-]?\d{2,4}[\s.\-]?\d{2,4}(?:[\s.\-]?\d{2,4})?"),
    re.compile(r"\b0\d(?:[ .\-]?\d{2}){4}\b"),
    re.compile(r"\b\d{3}-\d{3}-\d{4}\b"),
    re.compile(rf"\d(?:[.,]\d+)?{_SP}?(?:%|(?i:pour\s?cent|percent|per\s+cent|prozent|por\s+ciento)\b)"),
]

_LABELLED_ID = re.compile(
    r"(?i:\b(?:tel|tél|téléphone|telephone|phone|fax|mobile?|portable|handy|telefon|teléfono"
    r"|móvil|siret|siren|tva(?:\s+intra(?:communautaire)?)?|vat(?:\s+(?:no|number|reg(?:istration)?))?"
    r"|ust-?id(?:-?nr)?|ust|steuer-?nr|uid|nif|cif|iban|bic|swift|rcs|kto|konto"
    r"|blz|account|compte|cuenta|sort\s+code|routing|aba|hrb))"
    r"\.?(?:\s*(?i:n[°o]|nr|number|num|#))?\.?\s*[:#]?\s*"
    r"(?:[A-Z]{1,3}[ \u00a0]?)?[+(]?\d[\d \u00a0.\-/()]*\d"
)

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b")


def _looks_like_iban(candidate: str) -> bool:
    """15-34 characters, and either written in groups or passing the ISO 13616 mod-97 check."""
    compact = re.sub(r"\s", "", candidate)
    if not 15 <= len(compact) <= 34:
        return False
    if compact != candidate:
        return True
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


# A number right after these labels is a reference, not an amount.
_REF_LABEL = re.compile(
    r"(?i)(?:#|\bn[°º]|\bno\.?|\bnr\.?|\bnum(?:ber|éro|ero)?\.?|\bnúm\.?|\bref\.?|\bréf\.?)\s*[:#]?\s*$"
)
# In bare mode, also after invoice/order words.
_DOC_WORD = re.compile(
    r"(?i)\b(?:invoices?|inv|facture|fact|fac|factura|fra|rechnung|rg|re|order|po|commande"
    r"|bestellung|pedido|credit\s+note|avoir|gutschrift)\.?\s*[:#]?\s*$"
)
_MONEY_WORD = re.compile(
    r"""(?ix)\b(?:amount|total|sum|paid|pay|paying|payment|remitted|transferred|wired
    |montant|somme|payée?s?|réglée?s?|réglé|virée?s?|virement|paiement|règlement|versé
    |betrag|summe|gesamtbetrag|zahlbetrag|bezahlt|gezahlt|überwiesen|zahlung|überweisung
    |importe|monto|suma|pagad[oa]s?|pago|transferid[oa]s?|transferencia)
    (?:\s+(?:of|de|du|d'un\s+montant\s+de|von|in\s+höhe\s+von|por|total|en))?\s*[:=]?\s*$"""
)


# One message's text is read by several extractors (references, bare numbers, amounts, each
# calling identifier_spans): both functions are pure, so their results are kept for the last
# few texts and every caller gets its own list.
_CACHED_TEXTS = 64


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers, IBANs, labelled tax/company/account ids and percentages."""
    return list(_identifier_spans(text))


@lru_cache(maxsize=_CACHED_TEXTS)
def _identifier_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for pattern in _NOT_MONEY:
        spans.extend(m.span() for m in pattern.finditer(text))
    # A label such as "TVA" or "account" masks only a long id (7+ digits), not "TVA 246,91 €".
    spans.extend(m.span() for m in _IBAN.finditer(text) if _looks_like_iban(m.group()))
    spans.extend(m.span() for m in _LABELLED_ID.finditer(text) if sum(c.isdigit() for c in m.group()) >= 7)
    return tuple(spans)


# A number in brackets that is money all the same: it has cents ("(62,39)", "(3.437,32 − 400,00)").
_BRACKETED_CENTS = re.compile(r"\d{1,3}(?:[.,'’\u00a0 ]\d{3})+[.,]\d\d|\d+[.,]\d\d")


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_amounts(text: str, *, bare: bool = False) -> list[AmountMention]:
    """Every money amount in `text`, in order. See the module docstring for what counts.

    `bare=True` also returns numbers with exactly two decimals and no currency or money
    word (for remittance rows such as "INV-1 1,200.00").
    """
    return list(_amounts_of(text)[bare])


@lru_cache(maxsize=_CACHED_TEXTS)
def _amounts_of(text: str) -> tuple[tuple[AmountMention, ...], tuple[AmountMention, ...]]:
    """The amounts of `text` without and with `bare`, from one scan: a sentence is read both
    ways (its references, then its remittance amounts). The scan with `bare` marks what only
    it keeps; the other answer is the rest, unless a currency mark without a known currency was
    kept that way (its span then blocks later currencies in that scan only): scanned again."""
    found, bare_only, diverged = _find_amounts(text, True)
    strict = _find_amounts(text, False)[0] if diverged else tuple(
        a for a, only in zip(found, bare_only) if not only)
    return strict, found


def _find_amounts(text: str, bare: bool) -> tuple[tuple[AmountMention, ...], tuple[bool, ...], bool]:
    """(amounts, per amount whether only `bare` keeps it, whether such an amount has a currency span)."""
    masked = _identifier_spans(text)
    used_currency: list[tuple[int, int]] = []
    found: list[AmountMention] = []
    bare_only: list[bool] = []
    diverged = False
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        number = m.group()
        if _overlaps(start, end, masked):
            continue
        try:
            value = _parse_number(number)
        except ValueError:
            continue
        before = text[max(0, start - 40):start]
        prev = text[start - 1] if start else ""
        prev2 = text[start - 2] if start > 1 else ""
        nxt = text[end] if end < len(text) else ""
        nxt2 = text[end + 1] if end + 1 < len(text) else ""

        # Currency after the number binds first.
        currency = None
        cur_span: tuple[int, int] | None = None
        span_start, span_end = start, end
        suffix = _SUFFIX_CUR.match(text, end)
        if suffix and not _overlaps(suffix.start("cur"), suffix.end("cur"), used_currency):
            currency = currency_of(suffix["cur"])
            span_end = suffix.end()
            cur_span = suffix.span("cur")
        sign = ""
        prefix = _PREFIX_CUR.search(before)
        if prefix:
            offset = start - len(before)
            prefix_span = (offset + prefix.start("cur"), offset + prefix.end("cur"))
            if prefix["sign"]:
                sign = "-"
            if currency is None and not _overlaps(*prefix_span, used_currency):
                currency = currency_of(prefix["cur"])
                span_start = prefix_span[0]
                cur_span = prefix_span
        elif currency is None and _CENTS.search(number) and (rand := _RAND_PREFIX.search(before)):
            prefix = rand
            span_start = start - len(before) + rand.start()
            currency = "ZAR"

        # What touches the number decides whether it is part of something else.
        if prev and (prev.isalnum() or prev in "_.,'’/\\#+&@=") and not (prefix and prefix.end() == len(before)):
            continue
        if prev == "(" and currency is None and not _BRACKETED_CENTS.fullmatch(number):
            continue  # "(555) 123-4567"; "(1 234,56 €)" and "(3.437,32 − 400,00 ...)" are fine
        if prev == ":" and prev2.isdigit():
            continue  # "10:30"
        if prev and prev in "-−" and not prefix:
            if prev2 and (prev2.isalnum() or prev2 in "-/_.#"):
                continue  # "INV-2026-00417", "2026-11-12"
            sign = "-"
            span_start = start - 1
        if nxt and (nxt.isalnum() or nxt == "_") and not (suffix and suffix.start() == end):
            continue  # "12kg", "3rd", "14h00"
        if nxt and nxt in "-/:.,'’" and nxt2.isdigit():
            continue  # "2026-11", "12/11", "10:30"
        if nxt == "/" or nxt == "@":
            continue
        if _REF_LABEL.search(before):
            continue
        two_decimals = len(number) >= 4 and number[-3] in ".," and number[-2:].isdigit()
        only = False
        if currency is None:
            if not two_decimals or (nxt == "." and re.fullmatch(r"\d{1,2}\.\d\d", number)):
                continue  # "30.11." is a date
            if _DOC_WORD.search(before):
                continue
            if not _MONEY_WORD.search(before):
                if not bare:
                    continue
                only = True
                diverged = diverged or cur_span is not None
        if sign:
            value = -value
        if cur_span:
            used_currency.append(cur_span)
        found.append(AmountMention(value, currency, span_start, span_end, text[span_start:span_end]))
        bare_only.append(only)
    return tuple(found), tuple(bare_only), diverged
