"""The chat pages end to end in real headless Chromium (Playwright) against uvicorn on
127.0.0.1, with chat.js sending each turn to the JSON endpoint: a customer opens their link,
asks what they owe, promises a date, confirms, and the promise is in the ledger; a collector
asks about an account. Saves docs/screenshots/portal-chat.png and collector-chat.png."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from api.app import create_app
from cli.commands_chat import InboxUnderstand
from ledger.db import make_engine, migrate, session_factory
from ledger.models import Invoice, Promise
from tests.api.conftest import (browser_login, free_port, screenshot, seed, settings_for,
                                uvicorn_serving, web_settings)

HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """uvicorn serving a seeded SQLite ledger with the offline assistant wired."""
    monkeypatch.setattr("api.routes.chat.user_data_dir", lambda *a, **k: str(tmp_path))
    url = f"sqlite:///{tmp_path / 'web.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    factory = session_factory(engine)
    seed(factory)
    port = free_port()
    app = create_app(settings_for(url), web_settings(public_url=f"http://127.0.0.1:{port}"),
                     factory, understand=InboxUnderstand())
    try:
        with uvicorn_serving(app, port) as base:
            yield {"base": base, "factory": factory, "app": app}
    finally:
        engine.dispose()


def _ask(page: Any, text: str) -> str:
    """Type a message, send it and return the assistant's answer (sent by chat.js, no reload)."""
    before = page.locator("#chat-thread li.assistant").count()
    page.get_by_label("Your message").fill(text)
    with page.expect_response(lambda r: r.request.method == "POST" and "/chat" in r.url) as r:
        page.get_by_role("button", name="Send", exact=True).click()
    assert r.value.url.split("/")[3] == "api", r.value.url  # the JSON endpoint, not the form
    answer = page.locator("#chat-thread li.assistant").nth(before)
    answer.wait_for()
    return answer.inner_text()


def test_a_customer_asks_what_they_owe_promises_and_confirms(live, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    token = live["app"].state.links.sign("C1")
    page.goto(f"{live['base']}/portal/{token}")
    page.get_by_role("link", name="Questions? Ask our assistant").click()
    page.wait_for_load_state()
    assert page.url == f"{live['base']}/portal/{token}/chat"

    owed = _ask(page, "What do I owe?")
    assert "A-1: 1,200.00 EUR" in owed and "A-3: 99.00 EUR" in owed
    confirm = page.locator("#chat-confirm")
    assert not confirm.is_visible()
    question = _ask(page, "I'll pay A-3 on 10 December 2026")
    assert "Shall I record that you will pay invoice A-3" in question
    assert confirm.is_visible()
    with live["factory"]() as s:
        assert s.scalars(select(Promise)).first() is None
    screenshot(page, "portal-chat")

    with page.expect_response(lambda r: "/api/v1/portal/" in r.url):
        confirm.get_by_role("button", name="Yes, record it").click()
    page.locator("#chat-thread li.assistant").nth(2).wait_for()
    assert "I have recorded that you will pay invoice A-3 on 10 December 2026" in \
        page.locator("#chat-thread li.assistant").nth(2).inner_text()
    assert not confirm.is_visible()
    with live["factory"]() as s:
        promise = s.scalars(select(Promise)).one()
        assert promise.promised_date.isoformat() == "2026-12-10"
        assert s.get(Invoice, promise.invoice_pk).invoice_number == "A-3"

    _ask(page, HOSTILE)  # shown as text, never run
    thread = page.locator("#chat-thread")
    assert thread.locator("img, script").count() == 0
    assert HOSTILE in thread.locator("li.user").last.inner_text()

    page.reload()  # the conversation is kept, and the server's escaping holds too
    assert page.locator("#chat-thread li.turn").count() == 8
    assert thread.locator("img, script").count() == 0
    assert page.evaluate("window.pwned === undefined") and dialogs == []


def test_a_collector_asks_about_an_account(live, page):
    browser_login(page, live["base"], "alice")
    page.get_by_role("link", name="Assistant").click()
    page.wait_for_load_state()
    assert page.url == f"{live['base']}/chat"
    summary = _ask(page, "summary of Acme")
    assert "Acme Ltd (C1): 1,299.00 EUR open in 2 invoices" in summary
    _ask(page, "What are today's priorities?")
    screenshot(page, "collector-chat")
    page.reload()
    assert page.locator("#chat-thread li.turn").count() == 4
