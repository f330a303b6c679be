"""Issue 9 with issue 10: the chat in the web UI. A customer's chat page behind their signed
link and a collector's /chat page, both plain forms (no JavaScript needed) over the same
conversations as the JSON endpoints; binding actions wait for a yes; turns are escaped."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from api.app import create_app
from ledger.models import (Conversation, ConversationTurn, Dispute, Invoice, Promise)
from tests.api.conftest import csrf_of, expired_link, settings_for, web_settings

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
CONV_RE = re.compile(r'name="conversation_id" value="(\d*)"')
HOSTILE = ('<script>alert("pwned")</script> and <img src=x onerror=alert(2)> '
           '"quoted" & <b>bold</b>')


@pytest.fixture(autouse=True)
def documents_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated PDFs go to the test's folder, not the user's data dir."""
    monkeypatch.setattr("api.routes.chat.user_data_dir", lambda *a, **k: str(tmp_path))


class Chat:
    """A browser on one chat page: its cookie, the page's CSRF token and conversation."""

    def __init__(self, client: TestClient, path: str):
        self.client, self.path = client, path
        self.page = ""
        self.reload()

    def reload(self) -> str:
        r = self.client.get(self.path)
        assert r.status_code == 200, r.text
        self.page = r.text
        return self.page

    @property
    def csrf(self) -> str:
        found = CSRF_RE.search(self.page)
        assert found, "no CSRF token on the chat page"
        return found.group(1)

    @property
    def conversation_id(self) -> str:
        found = CONV_RE.search(self.page)
        assert found, "no conversation field on the chat page"
        return found.group(1)

    def say(self, message: str) -> str:
        """Post the form as a browser without JavaScript does, follow the redirect."""
        r = self.client.post(self.path, data={"csrf_token": self.csrf, "message": message,
                                              "conversation_id": self.conversation_id},
                             follow_redirects=False)
        assert r.status_code == 303, r.text
        assert r.headers["location"] == f"{self.path}#chat-end"
        return self.reload()

    def turns(self) -> list[tuple[str, str]]:
        """(speaker, text) of each turn shown, tags removed and entities kept."""
        return [(who, re.sub(r"<[^>]+>", "", text)) for who, text in re.findall(
            r'<li class="turn (\w+)"><span class="speaker">[^<]*</span><p>(.*?)</p></li>',
            self.page, re.S)]

    def awaiting(self) -> bool:
        form = re.search(r'<form[^>]*id="chat-confirm"[^>]*>', self.page)
        assert form, "no confirm form"
        return " hidden" not in form.group(0)


def _portal_chat(client_for, links, customer_id: str) -> tuple[Chat, str]:  # type: ignore[no-untyped-def]
    token = links.sign(customer_id)
    return Chat(client_for(None), f"/portal/{token}/chat"), token


def _count(factory, model) -> int:  # type: ignore[no-untyped-def]
    with factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# ---- the customer's chat ----------------------------------------------------------------------

def test_the_portal_links_to_its_chat_page_which_offers_a_first_question(client_for, links):
    client = client_for(None)
    token = links.sign("C1")
    assert f'href="/portal/{token}/chat"' in client.get(f"/portal/{token}").text
    chat = Chat(client, f"/portal/{token}/chat")
    assert "Acme Ltd: questions about your account" in chat.page
    assert chat.turns() == [] and chat.conversation_id == "" and not chat.awaiting()
    assert 'value="What do I owe?"' in chat.page  # a suggestion button, a plain form
    assert f'data-api="/api/v1/portal/{token}/chat"' in chat.page
    assert '<script src="/static/chat.js" defer></script>' in chat.page
    assert client.get("/static/chat.js").status_code == 200


