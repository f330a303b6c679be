"""Read OFX / QFX statements (1.x SGML and 2.x XML, several accounts) into a `BankFile`.

Pure. Parsing is done by `ofxparse`. One <STMTTRN> of a bank or credit-card
statement is one entry, the sign of <TRNAMT> decides credit or debit; an
investment statement contributes only its cash legs (<INVBANKTRAN>). The
counterparty is NAME (or PAYEE/NAME), the reference MEMO plus REFNUM or
CHECKNUM, and FITID the bank's own id. A file ofxparse refuses in strict
mode is re-read leniently; the transactions it then discards are reported
as problems.
"""
from __future__ import annotations

import io
import re
import warnings
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from bs4 import XMLParsedAsHTMLWarning
from ofxparse import OfxParser
from ofxparse.ofxparse import OfxParserException

from ledger.errors import InputError, Problem
from matching.bankfiles.records import BankEntry, BankFile, BankStatement

_BLOCK = re.compile(rb"<STMTTRN>(.*?)</STMTTRN>", re.IGNORECASE | re.DOTALL)
# ofxparse raises more than its own exception on bad input: a mistyped CHARSET gives
# LookupError, a header without one UnboundLocalError (ofxparse 0.21, OfxPreprocessedFile).
_PARSE_ERRORS = (
    OfxParserException, ValueError, TypeError, AttributeError, LookupError, UnboundLocalError, InvalidOperation,
)


def read_ofx(data: bytes, source: str) -> BankFile:
    """Parse OFX bytes; raise InputError if not even a lenient read succeeds."""
    problems: list[Problem] = []
    try:
        ofx = _parse(data, fail_fast=True)
    except _PARSE_ERRORS as strict_error:
        try:
            ofx = _parse(data, fail_fast=False)
        except _PARSE_ERRORS as error:
            raise InputError(f"{source}: unreadable OFX ({_describe(error)})") from None
        problems.append(Problem(source, None, f"not valid OFX ({_describe(strict_error)}); read leniently"))
    blocks = _raw_blocks(data)
    statements = []
    index = 0
    for account in ofx.accounts:
        statement = getattr(account, "statement", None)
        if statement is None:
            continue
        currency = (getattr(statement, "currency", None) or getattr(account, "curdef", None) or "").upper()
        entries = []
        for transaction in statement.transactions:
            if hasattr(transaction, "security") or getattr(transaction, "amount", None) is None:
                continue  # investment trade, not money moving on the account
            entries.append(_entry(transaction, currency, index, blocks.get(transaction.id or "", "")))
            index += 1
        for discarded in getattr(statement, "discarded_entries", []) or []:
            problems.append(Problem(source, None, f"transaction discarded: {_first_line(discarded.get('error', '?'))}"))
        for warning in getattr(statement, "warnings", []) or []:
            problems.append(Problem(source, None, _first_line(warning)))
        statements.append(
            BankStatement(
                account=getattr(account, "account_id", None) or getattr(account, "number", None) or None,
                currency=currency or None,
                entries=tuple(entries),
                closing_balance=_decimal(getattr(statement, "balance", None)),
            )
        )
    return BankFile(format="ofx", statements=tuple(statements), problems=tuple(problems))


def _parse(data: bytes, fail_fast: bool):
    # ofxparse reads OFX 2.x XML with bs4's HTML parser on purpose (it also reads
    # SGML 1.x); bs4 warns about that on every XML file.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return OfxParser.parse(io.BytesIO(data), fail_fast=fail_fast)


def _first_line(message: object) -> str:
    """ofxparse appends the whole offending aggregate to some messages: keep the sentence."""
    text = " ".join(str(message).split())
    return text.split(" for <", 1)[0].split(" for  <", 1)[0][:160]


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())[:120]}"


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _raw_blocks(data: bytes) -> dict[str, str]:
    """<STMTTRN> text by FITID, kept as evidence and to read REFNUM."""
    blocks = {}
    for match in _BLOCK.finditer(data):
        text = match.group(0).decode("latin-1")
        fitid = re.search(r"<FITID>\s*([^<\r\n]*)", text, re.IGNORECASE)
        if fitid:
            blocks.setdefault(fitid.group(1).strip(), text)
    return blocks


def _tag(text: str, name: str) -> str | None:
    match = re.search(rf"<{name}>\s*([^<\r\n]*)", text, re.IGNORECASE)
    return (match.group(1).strip() or None) if match else None


def _plain_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _entry(transaction, currency: str, index: int, raw: str) -> BankEntry:
    amount = Decimal(str(transaction.amount))
    memo = (transaction.memo or "").strip() or None
    number = _tag(raw, "REFNUM") or (transaction.checknum or "").strip() or None
    reference = " ".join(part for part in (memo, number) if part) or None
    posted = _plain_date(transaction.date)
    return BankEntry(
        amount=abs(amount),
        credit=amount > 0,
        currency=currency,
        value_date=_plain_date(getattr(transaction, "user_date", None)) or posted,
        booking_date=posted,
        payer_name=(transaction.payee or "").strip() or None,
        payer_account=_tag(raw, "ACCTID"),
        reference=reference,
        bank_reference=(transaction.id or "").strip() or None,
        entry_index=index,
        raw=raw,
    )
