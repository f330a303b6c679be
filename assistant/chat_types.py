"""Records the conversational assistant passes between its stages: who is asking (`Scope`),
what a message says (`Understanding`, from the injected `Understand` callable) and what a
turn produced (`TurnResult`).

Pure: no database, no clock. The interface wires `Understand` with inbox/'s classifiers, so
assistant/ never imports inbox/ (style guide §1).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from ledger.errors import LedgerError

MAX_MESSAGE_CHARS = 2000  # longer messages are answered with a polite "please shorten"


@dataclass(frozen=True, slots=True)
class Scope:
    """Who the assistant acts for. A customer scope's customer comes from the session (CLI
    option, signed-in user), never from a model's tool arguments."""

    role: str  # customer / collector
    actor: str  # audit actor: "chat:customer:C001", "chat:collector:alice"
    customer_pk: int | None = None
    customer_id: str | None = None
    collector: str | None = None

    @classmethod
    def for_customer(cls, customer_pk: int, customer_id: str) -> Scope:
        return cls("customer", f"chat:customer:{customer_id}", customer_pk, customer_id)

    @classmethod
    def for_collector(cls, name: str) -> Scope:
        return cls("collector", f"chat:collector:{name}", collector=name)


class ToolError(LedgerError):
    """A tool refused its arguments: not in scope, not open, not a date... The message is
    safe to show (it names nothing outside the caller's scope)."""

    def __init__(self, code: str, message: str, **facts: Any):
        super().__init__(message)
        self.code = code  # not_found / not_open / bad_date / bad_email / ...
        self.facts = facts


@dataclass(frozen=True, slots=True)
class Understanding:
    """What one chat message says, as the inbox classifiers read it."""

    language: str | None  # detected: "en", "fr"...
    intents: tuple[str, ...] = ()  # inbox labels, most confident first
    invoice_numbers: tuple[str, ...] = ()  # references resolved among the numbers given
    unresolved_references: tuple[str, ...] = ()  # written but matching none of them
    promised_date: date | None = None
    dispute_reason: str | None = None
    dispute_evidence: str | None = None


class Understand(Protocol):
    """text + language hint + today → Understanding. `invoice_numbers` are the only invoices
    a reference may resolve to (the customer's own, for a customer conversation)."""

    def __call__(self, text: str, *, language: str | None, today: date,
                 invoice_numbers: Sequence[str]) -> Understanding: ...


@dataclass(frozen=True, slots=True)
class TurnResult:
    reply: str
    actions: list[dict[str, Any]] = field(default_factory=list)  # what the turn recorded
    language: str = "en"
    engine: str = "offline"  # offline / llm / fallback
    intent: str | None = None
    conversation_id: int | None = None
