"""Issue 9 security: roles, CSRF, customer-link scope and expiry, safe email HTML, cookies."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from api.app import create_app
from api.auth import CustomerLinks
from api.config import WebSettings
from ledger.errors import InputError
from ledger.models import AuditEntry, Dispute, Invoice, Promise, Task
from ledger.settings import Settings
from tests.api.conftest import (PASSWORD, SECRET, csrf_of, expired_link, login, settings_for,
                                web_settings)

ADMIN_ONLY = [("GET", "/api/v1/users"), ("POST", "/api/v1/users"),
              ("POST", "/api/v1/users/alice/tokens"), ("GET", "/admin/users")]
FINANCE_ONLY = [("GET", "/api/v1/payments"), ("GET", "/api/v1/journal.csv"),
                ("POST", "/api/v1/applications/1/reverse"), ("GET", "/payments")]
COLLECTOR_ONLY = [("GET", "/api/v1/drafts"), ("POST", "/api/v1/drafts/1/approve"),
                  ("GET", "/api/v1/worklist"), ("GET", "/api/v1/customers/C1"),
                  ("POST", "/api/v1/outbox/send"), ("GET", "/queue"), ("GET", "/worklist"),
                  ("POST", "/api/v1/customers/C1/portal-link")]
JSON_BODIES = {"/api/v1/users": {"username": "mallory", "role": "admin",
                                 "password": "x" * 12},
               "/api/v1/users/alice/tokens": {"name": "x"},
               "/api/v1/applications/1/reverse": {"reason": "x"}}


def _call(client: TestClient, method: str, path: str, csrf: str):  # type: ignore[no-untyped-def]
    return client.request(method, path, json=JSON_BODIES.get(path),
                          headers={"x-csrf-token": csrf, "accept": "application/json"},
                          follow_redirects=False)


@pytest.mark.parametrize(("who", "forbidden"), [
    ("alice", ADMIN_ONLY + FINANCE_ONLY), ("fred", ADMIN_ONLY + COLLECTOR_ONLY)])
def test_each_role_is_refused_what_is_not_its_work(client_for, who, forbidden):
    client = client_for(who)
    csrf = csrf_of(client, "/dashboard")
    for method, path in forbidden:
        r = _call(client, method, path, csrf)
        assert r.status_code == 403, (who, method, path, r.status_code)
        assert "may not do this" in r.json()["detail"]


def test_admin_reaches_everything(client_for):
    client = client_for("ada")
    for path in ("/api/v1/users", "/api/v1/payments", "/api/v1/drafts", "/api/v1/worklist"):
        assert client.get(path).status_code == 200, path


def test_anonymous_gets_401_on_the_api_and_the_login_page_otherwise(client_for):
    client = client_for(None)
    r = client.get("/api/v1/drafts")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.get("/queue?x=1", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/queue%3Fx%3D1"


def test_wrong_password_and_open_redirect_are_refused(client_for):
    client = client_for(None)
    r = client.post("/login", data={"username": "alice", "password": "wrong password!",
                                    "csrf_token": csrf_of(client)})
    assert r.status_code == 401 and "Wrong username or password." in r.text
    assert client.get("/api/v1/me").status_code == 401
    r = client.post("/login", data={"username": "alice", "password": PASSWORD,
                                    "next": "//evil.test/", "csrf_token": csrf_of(client)},
                    follow_redirects=False)
    assert r.headers["location"] == "/queue"


def test_forms_without_csrf_are_refused(client_for, ids, factory):
    client = client_for("alice")
    good = csrf_of(client, "/queue")
    for data in ({}, {"csrf_token": "forged"}):
        r = client.post(f"/queue/{ids['reply']}/approve", data=data)
        assert r.status_code == 403
        assert "missing or wrong CSRF token" in r.text
    r = client.post(f"/queue/{ids['reply']}/reject", data={"reason": "x"})
    assert r.status_code == 403
    # JSON with the session cookie needs the header too; a bearer call does not.
    r = client.post(f"/api/v1/drafts/{ids['reply']}/approve")
    assert r.status_code == 403
    anonymous = client_for(None)
    assert anonymous.post("/login", data={"username": "alice", "password": PASSWORD}
                          ).status_code == 403
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.like("draft_%"))) == 0
    assert client.post(f"/queue/{ids['reply']}/approve", data={"csrf_token": good},
                       follow_redirects=False).status_code == 303


def test_bearer_tokens_act_as_their_user_and_bad_ones_are_refused(client_for, ids):
    admin = client_for("ada")
    r = admin.post("/api/v1/users/fred/tokens", json={"name": "erp"},
                   headers={"x-csrf-token": csrf_of(admin, "/dashboard")})
    assert r.status_code == 201
    token = r.json()["token"]
    api = client_for(None)
    me = api.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json() == {"username": "fred", "role": "finance"}
    assert api.get("/api/v1/drafts", headers={"Authorization": f"Bearer {token}"}
                   ).status_code == 403
    r = api.post(f"/api/v1/applications/{ids['application']}/reverse",
                 json={"reason": "wrong invoice"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["status"] == "reversed"
    assert api.get("/api/v1/me", headers={"Authorization": "Bearer arbox_nope"}
                   ).status_code == 401


def test_session_cookie_is_httponly_samesite_lax_and_secure_when_configured(db_url, ids,
                                                                            factory):
    app = create_app(settings_for(db_url), web_settings(cookie_secure=True), factory)
    with TestClient(app, base_url="https://testserver") as client:
        r = client.get("/login")
        cookie = r.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
        login(client, "alice")
        assert client.get("/api/v1/me").json()["username"] == "alice"


def test_an_unsafe_secret_stops_startup_naming_the_variable():
    for secret in (None, "short"):
        with pytest.raises(InputError, match="ARBOX_SECRET_KEY"):
            create_app(Settings(database_url="sqlite://"), WebSettings(secret_key=secret))


# ---- customer links ------------------------------------------------------------------------

def _portal_calls(token: str, number: str) -> list[tuple[str, str, dict | None]]:
    return [
        ("GET", f"/api/v1/portal/{token}/invoice.pdf?number={number}", None),
        ("GET", f"/portal/{token}/invoice.pdf?number={number}", None),
        ("POST", f"/api/v1/portal/{token}/disputes",
         {"invoice_number": number, "reason": "damaged", "comment": "x"}),
        ("POST", f"/api/v1/portal/{token}/promises",
         {"invoice_number": number, "promised_date": "2026-12-01"}),
    ]


def test_a_customer_link_cannot_touch_another_customers_invoices(client_for, links, factory):
    client = client_for(None)
    token = links.sign("C2")
    csrf = csrf_of(client, f"/portal/{token}")
    for foreign in ("A-1", "A-0", "L-1", "NOPE-404"):
        for method, path, body in _portal_calls(token, foreign):
            r = client.request(method, path, json=body, headers={"x-csrf-token": csrf})
            assert r.status_code == 404, (path, foreign, r.status_code)
            if path.startswith("/api/"):
                assert r.json() == {"detail": f"no invoice {foreign} on your account"}
            else:
                assert f"no invoice {foreign} on your account" in r.text
        for form, data in (("dispute", {"reason": "damaged"}),
                           ("promise", {"promised_date": "2026-12-01"})):
            r = client.post(f"/portal/{token}/{form}",
                            data={"csrf_token": csrf, "invoice_number": foreign, **data})
            assert f"no invoice {foreign} on your account" in r.text
    view = client.get(f"/api/v1/portal/{token}").json()
    numbers = {i["invoice_number"] for i in view["open_invoices"] + view["paid_invoices"]}
    assert numbers == {"F2026/0193"} and view["customer_id"] == "C2"
    page = client.get(f"/portal/{token}").text
    assert "A-1" not in page and "Acme" not in page
    statement = client.get(f"/portal/{token}/statement.pdf")
    assert statement.content.startswith(b"%PDF") and b"A-1" not in statement.content
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Dispute)) == 0
        assert s.scalar(select(func.count()).select_from(Promise)) == 0
        assert s.scalar(select(Invoice.on_hold_reason).where(
            Invoice.invoice_number == "A-1")) is None


def test_expired_and_tampered_links_are_refused(client_for, links):
    client = client_for(None)
    expired = expired_link("C1")
    good = links.sign("C1")
    payload, _, rest = good.partition(".")
    forged_payload = URLSafeTimedSerializer(SECRET, salt="other").dumps(
        {"customer_id": "C2"}).partition(".")[0]
    other_key = URLSafeTimedSerializer("another-secret-" + "z" * 40,
                                       salt=CustomerLinks.SALT).dumps({"customer_id": "C1"})
    cases = {expired: "this link has expired: ask us for a new one",
             f"{forged_payload}.{rest}": "this link is not valid",
             good[:-2] + ("AA" if not good.endswith("AA") else "BB"): "this link is not valid",
             other_key: "this link is not valid", "garbage": "this link is not valid"}
    for token, message in cases.items():
        for path in (f"/api/v1/portal/{token}", f"/api/v1/portal/{token}/statement.pdf"):
            r = client.get(path)
            assert (r.status_code, r.json()) == (403, {"detail": message}), path
        page = client.get(f"/portal/{token}")
        assert page.status_code == 403 and message in page.text
    assert client.get(f"/api/v1/portal/{good}").status_code == 200


def test_portal_forms_need_csrf(client_for, links, factory):
    client = client_for(None)
    token = links.sign("C1")
    r = client.post(f"/portal/{token}/dispute", data={"invoice_number": "A-1",
                                                      "reason": "damaged"})
    assert r.status_code == 403
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Task).where(Task.kind == "dispute")
                        ) == 0


# ---- customer email shown to collectors ----------------------------------------------------

def test_the_customers_html_cannot_run_script_or_load_remote_images(client_for):
    client = client_for("alice")
    page = client.get("/queue")
    html = page.text
    assert "Hello, we paid <b>A-1</b>." in html
    for bad in ("<script>alert", "tracker.evil.test", "onerror", "javascript:", "onclick",
                "<iframe", "evil.test"):
        assert bad not in html, bad
    assert '<a href="https://acme.test/remit" rel="noopener noreferrer nofollow">' in html
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "img-src 'self' data:" in csp
    item = client.get("/api/v1/drafts").json()[0]
    assert "<script" not in item["message"]["safe_html"]
