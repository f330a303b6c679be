"""Issue 6: "a scheduled mode runs daily inside the worker". The worker's job drafts the day's
dunning once at the configured local time — not twice the same day, not again after a restart,
again the next day — and among several workers sharing one ledger only one runs it. A failed
run is audited and retried on the next loop without stopping the worker.

The clock is injected; the ledger is real (SQLite, and PostgreSQL with ARBOX_TEST_POSTGRES_URL),
and so is the IMAP server the worker reads (Dovecot on loopback)."""
from __future__ import annotations

import threading
import time as clock_time
from dataclasses import replace
from datetime import UTC, date, datetime, time
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from imapclient import IMAPClient
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.dunning import load_policy, parse_schedule, scheduled_run_date
from assistant.dunning_service import DailyDunning, ScheduledOutcome, _claim
from cli.main import app
from cli.pipeline import Pipeline
from inbox.worker import Worker, WorkerSettings
from ledger.db import transaction
from ledger.errors import InputError
from ledger.importing import import_invoice_csv
from ledger.models import AuditEntry, Draft, Invoice, Promise, ScheduledRun
from ledger.settings import Settings
from tests.conftest import POSTGRES_URL
from tests.inbox.dovecot import (DOVECOT, MISSING, PASSWORD, Dovecot, append_all, worker_env)

HEADER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,"
          "currency,amount,open_amount\n")
# Due 2026-11-10: 14 days overdue on the 24th (level 2, first reminder), 15 on the 25th (level
# 3, second reminder): each day's run has something new to draft.
LEDGER = HEADER + "\n".join([
    "C1,Acme Ltd,ap@acme.test,A-1,,2026-10-01,2026-11-10,EUR,1200.00,1200.00",
    "C2,Promise Inc,ap@promise.test,P-1,,2026-10-01,2026-11-10,EUR,800.00,800.00",
]) + "\n"
COMPANY = {"name": "Northwind Supplies", "iban": "", "bic": ""}
# Europe/Paris is UTC+1 in November: 07:00 there is 06:00 UTC.
BEFORE_SEVEN = datetime(2026, 11, 24, 5, 59, tzinfo=UTC)
AFTER_SEVEN = datetime(2026, 11, 24, 6, 30, tzinfo=UTC)
NEXT_DAY = datetime(2026, 11, 25, 6, 30, tzinfo=UTC)


