"""Store the entries of a bank file as payments: credits to be matched, debits and pending
entries kept but ignored. The same file twice adds nothing; an entry seen in two overlapping
statements is stored once.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.models import BankImport, Payment
from matching.bankfiles.csvfile import CsvMapping
from matching.bankfiles.reader import read_bank_file
from matching.bankfiles.records import BankEntry, BankFile

ACTOR = "bank_import"


@dataclass(frozen=True, slots=True)
class BankImportSummary:
    filename: str
    format: str
    entries: int
    credits: int
    debits: int
    new_payments: tuple[int, ...]  # ids of new credit payments, to be matched
    already_imported: bool
    problems: tuple[str, ...]


def _entry_key(account: str | None, e: BankEntry, occurrence: int) -> str:
    parts = [account or "", e.bank_reference or "", str(e.value_date or e.booking_date or ""),
             "C" if e.credit else "D", str(e.amount), e.currency, e.reference or "",
             e.payer_name or "", e.payer_account or "", str(occurrence)]
    return "bank:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


def import_bank_file(session: Session, data: bytes, filename: str, fmt: str | None = None,
                     csv_mapping: CsvMapping | None = None) -> BankImportSummary:
    """Parse and store; raises InputError for a file that is not a readable bank statement."""
    digest = hashlib.sha256(data).hexdigest()
    parsed: BankFile = read_bank_file(data, filename, fmt, csv_mapping)
    entries = parsed.entries
    credits = sum(1 for e in entries if e.credit)
    problems = tuple(str(p) for p in parsed.problems)
    if session.scalars(select(BankImport).where(BankImport.content_hash == digest)).first():
        return BankImportSummary(filename, parsed.format, len(entries), credits,
                                 len(entries) - credits, (), True, problems)
    keys: list[tuple[str, BankEntry, str | None]] = []
    seen: Counter[str] = Counter()  # identical entries within one file are distinct bookings
    for statement in parsed.statements:
        for e in statement.entries:
            base = _entry_key(statement.account, e, 0)
            seen[base] += 1
            keys.append((_entry_key(statement.account, e, seen[base] - 1), e,
                         statement.account))
    existing = set()
    all_keys = [k for k, _, _ in keys]
    for start in range(0, len(all_keys), 1000):
        existing.update(session.scalars(select(Payment.dedupe_key).where(
            Payment.dedupe_key.in_(all_keys[start:start + 1000]))))
    new_ids: list[int] = []
    for key, e, account in keys:
        if key in existing:
            continue
        status, evidence = "unmatched", []
        if not e.credit:
            status, evidence = "ignored", ["debit: money out, not a customer payment"]
        elif e.status != "booked":
            status, evidence = "ignored", [f"{e.status} entry: not booked cash yet"]
        elif e.reversal:
            status, evidence = "ignored", ["reversal entry"]
        elif e.amount == 0:
            status, evidence = "ignored", ["zero amount"]
        payment = Payment(kind="bank", dedupe_key=key, amount=e.amount if e.credit else -e.amount,
                          currency=e.currency, value_date=e.value_date or e.booking_date,
                          payer_name=(e.payer_name or None) and e.payer_name[:255],
                          payer_account=(e.payer_account or None) and e.payer_account[:64],
                          reference=e.reference, source=f"{filename}#{e.entry_index + 1}",
                          status=status, evidence=evidence)
        session.add(payment)
        session.flush()
        existing.add(key)
        if status == "unmatched":
            new_ids.append(payment.id)
    imp = BankImport(content_hash=digest, filename=filename, format=parsed.format,
                     entries=len(entries))
    session.add(imp)
    session.flush()
    audit.record(session, ACTOR, "bank_file_imported", "bank_import", imp.id, filename=filename,
                 format=parsed.format, entries=len(entries), new_payments=len(new_ids))
    return BankImportSummary(filename, parsed.format, len(entries), credits,
                             len(entries) - credits, tuple(new_ids), False, problems)
