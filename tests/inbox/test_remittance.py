"""Remittance lines: invoice references paired with what the customer says was paid."""
from __future__ import annotations

from decimal import Decimal

import pytest

from inbox.remittance import DEDUCTION_REASONS, find_remittance_lines, rows_to_remittance_lines, total_payment

D = Decimal


def lines(text):
    return [(r.reference.text, r.paid_amount, r.currency, r.deduction_amount, r.deduction_reason)
            for r in find_remittance_lines(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("INV-1001 1,200.00", [("INV-1001", D("1200.00"), None, None, None)]),
    ("Facture F2026/0193 : 1 234,56 €", [("F2026/0193", D("1234.56"), "EUR", None, None)]),
    ("Rechnung RE-2026-0042 über 980,00 EUR", [("RE-2026-0042", D("980.00"), "EUR", None, None)]),
    ("factura FRA-2026-33: 1.500,00 €", [("FRA-2026-33", D("1500.00"), "EUR", None, None)]),
    ("Invoice #4711 paid $250.00", [("4711", D("250.00"), "USD", None, None)]),
    ("INV-1003 1,200.00 less 120.00 for damaged goods",
     [("INV-1003", D("1080.00"), None, D("120.00"), "damaged")]),
    ("INV-1003 amount 1,200.00, paid 1,080.00, deduction 120.00 (price difference)",
     [("INV-1003", D("1080.00"), None, D("120.00"), "pricing")]),
    ("F2026/0200 1 000,00 € moins 50,00 € TVA", [("F2026/0200", D("950.00"), "EUR", D("50.00"), "tax")]),
    ("INV-1010 1,200.00 -120.00 1,080.00 short shipment",
     [("INV-1010", D("1080.00"), None, D("120.00"), "quantity")]),
    ("INV-1011 500.00 less 500.00 goods not received",
     [("INV-1011", D("0.00"), None, D("500.00"), "not_received_goods")]),
    ("INV-1012 deducted 90.00: billed twice", [("INV-1012", None, None, D("90.00"), "duplicate_billing")]),
    ("INV-1013 1,000.00 less 25.00", [("INV-1013", D("975.00"), None, D("25.00"), "other")]),
    ("Paid 300.00 for INV-1006 and 200.00 for INV-1007",
     [("INV-1006", D("300.00"), None, None, None), ("INV-1007", D("200.00"), None, None, None)]),
    ("INV-1001 1,200.00; INV-1002 300.00",
     [("INV-1001", D("1200.00"), None, None, None), ("INV-1002", D("300.00"), None, None, None)]),
    ("INV-1004 and INV-1005: 1,500.00",  # one amount for two invoices: not split
     [("INV-1004", None, None, None, None), ("INV-1005", None, None, None, None)]),
    ("We will pay INV-1008 next week", [("INV-1008", None, None, None, None)]),
    ("INV-1009 1,200.00 900.00", [("INV-1009", None, None, None, None)]),  # which one was paid?
])
def test_lines(text, expected):
    assert lines(text) == expected


def test_purchase_orders_phones_and_ibans_are_not_lines():
    text = ("PO 4500012345 1,200.00\n"
            "Tel +33 1 23 45 67 89\n"
            "IBAN FR76 3000 6000 0112 3456 7890 189\n"
            "Total paid: 2,280.00\n")
    assert lines(text) == []


def test_markdown_table_with_header():
    text = """Hello,

please find our payment:

| Invoice  | Amount   | Discount | Paid     |
|----------|----------|----------|----------|
| INV-1001 | 1,200.00 | 24.00    | 1,176.00 |
| INV-1002 | 1,104.00 |          | 1,104.00 |
| Total    |          |          | 2,280.00 |

Regards"""
    result = find_remittance_lines(text)
    assert lines(text) == [
        ("INV-1001", D("1176.00"), None, D("24.00"), "other"),
        ("INV-1002", D("1104.00"), None, None, None),
    ]
    first = result[0]
    assert text[first.reference.start:first.reference.end] == "INV-1001"
    assert first.text == "| INV-1001 | 1,200.00 | 24.00    | 1,176.00 |"


def test_aligned_columns_with_an_empty_cell():
    text = ("Invoice      Date        Amount      Deduction   Net\n"
            "100234       01/10/2026  1,200.00    120.00      1,080.00\n"
            "100235       02/10/2026    500.00                  500.00\n")
    assert lines(text) == [
        ("100234", D("1080.00"), None, D("120.00"), "other"),
        ("100235", D("500.00"), None, None, None),
    ]
    second = find_remittance_lines(text)[1]
    assert text[second.reference.start:second.reference.end] == "100235"


