"""A throw-away Dovecot IMAP server on a free loopback port, for tests and the benchmark.

Follows the recipe in /work/shared/recipes.md: Maildir under one temp dir, mail owned by the
`mail` user (Dovecot refuses uid 0). Any user name logs in with PASSWORD (static passdb), so a
test gets an empty mailbox by picking a fresh user. XOAUTH2 is enabled too: Dovecot 2.3 checks
the bearer token like a password, which lets tests exercise `oauth2_login` without a token
server. The server listens on a plain port (STARTTLS offered) and on an implicit-TLS port with a
self-signed certificate made here.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import text

from ledger.db import make_engine

PASSWORD = "secret"
DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot"
                                      if os.path.exists("/usr/sbin/dovecot") else None)
MISSING = ("the dovecot binary is not installed (Debian: apt-get install -y dovecot-imapd); "
           "the IMAP worker tests need a real server")

_CONF = """\
base_dir = {d}/run
state_dir = {d}/run/state
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
mail_location = maildir:{d}/mail/%u
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
log_path = {d}/dovecot.log
first_valid_uid = 8
mail_fsync = never
mail_max_userip_connections = 100
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=mail gid=mail home={d}/mail/%u
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _self_signed(directory: Path) -> None:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,"
                    "IP:127.0.0.1", "-keyout", str(directory / "key.pem"),
                    "-out", str(directory / "cert.pem")],
                   check=True, capture_output=True)


class Dovecot:
    """One server: `start()`, `stop()`; `port` (plain or STARTTLS), `tls_port` (TLS)."""

    def __init__(self, directory: Path | None = None):
        # Not pytest's tmp_path: its parents are private to root, and Dovecot reads mail as
        # the `mail` user.
        self.dir = directory or Path(tempfile.mkdtemp(prefix="arbox-dovecot-"))
        self.port = free_port()
        self.tls_port = free_port()
        self.ca_file = self.dir / "cert.pem"
        self.users = 0

    def start(self) -> Dovecot:
        assert DOVECOT, MISSING
        d = self.dir
        (d / "run").mkdir(parents=True, exist_ok=True)
        (d / "mail").mkdir(exist_ok=True)
        if not self.ca_file.exists():
            _self_signed(d)
        (d / "dovecot.conf").write_text(_CONF.format(d=d, port=self.port, tls_port=self.tls_port,
                                                     password=PASSWORD))
        shutil.chown(d / "mail", "mail", "mail")
        d.chmod(0o755)  # the mail user must reach $D/mail (so must its parents: use /tmp)
        # The daemon keeps inherited pipes open: never capture its output.
        subprocess.run([DOVECOT, "-c", str(d / "dovecot.conf")], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        self._wait(up=True)
        return self

    def _pid(self) -> int | None:
        try:
            return int((self.dir / "run" / "master.pid").read_text().strip())
        except (FileNotFoundError, ValueError):
            return None

    def _wait(self, up: bool, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    if up:
                        return
            except OSError:
                if not up:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not {'start' if up else 'stop'}; see "
                           f"{self.dir / 'dovecot.log'}")

    def drop_connections(self) -> int:
        """Kill the IMAP sessions, as a crashing server would (a stopped master leaves them)."""
        master = self._pid()
        killed = 0
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                ppid = int((proc / "stat").read_bytes().rsplit(b")", 1)[1].split()[1])
                if ppid == master and (proc / "cmdline").read_bytes().startswith(b"dovecot/imap"):
                    os.kill(int(proc.name), signal.SIGKILL)
                    killed += 1
            except (OSError, ValueError, IndexError):
                continue
        return killed

    def stop(self) -> None:
        pid = self._pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        self._wait(up=False)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def new_user(self, prefix: str = "ar") -> str:
        """A user nobody used yet: an empty mailbox."""
        self.users += 1
        return f"{prefix}{self.users}-{os.getpid()}@example.test"

    def client(self, user: str) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(user, PASSWORD)
        return client

    def env(self, user: str, folders: str = "INBOX") -> dict[str, str]:
        """ARBOX_IMAP_* variables pointing a worker at this server (plain, loopback)."""
        return {"ARBOX_IMAP_HOST": "127.0.0.1", "ARBOX_IMAP_PORT": str(self.port),
                "ARBOX_IMAP_USER": user, "ARBOX_IMAP_PASSWORD": PASSWORD,
                "ARBOX_IMAP_FOLDERS": folders, "ARBOX_IMAP_SSL": "false"}


def append_all(client: IMAPClient, folder: str, messages: list[bytes]) -> None:
    if folder.upper() != "INBOX" and not client.folder_exists(folder):
        client.create_folder(folder)
    for raw in messages:
        client.append(folder, raw)


def generated_message(n: int, tag: str = "gen") -> bytes:
    """A small, valid customer email with a unique Message-ID (fast to process)."""
    msg = EmailMessage()
    msg["From"] = f"Customer {n} <ap{n}@customer{n % 37}.example>"
    msg["To"] = "ar@example.com"
    msg["Subject"] = f"Invoice INV-{10000 + n} payment"
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=n))
    msg["Message-ID"] = make_msgid(idstring=f"{tag}.{n}", domain="customer.example")
    msg.set_content(f"Hello,\n\nwe will pay invoice INV-{10000 + n} of {100 + n}.00 EUR "
                    f"next week.\n\nRegards,\nCustomer {n}\n")
    return bytes(msg)


