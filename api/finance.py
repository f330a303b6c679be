"""What finance sees and exports: payments with their applications and evidence (newest
first) and the journal of confirmed/applied applications as CSV. Reversal itself is
matching.service.reverse_application."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from api.schemas import ApplicationOut, PaymentOut
from ledger.models import Application, Customer, Invoice, Payment
from ledger.money import decimal_str

JOURNAL_STATUSES = ("auto_applied", "confirmed")
JOURNAL_COLUMNS = ("payment_id", "value_date", "customer_id", "invoice_number", "amount",
                   "currency", "deduction_amount", "deduction_code", "status", "application_id")


def payments(session: Session, status: str | None = None, limit: int = 200,
             offset: int = 0) -> list[PaymentOut]:
    """Payments newest first (by value date, then arrival), like `arbox payments list --json`
    plus each application's id so it can be reversed: `limit` of them from `offset`."""
    query = (select(Payment, Customer.customer_id)
             .outerjoin(Customer, Payment.customer_pk == Customer.id)
             .options(selectinload(Payment.applications).selectinload(Application.invoice)
                      .load_only(Invoice.invoice_number))
             .order_by(Payment.value_date.desc().nulls_last(), Payment.id.desc())
             .offset(offset).limit(limit))
    if status:
        query = query.where(Payment.status == status)
    return [PaymentOut(
        payment_id=p.id, amount=decimal_str(p.amount), currency=p.currency,
        value_date=p.value_date, payer_name=p.payer_name, reference=p.reference,
        customer_id=customer_id, status=p.status,
        evidence=list(p.evidence or []),
        applications=[ApplicationOut(
            application_id=a.id, invoice_number=a.invoice.invoice_number,
            amount=decimal_str(a.amount), status=a.status,
            deduction_amount=decimal_str(a.deduction_amount)
            if a.deduction_amount is not None else None,
            deduction_reason=a.deduction_reason, evidence=list(a.evidence or []))
            for a in sorted(p.applications, key=lambda a: a.id)])
        for p, customer_id in session.execute(query)]


def payments_count(session: Session, status: str | None = None) -> int:
    query = select(func.count()).select_from(Payment)
    if status:
        query = query.where(Payment.status == status)
    return session.scalar(query) or 0


@dataclass(frozen=True, slots=True)
class JournalFilter:
    date_from: date | None = None
    date_to: date | None = None
    customer_id: str | None = None
    currency: str | None = None
    status: str | None = None  # auto_applied / confirmed; None: both


def journal_rows(session: Session, f: JournalFilter) -> list[dict[str, str]]:
    """One row per live (auto_applied or confirmed) application; the date is the payment's
    value date, or the day the application was made when the bank gave none."""
    statuses = (f.status,) if f.status else JOURNAL_STATUSES
    query = (select(Application, Payment, Invoice, Customer)
             .join(Payment, Application.payment_pk == Payment.id)
             .join(Invoice, Application.invoice_pk == Invoice.id)
             .join(Customer, Invoice.customer_pk == Customer.id)
             .where(Application.status.in_(statuses)).order_by(Application.id))
    if f.customer_id:
        query = query.where(Customer.customer_id == f.customer_id)
    if f.currency:
        query = query.where(Application.currency == f.currency.upper())
    rows = []
    for a, p, inv, c in session.execute(query):
        day = p.value_date or a.created_at.date()
        if (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
            continue
        rows.append({"payment_id": str(p.id), "value_date": day.isoformat(),
                     "customer_id": c.customer_id, "invoice_number": inv.invoice_number,
                     "amount": decimal_str(a.amount), "currency": a.currency,
                     "deduction_amount": decimal_str(a.deduction_amount)
                     if a.deduction_amount is not None else "",
                     "deduction_code": a.deduction_reason or "", "status": a.status,
                     "application_id": str(a.id)})
    return rows


def journal_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=JOURNAL_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        # A cell starting with = + - @ is a formula to a spreadsheet: neutralise it.
        writer.writerow({k: ("'" + v if v[:1] in ("=", "+", "@") else v) for k, v in row.items()})
    return out.getvalue()
