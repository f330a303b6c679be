"""Every labelled set follows docs/labelling.md: the keys, the taxonomy, and facts that exist
in the set's own ledger (a label naming an invoice the ledger lacks would score the pipeline
against an impossible answer)."""
from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from inbox.intent_rules import LABELS

DATA = Path(__file__).resolve().parents[1] / "data"
KEYS = {"file", "split", "language", "primary_intent", "intents", "customer_id", "invoice_refs",
        "promised_date", "promised_amount", "dispute_reason", "disputed_invoices",
        "remittance_lines", "return_date", "bounced_recipient"}
REASONS = {"invoice_not_received", "duplicate_billing", "not_received_goods", "damaged", "quantity",
           "pricing", "tax", "other"}
SETS = sorted(p.stem for p in (DATA / "labels").glob("*.jsonl"))


def test_every_label_file_has_its_ledger_and_emails():
    assert len(SETS) >= 65
    for name in SETS:
        assert (DATA / "ledgers" / f"{name}.csv").is_file(), name


@pytest.mark.parametrize("name", SETS)
def test_labels_follow_the_guide(name: str):
    with (DATA / "ledgers" / f"{name}.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    invoices = {row["invoice_number"] for row in rows}
    customers = {row["customer_id"] for row in rows}
    lines = (DATA / "labels" / f"{name}.jsonl").read_text("utf-8").splitlines()
    files = set()
    for number, line in enumerate(lines, 1):
        where = f"{name}.jsonl:{number}"
        label = json.loads(line)
        assert set(label) == KEYS, where
        assert (DATA / label["file"]).is_file(), where
        assert label["file"] not in files, where
        files.add(label["file"])
        assert label["split"] in ("dev", "test"), where
        assert label["primary_intent"] in LABELS, where
        assert label["intents"][0] == label["primary_intent"], where
        assert set(label["intents"]) <= set(LABELS), where
        assert label["customer_id"] is None or label["customer_id"] in customers, where
        assert set(label["invoice_refs"]) <= invoices, where
        assert set(label["disputed_invoices"]) <= invoices, where
        assert label["dispute_reason"] is None or label["dispute_reason"] in REASONS, where
        for key in ("promised_date", "return_date"):
            if label[key] is not None:
                date.fromisoformat(label[key])
        if label["promised_amount"] is not None:
            Decimal(label["promised_amount"])
        for remitted in label["remittance_lines"]:
            assert remitted["invoice_number"] in invoices, where
            Decimal(remitted["paid_amount"])
