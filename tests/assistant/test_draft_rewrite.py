"""Issue 6, optional LLM rewriting of drafts. The real langchain-openai client talks to a scripted
OpenAI-protocol server on loopback (openai_stub). A rewrite is shown only when code accepts it;
a wrong amount, an invented invoice, a threat, an empty answer, an HTTP error or a timeout
keeps the template text, and no model at all leaves the template untouched."""
from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from assistant.chat_llm import make_chat_model
from assistant.compliance import Grounding
from assistant.draft_rewrite import RewriteResult, rewrite_draft
from assistant.dunning import load_policy
from assistant.dunning_service import run_dunning
from ledger.db import transaction
from ledger.models import Draft, Invoice
from tests.assistant.openai_stub import OpenAIStub, answer, error, raw, slow
from tests.assistant.test_dunning_flow import _run, ledger  # noqa: F401 - the ledger fixture

TEMPLATE = (
    "Dear Acme Ltd,\n\n"
    "We wrote to you recently about the invoices below, which remain unpaid. Please arrange "
    "payment, or let us know by return when we can expect it.\n\n"
    "  A-1  due 2026-10-01  1200.00 EUR  (54 days overdue)\n"
    "  A-2  due 2026-11-20  300.50 EUR  (4 days overdue)\n\n"
    "Total due: 1500.50 EUR\n\n"
    "Regards,\nNorthwind Supplies — Accounts Receivable\n")
FACTS = Grounding(invoice_numbers=frozenset({"A-1", "A-2"}),
                  amounts=frozenset({Decimal("1200.00"), Decimal("300.50"), Decimal("1500.50")}),
                  dates=frozenset({date(2026, 10, 1), date(2026, 11, 20)}),
                  known_numbers=frozenset({"A-1", "A-2", "D-1", "B-1"}))
GOOD = (
    "Dear Acme team,\n\n"
    "I hope all is well. Our records still show two invoices open: A-1 for 1200.00 EUR, due "
    "2026-10-01 (54 days overdue), and A-2 for 300.50 EUR, due 2026-11-20 (4 days overdue), "
    "1500.50 EUR in total. Could you arrange payment, or tell us when we can expect it?\n\n"
    "Kind regards,\nNorthwind Supplies — Accounts Receivable")


@pytest.fixture
def model(stub: OpenAIStub):
    return make_chat_model(stub.base_url, "test-key", "stub-model", timeout=1.0)


def test_good_rewrite_is_accepted(model, stub: OpenAIStub) -> None:
    stub.push(answer(GOOD))
    result = rewrite_draft(model, TEMPLATE, FACTS, "en", "firm")
    assert result == RewriteResult(GOOD + "\n", used_llm=True, problems=())
    (request,) = stub.requests
    system, user = request["messages"]
    assert system["role"] == "system"
    assert "in English, with a firm tone" in system["content"]
    assert "Keep every invoice number, amount, currency and date exactly" in system["content"]
    assert "No threats" in system["content"]
    assert user == {"role": "user", "content": TEMPLATE}


def test_french_rewrite_asks_for_french(model, stub: OpenAIStub) -> None:
    template = "Bonjour,\n\n  F2026/0193  échéance 2026-10-20  1480.40 EUR\n"
    facts = Grounding(frozenset({"F2026/0193"}), frozenset({Decimal("1480.40")}),
                      frozenset({date(2026, 10, 20)}))
    rewritten = ("Bonjour,\n\nSauf erreur de notre part, la facture F2026/0193 de 1480.40 EUR, "
                 "échue le 2026-10-20, reste à régler.")
    stub.push(answer(rewritten))
    assert rewrite_draft(model, template, facts, "fr", "courteous") == RewriteResult(
        rewritten + "\n", True, ())
    assert "in French, with a courteous tone" in stub.requests[0]["messages"][0]["content"]


@pytest.mark.parametrize("rewrite, problems", [
    (GOOD.replace("1500.50 EUR in total", "1550.50 EUR in total"),
     ("amount 1550.50 is not one of the amounts due", "drops amount 1500.50")),
    (GOOD.replace("A-2 for", "D-1 for"),
     ("mentions invoice D-1, which is not part of this draft", "drops invoice A-2",
      "mentions D-1, which the template does not")),
    (GOOD.replace("1500.50 EUR in total", "1500.50 EUR in total, as is INV-9999"),
     ("mentions INV-9999, which the template does not",)),
    (GOOD.replace("tell us when", "we will take legal action unless you tell us when"),
     ('threat of legal or collection action: "legal action"',)),
    (GOOD.replace("Could you arrange payment", "Please pay within 3 days"),
     ("number 3 is not in the template",)),
    (GOOD.replace("due 2026-11-20", "due 2026-11-21"),
     ("date 2026-11-21 is not one of the facts", "drops date 2026-11-20")),
], ids=["wrong-amount", "invoice-of-another-customer", "invented-invoice", "threat",
        "invented-deadline", "wrong-date"])
