"""Payment-plan terms a customer proposes, read from their own words."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from inbox.amounts import find_amounts
from inbox.plan_terms import find_plan_terms

SENT = date(2026, 11, 20)  # a Friday


def terms(text: str, language: str | None = None):
    return find_plan_terms(text, SENT, language, find_amounts(text))


def test_count_amount_and_start_date_in_english() -> None:
    t = terms("Could we pay in 3 monthly instalments of £500 starting 15 December?")
    assert t is not None
    assert (t.instalments, t.frequency, t.amounts, t.currency) == (3, "monthly", (Decimal("500"),), "GBP")
    assert t.dates == (date(2026, 12, 15),)


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Est-il possible de régler en trois fois ?", "fr", 3),
    ("Nous proposons un paiement en 4 mensualités.", "fr", 4),
    ("Wir schlagen vier Raten vor.", "de", 4),
    ("¿Podemos pagarlo en seis cuotas?", "es", 6),
    ("Can we spread the payment over the next 6 months?", "en", 6),
])
def test_number_of_instalments_in_four_languages(text: str, language: str, count: int) -> None:
    t = terms(text, language)
    assert t is not None and t.instalments == count


def test_monthly_amount_against_a_stated_balance_gives_the_count() -> None:
    t = terms("We can do 500 EUR per month until the 1,500.00 EUR balance is cleared.")
    assert t is not None
    assert (t.instalments, t.amounts, t.frequency) == (3, (Decimal("500"),), "monthly")


def test_two_dated_payments_are_a_two_part_plan() -> None:
    t = terms("We'll pay EUR 1,000 on 30 November and EUR 1,000 on 31 December.")
    assert t is not None
    assert t.instalments == 2
    assert t.dates == (date(2026, 11, 30), date(2026, 12, 31))


def test_no_terms_when_the_customer_only_asks() -> None:
    assert terms("Is there any way we could spread this out? Cash is tight.") is None


def test_an_invoice_number_is_not_an_instalment_count() -> None:
    t = terms("For invoice 12 payments are hard; can we split INV-2026-0042 over 2 months?")
    assert t is not None and t.instalments == 2
