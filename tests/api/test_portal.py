"""Issue 9, customer portal: invoices, PDFs, disputes and promises land in the ledger, audited."""
from __future__ import annotations

import io

import pdfplumber
from sqlalchemy import select

from ledger.models import AuditEntry, Dispute, Invoice, Promise, Task
from tests.api.conftest import csrf_of


def test_portal_lists_open_and_paid_invoices_and_serves_pdfs(client_for, links):
    client = client_for(None)
    token = links.sign("C1")
    view = client.get(f"/api/v1/portal/{token}").json()
    assert [i["invoice_number"] for i in view["open_invoices"]] == ["A-1", "A-3"]
    assert [i["invoice_number"] for i in view["paid_invoices"]] == ["A-0", "A-2"]
    pdf = client.get(f"/portal/{token}/invoice.pdf?number=A-1")
    assert pdf.headers["content-disposition"] == 'attachment; filename="invoice-A-1.pdf"'
    text = pdfplumber.open(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "A-1" in text and "1200.00 EUR" in text and "PO-1" in text
    statement = client.get(f"/api/v1/portal/{token}/statement.pdf")
    text = pdfplumber.open(io.BytesIO(statement.content)).pages[0].extract_text()
    assert "A-1" in text and "A-3" in text and "1299.00 EUR" in text and "A-2" not in text


def test_a_dispute_holds_the_invoice_makes_a_task_and_is_audited(client_for, links, factory):
    client = client_for(None)
    token = links.sign("C2")
    csrf = csrf_of(client, f"/portal/{token}")
    r = client.post(f"/portal/{token}/dispute", data={
        "csrf_token": csrf, "invoice_number": "F2026/0193", "reason": "damaged",
        "comment": "3 cartons crushed"})
    assert "your dispute on F2026/0193 is recorded" in r.text
    assert "dispute: damaged" in r.text
    with factory() as s:
        d = s.scalars(select(Dispute)).one()
        assert (d.reason, d.comment, d.status) == ("damaged", "3 cartons crushed", "open")
        assert s.scalars(select(Invoice.on_hold_reason).where(
            Invoice.invoice_number == "F2026/0193")).one() == "dispute: damaged"
        task = s.scalars(select(Task).where(Task.kind == "dispute")).one()
        assert task.detail == ("Boulangerie Martin disputes F2026/0193 through the portal "
                               "(damaged): 3 cartons crushed")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "dispute_opened")).one()
        assert entry.actor == "portal:C2" and entry.detail["channel"] == "portal"


def test_a_promise_is_recorded_and_bad_ones_explained(client_for, links, factory):
    client = client_for(None)
    token = links.sign("C1")
    csrf = csrf_of(client, f"/portal/{token}")
    h = {"x-csrf-token": csrf}
    bad = {"2026-11-01": "the promised date 2026-11-01 is in the past"}
    for day, message in bad.items():
        r = client.post(f"/api/v1/portal/{token}/promises", headers=h,
                        json={"invoice_number": "A-1", "promised_date": day})
        assert (r.status_code, r.json()["detail"]) == (400, message)
    for amount, message in (("1200.01", "between 0 and the open amount 1200.00 EUR"),
                            ("12.345", "12.345 has more decimals than EUR has"),
                            ("abc", "'abc' is not an amount (expected 1234.56)")):
        r = client.post(f"/api/v1/portal/{token}/promises", headers=h, json={
            "invoice_number": "A-1", "promised_date": "2026-12-05", "promised_amount": amount})
        assert r.status_code == 400 and message in r.json()["detail"]
    r = client.post(f"/api/v1/portal/{token}/promises", headers=h, json={
        "invoice_number": "A-1", "promised_date": "2026-12-05", "promised_amount": "600"})
    assert r.json() == {"id": 1, "invoice_number": "A-1", "promised_date": "2026-12-05",
                        "promised_amount": "600.00", "currency": "EUR"}
    r = client.post(f"/portal/{token}/promise", data={
        "csrf_token": csrf, "invoice_number": "A-3", "promised_date": "2026-12-10"})
    assert "we noted your payment of A-3 by 2026-12-10" in r.text
    with factory() as s:
        assert [(p.promised_date.isoformat(), p.status) for p in s.scalars(
            select(Promise).order_by(Promise.id))] == [("2026-12-05", "open"),
                                                       ("2026-12-10", "open")]
        assert s.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "promise_recorded")).all() == ["portal:C1", "portal:C1"]
    r = client.post(f"/api/v1/portal/{token}/disputes", headers=h,
                    json={"invoice_number": "A-0", "reason": "damaged"})
    assert r.json() == {"detail": "invoice A-0 is paid: nothing to dispute"}