def test_ungrounded_or_unfair_rewrite_keeps_the_template(model, stub: OpenAIStub, rewrite,
                                                         problems) -> None:
    stub.push(answer(rewrite))
    assert rewrite_draft(model, TEMPLATE, FACTS, "en", "firm") == RewriteResult(
        TEMPLATE, used_llm=False, problems=problems)


# The exception class names are langchain-openai's wrappers and change between versions; the
# status code and message are what a collector reading the evidence needs.
@pytest.mark.parametrize("reply, start, detail", [
    (error(500), "model call failed: ", ("500", "internal error")),
    (error(429, "rate limited"), "model call failed: ", ("429", "rate limited")),
    (raw("<html>bad gateway</html>", status=502), "model call failed: ", ("bad gateway",)),
    (raw("{not json"), "model call failed: ", ()),
    (answer(""), "the model returned an empty answer", ()),
], ids=["500", "429", "502", "malformed-json", "empty"])
def test_failing_model_keeps_the_template(model, stub: OpenAIStub, reply, start,
                                          detail) -> None:
    stub.push(reply)
    result = rewrite_draft(model, TEMPLATE, FACTS, "en", "firm")
    assert (result.text, result.used_llm, len(result.problems)) == (TEMPLATE, False, 1)
    assert result.problems[0].startswith(start)
    assert all(fragment in result.problems[0] for fragment in detail), result.problems[0]


def test_slow_model_times_out_and_keeps_the_template(model, stub: OpenAIStub) -> None:
    stub.push(slow(6, answer(GOOD)))
    started = time.monotonic()
    result = rewrite_draft(model, TEMPLATE, FACTS, "en", "firm")
    assert time.monotonic() - started < 5
    assert (result.text, result.used_llm) == (TEMPLATE, False)
    assert result.problems[0].startswith("model call failed: ")
    assert "timed out" in result.problems[0]


def test_no_model_leaves_the_template_untouched(stub: OpenAIStub) -> None:
    assert rewrite_draft(None, TEMPLATE, FACTS, "en", "firm") == RewriteResult(
        TEMPLATE, used_llm=False, problems=())
    assert stub.requests == []


def test_dunning_run_records_the_rewrite_in_the_evidence(ledger, model,  # noqa: F811
                                                         stub: OpenAIStub) -> None:
    """C1 (Acme, English) gets a good rewrite; C8 (Boulangerie Martin, French) a wrong amount."""
    acme = ("Dear Acme Ltd,\n\nThis is our final reminder about A-1 (1200.00 EUR, due "
            "2026-10-01, 54 days overdue) and A-2 (300.50 EUR, due 2026-11-20, 4 days overdue): "
            "1500.50 EUR in total. If we do not receive payment or hear from you within 7 days, "
            "your account will be passed to our credit team for review.\n\nRegards,\n"
            "Northwind Supplies — Accounts Receivable")
    stub.push(answer(acme), answer("Bonjour, la facture F2026/0193 de 1840.40 EUR reste due."))
    with transaction(ledger) as s:
        known = frozenset(s.scalars(select(Invoice.invoice_number)))
        run_dunning(s, load_policy(), date(2026, 11, 24), {"name": "Northwind Supplies"}, known,
                    model=model)
    with ledger() as s:
        drafts = {d.to: d for d in s.scalars(select(Draft).where(Draft.kind == "dunning"))}
    en, fr = drafts["ap@acme.test"], drafts["compta@martin.test"]
    assert (en.body, en.evidence["llm"], en.evidence["llm_problems"]) == (acme + "\n", True, [])
    assert en.evidence["compliance"] == []
    assert fr.evidence["llm"] is False
    assert fr.evidence["llm_problems"] == ["amount 1840.40 is not one of the amounts due",
                                           "drops amount 1480.40", "drops date 2026-10-20"]
    assert fr.body.startswith("Bonjour,\n\nMalgré nos précédentes relances")
    assert "in French, with a firm tone" in stub.requests[1]["messages"][0]["content"]


def test_offline_dunning_run_records_no_llm(ledger) -> None:  # noqa: F811
    _run(ledger)
    with ledger() as s:
        evidence = [d.evidence for d in s.scalars(select(Draft))]
    assert [(e["llm"], e["llm_problems"]) for e in evidence] == [(False, []), (False, [])]
