"""Read BAI2 (BTRS) cash-management files into a `BankFile`.

Pure. Parsing is done by the `bai2` package (ministryofjustice). One 16
(transaction detail) record is one entry; amounts are implied-decimal minor
units, scaled by the currency's decimals. Type codes 1xx-3xx are credits,
4xx-6xx debits. Bad control totals (01/02/03 vs 49/98/99) are common in
real files: the file is re-read without the integrity check and the failure
is reported as a `Problem`, not a rejection. Files that put several records
on one physical line ("... PPD/ 16,142,500,...") are split into one record
per line and retried.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bai2 import bai2 as bai2lib
from bai2.constants import TypeCodeTransaction
from bai2.exceptions import IntegrityException, NotSupportedYetException, ParsingException

from ledger.errors import InputError, Problem
from ledger.money import minor_unit
from matching.bankfiles.records import BankEntry, BankFile, BankStatement
from matching.bankfiles.text import decode_lines

_RECORD_START = re.compile(r"^(0[1-3]|16|49|88|98|99),")
# A record ends with "/"; a second record on the same line starts after blanks.
_INLINE_RECORD = re.compile(r"/[ \t]+(?=(?:0[1-3]|16|49|88|98|99),)")
_PARSE_ERRORS = (
    ParsingException, NotSupportedYetException, ValueError, KeyError, IndexError,
    TypeError, AttributeError, StopIteration,
)


def read_bai2(data: bytes, source: str) -> BankFile:
    """Parse BAI2 bytes; raise InputError if the record structure is unreadable."""
    text = decode_lines(data)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or not lines[0].startswith("01,"):
        raise InputError(f"{source}: not a BAI2 file (first record is not an 01 file header)")
    problems: list[Problem] = []
    try:
        document = _parse(lines, source, problems)
    except _PARSE_ERRORS as error:
        repaired = _one_record_per_line(lines)
        if repaired == lines:
            raise InputError(f"{source}: unreadable BAI2 ({_describe(error)})") from None
        try:
            document = _parse(repaired, source, problems)
        except _PARSE_ERRORS:
            raise InputError(f"{source}: unreadable BAI2 ({_describe(error)})") from None
        problems.append(Problem(source, None, "several BAI2 records per physical line: split before reading"))
    return _bank_file(document, problems)


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())[:120]}"


_OPENS = {"01": None, "02": "01", "03": "02"}
_CLOSES = {"49": "03", "98": "02", "99": "01"}
_NAMES = {"01": "file header", "02": "group header", "03": "account", "16": "transaction detail",
          "49": "account trailer", "98": "group trailer", "99": "file trailer"}


def check_structure(lines: list[str]) -> str | None:
    """What is wrong with the 01/02/03/16/49/98/99 nesting, or None if nothing.

    Checked before the bai2 package sees the file: on a file cut short (no
    trailers) its parser loops forever, appending the last record again and again.
    """
    stack: list[str] = []
    for number, line in enumerate(lines, start=1):
        code = line[:2]
        if code == "88" and line[2:3] == ",":
            continue
        if line[2:3] != "," or code not in _NAMES:
            return f"record {number} ({line[:20]!r}) is not a BAI2 record"
        if code in _OPENS:
            if (stack[-1] if stack else None) != _OPENS[code] or (code == "01" and number != 1):
                return f"record {number}: {_NAMES[code]} out of place"
            stack.append(code)
        elif code == "16":
            if not stack or stack[-1] != "03":
                return f"record {number}: transaction detail outside an account"
        else:
            if not stack or stack[-1] != _CLOSES[code]:
                return f"record {number}: {_NAMES[code]} without its header (or an earlier trailer missing)"
            stack.pop()
            if code == "99" and number != len(lines):
                return f"record {number}: records after the file trailer"
    if stack:
        return f"file ends before the {_NAMES[stack[-1]]} is closed (truncated: trailer record missing)"
    return None


def _parse(lines: list[str], source: str, problems: list[Problem]):
    wrong = check_structure(lines)
    if wrong:
        raise ParsingException(wrong)
    try:
        return bai2lib.parse_from_lines(iter(lines), check_integrity=True)
    except IntegrityException as error:
        problems.append(Problem(source, None, f"control totals do not match ({error}); figures read from the detail records"))
        return bai2lib.parse_from_lines(iter(lines), check_integrity=False)


def _one_record_per_line(lines: list[str]) -> list[str]:
    """Split lines holding several records; glue stray text lines to the record before."""
    records: list[str] = []
    for line in lines:
        parts = _INLINE_RECORD.split(line)
        for number, part in enumerate(parts):
            part = part.strip() + ("/" if number < len(parts) - 1 else "")
            if not part:
                continue
            if _RECORD_START.match(part) or not records:
                records.append(part)
            else:
                records[-1] = records[-1] + " " + part
    return records


def _scale(currency: str | None) -> Decimal:
    """BAI2 amounts are in minor units: 12345 USD is 123.45."""
    return Decimal(10) ** minor_unit(currency or "USD")


def _raw(model) -> str:
    return "\n".join(f"{code.value},{text}" for code, text in getattr(model, "rows", []) or [])


def _plain_date(value: object) -> date | None:
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return None


def _bank_file(document, problems: list[Problem]) -> BankFile:
    statements = []
    index = 0
    for group in document.children:
        group_currency = getattr(group.header, "currency", None) or None
        as_of = _plain_date(getattr(group.header, "as_of_date", None))
        for account in group.children:
            currency = getattr(account.header, "currency", None) or group_currency
            scale = _scale(currency)
            entries = []
            for detail in account.children:
                entries.append(_entry(detail, currency or "", scale, as_of, index))
                index += 1
            statements.append(
                BankStatement(
                    account=getattr(account.header, "customer_account_number", None) or None,
                    currency=currency,
                    entries=tuple(entries),
                    opening_balance=_summary(account.header, "040", scale) or _summary(account.header, "010", scale),
                    closing_balance=_summary(account.header, "015", scale),
                )
            )
    return BankFile(format="bai2", statements=tuple(statements), problems=tuple(problems))


def _summary(header, code: str, scale: Decimal) -> Decimal | None:
    for item in getattr(header, "summary_items", None) or []:
        if item.type_code is not None and item.type_code.code == code and item.amount is not None:
            return Decimal(item.amount) / scale
    return None


def _entry(detail, currency: str, scale: Decimal, as_of: date | None, index: int) -> BankEntry:
    kind = detail.type_code.transaction if detail.type_code else None
    code = detail.type_code.code if detail.type_code else ""
    credit = kind == TypeCodeTransaction.credit or (kind not in (TypeCodeTransaction.debit,) and code[:1] in "123")
    text = " ".join((detail.text or "").split()) or None
    customer_reference = (detail.customer_reference or "").strip() or None
    reference = " ".join(part for part in (customer_reference, text) if part) or None
    return BankEntry(
        amount=abs(Decimal(detail.amount or 0)) / scale,
        credit=credit,
        currency=currency,
        value_date=as_of,
        booking_date=as_of,
        payer_name=None,
        payer_account=None,
        reference=reference,
        bank_reference=(detail.bank_reference or "").strip() or None,
        entry_index=index,
        raw=_raw(detail),
    )
