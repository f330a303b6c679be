"""Issue 3, optional LLM: a message the offline reader is unsure of is reread by the model
through the real langchain-openai client (scripted OpenAI-protocol server on loopback). Code
validates the answer: labels in the taxonomy, the customer's invoices only, amounts written in
the message. A sure message is never sent; errors and timeouts keep the offline result."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.assistant.openai_stub import OpenAIStub, error, raw, slow, tool_call
from tests.cli.conftest import REMITTANCE

# Nothing the rules know: a euphemism for a promise.
VAGUE = """From: Tom <ap@harbour.test>
To: ar@example.com
Subject: that 417 one
Date: Wed, 18 Nov 2026 09:12:00 +0000
Message-ID: <vague-1@harbour.test>
Content-Type: text/plain; charset=utf-8

Tom here. The 417 one is sorted from our side, boss signs it off on the 30th and 600 goes out with the rest to follow.
"""
runner = CliRunner()


def reading(**fields):
    base = {"primary_intent": "promise_to_pay", "intents": ["promise_to_pay"],
            "invoice_refs": ["INV-2026-00417"], "promised_date": "2026-11-30",
            "promised_amount": "600", "dispute_reason": None}
    return tool_call("MessageReading", base | fields)


@pytest.fixture
def ledger(arbox_env: str, ledger_csv: Path, monkeypatch: pytest.MonkeyPatch,
           stub: OpenAIStub) -> Path:
    monkeypatch.setenv("ARBOX_LLM_BASE_URL", stub.base_url)
    monkeypatch.setenv("ARBOX_LLM_TIMEOUT_SECONDS", "1")
    assert runner.invoke(app, ["import", "invoices", str(ledger_csv)]).exit_code == 0
    return ledger_csv.parent


def process(folder: Path, text: str) -> dict:
    box = folder / "inbox"
    box.mkdir(exist_ok=True)
    (box / "m.eml").write_text(text)
    result = runner.invoke(app, ["process", str(box), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.splitlines()[0])


def offline(folder: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict:
    monkeypatch.setenv("ARBOX_LLM_UNDERSTANDING", "false")
    out = process(folder, text)
    monkeypatch.delenv("ARBOX_LLM_UNDERSTANDING")
    return out


def test_an_unsure_message_is_reread_and_the_valid_answer_used(ledger, stub, monkeypatch):
    monkeypatch.setenv("ARBOX_LLM_UNDERSTANDING_BELOW", "1.0")  # unsure of everything
    stub.push(reading())
    out = process(ledger, VAGUE)
    assert len(stub.requests) == 1
    sent = stub.requests[0]
    assert "417 one is sorted" in json.dumps(sent)
    assert "INV-2026-00417" in json.dumps(sent)  # the customer's invoices are offered
    assert "F2026/0193" not in json.dumps(sent)  # another customer's are not
    assert out["primary_intent"] == "promise_to_pay"
    assert out["promised_date"] == "2026-11-30" and out["promised_amount"] == "600.00"
    assert out["invoice_refs"] == ["INV-2026-00417"]


def test_an_invented_invoice_and_an_unwritten_amount_are_dropped(ledger, stub, monkeypatch):
    monkeypatch.setenv("ARBOX_LLM_UNDERSTANDING_BELOW", "1.0")
    stub.push(reading(invoice_refs=["F2026/0193", "INV-2026-00452"], promised_amount="650"))
    out = process(ledger, VAGUE)
    assert out["primary_intent"] == "promise_to_pay"
    # F2026/0193 is another customer's; 452 is C1's but not written in the message.
    assert out["invoice_refs"] in ([], ["INV-2026-00417"])
    assert "F2026/0193" not in out["invoice_refs"] and "INV-2026-00452" not in out["invoice_refs"]
    assert out["promised_amount"] != "650"


def test_a_label_outside_the_taxonomy_keeps_the_offline_reading(ledger, stub, monkeypatch):
    monkeypatch.setenv("ARBOX_LLM_UNDERSTANDING_BELOW", "1.0")
    expected = offline(ledger, monkeypatch, VAGUE)
    stub.push(reading(primary_intent="urgent_payment", intents=["urgent_payment"]))
    (ledger / "inbox" / "m.eml").unlink()
    out = process(ledger, VAGUE.replace("vague-1", "vague-2"))
    assert out["primary_intent"] == expected["primary_intent"]
    assert out["promised_date"] == expected["promised_date"]


@pytest.mark.parametrize("failure", [error(500), raw("{not json"), slow(3.0)],
                         ids=["http-500", "malformed", "timeout"])
def test_model_failures_never_lose_the_message(ledger, stub, failure, monkeypatch):
    monkeypatch.setenv("ARBOX_LLM_UNDERSTANDING_BELOW", "1.0")
    stub.push(failure)
    out = process(ledger, VAGUE)
    assert len(stub.requests) == 1  # it was asked, and failed
    assert out["primary_intent"]  # processed, not quarantined
    assert out["customer_id"] == "C1"


def test_a_sure_message_is_not_sent_to_the_model(ledger, stub):
    out = process(ledger, REMITTANCE)
    assert out["primary_intent"] == "remittance_advice"
    assert stub.requests == []
