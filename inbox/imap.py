"""IMAP access for the worker, on imapclient: connect (TLS, STARTTLS, or plain on loopback), log
in (password or XOAUTH2 bearer token), and the few commands the worker needs.

Shell module: every method talks to the server. Which messages to fetch, and when a message
counts as done, is decided in inbox.worker. Bodies are fetched with BODY.PEEK so the customer's
\\Seen flag is never touched.
"""
from __future__ import annotations

import imaplib
import ipaddress
import logging
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from ledger.errors import ExternalError, InputError

log = logging.getLogger(__name__)

# What a dropped or broken connection raises: worth a reconnect. A NO/BAD answer to a command
# (imaplib.IMAP4.error) is not in here: the same command would fail again.
TRANSIENT: tuple[type[BaseException], ...] = (imaplib.IMAP4.abort, OSError, EOFError)
_CHUNK = 500  # UIDs per FETCH/STORE command: keeps command lines well under server limits


class ImapUnavailable(ExternalError):
    """The server could not be reached or dropped the connection; retried with backoff."""


class ImapLoginRefused(ExternalError):
    """The server refused our credentials: retrying would not help."""


@dataclass(frozen=True, slots=True)
class ImapConfig:
    host: str
    port: int
    user: str
    password: str | None
    oauth2_token: str | None
    ssl: bool  # implicit TLS (port 993)
    starttls: bool  # upgrade a plain connection (port 143)
    ca_file: str | None  # trust this CA instead of the system store (self-signed servers)
    timeout: float

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_config(cfg: ImapConfig) -> None:
    """Refuse unsafe or incomplete settings, naming the variable to fix."""
    if not cfg.user:
        raise InputError("ARBOX_IMAP_USER is not set")
    if not (cfg.password or cfg.oauth2_token):
        raise InputError("set ARBOX_IMAP_PASSWORD or ARBOX_IMAP_OAUTH2_TOKEN to log in")
    if cfg.ssl and cfg.starttls:
        raise InputError("ARBOX_IMAP_SSL and ARBOX_IMAP_STARTTLS are both true: use "
                         "ARBOX_IMAP_SSL=true for port 993, or ARBOX_IMAP_SSL=false with "
                         "ARBOX_IMAP_STARTTLS=true for port 143")
    if not (cfg.ssl or cfg.starttls or is_loopback(cfg.host)):
        raise InputError(f"ARBOX_IMAP_SSL=false without ARBOX_IMAP_STARTTLS=true would send the "
                         f"password in clear to {cfg.host}; plain IMAP is only allowed on "
                         f"loopback")


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int | None
    exists: int


def _chunks(uids: list[int], size: int = _CHUNK) -> Iterator[list[int]]:
    for i in range(0, len(uids), size):
        yield uids[i:i + size]


