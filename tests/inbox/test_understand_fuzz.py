"""The whole offline reading (`understand`: MIME, quotes, language, rules, model, references,
amounts, dates, remittance tables and attachments) survives mutated labelled emails: it either
reads them or refuses with InputError, within a bounded time — never a crash."""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from inbox.analyse import understand
from inbox.intent_engine import SUPPORTED_LANGUAGES, pipeline
from inbox.intent_model import intent_model
from inbox.service import load_view
from ledger.db import make_engine, migrate, session_factory, transaction
from ledger.errors import ImportFailed, InputError
from ledger.importing import import_invoice_csv
from tests.inbox.test_mime_corpus import _mutations

DATA = Path(__file__).resolve().parents[1] / "data"
SECONDS_PER_MESSAGE = 3.0


@pytest.fixture(scope="module")
def view(tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'ledger.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    factory = session_factory(engine)
    with transaction(factory) as session:
        for ledger in sorted((DATA / "ledgers").glob("*.csv")):
            # one shared ledger for every set's emails: a later set whose invoice numbers collide
            # with an earlier supplier's (two suppliers may number alike) is left out whole
            try:
                with session.begin_nested():
                    import_invoice_csv(session, ledger.read_text("utf-8"), str(ledger))
            except ImportFailed:
                continue
    with factory() as session:
        yield load_view(session)
    engine.dispose()


def test_mutated_labelled_emails_never_crash_the_reader(view) -> None:
    rng = random.Random(20261201)
    emails = sorted((DATA / "emails").glob("*/*.eml"))
    model = intent_model()
    for language in SUPPORTED_LANGUAGES:  # loading tokenizers, rules and the language
        pipeline(language)                # model is a one-off cost, not a message's
    understand(emails[0].read_bytes(), view, intent_model=model)
    slowest = 0.0
    for path in rng.sample(emails, 60):
        for mutated in _mutations(path.read_bytes(), rng):
            started = time.perf_counter()
            try:
                result = understand(mutated, view, intent_model=model)
            except InputError:
                continue
            slowest = max(slowest, time.perf_counter() - started)
            assert result.intents, path
            assert all(0.0 <= i.confidence <= 1.0 for i in result.intents)
    assert slowest < SECONDS_PER_MESSAGE
