"""Issue 9 end to end in real headless Chromium (Playwright) against uvicorn on 127.0.0.1:
a collector approves and sends a draft (it reaches the SMTP sink), finance reverses an
application, the dashboard renders, a customer disputes an invoice through a signed link.
Saves a screenshot of each main page to docs/screenshots/."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from api.app import create_app
from ledger.db import make_engine, migrate, session_factory
from ledger.models import Application, Dispute, Draft, Invoice
from tests.api.conftest import (browser_login, free_port, screenshot, seed, settings_for,
                                uvicorn_serving, web_settings)
from tests.assistant.conftest import smtp_sink  # noqa: F401 - fixture


@pytest.fixture
def live(tmp_path: Path, smtp_sink) -> Iterator[dict[str, Any]]:  # noqa: F811
    """uvicorn serving a seeded SQLite ledger on 127.0.0.1, mail going to the SMTP sink."""
    sink, smtp_port = smtp_sink
    url = f"sqlite:///{tmp_path / 'web.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    factory = session_factory(engine)
    ids = seed(factory)
    port = free_port()
    app = create_app(settings_for(url, smtp_port),
                     web_settings(public_url=f"http://127.0.0.1:{port}"), factory)
    try:
        with uvicorn_serving(app, port) as base:
            yield {"base": base, "factory": factory, "ids": ids, "sink": sink, "app": app}
    finally:
        engine.dispose()


def test_collector_approves_and_sends_a_draft(live, page):
    base, ids = live["base"], live["ids"]
    browser_login(page, base, "alice")
    assert page.url == f"{base}/queue"
    card = page.locator(f"#draft-{ids['reply']}")
    assert "Hello, we paid A-1." in card.locator(".mail").inner_text()
    assert card.locator(".mail script, .mail img").count() == 0
    screenshot(page, "approval-queue")
    card.locator("textarea[name=body]").fill("Dear Acme Ltd,\n\nA-1 is settled, thank you.\n")
    card.get_by_role("button", name="Save changes").click()
    page.wait_for_load_state()
    assert f"Draft {ids['reply']} saved." in page.locator(".flash").first.inner_text()
    page.locator(f"#draft-{ids['reply']}").get_by_role("button", name="Approve and send").click()
    page.wait_for_load_state()
    assert "1 sent." in page.content()
    assert [m["To"] for m in live["sink"].messages] == ["ap@acme.test"]
    assert "A-1 is settled, thank you." in live["sink"].messages[0].get_content()
    with live["factory"]() as s:
        assert s.get(Draft, ids["reply"]).status == "sent"
    page.goto(f"{base}/worklist")
    assert "Legal Hold SA" in page.content()
    screenshot(page, "worklist")
    page.goto(f"{base}/customers/C1")
    page.get_by_role("button", name="Make a customer portal link").click()
    page.wait_for_load_state()
    assert page.locator("#portal-link").input_value().startswith(f"{base}/portal/")
    screenshot(page, "customer")


def test_finance_reverses_an_application(live, page):
    base, ids = live["base"], live["ids"]
    browser_login(page, base, "fred")
    assert page.url == f"{base}/payments"
    screenshot(page, "payments")
    page.get_by_label(f"Reversal reason for application {ids['application']}").fill(
        "wrong customer")
    page.get_by_role("button", name="Reverse").click()
    page.wait_for_load_state()
    assert f"Application {ids['application']} on A-2 reversed." in page.content()
    with live["factory"]() as s:
        assert s.get(Application, ids["application"]).reversed_reason == "wrong customer"
    page.goto(f"{base}/dashboard")
    assert page.locator("svg.chart rect.bar").count() >= 5
    screenshot(page, "dashboard")


def test_customer_disputes_an_invoice_through_a_signed_link(live, page):
    token = live["app"].state.links.sign("C2")
    page.goto(f"{live['base']}/portal/{token}")
    assert "Boulangerie Martin" in page.content()
    screenshot(page, "portal")
    page.get_by_label("Dispute reason for F2026/0193").select_option("damaged")
    page.get_by_label("Comment for F2026/0193").fill("3 cartons crushed")
    page.get_by_role("button", name="Dispute").click()
    page.wait_for_load_state()
    assert "your dispute on F2026/0193 is recorded" in page.content()
    with live["factory"]() as s:
        assert s.scalars(select(Dispute.comment)).one() == "3 cartons crushed"
        assert s.scalars(select(Invoice.on_hold_reason).where(
            Invoice.invoice_number == "F2026/0193")).one() == "dispute: damaged"
    page.goto(f"{live['base']}/portal/{token}x")
    assert "this link is not valid" in page.content()


def test_login_page(live, page):
    page.goto(f"{live['base']}/queue")
    assert page.url.startswith(f"{live['base']}/login?next=")
    screenshot(page, "login")
