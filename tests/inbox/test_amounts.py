"""Written amounts: parse, find in email text, format for templates."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.amounts import find_amounts, format_amount, parse_amount

D = Decimal


@pytest.mark.parametrize(("written", "value"), [
    ("1.234,56", "1234.56"),
    ("1 234,56", "1234.56"),
    ("1\u00a0234,56", "1234.56"),
    ("1\u202f234,56", "1234.56"),
    ("1\u2009234,56", "1234.56"),
    ("1,234.56", "1234.56"),
    ("1'234.56", "1234.56"),
    ("1’234.56", "1234.56"),
    ("1234.5", "1234.5"),
    ("1234,50", "1234.50"),
    ("-12,00", "-12.00"),
    ("−12,00", "-12.00"),
    ("+12.00", "12.00"),
    ("1,234", "1234"),
    ("1.234", "1234"),
    ("12.500", "12500"),
    ("1,23", "1.23"),
    ("0.125", "0.125"),
    ("1234.567", "1234.567"),
    ("1,234,567.89", "1234567.89"),
    ("1.234.567", "1234567"),
    ("12,-", "12"),
    ("12,–", "12"),
    ("(120.00)", "-120.00"),
    ("120.00-", "-120.00"),
    ("  42 ", "42"),
    ("1 234,56 €", "1234.56"),
    ("$1,234.56", "1234.56"),
    ("CHF 1'234.50", "1234.50"),
    ("EUR -12.00", "-12.00"),
])
def test_parse_amount(written, value):
    assert parse_amount(written) == D(value)


def test_parse_amount_keeps_the_written_scale():
    assert str(parse_amount("1 234,50")) == "1234.50"


@pytest.mark.parametrize("written", [
    "", "abc", "1.234.56", "1,234,56", "12 34", "1 234.567,89", "1..2", "€", "12 €€", "1,2,3",
    "--12", "(12", "12 pallets", "0 123", "12:30", "INV-417",
])
def test_parse_amount_refuses_what_is_not_one_amount(written):
    with pytest.raises(ValueError):
        parse_amount(written)


def found(text, **kwargs):
    return [(str(m.amount), m.currency, m.text) for m in find_amounts(text, **kwargs)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Montant : 1.234,56 € TTC", [("1234.56", "EUR", "1.234,56 €")]),
    ("virement de 1 234,56 EUR effectué", [("1234.56", "EUR", "1 234,56 EUR")]),
    ("we paid $1,234.56 today", [("1234.56", "USD", "$1,234.56")]),
    ("USD 1234.56", [("1234.56", "USD", "USD 1234.56")]),
    ("1'234.56 CHF", [("1234.56", "CHF", "1'234.56 CHF")]),
    ("EUR 12.500,00", [("12500.00", "EUR", "EUR 12.500,00")]),
    ("12.500 €", [("12500", "EUR", "12.500 €")]),
    ("Fr. 1'234.50", [("1234.50", "CHF", "Fr. 1'234.50")]),
    ("£99.99 only", [("99.99", "GBP", "£99.99")]),
    ("45 euros", [("45", "EUR", "45 euros")]),
    ("100 dollars", [("100", "USD", "100 dollars")]),
    ("€12", [("12", "EUR", "€12")]),
    ("12€", [("12", "EUR", "12€")]),
    ("EUR1234.56", [("1234.56", "EUR", "EUR1234.56")]),
    ("1\u00a0234,56\u00a0€", [("1234.56", "EUR", "1\u00a0234,56\u00a0€")]),
    ("C$ 50.00", [("50.00", "CAD", "C$ 50.00")]),
    ("-12,00 €", [("-12.00", "EUR", "-12,00 €")]),
    ("€ -12.00", [("-12.00", "EUR", "€ -12.00")]),
    ("(1 234,56 €)", [("1234.56", "EUR", "1 234,56 €")]),
    ("12,- €", [("12", "EUR", "12,- €")]),
    ("1.234,56 € und 300,00 €", [("1234.56", "EUR", "1.234,56 €"), ("300.00", "EUR", "300,00 €")]),
    ("10 000 000 000,00 €", [("10000000000.00", "EUR", "10 000 000 000,00 €")]),
])
def test_find_amounts_with_currency(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("amount: 1234.56", [("1234.56", None, "1234.56")]),
    ("le montant de 1 234,56 reste dû", [("1234.56", None, "1 234,56")]),
    ("we paid 450.00 on Monday", [("450.00", None, "450.00")]),
    ("Betrag: 1.234,56", [("1234.56", None, "1.234,56")]),
    ("importe de 99,90", [("99.90", None, "99,90")]),
    ("total 1,200.00", [("1200.00", None, "1,200.00")]),
])
def test_bare_amounts_after_a_money_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "paid 450",  # no decimals: could be a count
    "see 1,234.56 below",  # no money word
    "we shipped 12.50 tonnes",
])
def test_bare_numbers_without_money_context_are_not_amounts(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Call me on +33 1 23 45 67 89 about the 1 234,56",
    "Tel: (555) 123-4567",
    "tél. 01 23 45 67 89",
    "phone 555-123-4567",
    "IBAN FR76 3000 6000 0112 3456 7890 189",
    "SIRET 123 456 789 00012",
    "SIREN : 123 456 789",
    "TVA FR 12 345678901",
    "N° TVA intracommunautaire FR12345678901",
    "USt-IdNr. DE123456789",
    "75008 Paris",
    "on 12.11.2026",
    "on 2026-11-12",
    "on 12/11/2026",
    "am 30.11. bitte",
    "at 10:30",
    "à 14h00",
    "10 % discount",
    "a 10% discount",
    "2,5 % Skonto",
    "INV-2026-00417",
    "F2026/0193",
    "invoice 100234",
    "invoice #100234.00",
    "n° 100234",
    "order 4500012345",
    "PO 4500012345",
    "12 pallets",
    "3rd reminder",
    "12kg",
])
def test_traps_are_not_amounts(text):
    assert found(text) == []


def test_amounts_next_to_traps_are_still_found():
    text = "IBAN FR76 3000 6000 0112 3456 7890 189, montant 1 234,56 €, tél. +33 1 23 45 67 89"
    assert found(text) == [("1234.56", "EUR", "1 234,56 €")]


def test_vat_amount_is_found_but_vat_number_is_not():
    assert found("TVA 246,91 € (TVA FR12345678901)") == [("246.91", "EUR", "246,91 €")]


def test_a_currency_mark_serves_one_number():
    assert found("payé 1 234,56 € 30.11.") == [("1234.56", "EUR", "1 234,56 €")]


def test_positions_cover_number_and_currency():
    text = "Total: EUR 12.500,00."
    [mention] = find_amounts(text)
    assert text[mention.start:mention.end] == "EUR 12.500,00"


def test_bare_mode_reads_two_decimal_numbers_in_rows():
    assert found("INV-1 1,200.00", bare=True) == [("1200.00", None, "1,200.00")]
    assert found("INV-1 1,200.00") == []
    assert found("invoice 1200.00", bare=True) == []  # right after an invoice word: a reference
    assert found("invoice 417 12.00", bare=True) == [("12.00", None, "12.00")]
    assert found("Zahlung am 30.11.", bare=True) == []


@pytest.mark.parametrize(("style", "expected"), [
    ("en", "1,234,567.89"), ("fr", "1\u00a0234\u00a0567,89"), ("de", "1.234.567,89"), ("ch", "1'234'567.89"),
])
def test_format_amount(style, expected):
    assert format_amount(D("1234567.89"), style) == expected


def test_format_amount_writes_two_decimals_at_least():
    assert format_amount(D("12"), "en") == "12.00"
    assert format_amount(D("-0.5"), "de") == "-0,50"
    assert format_amount(D("1E+3"), "ch") == "1'000.00"
    assert format_amount(D("0.125"), "fr") == "0,125"


def test_format_amount_unknown_style():
    with pytest.raises(ValueError, match="unknown amount style 'xx'"):
        format_amount(D("1"), "xx")


money = st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize("style", ["en", "fr", "de", "ch"])
@settings(database=None)
@given(value=money)
def test_format_then_parse_round_trips(style, value):
    assert parse_amount(format_amount(value, style)) == value


@pytest.mark.parametrize("style", ["en", "fr", "de", "ch"])
@settings(database=None)
@given(value=st.decimals(min_value=1000, max_value=10**9, places=4))
def test_round_trip_with_more_decimals_above_a_thousand(style, value):
    assert parse_amount(format_amount(value, style)) == value


@pytest.mark.parametrize("style", ["en", "fr", "de", "ch"])
@settings(database=None)
@given(value=money)
def test_find_amounts_reads_formatted_amounts_with_currency(style, value):
    text = f"Nous avons réglé {format_amount(value, style)} EUR hier."
    [mention] = find_amounts(text)
    assert (mention.amount, mention.currency) == (value, "EUR")


# --- South African rand -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("we transferred R24,310.60 this morning", "24310.60"),
    ("balance of R 7 405,92 settled", "7405.92"),
    ("total due (R 1 020,00)", "1020.00"),
])
def test_rand_written_with_a_capital_r(text: str, value: str) -> None:
    (found,) = find_amounts(text)
    assert found.amount == D(value) and found.currency == "ZAR"


@pytest.mark.parametrize("text", [
    "see order R512 for details",         # a reference, no cents
    "VAT no. ZA 4 120 339 871",           # an id
    "our code BR 40,50 was applied",      # an R ending a word
    "shipped under R 88 213",              # no cents
])
def test_a_capital_r_alone_is_not_rand(text: str) -> None:
    assert all(m.currency != "ZAR" for m in find_amounts(text, bare=True))
