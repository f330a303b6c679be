"""`arbox worker` as real processes: SIGKILL at random points, SIGTERM, IDLE, a server that goes
away, and three workers sharing one PostgreSQL ledger — every message still has exactly one
result and none is lost.
"""
from __future__ import annotations

import random
import signal
import time

import pytest
from imapclient import IMAPClient

from tests.conftest import POSTGRES_URL
from tests.inbox.dovecot import (DOVECOT, MISSING, Dovecot, WorkerProcess, append_all,
                                 assert_exactly_once, generated_message, ledger_state, run_once,
                                 server_flags, worker_env)

pytestmark = pytest.mark.skipif(DOVECOT is None, reason=MISSING)


def fill(client: IMAPClient, count: int, tag: str) -> list[int]:
    append_all(client, "INBOX", [generated_message(n, tag) for n in range(count)])
    client.select_folder("INBOX")
    return list(client.search(["ALL"]))


def test_sigkill_at_random_points_loses_nothing_and_stores_nothing_twice(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    uids = fill(client, 500, "kill")
    env = worker_env(dovecot, user, db_url)
    rng = random.Random(20261124)
    printed: list[str] = []
    kills = 0
    for _ in range(3):
        proc = WorkerProcess(env, "--once", "--json")
        # Somewhere in the next batches: while fetching, in the pipeline, or marking.
        if proc.wait_lines(rng.randint(5, 80), timeout=120):
            time.sleep(rng.uniform(0, 0.2))
            proc.signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        printed += proc.lines

    code, lines, stderr = run_once(env)

    assert kills >= 2
    assert code == 0, stderr
    printed += lines
    state = ledger_state(db_url)
    assert_exactly_once(state, printed, {"INBOX": uids}, killed=True)
    assert len(state.messages) == 500
    assert all(m["status"] == "processed" for m in state.messages)
    assert all(b"$ArboxDone" in f for f in server_flags(client, "INBOX").values())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sigterm_finishes_the_message_in_hand_and_the_next_run_resumes(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    uids = fill(client, 150, "term")
    env = worker_env(dovecot, user, db_url)
    first = WorkerProcess(env, "--once", "--json")
    assert first.wait_lines(10)
    first.signal(signal.SIGTERM)

    assert first.wait(30) == 0
    state = ledger_state(db_url)
    assert "SIGTERM: finishing the message in hand" in first.stderr
    assert {i["state"] for i in state.items} == {"done", "queued"}  # no claim left behind
    assert sum(i["state"] == "done" for i in state.items) == len(first.lines) < 150

    code, lines, stderr = run_once(env)

    assert code == 0, stderr
    assert_exactly_once(ledger_state(db_url), first.lines + lines, {"INBOX": uids})


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_idle_wakes_the_worker_for_new_mail_and_sigterm_stops_it(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    fill(client, 2, "idle")
    # Polling every 60 s: only IDLE can bring the third message in within the timeout.
    env = worker_env(dovecot, user, db_url, ARBOX_WORKER_POLL_SECONDS="60")
    proc = WorkerProcess(env, "--json")
    try:
        assert proc.wait_lines(2)
        time.sleep(0.5)
        append_all(client, "INBOX", [generated_message(3, "idle")])
        assert proc.wait_lines(3, timeout=10)
    finally:
        proc.signal(signal.SIGTERM)
    assert proc.wait(15) == 0
    assert proc.sources() == ["INBOX:1", "INBOX:2", "INBOX:3"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_reconnects_with_backoff_when_the_server_goes_away(db_url: str) -> None:
    server = Dovecot().start()  # its own: it is stopped mid-run
    try:
        user = server.new_user()
        client = server.client(user)
        uids = fill(client, 300, "drop")
        client.logout()
        proc = WorkerProcess(worker_env(server, user, db_url), "--once", "--json")
        assert proc.wait_lines(30)
        assert server.drop_connections() >= 1
        server.stop()
        time.sleep(1.5)
        server.start()

        assert proc.wait(120) == 0, proc.stderr
        assert "imap connection lost" in proc.stderr
        assert_exactly_once(ledger_state(db_url), proc.lines, {"INBOX": uids})
        client = server.client(user)
        assert all(b"$ArboxDone" in f for f in server_flags(client, "INBOX").values())
        client.logout()
    finally:
        server.remove()


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="ARBOX_TEST_POSTGRES_URL is not set")
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_three_workers_on_postgresql_process_each_message_exactly_once(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient]) -> None:
    user, client = mailbox
    messages = [generated_message(n, "pg") for n in range(600)]
    # Copies under other UIDs (same bytes, or same Message-ID) race between workers too.
    copies = [messages[n] for n in range(0, 600, 60)] + [
        messages[n].replace(b"payment", b"payment (resent)") for n in range(30, 600, 60)]
    append_all(client, "INBOX", messages + copies)
    client.select_folder("INBOX")
    uids = list(client.search(["ALL"]))
    env = worker_env(dovecot, user, db_url, ARBOX_WORKER_BATCH="10")

    workers = [WorkerProcess(env, "--once", "--json") for _ in range(3)]
    codes = [w.wait(180) for w in workers]

    assert codes == [0, 0, 0], [w.stderr for w in workers]
    printed = [line for w in workers for line in w.lines]
    state = ledger_state(db_url)
    assert_exactly_once(state, printed, {"INBOX": uids})
    assert len(printed) == len(state.messages) == 600
    assert sum(1 for w in workers if w.lines) >= 2, [len(w.lines) for w in workers]
    assert len({i["claimed_by"] for i in state.items}) >= 2
