"""The journal of applied cash, as a CSV an ERP can import: one row per live application
(payment, invoice, amount, date, deduction code), filtered by date, customer and status."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger.models import Application, Customer, Invoice, Payment
from ledger.money import decimal_str

COLUMNS = ("payment_id", "value_date", "customer_id", "invoice_number", "amount", "currency",
           "deduction_amount", "deduction_code", "status", "payer_name", "bank_reference")
LIVE = ("auto_applied", "confirmed")


@dataclass(frozen=True, slots=True)
class JournalFilter:
    date_from: date | None = None
    date_to: date | None = None
    customer_id: str | None = None
    statuses: tuple[str, ...] = LIVE


def journal_csv(session: Session, f: JournalFilter) -> str:
    query = (select(Application, Payment, Invoice, Customer)
             .join(Payment, Application.payment_pk == Payment.id)
             .join(Invoice, Application.invoice_pk == Invoice.id)
             .join(Customer, Invoice.customer_pk == Customer.id)
             .where(Application.status.in_(f.statuses))
             .order_by(Payment.value_date, Payment.id, Application.id))
    if f.date_from:
        query = query.where(Payment.value_date >= f.date_from)
    if f.date_to:
        query = query.where(Payment.value_date <= f.date_to)
    if f.customer_id:
        query = query.where(Customer.customer_id == f.customer_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for app, payment, invoice, customer in session.execute(query).all():
        writer.writerow([payment.id, payment.value_date.isoformat() if payment.value_date else "",
                         customer.customer_id, invoice.invoice_number, decimal_str(app.amount),
                         app.currency,
                         decimal_str(app.deduction_amount) if app.deduction_amount else "",
                         app.deduction_reason or "", app.status, payment.payer_name or "",
                         payment.source or ""])
    return out.getvalue()