class Clock:
    """The injectable clock: the time the test sets."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ledger(factory):
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
    return factory


def job(factory, clock: Clock, worker: str = "worker-a", policy=None) -> DailyDunning:
    return DailyDunning(factory, policy or load_policy(), COMPANY, time(7, 0), worker=worker,
                        clock=clock)


def drafts(factory) -> list[tuple[str, int]]:
    with factory() as s:
        return [(d.to, d.dunning_level) for d in s.scalars(
            select(Draft).where(Draft.kind == "dunning").order_by(Draft.id))]


def runs(factory) -> list[tuple[str, date, str]]:
    with factory() as s:
        return [(r.job, r.run_date, r.worker) for r in s.scalars(
            select(ScheduledRun).order_by(ScheduledRun.id))]


def audit(factory, action: str) -> list[dict]:
    with factory() as s:
        return [e.detail for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == action).order_by(AuditEntry.id))]


# --- when it is due: pure -------------------------------------------------------------------

def test_the_run_is_due_from_the_scheduled_local_time_in_the_policys_time_zone():
    seven = time(7, 0)
    assert scheduled_run_date(BEFORE_SEVEN, seven, "Europe/Paris") is None
    assert scheduled_run_date(AFTER_SEVEN, seven, "Europe/Paris") == date(2026, 11, 24)
    summer = datetime(2026, 7, 1, 5, 0, tzinfo=UTC)  # 07:00 in Paris (UTC+2)
    assert scheduled_run_date(summer, seven, "Europe/Paris") == date(2026, 7, 1)
    assert scheduled_run_date(summer, seven, "America/New_York") is None  # 01:00 there
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # already the 25th in Paris
    assert scheduled_run_date(late, time(0, 0), "Europe/Paris") == date(2026, 11, 25)
    assert scheduled_run_date(AFTER_SEVEN, seven, "Europe/Paris",
                              pinned_today=date(2026, 12, 1)) == date(2026, 12, 1)


def test_the_schedule_setting_is_a_time_or_empty():
    assert parse_schedule("07:00") == time(7, 0)
    assert parse_schedule(" 18:30 ") == time(18, 30)
    assert parse_schedule("") is None and parse_schedule(None) is None
    with pytest.raises(InputError, match=r"ARBOX_DUNNING_SCHEDULE='7am' is not a time: write "
                                         r"HH:MM \(e.g. 07:00\), or leave it empty"):
        parse_schedule("7am")


# --- the job against the ledger -------------------------------------------------------------

def test_the_job_drafts_the_days_dunning_once_and_again_the_next_day(ledger):
    clock = Clock(BEFORE_SEVEN)
    daily = job(ledger, clock)

    assert daily() is None
    assert drafts(ledger) == [] and runs(ledger) == []

    clock.now = AFTER_SEVEN
    assert daily() == ScheduledOutcome(date(2026, 11, 24), "done", drafted=2, reviewed=0)
    assert drafts(ledger) == [("ap@acme.test", 2), ("ap@promise.test", 2)]
    assert runs(ledger) == [("dunning", date(2026, 11, 24), "worker-a")]
    assert audit(ledger, "scheduled_run_done") == [{
        "job": "dunning", "run_date": "2026-11-24", "worker": "worker-a", "drafted": 2,
        "promises_reviewed": 0}]

    clock.now = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    assert daily() is None  # known done: not even a query
    restarted = job(ledger, clock, "worker-a-restarted")
    assert restarted() == ScheduledOutcome(date(2026, 11, 24), "already_done")
    assert restarted() is None
    assert len(drafts(ledger)) == 2 and len(runs(ledger)) == 1

    clock.now = NEXT_DAY
    assert restarted() == ScheduledOutcome(date(2026, 11, 25), "done", drafted=2, reviewed=0)
    assert drafts(ledger)[2:] == [("ap@acme.test", 3), ("ap@promise.test", 3)]
    assert [r[1] for r in runs(ledger)] == [date(2026, 11, 24), date(2026, 11, 25)]
    assert daily() == ScheduledOutcome(date(2026, 11, 25), "already_done")


def test_the_daily_run_reviews_promises_first_as_dunning_run_does(ledger):
    with transaction(ledger) as s:
        invoice = s.scalars(select(Invoice).where(Invoice.invoice_number == "P-1")).one()
        s.add(Promise(customer_pk=invoice.customer_pk, invoice_pk=invoice.id,
                      promised_date=date(2026, 11, 20), status="open"))
    outcome = job(ledger, Clock(AFTER_SEVEN))()
    assert outcome == ScheduledOutcome(date(2026, 11, 24), "done", drafted=2, reviewed=1)
    with ledger() as s:
        assert s.scalars(select(Promise.status)).one() == "broken"  # so dunning resumed


def test_two_workers_at_the_same_moment_run_it_once(ledger):
    clock = Clock(AFTER_SEVEN)
    jobs = [job(ledger, clock, "worker-a"), job(ledger, clock, "worker-b")]
    start = threading.Barrier(2)
    outcomes: dict[str, ScheduledOutcome | None] = {}

    def run(daily: DailyDunning) -> None:
        start.wait()
        outcomes[daily.worker] = daily()

    threads = [threading.Thread(target=run, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)

    statuses = sorted(o.status for o in outcomes.values() if o)
    assert statuses in (["already_done", "done"], ["busy", "done"]), outcomes
    assert len(drafts(ledger)) == 2
    (row,) = runs(ledger)
    winner = next(name for name, o in outcomes.items() if o and o.status == "done")
    assert row == ("dunning", date(2026, 11, 24), winner)
    loser = next(j for j in jobs if j.worker != winner)
    # Found busy: it looks again on its next loop; found done: it knows it already.
    assert loser() in (None, ScheduledOutcome(date(2026, 11, 24), "already_done"))
    assert loser() is None
    assert len(drafts(ledger)) == 2


@pytest.mark.skipif(not POSTGRES_URL, reason="ARBOX_TEST_POSTGRES_URL is not set")
@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_run_in_progress_elsewhere_is_skipped_not_waited_for(ledger):
    clock = Clock(AFTER_SEVEN)
    with transaction(ledger) as s:  # worker-a is in the middle of the day's run
        assert _claim(s, date(2026, 11, 24), "worker-a") is not None
        started = clock_time.monotonic()
        assert job(ledger, clock, "worker-b")() == ScheduledOutcome(date(2026, 11, 24), "busy")
        assert clock_time.monotonic() - started < 5  # no wait on worker-a's transaction
    assert job(ledger, clock, "worker-b")() == ScheduledOutcome(date(2026, 11, 24),
                                                                "already_done")


def test_a_failed_run_leaves_no_trace_but_the_audit_and_is_retried(ledger):
    policy = load_policy()
    broken = replace(policy, levels=tuple(replace(lv, template="no_such_template")
                                          for lv in policy.levels))
    clock = Clock(AFTER_SEVEN)
    daily = job(ledger, clock, policy=broken)

    failed = daily()
    assert failed is not None and failed.status == "failed"
    assert (failed.error or "").startswith("TemplateNotFound: 'no_such_template.j2' not found")
    assert drafts(ledger) == [] and runs(ledger) == []  # rolled back, levels untouched
    (entry,) = audit(ledger, "scheduled_run_failed")
    assert (entry["job"], entry["run_date"], entry["worker"]) == ("dunning", "2026-11-24",
                                                                  "worker-a")
    assert entry["error"].startswith("TemplateNotFound")

    assert daily() is not None  # not marked done: tried again on the next loop
    assert len(audit(ledger, "scheduled_run_failed")) == 2
    daily.policy = policy  # the collector fixes the policy
    assert daily() == ScheduledOutcome(date(2026, 11, 24), "done", drafted=2, reviewed=0)


# --- inside the worker, against a real IMAP server -------------------------------------------

needs_dovecot = pytest.mark.skipif(DOVECOT is None, reason=MISSING)


def imap_settings(dovecot: Dovecot, user: str) -> Settings:
    return Settings(imap_host="127.0.0.1", imap_port=dovecot.port, imap_user=user,
                    imap_password=PASSWORD, imap_ssl=False, company_name="Northwind Supplies")


def promise_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Accounts <ap@promise.test>"
    msg["To"] = "ar@example.com"
    msg["Subject"] = "Invoice P-1"
    msg["Date"] = format_datetime(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<promise-p1@promise.test>"
    msg.set_content("Hello,\n\nWe will pay invoice P-1 (800.00 EUR) on 30 November 2026.\n\n"
                    "Regards,\nPromise Inc\n")
    return bytes(msg)


def no_mail() -> object:
    def process(source: str, raw: bytes) -> object:
        raise AssertionError(f"no message expected, got {source}")
    return process


@needs_dovecot
def test_the_worker_reads_the_mail_then_runs_the_days_dunning_once(
        ledger, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    append_all(client, "INBOX", [promise_mail()])
    settings = imap_settings(dovecot, user)
    clock = Clock(AFTER_SEVEN)
    worker = Worker(ledger, settings, WorkerSettings(),
                    lambda: Pipeline(ledger, settings).process, jobs=[job(ledger, clock)])

    first = list(worker.run(once=True))

    assert [(o.source, o.status) for o in first] == [("INBOX:1", "processed")]
    # Today's mail was read first: the promise it carries holds P-1's reminder back.
    assert drafts(ledger) == [("ap@acme.test", 2)]
    assert runs(ledger) == [("dunning", date(2026, 11, 24), "worker-a")]

    assert list(worker.run(once=True)) == []
    restarted = Worker(ledger, settings, WorkerSettings(), no_mail,
                       jobs=[job(ledger, clock, "worker-a-restarted")])
    assert list(restarted.run(once=True)) == []
    assert drafts(ledger) == [("ap@acme.test", 2)] and len(runs(ledger)) == 1

    clock.now = NEXT_DAY
    assert list(restarted.run(once=True)) == []
    assert drafts(ledger) == [("ap@acme.test", 2), ("ap@acme.test", 3)]
    assert [r[1:] for r in runs(ledger)] == [(date(2026, 11, 24), "worker-a"),
                                             (date(2026, 11, 25), "worker-a-restarted")]


@needs_dovecot
def test_two_workers_sharing_the_ledger_run_it_once(
        ledger, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, _ = mailbox
    settings = imap_settings(dovecot, user)
    clock = Clock(AFTER_SEVEN)
    workers = []
    for name in ("worker-a", "worker-b"):
        w = Worker(ledger, settings, WorkerSettings(), no_mail, jobs=[job(ledger, clock, name)])
        w.me = f"{name}:1:-"  # two processes' names (one process here)
        workers.append(w)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(w: Worker) -> None:
        try:
            start.wait()
            list(w.run(once=True))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(runs(ledger)) == 1 and len(drafts(ledger)) == 2
    for w in workers:
        list(w.run(once=True))  # the one that found it busy finds it done
    assert len(runs(ledger)) == 1 and len(drafts(ledger)) == 2


@needs_dovecot
def test_a_failing_run_does_not_stop_the_worker_reading_mail(
        ledger, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    append_all(client, "INBOX", [promise_mail()])
    settings = imap_settings(dovecot, user)
    policy = load_policy()
    daily = job(ledger, Clock(AFTER_SEVEN), policy=replace(
        policy, levels=tuple(replace(lv, template="no_such_template") for lv in policy.levels)))
    worker = Worker(ledger, settings, WorkerSettings(),
                    lambda: Pipeline(ledger, settings).process, jobs=[daily])

    assert [o.status for o in worker.run(once=True)] == ["processed"]
    assert len(audit(ledger, "scheduled_run_failed")) == 1 and runs(ledger) == []

    daily.policy = policy
    assert list(worker.run(once=True)) == []
    assert drafts(ledger) == [("ap@acme.test", 2)] and len(runs(ledger)) == 1


# --- `arbox worker`: the setting and the flag ------------------------------------------------

def test_a_bad_schedule_stops_the_worker_naming_the_variable(arbox_env, monkeypatch):
    monkeypatch.setenv("ARBOX_DUNNING_SCHEDULE", "7am")
    result = CliRunner().invoke(app, ["worker", "--once"])
    assert result.exit_code == 2
    assert "ARBOX_DUNNING_SCHEDULE='7am' is not a time" in " ".join(result.stderr.split())


@needs_dovecot
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_arbox_worker_runs_it_unless_told_not_to(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    user, _ = mailbox
    # Midnight local time: due whatever the real clock says; ARBOX_TODAY names the day.
    for key, value in worker_env(dovecot, user, db_url, ARBOX_DUNNING_SCHEDULE="00:00").items():
        monkeypatch.setenv(key, value)
    runner = CliRunner()
    (tmp_path / "ledger.csv").write_text(LEDGER)
    assert runner.invoke(app, ["import", "invoices", str(tmp_path / "ledger.csv")]).exit_code == 0

    off = runner.invoke(app, ["worker", "--once", "--no-dunning"])
    assert off.exit_code == 0, off.stderr
    assert "dunning run" not in off.stderr
    assert runner.invoke(app, ["drafts", "list", "--json"]).stdout == ""

    on = runner.invoke(app, ["worker", "--once"])
    assert on.exit_code == 0, on.stderr
    assert "dunning run 2026-11-24: 2 reminder(s) drafted for approval" in " ".join(
        on.stderr.split())
    again = runner.invoke(app, ["worker", "--once"])
    assert again.exit_code == 0 and "dunning run" not in again.stderr
    assert len(runner.invoke(app, ["drafts", "list", "--json"]).stdout.splitlines()) == 2

    monkeypatch.setenv("ARBOX_DUNNING_SCHEDULE", "")
    monkeypatch.setenv("ARBOX_TODAY", "2026-11-25")
    off_by_setting = runner.invoke(app, ["worker", "--once"])
    assert off_by_setting.exit_code == 0 and "dunning run" not in off_by_setting.stderr
