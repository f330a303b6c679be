"""References read only because the ledger holds them exactly, or because the amount written
with them confirms them:

* a seller's numbering whose letters are usually something else ("CP" a postcode, "ART" an
  article, "EN" a standard, "KW" a calendar week): "CP26-04205" counts only as exactly a ledger
  invoice number, never by suffix or fuzzily, and "CP 1000", "EUR-1234" stay ignored;
* an invoice number followed by a currency that opens the next amount ("Rechnung 838 CHF 5'000.–");
* a number written with an amount that exactly one of the customer's invoices has ("4289 =
  638,90"), the number being that invoice's or its digits transposed ("10254" for 10452);
* a forwarded bank confirmation: the whole quote when the subject says it is a forward, and a
  code under another label ("Payee account: CV26-10611") when it is an open invoice exactly.

The phrasings are written for these tests, not taken from the labelled sets.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from inbox.analyse import LedgerView, understand
from inbox.identify import Directory
from inbox.references import ReferenceIndex, find_listed_codes, find_reference_candidates

# number, customer, amount, open amount
LEDGER = [
    ("CP26-04122", "C1", "1284.60", "1284.60"),
    ("CP26-04205", "C1", "2145.00", "2145.00"),
    ("CP26-04244", "C1", "447.50", "447.50"),
    ("CP26-04289", "C1", "638.90", "638.90"),
    ("CP26-04310", "C1", "638.90", "638.90"),  # same amount as 04289
    ("CP26-04377", "C1", "912.00", "0.00"),  # paid
    ("CP26-04350", "C2", "700.00", "700.00"),
    ("KW-4821", "C2", "120.00", "120.00"),
    ("LG-26-00838", "C1", "8740.00", "8740.00"),
    ("CV26-10452", "C1", "2145.90", "2145.90"),
]


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("ap@harbour-kitchen.example", "C1"), ("compta@vieux-port.example", "C2")],
                                {"C1": "Harbour Kitchen Ltd", "C2": "Brasserie du Vieux Port"})
    owner = {n: c for n, c, *_ in LEDGER}
    by_customer: dict[str, tuple[str, ...]] = {}
    for n, c, *_ in LEDGER:
        by_customer[c] = (*by_customer.get(c, ()), n)
    return LedgerView(directory=directory, invoice_owner=owner, invoices_by_customer=by_customer,
                      invoice_currency={n: "EUR" for n in owner}, all_invoices=ReferenceIndex(owner),
                      invoice_amounts={n: (Decimal(a), Decimal(o)) for n, _, a, o in LEDGER})


def email(body, sender="ap@harbour-kitchen.example", subject="Re: Overdue invoices", quoted=""):
    text = body + ("\r\n\r\n" + quoted if quoted else "")
    return (f"From: Sam <{sender}>\r\nTo: Credit Control <ar@supplier.example>\r\nSubject: {subject}\r\n"
            "Date: Mon, 16 Nov 2026 09:00:00 +0000\r\nMessage-ID: <t@example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text).encode()


def refs(view, *args, **kwargs):
    return sorted(understand(email(*args, **kwargs), view).invoice_refs)


# --- letters usually something else, exactly a ledger invoice ----------------------------

def test_listed_codes_are_found_apart_from_the_candidates():
    text = "Re CP26-04205 - three tins dented; ART-20417 and EN-0412 too; KW-4821"
    assert find_reference_candidates(text) == []
    assert [m.text for m in find_listed_codes(text)] == ["CP26-04205", "ART-20417", "EN-0412", "KW-4821"]
    assert {m.kind for m in find_listed_codes(text)} == {"exact"}
    assert find_listed_codes("CP 1000 Bruxelles, EUR 1234, 12 KG, CP-12") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Re CP26-04205 - three of the tins arrived dented.", ["CP26-04205"]),
    ("Sorry for the delay on cp26-04205, we pay Friday.", ["CP26-04205"]),
    ("Nous avons réglé les factures suivantes :\n- CP26-04122 : 1 284,60 €\n- CP26/04205 : 2 145,00 €",
     ["CP26-04122", "CP26-04205"]),
    ("Gostaria de pagar a CP26-04122 e a CP26-04205 em três prestações.", ["CP26-04122", "CP26-04205"]),
])
def test_a_blocked_prefix_counts_when_it_is_exactly_an_invoice_of_the_customer(view, body, expected):
    assert refs(view, body) == expected


@pytest.mark.parametrize("body", [
    "Our new address: 12 rue Paradis, CP 1000 Bruxelles. We pay Friday.",
    "We paid EUR-1234 yesterday and KW-4822 is the delivery week.",
    "CP-04205 was paid last week.",  # the number without the seller's year: no suffix reading
    "CP26-04250 was paid last week.",  # one digit off: never fuzzily
    "Re CP26-04350 - we dispute the price.",  # another customer's invoice
])
def test_a_blocked_prefix_matching_no_invoice_of_the_customer_stays_ignored(view, body):
    assert refs(view, body) == []


def test_a_blocked_prefix_tells_who_wrote_through_the_ledger(view):
    u = understand(email("KW-4821 was paid on Monday.", sender="someone@gmail.example"), view)
    assert u.identification.customer_id == "C2"
    assert u.invoice_refs == ("KW-4821",)


# --- the currency of the next amount -----------------------------------------------------

def test_an_invoice_number_before_the_next_amounts_currency(view):
    body = "Wir überweisen Ihnen an die Rechnung 838 CHF 5'000.– bis zum 30. Oktober."
    assert refs(view, body) == ["LG-26-00838"]
    assert [m.text for m in find_reference_candidates("la facture 4417 EUR 1 200,00 partira lundi")] == ["4417"]


@pytest.mark.parametrize("text", ["Rechnung über 838 CHF", "the invoice 838 CHF was wrong", "order 838 CHF 5'000"])
def test_a_number_with_its_own_currency_is_an_amount(text):
    assert find_reference_candidates(text) == []


# --- a number confirmed by its amount ----------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("virement fait ce matin\n4244 = 447,50\n", ["CP26-04244"]),
    ("virement fait ce matin\n4424 = 447,50\n", ["CP26-04244"]),  # digits transposed
    ("We paid invoice 10254 ($2,145.90) by cheque on Oct 2.", ["CV26-10452"]),
])
def test_a_number_written_with_the_amount_of_exactly_one_invoice(view, body, expected):
    assert refs(view, body) == expected


@pytest.mark.parametrize("body", [
    "virement fait ce matin\n4424 = 448,50\n",  # no invoice of that amount
    "virement fait ce matin\n4289 = 638,90\n",  # two invoices of that amount
    "virement fait ce matin\n4235 = 447,50\n",  # not the same digits
    "We paid invoice 12045 ($2,145.90) by cheque.",  # the same digits, more than two moved
    "We paid invoice 10254 by cheque on Oct 2.",  # a transposition without the amount
    "We paid invoice 10254 on 2 Oct ($2,145.90) by cheque.",  # the amount not written with it
])
def test_a_number_the_amount_does_not_confirm(view, body):
    assert refs(view, body) == []


# --- forwarded bank confirmations --------------------------------------------------------

BANK = ("-------- Messaggio originale --------\r\nDa: Banca e-banking <noreply@banca.example>\r\n"
        "Oggetto: Conferma ordine di pagamento\r\n\r\nIl suo ordine di pagamento è stato eseguito.\r\n"
        "Importo: EUR 2'000.00\r\nComunicazione: Acconto fattura CP26-04122\r\n")
PAYEE = ("-------- Forwarded Message --------\r\nSubject: Payment confirmation\r\n"
         "From: Business Banking <noreply@bank.example>\r\n\r\nYour payment has been sent.\r\n"
         "Payee account:    {0}\r\nAmount:           $447.50\r\n")


def test_a_forward_by_its_subject_only(view):
    body = "Buongiorno, le inoltro la conferma del versamento come promesso."
    assert refs(view, body, subject="I: Conferma ordine di pagamento", quoted=BANK) == ["CP26-04122"]
    # the same quote in a reply is history, not the customer's words
    assert refs(view, body, subject="Re: Conferma ordine di pagamento", quoted=BANK) == []


def test_a_code_under_another_label_in_a_forwarded_confirmation(view):
    assert refs(view, "FYI - paid today.", subject="Fwd: Payment confirmation",
                quoted=PAYEE.format("CP26-04244")) == ["CP26-04244"]
    # paid already in the ledger, or not an invoice number exactly: nothing
    assert refs(view, "FYI - paid today.", subject="Fwd: Payment confirmation",
                quoted=PAYEE.format("CP26-04377")) == []
    assert refs(view, "FYI - paid today.", subject="Fwd: Payment confirmation",
                quoted=PAYEE.format("4417-22")) == []
