"""What an LLM's reading may change: the checks of inbox/second_reading.py on plain data."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from inbox.second_reading import check_reading, needs_second_reading

TEXT = "We'll send 1.250,00 EUR for facture 193 by the end of the month."
INVOICES = {"F2026/0193", "F2026/0207"}


def test_valid_reading_passes_whole() -> None:
    accepted, problems = check_reading(
        {"primary_intent": "promise_to_pay", "intents": ["promise_to_pay"],
         "invoice_refs": ["F2026/0193"], "promised_date": "2026-11-30",
         "promised_amount": "1250.00"}, TEXT, "", date(2026, 11, 18), INVOICES)
    assert problems == []
    assert accepted["invoice_refs"] == ["F2026/0193"]
    assert accepted["promised_date"] == date(2026, 11, 30)
    assert accepted["promised_amount"] == Decimal("1250.00")


def test_each_invalid_fact_is_dropped_with_its_reason() -> None:
    accepted, problems = check_reading(
        {"primary_intent": "promise_to_pay", "intents": ["promise_to_pay", "gratitude"],
         "invoice_refs": ["F2026/0207", "X-999"], "promised_date": "2025-01-01",
         "promised_amount": "1300", "dispute_reason": "rudeness"},
        TEXT, "", date(2026, 11, 18), INVOICES)
    assert accepted["intents"] == ["promise_to_pay"]
    assert accepted["invoice_refs"] == []
    assert "promised_date" not in accepted and "promised_amount" not in accepted
    assert "dispute_reason" not in accepted
    joined = " ".join(problems)
    for needle in ("gratitude", "X-999 is not one of this customer's",
                   "F2026/0207 is not written", "2025-01-01", "1300", "rudeness"):
        assert needle in joined


def test_an_unknown_primary_intent_rejects_the_whole_reading() -> None:
    accepted, problems = check_reading({"primary_intent": "pay_soon", "intents": []}, TEXT, "",
                                       date(2026, 11, 18), INVOICES)
    assert accepted == {} and "pay_soon" in problems[0]


def test_legal_bounce_and_auto_reply_are_never_reread() -> None:
    for label in ("insolvency_notice", "cease_contact", "bounce", "auto_reply"):
        assert not needs_second_reading(label, 0.3, "some words")
    assert needs_second_reading("other", 0.5, "some words")
    assert needs_second_reading("dispute", 0.55, "some words")
    assert not needs_second_reading("dispute", 0.9, "some words")
