"""`arbox eval`: run the offline pipeline on a labelled set in a throw-away database and print
per-intent precision/recall/F1, field accuracy and the confusion table."""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.app import app, fail
from cli.context import AppContext, console
from cli.pipeline import Pipeline
from inbox.evaluation import score
from inbox.labels import read_labels
from ledger.db import transaction
from ledger.errors import ImportFailed, InputError
from ledger.importing import import_invoice_csv
from ledger.settings import Settings


def load_labels(paths: list[Path], split: str | None) -> list[tuple[Path, dict[str, Any]]]:
    """(email path, label) pairs of the split (all when None)."""
    try:
        items = read_labels(paths)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from exc
    return [(email, label) for email, label in items if not split or label.get("split") == split]


def predict(labels: list[Path], ledgers: list[Path], split: str | None,
            settings: Settings | None = None
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any] | None]]:
    """(labels, `process --json` results) of every labelled message, on a fresh ledger.

    With one ledger per label file (in the same order), each set is its own supplier and is
    scored in its own database: two suppliers may number their invoices alike."""
    if len(labels) > 1 and len(labels) == len(ledgers):
        golds: list[dict[str, Any]] = []
        preds: list[dict[str, Any] | None] = []
        for one_labels, one_ledger in zip(labels, ledgers, strict=True):
            g, p = _predict_together([one_labels], [one_ledger], split, settings)
            golds += g
            preds += p
        return golds, preds
    return _predict_together(labels, ledgers, split, settings)


def _predict_together(labels: list[Path], ledgers: list[Path], split: str | None,
                      settings: Settings | None = None
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any] | None]]:
    items = load_labels(labels, split)
    with tempfile.TemporaryDirectory() as tmp:
        base = settings or Settings()
        settings = base.model_copy(update={
            "database_url": f"sqlite:///{Path(tmp) / 'eval.sqlite3'}"})
        ctx = AppContext(settings)
        with transaction(ctx.factory) as session:
            for ledger in ledgers:
                import_invoice_csv(session, ledger.read_text("utf-8"), str(ledger))
        pipeline = Pipeline(ctx.factory, settings)
        predictions = []
        for path, _ in items:
            outcome = pipeline.process(str(path), path.read_bytes())
            predictions.append(outcome.result)
        ctx.engine.dispose()
    return [label for _, label in items], predictions


def evaluate(labels: list[Path], ledgers: list[Path], split: str | None) -> dict[str, Any]:
    return score(*predict(labels, ledgers, split))


@app.command("eval")
def eval_command(labels: Annotated[list[Path], typer.Argument(help="Label files (JSON Lines).")],
                 ledger: Annotated[list[Path], typer.Option(
                     "--ledger", help="Invoice CSV(s) the emails refer to; one per label file, in the "
                                         "same order, scores each set in its own database.")],
                 split: Annotated[str | None, typer.Option(help="dev or test (default: all).")]
                 = None,
                 as_json: Annotated[bool, typer.Option("--json", help="Print the report as "
                                                                     "JSON.")] = False) -> None:
    """Score the offline pipeline on a labelled set (never tune on the test split)."""
    try:
        report = evaluate(labels, ledger, split)
    except ImportFailed as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.write(json.dumps(report, indent=1) + "\n")
        return
    table = Table(title=f"Intents ({report['messages']} messages)")
    for col in ("intent", "precision", "recall", "f1", "support"):
        table.add_column(col)
    for label, m in report["intents"].items():
        table.add_row(label, *(str(m[k]) for k in ("precision", "recall", "f1", "support")))
    console.print(table)
    fields = Table(title="Fields")
    fields.add_column("field")
    fields.add_column("accuracy")
    fields.add_column("support")
    for k, v in report["accuracy"].items():
        fields.add_row(k, str(v), str(report["support"][k]))
    fields.add_row("invoice_refs (F1)", str(report["invoice_refs"]["f1"]), "")
    fields.add_row("remittance_lines (F1)", str(report["remittance_lines"]["f1"]), "")
    dates = report["promised_dates"]
    fields.add_row("promised_date (precision)", str(dates["precision"]),
                   f"{dates['spurious']} given without a labelled date")
    console.print(fields)
    conf = Table(title="Confusion (rows: labelled primary intent)")
    predicted = sorted({p for row in report["confusion"].values() for p in row})
    conf.add_column("gold")
    for p in predicted:
        conf.add_column(p[:8])
    for gold, row in report["confusion"].items():
        conf.add_row(gold, *(str(row.get(p, "")) for p in predicted))
    console.print(conf)
    console.print(f"legal misses: {report['legal_misses'] or 'none'}", highlight=False)
