"""The IMAP worker: queue each folder's new messages, claim them under a lease, run each through
the pipeline, and mark it done on the server only after the ledger has committed its result.

Exactly once, step by step; a crash after any step loses nothing and stores nothing twice:
1. discover: per folder, UIDVALIDITY and the UIDs above the last one queued go into
   mailbox_items (state "queued", with RFC822.SIZE). A new UIDVALIDITY retires the old items and
   rescans the folder from UID 1; the pipeline's intake (Message-ID + content hash) turns every
   message seen before into a duplicate, which stores and prints nothing.
2. claim: a batch of queued items under a lease. PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED.
   SQLite (single writer): UPDATE … WHERE state = 'queued' and the rowcount. Leases of a dead
   local process, or expired ones, are taken over.
3. process: fetch with BODY.PEEK, run the pipeline (its own transaction), then record the item
   done. Crashing in between only makes the next run meet a duplicate. A message over
   ARBOX_MAX_MESSAGE_BYTES is not downloaded: its headers are quarantined, it stays unmarked on
   the server, and it is queued again once the limit allows it.
4. mark: add the done keyword ($ArboxDone) and/or move to ARBOX_IMAP_PROCESSED_FOLDER, then
   record that the server copy is marked.

The pipeline is injected (`new_processor`) so that inbox/ never imports cli/; so are the
periodic jobs (`jobs`: the daily dunning run), which the loop calls after each pass over the
folders, and after a lost connection too, so that a mailbox outage does not hold them up.
"""
from __future__ import annotations

import hashlib
import imaplib
import logging
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any, Protocol

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import Connection, and_, case, func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from inbox import service as inbox_service
from inbox.imap import (TRANSIENT, ImapConfig, ImapUnavailable, Mailbox, check_config)
from ledger.clock import now_utc
from ledger.db import transaction
from ledger.errors import ExternalError, InputError
from ledger.models import MailboxFolder, MailboxItem, Message
from ledger.settings import Settings

log = logging.getLogger(__name__)

_FETCH_BUDGET = 16 * 1024 * 1024  # bytes of message bodies fetched in one FETCH command


class WorkerSettings(BaseSettings):
    """The worker's own ARBOX_* settings; host, port, user, password, folders and SSL are in
    ledger.settings.Settings."""

    model_config = SettingsConfigDict(env_prefix="ARBOX_", env_file=".env", extra="ignore")

    imap_starttls: bool = False  # plain connect, then STARTTLS (set ARBOX_IMAP_SSL=false)
    imap_oauth2_token: SecretStr | None = None  # XOAUTH2 bearer token instead of the password
    imap_ca_file: str | None = None  # trust this CA (self-signed server)
    imap_timeout_seconds: float = 60.0
    imap_done_keyword: str = "$ArboxDone"
    imap_processed_folder: str | None = None  # move done messages here
    worker_poll_seconds: float = 60.0  # without IDLE, or with several folders
    worker_idle_seconds: float = 600.0  # re-issue IDLE this often (RFC 2177: under 29 min)
    worker_lease_seconds: float = 300.0
    worker_refresh_seconds: float = 300.0  # re-read customers and invoices this often
    worker_batch: int = 20
    worker_max_reconnects: int = 10  # --once gives up after this many failures in a row
    worker_max_attempts: int = 5  # processing raised this often: the item is failed


class Result(Protocol):
    """What the pipeline returns for one message (cli.pipeline.Outcome)."""

    @property
    def source(self) -> str: ...
    @property
    def status(self) -> str: ...  # processed / duplicate / failed
    @property
    def result(self) -> dict[str, Any] | None: ...
    @property
    def error(self) -> str | None: ...
    @property
    def message_pk(self) -> int | None: ...


Process = Callable[[str, bytes], Result]


@dataclass(frozen=True, slots=True)
class Unfetched:
    """The outcome for a message quarantined without downloading it (too big)."""

    source: str
    status: str
    result: dict[str, Any] | None
    error: str | None
    message_pk: int | None


def imap_config(settings: Settings, ws: WorkerSettings) -> ImapConfig:
    if not settings.imap_host:
        raise InputError("ARBOX_IMAP_HOST is not set: nothing to read")
    cfg = ImapConfig(
        host=settings.imap_host, port=settings.imap_port, user=settings.imap_user or "",
        password=settings.imap_password.get_secret_value() if settings.imap_password else None,
        oauth2_token=(ws.imap_oauth2_token.get_secret_value()
                      if ws.imap_oauth2_token else None),
        ssl=settings.imap_ssl, starttls=ws.imap_starttls, ca_file=ws.imap_ca_file,
        timeout=ws.imap_timeout_seconds)
    check_config(cfg)
    return cfg


