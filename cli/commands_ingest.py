"""Commands that bring data in and process email: `import invoices`, `process`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.app import app, fail, import_app
from cli.context import console, context
from cli.pipeline import make_pipeline
from inbox.sources import iter_messages
from ledger.db import transaction
from ledger.errors import ArboxError, ImportFailed
from ledger.importing import import_invoice_csv


@import_app.command("invoices")
def import_invoices(file: Annotated[Path, typer.Argument(help="ERP export (CSV).")]) -> None:
    """Import (or update) customers, contacts and invoices from an ERP CSV export.

    Columns: customer_id, customer_name, contact_email, invoice_number, po_number, issue_date,
    due_date, currency, amount, open_amount. A file with any bad row imports nothing.
    """
    if not file.is_file():
        fail(f"{file}: no such file", 2)
    try:
        text = file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    ctx = context()
    try:
        with transaction(ctx.factory) as session:
            summary = import_invoice_csv(session, text, str(file))
    except ImportFailed as exc:
        for problem in exc.problems:
            console.print(str(problem), highlight=False, markup=False)
        fail(f"{file}: {len(exc.problems)} problem(s); nothing was imported")
    console.print(f"{file}: {summary.rows} rows, {summary.customers_created} new customers, "
                  f"{summary.invoices_created} new invoices, {summary.invoices_updated} updated",
                  highlight=False)


@app.command("process")
def process(paths: Annotated[list[Path], typer.Argument(help=".eml files, directories, mbox or "
                                                             "Maildir.")],
            as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per "
                                                               "message (JSON Lines).")] = False,
            ) -> None:
    """Understand customer emails, match remittances and draft replies, offline.

    Every message is stored once (by Message-ID and content); one that cannot be processed is
    quarantined with its reason (see `arbox inbox failed`) and the exit code is 1.
    """
    ctx = context()
    pipeline = make_pipeline(ctx.factory, ctx.settings)
    failed = done = 0
    rows = []
    try:
        for source, raw in iter_messages(paths):
            outcome = pipeline.process(source, raw)
            if outcome.status == "failed":
                failed += 1
                console.print(f"[yellow]quarantined[/yellow] {source}: {outcome.error}",
                              highlight=False)
                continue
            done += 1
            if as_json:
                sys.stdout.write(json.dumps(outcome.result, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                rows.append(outcome.result)
    except ArboxError as exc:
        fail(str(exc))
    if not as_json:
        _print_results(rows)
    console.print(f"{done} message(s) processed, {failed} quarantined", highlight=False)
    if failed:
        raise typer.Exit(1)


def _print_results(rows: list[dict[str, Any]]) -> None:
    table = Table(title="Messages")
    for col in ("message", "customer", "intent", "invoices", "applications", "draft"):
        table.add_column(col)
    for r in rows:
        apps = ", ".join(f"{a['invoice_number']} {a['amount']} ({a['status']})"
                         for a in r["applications"])
        table.add_row(Path(r["source"]).name, r["customer_id"] or "?", r["primary_intent"],
                      ", ".join(r["invoice_refs"]), apps, str(r["draft_id"] or ""))
    console.print(table)



@import_app.command("bank")
def import_bank(file: Annotated[Path, typer.Argument(help="Bank statement or payment file.")],
                fmt: Annotated[str | None, typer.Option(
                    "--format", help="mt940, mt942, camt052, camt053, camt054, bai2, ofx or csv "
                                     "(default: detected).")] = None,
                csv_mapping: Annotated[Path | None, typer.Option(
                    "--csv-mapping", help="TOML file naming the CSV columns (date, amount or "
                                          "credit/debit, name, account, reference, currency, "
                                          "delimiter, decimal, date_format, skip_rows, header, "
                                          "sign_convention).")] = None,
                as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")]
                = False) -> None:
    """Import bank receipts (MT940/942, camt.052/053/054, BAI2, OFX, CSV) and match them.

    Credits become payments matched to open invoices (applied when sure, suggested otherwise);
    debits and pending entries are kept as ignored. Importing the same file twice adds nothing.
    """
    from matching.bank_import import import_bank_file
    from matching.bankfiles.csvfile import load_csv_mapping
    from matching.service import match_payments

    if not file.is_file():
        fail(f"{file}: no such file", 2)
    ctx = context()
    try:
        mapping = load_csv_mapping(csv_mapping) if csv_mapping else None
        with transaction(ctx.factory) as session:
            summary = import_bank_file(session, file.read_bytes(), str(file), fmt, mapping)
            results = match_payments(session, list(summary.new_payments), ctx.settings)
    except ArboxError as exc:
        fail(str(exc))
    for problem in summary.problems:
        console.print(f"[yellow]warning[/yellow] {problem}", highlight=False)
    counts = {s: sum(1 for r in results if r == s) for s in ("applied", "suggested", "exception")}
    if as_json:
        sys.stdout.write(json.dumps({"file": str(file), "format": summary.format,
                                     "entries": summary.entries, "credits": summary.credits,
                                     "debits": summary.debits,
                                     "new_payments": len(summary.new_payments),
                                     "already_imported": summary.already_imported,
                                     **counts}) + "\n")
    if summary.already_imported:
        console.print(f"{file}: already imported, nothing added", highlight=False)
    else:
        console.print(f"{file}: {summary.format}, {summary.entries} entries "
                      f"({summary.credits} credits, {summary.debits} debits); "
                      f"{counts['applied']} applied, {counts['suggested']} suggested, "
                      f"{counts['exception']} exceptions", highlight=False)
