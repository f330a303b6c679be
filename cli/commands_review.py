"""Commands to review what arbox stored: quarantined messages, drafts, payments."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table
from sqlalchemy import func, select

from cli.app import app, drafts_app, fail, inbox_app, payments_app
from cli.context import console, context
from cli.pipeline import make_pipeline
from ledger.db import transaction
from ledger.models import Customer, Draft, Message

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


@inbox_app.command("failed")
def inbox_failed(as_json: JsonFlag = False) -> None:
    """List quarantined messages with the reason each could not be processed."""
    ctx = context()
    with ctx.factory() as session:
        rows = session.execute(select(Message.id, Message.source, Message.failure_reason,
                                      Message.processed_at)
                               .where(Message.status == "failed").order_by(Message.id)).all()
    if as_json:
        for r in rows:
            _emit({"id": r.id, "source": r.source, "reason": r.failure_reason,
                   "failed_at": r.processed_at.isoformat() if r.processed_at else None})
        return
    table = Table(title="Quarantined messages")
    for col in ("id", "source", "reason"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r.id), r.source, r.failure_reason or "")
    console.print(table)


@inbox_app.command("retry")
def inbox_retry(message_id: Annotated[int, typer.Argument(help="id from `arbox inbox failed`")],
                as_json: JsonFlag = False) -> None:
    """Process a quarantined message again (after a fix or a raised limit)."""
    ctx = context()
    with ctx.factory() as session:
        message = session.get(Message, message_id)
        if message is None:
            fail(f"no message {message_id}", 2)
        assert message is not None
        if message.status != "failed":
            fail(f"message {message_id} is {message.status}, not failed")
        source, raw = message.source, message.raw
    outcome = make_pipeline(ctx.factory, ctx.settings).process(source, raw)
    if outcome.status == "failed":
        fail(f"message {message_id} failed again: {outcome.error}")
    if as_json and outcome.result is not None:
        _emit(outcome.result)
    console.print(f"message {message_id} processed", highlight=False)


@inbox_app.command("status")
def inbox_status(as_json: JsonFlag = False) -> None:
    """Counts of processed, failed and pending messages, in all and per IMAP folder."""
    from inbox.worker import folder_counts

    ctx = context()
    with ctx.factory() as session:
        counts = dict(session.execute(select(Message.status, func.count())
                                      .group_by(Message.status)).all())
        folders = folder_counts(session)
    status = {k: counts.get(k, 0) for k in ("processed", "failed", "pending")}
    if as_json:
        _emit({**status, "folders": folders})
        return
    console.print(", ".join(f"{k}: {v}" for k, v in status.items()), highlight=False)
    for folder, by_state in folders.items():
        console.print(f"{folder}: " + ", ".join(f"{k}: {v}" for k, v in by_state.items()),
                      highlight=False, markup=False)


def draft_json(d: Draft, customer_id: str | None) -> dict[str, Any]:
    return {"id": d.id, "customer_id": customer_id, "kind": d.kind, "in_reply_to": d.in_reply_to,
            "language": d.language, "to": d.to, "subject": d.subject, "body": d.body,
            "status": d.status, "attachments": [a["filename"] if isinstance(a, dict) else a
                                                for a in d.attachments]}


@drafts_app.command("list")
def drafts_list(status: Annotated[str | None, typer.Option(help="Only drafts in this status.")]
                = None, as_json: JsonFlag = False) -> None:
    """List drafted emails waiting for (or past) approval."""
    ctx = context()
    with ctx.factory() as session:
        query = select(Draft, Customer.customer_id).outerjoin(Customer).order_by(Draft.id)
        if status:
            query = query.where(Draft.status == status)
        rows = session.execute(query).all()
    if as_json:
        for d, cid in rows:
            _emit(draft_json(d, cid))
        return
    table = Table(title="Drafts")
    for col in ("id", "customer", "kind", "to", "subject", "status"):
        table.add_column(col)
    for d, cid in rows:
        table.add_row(str(d.id), cid or "", d.kind, d.to or "", d.subject, d.status)
    console.print(table)


@drafts_app.command("show")
def drafts_show(draft_id: int) -> None:
    """Print one draft in full."""
    ctx = context()
    with ctx.factory() as session:
        d = session.get(Draft, draft_id)
        if d is None:
            fail(f"no draft {draft_id}", 2)
        assert d is not None
        console.print(f"To: {d.to}\nSubject: {d.subject}\nStatus: {d.status}\n\n{d.body}",
                      highlight=False, markup=False)


@payments_app.command("list")
def payments_list(status: Annotated[str | None, typer.Option(
                      help="applied, suggested, exception or ignored.")] = None,
                  as_json: JsonFlag = False) -> None:
    """List bank payments with their applications and the evidence for each decision."""
    from matching.service import payment_views

    if status is not None and status not in ("applied", "suggested", "exception", "ignored"):
        fail(f"unknown status {status!r} (applied, suggested, exception or ignored)", 2)
    ctx = context()
    with ctx.factory() as session:
        views = payment_views(session, status)
    if as_json:
        for v in views:
            _emit(v)
        return
    table = Table(title="Payments")
    for col in ("id", "value date", "amount", "payer", "customer", "status", "applications"):
        table.add_column(col, overflow="fold")
    for v in views:
        table.add_row(str(v["payment_id"]), v["value_date"] or "", f"{v['amount']} {v['currency']}",
                      v["payer_name"] or "", v["customer_id"] or "", v["status"],
                      ", ".join(f"{a['invoice_number']} {a['amount']} ({a['status']})"
                                for a in v["applications"]))
    console.print(table)


@payments_app.command("export")
def payments_export(date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")]
                    = None,
                    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")]
                    = None,
                    customer: Annotated[str | None, typer.Option(help="customer_id")] = None,
                    ) -> None:
    """Print the journal of applied cash as CSV (payment, invoice, amount, date, deduction)."""
    from datetime import date

    from matching.journal import JournalFilter, journal_csv

    try:
        f = JournalFilter(date.fromisoformat(date_from) if date_from else None,
                          date.fromisoformat(date_to) if date_to else None, customer)
    except ValueError as exc:
        fail(f"not a date (expected YYYY-MM-DD): {exc}", 2)
    ctx = context()
    with ctx.factory() as session:
        sys.stdout.write(journal_csv(session, f))


@app.command("match")
def match(as_json: JsonFlag = False) -> None:
    """Run cash application again for bank payments nothing was applied to."""
    from matching.service import rematch

    ctx = context()
    with transaction(ctx.factory) as session:
        statuses = rematch(session, ctx.settings)
    counts = {s: statuses.count(s) for s in ("applied", "suggested", "exception")}
    if as_json:
        _emit(counts)
    console.print(f"{len(statuses)} payment(s) matched again: " +
                  ", ".join(f"{v} {k}" for k, v in counts.items()), highlight=False)
