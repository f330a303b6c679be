"""Follow-up commands: `dunning run`, `drafts approve|reject|edit|send`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import select

from assistant.dunning import load_policy
from assistant.dunning_service import run_dunning
from assistant.outbox import approve, edit, reject, send_approved
from assistant.promises import review_promises
from cli.app import app, drafts_app, fail
from cli.context import chat_model, console, context
from ledger.clock import now_utc
from ledger.db import transaction
from ledger.errors import ArboxError
from ledger.models import Invoice

dunning_app = typer.Typer(help="Dunning reminders.", no_args_is_help=True)
app.add_typer(dunning_app, name="dunning")

By = Annotated[str, typer.Option("--by", help="Who decides (recorded in the audit log).")]


@dunning_app.command("run")
def dunning_run(as_json: Annotated[bool, typer.Option("--json", help="One JSON line per "
                                                                    "customer.")] = False,
                ) -> None:
    """Draft today's reminders for approval (idempotent: a second run the same day drafts nothing).

    First reviews promises whose date has passed (kept, partially kept or broken: a broken
    promise becomes a task and dunning resumes). Skips legal holds, excluded customers, disputed invoices, live promises, amounts below the
    policy minimum, contacts away or bounced. Policy: ARBOX_DUNNING_POLICY (TOML).
    """
    ctx = context()
    try:
        policy = load_policy(ctx.settings.dunning_policy)
        company = {"name": ctx.settings.company_name, "iban": ctx.settings.company_iban,
                   "bic": ctx.settings.company_bic}
        with transaction(ctx.factory) as session:
            reviewed = review_promises(session, ctx.today)
            known = frozenset(session.scalars(select(Invoice.invoice_number)))
            outcomes = run_dunning(session, policy, ctx.today, company, known,
                                   chat_model(ctx.settings))
    except ArboxError as exc:
        fail(str(exc))
    drafted = [o for o in outcomes if o.draft_id]
    for r in reviewed:
        console.print(f"promise {r.promise_id} on {r.invoice_number}: {r.status}",
                      highlight=False)
    if as_json:
        for o in outcomes:
            sys.stdout.write(json.dumps({"customer_id": o.customer_id, "draft_id": o.draft_id,
                                         "level": o.level, "reasons": list(o.reasons)},
                                        ensure_ascii=False) + "\n")
    else:
        table = Table(title=f"Dunning run {ctx.today.isoformat()}")
        for col in ("customer", "draft", "level", "notes"):
            table.add_column(col, overflow="fold")
        for o in outcomes:
            table.add_row(o.customer_id, str(o.draft_id or ""), str(o.level or ""),
                          "; ".join(o.reasons))
        console.print(table)
    console.print(f"{len(drafted)} reminder(s) drafted for approval", highlight=False)


@drafts_app.command("approve")
def drafts_approve(draft_ids: Annotated[list[int], typer.Argument(help="Draft ids.")],
                   by: By = "collector") -> None:
    """Approve drafts for sending."""
    ctx = context()
    try:
        with transaction(ctx.factory) as session:
            for draft_id in draft_ids:
                approve(session, draft_id, by)
    except ArboxError as exc:
        fail(str(exc))
    console.print(f"approved: {', '.join(map(str, draft_ids))}", highlight=False)


@drafts_app.command("reject")
def drafts_reject(draft_id: int,
                  reason: Annotated[str, typer.Option("--reason", help="Why (required).")],
                  by: By = "collector") -> None:
    """Reject a draft with a reason."""
    ctx = context()
    try:
        with transaction(ctx.factory) as session:
            reject(session, draft_id, by, reason)
    except ArboxError as exc:
        fail(str(exc))
    console.print(f"rejected: {draft_id}", highlight=False)


@drafts_app.command("edit")
def drafts_edit(draft_id: int,
                body_file: Annotated[Path, typer.Option("--body-file", help="New body text.")],
                subject: Annotated[str | None, typer.Option(help="New subject.")] = None,
                by: By = "collector") -> None:
    """Replace a draft's text before approving it."""
    ctx = context()
    try:
        with transaction(ctx.factory) as session:
            edit(session, draft_id, by, body_file.read_text("utf-8"), subject)
    except (ArboxError, OSError) as exc:
        fail(str(exc))
    console.print(f"edited: {draft_id}", highlight=False)


@drafts_app.command("send")
def drafts_send(as_json: Annotated[bool, typer.Option("--json", help="One JSON line per "
                                                                    "draft.")] = False) -> None:
    """Send approved drafts through SMTP (ARBOX_SMTP_*), re-checking the ledger first."""
    ctx = context()
    try:
        policy = load_policy(ctx.settings.dunning_policy)
        with transaction(ctx.factory) as session:
            results = send_approved(session, ctx.settings, policy, now_utc(), ctx.today)
    except ArboxError as exc:
        fail(str(exc))
    for r in results:
        if as_json:
            sys.stdout.write(json.dumps({"draft_id": r.draft_id, "status": r.status,
                                         "detail": r.detail}) + "\n")
        console.print(f"draft {r.draft_id}: {r.status} ({r.detail})", highlight=False)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)