def test_a_promise_waits_for_yes_is_recorded_and_the_conversation_survives_a_reload(
        client_for, links, factory):
    chat, token = _portal_chat(client_for, links, "C1")
    chat.say("What do I owe?")
    (who, asked), (_, answer) = chat.turns()
    assert (who, asked) == ("user", "What do I owe?")
    assert "A-1: 1,200.00 EUR" in answer and "A-3: 99.00 EUR" in answer
    conversation = chat.conversation_id
    assert conversation

    chat.say("I'll pay A-3 on 10 December 2026")
    assert "Shall I record that you will pay invoice A-3" in chat.turns()[-1][1]
    assert chat.awaiting() and 'name="message" value="yes"' in chat.page
    assert _count(factory, Promise) == 0  # nothing binding before the yes

    chat.say("yes")  # the "Yes, record it" button
    assert "I have recorded that you will pay invoice A-3 on 10 December 2026" in \
        chat.turns()[-1][1]
    assert not chat.awaiting()
    with factory() as s:
        promise = s.scalars(select(Promise)).one()
        invoice = s.get(Invoice, promise.invoice_pk)
        assert (invoice.invoice_number, promise.promised_date.isoformat()) == ("A-3",
                                                                               "2026-12-10")
        conv = s.get(Conversation, int(conversation))
        assert (conv.role, conv.channel, conv.state.get("pending")) == ("customer", "web", None)
        assert s.scalar(select(func.count()).select_from(ConversationTurn).where(
            ConversationTurn.conversation_pk == conv.id)) == 6

    again = Chat(chat.client, chat.path)  # a reload in the same browser
    assert len(again.turns()) == 6 and again.conversation_id == conversation
    assert Chat(client_for(None), chat.path).turns() == []  # another browser: its own chat

    new = chat.client.post(f"{chat.path}/new", data={"csrf_token": chat.csrf},
                           follow_redirects=False)
    assert (new.status_code, new.headers["location"]) == (303, chat.path)
    assert chat.reload() and chat.turns() == [] and chat.conversation_id == ""


def test_no_records_nothing_and_a_dispute_is_confirmed_the_same_way(client_for, links,
                                                                    factory):
    chat, _ = _portal_chat(client_for, links, "C1")
    chat.say("I will pay A-1 on 10 December 2026")
    assert chat.awaiting()
    chat.say("no")
    assert "not recorded anything" in chat.turns()[-1][1] and not chat.awaiting()
    chat.say("this invoice is wrong: damaged goods")
    assert "Which invoice do you mean?" in chat.turns()[-1][1]
    chat.say("A-1")
    assert chat.awaiting() and _count(factory, Dispute) == 0
    chat.say("yes")
    assert _count(factory, Promise) == 0
    with factory() as s:
        dispute = s.scalars(select(Dispute)).one()
        assert dispute.reason == "damaged"
        assert s.scalar(select(Invoice.on_hold_reason).where(
            Invoice.invoice_number == "A-1")) is not None


def test_a_document_is_a_download_link_not_a_server_path(client_for, links, tmp_path):
    chat, token = _portal_chat(client_for, links, "C1")
    chat.say("Can I have a copy of invoice A-3?")
    assert f'<a href="/portal/{token}/invoice.pdf?number=A-3">invoice-A-3.pdf</a>' in chat.page
    assert str(tmp_path) not in chat.page
    chat.say("Please send me my statement")
    assert f'<a href="/portal/{token}/statement.pdf">' in chat.page
    assert chat.client.get(f"/portal/{token}/invoice.pdf?number=A-3").content.startswith(
        b"%PDF")


def test_the_page_and_the_json_endpoint_share_one_conversation(client_for, links, factory):
    chat, token = _portal_chat(client_for, links, "C1")
    h = {"x-csrf-token": chat.csrf}
    first = chat.client.post(f"/api/v1/portal/{token}/chat", headers=h,
                             json={"message": "I'll pay A-3 on 10 December 2026"}).json()
    assert first["awaiting_confirmation"] is True and first["actions"] == []
    chat.reload()
    assert chat.conversation_id == str(first["conversation_id"]) and chat.awaiting()
    chat.say("yes")
    assert _count(factory, Promise) == 1
    r = chat.client.post(f"/api/v1/portal/{token}/chat", headers=h, json={
        "message": "What do I owe?", "conversation_id": first["conversation_id"]}).json()
    assert r["awaiting_confirmation"] is False
    assert len(chat.reload() and chat.turns()) == 6


