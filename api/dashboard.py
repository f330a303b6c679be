"""Load the dashboard's records from the ledger and compute the KPIs with api.kpis."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from api import kpis
from api.schemas import BucketOut, DashboardOut
from ledger.models import Application, Dispute, Invoice, Payment, Promise
from ledger.money import decimal_str

LIVE = ("auto_applied", "confirmed")


def invoice_records(session: Session, currency: str) -> list[kpis.InvoiceRecord]:
    paid: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for app, value_date in session.execute(
            select(Application, Payment.value_date).join(Payment)
            .where(Application.status.in_(LIVE), Application.currency == currency)):
        paid[app.invoice_pk].append((value_date or app.created_at.date(), app.amount))
    return [kpis.InvoiceRecord(i.issue_date, i.due_date, i.amount, i.open_amount,
                               tuple(paid.get(i.id, ())))
            for i in session.scalars(select(Invoice).where(Invoice.currency == currency))]


def dashboard(session: Session, currency: str, today: date) -> DashboardOut:
    invoices = invoice_records(session, currency)
    buckets = kpis.ageing(invoices, today)
    disputes = [kpis.DisputeRecord(d.created_at.date(), d.status)
                for d in session.scalars(select(Dispute))]
    stats = kpis.dispute_stats(disputes, today)
    return DashboardOut(
        currency=currency, today=today,
        ageing=[BucketOut(label=k, amount=decimal_str(v)) for k, v in buckets.items()],
        open_total=decimal_str(sum(buckets.values(), Decimal(0))),
        dso_days=_round(kpis.dso_countback(invoices, today)),
        cei_percent=kpis.cei(invoices, today),
        average_days_delinquent=kpis.average_days_delinquent(invoices, today),
        promise_kept_rate=kpis.promise_kept_rate(session.scalars(select(Promise.status))),
        auto_match_rate=kpis.auto_match_rate(session.scalars(select(Payment.status))),
        disputes_open=stats.open_count, dispute_average_age_days=stats.average_age_days,
        dispute_oldest_age_days=stats.oldest_age_days)


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None
