"""Parse the amounts and dates bank CSV exports write: "-1.234,56 €", "$1,234.56", "+ $73.01", "11'373.94".

Pure. The decimal separator is an argument (a bank's export is consistent;
guessing per cell would read "1,525" as 1.525 in one row and 1525 in the next);
`guess_decimal_separator` votes over a whole column once.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

_CURRENCY_MARKS = re.compile(r"[€$£¥]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|SGD|SEK|NOK|DKK|PLN)\b", re.IGNORECASE)
_LAST_SEPARATOR = re.compile(r"([.,])(\d+)\D*$")


def parse_amount(text: str | None, decimal: str = ".", thousands: str | None = None) -> Decimal | None:
    """Signed amount, or None for an empty cell; raises ValueError for anything else."""
    value = (text or "").replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not value:
        return None
    negative = False
    value = _CURRENCY_MARKS.sub("", value).strip()
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    if value.endswith("-"):  # "123,45-" (SAP and some German exports)
        negative, value = not negative, value[:-1].strip()
    if value and value[0] in "+-":
        negative = negative != (value[0] == "-")
        value = value[1:].strip()
    value = _CURRENCY_MARKS.sub("", value).replace(" ", "").replace("'", "").replace("\u2019", "")
    separator = thousands or ("." if decimal == "," else ",")
    grouped = re.escape(separator)
    pattern = rf"(\d{{1,3}}(?:{grouped}\d{{3}})+|\d+)?(?:{re.escape(decimal)}(\d*))?"
    match = re.fullmatch(pattern, value)
    if not value or match is None or not (match.group(1) or match.group(2)):
        raise ValueError(f"{text.strip()!r} is not an amount")
    whole, fraction = (match.group(1) or "0").replace(separator, ""), match.group(2)
    value = f"{whole}.{fraction}" if fraction else whole
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{text.strip()!r} is not an amount") from None
    return -amount if negative else amount


def guess_decimal_separator(cells: list[str], default: str = ".") -> str:
    """"," or "." by a vote of the cells whose last separator has 1-2 digits after it."""
    votes = {",": 0, ".": 0}
    for cell in cells:
        match = _LAST_SEPARATOR.search(cell or "")
        if match and len(match.group(2)) in (1, 2):
            votes[match.group(1)] += 1
        elif match and len(match.group(2)) == 3 and match.group(1) == "," and "." in cell[match.start() + 1 :]:
            votes["."] += 1
    if votes[","] > votes["."]:
        return ","
    if votes["."] > votes[","]:
        return "."
    return default


DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d/%m/%y", "%m/%d/%y",
    "%Y%m%d", "%d-%m-%Y", "%Y/%m/%d", "%d %b %Y", "%d %B %Y", "%b %d, %Y",
)


def _date_part(text: str) -> str:
    value = text.strip()
    for separator in ("T", ", ", " "):
        head = value.split(separator, 1)[0]
        if head != value and re.match(r"^\d", head) and re.search(r"\d{1,2}:\d{2}", value):
            return head
    return value


def parse_date(text: str | None, fmt: str) -> date | None:
    """A date in the given strptime format (a time after it is ignored), or None if empty."""
    value = (text or "").strip()
    if not value:
        return None
    return datetime.strptime(_date_part(value), fmt).date()


def guess_date_format(cells: list[str], day_first: bool = True) -> str | None:
    """The first format that reads every non-empty cell; day-first or month-first breaks ties."""
    values = [_date_part(c) for c in cells if c and c.strip()]
    if not values:
        return None
    formats = list(DATE_FORMATS)
    if not day_first:
        formats.sort(key=lambda f: 0 if f.startswith("%m") else 1)
    for fmt in formats:
        try:
            for value in values:
                datetime.strptime(value, fmt)
        except ValueError:
            continue
        return fmt
    return None