def test_a_link_cannot_continue_or_see_another_customers_conversation(client_for, links,
                                                                      factory):
    mine, _ = _portal_chat(client_for, links, "C1")
    mine.say("I'll pay A-1 on 10 December 2026")
    theirs, other_token = _portal_chat(client_for, links, "C2")
    before = _count(factory, ConversationTurn)
    r = theirs.client.post(theirs.path, data={"csrf_token": theirs.csrf, "message": "yes",
                                              "conversation_id": mine.conversation_id})
    assert r.status_code == 404 and "no such conversation" in r.text
    r = theirs.client.post(f"/api/v1/portal/{other_token}/chat",
                           headers={"x-csrf-token": theirs.csrf},
                           json={"message": "yes", "conversation_id": int(mine.conversation_id)})
    assert r.status_code == 404
    for bad in ("abc", "-1", "99999999999", "0"):
        r = theirs.client.post(theirs.path, data={"csrf_token": theirs.csrf, "message": "hi",
                                                  "conversation_id": bad})
        assert r.status_code == 404, bad
    assert _count(factory, ConversationTurn) == before and _count(factory, Promise) == 0
    # The same browser on the other link does not see the first customer's conversation.
    same_browser = Chat(mine.client, f"/portal/{other_token}/chat")
    assert same_browser.turns() == [] and "A-1" not in same_browser.page
    assert "Acme" not in same_browser.page


def test_expired_and_tampered_links_are_refused(client_for, links, factory):
    expired = expired_link("C1")
    good = links.sign("C1")
    tampered = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    client = client_for(None)
    csrf = csrf_of(client, f"/portal/{good}/chat")
    for token, message in ((expired, "this link has expired: ask us for a new one"),
                           (tampered, "this link is not valid")):
        page = client.get(f"/portal/{token}/chat")
        assert page.status_code == 403 and message in page.text
        r = client.post(f"/portal/{token}/chat", data={"csrf_token": csrf,
                                                       "message": "What do I owe?"})
        assert r.status_code == 403 and message in r.text
        r = client.post(f"/portal/{token}/chat/new", data={"csrf_token": csrf})
        assert r.status_code == 403
    assert _count(factory, Conversation) == 0


def test_chat_forms_need_the_csrf_token(client_for, links, factory):
    chat, token = _portal_chat(client_for, links, "C1")
    for data in ({"message": "What do I owe?"},
                 {"message": "What do I owe?", "csrf_token": "forged"}):
        r = chat.client.post(chat.path, data=data)
        assert r.status_code == 403 and "CSRF" in r.text
        r = chat.client.post(f"/api/v1/portal/{token}/chat", json={"message": "hi"},
                             headers={"x-csrf-token": data.get("csrf_token", "")})
        assert r.status_code == 403
    collector = client_for("alice")
    r = collector.post("/chat", data={"message": "What are today's priorities?"})
    assert r.status_code == 403
    assert _count(factory, Conversation) == 0


def test_chat_turns_are_escaped(client_for, links):
    chat, _ = _portal_chat(client_for, links, "C1")
    chat.say(HOSTILE)
    assert '<script>alert("pwned")' not in chat.page and "<img src=x" not in chat.page
    assert "<b>bold</b>" not in chat.page
    assert ("&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt; and &lt;img src=x "
            "onerror=alert(2)&gt; &#34;quoted&#34; &amp; &lt;b&gt;bold&lt;/b&gt;") in chat.page
    assert re.findall(r"<script[^>]*>", chat.page) == [
        '<script src="/static/app.js" defer>', '<script src="/static/chat.js" defer>']
    staff = Chat(client_for("alice"), "/chat")
    staff.say(HOSTILE)
    assert "<img src=x" not in staff.page and "&lt;img src=x onerror=alert(2)&gt;" in staff.page


