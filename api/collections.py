"""What collectors see and do: the approval queue, the worklist, a customer's account and
timeline; holds and dunning exclusion (audited). Draft decisions go to assistant.outbox."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session, selectinload

from api.mail_view import message_html
from api.schemas import (CustomerBriefOut, CustomerOut, FailedMessageOut, MessageOut,
                         OverdueAccountOut, QueueItemOut, TaskOut, TimelineEventOut,
                         UnderstandingOut, WorklistOut)
from api.views import draft_out, invoice_out
from ledger import audit
from ledger.errors import InputError
from ledger.models import (Analysis, Contact, Customer, Dispute, Draft, Invoice, Message,
                           Payment, Promise, Task)
from ledger.money import decimal_str

QUEUE_STATUSES = ("drafted", "edited")


def customer_by_id(session: Session, customer_id: str) -> Customer:
    customer = session.scalars(select(Customer).where(Customer.customer_id == customer_id)).first()
    if customer is None:
        raise LookupError(f"no customer {customer_id}")
    return customer


def _open_invoices(session: Session, customer_pk: int) -> list[Invoice]:
    return list(session.scalars(select(Invoice).where(
        Invoice.customer_pk == customer_pk, Invoice.open_amount > Decimal(0))
        .order_by(Invoice.due_date, Invoice.invoice_number)))


def _understanding(analysis: Analysis) -> UnderstandingOut:
    r: dict[str, Any] = analysis.result or {}
    return UnderstandingOut(primary_intent=analysis.primary_intent,
                            intents=list(r.get("intents") or []),
                            invoice_refs=list(r.get("invoice_refs") or []),
                            promised_date=r.get("promised_date"),
                            promised_amount=r.get("promised_amount"),
                            dispute_reason=r.get("dispute_reason"),
                            disputed_invoices=list(r.get("disputed_invoices") or []),
                            evidence=dict(analysis.evidence or {}))


def message_out(message: Message) -> MessageOut:
    return MessageOut(id=message.id, subject=message.subject, from_address=message.from_address,
                      sent_at=message.sent_at, safe_html=message_html(message.raw))


def _open_invoices_of(session: Session, customer_pks: Iterable[int]
                      ) -> dict[int, list[Invoice]]:
    """Open invoices of several customers in one query, each customer's by due date."""
    out: dict[int, list[Invoice]] = defaultdict(list)
    pks = sorted(set(customer_pks))
    if pks:
        for inv in session.scalars(select(Invoice).where(
                Invoice.customer_pk.in_(pks), Invoice.open_amount > Decimal(0))
                .order_by(Invoice.customer_pk, Invoice.due_date, Invoice.invoice_number)):
            out[inv.customer_pk].append(inv)
    return out


def queue_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Draft)
                          .where(Draft.status.in_(QUEUE_STATUSES))) or 0


def queue_position(session: Session, draft_id: int) -> int | None:
    """Where a waiting draft stands in the queue (0 first), None if it is not waiting."""
    draft = session.get(Draft, draft_id)
    if draft is None or draft.status not in QUEUE_STATUSES:
        return None
    return session.scalar(select(func.count()).select_from(Draft).where(
        Draft.status.in_(QUEUE_STATUSES),
        or_(Draft.created_at < draft.created_at,
            and_(Draft.created_at == draft.created_at, Draft.id < draft.id))))


def approval_queue(session: Session, today: date, draft_id: int | None = None,
                   limit: int | None = None, offset: int = 0) -> list[QueueItemOut]:
    """Waiting drafts, oldest first (`limit` of them from `offset`), each with its message,
    what was understood of it and the customer's open invoices: four queries per page."""
    query = (select(Draft, Customer).outerjoin(Customer, Draft.customer_pk == Customer.id)
             .where(Draft.status.in_(QUEUE_STATUSES)).order_by(Draft.created_at, Draft.id)
             .offset(offset).limit(limit))
    if draft_id is not None:
        query = query.where(Draft.id == draft_id)
    rows = session.execute(query).all()
    message_pks = [d.message_pk for d, _ in rows if d.message_pk]
    messages = {m.id: m for m in session.scalars(
        select(Message).where(Message.id.in_(message_pks))
        .options(selectinload(Message.analysis)))} if message_pks else {}
    invoices = _open_invoices_of(session, (c.id for _, c in rows if c is not None))
    items = []
    for draft, customer in rows:
        message = messages.get(draft.message_pk) if draft.message_pk else None
        analysis = message.analysis if message is not None else None
        items.append(QueueItemOut(
            draft=draft_out(draft, customer.customer_id if customer else None,
                            customer.name if customer else None),
            message=message_out(message) if message is not None else None,
            understanding=_understanding(analysis) if analysis is not None else None,
            open_invoices=[invoice_out(i, customer.customer_id, today)
                           for i in invoices.get(customer.id, ())] if customer else []))
    return items


