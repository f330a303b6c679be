"""Read ISO 20022 camt.052 / camt.053 / camt.054 (v01..v10) into a `BankFile`.

Pure. lxml with the official element names, matched by local name so any
namespace version (or none) reads the same. One <Ntry> is one entry; a batch
entry with several <TxDtls> stays one entry whose reference joins theirs.
For a credit the counterparty is the debtor (Dbtr/DbtrAcct), for a debit the
creditor. An entry marked <RvslInd>true</RvslInd> keeps the direction its
<CdtDbtInd> states and is flagged `reversal`.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from lxml import etree

from ledger.errors import InputError, Problem
from matching.bankfiles.records import BankEntry, BankFile, BankStatement

_MESSAGES = {
    "BkToCstmrAcctRpt": ("camt052", "Rpt"),
    "BkToCstmrStmt": ("camt053", "Stmt"),
    "BkToCstmrDbtCdtNtfctn": ("camt054", "Ntfctn"),
}
_AMOUNT = re.compile(r"^\d+(\.\d+)?$")
_STATUS = {"BOOK": "booked", "PDNG": "pending", "INFO": "info", "FUTR": "pending"}
_RAW_LIMIT = 4000


def read_camt(documents: list[tuple[str, bytes]]) -> BankFile:
    """Parse one or more camt XML documents (a zip holds several) as (source, bytes)."""
    statements: list[BankStatement] = []
    problems: list[Problem] = []
    formats: list[str] = []
    index = 0
    for source, data in documents:
        fmt, blocks = _read_document(data, source, index, problems)
        formats.append(fmt)
        statements.extend(blocks)
        index += sum(len(b.entries) for b in blocks)
    return BankFile(format=formats[0], statements=tuple(statements), problems=tuple(problems))


def _parser() -> etree.XMLParser:
    # No DTDs, entities or network: a bank file is data, not a program (XXE, billion laughs).
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _find(element, path: str):
    """First element at a '/'-separated path of local names, any namespace."""
    if element is None:
        return None
    return element.find("/".join("{*}" + part for part in path.split("/")))


def _text(element, path: str) -> str | None:
    found = _find(element, path)
    if found is None or found.text is None:
        return None
    return " ".join(found.text.split()) or None


def _all_text(element, path: str) -> list[str]:
    values = []
    for found in element.iterfind("/".join("{*}" + part for part in path.split("/"))):
        if found.text and found.text.strip():
            values.append(" ".join(found.text.split()))
    return values


def _read_document(data: bytes, source: str, start: int, problems: list[Problem]):
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data[:8192]:
        raise InputError(f"{source}: XML with a DOCTYPE or entity declarations is refused")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise InputError(f"{source}: not well-formed XML ({error})") from None
    message = None
    for candidate in [root, *root]:
        name = re.sub(r"V\d\d$", "", _local(candidate))
        if name in _MESSAGES:
            message = candidate
            break
    if message is None:
        raise InputError(
            f"{source}: no camt.052/053/054 message in <{_local(root)}> "
            f"(expected BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn)"
        )
    fmt, block_name = _MESSAGES[re.sub(r"V\d\d$", "", _local(message))]
    statements = []
    index = start
    for block in message.iterfind("{*}" + block_name):
        entries = []
        for ntry in block.iterfind("{*}Ntry"):
            entry = _entry(ntry, index, source, problems)
            if entry is not None:
                entries.append(entry)
                index += 1
        statements.append(_statement(block, tuple(entries)))
    return fmt, statements


def _amount(element, source: str, problems: list[Problem], what: str) -> Decimal | None:
    text = (element.text or "").strip() if element is not None else ""
    if not _AMOUNT.match(text):
        line = element.sourceline if element is not None else "?"
        problems.append(Problem(f"{source}:{line}", what, f"{text!r} is not an amount (expected e.g. 1234.56); entry skipped"))
        return None
    return Decimal(text)


def _balance(block, codes: tuple[str, ...]) -> Decimal | None:
    for code in codes:
        for bal in block.iterfind("{*}Bal"):
            if (_text(bal, "Tp/CdOrPrtry/Cd") or _text(bal, "Tp/CdOrPrtry/Prtry")) != code:
                continue
            text = (_text(bal, "Amt") or "").strip()
            if not _AMOUNT.match(text):
                return None
            value = Decimal(text)
            return -value if _text(bal, "CdtDbtInd") == "DBIT" else value
    return None


def _statement(block, entries: tuple[BankEntry, ...]) -> BankStatement:
    account = _text(block, "Acct/Id/IBAN") or _text(block, "Acct/Id/Othr/Id")
    currency = _text(block, "Acct/Ccy")
    if currency is None and entries:
        currency = entries[0].currency
    return BankStatement(
        account=account,
        currency=currency,
        entries=entries,
        opening_balance=_balance(block, ("OPBD", "PRCD", "ITBD")),
        closing_balance=_balance(block, ("CLBD",)),
    )


def _date(element, path: str) -> date | None:
    found = _find(element, path)
    if found is None:
        return None
    text = _text(found, "Dt") or _text(found, "DtTm")
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _party(tx, role: str) -> tuple[str | None, str | None]:
    """Name and account of Dbtr or Cdtr in one TxDtls (v01..v07 and v08+ layouts)."""
    parties = _find(tx, "RltdPties")
    if parties is None:
        return None, None
    name = (
        _text(parties, f"{role}/Nm")
        or _text(parties, f"{role}/Pty/Nm")
        or _text(parties, f"Ultmt{role}/Nm")
        or _text(parties, f"Ultmt{role}/Pty/Nm")
    )
    account = _text(parties, f"{role}Acct/Id/IBAN") or _text(parties, f"{role}Acct/Id/Othr/Id")
    return name, account


def _references(tx) -> list[str]:
    refs = _all_text(tx, "RmtInf/Strd/CdtrRefInf/Ref")
    refs += _all_text(tx, "RmtInf/Ustrd")
    return refs


def _unique(values) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _entry(ntry, index: int, source: str, problems: list[Problem]) -> BankEntry | None:
    amt = _find(ntry, "Amt")
    amount = _amount(amt, source, problems, "Amt")
    if amount is None:
        return None
    indicator = _text(ntry, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        problems.append(Problem(f"{source}:{ntry.sourceline}", "CdtDbtInd", f"{indicator!r} is neither CRDT nor DBIT; entry skipped"))
        return None
    credit = indicator == "CRDT"
    status_code = _text(ntry, "Sts/Cd") or _text(ntry, "Sts") or "BOOK"
    details = list(ntry.iterfind("{*}NtryDtls/{*}TxDtls"))
    role = "Dbtr" if credit else "Cdtr"
    parties = [_party(tx, role) for tx in details]
    names = _unique(p[0] for p in parties)
    accounts = _unique(p[1] for p in parties)
    references = _unique(ref for tx in details for ref in _references(tx))
    if not references:
        references = _unique([_text(ntry, "AddtlNtryInf")])
    bank_reference = (
        _text(ntry, "AcctSvcrRef")
        or next(iter(_unique(_text(tx, "Refs/AcctSvcrRef") for tx in details)), None)
        or _text(ntry, "NtryRef")
    )
    raw = etree.tostring(ntry, encoding="unicode")
    return BankEntry(
        amount=amount,
        credit=credit,
        currency=(amt.get("Ccy") or "").strip(),
        value_date=_date(ntry, "ValDt"),
        booking_date=_date(ntry, "BookgDt"),
        payer_name=names[0] if len(names) == 1 else None,
        payer_account=accounts[0] if len(accounts) == 1 else None,
        reference=" | ".join(references) or None,
        bank_reference=bank_reference,
        entry_index=index,
        status=_STATUS.get(status_code.upper(), status_code.lower()),
        reversal=(_text(ntry, "RvslInd") or "").lower() == "true",
        raw=raw[:_RAW_LIMIT],
    )
