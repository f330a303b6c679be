"""What every bank file reader returns: statements of entries, plus the problems met."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ledger.errors import Problem


@dataclass(frozen=True, slots=True)
class BankEntry:
    """One booked (or pending) line of a statement."""

    amount: Decimal  # absolute value, in the file's own precision
    credit: bool  # True: money in; False: money out
    currency: str
    value_date: date | None
    booking_date: date | None
    payer_name: str | None  # counterparty name
    payer_account: str | None  # counterparty IBAN / account number
    reference: str | None  # remittance info: structured ref and/or free text
    bank_reference: str | None  # bank's own id of the entry (for de-duplication)
    entry_index: int  # position in the file, 0-based
    status: str = "booked"  # booked / pending
    reversal: bool = False
    raw: str = ""  # the entry's text in the file, for evidence


@dataclass(frozen=True, slots=True)
class BankStatement:
    account: str | None
    currency: str | None
    entries: tuple[BankEntry, ...]
    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None


@dataclass(frozen=True, slots=True)
class BankFile:
    format: str  # mt940 / mt942 / camt052 / camt053 / camt054 / bai2 / ofx / csv
    statements: tuple[BankStatement, ...]
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def entries(self) -> tuple[BankEntry, ...]:
        return tuple(e for s in self.statements for e in s.entries)