WORKLIST_LISTS = ("legal_holds", "tasks", "failed_messages")


def worklist_totals(session: Session) -> dict[str, int]:
    """How many legal holds, open tasks and failed messages there are in all."""
    def count(model: Any, *where: Any) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0
    return {"legal_holds": count(Customer, Customer.legal_hold.is_not(None)),
            "tasks": count(Task, Task.status == "open"),
            "failed_messages": count(Message, Message.status == "failed")}


def top_overdue(session: Session, today: date, top: int = 10) -> list[OverdueAccountOut]:
    """The accounts owing the most past due (per customer and currency), summed by the
    database in one grouped query instead of loading every overdue invoice."""
    per_account = (select(Invoice.customer_pk, Invoice.currency,
                          func.sum(Invoice.open_amount).label("amount"),
                          func.min(Invoice.due_date).label("oldest"))
                   # A literal 0 lets the database use the index of open invoices.
                   .where(Invoice.open_amount > literal_column("0"), Invoice.due_date < today)
                   .group_by(Invoice.customer_pk, Invoice.currency).subquery())
    rows = session.execute(
        select(Customer.customer_id, Customer.name, per_account.c.currency,
               per_account.c.amount, per_account.c.oldest)
        .join(Customer, Customer.id == per_account.c.customer_pk)
        .order_by(per_account.c.amount.desc(), Customer.customer_id, per_account.c.currency)
        .limit(top)).all()
    return [OverdueAccountOut(customer_id=cid, name=name, currency=cur,
                              overdue_amount=decimal_str(amount),
                              oldest_days_overdue=(today - oldest).days)
            for cid, name, cur, amount, oldest in rows]


def worklist(session: Session, today: date, top: int = 10, limit: int | None = None,
             offsets: dict[str, int] | None = None) -> WorklistOut:
    """Legal holds, open tasks and failed messages (`limit` of each, from `offsets`), and the
    `top` overdue accounts."""
    offsets = offsets or {}
    holds = session.scalars(select(Customer).where(Customer.legal_hold.is_not(None))
                            .order_by(Customer.legal_hold_at, Customer.customer_id)
                            .offset(offsets.get("legal_holds", 0)).limit(limit)).all()
    tasks = session.execute(select(Task, Customer.customer_id)
                            .outerjoin(Customer, Task.customer_pk == Customer.id)
                            .where(Task.status == "open").order_by(Task.created_at, Task.id)
                            .offset(offsets.get("tasks", 0)).limit(limit)).all()
    failed = session.execute(select(Message.id, Message.source, Message.subject,
                                    Message.failure_reason, Message.received_at)
                             .where(Message.status == "failed")
                             .order_by(Message.received_at.desc(), Message.id.desc())
                             .offset(offsets.get("failed_messages", 0)).limit(limit)).all()
    return WorklistOut(
        legal_holds=[CustomerBriefOut(customer_id=c.customer_id, name=c.name,
                                      legal_hold=c.legal_hold, legal_hold_at=c.legal_hold_at)
                     for c in holds],
        tasks=[TaskOut(id=t.id, customer_id=cid, kind=t.kind, detail=t.detail,
                       created_at=t.created_at) for t, cid in tasks],
        failed_messages=[FailedMessageOut(id=m.id, source=m.source, subject=m.subject,
                                          reason=m.failure_reason, received_at=m.received_at)
                         for m in failed],
        top_overdue=top_overdue(session, today, top))


TIMELINE_LIMIT = 100


