"""Benchmark: messages per second through IMAP for 1, 2 and 4 `arbox worker` processes sharing
one PostgreSQL ledger.

    cd /work/main && python -m bench.imap_workers --messages 10000 \\
        --postgres-url postgresql+psycopg://root@127.0.0.1:5432/test

Starts a throw-away Dovecot (tests/inbox/dovecot.py), appends N small generated messages once,
then for each worker count migrates a fresh schema and runs that many `worker --once` processes
until all exit. Prints one JSON object: per worker count the wall time (process start to last
exit, imports included) and the steady rate (first to last message printed).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, text  # noqa: E402

from ledger.db import make_engine, migrate  # noqa: E402
from tests.inbox.dovecot import (DOVECOT, MISSING, Dovecot, WorkerProcess,  # noqa: E402
                                 generated_message, worker_env)


def _schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


def run(server: Dovecot, user: str, base_url: str, workers: int, messages: int,
        batch: int) -> dict[str, float | int]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _schema_url(base_url, schema)
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    try:
        env = worker_env(server, user, url, ARBOX_WORKER_BATCH=str(batch))
        start = time.monotonic()
        procs = [WorkerProcess(env, "--once", "--json") for _ in range(workers)]
        codes = [p.wait(3600) for p in procs]
        wall = time.monotonic() - start
        if any(codes):
            raise SystemExit(f"a worker failed: {[p.stderr[-2000:] for p in procs]}")
        times = sorted(t for p in procs for t in p.times)
        done = len(times)
        if done != messages:
            raise SystemExit(f"{done} of {messages} messages processed")
        steady = (done - 1) / (times[-1] - times[0]) if done > 1 else 0.0
        return {"workers": workers, "messages": done, "wall_seconds": round(wall, 2),
                "messages_per_second": round(done / wall, 1),
                "steady_messages_per_second": round(steady, 1),
                "per_worker": [len(p.lines) for p in procs]}
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts")
    parser.add_argument("--batch", type=int, default=20, help="ARBOX_WORKER_BATCH")
    parser.add_argument("--postgres-url", default=os.environ.get(
        "ARBOX_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/test"))
    args = parser.parse_args()
    if DOVECOT is None:
        raise SystemExit(MISSING)
    server = Dovecot().start()
    try:
        user = server.new_user("bench")
        client = server.client(user)
        started = time.monotonic()
        for n in range(args.messages):
            client.append("INBOX", generated_message(n, "bench"))
        append_seconds = time.monotonic() - started
        client.logout()
        # Each run has a fresh ledger, so the same mailbox is read in full every time.
        results = [run(server, user, args.postgres_url, int(k), args.messages, args.batch)
                   for k in args.workers.split(",")]
    finally:
        server.remove()
    print(json.dumps({"benchmark": "imap_workers", "messages": args.messages,
                      "batch": args.batch, "cpus": os.cpu_count(),
                      "append_seconds": round(append_seconds, 1), "runs": results}, indent=2))


if __name__ == "__main__":
    main()
