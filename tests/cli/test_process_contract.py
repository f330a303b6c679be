"""Issue 2: `arbox import invoices` then `arbox process --json` print the contract for every
message, store results once, quarantine what cannot be read — on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from cli.main import app
from ledger.db import make_engine, session_factory
from ledger.models import Application, Draft, Invoice, Message
from tests.cli.conftest import LEDGER, REMITTANCE

KEYS = ["source", "message_id", "language", "primary_intent", "intents", "customer_id",
        "invoice_refs", "promised_date", "promised_amount", "dispute_reason",
        "disputed_invoices", "remittance", "return_date", "bounced_recipient", "payment_plan",
        "applications", "draft_id"]
PROMISE = """From: Claire <compta@martin.test>
To: ar@example.com
Subject: RE: Relance facture F2026/0193
Date: Tue, 17 Nov 2026 14:30:00 +0100
Message-ID: <promise-1@martin.test>
Content-Type: text/plain; charset=utf-8

Bonjour,

Le virement pour la facture F2026/0193 sera fait le 27 novembre.

Cordialement,
Claire

Le 16/11/2026 à 10:00, ar@example.com a écrit :
> Sauf erreur de notre part, les factures F2026/0193 et INV-2026-00452 restent impayées.
"""

runner = CliRunner()


@pytest.fixture
def inbox(tmp_path: Path, ledger_csv: Path) -> Path:
    """Three messages in tmp_path/inbox (a remittance, a promise, an empty file) beside the
    ledger CSV."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "1-remittance.eml").write_text(REMITTANCE)
    (folder / "2-promise.eml").write_text(PROMISE)
    (folder / "3-empty.eml").write_bytes(b"")
    return folder


def _process(folder: Path):
    return runner.invoke(app, ["process", str(folder), "--json"])


def test_process_prints_the_contract_and_applies_exact_remittances(arbox_env, inbox):
    imported = runner.invoke(app, ["import", "invoices", str(inbox.parent / "ledger.csv")])
    assert imported.exit_code == 0, imported.output
    result = _process(inbox)
    assert result.exit_code == 1  # the empty file was quarantined
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 2
    for obj in lines:
        assert list(obj) == KEYS
    rem, promise = lines
    assert rem["customer_id"] == "C1" and rem["primary_intent"] == "remittance_advice"
    assert rem["message_id"] == "rem-1@harbour.test"
    assert sorted(rem["invoice_refs"]) == ["INV-2026-00417", "INV-2026-00452"]
    assert rem["remittance"]["payment_amount"] == "2452.50"
    assert {(a["invoice_number"], a["amount"], a["status"]) for a in rem["applications"]} == {
        ("INV-2026-00417", "1840.00", "auto_applied"), ("INV-2026-00452", "612.50", "auto_applied")}
    assert promise["customer_id"] == "C2" and promise["primary_intent"] == "promise_to_pay"
    assert promise["language"] == "fr"
    assert promise["invoice_refs"] == ["F2026/0193"]  # INV-2026-00452 is only in the quote
    assert promise["promised_date"] == "2026-11-27"
    assert isinstance(promise["draft_id"], int)
    assert "quarantined" in result.stderr and "3-empty.eml" in result.stderr


def test_processing_twice_creates_no_second_result_or_application(arbox_env, inbox):
    runner.invoke(app, ["import", "invoices", str(inbox.parent / "ledger.csv")])
    first = _process(inbox)
    second = _process(inbox)
    assert first.stdout == second.stdout
    factory = session_factory(make_engine(arbox_env))
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 3
        assert s.scalar(select(func.count()).select_from(Application)) == 2
        assert s.scalar(select(func.count()).select_from(Draft)) == 2
        open_amounts = dict(s.execute(select(Invoice.invoice_number, Invoice.open_amount)).all())
    assert open_amounts["INV-2026-00417"] == 0 and open_amounts["F2026/0193"] == 960


def test_failed_messages_are_listed_and_retried(arbox_env, inbox):
    _process(inbox)
    failed = runner.invoke(app, ["inbox", "failed", "--json"])
    rows = [json.loads(x) for x in failed.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["source"].endswith("3-empty.eml")
    assert "empty" in rows[0]["reason"].lower()
    status = json.loads(runner.invoke(app, ["inbox", "status", "--json"]).stdout)
    assert (status["processed"], status["failed"]) == (2, 1)
    retry = runner.invoke(app, ["inbox", "retry", str(rows[0]["id"])])
    assert retry.exit_code == 1 and "failed again" in retry.stderr


def test_bad_invoice_csv_is_reported_with_file_line_and_column(arbox_env, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(LEDGER + "C3,X,x@x.test,I-9,,2026-13-01,2026-10-01,EUR,1.00,1.00\n")
    result = runner.invoke(app, ["import", "invoices", str(bad)])
    assert result.exit_code == 1
    assert f'{bad}:5: column "issue_date": "2026-13-01" is not a date' in result.stderr
    assert "nothing was imported" in result.stderr


def test_every_command_has_help_and_is_in_the_readme():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for group, commands in {"": ["process", "demo", "eval", "match", "worker", "serve", "chat"],
                            "import": ["invoices", "bank"],
                            "inbox": ["failed", "retry", "status"],
                            "drafts": ["list", "show", "approve", "reject", "edit", "send"],
                            "dunning": ["run"], "payments": ["list", "export"],
                            "users": ["add"]}.items():
        for command in commands:
            args = [group, command] if group else [command]
            result = runner.invoke(app, [*args, "--help"])
            assert result.exit_code == 0, args
            assert f"arbox {' '.join(args)}" in readme, f"README lacks arbox {' '.join(args)}"