def _timeline(session: Session, customer: Customer, limit: int = TIMELINE_LIMIT
              ) -> list[TimelineEventOut]:
    """The customer's latest `limit` events, newest first: each kind's newest `limit`, merged."""
    pk = customer.id
    events: list[TimelineEventOut] = []

    def add(at: datetime, kind: str, title: str, detail: str = "") -> None:
        events.append(TimelineEventOut(at=at, kind=kind, title=title,  # type: ignore[arg-type]
                                       detail=detail))

    message_at = func.coalesce(Message.sent_at, Message.received_at)
    for sent_at, received_at, subject, sender, intent in session.execute(
            select(Message.sent_at, Message.received_at, Message.subject, Message.from_address,
                   Analysis.primary_intent).join(Analysis, Analysis.message_pk == Message.id)
            .where(Analysis.customer_pk == pk)
            .order_by(message_at.desc(), Message.id.desc()).limit(limit)):
        add(sent_at or received_at, "message", subject or "(no subject)",
            f"from {sender or '?'} — understood as {intent}")
    promises = session.scalars(select(Promise).where(Promise.customer_pk == pk)
                               .order_by(Promise.created_at.desc(), Promise.id.desc())
                               .limit(limit)).all()
    disputes = session.scalars(select(Dispute).where(Dispute.customer_pk == pk)
                               .order_by(Dispute.created_at.desc(), Dispute.id.desc())
                               .limit(limit)).all()
    referenced = {x.invoice_pk for x in (*promises, *disputes) if x.invoice_pk}
    numbers = dict(session.execute(select(Invoice.id, Invoice.invoice_number)
                                   .where(Invoice.id.in_(referenced))).all()) if referenced else {}
    for p in promises:
        what = numbers.get(p.invoice_pk, "the account") if p.invoice_pk else "the account"
        amount = f"{decimal_str(p.promised_amount)} {p.currency or ''} " \
            if p.promised_amount is not None else ""
        add(p.created_at, "promise", f"Promise to pay {what}",
            f"{amount}by {p.promised_date or '?'} ({p.status})")
    for d in disputes:
        what = numbers.get(d.invoice_pk, "?") if d.invoice_pk else "the account"
        add(d.created_at, "dispute", f"Dispute on {what}: {d.reason}",
            f"{d.status}" + (f" — {d.comment}" if d.comment else ""))
    for p in session.scalars(select(Payment).where(Payment.customer_pk == pk)
                             .order_by(Payment.created_at.desc(), Payment.id.desc())
                             .limit(limit)):
        add(p.created_at, "payment", f"Payment {decimal_str(p.amount)} {p.currency}",
            f"{p.kind}, value date {p.value_date or '?'} ({p.status})")
    draft_at = func.coalesce(Draft.sent_at, Draft.created_at)
    for d in session.scalars(select(Draft).where(Draft.customer_pk == pk)
                             .order_by(draft_at.desc(), Draft.id.desc()).limit(limit)):
        add(d.sent_at or d.created_at, "draft", f"Draft: {d.subject}", f"{d.kind} ({d.status})")
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:limit]


def customer_view(session: Session, customer_id: str, today: date) -> CustomerOut:
    c = customer_by_id(session, customer_id)
    invoices = _open_invoices(session, c.id)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for inv in invoices:
        totals[inv.currency] += inv.open_amount
    contacts = session.scalars(select(Contact.email).where(Contact.customer_pk == c.id)
                               .order_by(Contact.email)).all()
    return CustomerOut(customer_id=c.customer_id, name=c.name, language=c.language,
                       legal_hold=c.legal_hold, excluded_from_dunning=c.excluded_from_dunning,
                       collector=c.collector, contacts=list(contacts),
                       open_invoices=[invoice_out(i, c.customer_id, today) for i in invoices],
                       open_totals={k: decimal_str(v) for k, v in sorted(totals.items())},
                       timeline=_timeline(session, c))


def _invoice_of(session: Session, customer: Customer, invoice_number: str) -> Invoice:
    inv = session.scalars(select(Invoice).where(Invoice.invoice_number == invoice_number,
                                                Invoice.customer_pk == customer.id)
                          .with_for_update()).first()
    if inv is None:
        raise LookupError(f"no invoice {invoice_number} for customer {customer.customer_id}")
    return inv


def put_on_hold(session: Session, customer_id: str, invoice_number: str, reason: str,
                by: str) -> Invoice:
    if not reason.strip():
        raise InputError("a hold needs a reason")
    inv = _invoice_of(session, customer_by_id(session, customer_id), invoice_number)
    inv.on_hold_reason = reason.strip()[:255]
    audit.record(session, by, "invoice_held", "invoice", inv.id, reason=inv.on_hold_reason)
    return inv


def release_hold(session: Session, customer_id: str, invoice_number: str, by: str) -> Invoice:
    inv = _invoice_of(session, customer_by_id(session, customer_id), invoice_number)
    previous, inv.on_hold_reason = inv.on_hold_reason, None
    audit.record(session, by, "invoice_released", "invoice", inv.id, previous=previous)
    return inv


def set_excluded(session: Session, customer_id: str, excluded: bool, reason: str,
                 by: str) -> Customer:
    if not reason.strip():
        raise InputError("say why the customer is (no longer) excluded from dunning")
    c = customer_by_id(session, customer_id)
    c.excluded_from_dunning = excluded
    audit.record(session, by, "dunning_excluded" if excluded else "dunning_included",
                 "customer", c.id, reason=reason.strip())
    return c
