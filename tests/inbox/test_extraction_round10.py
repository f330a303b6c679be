"""Round 10 extraction: remittance tables and lines (arithmetic rows, "= net", bracketed
working, rows with their remark left out, CSV rows with unquoted thousands, invoices a line
says are not paid now), short references in more languages, and a company name whose words
are each shared with another customer. Phrasings are made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from inbox.amounts import find_amounts
from inbox.identify import Directory, identify_customer
from inbox.references import find_bare_numbers, find_reference_candidates
from inbox.remittance import find_remittance_lines, rows_to_remittance_lines

D = Decimal


def paid(text):
    return [(r.reference.text, r.paid_amount) for r in find_remittance_lines(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # gross, retention, net on single-spaced rows (an HTML table flattened)
    ("Factura Valor Retenção Pago\nFT26/00411 4.200,00 € 210,00 € 3.990,00 €\nFT26/00412 1.000,00 € 0,00 € 1.000,00 €",
     [("FT26/00411", D("3990.00")), ("FT26/00412", D("1000.00"))]),
    # "= net" after a prompt-payment discount (escompte / Skonto / sconto / korting)
    ("- FAC-2201 : 5 000,00 € - escompte 2 % (100,00 €) = 4 900,00 €", [("FAC-2201", D("4900.00"))]),
    ("RE-7781: 2.000,00 EUR abzüglich 3 % Skonto (60,00 EUR) = 1.940,00 EUR", [("RE-7781", D("1940.00"))]),
    ("INV-5501  1200.00 - 80.00 = 1120.00", [("INV-5501", D("1120.00"))]),
    # the amount paid, then how it was reached in brackets
    ("AB26-0101   CHF 1'150.00   (CHF 1'400.00 moins CHF 250.00 pour pièces rayées)", [("AB26-0101", D("1150.00"))]),
    ("FV26-0300   950,00 €  (1.000,00 − 50,00 unidades DOA)", [("FV26-0300", D("950.00"))]),
    ("INV-8800 - £2,000.00 (first £750 sent last month, today £1,250.00)", [("INV-8800", D("1250.00"))]),
    # "short $40" in brackets after the amount paid
    ("INV-3300  $1,460.00  (short $40 - two units arrived cracked)", [("INV-3300", D("1460.00"))]),
])
def test_remittance_line_arithmetic(text, expected):
    assert paid(text) == expected


def test_a_pipe_table_row_without_its_remark_cell():
    text = ("Invoice | Amount | Less | Paid | Note\n"
            "INV-7001 | 300.00 | 0.00 | 300.00\n"
            "INV-7002 | 1,250.00 | 50.00 | 1,200.00 | less credit note CN-12\n"
            "Total | 1,500.00")
    assert paid(text) == [("INV-7001", D("300.00")), ("INV-7002", D("1200.00"))]


def test_invoice_amt_column_and_supplier_number_column():
    text = ("Supplier No. | Invoice Number | Invoice Amt | Payment Amount\n"
            "700123456 | GT26-20001 | £980.00 | £980.00")
    assert paid(text) == [("GT26-20001", D("980.00"))]


def test_csv_row_with_unquoted_thousands():
    rows = [["Vendor", "Invoice", "Invoice Date", "Gross", "Deduction", "Net Paid", "Memo"],
            ["Acme", "HV-100200", "05/20/2026", "3", "250.00", "0.00", "3", "250.00", ""],
            ["Acme", "HV-100201", "06/01/2026", "1", "500.00", "100.00", "1", "400.00", "RMA 7781"]]
    assert [(r.reference.text, r.paid_amount) for r in rows_to_remittance_lines(rows)] == [
        ("HV-100200", D("3250.00")), ("HV-100201", D("1400.00"))]


@pytest.mark.parametrize("text", [
    "Die Rechnung RE-4410 ist noch in Klärung.",
    "RE-4410 staat nog open in afwachting van de creditnota.",
    "RE-4410 volgt na ontvangst van de creditnota.",
    "Invoice RE-4410 remains blocked (quality claim).",
    "RE-4410 remains under review with our site team.",
    "La fattura RE-4410 è ancora in attesa del DDT firmato.",
    "A RE-4410 continua em análise.",
])
def test_an_invoice_the_payment_does_not_cover(text):
    assert paid(text) == []


def test_not_covered_within_a_line_that_pays_others():
    text = "paid both, INV-1101 1410.00 and INV-1102 295.50. still waiting on the credit for INV-1103"
    assert paid(text) == [("INV-1101", D("1410.00")), ("INV-1102", D("295.50"))]


def test_an_amount_in_an_earlier_sentence_is_not_the_invoice_s():
    text = "Hemos pagado hoy (8.400,00 €). En la FT26/00999 aplicamos el rappel."
    assert paid(text) == [("FT26/00999", None)]
    text = "The deduction is the deposit (EUR 40.00 each) as agreed. Invoice RCD-4400 remains blocked."
    assert paid(text) == []


def test_an_invoice_number_with_zeros_is_no_phone_number():
    assert [a.amount for a in find_amounts("FT26/00350 7.165,22 € 358,26 €")] == [D("7165.22"), D("358.26")]
    assert [m.text for m in find_reference_candidates("FT26/00350 7.165,22 €")] == ["FT26/00350"]
    # an international number still is one
    assert find_amounts("Tel:0041 22 345 67 89") == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("les factures 318 i 422 les pagarem divendres", ["318", "422"]),
    ("Les pagarem la 318 i la 422 dilluns.", ["318", "422"]),
    ("Pagamos amanhã. A 1391 ainda não venceu.", ["1391"]),
])
def test_short_references_in_catalan_and_portuguese(text, numbers):
    labelled = [m.text for m in find_reference_candidates(text)]
    cued = [b.mention.text for b in find_bare_numbers(text) if b.cue]
    assert sorted(set(labelled) | set(cued)) == numbers


def test_no_cue_for_a_capital_letter_code():
    assert [b.cue for b in find_bare_numbers("PAY A 2211 now")] == [None]


NAMES = {"C1": "Big K Cooling Systems", "C2": "Alamo Cooling Solutions", "C3": "Big Sky Roofing"}
DIRECTORY = Directory.build([("ap@bigkcoolingsystems.example", "C1")], NAMES)


@pytest.mark.parametrize(("text", "customer"), [
    ("Jo has left Big K Cooling, please write to accounts@bigkcool.example from now on.", "C1"),
    ("Regards, accounts - big k cooling", "C1"),
    ("Regards, Alamo Cooling", "C2"),  # "alamo" is its own word: as before
    ("we buy cooling systems from several suppliers", None),  # no run of the name
])
def test_a_name_whose_words_are_each_shared(text, customer):
    assert identify_customer("someone@bigkcool.example", text, DIRECTORY).customer_id == customer


def test_amounts_pair_within_their_sentence():
    text = "Sent by BACS today: £3,120.40 for inv 5521 (the June one). Remittance ref KX-PAY-2231."
    assert paid(text)[0] == ("5521", D("3120.40"))
    text = "Total 2,000.00 transferred today. Invoice INV-4401 1,200.00, invoice INV-4402 800.00."
    assert paid(text) == [("INV-4401", D("1200.00")), ("INV-4402", D("800.00"))]


@pytest.mark.parametrize("text", [
    "Warrant #208811 in the amount of $2,310.55 was issued today for INV-2026-00777.",
    "Cheque no. 004417 for $2,310.55 was mailed today covering INV-2026-00777.",
])
def test_the_payment_document_number_is_not_the_invoice(text):
    assert paid(text) == [("INV-2026-00777", D("2310.55"))]


def test_bracketed_amounts_and_the_total_after_them():
    text = "pagamos la 4410 (58,20) y la 4415 (310,75), total 368,95. saludos"
    assert [(r.reference.text, r.paid_amount) for r in find_remittance_lines(text)] == [
        ("4410", D("58.20")), ("4415", D("310.75"))]


def test_a_discount_note_with_a_percentage_before_the_result():
    text = "- INV-6601 ..... $10,000.00 less $200.00 prompt-pay discount (2%, per terms) = $9,800.00"
    assert paid(text) == [("INV-6601", D("9800.00"))]


def test_bank_charges_deducted_are_no_amount_paid():
    text = "Bank charges: note that EUR 18.00 of bank charges were deducted on invoice RE-88120."
    assert [(r.paid_amount, r.deduction_amount) for r in find_remittance_lines(text)] == [(None, D("18.00"))]


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviation is no sentence end
    ("Facture AB26-20481 – prestations suppl. PO 55120 – Fr. 2'150.00", [("AB26-20481", D("2150.00"))]),
    ("RE-51290 vom 02.03.2026   4.100,00 EUR  abzgl. Bankspesen 15,00 EUR  =  4.085,00 EUR",
     [("RE-51290", D("4085.00"))]),
    # "= amount" inside the bracket of a deduction is the deduction, not the amount paid
    ("Rechnung RE-51300: € 9.800,00 (abzgl. 2 % Skonto lt. Vertrag = € 196,00)", [("RE-51300", D("9800.00"))]),
])
def test_abbreviations_and_equals_inside_brackets(text, expected):
    assert paid(text) == expected
