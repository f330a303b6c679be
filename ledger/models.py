"""SQLAlchemy 2 models of the AR ledger: customers, contacts, invoices, payments, applications,
messages and their analyses, drafts, promises, disputes, and the audit log.

Amounts are `Amount` (exact Decimal) beside a currency column; timestamps are aware UTC.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String,
                        Text, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ledger.types import Amount, UTCDateTime


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(64), unique=True)  # the ERP's id
    name: Mapped[str] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str | None] = mapped_column(String(64))
    excluded_from_dunning: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_hold: Mapped[str | None] = mapped_column(String(32))  # insolvency_notice / cease_contact
    legal_hold_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminders_paused_until: Mapped[date | None] = mapped_column(Date)
    collector: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)

    contacts: Mapped[list[Contact]] = relationship(back_populates="customer",
                                                   cascade="all, delete-orphan")
    invoices: Mapped[list[Invoice]] = relationship(back_populates="customer")


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("customer_pk", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    email: Mapped[str] = mapped_column(String(320), index=True)  # lowercased
    name: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active/bounced/do_not_contact
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class BankAccount(Base):
    """An account a customer pays from: payer account → customer, learnt or imported."""

    __tablename__ = "bank_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    account: Mapped[str] = mapped_column(String(64), unique=True)  # IBAN / number, no spaces
    source: Mapped[str] = mapped_column(String(32), default="learnt")  # imported / learnt
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)


class BankImport(Base):
    """One bank file imported, so the same file twice adds nothing."""

    __tablename__ = "bank_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    entries: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)


# Open invoices, as a partial index's predicate: a query uses such an index only when it
# says this literally (`Invoice.open_amount > literal_column("0")`).
OPEN_INVOICE = text("open_amount > 0")


class Invoice(Base):
    __tablename__ = "invoices"
    # Migration 0030: the worklist's overdue accounts and the dashboard read these alone.
    __table_args__ = (Index("ix_invoices_open_by_customer", "customer_pk", "currency",
                            "due_date", "open_amount", sqlite_where=OPEN_INVOICE,
                            postgresql_where=OPEN_INVOICE),
                      Index("ix_invoices_kpi", "currency", "issue_date", "due_date", "amount",
                            "open_amount"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_number: Mapped[str] = mapped_column(String(64), unique=True)
    reference_key: Mapped[str] = mapped_column(String(64), index=True)  # normalised number
    po_number: Mapped[str | None] = mapped_column(String(64))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Amount)
    open_amount: Mapped[Decimal] = mapped_column(Amount)
    on_hold_reason: Mapped[str | None] = mapped_column(String(255))
    dunning_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, onupdate=_now)

    customer: Mapped[Customer] = relationship(back_populates="invoices")


class Message(Base):
    """An inbound email, stored raw so a failed one can be retried."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_status", "status", "received_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str | None] = mapped_column(String(320))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # processed/failed/pending
    failure_reason: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    analysis: Mapped[Analysis | None] = relationship(back_populates="message", uselist=False)


class Analysis(Base):
    """What arbox understood of one message: the `process --json` verdict and its evidence."""

    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    customer_pk: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    primary_intent: Mapped[str] = mapped_column(String(32))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)

    message: Mapped[Message] = relationship(back_populates="analysis")


PAYMENTS_NEWEST = {"value_date": "DESC NULLS LAST", "id": "DESC"}


class Payment(Base):
    """Money received (a bank line) or announced (a remittance advice not yet seen in the bank)."""

    __tablename__ = "payments"
    # Newest first (migration 0030); SQLite has no NULLS LAST in an index, nor needs it.
    __table_args__ = (Index("ix_payments_status", "status"),
                      Index("ix_payments_newest", "value_date", "id",
                            postgresql_ops=PAYMENTS_NEWEST),
                      Index("ix_payments_status_newest", "status", "value_date", "id",
                            postgresql_ops=PAYMENTS_NEWEST))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # bank / remittance
    dedupe_key: Mapped[str] = mapped_column(String(128), unique=True)
    customer_pk: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    amount: Mapped[Decimal] = mapped_column(Amount)  # negative for debits
    currency: Mapped[str] = mapped_column(String(3))
    value_date: Mapped[date | None] = mapped_column(Date)
    payer_name: Mapped[str | None] = mapped_column(String(255))
    payer_account: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # file:entry
    status: Mapped[str] = mapped_column(String(16), default="unmatched")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)

    applications: Mapped[list[Application]] = relationship(back_populates="payment")
    remittance_lines: Mapped[list[RemittanceLine]] = relationship(back_populates="payment",
                                                                  order_by="RemittanceLine.id")


