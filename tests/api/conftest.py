"""Fixtures for the web application: a seeded ledger on each backend, users of every role,
TestClients signed in as each, and customer links; for the browser tests, uvicorn on loopback
and headless Chromium (Playwright)."""
from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.app import create_app
from api.auth import CustomerLinks
from cli.commands_chat import InboxUnderstand
from api.config import WebSettings
from api.users import add_user
from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.models import (Analysis, Application, Customer, Draft, Invoice, Message, Payment,
                           Task)
from ledger.settings import Settings

TODAY = date(2026, 11, 24)
SECRET = "test-secret-" + "k" * 40
PASSWORD = "correct horse battery"
HEADER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,"
          "currency,amount,open_amount\n")
LEDGER = HEADER + "\n".join([
    "C1,Acme Ltd,ap@acme.test,A-1,PO-1,2026-09-01,2026-10-01,EUR,1200.00,1200.00",
    "C1,Acme Ltd,ap@acme.test,A-2,,2026-10-01,2026-11-20,EUR,300.50,300.50",
    "C1,Acme Ltd,ap@acme.test,A-3,,2026-11-10,2026-12-10,EUR,99.00,99.00",
    "C1,Acme Ltd,ap@acme.test,A-0,,2026-06-01,2026-07-01,EUR,50.00,0.00",
    "C2,Boulangerie Martin,compta@martin.test,F2026/0193,,2026-09-01,2026-10-20,EUR,1480.40,1480.40",
    "C3,Legal Hold SA,ap@legal.test,L-1,,2026-09-01,2026-10-01,EUR,500.00,500.00",
]) + "\n"
HOSTILE_HTML = (
    '<html><body><p>Hello, we paid <b>A-1</b>.</p>'
    '<script>alert("pwned")</script>'
    '<img src="https://tracker.evil.test/pixel.png" onerror="alert(2)">'
    '<a href="javascript:alert(3)">click</a> <a href="https://acme.test/remit">remittance</a>'
    '<div style="background:url(https://tracker.evil.test/bg.png)" onclick="alert(4)">x</div>'
    '<iframe src="https://evil.test/"></iframe></body></html>')
RAW = ("From: Acme AP <ap@acme.test>\r\nTo: ar@northwind.test\r\nSubject: Payment A-1\r\n"
       "Message-ID: <m1@acme.test>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n"
       "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
       + HOSTILE_HTML + "\r\n").encode()


def seed(factory: sessionmaker[Session]) -> dict[str, int]:
    """The ledger every web test starts from; returns the ids tests need."""
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
        c = {x.customer_id: x for x in s.scalars(select(Customer))}
        inv = {i.invoice_number: i for i in s.scalars(select(Invoice))}
        c["C3"].legal_hold, c["C3"].legal_hold_at = "insolvency_notice", datetime(
            2026, 11, 2, tzinfo=UTC)
        msg = Message(message_id="m1@acme.test", content_hash="h1", source="INBOX:1",
                      subject="Payment A-1", from_address="ap@acme.test",
                      sent_at=datetime(2026, 11, 23, 9, tzinfo=UTC), raw=RAW, status="processed")
        failed = Message(content_hash="h2", source="INBOX:2", subject="garbage", raw=b"x",
                         status="failed", failure_reason="InputError: no body")
        s.add_all([msg, failed])
        s.flush()
        s.add(Analysis(message_pk=msg.id, customer_pk=c["C1"].id, language="en",
                       primary_intent="remittance_advice",
                       result={"intents": [{"label": "remittance_advice", "confidence": 0.97}],
                               "invoice_refs": ["A-1"], "promised_date": None,
                               "promised_amount": None, "dispute_reason": None,
                               "disputed_invoices": []},
                       evidence={"remittance_advice": ["we paid A-1"]}))
        reply = Draft(customer_pk=c["C1"].id, message_pk=msg.id, kind="reply", language="en",
                      in_reply_to="m1@acme.test", to="ap@acme.test", subject="Re: Payment A-1",
                      body="Dear Acme Ltd,\n\nThank you for your payment of A-1.\n\nNorthwind",
                      status="drafted", evidence={"compliance": []})
        dunning = Draft(customer_pk=c["C2"].id, kind="dunning", language="fr",
                        to="compta@martin.test", subject="Relance F2026/0193",
                        body="Madame, Monsieur,\n\nF2026/0193 reste due.\n", status="drafted",
                        evidence={"compliance": [],
                                  "open_amounts": {"F2026/0193": "1480.40"}}, dunning_level=1)
        s.add_all([reply, dunning])
        payment = Payment(kind="bank", dedupe_key="bank:1", customer_pk=c["C1"].id,
                          amount=Decimal("300.50"), currency="EUR", value_date=date(2026, 11, 21),
                          payer_name="ACME LTD", reference="A-2", status="applied",
                          evidence=["reference A-2 in the bank text"])
        older = Payment(kind="bank", dedupe_key="bank:0", customer_pk=None,
                        amount=Decimal("12.00"), currency="EUR", value_date=date(2026, 11, 2),
                        payer_name="UNKNOWN", reference="?", status="exception", evidence=[])
        s.add_all([payment, older])
        s.flush()
        app = Application(payment_pk=payment.id, invoice_pk=inv["A-2"].id,
                          amount=Decimal("300.50"), currency="EUR", status="auto_applied",
                          score=Decimal("1"), evidence=["exact reference", "exact amount"],
                          deduction_amount=Decimal("0.50"), deduction_reason="bank_charges")
        inv["A-2"].open_amount = Decimal("0.00")
        s.add(app)
        s.add(Task(customer_pk=c["C3"].id, kind="insolvency_notice",
                   detail="insolvency notice received: collection stopped"))
        for username, role in (("alice", "collector"), ("fred", "finance"), ("ada", "admin")):
            add_user(s, username, role, PASSWORD, "test")
        s.flush()
        return {"reply": reply.id, "dunning": dunning.id, "application": app.id,
                "payment": payment.id}


