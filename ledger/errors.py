"""The exceptions arbox raises on purpose, and the Problem record parsers collect.

    ArboxError
      InputError        bad file or message: reported, never retried
        ImportFailed    a file had problems; nothing of it was imported
      LedgerError       a rule would break: OverApplication, CurrencyMismatch
      ExternalError     IMAP/SMTP/LLM failed: retried, alerted
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located precisely enough to fix it."""

    source: str  # "invoices.csv:14" or "INBOX:4211"
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f'{self.source}: column "{self.field}"' if self.field else self.source
        return f"{where}: {self.message}"


class ArboxError(Exception):
    """Base of every error arbox raises deliberately."""


class InputError(ArboxError):
    """Bad input: reported to the user, never retried."""


class ImportFailed(InputError):
    """A file had problems; nothing of it was imported."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class LedgerError(ArboxError):
    """A ledger rule would break."""


class CurrencyMismatch(LedgerError):
    def __init__(self, left: object, right: object):
        super().__init__(f"cannot combine {left} with {right}: different currencies")


class OverApplication(LedgerError):
    """An application would exceed the payment's unapplied or the invoice's open amount."""


class ExternalError(ArboxError):
    """A server we depend on (IMAP, SMTP, LLM) failed."""
