"""Load the dashboard's records from the ledger and compute the KPIs with api.kpis.

Every KPI is a sum over invoices, so the database adds up the invoices that share an issue
date, a due date and the sign of their open amount into one record: a few thousand records
whatever the size of the ledger, giving the same figures as one record per invoice. Only
payments that can still change a figure (value date after today − kpis.PERIOD_DAYS) are read.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from api import kpis
from api.schemas import BucketOut, DashboardOut
from ledger.models import Application, Dispute, Invoice, Payment, Promise
from ledger.money import decimal_str

LIVE = ("auto_applied", "confirmed")
_CHUNK = 5000
Key = tuple[date, date, bool]  # issue date, due date, open amount > 0


def _paid(session: Session, currency: str, paid_after: date | None
          ) -> dict[Key, list[tuple[date, Decimal]]]:
    """Live applications in `currency` paid after `paid_after` (all if None), by record key.
    The day is the payment's value date, or the day of the application without one."""
    query = (select(Application.invoice_pk, Payment.value_date, Application.created_at,
                    Application.amount)
             .join(Payment, Application.payment_pk == Payment.id)
             .where(Application.status.in_(LIVE), Application.currency == currency))
    if paid_after is not None:
        # Recent payments first (ix_payments_newest), then their applications.
        query = query.where(Application.payment_pk.in_(select(Payment.id).where(
            or_(Payment.value_date > paid_after, Payment.value_date.is_(None)))))
    rows = [(invoice_pk, value_date or created_at.date(), amount)
            for invoice_pk, value_date, created_at, amount in session.execute(query)]
    if paid_after is not None:
        rows = [row for row in rows if row[1] > paid_after]
    keys: dict[int, Key] = {}
    pks = sorted({invoice_pk for invoice_pk, _, _ in rows})
    for start in range(0, len(pks), _CHUNK):
        for pk, issue, due, is_open in session.execute(
                select(Invoice.id, Invoice.issue_date, Invoice.due_date,
                       Invoice.open_amount > literal_column("0"))
                .where(Invoice.id.in_(pks[start:start + _CHUNK]),
                       Invoice.currency == currency)):
            keys[pk] = (issue, due, bool(is_open))
    paid: dict[Key, list[tuple[date, Decimal]]] = defaultdict(list)
    for invoice_pk, day, amount in rows:
        if invoice_pk in keys:
            paid[keys[invoice_pk]].append((day, amount))
    return paid


def invoice_records(session: Session, currency: str, paid_after: date | None = None
                    ) -> list[kpis.InvoiceRecord]:
    """The invoices in `currency` as KPI records: per issue date and due date, one record
    adding up those with an open amount and one the others (paid or credited). Payments on or
    before `paid_after` are left out (None: none are)."""
    is_open = Invoice.open_amount > literal_column("0")
    zero = literal_column("0")
    paid = _paid(session, currency, paid_after)
    records = []
    for issue, due, n_open, amount, open_amount, amount_of_open, open_of_open in session.execute(
            select(Invoice.issue_date, Invoice.due_date,
                   func.sum(case((is_open, 1), else_=0)),
                   func.sum(Invoice.amount), func.sum(Invoice.open_amount),
                   func.sum(case((is_open, Invoice.amount), else_=zero)),
                   func.sum(case((is_open, Invoice.open_amount), else_=zero)))
            .where(Invoice.currency == currency)
            .group_by(Invoice.issue_date, Invoice.due_date)):
        if n_open:
            records.append(kpis.InvoiceRecord(issue, due, amount_of_open, open_of_open,
                                              tuple(paid.get((issue, due, True), ()))))
        rest = paid.get((issue, due, False), ())
        if amount != amount_of_open or open_amount != open_of_open or rest:
            records.append(kpis.InvoiceRecord(issue, due, amount - amount_of_open,
                                              open_amount - open_of_open, tuple(rest)))
    return records


def _counts(session: Session, column) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """How many rows have each status, counted by the database."""
    return {status: n for status, n in session.execute(
        select(column, func.count()).group_by(column))}


def dashboard(session: Session, currency: str, today: date) -> DashboardOut:
    invoices = invoice_records(session, currency,
                               paid_after=today - timedelta(days=kpis.PERIOD_DAYS))
    buckets = kpis.ageing(invoices, today)
    disputes = [kpis.DisputeRecord(created_at.date(), "open") for created_at in session.scalars(
        select(Dispute.created_at).where(Dispute.status == "open"))]
    stats = kpis.dispute_stats(disputes, today)
    return DashboardOut(
        currency=currency, today=today,
        ageing=[BucketOut(label=k, amount=decimal_str(v)) for k, v in buckets.items()],
        open_total=decimal_str(sum(buckets.values(), Decimal(0))),
        dso_days=_round(kpis.dso_countback(invoices, today)),
        cei_percent=kpis.cei(invoices, today),
        average_days_delinquent=kpis.average_days_delinquent(invoices, today),
        promise_kept_rate=kpis.promise_kept_rate(_counts(session, Promise.status)),
        auto_match_rate=kpis.auto_match_rate(_counts(session, Payment.status)),
        disputes_open=stats.open_count, dispute_average_age_days=stats.average_age_days,
        dispute_oldest_age_days=stats.oldest_age_days)


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None
