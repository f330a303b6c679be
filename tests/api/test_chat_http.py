"""Issue 10: the assistant over HTTP — a customer through their signed link (scope from the
link only, never another customer's conversation), a collector through their session."""
from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from cli.commands_chat import InboxUnderstand
from ledger.models import Promise
from tests.api.conftest import csrf_of, settings_for, web_settings


def _app(db_url, factory):  # type: ignore[no-untyped-def]
    return create_app(settings_for(db_url), web_settings(), factory, understand=InboxUnderstand())


def _portal(app, customer_id: str) -> tuple[TestClient, str, dict[str, str]]:  # type: ignore[no-untyped-def]
    """A browser on the customer's portal page: its cookie and CSRF token, as the page's
    script would send them."""
    client = TestClient(app)
    token = app.state.links.sign(customer_id)
    return client, token, {"x-csrf-token": csrf_of(client, f"/portal/{token}")}


def test_customer_chats_through_the_link_and_a_promise_is_recorded(db_url, ids, factory):
    app = _app(db_url, factory)
    client, token, h = _portal(app, "C1")
    r = client.post(f"/api/v1/portal/{token}/chat", headers=h,
                    json={"message": "What do I owe?"})
    assert r.status_code == 200, r.text
    first = r.json()
    assert "A-3" in first["reply"] and first["actions"] == []
    conv = first["conversation_id"]
    r = client.post(f"/api/v1/portal/{token}/chat", headers=h,
                    json={"message": "I will pay A-3 on 10 December 2026",
                          "conversation_id": conv})
    assert "yes" in r.json()["reply"].lower() or "oui" in r.json()["reply"].lower()
    r = client.post(f"/api/v1/portal/{token}/chat", headers=h, json={"message": "yes",
                                                          "conversation_id": conv})
    assert r.json()["actions"], r.json()
    with factory() as s:
        assert any(p.promised_date and p.promised_date.isoformat() == "2026-12-10"
                   for p in s.scalars(select(Promise)))


def test_a_customer_link_cannot_continue_another_customers_conversation(db_url, ids, factory):
    app = _app(db_url, factory)
    client, token, h = _portal(app, "C1")
    mine = client.post(f"/api/v1/portal/{token}/chat", headers=h,
                       json={"message": "What do I owe?"}).json()["conversation_id"]
    other, other_token, other_h = _portal(app, "C2")
    r = other.post(f"/api/v1/portal/{other_token}/chat", headers=other_h,
                   json={"message": "What do I owe?", "conversation_id": mine})
    assert r.status_code == 404
    r = client.post("/api/v1/portal/not-a-token/chat", headers=h, json={"message": "hello"})
    assert r.status_code in (401, 403, 404)


def test_without_the_understanding_wired_the_chat_says_so(db_url, ids, factory):  # type: ignore[no-untyped-def]
    app = create_app(settings_for(db_url), web_settings(), factory)
    client, token, h = _portal(app, "C1")
    r = client.post(f"/api/v1/portal/{token}/chat", headers=h, json={"message": "hello"})
    assert r.status_code == 503
