"""`arbox worker`: read the IMAP folders and process every message exactly once."""
from __future__ import annotations

import json
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Annotated

import typer
from rich.markup import escape

from cli.app import app, fail
from cli.context import console, context
from cli.pipeline import Pipeline
from inbox.worker import Worker, WorkerSettings
from ledger.errors import ArboxError


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """First SIGTERM/SIGINT: finish the message in hand, then exit. A second one: exit now."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set():
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)
            return
        stop.set()
        console.print(f"{signal.Signals(signum).name}: finishing the message in hand",
                      highlight=False)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


@app.command("worker")
def worker(once: Annotated[bool, typer.Option("--once", help="Process what is waiting, then "
                                                              "exit.")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per "
                                                              "message processed (JSON Lines)."
                                               )] = False,
           ) -> None:
    """Read the IMAP folders and process each new message exactly once.

    Connects with ARBOX_IMAP_HOST, _PORT, _USER, _PASSWORD (or _OAUTH2_TOKEN), _SSL or
    _STARTTLS, reads every folder in ARBOX_IMAP_FOLDERS, and marks a message $ArboxDone (or
    moves it to ARBOX_IMAP_PROCESSED_FOLDER) once its result is in the ledger. Runs until
    SIGTERM or Ctrl-C, finishing the message in hand; several workers may share a PostgreSQL
    ledger. Messages already done print nothing. Exit 1 if a message was quarantined (see
    `arbox inbox failed`).
    """
    ctx = context()
    stop = threading.Event()
    try:
        work = Worker(ctx.factory, ctx.settings, WorkerSettings(),
                      lambda: Pipeline(ctx.factory, ctx.settings).process, stop)
    except ArboxError as exc:
        fail(str(exc), 2)
    counts: Counter[str] = Counter()
    try:
        with _stop_on_signals(stop):
            for outcome in work.run(once=once):
                counts[outcome.status] += 1
                if outcome.status == "failed":
                    console.print(f"[yellow]quarantined[/yellow] {escape(outcome.source)}: "
                                  f"{escape(outcome.error or '')}", highlight=False)
                elif outcome.status == "processed":
                    if as_json and outcome.result is not None:
                        sys.stdout.write(json.dumps(outcome.result, ensure_ascii=False) + "\n")
                        sys.stdout.flush()
                    console.print(f"{outcome.source}: "
                                  f"{(outcome.result or {}).get('primary_intent', '')}",
                                  highlight=False, markup=False)
    except ArboxError as exc:
        fail(str(exc))
    console.print(f"{counts['processed']} message(s) processed, {counts['duplicate']} already "
                  f"done, {counts['failed']} quarantined", highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)