def test_an_empty_message_is_explained_not_sent(client_for, links, factory):
    chat, _ = _portal_chat(client_for, links, "C1")
    r = chat.client.post(chat.path, data={"csrf_token": chat.csrf, "message": "   "})
    assert "Please type a message" in r.text
    r = chat.client.post(chat.path, data={"csrf_token": chat.csrf, "message": "x" * 4001})
    assert "Please type a message" in r.text
    assert _count(factory, Conversation) == 0


def test_without_the_understanding_wired_the_page_says_so(db_url, ids, factory):
    app = create_app(settings_for(db_url), web_settings(), factory)
    client = TestClient(app)
    token = app.state.links.sign("C1")
    page = client.get(f"/portal/{token}/chat")
    assert page.status_code == 200 and "not available on this server" in page.text
    assert 'id="chat-form"' not in page.text
    r = client.post(f"/portal/{token}/chat", data={
        "csrf_token": csrf_of(client, f"/portal/{token}"), "message": "hello"})
    assert r.status_code == 503


# ---- the collector's chat ---------------------------------------------------------------------

def test_the_collector_chat_needs_a_session_and_is_in_the_navigation(client_for):
    anonymous = client_for(None)
    r = anonymous.get("/chat", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/login?next=/chat")
    r = anonymous.post("/chat", data={"message": "hi", "csrf_token": csrf_of(anonymous)},
                       follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    for user in ("alice", "fred", "ada"):
        assert '<a href="/chat">Assistant</a>' in client_for(user).get("/chat").text


def test_a_collector_asks_about_an_account_and_the_chat_is_kept_for_them_only(client_for,
                                                                            factory):
    alice = Chat(client_for("alice"), "/chat")
    assert 'value="What are today&#39;s priorities?"' in alice.page
    alice.say("summary of Acme")
    assert "Acme Ltd (C1): 1,299.00 EUR open in 2 invoices" in alice.turns()[-1][1]
    alice.say("What are today's priorities?")
    assert len(alice.turns()) == 4
    conversation = alice.conversation_id
    with factory() as s:
        conv = s.get(Conversation, int(conversation))
        assert (conv.role, conv.collector, conv.channel) == ("collector", "alice", "web")
    assert len(Chat(alice.client, "/chat").turns()) == 4  # a reload

    ada = Chat(client_for("ada"), "/chat")
    assert ada.turns() == []
    r = ada.client.post("/chat", data={"csrf_token": ada.csrf, "message": "summary of Acme",
                                       "conversation_id": conversation})
    assert r.status_code == 404
    r = ada.client.post("/api/v1/chat", headers={"x-csrf-token": ada.csrf},
                        json={"message": "hi", "conversation_id": int(conversation)})
    assert r.status_code == 404


def test_a_customer_conversation_is_not_a_collectors_and_the_reverse(client_for, links):
    customer, token = _portal_chat(client_for, links, "C1")
    customer.say("What do I owe?")
    alice = Chat(client_for("alice"), "/chat")
    alice.say("summary of Acme")
    r = alice.client.post("/chat", data={"csrf_token": alice.csrf, "message": "hi",
                                         "conversation_id": customer.conversation_id})
    assert r.status_code == 404
    r = customer.client.post(customer.path, data={
        "csrf_token": customer.csrf, "message": "hi", "conversation_id": alice.conversation_id})
    assert r.status_code == 404


def test_a_drafted_reminder_links_to_the_approval_queue(client_for):
    alice = Chat(client_for("alice"), "/chat")
    alice.say("draft a firmer reminder for Boulangerie Martin")
    found = re.search(r'<a href="/queue\?draft=(\d+)#draft-\d+">Open it in the approval queue</a>',
                      alice.page)
    assert found, alice.turns()[-1]
