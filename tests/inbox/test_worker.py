"""`arbox worker` against a real Dovecot: every message once, folders, limits, TLS, settings.

Runs the command in-process (the pipeline's models load once); the crash, signal, reconnect and
concurrency tests that need real processes are in test_worker_durability.py.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient
from typer.testing import CliRunner

from click.testing import Result

from cli.main import app
from inbox.worker import backoff_delay, fetch_groups, folder_counts
from ledger.db import make_engine, session_factory
from tests.inbox.dovecot import (DOVECOT, MISSING, PASSWORD, Dovecot, append_all,
                                 assert_exactly_once, corpus_messages, generated_message,
                                 ledger_state, server_flags, worker_env)

pytestmark = pytest.mark.skipif(DOVECOT is None, reason=MISSING)

DONE = b"$ArboxDone"


def worker(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], *args: str) -> Result:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return CliRunner().invoke(app, ["worker", *args], catch_exceptions=False)


def flat(text: str) -> str:
    """stderr without rich's line wrapping."""
    return " ".join(text.split())


def counts(db_url: str) -> dict[str, dict[str, int]]:
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            return folder_counts(session)
    finally:
        engine.dispose()


def test_once_processes_every_message_once_and_a_second_run_prints_nothing(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient], corpus_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    generated = [generated_message(n) for n in range(20)]
    same_id = generated[1].replace(b"payment", b"payment (resent)")  # same Message-ID
    messages = corpus_messages(corpus_dir, 40) + generated + [generated[0], same_id]
    append_all(client, "INBOX", messages)
    client.select_folder("INBOX")
    uids = client.search(["ALL"])
    assert len(uids) == len(messages)

    first = worker(monkeypatch, worker_env(dovecot, user, db_url), "--once", "--json")

    state = ledger_state(db_url)
    printed = first.stdout.splitlines()
    assert_exactly_once(state, printed, {"INBOX": uids})
    status = {m["id"]: m["status"] for m in state.messages}
    failed = sum(status[i["message_pk"]] == "failed" for i in state.items)
    assert first.exit_code == (1 if failed else 0), first.stderr
    copies = {f"INBOX:{uids[-2]}", f"INBOX:{uids[-1]}"}  # same bytes, same Message-ID
    assert not copies & {m["source"] for m in state.messages}
    assert all(re.fullmatch(r"INBOX:\d+", m["source"]) for m in state.messages)
    flags = server_flags(client, "INBOX")
    assert all(DONE in f and b"\\Seen" not in f for f in flags.values())
    assert counts(db_url) == {"INBOX": {"processed": len(uids) - failed, "failed": failed,
                                        "pending": 0}}
    done = re.search(r"(\d+) message\(s\) processed, (\d+) already done, (\d+) quarantined",
                     flat(first.stderr))
    assert done and int(done[1]) == len(printed) and int(done[3]) == failed
    assert int(done[1]) + int(done[2]) + failed == len(uids)
    assert int(done[2]) >= 2

    second = worker(monkeypatch, worker_env(dovecot, user, db_url), "--once", "--json")

    assert (second.exit_code, second.stdout) == (0, "")
    assert "0 message(s) processed, 0 already done, 0 quarantined" in flat(second.stderr)
    assert ledger_state(db_url).messages == state.messages


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_oversize_message_is_quarantined_without_download_and_fetched_when_allowed(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    big = generated_message(1).replace(b"next week.", b"next week.\n" + b"PS.\n" * 1500)
    append_all(client, "INBOX", [generated_message(0), big])
    env = worker_env(dovecot, user, db_url, ARBOX_MAX_MESSAGE_BYTES="4000")

    first = worker(monkeypatch, env, "--once", "--json")

    assert first.exit_code == 1
    assert len(first.stdout.splitlines()) == 1
    state = ledger_state(db_url)
    quarantined = [m for m in state.messages if m["status"] == "failed"]
    assert [m["source"] for m in quarantined] == ["INBOX:2"]
    assert quarantined[0]["size"] < 1000  # its headers only
    assert re.match(r"message is \d+ bytes, over the limit of 4000 \(ARBOX_MAX_MESSAGE_BYTES\); "
                    r"not downloaded, only its headers were stored",
                    quarantined[0]["failure_reason"])
    assert "quarantined INBOX:2: message is" in flat(first.stderr)
    assert [i["state"] for i in state.items] == ["done", "oversize"]
    assert DONE not in server_flags(client, "INBOX")[2]  # left for when the limit allows it
    log = (dovecot.dir / "dovecot.log").read_text()
    body_bytes = [int(n) for n in re.findall(
        rf"imap\({re.escape(user)}\).*Disconnected: Logged out .*body_bytes=(\d+)", log)]
    assert body_bytes and max(body_bytes) < 4000  # the server never sent the big body

    failed = CliRunner().invoke(app, ["inbox", "failed", "--json"])
    assert '"source": "INBOX:2"' in failed.stdout

    env["ARBOX_MAX_MESSAGE_BYTES"] = "1000000"
    second = worker(monkeypatch, env, "--once", "--json")

    assert second.exit_code == 0, second.stderr
    assert [line.count('"source": "INBOX:2"') for line in second.stdout.splitlines()] == [1]
    state = ledger_state(db_url)
    assert [m["status"] for m in state.messages] == ["processed", "processed"]
    assert all(DONE in f for f in server_flags(client, "INBOX").values())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_reads_several_folders_and_moves_done_messages(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    append_all(client, "INBOX", [generated_message(n, "inbox") for n in range(3)])
    append_all(client, "Remittances", [generated_message(n, "rem") for n in range(2)])
    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_FOLDERS="INBOX, Remittances",
                     ARBOX_IMAP_PROCESSED_FOLDER="Processed")

    first = worker(monkeypatch, env, "--once", "--json")

    assert first.exit_code == 0, first.stderr
    sources = sorted(line.split('"source": "')[1].split('"')[0]
                     for line in first.stdout.splitlines())
    assert sources == ["INBOX:1", "INBOX:2", "INBOX:3", "Remittances:1", "Remittances:2"]
    assert server_flags(client, "INBOX") == {} and server_flags(client, "Remittances") == {}
    moved = server_flags(client, "Processed")
    assert len(moved) == 5 and all(DONE in f for f in moved.values())
    assert counts(db_url) == {"INBOX": {"processed": 3, "failed": 0, "pending": 0},
                              "Remittances": {"processed": 2, "failed": 0, "pending": 0}}
    assert worker(monkeypatch, env, "--once", "--json").stdout == ""


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_uidvalidity_change_rescans_the_folder_without_duplicates(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    messages = [generated_message(n, "uv") for n in range(5)]
    append_all(client, "Customers", messages)
    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_FOLDERS="Customers")
    assert len(worker(monkeypatch, env, "--once", "--json").stdout.splitlines()) == 5
    old = client.folder_status("Customers", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    while client.folder_status("Customers", ["UIDVALIDITY"])[b"UIDVALIDITY"] == old:
        client.delete_folder("Customers")  # as a server rebuilding its index would
        time.sleep(0.5)  # Dovecot's UIDVALIDITY is a timestamp
        client.create_folder("Customers")
    append_all(client, "Customers", messages + [generated_message(9, "uv")])

    rescan = worker(monkeypatch, env, "--once", "--json")

    assert rescan.exit_code == 0, rescan.stderr
    assert "uidvalidity changed folder=Customers" in flat(rescan.stderr)
    assert len(rescan.stdout.splitlines()) == 1  # only the new message
    assert '"source": "Customers:6"' in rescan.stdout
    state = ledger_state(db_url)
    assert len(state.messages) == 6
    assert len(state.items) == 11 and all(i["state"] == "done" for i in state.items)
    assert all(DONE in f for f in server_flags(client, "Customers").values())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("how", ["tls", "starttls", "xoauth2"])
def test_connects_with_tls_starttls_and_an_oauth2_token(
        how: str, db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    append_all(client, "INBOX", [generated_message(1, how)])
    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_CA_FILE=str(dovecot.ca_file))
    if how == "tls":
        env.update(ARBOX_IMAP_SSL="true", ARBOX_IMAP_PORT=str(dovecot.tls_port))
    elif how == "starttls":
        env.update(ARBOX_IMAP_STARTTLS="true")
    else:
        env.update(ARBOX_IMAP_OAUTH2_TOKEN=PASSWORD, ARBOX_IMAP_PASSWORD="")

    result = worker(monkeypatch, env, "--once", "--json")

    assert result.exit_code == 0, result.stderr
    assert '"source": "INBOX:1"' in result.stdout
    login = re.findall(rf"Login: user=<{re.escape(user)}>, method=(\w+),.*", (
        dovecot.dir / "dovecot.log").read_text())
    expected = {"tls": ("PLAIN", "TLS"), "starttls": ("PLAIN", "TLS"),
                "xoauth2": ("XOAUTH2", "")}[how]
    assert expected[0] in login
    if expected[1]:
        assert re.search(rf"Login: user=<{re.escape(user)}>.*, TLS", (
            dovecot.dir / "dovecot.log").read_text())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_refuses_unsafe_settings_and_reports_a_refused_login(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, _ = mailbox
    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_HOST="imap.example.com")
    clear = worker(monkeypatch, env, "--once")
    assert clear.exit_code == 2
    assert ("error: ARBOX_IMAP_SSL=false without ARBOX_IMAP_STARTTLS=true would send the "
            "password in clear to imap.example.com; plain IMAP is only allowed on loopback"
            ) in flat(clear.stderr)

    monkeypatch.delenv("ARBOX_IMAP_HOST")
    env = {k: v for k, v in worker_env(dovecot, user, db_url).items() if k != "ARBOX_IMAP_HOST"}
    unset = worker(monkeypatch, env, "--once")
    assert unset.exit_code == 2
    assert "error: ARBOX_IMAP_HOST is not set: nothing to read" in flat(unset.stderr)

    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_SSL="true",
                     ARBOX_IMAP_PORT=str(dovecot.tls_port))
    untrusted = worker(monkeypatch, env, "--once")
    assert untrusted.exit_code == 1
    assert (f"error: IMAP 127.0.0.1:{dovecot.tls_port}: the server's certificate is not trusted "
            f"(self-signed certificate); for a private CA set ARBOX_IMAP_CA_FILE to its PEM file"
            ) in flat(untrusted.stderr)

    missing = worker(monkeypatch, worker_env(dovecot, user, db_url,
                                             ARBOX_IMAP_FOLDERS="INBOX,Nowhere"), "--once")
    assert missing.exit_code == 1
    assert "error: IMAP folder 'Nowhere' (ARBOX_IMAP_FOLDERS) cannot be opened:" in flat(
        missing.stderr)

    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_PASSWORD="wrong")
    refused = worker(monkeypatch, env, "--once")
    assert refused.exit_code == 1
    assert (f"error: IMAP 127.0.0.1:{dovecot.port}: login as ARBOX_IMAP_USER refused "
            in flat(refused.stderr))
    assert "check ARBOX_IMAP_USER and ARBOX_IMAP_PASSWORD" in flat(refused.stderr)


