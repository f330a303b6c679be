"""Throughput of the offline understanding path, per core.

    python -m bench.pipeline [--repeat 3] [--json]

Runs every labelled message (tests/data) through `inbox.analyse.understand` (parse, quotes,
bounce/auto-reply, language, classification, extraction, identification: no database) and
through the whole pipeline (`cli.pipeline.Pipeline`: the same plus storing, matching and
drafting in a SQLite file), in one process on one core. The baseline in the same run is the
standard library's MIME parse alone, so the figures read as a ratio to "just reading mail".
Start-up (imports, spaCy pipelines) is measured separately and excluded.
"""
from __future__ import annotations

import argparse
import email
import json
import re
import tempfile
import time
from email.policy import default
from pathlib import Path

_MESSAGE_ID = re.compile(rb"(?im)^message-id:")
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    from cli.context import AppContext
    from cli.pipeline import Pipeline
    from inbox import service
    from inbox.analyse import understand
    from inbox.intent_engine import SUPPORTED_LANGUAGES
    from inbox.intent_engine import pipeline as spacy_pipeline
    from ledger.db import transaction
    from ledger.errors import ImportFailed
    from ledger.importing import import_invoice_csv
    from ledger.settings import Settings
    for language in SUPPORTED_LANGUAGES:  # the labelled sets hold all of them
        spacy_pipeline(language)
    startup = time.perf_counter() - started

    raws = [p.read_bytes() for p in sorted((DATA / "emails").rglob("*.eml"))]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        ctx = AppContext(settings)
        with transaction(ctx.factory) as session:
            for ledger in sorted((DATA / "ledgers").glob("*.csv")):
                # one shared ledger: a set whose invoice numbers collide with an earlier
                # supplier's is left out (its messages are still read)
                try:
                    with session.begin_nested():
                        import_invoice_csv(session, ledger.read_text("utf-8"), ledger.name)
                except ImportFailed:
                    continue
        with ctx.factory() as session:
            view = service.load_view(session)

        def rate(work) -> float:  # type: ignore[no-untyped-def]
            best = 0.0
            for _ in range(args.repeat):
                t = time.process_time()
                for raw in raws:
                    work(raw)
                elapsed = time.process_time() - t
                best = max(best, len(raws) / elapsed)
            return best

        baseline = rate(lambda raw: email.message_from_bytes(raw, policy=default))
        offline = rate(lambda raw: understand(raw, view))
        pipeline = Pipeline(ctx.factory, settings)
        counter = iter(range(10**9))
        # Unique bytes each time so every message is stored and processed, not deduplicated.
        full = rate(lambda raw: pipeline.process("bench", b"X-Bench: %d\r\n" % next(counter)
                                                 + _MESSAGE_ID.sub(b"X-Old-Id:", raw, 1)))
        ctx.engine.dispose()
    result = {"messages": len(raws), "startup_s": round(startup, 2),
              "stdlib_parse_per_s": round(baseline, 1),
              "understand_per_s": round(offline, 1),
              "pipeline_with_sqlite_per_s": round(full, 1),
              "understand_vs_parse": round(offline / baseline, 4)}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
