"""Issue 9, collectors: approval queue (edit, approve and send to a real SMTP server, reject),
worklist, customer page (holds, dunning exclusion, timeline, portal link)."""
from __future__ import annotations

from sqlalchemy import select

from api.app import create_app
from fastapi.testclient import TestClient
from ledger.models import AuditEntry, Customer, Draft, Invoice
from tests.api.conftest import csrf_of, login, settings_for, web_settings
from tests.assistant.conftest import smtp_sink  # noqa: F401 - fixture


def test_queue_shows_message_understanding_open_invoices_and_the_draft(client_for, ids):
    items = client_for("alice").get("/api/v1/drafts").json()
    assert [i["draft"]["id"] for i in items] == [ids["reply"], ids["dunning"]]
    reply = items[0]
    assert reply["draft"]["customer_id"] == "C1" and reply["draft"]["to"] == "ap@acme.test"
    assert reply["understanding"]["primary_intent"] == "remittance_advice"
    assert reply["understanding"]["evidence"] == {"remittance_advice": ["we paid A-1"]}
    assert [i["invoice_number"] for i in reply["open_invoices"]] == ["A-1", "A-3"]
    assert reply["open_invoices"][0] | {} == {
        "invoice_number": "A-1", "customer_id": "C1", "issue_date": "2026-09-01",
        "due_date": "2026-10-01", "currency": "EUR", "amount": "1200.00",
        "open_amount": "1200.00", "days_overdue": 54, "ageing_bucket": "31-60",
        "on_hold_reason": None}
    assert items[1]["message"] is None


def test_edit_then_approve_and_send_reaches_the_smtp_server(db_url, ids, factory, smtp_sink):
    sink, port = smtp_sink
    app = create_app(settings_for(db_url, port), web_settings(), factory)
    with TestClient(app) as client:
        login(client, "alice")
        csrf = csrf_of(client, "/queue")
        r = client.post(f"/queue/{ids['reply']}/edit", data={
            "csrf_token": csrf, "subject": "Re: Payment A-1",
            "body": "Dear Acme Ltd,\n\nThank you, A-1 is settled.\n\nNorthwind"})
        assert "Draft %d saved." % ids["reply"] in r.text
        r = client.post(f"/queue/{ids['reply']}/approve", data={"csrf_token": csrf, "send": "1"})
        assert f"Draft {ids['reply']} approved." in r.text and "1 sent." in r.text
    assert [m["To"] for m in sink.messages] == ["ap@acme.test"]
    assert "A-1 is settled" in sink.messages[0].get_content()
    assert sink.messages[0]["In-Reply-To"] == "<m1@acme.test>"
    with factory() as s:
        draft = s.get(Draft, ids["reply"])
        assert (draft.status, draft.decided_by) == ("sent", "alice")
        actions = [a.action for a in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "draft").order_by(AuditEntry.id))]
        assert actions == ["draft_edited", "draft_approved", "draft_sent"]


def test_reject_needs_a_reason_and_json_reject_records_it(client_for, ids, factory):
    client = client_for("alice")
    csrf = csrf_of(client, "/queue")
    r = client.post(f"/queue/{ids['dunning']}/reject", data={"csrf_token": csrf, "reason": " "})
    assert "a rejection needs a reason" in r.text
    r = client.post(f"/api/v1/drafts/{ids['dunning']}/reject", json={"reason": "paid by phone"},
                    headers={"x-csrf-token": csrf})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    r = client.post(f"/api/v1/drafts/{ids['dunning']}/approve", headers={"x-csrf-token": csrf})
    assert r.status_code == 409
    assert r.json() == {"detail": f"draft {ids['dunning']} is rejected; only drafted or edited "
                                  f"drafts can be approved"}
    with factory() as s:
        assert s.get(Draft, ids["dunning"]).status_reason == "paid by phone"


def test_worklist_lists_holds_tasks_failed_messages_and_top_overdue(client_for):
    w = client_for("alice").get("/api/v1/worklist").json()
    assert [c["customer_id"] for c in w["legal_holds"]] == ["C3"]
    assert [t["kind"] for t in w["tasks"]] == ["insolvency_notice"]
    assert [m["reason"] for m in w["failed_messages"]] == ["InputError: no body"]
    assert [(a["customer_id"], a["overdue_amount"], a["oldest_days_overdue"])
            for a in w["top_overdue"]] == [("C2", "1480.40", 35), ("C1", "1200.00", 54),
                                           ("C3", "500.00", 54)]
    page = client_for("alice").get("/worklist").text
    assert "Legal Hold SA" in page and "InputError: no body" in page


def test_customer_page_holds_excludes_and_shows_the_timeline(client_for, factory):
    client = client_for("alice")
    csrf = csrf_of(client, "/customers/C1")
    r = client.post("/customers/C1/hold", data={"csrf_token": csrf, "invoice_number": "A-1",
                                                "reason": "credit note pending"})
    assert "A-1 is on hold." in r.text and "credit note pending" in r.text
    r = client.post("/customers/C1/hold", data={"csrf_token": csrf, "invoice_number": "F2026/0193",
                                                "reason": "x"})
    assert "no invoice F2026/0193 for customer C1" in r.text
    r = client.post("/customers/C1/exclusion", data={"csrf_token": csrf, "excluded": "1",
                                                     "reason": "key account"})
    assert "Excluded from dunning." in r.text
    c = client.get("/api/v1/customers/C1").json()
    assert c["excluded_from_dunning"] is True and c["open_totals"] == {"EUR": "1299.00"}
    assert {e["kind"] for e in c["timeline"]} == {"message", "draft", "payment"}
    r = client.post("/api/v1/customers/C1/holds/release", json={"invoice_number": "A-1"},
                    headers={"x-csrf-token": csrf})
    assert r.json()["on_hold_reason"] is None
    with factory() as s:
        assert s.scalars(select(Customer).where(Customer.customer_id == "C1")).one(
        ).excluded_from_dunning
        assert s.scalars(select(Invoice).where(Invoice.invoice_number == "A-1")).one(
        ).on_hold_reason is None
        assert [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.actor == "alice")
                                            .order_by(AuditEntry.id))] == [
            "user_logged_in", "invoice_held", "dunning_excluded", "invoice_released"]


def test_a_collector_makes_a_portal_link_that_opens_that_customers_portal(client_for):
    client = client_for("alice")
    r = client.post("/api/v1/customers/C2/portal-link",
                    headers={"x-csrf-token": csrf_of(client, "/queue")})
    link = r.json()
    assert link["expires_in_days"] == 14 and link["url"].startswith("http://testserver/portal/")
    path = link["url"].removeprefix("http://testserver")
    portal = client_for(None).get(path)
    assert "Boulangerie Martin" in portal.text and "F2026/0193" in portal.text
    assert portal.headers["cache-control"] == "no-store"
    assert portal.headers["referrer-policy"] == "no-referrer"
