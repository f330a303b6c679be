"""Load test of the main web pages on a realistic ledger and on a small one, in the same run.

    python -m bench.web_load --cache /tmp/arbox-webload [--json]
    python -m bench.web_load --cache /tmp/arbox-webload \\
        --database-url postgresql+psycopg://root@127.0.0.1:5432/arbox_webload

Builds two ledgers (or reuses them: SQLite files under --cache, or the PostgreSQL database
named in --database-url and the same name with `_small`; a marker in the audit log records how
each was built): 10,000 customers with 200,000 open invoices, and 100 customers with 2,000 open
invoices, each with paid history, payments and applications in every status, processed and
failed messages (the labelled emails of tests/data), drafts waiting for approval and sent,
tasks, promises, disputes and legal holds, all scaled to the number of customers. Then, for
each ledger, it starts `arbox serve` in a subprocess, signs in as a collector and as finance,
asks for customer portal links, and drives each page for --duration seconds with
--concurrency clients (a closed loop: each client sends its next request when the last one is
answered). stdout: a Markdown table (or --json) with p50/p95/p99, requests/s, the app
process's CPU time per request, and the ratio of the large ledger's p95 to the small one's.
Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import asyncio
import email
import hashlib
import json
import math
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time as dtime, timedelta
from decimal import Decimal
from email.policy import default as default_policy
from email.utils import parseaddr
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
MARKER = "bench_web_load_ledger"
PASSWORD = "web-load-password"
SECRET = "bench-web-load-secret-" + "x" * 32
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PAYMENT_STATUSES = ("applied", "suggested", "exception", "unmatched", "ignored")


def log(text: str) -> None:
    print(f"[web_load {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# ---- building a ledger --------------------------------------------------------------------

@dataclass(frozen=True)
class Size:
    customers: int
    open_invoices: int
    seed: int
    today: date

    def params(self) -> dict[str, Any]:
        return {"customers": self.customers, "open_invoices": self.open_invoices,
                "seed": self.seed, "today": self.today.isoformat(), "version": 1}


def _at(rng: random.Random, today: date, days_back: int) -> datetime:
    day = today - timedelta(days=rng.randrange(max(1, days_back)))
    return datetime.combine(day, dtime(rng.randrange(7, 19), rng.randrange(60)), UTC)


def _emails() -> list[tuple[bytes, str, str | None, str, list[dict[str, Any]]]]:
    """The labelled emails: raw bytes, subject, sender, primary intent, intents."""
    labels: dict[str, dict[str, Any]] = {}
    for path in sorted((DATA / "labels").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[row["file"]] = row
    out = []
    for path in sorted((DATA / "emails").rglob("*.eml")):
        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=default_policy)
        label = labels.get(path.relative_to(DATA).as_posix(), {})
        intent = label.get("primary_intent") or "other"
        intents = [{"label": i, "confidence": 0.9} for i in label.get("intents") or [intent]]
        out.append((raw, str(msg.get("subject") or ""), parseaddr(str(msg.get("from") or ""))[1]
                    or None, intent, intents))
    return out


def populate(session: Any, size: Size) -> dict[str, int]:
    """Write a whole synthetic ledger into an empty, migrated database; returns row counts."""
    from sqlalchemy import func, insert, select, update

    from api.users import add_user
    from bench.synthetic import generate_ledger, generate_payments, write_invoice_csv
    from ledger import audit
    from ledger.importing import import_invoice_csv
    from ledger.models import (Analysis, Application, Customer, Dispute, Draft, Invoice,
                               Message, Payment, Promise, Task)

    rng = random.Random(size.seed)
    today = size.today
    n_cust = size.customers
    started = time.perf_counter()
    paid_extra = size.open_invoices // 5
    ledger = generate_ledger(size.open_invoices + paid_extra, size.seed, n_cust)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "invoices.csv"
        write_invoice_csv(ledger, path)
        import_invoice_csv(session, path.read_text("utf-8"), "bench-web-load.csv")
    log(f"  {len(ledger.invoices)} invoices imported ({time.perf_counter() - started:.0f} s)")

    cust_pk = dict(session.execute(select(Customer.customer_id, Customer.id)).all())
    names = {c.customer_id: c.name for c in ledger.customers}
    inv_pk = dict(session.execute(select(Invoice.invoice_number, Invoice.id)).all())
    by_number = {i.invoice_number: i for i in ledger.invoices}
    open_now = {i.invoice_number: i.open_amount for i in ledger.invoices}
    pks = list(cust_pk.values())

    # Payments as the matcher would have left them, and what they applied.
    payments: list[dict[str, Any]] = []
    apps: list[tuple[int, dict[str, Any]]] = []  # (index in payments, application)
    touched: set[str] = set()
    for sp in generate_payments(ledger, max(20, size.open_invoices // 20), size.seed + 1):
        p = sp.payment
        first = by_number.get(sp.expected[0].invoice_number) if sp.expected else None
        if sp.kind in ("wrong_currency", "unknown"):
            status = "exception"
        elif sp.kind == "ambiguous" or (sp.kind in ("typo", "missing_reference")
                                        and rng.random() < 0.4):
            status = "suggested"
        else:
            status = "applied"
        payments.append({
            "kind": "bank", "dedupe_key": f"bench:{p.payment_id}",
            "customer_pk": cust_pk[first.customer_id] if first and status != "exception"
            else None, "amount": p.amount, "currency": p.currency,
            "value_date": min(p.value_date, today), "payer_name": p.payer_name,
            "payer_account": p.payer_account, "reference": p.reference,
            "source": f"bench.camt053:{len(payments) + 1}", "status": status,
            "evidence": [f"{sp.kind.replace('_', ' ')} payment",
                         f"reference text {p.reference!r}" if p.reference else "no reference"],
            "created_at": _at(rng, today, 90)})
        if status == "exception":
            continue
        for a in sp.expected:
            touched.add(a.invoice_number)
            app_status = "suggested" if status == "suggested" else (
                "confirmed" if rng.random() < 0.2 else "auto_applied")
            apps.append((len(payments) - 1, {
                "invoice_pk": inv_pk[a.invoice_number], "amount": a.amount,
                "currency": p.currency, "deduction_amount": a.deduction_amount,
                "deduction_reason": a.deduction_reason, "status": app_status,
                "score": Decimal("0.99") if app_status != "suggested" else Decimal("0.71"),
                "evidence": ["reference matches the invoice number", "amount within tolerance"],
                "created_at": payments[-1]["created_at"]}))
            if app_status != "suggested":
                open_now[a.invoice_number] -= a.amount + (a.deduction_amount or Decimal(0))
    # Paid history: older invoices paid in full, until exactly `open_invoices` stay open.
    to_pay = sum(v > 0 for v in open_now.values()) - size.open_invoices
    older = [i for i in ledger.invoices if i.invoice_number not in touched
             and i.issue_date < today - timedelta(days=45)]
    rng.shuffle(older)
    for inv in older[:max(0, to_pay)]:
        value_date = min(today, inv.due_date + timedelta(days=rng.randint(-10, 40)))
        payments.append({
            "kind": "bank", "dedupe_key": f"bench:hist:{inv.invoice_number}",
            "customer_pk": cust_pk[inv.customer_id], "amount": open_now[inv.invoice_number],
            "currency": inv.currency, "value_date": value_date,
            "payer_name": names[inv.customer_id].upper(), "payer_account": None,
            "reference": f"INVOICE {inv.invoice_number}", "source": "bench.history",
            "status": "applied", "evidence": ["exact reference", "exact amount"],
            "created_at": datetime.combine(value_date, dtime(6), UTC)})
        apps.append((len(payments) - 1, {
            "invoice_pk": inv_pk[inv.invoice_number], "amount": open_now[inv.invoice_number],
            "currency": inv.currency, "deduction_amount": None, "deduction_reason": None,
            "status": "confirmed", "score": Decimal(1), "evidence": ["exact reference"],
            "created_at": payments[-1]["created_at"]}))
        open_now[inv.invoice_number] = Decimal(0)
    # Bank lines the matcher leaves alone or could not place.
    for k in range(max(2, n_cust // 10)):
        ignored = k % 3 != 0
        payments.append({
            "kind": "bank", "dedupe_key": f"bench:other:{k}", "customer_pk": None,
            "amount": Decimal(-rng.randint(100, 90000)).scaleb(-2) if ignored
            else Decimal(rng.randint(1000, 900000)).scaleb(-2), "currency": "EUR",
            "value_date": today - timedelta(days=rng.randrange(60)),
            "payer_name": "BANK FEES" if ignored else None, "payer_account": None,
            "reference": "ACCOUNT FEE" if ignored else None, "source": "bench.camt053",
            "status": "ignored" if ignored else "unmatched", "evidence": [],
            "created_at": _at(rng, today, 60)})
    payment_pks: list[int] = []
    for start in range(0, len(payments), 5000):
        payment_pks.extend(session.execute(insert(Payment).returning(Payment.id),
                                           payments[start:start + 5000]).scalars())
    n_applications = len(apps)
    rows = [{"payment_pk": payment_pks[i], **a} for i, a in apps]
    for start in range(0, len(rows), 5000):
        session.execute(insert(Application), rows[start:start + 5000])
    changed = [{"id": inv_pk[n], "open_amount": v} for n, v in open_now.items()
               if v != by_number[n].open_amount]
    for start in range(0, len(changed), 5000):
        session.execute(update(Invoice), changed[start:start + 5000])
    log(f"  {len(payments)} payments, {len(rows)} applications "
        f"({time.perf_counter() - started:.0f} s)")

    # Messages (the labelled emails, each stored many times) and what arbox understood.
    emails = _emails()
    n_messages = 2 * n_cust
    messages, analyses = [], []
    for k in range(n_messages):
        raw, subject, sender, intent, intents = emails[k % len(emails)]
        raw = b"X-Bench-Copy: %d\r\n" % k + raw
        r = rng.random()
        status = "failed" if r < 0.005 else "pending" if r < 0.01 else "processed"
        received = _at(rng, today, 365)
        messages.append({
            "message_id": f"bench-{k}@webload.test",
            "content_hash": hashlib.sha256(raw).hexdigest(), "source": f"INBOX:{k + 1}",
            "subject": subject, "from_address": sender, "sent_at": received, "raw": raw,
            "status": status, "received_at": received,
            "failure_reason": "InputError: the message has no readable body"
            if status == "failed" else None,
            "processed_at": received if status == "processed" else None})
        analyses.append((status, rng.choice(pks), intent, intents))
    message_pks: list[int] = []
    for start in range(0, len(messages), 1000):
        message_pks.extend(session.execute(insert(Message).returning(Message.id),
                                           messages[start:start + 1000]).scalars())
    rows = [{"message_pk": pk, "customer_pk": cpk, "language": "en",
             "primary_intent": intent,
             "result": {"intents": intents, "invoice_refs": [], "promised_date": None,
                        "promised_amount": None, "dispute_reason": None,
                        "disputed_invoices": []},
             "evidence": {intent: ["synthetic evidence"]}, "created_at": m["received_at"]}
            for pk, m, (status, cpk, intent, intents) in zip(message_pks, messages, analyses,
                                                              strict=True)
            if status == "processed"]
    for start in range(0, len(rows), 5000):
        session.execute(insert(Analysis), rows[start:start + 5000])
    replies = [(r["message_pk"], r["customer_pk"]) for r in rows]
    log(f"  {len(messages)} messages ({time.perf_counter() - started:.0f} s)")

    # Drafts: waiting for approval (a dunning run and replies), and the sent history.
    def body(name: str) -> str:
        return (f"Dear {name},\n\nOur records show the following invoices as overdue. Please "
                f"arrange payment at your earliest convenience or tell us if anything is in "
                f"dispute.\n\nKind regards,\nAccounts receivable\n")

    drafts = []
    for k in range(n_cust // 5 + n_cust * 2):
        waiting = k < n_cust // 5
        reply = rng.random() < 0.3
        msg_pk, cpk = rng.choice(replies) if reply else (None, rng.choice(pks))
        status = (("edited" if rng.random() < 0.1 else "drafted") if waiting
                  else rng.choice(("sent",) * 8 + ("rejected", "approved")))
        created = _at(rng, today, 3 if waiting else 365)
        drafts.append({
            "customer_pk": cpk, "message_pk": msg_pk, "kind": "reply" if reply else "dunning",
            "language": "en", "to": f"ap{cpk}@customer.example",
            "subject": "Re: your message" if reply else "Payment reminder",
            "body": body(f"customer {cpk}"), "status": status, "attachments": [],
            "evidence": {"compliance": []}, "created_at": created,
            "dunning_level": None if reply else rng.randint(1, 3),
            "sent_at": created + timedelta(hours=2) if status == "sent" else None,
            "decided_at": created + timedelta(hours=1) if not waiting else None,
            "decided_by": "alice" if not waiting else None})
    for start in range(0, len(drafts), 5000):
        session.execute(insert(Draft), drafts[start:start + 5000])

    kinds = ("dispute", "broken_promise", "bounce", "contact_change", "document_request")
    tasks = [{"customer_pk": rng.choice(pks), "kind": rng.choice(kinds),
              "detail": "look at this account", "status": "open" if k < n_cust // 20 else "done",
              "created_at": _at(rng, today, 120)} for k in range(n_cust // 20 + n_cust // 10)]
    session.execute(insert(Task), tasks)
    session.execute(insert(Promise), [
        {"customer_pk": rng.choice(pks), "promised_date": today + timedelta(
            days=rng.randint(-90, 30)), "promised_amount": None, "currency": None,
         "status": rng.choice(("open", "kept", "kept", "broken", "partial")),
         "created_at": _at(rng, today, 180)} for _ in range(n_cust // 2)])
    session.execute(insert(Dispute), [
        {"customer_pk": rng.choice(pks), "reason": rng.choice(("pricing", "damaged", "quantity")),
         "status": "open" if rng.random() < 0.3 else "resolved",
         "created_at": _at(rng, today, 180)} for _ in range(n_cust // 5)])
    held = rng.sample(pks, max(1, n_cust // 200))
    session.execute(update(Customer), [
        {"id": pk, "legal_hold": "insolvency_notice",
         "legal_hold_at": _at(rng, today, 200)} for pk in held])
    for username, role in (("alice", "collector"), ("fred", "finance")):
        add_user(session, username, role, PASSWORD, "bench")
    open_count = session.scalar(select(func.count()).select_from(Invoice)
                                .where(Invoice.open_amount > Decimal(0)))
    counts = {"customers": len(pks), "invoices": len(ledger.invoices),
              "open_invoices": open_count or 0, "payments": len(payments),
              "applications": n_applications, "messages": len(messages),
              "drafts_waiting": n_cust // 5, "drafts": len(drafts), "tasks_open": n_cust // 20}
    audit.record(session, "bench", MARKER, "bench", None, params=size.params(), counts=counts)
    log(f"  ledger ready ({time.perf_counter() - started:.0f} s): {counts}")
    return counts


def _marker(url: str) -> dict[str, Any] | None:
    from sqlalchemy import inspect, select

    from ledger.db import make_engine
    from ledger.models import AuditEntry

    engine = make_engine(url)
    try:
        if not inspect(engine).has_table("audit_log"):
            return None
        with engine.connect() as conn:
            row = conn.execute(select(AuditEntry.detail).where(AuditEntry.action == MARKER)
                               .order_by(AuditEntry.id.desc())).first()
        return row[0] if row else None
    finally:
        engine.dispose()


def _postgres_database(url: str, fresh: bool) -> None:
    """Create (or drop and create) the bench database named in `url`."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = make_url(url).database or ""
    if "webload" not in name and "bench" not in name:
        raise SystemExit(f"refusing to use database {name!r}: the bench drops and recreates "
                         f"it, so its name must contain 'webload' or 'bench'")
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": name}).first()
            if exists and fresh:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            if not exists or fresh:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()