def test_tab_separated_table_in_spanish():
    text = "Factura\tImporte\tMotivo\tDeducción\nFRA-2026-33\t1.500,00 €\tmercancía dañada\t150,00\n"
    assert lines(text) == [("FRA-2026-33", D("1350.00"), "EUR", D("150.00"), "damaged")]


def test_french_table_with_currency_in_the_header():
    text = ("N° facture | Montant (EUR) | Montant réglé\n"
            "F2026/0193 | 1 234,56 | 1 234,56\n")
    assert lines(text) == [("F2026/0193", D("1234.56"), "EUR", None, None)]


def test_rows_with_german_header():
    rows = [
        ["Zahlungsavis", "", "", "", ""],
        ["Rechnungsnummer", "Rechnungsdatum", "Betrag", "Skonto", "Zahlbetrag"],
        ["RE-2026-0042", "01.10.2026", "1.000,00", "20,00", "980,00"],
        ["4711", "02.10.2026", "500,00", "", "500,00"],
        ["Summe", "", "", "", "1.480,00"],
    ]
    result = rows_to_remittance_lines(rows)
    assert [(r.reference.text, r.reference.kind, r.paid_amount, r.deduction_amount, r.deduction_reason)
            for r in result] == [
        ("RE-2026-0042", "invoice", D("980.00"), D("20.00"), "other"),
        ("4711", "invoice", D("500.00"), None, None),
    ]
    assert result[0].text == "RE-2026-0042 | 01.10.2026 | 1.000,00 | 20,00 | 980,00"


def test_rows_with_english_header_currency_and_reason_columns():
    rows = [
        ["Invoice No", "Invoice Amount", "Deduction", "Reason", "Net Paid", "Currency"],
        ["SI-88412", "2,000.00", "(150.00)", "Price difference", "1,850.00", "USD"],
        ["SI-88413", "400.00", "400.00", "Invoice not received", "0.00", "USD"],
    ]
    assert [(r.reference.text, r.paid_amount, r.currency, r.deduction_amount, r.deduction_reason)
            for r in rows_to_remittance_lines(rows)] == [
        ("SI-88412", D("1850.00"), "USD", D("150.00"), "pricing"),
        ("SI-88413", D("0.00"), "USD", D("400.00"), "invoice_not_received"),
    ]


def test_rows_without_header_are_read_as_lines():
    rows = [["INV-1001", "1,200.00"], ["INV-1002", "300.00 EUR"]]
    assert [(r.reference.text, r.paid_amount, r.currency) for r in rows_to_remittance_lines(rows)] == [
        ("INV-1001", D("1200.00"), None), ("INV-1002", D("300.00"), "EUR")]


def test_reasons_are_from_the_closed_list():
    texts = ["INV-1 100.00 less 10.00 wrong price", "INV-2 100.00 less 10.00 qty short",
             "INV-3 100.00 less 10.00 broken", "INV-4 100.00 less 10.00 not delivered",
             "INV-5 100.00 less 10.00 invoice never received", "INV-6 100.00 less 10.00 duplicate",
             "INV-7 100.00 less 10.00 VAT", "INV-8 100.00 less 10.00"]
    reasons = [find_remittance_lines(t)[0].deduction_reason for t in texts]
    assert reasons == list(DEDUCTION_REASONS)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Total paid: 2,280.00 EUR", D("2280.00"), "EUR"),
    ("Payment amount: $1,234.56", D("1234.56"), "USD"),
    ("Montant du virement : 1 234,56 €", D("1234.56"), "EUR"),
    ("Gesamtbetrag 1.480,00 EUR", D("1480.00"), "EUR"),
    ("Importe total: 2.500,00 €", D("2500.00"), "EUR"),
    ("| Total |  |  | 2,280.00 |", D("2280.00"), None),
])
def test_total_payment(text, amount, currency):
    mention = total_payment(text)
    assert mention is not None
    assert (mention.amount, mention.currency) == (amount, currency)
    assert text[mention.start:mention.end] == mention.text


def test_total_payment_prefers_a_labelled_payment_total():
    text = "Total invoices 3\nINV-1 1,000.00\nTotal paid: 1,000.00 EUR"
    mention = total_payment(text)
    assert mention is not None and mention.amount == D("1000.00")


def test_no_total_payment():
    assert total_payment("Hello, invoice INV-1 is paid. Tel +33 1 23 45 67 89") is None