class Application(Base):
    """Part of a payment put on an invoice, suggested or applied, reversible."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_pk: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    invoice_pk: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Amount)
    currency: Mapped[str] = mapped_column(String(3))
    deduction_amount: Mapped[Decimal | None] = mapped_column(Amount)
    deduction_reason: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # suggested/auto_applied/confirmed/reversed
    score: Mapped[Decimal | None] = mapped_column(Amount)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reversed_reason: Mapped[str | None] = mapped_column(Text)

    payment: Mapped[Payment] = relationship(back_populates="applications")
    invoice: Mapped[Invoice] = relationship()


class RemittanceLine(Base):
    """One line of a customer's remittance advice: which invoice, how much, what was deducted."""

    __tablename__ = "remittance_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_pk: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    reference: Mapped[str] = mapped_column(String(128))  # as the customer wrote it
    invoice_pk: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    paid_amount: Mapped[Decimal | None] = mapped_column(Amount)
    deduction_amount: Mapped[Decimal | None] = mapped_column(Amount)
    deduction_reason: Mapped[str | None] = mapped_column(String(32))

    payment: Mapped[Payment] = relationship(back_populates="remittance_lines")
    invoice: Mapped[Invoice | None] = relationship()


class Promise(Base):
    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_pk: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    promised_date: Mapped[date | None] = mapped_column(Date)
    promised_amount: Mapped[Decimal | None] = mapped_column(Amount)
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open/kept/broken/partial
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)


class Dispute(Base):
    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_pk: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    reason: Mapped[str] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open/resolved
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)


class Draft(Base):
    """An email waiting for a collector's approval."""

    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_status", "status", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(16))  # dunning / reply
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    language: Mapped[str] = mapped_column(String(8))
    to: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="drafted")
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(128))
    status_reason: Mapped[str | None] = mapped_column(Text)  # why rejected or cancelled
    dunning_level: Mapped[int | None] = mapped_column(Integer)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_message_id: Mapped[str | None] = mapped_column(String(998))


class DunningState(Base):
    """Per customer, as in a classic ERP dunning set-up: the level reached, whether that
    level's email was drafted, approved and sent, and when. Reset once the account is settled."""

    __tablename__ = "dunning_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    level: Mapped[int] = mapped_column(Integer, default=0)  # 0: nothing sent yet
    level_name: Mapped[str | None] = mapped_column(String(64))
    level_date: Mapped[date | None] = mapped_column(Date)  # run date that reached the level
    drafted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_draft_pk: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, onupdate=_now)


class Task(Base):
    """Something a collector must look at (legal notice, bounce, broken promise...)."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_status", "status", "created_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_pk: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)


class AuditEntry(Base):
    """Every state change: who or what did it, when, to what, and why."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_pk: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class User(Base):
    """Someone who signs in to the web application: a collector, finance or an admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, PHC string
    role: Mapped[str] = mapped_column(String(16))  # collector / finance / admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApiToken(Base):
    """A bearer token an integration uses to call the JSON API as one user; only its hash
    is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class Conversation(Base):
    """A chat with the assistant: a customer's (scoped to one customer) or a collector's.

    `state` is the dialogue manager's memory between turns (JSON): the question pending, the
    action awaiting a yes/no, the invoices last shown.
    """

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))  # customer / collector
    customer_pk: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    collector: Mapped[str | None] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(16), default="cli")  # cli / api
    language: Mapped[str | None] = mapped_column(String(8))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, onupdate=_now)

    turns: Mapped[list[ConversationTurn]] = relationship(back_populates="conversation",
                                                         order_by="ConversationTurn.seq")


class ConversationTurn(Base):
    """One message of a conversation, what answered it (offline or llm) and what it recorded."""

    __tablename__ = "conversation_turns"
    __table_args__ = (UniqueConstraint("conversation_pk", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_pk: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(16))  # user / assistant
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    intent: Mapped[str | None] = mapped_column(String(32))
    engine: Mapped[str | None] = mapped_column(String(16))  # offline / llm / fallback
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)

    conversation: Mapped[Conversation] = relationship(back_populates="turns")


# IMAP UIDs and UIDVALIDITY are unsigned 32-bit: too big for PostgreSQL's INTEGER.


class MailboxFolder(Base):
    """An IMAP folder the worker reads: its UIDVALIDITY and the highest UID queued so far."""

    __tablename__ = "mailbox_folders"
    __table_args__ = (UniqueConstraint("account", "folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(320))  # user@host
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, onupdate=_now)


class MailboxItem(Base):
    """One IMAP message in the worker's queue: queued → claimed → done (or failed).

    A worker claims items with a lease; `marked` records that the server copy carries the done
    keyword (or was moved), which happens only after the ledger has committed the result.
    """

    __tablename__ = "mailbox_items"
    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid"),
                      Index("ix_mailbox_items_state", "account", "folder", "state"))

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(320))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    size: Mapped[int | None] = mapped_column(BigInteger)  # RFC822.SIZE
    # queued / claimed / done / failed; oversize (left unmarked on the server until the limit
    # allows it); stale (its UIDVALIDITY was replaced, or it vanished from the server)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    error: Mapped[str | None] = mapped_column(Text)
    marked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ScheduledRun(Base):
    """A daily job the worker ran (the dunning run): one row per job and day, inserted in the
    job's own transaction, so that among workers sharing the ledger only one runs it, and a
    failed run leaves no row and is tried again."""

    __tablename__ = "scheduled_runs"
    __table_args__ = (UniqueConstraint("job", "run_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(64))
    run_date: Mapped[date] = mapped_column(Date)
    worker: Mapped[str] = mapped_column(String(128))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