def test_fetch_groups_keep_oversize_messages_apart_and_bound_each_fetch() -> None:
    from ledger.models import MailboxItem

    items = [MailboxItem(id=n, uid=n, size=size) for n, size in
             enumerate([10, 20, 5000, 30, 40, 50], start=1)]
    groups = fetch_groups(items, max_bytes=1000, budget=70)
    assert [(whole, [i.uid for i in group]) for whole, group in groups] == [
        (True, [1, 2]), (False, [3]), (True, [4, 5]), (True, [6])]


def test_backoff_doubles_up_to_a_cap() -> None:
    delays = [backoff_delay(n) for n in range(1, 12)]
    assert 0.25 <= delays[0] <= 0.5 and 8 <= delays[5] <= 16 and 30 <= delays[-1] <= 60


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_inbox_status_json_counts_each_folder(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient],
        monkeypatch: pytest.MonkeyPatch) -> None:
    user, client = mailbox
    append_all(client, "INBOX", [generated_message(n, "status") for n in range(3)])
    append_all(client, "Remittances", [b"Subject: x\r\n\r\n" + b"y" * 5000])
    env = worker_env(dovecot, user, db_url, ARBOX_IMAP_FOLDERS="INBOX,Remittances",
                     ARBOX_MAX_MESSAGE_BYTES="4000")
    assert worker(monkeypatch, env, "--once").exit_code == 1

    status = CliRunner().invoke(app, ["inbox", "status", "--json"])

    assert status.exit_code == 0
    assert json.loads(status.stdout) == {
        "processed": 3, "failed": 1, "pending": 0,
        "folders": {"INBOX": {"processed": 3, "failed": 0, "pending": 0},
                    "Remittances": {"processed": 0, "failed": 1, "pending": 0}}}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_whole_corpus_and_labelled_set_through_imap_exactly_once(
        db_url: str, dovecot: Dovecot, mailbox: tuple[str, IMAPClient], corpus_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5's done-when: every shared-corpus email and every labelled message, APPENDed to
    a real Dovecot, goes through `arbox worker --once` with no crash, no duplicate, no loss."""
    user, client = mailbox
    data = Path(__file__).resolve().parents[1] / "data" / "emails"
    files = sorted(p for p in (corpus_dir / "emails").rglob("*.eml") if p.is_file())
    files += sorted(data.rglob("*.eml"))
    messages = [p.read_bytes() for p in files]
    messages = [m for m in messages if m.strip()]  # IMAP cannot APPEND an empty message
    append_all(client, "INBOX", messages)
    client.select_folder("INBOX")
    uids = client.search(["ALL"])
    assert len(uids) == len(messages) > 1400

    result = worker(monkeypatch, worker_env(dovecot, user, db_url), "--once", "--json")

    assert "Traceback" not in result.stderr
    state = ledger_state(db_url)
    assert_exactly_once(state, result.stdout.splitlines(), {"INBOX": uids})
    by_status = {m["status"] for m in state.messages}
    assert by_status <= {"processed", "failed"}
    assert sum(m["status"] == "processed" for m in state.messages) > 0.97 * len(state.messages)
