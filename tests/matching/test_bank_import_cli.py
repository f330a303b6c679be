"""Issue 4: `arbox import bank` stores every entry once, matches credits to open invoices
(applied when sure, suggested otherwise, exception when nothing fits, debits ignored), links a
bank payment to the email remittance that announced it, and `arbox payments list --json`
prints the contract."""
from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.conftest import corpus_root
from tests.matching.test_bankfiles_corpus import CSV_MAPPINGS

runner = CliRunner()
KEYS = ["payment_id", "amount", "currency", "value_date", "payer_name", "reference",
        "customer_id", "status", "applications", "evidence"]
LEDGER = """customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,currency,amount,open_amount
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00417,,2026-09-01,2026-10-01,EUR,1840.00,1840.00
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00452,,2026-09-15,2026-10-15,EUR,612.50,612.50
C2,Boulangerie Martin SARL,compta@martin.test,F2026/0193,,2026-08-20,2026-09-19,EUR,960.00,960.00
C2,Boulangerie Martin SARL,compta@martin.test,F2026/0241,,2026-08-20,2026-09-19,EUR,960.00,960.00
C3,Atlas Hardware Inc,payables@atlas.test,SI-88412,,2026-08-01,2026-08-31,EUR,3400.00,3400.00
"""
BANK_CSV = """Date;Name;IBAN;Reference;Amount;Currency
2026-11-20;HARBOUR FOODS LTD;GB29NWBK60161331926819;Payment INV-2026-00417;1840,00;EUR
2026-11-20;Boulangerie Martin;FR7630006000011234567890189;virement novembre;960,00;EUR
2026-11-21;Atlas Hardware;US123;SI-88412 part;1000,00;EUR
2026-11-21;Unknown Sender;DE89370400440532013000;donation;77,70;EUR
2026-11-22;Bank fee;;Fees November;-12,50;EUR
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    ledger, bank = tmp_path / "ledger.csv", tmp_path / "bank.csv"
    ledger.write_text(LEDGER)
    bank.write_text(BANK_CSV)
    return ledger, bank


def _payments(*args: str) -> list[dict]:
    result = runner.invoke(app, ["payments", "list", *args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in result.stdout.splitlines()]


def test_import_matches_and_lists_payments(arbox_env, files):
    ledger, bank = files
    assert runner.invoke(app, ["import", "invoices", str(ledger)]).exit_code == 0
    result = runner.invoke(app, ["import", "bank", str(bank)])
    assert result.exit_code == 0, result.output
    rows = {p["payer_name"]: p for p in _payments()}
    assert len(rows) == 5
    for p in rows.values():
        assert list(p) == KEYS
    harbour = rows["HARBOUR FOODS LTD"]
    assert harbour["status"] == "applied" and harbour["customer_id"] == "C1"
    assert harbour["applications"] == [{"invoice_number": "INV-2026-00417", "amount": "1840.00",
                                        "status": "auto_applied"}]
    assert harbour["evidence"]
    # two open invoices of 960.00 and no reference: never applied automatically
    martin = rows["Boulangerie Martin"]
    assert martin["status"] in ("suggested", "exception")
    assert all(a["status"] != "auto_applied" for a in martin["applications"])
    assert rows["Unknown Sender"]["status"] == "exception"
    assert rows["Bank fee"]["status"] == "ignored"
    assert rows["Bank fee"]["amount"] == "-12.50"
    assert [p["payer_name"] for p in _payments("--status", "ignored")] == ["Bank fee"]


def test_same_file_twice_adds_nothing(arbox_env, files):
    ledger, bank = files
    runner.invoke(app, ["import", "invoices", str(ledger)])
    runner.invoke(app, ["import", "bank", str(bank)])
    again = runner.invoke(app, ["import", "bank", str(bank)])
    assert again.exit_code == 0 and "already imported" in again.stderr
    assert len(_payments()) == 5


def test_junk_file_is_refused_with_its_name(arbox_env, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("hello, this is not a statement\n")
    result = runner.invoke(app, ["import", "bank", str(junk)])
    assert result.exit_code == 1
    assert str(junk) in result.stderr


NEEDS_MAPPING = set(CSV_MAPPINGS)


def _expected_rows() -> list[dict[str, str]]:
    path = corpus_root() / "bank" / "EXPECTED.csv"
    if not path.is_file():
        return []
    with path.open(newline="") as fh:
        # CSV files without a header row or with card sign conventions need a mapping of
        # their own (tests/matching/test_bankfiles_corpus.py gives it); the CLI sniffs.
        return [r for r in csv.DictReader(fh) if r["entries"] and r["file"] not in NEEDS_MAPPING]


@pytest.mark.parametrize("row", _expected_rows()[::7], ids=lambda r: r["file"])
def test_corpus_files_import_with_their_totals(row, arbox_env):
    path = corpus_root() / "bank" / row["file"]
    result = runner.invoke(app, ["import", "bank", str(path), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["entries"] == int(row["entries"])
    payments = _payments()
    assert len(payments) == int(row["entries"])
    credits = [Decimal(p["amount"]) for p in payments if Decimal(p["amount"]) > 0]
    debits = [-Decimal(p["amount"]) for p in payments if Decimal(p["amount"]) < 0]
    assert sum(credits, Decimal(0)) == Decimal(row["credits_sum"])
    assert sum(debits, Decimal(0)) == Decimal(row["debits_sum"])


def test_csv_mapping_file_reads_a_headerless_export(arbox_env, files, tmp_path):
    ledger, _ = files
    runner.invoke(app, ["import", "invoices", str(ledger)])
    bank = tmp_path / "export.csv"
    bank.write_text("20.11.2026|SI-88412|3.400,00|Atlas Hardware\n")
    mapping = tmp_path / "mapping.toml"
    mapping.write_text('header = false\ndelimiter = "|"\ndate = 0\nreference = 1\namount = 2\n'
                       'name = 3\ndecimal = ","\ndate_format = "%d.%m.%Y"\n'
                       'default_currency = "EUR"\n')
    result = runner.invoke(app, ["import", "bank", str(bank), "--csv-mapping", str(mapping)])
    assert result.exit_code == 0, result.output
    (payment,) = _payments()
    assert (payment["amount"], payment["value_date"], payment["status"]) == (
        "3400.00", "2026-11-20", "applied")
    assert payment["applications"][0]["invoice_number"] == "SI-88412"


def test_csv_mapping_with_an_unknown_key_is_refused(arbox_env, tmp_path):
    bank, mapping = tmp_path / "b.csv", tmp_path / "m.toml"
    bank.write_text("a,b\n1,2\n")
    mapping.write_text('colour = "red"\n')
    result = runner.invoke(app, ["import", "bank", str(bank), "--csv-mapping", str(mapping)])
    assert result.exit_code == 1 and "unknown key(s) colour" in result.stderr


def test_match_again_after_the_invoices_arrive_and_export_the_journal(arbox_env, files):
    ledger, bank = files
    assert runner.invoke(app, ["import", "bank", str(bank)]).exit_code == 0
    assert {p["status"] for p in _payments() if p["payer_name"] != "Bank fee"} == {"exception"}
    runner.invoke(app, ["import", "invoices", str(ledger)])
    result = runner.invoke(app, ["match", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts["applied"] >= 1
    rows = {p["payer_name"]: p for p in _payments()}
    assert rows["HARBOUR FOODS LTD"]["status"] == "applied"
    journal = runner.invoke(app, ["payments", "export", "--customer", "C1"]).stdout.splitlines()
    assert journal[0].startswith("payment_id,value_date,customer_id,invoice_number,amount")
    assert any(",C1,INV-2026-00417,1840.00,EUR," in line for line in journal[1:])
    assert all(",C1," in line for line in journal[1:])
