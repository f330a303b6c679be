"""Shared fixtures: a fresh, migrated database per test on SQLite and (when
ARBOX_TEST_POSTGRES_URL is set) on PostgreSQL in a throw-away schema; the shared corpus; the
servers tests in several folders talk to (Dovecot IMAP, a scripted OpenAI-protocol model)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from imapclient import IMAPClient
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from ledger.db import make_engine, migrate, session_factory
from tests.assistant.openai_stub import OpenAIStub
from tests.inbox.dovecot import DOVECOT, MISSING, Dovecot

REPO = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run (tests must be deterministic); a failure
# found once is kept as an explicit test beside its property.
hypothesis_settings.register_profile("arbox", derandomize=True, database=None)
hypothesis_settings.load_profile("arbox")
DATA = REPO / "tests" / "data"
POSTGRES_URL = os.environ.get("ARBOX_TEST_POSTGRES_URL")


def corpus_root() -> Path:
    return Path(os.environ.get("ARBOX_CORPUS_DIR", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    root = corpus_root()
    if not root.is_dir():
        pytest.skip(f"shared corpus not found at {root} (set ARBOX_CORPUS_DIR)")
    return root


def _backends() -> list[object]:
    pg = pytest.param("postgresql", marks=pytest.mark.postgres)
    if not POSTGRES_URL:
        pg = pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.skip(
            reason="ARBOX_TEST_POSTGRES_URL is not set")])
    return ["sqlite", pg]


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty, migrated database, on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ledger.sqlite3'}"
        engine = make_engine(url)
        migrate(engine)
        engine.dispose()
        yield url
        return
    assert POSTGRES_URL
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES_URL else "?"
    url = f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def arbox_env(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the CLI at the test database, with a pinned today."""
    monkeypatch.setenv("ARBOX_DATABASE_URL", db_url)
    monkeypatch.setenv("ARBOX_TODAY", "2026-11-24")
    return db_url


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One real Dovecot IMAP server on loopback for the session (tests/inbox/dovecot.py); tests
    keep apart by each taking a fresh user (see `mailbox`). Skips if dovecot is missing."""
    if DOVECOT is None:
        pytest.skip(MISSING)
    server = Dovecot().start()
    yield server
    server.remove()


@pytest.fixture
def mailbox(dovecot: Dovecot) -> Iterator[tuple[str, IMAPClient]]:
    """(user, logged-in IMAP client) for a user nobody used yet: an empty INBOX."""
    user = dovecot.new_user()
    client = dovecot.client(user)
    yield user, client
    client.logout()


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    """The scripted OpenAI-protocol server (tests/assistant/openai_stub.py) on loopback, with an
    empty script; push replies onto it and point the real client at `stub.base_url`."""
    server = OpenAIStub().start()
    yield server
    server.stop()
