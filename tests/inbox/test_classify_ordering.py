"""Which of two intents leads, where the order is classify's decision (own phrasings).

An out-of-office that mentions a payment stays an auto-reply; a phishing lure dressed as a
remittance is `other`; a document asked for before a contact change leads it; a German deadline
("bis zum 15.") withholds nothing.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def primary(text: str, language: str = "en", **flags: bool) -> str:
    return classify_intents(text, "Re: Statement of account", language, **flags)[0].label


def test_an_out_of_office_that_mentions_a_payment_stays_an_auto_reply() -> None:
    text = ("I am out of the office until Monday 16 November with no access to e-mail. Invoice 4471 "
            "was paid in full on 2 November by bank transfer, please check your records.")
    assert primary(text, is_auto_reply=True) == "auto_reply"
    text = ("Automatic reply: I'm away until 20 November. For remittance queries: all our payments are "
            "made by BACS and remittance advices are issued automatically on the payment date.")
    assert primary(text, is_auto_reply=True) == "auto_reply"


def test_a_system_sent_remittance_with_auto_headers_is_still_an_advice() -> None:
    text = ("Remittance advice: payment run 2026-11-03. Invoice 4471 paid 1,200.00. "
            "Invoice 4472 paid 310.50. Total 1,510.50 EUR.")
    assert primary(text, is_auto_reply=True, has_remittance_lines=True) == "remittance_advice"


def test_a_lure_dressed_as_a_remittance_is_other() -> None:
    text = ("Remittance Advice shared with you. VIEW REMITTANCE. Sign in with your email account to "
            "verify your identity. This link expires in 24 hours. Payment of 4,210.00 has been sent.")
    labels = classify_intents(text, "Re: Statement of account", "en")
    assert labels[0].label == "other"
    assert all(s.confidence < 0.5 for s in labels if s.label == "remittance_advice")


def test_the_document_asked_for_first_leads_the_new_address() -> None:
    text = ("Could you send me a copy of invoice 2231, please? Also, from now on please send all "
            "invoices to ap@brookfield-foods.example rather than to me.")
    labels = [s.label for s in classify_intents(text, "Re: Statement of account", "en")]
    assert labels[0] == "document_request"
    assert "contact_update" in labels


@pytest.mark.parametrize("text", [
    "Danke für die korrigierte Rechnung, die Gutschrift ist angekommen. Wir überweisen den Restbetrag bis zum 15.11.",
    "Die Gutschrift für die beschädigte Palette ist angekommen. Wir begleichen die Rechnung bis zum Monatsende.",
])
def test_a_german_deadline_is_no_payment_withheld(text: str) -> None:
    """'bis zum 15.' / 'bis zum Monatsende' dates the payment; only 'bis zur Gutschrift' withholds it."""
    assert primary(text, "de") == "promise_to_pay"


def test_payment_withheld_until_the_credit_note_leads_with_the_dispute() -> None:
    text = ("Die Lieferung war unvollständig, drei Kartons fehlen. Wir zahlen die Rechnung bis zur Gutschrift "
            "nicht, die übrigen Rechnungen überweisen wir am Freitag.")
    assert primary(text, "de") == "dispute"