def folder_list(settings: Settings, ws: WorkerSettings) -> tuple[str, ...]:
    folders = tuple(dict.fromkeys(f.strip() for f in settings.imap_folders.split(",")
                                  if f.strip()))
    if not folders:
        raise InputError("ARBOX_IMAP_FOLDERS is empty: name at least one folder (INBOX)")
    if ws.imap_processed_folder and ws.imap_processed_folder in folders:
        raise InputError(f"ARBOX_IMAP_PROCESSED_FOLDER={ws.imap_processed_folder} is also in "
                         f"ARBOX_IMAP_FOLDERS: done messages would be read again")
    return folders


def backoff_delay(failures: int, base: float = 0.5, cap: float = 60.0) -> float:
    """Seconds to wait before reconnect number `failures` (1, 2, …): doubling, jittered."""
    return min(cap, base * 2 ** max(0, failures - 1)) * random.uniform(0.5, 1.0)


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID, read leniently from the header block (as the pipeline's intake does)."""
    try:
        value = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536]).get("Message-ID")
    except Exception:  # noqa: BLE001 - header garbage only means "no usable id"
        return None
    value = str(value or "").strip().strip("<>").strip()
    return value[:998] or None


# --- who holds a lease ------------------------------------------------------------------------

def _start_ticks(pid: int) -> str | None:
    """Process start time in clock ticks (Linux), to tell a live pid from a reused one;
    "dead" for a zombie; None without /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return "dead" if fields[0] in (b"Z", b"X") else fields[19].decode()


def worker_name() -> str:
    pid = os.getpid()
    return f"{socket.gethostname()}:{pid}:{_start_ticks(pid) or '-'}"


def claimant_alive(claimed_by: str) -> bool:
    """False only when the claimant provably died: same host, and its process is gone."""
    host, _, rest = claimed_by.partition(":")
    pid_text, _, ticks = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return True  # another machine: its lease decides
    pid = int(pid_text)
    current = _start_ticks(pid)
    if current is not None:
        return ticks in ("-", current)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- the queue (SQL) -----------------------------------------------------------------------------

def _dialect(factory: sessionmaker[Session]) -> str:
    return str(factory.kw["bind"].dialect.name)


def _insert_ignore(factory: sessionmaker[Session], session: Session, model: Any,
                   rows: list[dict[str, Any]]) -> None:
    insert = pg_insert if _dialect(factory) == "postgresql" else sqlite_insert
    for i in range(0, len(rows), 1000):
        session.execute(insert(model).values(rows[i:i + 1000]).on_conflict_do_nothing())


def sync_folder(factory: sessionmaker[Session], account: str, folder: str,
                uidvalidity: int) -> int:
    """Record the folder's UIDVALIDITY; return the last UID queued (0: scan from the start)."""
    with transaction(factory) as s:
        _insert_ignore(factory, s, MailboxFolder, [dict(
            account=account, folder=folder, uidvalidity=uidvalidity, last_uid=0,
            updated_at=now_utc())])
        row = s.scalars(select(MailboxFolder).where(
            MailboxFolder.account == account, MailboxFolder.folder == folder)
            .with_for_update()).one()
        if row.uidvalidity != uidvalidity:
            log.warning("imap uidvalidity changed folder=%s old=%s new=%s: rescanning",
                        folder, row.uidvalidity, uidvalidity)
            s.execute(update(MailboxItem).where(
                MailboxItem.account == account, MailboxItem.folder == folder,
                MailboxItem.uidvalidity != uidvalidity,
                MailboxItem.state.in_(("queued", "claimed")))
                .values(state="stale", claimed_by=None, lease_until=None,
                        error="UIDVALIDITY changed; rescanned")
                .execution_options(synchronize_session=False))
            row.uidvalidity = uidvalidity
            row.last_uid = 0
        return row.last_uid