def corpus_messages(root: Path, count: int, max_bytes: int = 64 * 1024) -> list[bytes]:
    """`count` real emails from the shared corpus, spread over its sources (deterministic)."""
    files = sorted(p for p in (root / "emails").rglob("*.eml")
                   if p.is_file() and p.stat().st_size <= max_bytes)
    step = max(1, len(files) // count)
    return [p.read_bytes() for p in files[::step][:count]]


# --- running `arbox worker` as a process ---------------------------------------------------------

WORKER_CMD = [sys.executable, "-c", "from cli.main import app; app()", "worker"]


class WorkerProcess:
    """`arbox worker …` in a subprocess; stdout lines are collected by a thread."""

    def __init__(self, env: dict[str, str], *args: str):
        self.proc = subprocess.Popen([*WORKER_CMD, *args], env={**os.environ, **env},
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     cwd=Path(__file__).resolve().parents[2])
        self.started = time.monotonic()
        self.lines: list[str] = []
        self.times: list[float] = []  # time.monotonic() at each line
        self.stderr = ""
        self._more = threading.Condition()
        self._out = threading.Thread(target=self._read_stdout, daemon=True)
        self._err = threading.Thread(target=self._read_stderr, daemon=True)
        self._out.start()
        self._err.start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._more:
                self.lines.append(line.decode())
                self.times.append(time.monotonic())
                self._more.notify_all()
        with self._more:
            self._more.notify_all()

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read().decode(errors="replace")

    def wait_lines(self, count: int, timeout: float = 60.0) -> bool:
        """Wait until `count` lines were printed; False if the process ended first."""
        deadline = time.monotonic() + timeout
        with self._more:
            while len(self.lines) < count:
                if self.proc.poll() is not None and not self._out.is_alive():
                    return False
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{len(self.lines)} of {count} lines after {timeout}s")
                self._more.wait(min(left, 0.2))
        return True

    def signal(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def wait(self, timeout: float = 120.0) -> int:
        code = self.proc.wait(timeout)
        self._out.join(10)
        self._err.join(10)
        return code

    def sources(self) -> list[str]:
        return [json.loads(line)["source"] for line in self.lines if line.strip()]


def worker_env(server: Dovecot, user: str, db_url: str, **extra: str) -> dict[str, str]:
    return {**server.env(user), "ARBOX_DATABASE_URL": db_url, "ARBOX_TODAY": "2026-11-24",
            "ARBOX_WORKER_POLL_SECONDS": "1", **extra}


def run_once(env: dict[str, str], timeout: float = 180.0) -> tuple[int, list[str], str]:
    """`arbox worker --once --json`: (exit code, stdout lines, stderr)."""
    worker = WorkerProcess(env, "--once", "--json")
    code = worker.wait(timeout)
    return code, worker.lines, worker.stderr


# --- what the ledger and the server must show afterwards --------------------------------------

@dataclass(frozen=True)
class LedgerState:
    messages: list[dict[str, Any]]  # id, source, status, message_id, analyses (count)
    items: list[dict[str, Any]]  # folder, uidvalidity, uid, state, message_pk, marked


def ledger_state(db_url: str) -> LedgerState:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            messages = [dict(r._mapping) for r in conn.execute(text(
                "SELECT m.id, m.source, m.status, m.message_id, length(m.raw) AS size, "
                "m.failure_reason, (SELECT count(*) FROM analyses a WHERE a.message_pk = m.id) "
                "AS analyses FROM messages m ORDER BY m.id"))]
            items = [dict(r._mapping) for r in conn.execute(text(
                "SELECT folder, uidvalidity, uid, state, message_pk, marked, claimed_by, "
                "attempts FROM mailbox_items ORDER BY folder, uidvalidity, uid"))]
    finally:
        engine.dispose()
    return LedgerState(messages, items)


def assert_exactly_once(state: LedgerState, printed: list[str], uids: dict[str, list[int]],
                        killed: bool = False) -> None:
    """Every server message has one finished item; every stored message one result; what was
    printed is what was processed, each once (after a SIGKILL, a message committed just before
    the kill was never printed: the next run meets it as a duplicate)."""
    current = {}
    for item in state.items:
        current.setdefault(item["folder"], {})[item["uid"]] = item  # last uidvalidity wins
    for folder, folder_uids in uids.items():
        got = current.get(folder, {})
        assert sorted(got) == sorted(folder_uids), f"{folder}: queued UIDs differ from server"
        unfinished = [i for i in got.values() if i["state"] not in ("done", "failed")]
        assert not unfinished, f"{folder}: unfinished items {unfinished[:3]}"
        assert all(i["message_pk"] for i in got.values()), f"{folder}: item without message"
    sources = [json.loads(line)["source"] for line in printed if line.strip()]
    assert len(sources) == len(set(sources)), "a message was printed twice"
    processed = {m["source"] for m in state.messages if m["status"] == "processed"}
    assert set(sources) <= processed if killed else set(sources) == processed
    for m in state.messages:
        assert m["status"] in ("processed", "failed"), m
        assert m["analyses"] == (1 if m["status"] == "processed" else 0), m
    ids = [m["message_id"] for m in state.messages if m["message_id"]]
    assert len(ids) == len(set(ids)), "one Message-ID stored twice"
    referenced = {i["message_pk"] for i in state.items}
    assert {m["id"] for m in state.messages} <= referenced, "a stored message no item points to"


def server_flags(client: IMAPClient, folder: str) -> dict[int, tuple[bytes, ...]]:
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    return {uid: data[b"FLAGS"] for uid, data in client.fetch(uids, ["FLAGS"]).items()} \
        if uids else {}
