"""Issue 9, finance: payments newest first with evidence, reversal with a reason, CSV journal."""
from __future__ import annotations

import csv
import io
from decimal import Decimal

from sqlalchemy import select

from ledger.models import Application, AuditEntry, Invoice
from tests.api.conftest import csrf_of


def test_payments_newest_first_with_applications_and_evidence(client_for, ids):
    payments = client_for("fred").get("/api/v1/payments").json()
    assert [p["value_date"] for p in payments] == ["2026-11-21", "2026-11-02"]
    first = payments[0]
    assert first["customer_id"] == "C1" and first["evidence"] == ["reference A-2 in the bank text"]
    assert first["applications"] == [{
        "application_id": ids["application"], "invoice_number": "A-2", "amount": "300.50",
        "status": "auto_applied", "deduction_amount": "0.50", "deduction_reason": "bank_charges",
        "evidence": ["exact reference", "exact amount"]}]
    assert [p["payment_id"] for p in client_for("fred").get(
        "/api/v1/payments?status=exception").json()] == [ids["payment"] + 1]


def test_reverse_needs_a_reason_and_restores_the_open_amount(client_for, ids, factory):
    client = client_for("fred")
    csrf = csrf_of(client, "/payments")
    r = client.post(f"/payments/applications/{ids['application']}/reverse",
                    data={"csrf_token": csrf, "reason": ""})
    assert "a reversal needs a reason" in r.text
    r = client.post(f"/payments/applications/{ids['application']}/reverse",
                    data={"csrf_token": csrf, "reason": "belongs to another customer"})
    assert f"Application {ids['application']} on A-2 reversed." in r.text
    r = client.post(f"/payments/applications/{ids['application']}/reverse",
                    data={"csrf_token": csrf, "reason": "again"})
    assert f"application {ids['application']} is already reversed" in r.text
    with factory() as s:
        app = s.get(Application, ids["application"])
        assert (app.status, app.reversed_reason) == ("reversed", "belongs to another customer")
        assert s.scalars(select(Invoice.open_amount).where(Invoice.invoice_number == "A-2")
                         ).one() == Decimal("300.50")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "application_reversed")
                          ).one()
        assert entry.actor == "fred" and entry.detail["reason"] == "belongs to another customer"


def test_journal_csv_lists_live_applications_with_filters(client_for, ids):
    client = client_for("fred")
    r = client.get("/api/v1/journal.csv?date_from=2026-11-01&date_to=2026-11-30")
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"] == \
        'attachment; filename="arbox-journal-2026-11-01-2026-11-30.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows == [{"payment_id": str(ids["payment"]), "value_date": "2026-11-21",
                     "customer_id": "C1", "invoice_number": "A-2", "amount": "300.50",
                     "currency": "EUR", "deduction_amount": "0.50",
                     "deduction_code": "bank_charges", "status": "auto_applied",
                     "application_id": str(ids["application"])}]
    for query in ("date_to=2026-11-20", "customer_id=C2", "currency=USD", "status=confirmed"):
        r = client.get(f"/api/v1/journal.csv?{query}")
        assert r.text.splitlines() == [",".join(("payment_id", "value_date", "customer_id",
                                                 "invoice_number", "amount", "currency",
                                                 "deduction_amount", "deduction_code", "status",
                                                 "application_id"))], query