def enqueue(factory: sessionmaker[Session], account: str, folder: str, uidvalidity: int,
            sizes: dict[int, int]) -> None:
    if not sizes:
        return
    with transaction(factory) as s:
        _insert_ignore(factory, s, MailboxItem, [dict(
            account=account, folder=folder, uidvalidity=uidvalidity, uid=uid, size=size,
            state="queued", attempts=0, marked=False, created_at=now_utc())
            for uid, size in sorted(sizes.items())])
        top = max(sizes)
        s.execute(update(MailboxFolder).where(
            MailboxFolder.account == account, MailboxFolder.folder == folder,
            MailboxFolder.uidvalidity == uidvalidity, MailboxFolder.last_uid < top)
            .values(last_uid=top, updated_at=now_utc())
            .execution_options(synchronize_session=False))


def release_dead_claims(factory: sessionmaker[Session], account: str, folder: str) -> int:
    with factory() as s:
        names = s.scalars(select(MailboxItem.claimed_by).distinct().where(
            MailboxItem.account == account, MailboxItem.folder == folder,
            MailboxItem.state == "claimed")).all()
    dead = [n for n in names if n and not claimant_alive(n)]
    if not dead:
        return 0
    with transaction(factory) as s:
        count = s.execute(update(MailboxItem).where(
            MailboxItem.state == "claimed", MailboxItem.claimed_by.in_(dead))
            .values(state="queued", claimed_by=None, lease_until=None)
            .execution_options(synchronize_session=False)).rowcount
    log.info("imap took over claims of dead workers folder=%s items=%d", folder, count)
    return count


def claim(factory: sessionmaker[Session], account: str, folder: str, uidvalidity: int,
          me: str, batch: int, lease_seconds: float) -> list[MailboxItem]:
    """Lease up to `batch` items (lowest UIDs first) to worker `me`; also retakes its own."""
    now = now_utc()
    item = MailboxItem
    claimable = and_(item.account == account, item.folder == folder,
                     item.uidvalidity == uidvalidity,
                     or_(item.state == "queued",
                         and_(item.state == "claimed",
                              or_(item.claimed_by == me, item.lease_until < now))))
    values = dict(state="claimed", claimed_by=me, lease_until=now + timedelta(
        seconds=lease_seconds), attempts=item.attempts + 1)
    with transaction(factory) as s:
        if _dialect(factory) == "postgresql":
            ids = s.scalars(select(item.id).where(claimable).order_by(item.uid).limit(batch)
                            .with_for_update(skip_locked=True)).all()
            if ids:
                s.execute(update(item).where(item.id.in_(ids)).values(**values)
                          .execution_options(synchronize_session=False))
        else:
            # SQLite has one writer at a time: this UPDATE is atomic, its rowcount is ours.
            picked = select(item.id).where(claimable).order_by(item.uid).limit(batch)
            ids = [] if not s.execute(update(item).where(item.id.in_(picked), claimable)
                                      .values(**values)
                                      .execution_options(synchronize_session=False)
                                      ).rowcount else [-1]
        if not ids:
            return []
        return list(s.scalars(select(item).where(
            item.account == account, item.folder == folder, item.uidvalidity == uidvalidity,
            item.state == "claimed", item.claimed_by == me).order_by(item.uid)))


@dataclass(frozen=True, slots=True)
class Finished:
    item_id: int
    source: str
    state: str  # done / failed / oversize / stale
    message_pk: int | None
    error: str | None


def finish(factory: sessionmaker[Session], me: str, finished: list[Finished]) -> list[str]:
    """Record end states in one transaction; returns the sources whose lease was lost meanwhile
    (another worker then met them as duplicates). Recording a few at a time is safe: a crash
    before this only makes the next run meet those messages as duplicates."""
    lost: list[str] = []
    if not finished:
        return lost
    with transaction(factory) as s:
        for f in finished:
            if not s.execute(update(MailboxItem).where(
                    MailboxItem.id == f.item_id, MailboxItem.claimed_by == me,
                    MailboxItem.state == "claimed")
                    .values(state=f.state, message_pk=f.message_pk, error=f.error,
                            lease_until=None, done_at=now_utc())
                    .execution_options(synchronize_session=False)).rowcount:
                lost.append(f.source)
    return lost


def renew(factory: sessionmaker[Session], item_ids: list[int], me: str,
          lease_seconds: float) -> None:
    """Extend the lease on items still being worked on (a slow batch keeps its claim)."""
    if not item_ids:
        return
    with transaction(factory) as s:
        s.execute(update(MailboxItem).where(MailboxItem.id.in_(item_ids),
                                            MailboxItem.claimed_by == me,
                                            MailboxItem.state == "claimed")
                  .values(lease_until=now_utc() + timedelta(seconds=lease_seconds))
                  .execution_options(synchronize_session=False))


