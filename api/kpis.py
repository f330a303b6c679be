"""Collection KPIs over plain records: ageing, DSO (countback), CEI, average days delinquent,
promise-kept rate, auto-match rate, dispute count and age.

Pure: no database, no clock; every function takes `today`. api.dashboard loads the records.
Open amounts in the past are rebuilt from today's open amount plus what was paid since:
open_at(d) = open_amount + payments after d, for an invoice issued by d. No KPI asks for a day
before today − PERIOD_DAYS, so payments older than that never change a figure.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
PERIOD_DAYS = 30  # the countback step of DSO and the period of CEI
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class InvoiceRecord:
    issue_date: date
    due_date: date
    amount: Decimal
    open_amount: Decimal
    paid: tuple[tuple[date, Decimal], ...] = field(default=())  # (value date, amount) applied


@dataclass(frozen=True, slots=True)
class DisputeRecord:
    opened_date: date
    status: str  # open / resolved


def bucket_of(due_date: date, today: date) -> str:
    late = (today - due_date).days
    if late <= 0:
        return "current"
    if late <= 30:
        return "1-30"
    if late <= 60:
        return "31-60"
    if late <= 90:
        return "61-90"
    return "90+"


def ageing(invoices: Iterable[InvoiceRecord], today: date) -> dict[str, Decimal]:
    """Open amount per ageing bucket (days past due), every bucket present."""
    out = dict.fromkeys(BUCKETS, ZERO)
    for inv in invoices:
        if inv.open_amount > 0:
            out[bucket_of(inv.due_date, today)] += inv.open_amount
    return out


def open_at(inv: InvoiceRecord, day: date) -> Decimal:
    if inv.issue_date > day:
        return ZERO
    return inv.open_amount + sum((amt for paid_date, amt in inv.paid if paid_date > day), ZERO)


def receivables(invoices: Iterable[InvoiceRecord], day: date) -> Decimal:
    return sum((open_at(i, day) for i in invoices), ZERO)


def sales(invoices: Iterable[InvoiceRecord], start: date, end: date) -> Decimal:
    """Invoiced amount issued in (start, end]."""
    return sum((i.amount for i in invoices if start < i.issue_date <= end), ZERO)


def dso_countback(invoices: Sequence[InvoiceRecord], today: date,
                  period_days: int = PERIOD_DAYS,
                  max_periods: int = 12) -> float | None:
    """Days sales outstanding by the countback method: walk back period by period, taking
    each period's sales off today's receivables, until they are used up. None with no sales."""
    left = receivables(invoices, today)
    if left <= 0:
        return 0.0
    days = Decimal(0)
    end = today
    for _ in range(max_periods):
        start = end - timedelta(days=period_days)
        sold = sales(invoices, start, end)
        if sold >= left:
            return float(days + left / sold * period_days)
        left -= sold
        days += period_days
        end = start
    return float(days) if days else None


def cei(invoices: Sequence[InvoiceRecord], today: date,
        period_days: int = PERIOD_DAYS) -> float | None:
    """Collection effectiveness index over the last period, in percent:
    (begin + sales − end) / (begin + sales − end current) × 100. None if undefined."""
    start = today - timedelta(days=period_days)
    begin = receivables(invoices, start)
    end_total = receivables(invoices, today)
    end_current = sum((open_at(i, today) for i in invoices if i.due_date >= today), ZERO)
    sold = sales(invoices, start, today)
    denominator = begin + sold - end_current
    if denominator <= 0:
        return None
    collected = begin + sold - end_total
    return round(float(collected / denominator * 100), 1)


def average_days_delinquent(invoices: Iterable[InvoiceRecord], today: date) -> float | None:
    """Days past due of overdue open invoices, weighted by open amount. None if none overdue."""
    weighted, total = ZERO, ZERO
    for inv in invoices:
        late = (today - inv.due_date).days
        if late > 0 and inv.open_amount > 0:
            weighted += inv.open_amount * late
            total += inv.open_amount
    return round(float(weighted / total), 1) if total else None


def _share(statuses: Iterable[str] | Mapping[str, int], hit: str,
           among: tuple[str, ...]) -> float | None:
    counts = statuses if isinstance(statuses, Mapping) else Counter(statuses)
    seen = sum(counts.get(s, 0) for s in among)
    return round(counts.get(hit, 0) / seen, 3) if seen else None


def promise_kept_rate(statuses: Iterable[str] | Mapping[str, int]) -> float | None:
    """Share of decided promises (kept, broken, partial) that were kept; open ones wait.
    Takes each promise's status, or how many promises have each status."""
    return _share(statuses, "kept", ("kept", "broken", "partial"))


def auto_match_rate(payment_statuses: Iterable[str] | Mapping[str, int]) -> float | None:
    """Share of matched payments (applied, suggested, exception) applied with no one's help.
    Takes each payment's status, or how many payments have each status."""
    return _share(payment_statuses, "applied", ("applied", "suggested", "exception"))


@dataclass(frozen=True, slots=True)
class DisputeStats:
    open_count: int
    average_age_days: float | None
    oldest_age_days: int | None


def dispute_stats(disputes: Iterable[DisputeRecord], today: date) -> DisputeStats:
    ages = [(today - d.opened_date).days for d in disputes if d.status == "open"]
    if not ages:
        return DisputeStats(0, None, None)
    return DisputeStats(len(ages), round(sum(ages) / len(ages), 1), max(ages))
