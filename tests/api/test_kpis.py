"""Issue 9, dashboard: the pure KPI functions on hand-computed examples, and the endpoint."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api import kpis
from api.kpis import DisputeRecord, InvoiceRecord

TODAY = date(2026, 11, 30)
D = Decimal


def inv(issue: str, due: str, amount: str, open_amount: str, paid=()) -> InvoiceRecord:
    return InvoiceRecord(date.fromisoformat(issue), date.fromisoformat(due), D(amount),
                         D(open_amount), tuple((date.fromisoformat(d), D(a)) for d, a in paid))


def test_ageing_buckets_by_days_past_due():
    invoices = [inv("2026-11-01", "2026-11-30", "100", "100"),   # due today: current
                inv("2026-10-01", "2026-11-29", "10", "10"),     # 1 day
                inv("2026-09-01", "2026-10-31", "20", "20"),     # 30 days
                inv("2026-09-01", "2026-10-30", "30", "30"),     # 31 days
                inv("2026-08-01", "2026-09-01", "40", "40"),     # 90 days
                inv("2026-06-01", "2026-08-31", "50", "50"),     # 91 days
                inv("2026-06-01", "2026-07-01", "60", "0")]      # paid
    assert kpis.ageing(invoices, TODAY) == {"current": D(100), "1-30": D(30), "31-60": D(30),
                                            "61-90": D(40), "90+": D(50)}


def test_dso_countback_walks_back_through_sales():
    # 1500 open; last 30 days sold 1000, the 30 before sold 1000 → 30 + 500/1000 × 30 = 45
    invoices = [inv("2026-11-15", "2026-12-15", "1000", "1000"),
                inv("2026-10-15", "2026-11-14", "1000", "500", [("2026-11-10", "500")])]
    assert kpis.dso_countback(invoices, TODAY) == 45.0
    assert kpis.dso_countback([inv("2026-01-01", "2026-02-01", "100", "0")], TODAY) == 0.0


def test_open_amounts_in_the_past_add_back_later_payments():
    i = inv("2026-10-01", "2026-10-31", "100", "20", [("2026-10-20", "30"), ("2026-11-20", "50")])
    assert kpis.open_at(i, date(2026, 9, 30)) == 0
    assert kpis.open_at(i, date(2026, 10, 31)) == D(70)
    assert kpis.open_at(i, TODAY) == D(20)


def test_cei_matches_the_textbook_formula():
    # begin 1000 (due before the period), sales 500 in the period (not yet due),
    # 800 collected of the old, 0 of the new: (1000 + 500 − 700) / (1000 + 500 − 500) = 80 %
    invoices = [inv("2026-09-01", "2026-10-15", "1000", "200", [("2026-11-10", "800")]),
                inv("2026-11-20", "2026-12-20", "500", "500")]
    assert kpis.cei(invoices, TODAY) == 80.0
    assert kpis.cei([], TODAY) is None


def test_average_days_delinquent_weights_by_open_amount():
    invoices = [inv("2026-09-01", "2026-10-31", "300", "300"),  # 30 days
                inv("2026-09-01", "2026-11-20", "100", "100"),  # 10 days
                inv("2026-11-01", "2026-12-31", "999", "999")]  # not due
    assert kpis.average_days_delinquent(invoices, TODAY) == 25.0
    assert kpis.average_days_delinquent(invoices[2:], TODAY) is None


def test_rates_and_disputes():
    assert kpis.promise_kept_rate(["kept", "broken", "open", "kept", "partial"]) == 0.5
    assert kpis.promise_kept_rate(["open"]) is None
    assert kpis.auto_match_rate(["applied", "suggested", "applied", "ignored",
                                 "exception"]) == 0.5
    stats = kpis.dispute_stats([DisputeRecord(date(2026, 11, 20), "open"),
                                DisputeRecord(date(2026, 11, 1), "open"),
                                DisputeRecord(date(2026, 1, 1), "resolved")], TODAY)
    assert stats == kpis.DisputeStats(2, 19.5, 29)


@given(st.lists(st.tuples(st.integers(-200, 200), st.decimals(0, 10**6, places=2)),
                max_size=20))
def test_ageing_buckets_add_up_to_the_open_total(rows):
    invoices = [InvoiceRecord(date(2026, 1, 1), date.fromordinal(TODAY.toordinal() - late),
                              amount, amount) for late, amount in rows]
    assert sum(kpis.ageing(invoices, TODAY).values()) == sum((a for _, a in rows), D(0))


@pytest.mark.parametrize("who", ["alice", "fred"])
def test_dashboard_endpoint_and_page(client_for, who):
    client = client_for(who)
    d = client.get("/api/v1/dashboard").json()
    assert set(d) == {"currency", "today", "ageing", "open_total", "dso_days", "cei_percent",
                      "average_days_delinquent", "promise_kept_rate", "auto_match_rate",
                      "disputes_open", "dispute_average_age_days", "dispute_oldest_age_days"}
    assert d["currency"] == "EUR" and d["today"] == "2026-11-24"
    assert d["ageing"] == [{"label": "current", "amount": "99.00"},
                           {"label": "1-30", "amount": "0.00"},
                           {"label": "31-60", "amount": "3180.40"},
                           {"label": "61-90", "amount": "0.00"},
                           {"label": "90+", "amount": "0.00"}]
    assert d["open_total"] == "3279.40" and d["auto_match_rate"] == 0.5
    page = client.get("/dashboard").text
    assert "<svg" in page and "3180.40" in page
    assert client.get("/api/v1/dashboard?currency=usd").status_code == 422