def release(factory: sessionmaker[Session], item_ids: list[int], me: str,
            error: str | None = None, max_attempts: int | None = None) -> None:
    """Give claimed items back to the queue (or fail them after too many attempts)."""
    if not item_ids:
        return
    item = MailboxItem
    values: dict[str, Any] = dict(state="queued", claimed_by=None, lease_until=None, error=error)
    if max_attempts:
        exhausted = item.attempts >= max_attempts
        values.update(state=case((exhausted, "failed"), else_="queued"),
                      claimed_by=case((exhausted, item.claimed_by), else_=None))
    with transaction(factory) as s:
        s.execute(update(item).where(item.id.in_(item_ids), item.claimed_by == me,
                                     item.state == "claimed").values(**values)
                  .execution_options(synchronize_session=False))


def requeue_fitting(factory: sessionmaker[Session], account: str, folder: str,
                    uidvalidity: int, max_bytes: int) -> None:
    """Items left on the server for being too big go back to the queue once the limit allows."""
    with transaction(factory) as s:
        s.execute(update(MailboxItem).where(
            MailboxItem.account == account, MailboxItem.folder == folder,
            MailboxItem.uidvalidity == uidvalidity, MailboxItem.state == "oversize",
            MailboxItem.size <= max_bytes)
            .values(state="queued", claimed_by=None, error=None)
            .execution_options(synchronize_session=False))


def unmarked(factory: sessionmaker[Session], account: str, folder: str,
             uidvalidity: int) -> list[tuple[int, int]]:
    with factory() as s:
        return list(s.execute(select(MailboxItem.id, MailboxItem.uid).where(
            MailboxItem.account == account, MailboxItem.folder == folder,
            MailboxItem.uidvalidity == uidvalidity, MailboxItem.marked.is_(False),
            MailboxItem.state.in_(("done", "failed"))).order_by(MailboxItem.uid)).all())


def set_marked(factory: sessionmaker[Session], item_ids: list[int]) -> None:
    with transaction(factory) as s:
        s.execute(update(MailboxItem).where(MailboxItem.id.in_(item_ids)).values(marked=True)
                  .execution_options(synchronize_session=False))


def quarantine_unfetched(factory: sessionmaker[Session], source: str, headers: bytes,
                         reason: str) -> Unfetched:
    """Store a message we will not download (only its headers) as failed, with the reason."""
    message_id = header_message_id(headers)
    with transaction(factory) as s:
        taken = inbox_service.intake(s, source, headers, message_id)
        if not taken.is_new and taken.message.status == "processed":
            return Unfetched(source, "duplicate", None, None, taken.message.id)
        inbox_service.quarantine(s, taken.message, reason[:2000])
        return Unfetched(source, "failed", None, reason, taken.message.id)


def folder_counts(session: Session) -> dict[str, dict[str, int]]:
    """Per IMAP folder (current UIDVALIDITY): processed, failed and pending messages."""
    rows = session.execute(
        select(MailboxItem.folder, MailboxItem.state, Message.status, func.count())
        .join(MailboxFolder, and_(MailboxFolder.account == MailboxItem.account,
                                  MailboxFolder.folder == MailboxItem.folder,
                                  MailboxFolder.uidvalidity == MailboxItem.uidvalidity))
        .outerjoin(Message, Message.id == MailboxItem.message_pk)
        .where(MailboxItem.state != "stale")
        .group_by(MailboxItem.folder, MailboxItem.state, Message.status)).all()
    out: dict[str, dict[str, int]] = {}
    for folder, state, status, count in rows:
        key = status if status in ("processed", "failed") else (
            "failed" if state == "failed" else "pending")
        counts = out.setdefault(folder, {"processed": 0, "failed": 0, "pending": 0})
        counts[key] += count
    return out


class MessageLocks:
    """PostgreSQL: an advisory lock per Message-ID while one message is processed, so that two
    workers holding two copies of one message (two UIDs, one Message-ID) store it once; the
    pipeline's intake has no unique Message-ID to fall back on. SQLite has one writer: no-op."""

    def __init__(self, factory: sessionmaker[Session]):
        self.conn: Connection | None = None
        if _dialect(factory) == "postgresql":
            self.conn = factory.kw["bind"].connect().execution_options(
                isolation_level="AUTOCOMMIT")

    @contextmanager
    def hold(self, raw: bytes) -> Iterator[None]:
        if self.conn is None:
            yield
            return
        key_text = header_message_id(raw) or hashlib.sha256(raw).hexdigest()
        key = int.from_bytes(hashlib.sha256(key_text.encode()).digest()[:8], "big",
                             signed=True)
        self.conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
        try:
            yield
        finally:
            self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


