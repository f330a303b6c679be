"""The promised amount is the one said with the promise, not the first amount in the message
(a disputed difference, an amount already paid, the invoice total quoted first)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from inbox.analyse import LedgerView, understand
from inbox.identify import Directory
from inbox.references import ReferenceIndex

LEDGER = {"SGR-263419": ("K1", "24680.00"), "SGR-263502": ("K1", "2630.00")}


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("buchhaltung@huber-haustechnik.example", "K1")], {"K1": "Huber Haustechnik GmbH"})
    return LedgerView(directory=directory, invoice_owner={n: c for n, (c, _) in LEDGER.items()},
                      invoices_by_customer={"K1": tuple(LEDGER)}, invoice_currency={n: "EUR" for n in LEDGER},
                      all_invoices=ReferenceIndex({n: c for n, (c, _) in LEDGER.items()}), invoice_po={},
                      invoice_amounts={n: (Decimal(a), Decimal(a)) for n, (_, a) in LEDGER.items()})


def read(view, body, subject="Re: Zahlungserinnerung"):
    raw = ("From: Anna <buchhaltung@huber-haustechnik.example>\r\nTo: AR <ar@supplier.example>\r\n"
           f"Subject: {subject}\r\nDate: Mon, 16 Nov 2026 09:00:00 +0000\r\nMessage-ID: <p@example>\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    return understand(raw, view)


def promised(view, body):
    u = read(view, body)
    return u.promised_date, u.promised_amount


@pytest.mark.parametrize(("body", "amount"), [
    ("The difference of EUR 6,170.00 on SGR-263419 stays open until the site measurement.\n"
     "We will pay EUR 18,510.00 on Friday.", "18510.00"),
    ("SGR-263502 über 2.630,00 EUR haben wir bereits bezahlt. Für SGR-263419 überweisen wir "
     "am Freitag 10.000,00 EUR.", "10000.00"),
])
def test_the_amount_said_with_the_promised_date(view, body, amount):
    when, how_much = promised(view, body)
    assert when is not None and how_much == Decimal(amount)


def test_a_promise_without_an_amount_in_its_sentence_keeps_the_first_amount(view):
    when, how_much = promised(view, "SGR-263419 (EUR 24,680.00): we will pay it on Friday.")
    assert how_much == Decimal("24680.00")


@pytest.mark.parametrize(("body", "amount"), [
    # the total said with the date, after its parts
    ("We're paying SGR-263419 (EUR 1,200.00) and SGR-263502 (EUR 800.00) on Friday - EUR 2,000.00 in total.",
     "2000.00"),
    ("Für SGR-263419 (1.000,00 EUR) und SGR-263502 (500,00 EUR) überweisen wir am Freitag insgesamt 1.500,00 EUR.",
     "1500.00"),
    # the total with no label: the one that is the sum of the others
    ("We'll pay SGR-263419 (€300.00) and SGR-263502 (€450.00) on Friday, so €750.00 reaches you then.", "750.00"),
    # a two-decimal number without a currency, said with the date
    ("I will pay invoice SGR-263502 2630,00 on friday.", "2630.00"),
])
def test_the_total_or_a_bare_amount_said_with_the_date(view, body, amount):
    when, how_much = promised(view, body)
    assert when is not None and how_much == Decimal(amount)


def test_a_date_or_time_is_no_bare_amount(view):
    # "20.11." is the date and "10.30" a time, not amounts
    when, how_much = promised(view, "We will pay SGR-263502 on 20.11. before 10.30 in the morning.")
    assert when is not None and how_much is None


@pytest.mark.parametrize(("body", "amount"), [
    # a dispute beside a promise: the amount said in the promise's own sentence
    ("SGR-263502 was invoiced twice, please cancel the copy.\nWe will pay SGR-263419 (EUR 2,400.00) on Friday.",
     "2400.00"),
    ("Die Rechnung SGR-263502 ist doppelt berechnet worden, bitte stornieren. "
     "SGR-263419 über 1.250,00 EUR zahlen wir am Freitag.", "1250.00"),
])
def test_a_dispute_keeps_the_amount_said_with_its_promise(view, body, amount):
    when, how_much = promised(view, body)
    assert when is not None and how_much == Decimal(amount)



def test_a_balance_after_so_is_not_the_total_promised() -> None:
    from inbox.analyse import _promised_amount
    from inbox.amounts import find_amounts
    from inbox.dates import find_promised_date
    from datetime import date
    text = "We'll pay £250 on Friday, so the £400 balance stays open until May."
    promised = find_promised_date(text, date(2026, 10, 5), "en")
    pick = _promised_amount(text, [a for a in find_amounts(text) if a.amount > 0], promised)
    assert pick is not None and pick.amount == 250


def test_cfp_francs_are_read_as_an_amount() -> None:
    from inbox.amounts import find_amounts
    found = [(a.amount, a.currency) for a in find_amounts("la facture 7741 (1 250 000 XPF) d'ici le 20")]
    assert found == [(Decimal("1250000"), "XPF")]


def test_an_owner_closing_the_business_can_still_promise(view):
    """The notice leads (legal hold); the owner's own dated promise is kept beside it."""
    u = read(view, "Die Einzelfirma wurde im Handelsregister gelöscht. SGR-263502 überweise ich "
                   "spätestens Ende November.")
    assert u.primary_intent == "insolvency_notice"
    assert u.has("promise_to_pay") and u.promised_date == date(2026, 11, 30)


def test_an_administrators_dividend_is_no_promise(view):
    u = read(view, "Über das Vermögen der Huber Haustechnik GmbH wurde das Insolvenzverfahren eröffnet. "
                   "Eine Quote wird voraussichtlich bis Ende November ausgezahlt.", subject="Insolvenzverfahren")
    assert u.primary_intent == "insolvency_notice" and not u.has("promise_to_pay")