def web_settings(**kw: object) -> WebSettings:
    values: dict[str, object] = {"secret_key": SECRET, "cookie_secure": False,
                                 "public_url": "http://testserver", **kw}
    return WebSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def fast_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters in tests only; production keeps argon2-cffi's defaults."""
    monkeypatch.setattr("api.auth._hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                           parallelism=1))


def settings_for(db_url: str, smtp_port: int | None = None) -> Settings:
    return Settings(database_url=db_url, today=TODAY, ar_address="ar@northwind.test",
                    company_name="Northwind Supplies", smtp_host="127.0.0.1",
                    smtp_port=smtp_port or 9, smtp_starttls=False)


@pytest.fixture
def ids(factory: sessionmaker[Session]) -> dict[str, int]:
    return seed(factory)


@pytest.fixture
def app(db_url: str, ids: dict[str, int], factory: sessionmaker[Session]):  # type: ignore[no-untyped-def]
    return create_app(settings_for(db_url), web_settings(), factory,
                      understand=InboxUnderstand())


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(client: TestClient, path: str = "/login") -> str:
    found = CSRF_RE.search(client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    r = client.post("/login", data={"username": username, "password": password,
                                    "csrf_token": csrf_of(client)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return client


@pytest.fixture
def client_for(app) -> Iterator[Callable[[str | None], TestClient]]:  # type: ignore[no-untyped-def]
    """client_for("alice") signed in as alice; client_for(None) anonymous."""
    clients: list[TestClient] = []

    def make(username: str | None) -> TestClient:
        client = TestClient(app)
        clients.append(client)
        return login(client, username) if username else client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def links(app):  # type: ignore[no-untyped-def]
    return app.state.links


def expired_link(customer_id: str) -> str:
    """A customer link signed with the test secret 15 days ago: past its 14 days."""
    class Old(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - 15 * 86400

    return URLSafeTimedSerializer(SECRET, salt=CustomerLinks.SALT, signer=Old).dumps(
        {"customer_id": customer_id})


# --- the browser tests: uvicorn on loopback, headless Chromium ------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def uvicorn_serving(app: FastAPI, port: int) -> Iterator[str]:
    """Serve `app` with uvicorn on 127.0.0.1:`port` in a thread while the block runs; yields
    the base URL. The port is the caller's, so the app's public URL can name it."""
    import uvicorn
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium at /usr/bin/chromium driven by Playwright, with a throw-away profile,
    one per test module; skips when Playwright or Chromium is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            args=CHROMIUM_ARGS, headless=True, viewport={"width": 1360, "height": 900})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A new tab with no cookies left from the module's earlier tests."""
    browser.clear_cookies()
    tab = browser.new_page()
    yield tab
    tab.close()


def browser_login(page: Any, base: str, username: str) -> None:
    """Sign in through the login form as `username` (PASSWORD)."""
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def screenshot(page: Any, name: str) -> None:
    """Save the whole page to docs/screenshots/`name`.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
