"""Issue 9, pages at scale: the approval queue, the payments and the worklist's lists come a
page at a time with links to the others (JSON: limit/offset and X-Total-Count), and the
dashboard's grouped records give exactly the KPIs of one record per invoice."""
from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from api import kpis
from api.dashboard import dashboard, invoice_records
from ledger.db import transaction
from ledger.models import Application, Customer, Draft, Invoice, Payment, Task
from tests.api.conftest import TODAY, csrf_of

NEXT = re.compile(r'<a href="([^"]+)" rel="next">')
DRAFT_IDS = re.compile(r'<section class="card draft" id="draft-(\d+)">')
LATER = datetime.now(UTC) + timedelta(hours=1)  # after the seeded drafts and task


def _more_drafts(factory, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    with transaction(factory) as s:
        c2 = s.scalars(select(Customer).where(Customer.customer_id == "C2")).one()
        drafts = [Draft(customer_pk=c2.id, kind="dunning", language="en", to="compta@martin.test",
                        subject=f"Reminder {k}", body="F2026/0193 is due.", status="drafted",
                        evidence={"compliance": []},
                        created_at=LATER + timedelta(minutes=k))
                  for k in range(n)]
        s.add_all(drafts)
        s.flush()
        return [d.id for d in drafts]


def test_the_queue_comes_a_page_at_a_time(client_for, ids, factory):
    extra = _more_drafts(factory, 30)  # 32 waiting: 25 on page 1, 7 on page 2
    alice = client_for("alice")
    first = alice.get("/queue").text
    assert '<span class="count">32</span>' in first and "1–25 of 32 · page 1 of 2" in first
    assert [int(i) for i in DRAFT_IDS.findall(first)] == [ids["reply"], ids["dunning"],
                                                          *extra[:23]]
    assert NEXT.search(first).group(1) == "?page=2"
    second = alice.get("/queue?page=2").text
    assert [int(i) for i in DRAFT_IDS.findall(second)] == extra[23:]
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert DRAFT_IDS.findall(alice.get("/queue?page=99").text) == DRAFT_IDS.findall(second)
    # A link to one draft (as the chat gives) opens the page that holds it.
    assert f'id="draft-{extra[-1]}"' in alice.get(f"/queue?draft={extra[-1]}").text
    # Acting on a draft of page 2 comes back to page 2.
    r = alice.post(f"/queue/{extra[-1]}/reject", follow_redirects=False,
                   data={"csrf_token": csrf_of(alice, "/queue"), "reason": "paid",
                         "page": "2"})
    assert r.headers["location"] == "/queue?page=2"
    r = alice.get("/api/v1/drafts?limit=5&offset=25")
    assert r.headers["x-total-count"] == "31"
    assert [i["draft"]["id"] for i in r.json()] == extra[23:28]


def test_payments_come_a_page_at_a_time_and_keep_the_filter(client_for, factory):
    with transaction(factory) as s:
        s.add_all([Payment(kind="bank", dedupe_key=f"bank:x{k}", amount=Decimal("1.00"),
                           currency="EUR", value_date=date(2026, 10, 1) - timedelta(days=k),
                           status="exception", evidence=[]) for k in range(60)])
    fred = client_for("fred")
    page = fred.get("/payments?status=exception").text
    assert page.count('class="card payment"') == 50 and "1–50 of 61" in page
    assert NEXT.search(page).group(1) == "?status=exception&amp;page=2"
    page = fred.get("/payments?status=exception&page=2").text
    assert page.count('class="card payment"') == 11 and 'rel="next"' not in page
    r = fred.get("/api/v1/payments?status=exception&limit=10&offset=55")
    assert r.headers["x-total-count"] == "61" and len(r.json()) == 6


def test_the_worklists_lists_page_on_their_own(client_for, factory):
    with transaction(factory) as s:
        s.add_all([Task(kind="bounce", detail=f"bounce {k}",
                        created_at=LATER + timedelta(minutes=k))
                   for k in range(60)])
    alice = client_for("alice")
    page = alice.get("/worklist").text
    assert page.count("bounce ") == 49  # and the insolvency task: 50 a page
    assert NEXT.search(page).group(1) == "?tasks_page=2"
    page = alice.get("/worklist?tasks_page=2&failed_page=3").text
    assert page.count("bounce ") == 11 and "51–61 of 61" in page
    assert 'href="?failed_page=3&amp;tasks_page=1" rel="prev"' in page
    assert "InputError: no body" in page  # page 3 of one: the last page
    w = alice.get("/api/v1/worklist?limit=10&offset=5").json()
    assert len(w["tasks"]) == 10 and w["legal_holds"] == [] and w["top_overdue"]


def _per_invoice_records(session: Session, currency: str) -> list[kpis.InvoiceRecord]:
    """One record per invoice, as the dashboard used to load them."""
    paid: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for app, value_date in session.execute(
            select(Application, Payment.value_date).join(Payment)
            .where(Application.status.in_(("auto_applied", "confirmed")),
                   Application.currency == currency)):
        paid[app.invoice_pk].append((value_date or app.created_at.date(), app.amount))
    return [kpis.InvoiceRecord(i.issue_date, i.due_date, i.amount, i.open_amount,
                               tuple(paid.get(i.id, ())))
            for i in session.scalars(select(Invoice).where(Invoice.currency == currency))]


def test_grouped_dashboard_records_give_the_same_kpis_as_one_per_invoice(factory, ids):
    rng = random.Random(9)
    with transaction(factory) as s:
        c1 = s.scalars(select(Customer).where(Customer.customer_id == "C1")).one()
        invoices = []
        for k in range(300):
            issue = TODAY - timedelta(days=rng.randrange(200))
            amount = Decimal(rng.randrange(100, 100000)).scaleb(-2)
            open_amount = rng.choice((amount, amount, Decimal(0), amount / 2, -amount))
            invoices.append(Invoice(customer_pk=c1.id, invoice_number=f"K-{k}",
                                    reference_key=f"K{k}", issue_date=issue,
                                    due_date=issue + timedelta(days=rng.choice((14, 30))),
                                    currency="EUR", amount=amount, open_amount=open_amount))
        s.add_all(invoices)
        s.flush()
        for k, inv in enumerate(invoices[::3]):
            payment = Payment(kind="bank", dedupe_key=f"bank:k{k}", amount=inv.amount,
                              currency="EUR", status="applied", evidence=[],
                              value_date=None if k % 5 == 0 else
                              inv.issue_date + timedelta(days=rng.randrange(60)))
            s.add(payment)
            s.flush()
            s.add(Application(payment_pk=payment.id, invoice_pk=inv.id, currency="EUR",
                              amount=Decimal(rng.randrange(1, 5000)).scaleb(-2), evidence=[],
                              status=rng.choice(("auto_applied", "confirmed", "reversed")),
                              created_at=datetime(2026, 9, 1, tzinfo=UTC)
                              + timedelta(days=k)))
    with factory() as s:
        grouped, single = invoice_records(s, "EUR"), _per_invoice_records(s, "EUR")
        assert len(grouped) < len(single)
        for today in (TODAY, TODAY - timedelta(days=45)):
            assert kpis.ageing(grouped, today) == kpis.ageing(single, today)
            for kpi in (kpis.dso_countback, kpis.cei, kpis.average_days_delinquent):
                assert kpi(grouped, today) == kpi(single, today), kpi.__name__
        # The dashboard reads only the payments that can still change a figure.
        recent = invoice_records(s, "EUR", paid_after=TODAY - timedelta(days=kpis.PERIOD_DAYS))
        for kpi in (kpis.ageing, kpis.dso_countback, kpis.cei, kpis.average_days_delinquent):
            assert kpi(recent, TODAY) == kpi(single, TODAY), kpi.__name__
        d = dashboard(s, "EUR", TODAY)
        assert d.cei_percent == kpis.cei(single, TODAY) and d.cei_percent is not None