# --- the loop ----------------------------------------------------------------------------------

def fetch_groups(items: list[MailboxItem], max_bytes: int,
                 budget: int = _FETCH_BUDGET) -> list[tuple[bool, list[MailboxItem]]]:
    """Split a claimed batch into FETCH commands: (whole, items). Oversize items come alone
    and are fetched headers only; the others are grouped up to `budget` bytes."""
    groups: list[tuple[bool, list[MailboxItem]]] = []
    current: list[MailboxItem] = []
    used = 0
    for it in items:
        size = it.size or 0
        if size > max_bytes:
            if current:
                groups.append((True, current))
                current, used = [], 0
            groups.append((False, [it]))
            continue
        if current and used + size > budget:
            groups.append((True, current))
            current, used = [], 0
        current.append(it)
        used += size
    if current:
        groups.append((True, current))
    return groups


class Worker:
    """Reads the configured folders and yields one Result per message it handled."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings,
                 ws: WorkerSettings, new_processor: Callable[[], Process],
                 stop: threading.Event | None = None,
                 jobs: Sequence[Callable[[], object]] = ()):
        self.factory = factory
        self.settings = settings
        self.ws = ws
        self.cfg = imap_config(settings, ws)
        self.folders = folder_list(settings, ws)
        self.new_processor = new_processor
        self.stop = stop or threading.Event()
        self.me = worker_name()
        self.account = self.cfg.account
        # Called once per loop; each decides itself whether it is due (and keeps its own
        # once-a-day record in the ledger). A job must not block for long: mail waits.
        self.jobs = tuple(jobs)

    def run(self, once: bool = False) -> Iterator[Result]:
        """Process what is waiting; with once=False, then wait (IDLE or poll) until stopped."""
        box: Mailbox | None = None
        failures = 0  # in a row, without a message processed in between
        process, built = self.new_processor(), time.monotonic()
        locks = MessageLocks(self.factory)
        try:
            while not self.stop.is_set():
                try:
                    if box is None:
                        box = Mailbox.connect(self.cfg)
                    if time.monotonic() - built > self.ws.worker_refresh_seconds:
                        # The pipeline caches the ledger (customers, invoices): re-read it.
                        process, built = self.new_processor(), time.monotonic()
                    for folder in self.folders:
                        if self.stop.is_set():
                            break
                        for outcome in self._drain(box, folder, process, locks):
                            failures = 0
                            yield outcome
                    failures = 0
                    self._run_jobs()
                    if once or self.stop.is_set():
                        return
                    self._wait(box)
                except (ImapUnavailable, *TRANSIENT) as exc:
                    if box is not None:
                        box.close()
                        box = None
                    failures += 1
                    if once and failures > self.ws.worker_max_reconnects:
                        raise ImapUnavailable(
                            f"IMAP {self.cfg.host}:{self.cfg.port}: gave up after {failures} "
                            f"failed attempts ({exc}); raise ARBOX_WORKER_MAX_RECONNECTS or "
                            f"check the server") from exc
                    delay = backoff_delay(failures)
                    log.warning("imap connection lost (%s: %s); reconnecting in %.1fs",
                                type(exc).__name__, exc, delay)
                    self._run_jobs()
                    self.stop.wait(delay)
                except imaplib.IMAP4.error as exc:  # a command refused: would fail again
                    raise ExternalError(f"IMAP {self.cfg.host}:{self.cfg.port}: {exc}") from exc
        finally:
            locks.close()
            if box is not None:
                box.close()

    def _run_jobs(self) -> None:
        for job in self.jobs:
            if self.stop.is_set():
                return
            try:
                job()
            # The edge: a failing job is logged (and records its own failure) and runs again
            # on the next loop; it never stops the worker reading mail.
            except Exception:  # noqa: BLE001
                log.exception("periodic job %r failed; trying again on the next loop", job)

    def _wait(self, box: Mailbox) -> None:
        # IDLE watches one folder: with several, come back to poll the others.
        seconds = self.ws.worker_poll_seconds
        if box.has_idle:
            box.select(self.folders[0])
            if len(self.folders) == 1:
                seconds = self.ws.worker_idle_seconds
        box.wait(seconds, self.stop.is_set)

    def _drain(self, box: Mailbox, folder: str, process: Process,
               locks: MessageLocks) -> Iterator[Result]:
        state = box.select(folder)
        last = sync_folder(self.factory, self.account, folder, state.uidvalidity)
        if state.exists and (state.uidnext is None or state.uidnext - 1 > last):
            sizes = box.sizes_from(last + 1)
            enqueue(self.factory, self.account, folder, state.uidvalidity, sizes)
            if sizes:
                log.info("imap queued folder=%s count=%d", folder, len(sizes))
        release_dead_claims(self.factory, self.account, folder)
        requeue_fitting(self.factory, self.account, folder, state.uidvalidity,
                        self.settings.max_message_bytes)
        self._mark(box, folder, state.uidvalidity)
        while not self.stop.is_set():
            items = claim(self.factory, self.account, folder, state.uidvalidity, self.me,
                          self.ws.worker_batch, self.ws.worker_lease_seconds)
            if not items:
                return
            yield from self._batch(box, folder, items, process, locks)
            self._mark(box, folder, state.uidvalidity)

    def _batch(self, box: Mailbox, folder: str, items: list[MailboxItem], process: Process,
               locks: MessageLocks) -> Iterator[Result]:
        limit = self.settings.max_message_bytes
        pending = {it.id for it in items}
        finished: list[Finished] = []
        lease = self.ws.worker_lease_seconds
        renewed = time.monotonic()
        try:
            for whole, group in fetch_groups(items, limit):
                if self.stop.is_set():
                    return
                uids = [it.uid for it in group]
                raws = box.fetch(uids) if whole else box.fetch_headers(uids)
                for it in group:
                    if self.stop.is_set():
                        return
                    if time.monotonic() - renewed > lease / 2:
                        renew(self.factory, sorted(pending), self.me, lease)
                        renewed = time.monotonic()
                    outcome, end = self._one(folder, it, raws.get(it.uid), whole, process,
                                             locks)
                    pending.discard(it.id)
                    if end is not None:
                        finished.append(end)
                    if outcome is not None:
                        yield outcome
                self._finish(finished)
        finally:
            # Stopped, disconnected or failed mid-batch: record what was done, and the rest
            # goes back to the queue.
            self._finish(finished)
            release(self.factory, sorted(pending), self.me)

    def _finish(self, finished: list[Finished]) -> None:
        for source in finish(self.factory, self.me, finished):
            log.warning("imap lease lost before commit source=%s", source)
        finished.clear()

    def _one(self, folder: str, it: MailboxItem, raw: bytes | None, whole: bool,
             process: Process, locks: MessageLocks) -> tuple[Result | None, Finished | None]:
        source = f"{folder}:{it.uid}"
        if raw is None:
            log.warning("imap message gone before it was fetched source=%s", source)
            return None, Finished(it.id, source, "stale", None, "gone from the server")
        try:
            with locks.hold(raw):
                if whole:
                    outcome = process(source, raw)
                else:
                    limit = self.settings.max_message_bytes
                    outcome = quarantine_unfetched(
                        self.factory, source, raw,
                        f"message is {it.size} bytes, over the limit of {limit} "
                        f"(ARBOX_MAX_MESSAGE_BYTES); not downloaded, only its headers were "
                        f"stored: raise the limit and the worker fetches it again")
        except Exception as exc:  # noqa: BLE001 - the edge: keep the rest of the mailbox moving
            log.exception("imap processing raised source=%s", source)
            release(self.factory, [it.id], self.me, f"{type(exc).__name__}: {exc}"[:2000],
                    self.ws.worker_max_attempts)
            return None, None
        state = ("oversize" if not whole else "failed") if outcome.status == "failed" else "done"
        log.info("imap message source=%s status=%s", source, outcome.status)
        return outcome, Finished(it.id, source, state, outcome.message_pk, outcome.error)

    def _mark(self, box: Mailbox, folder: str, uidvalidity: int) -> None:
        todo = unmarked(self.factory, self.account, folder, uidvalidity)
        if not todo:
            return
        uids = [uid for _, uid in todo]
        box.add_keyword(uids, self.ws.imap_done_keyword)
        if self.ws.imap_processed_folder:
            box.move(uids, self.ws.imap_processed_folder)
        set_marked(self.factory, [item_id for item_id, _ in todo])
