"""`arbox demo`: a fresh SQLite ledger, the sample ledger and inbox shipped with arbox,
processed end to end, and a summary of what happened."""
from __future__ import annotations

from collections import Counter
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cli.app import app
from cli.context import AppContext, console
from cli.pipeline import make_pipeline
from inbox.sources import iter_messages
from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.settings import Settings

DEMO_TODAY = date(2026, 11, 24)


@app.command("demo")
def demo(database: Annotated[Path, typer.Option(help="SQLite file to (re)create.")]
         = Path("arbox-demo.sqlite3")) -> None:
    """Create a local SQLite database, load the sample ledger and inbox, process it, summarise."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    settings = Settings(database_url=f"sqlite:///{database.resolve()}",
                        today=Settings().today or DEMO_TODAY)
    ctx = AppContext(settings)
    data = files("cli") / "demo_data"
    with as_file(data) as folder:
        ledger_csv = Path(folder) / "ledger.csv"
        with transaction(ctx.factory) as session:
            summary = import_invoice_csv(session, ledger_csv.read_text("utf-8"), ledger_csv.name)
        console.print(f"Ledger: {summary.customers_created} customers, "
                      f"{summary.invoices_created} invoices imported", highlight=False)
        pipeline = make_pipeline(ctx.factory, settings)
        outcomes = [pipeline.process(Path(src).name, raw)
                    for src, raw in iter_messages([Path(folder) / "inbox"])]
    table = Table(title="arbox demo — inbox processed offline")
    for col in ("message", "customer", "understood", "facts", "action"):
        table.add_column(col, overflow="fold")
    for o in outcomes:
        if o.result is None:
            table.add_row(o.source, "", "[red]quarantined[/red]", o.error or "", "see `arbox inbox "
                          "failed`")
            continue
        r = o.result
        facts = []
        if r["invoice_refs"]:
            facts.append("invoices " + ", ".join(r["invoice_refs"]))
        if r["promised_date"]:
            facts.append(f"promised {r['promised_date']}")
        if r["dispute_reason"]:
            facts.append(f"dispute: {r['dispute_reason']}")
        if r["return_date"]:
            facts.append(f"back {r['return_date']}")
        actions = [f"{a['status']} {a['amount']} to {a['invoice_number']}"
                   for a in r["applications"]]
        if r["draft_id"]:
            actions.append(f"reply draft #{r['draft_id']}")
        if r["primary_intent"] in ("insolvency_notice", "cease_contact"):
            actions.append("legal hold: collection stopped")
        table.add_row(o.source, r["customer_id"] or "?", r["primary_intent"], "; ".join(facts),
                      "; ".join(actions))
    console.print(table)
    counts = Counter(o.status for o in outcomes)
    console.print(f"{counts['processed']} processed, {counts['failed']} quarantined. "
                  f"Database: {database.resolve()}", highlight=False)
    env = f"ARBOX_DATABASE_URL=sqlite:///{database.resolve()}"
    console.print("Next: " + "; ".join([f"{env} arbox drafts list",
                                        f"{env} arbox inbox failed",
                                        f"{env} arbox process --json <your .eml files>"]),
                  highlight=False, markup=False)
