"""What collectors see and do: the approval queue, the worklist, a customer's account and
timeline; holds and dunning exclusion (audited). Draft decisions go to assistant.outbox."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def approval_queue(session: Session, today: date, draft_id: int | None = None
                   ) -> list[QueueItemOut]:
    query = (select(Draft, Customer).outerjoin(Customer, Draft.customer_pk == Customer.id)
             .where(Draft.status.in_(QUEUE_STATUSES)).order_by(Draft.created_at, Draft.id))
    if draft_id is not None:
        query = query.where(Draft.id == draft_id)
    items = []
    for draft, customer in session.execute(query).all():
        message = session.get(Message, draft.message_pk) if draft.message_pk else None
        analysis = message.analysis if message is not None else None
        invoices = _open_invoices(session, customer.id) if customer else []
        items.append(QueueItemOut(
            draft=draft_out(draft, customer.customer_id if customer else None,
                            customer.name if customer else None),
            message=message_out(message) if message is not None else None,
            understanding=_understanding(analysis) if analysis is not None else None,
            open_invoices=[invoice_out(i, customer.customer_id, today) for i in invoices]
            if customer else []))
    return items


def worklist(session: Session, today: date, top: int = 10) -> WorklistOut:
    holds = session.scalars(select(Customer).where(Customer.legal_hold.is_not(None))
                            .order_by(Customer.legal_hold_at, Customer.customer_id)).all()
    ids = dict(session.execute(select(Customer.id, Customer.customer_id)).all())
    tasks = session.scalars(select(Task).where(Task.status == "open")
                            .order_by(Task.created_at, Task.id)).all()
    failed = session.scalars(select(Message).where(Message.status == "failed")
                             .order_by(Message.received_at.desc(), Message.id.desc())).all()
    overdue: dict[tuple[int, str], list[Invoice]] = defaultdict(list)
    for inv in session.scalars(select(Invoice).where(Invoice.open_amount > Decimal(0),
                                                     Invoice.due_date < today)):
        overdue[(inv.customer_pk, inv.currency)].append(inv)
    names = dict(session.execute(select(Customer.id, Customer.name)).all())
    accounts = [OverdueAccountOut(customer_id=ids[pk], name=names[pk], currency=cur,
                                  overdue_amount=decimal_str(sum((i.open_amount for i in invs),
                                                                 Decimal(0))),
                                  oldest_days_overdue=max((today - i.due_date).days
                                                          for i in invs))
                for (pk, cur), invs in overdue.items()]
    accounts.sort(key=lambda a: (-Decimal(a.overdue_amount), a.customer_id))
    return WorklistOut(
        legal_holds=[CustomerBriefOut(customer_id=c.customer_id, name=c.name,
                                      legal_hold=c.legal_hold, legal_hold_at=c.legal_hold_at)
                     for c in holds],
        tasks=[TaskOut(id=t.id, customer_id=ids.get(t.customer_pk) if t.customer_pk else None,
                       kind=t.kind, detail=t.detail, created_at=t.created_at) for t in tasks],
        failed_messages=[FailedMessageOut(id=m.id, source=m.source, subject=m.subject,
                                          reason=m.failure_reason, received_at=m.received_at)
                         for m in failed],
        top_overdue=accounts[:top])


def _timeline(session: Session, customer: Customer) -> list[TimelineEventOut]:
    pk = customer.id
    numbers = dict(session.execute(select(Invoice.id, Invoice.invoice_number)
                                   .where(Invoice.customer_pk == pk)).all())
    events: list[TimelineEventOut] = []

    def add(at: datetime, kind: str, title: str, detail: str = "") -> None:
        events.append(TimelineEventOut(at=at, kind=kind, title=title,  # type: ignore[arg-type]
                                       detail=detail))

    for m, a in session.execute(select(Message, Analysis).join(Analysis)
                                .where(Analysis.customer_pk == pk)).all():
        add(m.sent_at or m.received_at, "message", m.subject or "(no subject)",
            f"from {m.from_address or '?'} — understood as {a.primary_intent}")
    for p in session.scalars(select(Promise).where(Promise.customer_pk == pk)):
        what = numbers.get(p.invoice_pk, "the account") if p.invoice_pk else "the account"
        amount = f"{decimal_str(p.promised_amount)} {p.currency or ''} " \
            if p.promised_amount is not None else ""
        add(p.created_at, "promise", f"Promise to pay {what}",
            f"{amount}by {p.promised_date or '?'} ({p.status})")
    for d in session.scalars(select(Dispute).where(Dispute.customer_pk == pk)):
        what = numbers.get(d.invoice_pk, "?") if d.invoice_pk else "the account"
        add(d.created_at, "dispute", f"Dispute on {what}: {d.reason}",
            f"{d.status}" + (f" — {d.comment}" if d.comment else ""))
    for p in session.scalars(select(Payment).where(Payment.customer_pk == pk)):
        add(p.created_at, "payment", f"Payment {decimal_str(p.amount)} {p.currency}",
            f"{p.kind}, value date {p.value_date or '?'} ({p.status})")
    for d in session.scalars(select(Draft).where(Draft.customer_pk == pk)):
        add(d.sent_at or d.created_at, "draft", f"Draft: {d.subject}", f"{d.kind} ({d.status})")
    events.sort(key=lambda e: e.at, reverse=True)
    return events


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
