"""`arbox worker`: read the IMAP folders and process every message exactly once; once a day,
draft the day's dunning reminders."""
from __future__ import annotations

import json
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Annotated

import typer
from rich.markup import escape

from assistant.dunning import load_policy, parse_schedule
from assistant.dunning_service import DailyDunning
from cli.app import app, fail
from cli.context import AppContext, chat_model, console, context
from cli.pipeline import Pipeline, make_pipeline
from inbox.worker import Worker, WorkerSettings, worker_name
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


def _daily_dunning(ctx: AppContext) -> Callable[[], None] | None:
    """The scheduled dunning run as a job for the worker loop; None when it is turned off."""
    at = parse_schedule(ctx.settings.dunning_schedule)
    if at is None:
        return None
    policy = load_policy(ctx.settings.dunning_policy)
    company = {"name": ctx.settings.company_name, "iban": ctx.settings.company_iban,
               "bic": ctx.settings.company_bic}
    job = DailyDunning(ctx.factory, policy, company, at, worker=worker_name(),
                       pinned_today=ctx.settings.today, model=chat_model(ctx.settings))

    def run() -> None:
        outcome = job()
        if outcome is None or outcome.status in ("already_done", "busy"):
            return
        day = outcome.run_date.isoformat()
        if outcome.status == "failed":
            console.print(f"[yellow]dunning run {day} failed[/yellow]: "
                          f"{escape(outcome.error or '')}; trying again on the next loop",
                          highlight=False)
        else:
            console.print(f"dunning run {day}: {outcome.drafted} reminder(s) drafted for "
                          f"approval", highlight=False)

    return run


@app.command("worker")
def worker(once: Annotated[bool, typer.Option("--once", help="Process what is waiting, then "
                                                              "exit.")] = False,
           as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per "
                                                              "message processed (JSON Lines)."
                                               )] = False,
           no_dunning: Annotated[bool, typer.Option("--no-dunning", help="Do not run the daily "
                                                    "dunning run in this worker.")] = False,
           ) -> None:
    """Read the IMAP folders and process each new message exactly once.

    Connects with ARBOX_IMAP_HOST, _PORT, _USER, _PASSWORD (or _OAUTH2_TOKEN), _SSL or
    _STARTTLS, reads every folder in ARBOX_IMAP_FOLDERS, and marks a message $ArboxDone (or
    moves it to ARBOX_IMAP_PROCESSED_FOLDER) once its result is in the ledger. Runs until
    SIGTERM or Ctrl-C, finishing the message in hand; several workers may share a PostgreSQL
    ledger. Messages already done print nothing. Exit 1 if a message was quarantined (see
    `arbox inbox failed`).

    Once a day, from ARBOX_DUNNING_SCHEDULE (default 07:00, local time in the dunning policy's
    time zone; empty turns it off, as does --no-dunning), the worker also drafts the day's
    reminders, as `arbox dunning run` does: one worker of those sharing the ledger runs it,
    once per day, --once included. A failed run is reported and tried again on the next loop.
    """
    ctx = context()
    make_pipeline(ctx.factory, ctx.settings)  # a bad ARBOX_INTENT_MODEL stops here, exit 2
    stop = threading.Event()
    try:
        jobs = [] if no_dunning else [job for job in [_daily_dunning(ctx)] if job]
        work = Worker(ctx.factory, ctx.settings, WorkerSettings(),
                      lambda: Pipeline(ctx.factory, ctx.settings).process, stop, jobs)
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