def ensure_ledger(url: str, size: Size) -> dict[str, int]:
    """Reuse the ledger at `url` if the marker says it was built with these parameters."""
    from sqlalchemy import text

    from ledger.db import make_engine, migrate, session_factory, transaction

    postgres = url.startswith("postgresql")
    if postgres:
        _postgres_database(url, fresh=False)
    marker = _marker(url)
    if marker and marker.get("params") == size.params():
        log(f"reusing {url}")
        engine = make_engine(url)
        migrate(engine)  # a newer migration (an index) applies to a cached ledger too
        engine.dispose()
        return marker["counts"]
    if postgres:
        _postgres_database(url, fresh=True)
    else:
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    log(f"building {url}: {size.customers} customers, {size.open_invoices} open invoices")
    engine = make_engine(url)
    migrate(engine)
    with transaction(session_factory(engine)) as session:
        counts = populate(session, size)
    if postgres:  # what autovacuum would do soon after a large import
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return counts


# ---- serving and loading ------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str, today: date, logfile: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "ARBOX_DATABASE_URL": url, "ARBOX_TODAY": today.isoformat(),
           "ARBOX_SECRET_KEY": SECRET, "ARBOX_COOKIE_SECURE": "false",
           "ARBOX_PUBLIC_URL": f"http://127.0.0.1:{port}"}
    out = open(logfile, "ab")
    proc = subprocess.Popen([sys.executable, "-c", "from cli.main import app; app()", "serve",
                             "--port", str(port)], env=env, stdout=out, stderr=out, cwd=REPO)
    out.close()
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"arbox serve exited with {proc.returncode}; see {logfile}")
        try:
            if httpx.get(f"{base}/login", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit(f"arbox serve did not answer within 180 s; see {logfile}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Page:
    name: str
    role: str  # collector / finance / portal
    url: Callable[[random.Random], str]


def pages(customers: int, tokens: list[str]) -> list[Page]:
    def customer(rng: random.Random) -> str:
        return f"C{rng.randrange(customers):06d}"

    out = [Page("worklist", "collector", lambda r: "/worklist"),
           Page("approval queue", "collector", lambda r: "/queue"),
           Page("customer page", "collector", lambda r: f"/customers/{customer(r)}"),
           Page("payments (all)", "finance", lambda r: "/payments")]
    out += [Page(f"payments ({s})", "finance", lambda r, s=s: f"/payments?status={s}")
            for s in PAYMENT_STATUSES]
    out += [Page("dashboard", "collector", lambda r: "/dashboard"),
            Page("dashboard JSON", "collector", lambda r: "/api/v1/dashboard"),
            Page("portal page", "portal", lambda r: f"/portal/{r.choice(tokens)}"),
            Page("GET /api/v1/drafts", "collector", lambda r: "/api/v1/drafts"),
            Page("GET /api/v1/worklist", "collector", lambda r: "/api/v1/worklist"),
            Page("GET /api/v1/payments", "finance", lambda r: "/api/v1/payments"),
            Page("GET /api/v1/customers/{id}", "collector",
                 lambda r: f"/api/v1/customers/{customer(r)}"),
            Page("GET /api/v1/portal/{token}", "portal",
                 lambda r: f"/api/v1/portal/{r.choice(tokens)}")]
    return out


async def _login(client: Any, username: str) -> None:
    r = await client.post("/login", data={"username": username, "password": PASSWORD,
                                          "csrf_token": await _csrf(client)})
    assert r.status_code == 303, f"sign-in as {username} failed: {r.status_code}"


def _percentile(sorted_ms: list[float], q: float) -> float | None:
    """Nearest rank: the smallest value with at least q of the sample at or below it."""
    if not sorted_ms:
        return None
    return round(sorted_ms[max(0, math.ceil(q * len(sorted_ms)) - 1)], 1)


async def drive(base: str, server_pid: int, customers: int, duration: float, concurrency: int,
                only: set[str] | None, seed: int) -> dict[str, dict[str, Any]]:
    import httpx

    limits = httpx.Limits(max_connections=concurrency)
    clients: dict[str, list[httpx.AsyncClient]] = {
        role: [httpx.AsyncClient(base_url=base, timeout=120, limits=limits)
               for _ in range(concurrency)] for role in ("collector", "finance", "portal")}
    try:
        for role, username in (("collector", "alice"), ("finance", "fred")):
            for client in clients[role]:
                await _login(client, username)
        rng = random.Random(seed)
        collector = clients["collector"][0]
        tokens = []
        for n in rng.sample(range(customers), min(50, customers)):
            r = await collector.post(f"/api/v1/customers/C{n:06d}/portal-link",
                                     headers={"x-csrf-token": await _csrf(collector)})
            assert r.status_code == 200, r.text
            tokens.append(r.json()["url"].rsplit("/", 1)[1])
        results: dict[str, dict[str, Any]] = {}
        for page in pages(customers, tokens):
            if only and page.name not in only:
                continue
            results[page.name] = await _drive_page(page, clients[page.role], server_pid,
                                                   duration, random.Random(seed))
            r = results[page.name]
            log(f"  {page.name}: {r['requests']} requests, p50 {r['p50_ms']} ms, "
                f"p95 {r['p95_ms']} ms, {r['requests_per_s']} req/s"
                + (f", {r['errors']} errors" if r["errors"] else ""))
        return results
    finally:
        for group in clients.values():
            for client in group:
                await client.aclose()


async def _csrf(client: Any) -> str:
    found = CSRF_RE.search((await client.get("/login")).text)
    assert found
    return found.group(1)


async def _drive_page(page: Page, clients: list[Any], server_pid: int, duration: float,
                      rng: random.Random) -> dict[str, Any]:
    for _ in range(2):  # warm-up: first-use template compilation, caches
        r = await clients[0].get(page.url(rng))
        assert r.status_code == 200, f"{page.name}: {r.status_code} {r.text[:200]}"
    times: list[float] = []
    errors = 0
    sizes: list[int] = []
    cpu0 = _cpu_seconds(server_pid)
    start = time.perf_counter()
    stop = start + duration

    async def loop(client: Any) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            t = time.perf_counter()
            r = await client.get(page.url(rng))
            elapsed = (time.perf_counter() - t) * 1000
            if r.status_code != 200:
                errors += 1
                continue
            times.append(elapsed)
            sizes.append(len(r.content))

    await asyncio.gather(*(loop(c) for c in clients))
    wall = time.perf_counter() - start
    cpu = _cpu_seconds(server_pid) - cpu0
    times.sort()
    n = len(times) + errors
    return {"requests": n, "errors": errors, "p50_ms": _percentile(times, 0.50),
            "p95_ms": _percentile(times, 0.95), "p99_ms": _percentile(times, 0.99),
            "max_ms": round(times[-1], 1) if times else None,
            "requests_per_s": round(n / wall, 2),
            "server_cpu_ms_per_request": round(cpu * 1000 / n, 1) if n else None,
            "mean_kb": round(sum(sizes) / len(sizes) / 1024, 1) if sizes else None}


def run_ledger(url: str, size: Size, args: argparse.Namespace, logfile: Path
               ) -> dict[str, Any]:
    counts = ensure_ledger(url, size)
    proc, base = start_server(url, size.today, logfile)
    try:
        log(f"arbox serve on {base} ({size.customers} customers, pid {proc.pid})")
        results = asyncio.run(drive(base, proc.pid, size.customers, args.duration,
                                    args.concurrency, set(args.page or ()) or None, args.seed))
    finally:
        stop_server(proc)
    return {"counts": counts, "pages": results}


def _sqlite_url(cache: Path, size: Size) -> str:
    name = f"webload-{size.customers}c-{size.open_invoices}i-s{size.seed}.sqlite3"
    return f"sqlite:///{cache / name}"


def _small_postgres_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return u.set(database=f"{u.database}_small").render_as_string(hide_password=False)


def table(small: dict[str, Any], large: dict[str, Any]) -> str:
    lines = [f"| page | p50 ms | p95 ms | p99 ms | req/s | app CPU ms/req | "
             f"p95 at {small['counts']['open_invoices']:,} open invoices | p95 ratio |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in large["pages"].items():
        s = small["pages"].get(name, {})
        ratio = (round(r["p95_ms"] / s["p95_ms"], 1)
                 if r.get("p95_ms") and s.get("p95_ms") else None)
        lines.append(f"| {name} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
                     f"{r['requests_per_s']} | {r['server_cpu_ms_per_request']} | "
                     f"{s.get('p95_ms')} | {ratio}× |"
                     + (f" ({r['errors']} errors)" if r["errors"] else ""))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True,
                        help="directory for the SQLite ledgers and the server logs")
    parser.add_argument("--database-url", help="PostgreSQL URL of the bench database (its "
                        "name must contain 'webload'); default: SQLite files under --cache")
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--open-invoices", type=int, default=200_000)
    parser.add_argument("--small-customers", type=int, default=100)
    parser.add_argument("--small-open-invoices", type=int, default=2_000)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per page")
    parser.add_argument("--concurrency", type=int, default=2, help="clients per page")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 7, 1))
    parser.add_argument("--page", action="append", help="only this page (repeatable)")
    parser.add_argument("--large-only", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    small = Size(args.small_customers, args.small_open_invoices, args.seed, args.today)
    large = Size(args.customers, args.open_invoices, args.seed, args.today)
    if args.database_url:
        urls = (_small_postgres_url(args.database_url), args.database_url)
    else:
        urls = (_sqlite_url(args.cache, small), _sqlite_url(args.cache, large))
    backend = "postgresql" if args.database_url else "sqlite"
    logfile = args.cache / f"serve-{backend}.log"
    started = time.perf_counter()
    result: dict[str, Any] = {"backend": backend, "duration_s": args.duration,
                              "concurrency": args.concurrency, "cpus": os.cpu_count(),
                              "load_average_before": os.getloadavg()}
    if not args.large_only:
        result["small"] = run_ledger(urls[0], small, args, logfile)
    result["large"] = run_ledger(urls[1], large, args, logfile)
    result["load_average_after"] = os.getloadavg()
    result["wall_s"] = round(time.perf_counter() - started)
    if args.json:
        print(json.dumps(result, default=str))
    else:
        print(f"backend {backend}, {args.concurrency} clients, {args.duration:g} s per page, "
              f"{os.cpu_count()} CPUs, load average {result['load_average_before']}")
        print(table(result.get("small", {"counts": {"open_invoices": 0}, "pages": {}}),
                    result["large"]))


if __name__ == "__main__":
    main()
