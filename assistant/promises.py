"""Promises to pay, followed up: kept (paid by the date, within tolerance), partially kept, or
broken (the date passed with nothing paid) — a broken promise becomes a collector's task and
lets dunning resume. `decide_promise` is pure; `review_promises` applies it to the ledger."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.models import Application, Invoice, Promise, Task


def decide_promise(target: Decimal, paid_since: Decimal, promised_date: date | None,
                   today: date, grace_days: int = 2, tolerance: Decimal = Decimal("0.01")
                   ) -> str | None:
    """The promise's new status, or None while it is still open."""
    if target > 0 and paid_since >= target - tolerance:
        return "kept"
    if promised_date is None or today <= promised_date + timedelta(days=grace_days):
        return None
    return "partial" if paid_since > 0 else "broken"


@dataclass(frozen=True, slots=True)
class PromiseReview:
    promise_id: int
    invoice_number: str | None
    status: str


def review_promises(session: Session, today: date, grace_days: int = 2,
                    actor: str = "promises") -> list[PromiseReview]:
    reviews = []
    for promise in session.scalars(select(Promise).where(Promise.status == "open",
                                                         Promise.invoice_pk.is_not(None))):
        invoice = session.get(Invoice, promise.invoice_pk)
        assert invoice is not None
        paid_since = session.scalar(select(func.coalesce(func.sum(Application.amount), 0)).where(
            Application.invoice_pk == invoice.id,
            Application.status.in_(("auto_applied", "confirmed")),
            Application.created_at >= promise.created_at)) or Decimal(0)
        target = promise.promised_amount or (invoice.open_amount + Decimal(paid_since))
        status = decide_promise(target, Decimal(paid_since), promise.promised_date, today,
                                grace_days)
        if status is None:
            continue
        promise.status = status
        audit.record(session, actor, f"promise_{status}", "promise", promise.id,
                     invoice=invoice.invoice_number, paid=str(paid_since), target=str(target))
        if status != "kept":
            session.add(Task(customer_pk=promise.customer_pk, message_pk=promise.message_pk,
                             kind="broken_promise",
                             detail=f"promise to pay {invoice.invoice_number} by "
                                    f"{promise.promised_date} {status}: {paid_since} paid of "
                                    f"{target}; dunning resumes"))
        reviews.append(PromiseReview(promise.id, invoice.invoice_number, status))
    return reviews