class Mailbox:
    """One logged-in connection to the server."""

    def __init__(self, client: IMAPClient, cfg: ImapConfig):
        self.client = client
        self.cfg = cfg
        self.selected: str | None = None
        self.capabilities = {c.upper() for c in client.capabilities()}
        self._known_folders: set[str] = set()

    @classmethod
    def connect(cls, cfg: ImapConfig) -> Mailbox:
        context = ssl.create_default_context(cafile=cfg.ca_file) if (
            cfg.ssl or cfg.starttls) else None
        try:
            client = IMAPClient(cfg.host, port=cfg.port, ssl=cfg.ssl, ssl_context=context,
                                timeout=cfg.timeout)
        except ssl.SSLCertVerificationError as exc:
            raise InputError(_untrusted(cfg, exc)) from exc
        except TRANSIENT as exc:
            raise ImapUnavailable(f"IMAP {cfg.host}:{cfg.port}: cannot connect: {exc}") from exc
        try:
            if cfg.starttls:
                client.starttls(context)
            if cfg.oauth2_token:
                client.oauth2_login(cfg.user, cfg.oauth2_token)
            else:
                client.login(cfg.user, cfg.password or "")
        except ssl.SSLCertVerificationError as exc:
            _close(client)
            raise InputError(_untrusted(cfg, exc)) from exc
        except LoginError as exc:
            _close(client)
            how = "ARBOX_IMAP_OAUTH2_TOKEN" if cfg.oauth2_token else "ARBOX_IMAP_PASSWORD"
            raise ImapLoginRefused(f"IMAP {cfg.host}:{cfg.port}: login as ARBOX_IMAP_USER "
                                   f"refused ({exc}); check ARBOX_IMAP_USER and {how}") from exc
        except TRANSIENT as exc:
            _close(client)
            raise ImapUnavailable(f"IMAP {cfg.host}:{cfg.port}: {exc}") from exc
        except imaplib.IMAP4.error as exc:  # e.g. no STARTTLS on offer
            _close(client)
            raise InputError(f"IMAP {cfg.host}:{cfg.port}: {exc}") from exc
        log.info("imap connected host=%s port=%s tls=%s", cfg.host, cfg.port,
                 "implicit" if cfg.ssl else "starttls" if cfg.starttls else "none")
        return cls(client, cfg)

    @property
    def has_idle(self) -> bool:
        return b"IDLE" in self.capabilities

    def select(self, folder: str) -> FolderState:
        try:
            info = self.client.select_folder(folder)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            raise InputError(f"IMAP folder {folder!r} (ARBOX_IMAP_FOLDERS) cannot be opened: "
                             f"{exc}") from exc
        self.selected = folder
        return FolderState(uidvalidity=int(info[b"UIDVALIDITY"]),
                           uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
                           exists=int(info.get(b"EXISTS", 0)))

    def sizes_from(self, first_uid: int) -> dict[int, int]:
        """RFC822.SIZE of every message with UID >= first_uid (one FETCH, no bodies)."""
        # "n:*" also matches the highest UID when it is below n (RFC 3501 6.4.8).
        uids = sorted(u for u in self.client.search(["UID", f"{first_uid}:*"])
                      if u >= first_uid)
        out: dict[int, int] = {}
        for part in _chunks(uids, 1000):
            for uid, data in self.client.fetch(part, ["RFC822.SIZE"]).items():
                if b"RFC822.SIZE" in data:
                    out[int(uid)] = int(data[b"RFC822.SIZE"])
        return out

    def fetch(self, uids: list[int]) -> dict[int, bytes]:
        """Whole messages by UID, without setting \\Seen; a UID gone from the server is absent."""
        out: dict[int, bytes] = {}
        for part in _chunks(uids, 100):
            for uid, data in self.client.fetch(part, ["BODY.PEEK[]"]).items():
                if b"BODY[]" in data and data[b"BODY[]"] is not None:
                    out[int(uid)] = bytes(data[b"BODY[]"])
        return out

    def fetch_headers(self, uids: list[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        for part in _chunks(uids, 100):
            for uid, data in self.client.fetch(part, ["BODY.PEEK[HEADER]"]).items():
                if data.get(b"BODY[HEADER]") is not None:
                    out[int(uid)] = bytes(data[b"BODY[HEADER]"])
        return out

    def add_keyword(self, uids: list[int], keyword: str) -> None:
        for part in _chunks(uids):
            self.client.add_flags(part, [keyword], silent=True)

    def move(self, uids: list[int], folder: str) -> None:
        """Move to `folder` (created if missing); MOVE when offered, else COPY + expunge."""
        if folder not in self._known_folders:
            if not self.client.folder_exists(folder):
                self.client.create_folder(folder)
            self._known_folders.add(folder)
        for part in _chunks(uids):
            if b"MOVE" in self.capabilities:
                self.client.move(part, folder)
            else:
                self.client.copy(part, folder)
                self.client.delete_messages(part, silent=True)
                if b"UIDPLUS" in self.capabilities:
                    self.client.uid_expunge(part)
                else:
                    self.client.expunge()

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> None:
        """Return when the selected folder may have new mail, after `seconds`, or on stop.

        Uses IDLE when the server offers it (and a folder is selected), else sleeps; either way
        a dead connection raises one of TRANSIENT so the worker reconnects.
        """
        deadline = time.monotonic() + seconds
        if not (self.has_idle and self.selected):
            while not should_stop() and time.monotonic() < deadline:
                time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
            if not should_stop():
                self.client.noop()
            return
        self.client.idle()
        try:
            # Short checks so a SIGTERM is noticed within a second.
            while not should_stop() and time.monotonic() < deadline:
                responses = self.client.idle_check(timeout=min(1.0, seconds))
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return
        finally:
            self.client.idle_done()

    def close(self) -> None:
        _close(self.client)


def _untrusted(cfg: ImapConfig, exc: ssl.SSLCertVerificationError) -> str:
    return (f"IMAP {cfg.host}:{cfg.port}: the server's certificate is not trusted "
            f"({exc.verify_message}); for a private CA set ARBOX_IMAP_CA_FILE to its PEM file")


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except (*TRANSIENT, imaplib.IMAP4.error):
        try:
            client.shutdown()
        except (*TRANSIENT, imaplib.IMAP4.error):
            pass


def uid_set(uids: Iterable[int]) -> str:
    """`1:3,7` for logs."""
    ordered = sorted(uids)
    runs: list[str] = []
    start = prev = None
    for uid in ordered:
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if start is not None:
            runs.append(f"{start}:{prev}" if start != prev else str(start))
        start = prev = uid
    if start is not None:
        runs.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(runs)

