"""A promise to pay next to words that only look like a dispute (docs/labelling.md: a dispute leads
only when a payment is withheld because of it): a hold told as over, a corrected invoice already
received, the supplier's hold on the customer's order, a direct debit the bank returned, a credit
agreed on a call or for an agreed return. And the near cases that must stay disputes: a hold that
goes on, a hold with a named reason, a promise that waits on the correction. Phrasings written for
these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str, dated: bool = True) -> list[str]:
    return [score.label for score in classify_intents(text, "", language, has_promised_date=dated)]


@pytest.mark.parametrize(("language", "text"), [
    # a hold told in a past tense, then the promise: the late payment explained
    ("en", "Sorry for the delay, the invoice was blocked in our approval workflow. It will be paid on Friday."),
    ("en", "Apologies, payments were blocked for a few days after our bank change. "
           "You will receive the payment within 14 days."),
    ("fr", "Désolés, la facture était restée bloquée chez notre directeur. Le virement sera effectué vendredi."),
    ("de", "Die Zahlung war gesperrt, weil unser Freigabeprozess hing. Wir überweisen den Betrag am Freitag."),
    # what was contested has been put right
    ("fr", "Merci, bien reçu la facture rectifiée sans les frais de port. Le virement sera effectué vendredi."),
    ("de", "Die korrigierte Rechnung für die Filter ist angekommen, danke. Wir überweisen am Freitag."),
    # the supplier's hold, a bounced debit
    ("en", "Your sales team says our order is on hold because of a credit check. "
           "We will pay invoice 123 on Thursday."),
    ("en", "Your direct debit was returned by our bank. We will transfer the amount on Friday."),
    ("en", "Your SEPA direct debit for INV-2231 was returned by our bank; we will transfer it manually on Friday."),
    # the agreement the promise keeps
    ("fr", "Conformément à notre accord, les deux factures seront réglées sous 30 jours."),
    ("en", "As per our agreement, both invoices will be paid within 30 days."),
])
def test_promise_without_a_withheld_payment_is_no_dispute(language: str, text: str) -> None:
    labels = _labels(text, language)
    assert labels[0] == "promise_to_pay"
    assert "dispute" not in labels


@pytest.mark.parametrize(("language", "text"), [
    # a credit agreed with our staff and awaited: nothing left to contest
    ("de", "Gemäss unserem Telefonat vom 2. Oktober erhalten wir für die Retoure eine Gutschrift über 200 EUR. "
           "Sobald sie da ist, zahlen wir die Rechnung."),
    ("fr", "Il a été convenu avec votre commercial que les lampes vous seraient retournées. "
           "Le règlement sera effectué à réception de l'avoir."),
])
def test_agreed_credit_is_no_dispute(language: str, text: str) -> None:
    assert "dispute" not in _labels(text, language, dated=False)


@pytest.mark.parametrize(("language", "text"), [
    # the hold goes on, or waits on something: still withheld
    ("en", "Invoice 4411 is on hold until we get the credit note; invoice 4412 will be paid on Friday."),
    ("en", "Invoice 4411 was blocked and is still on hold. We will pay it once the credit note arrives."),
    ("en", "Invoice 4411 was on hold pending the credit note. We will pay it on Friday."),
    # a past hold with nothing paid after it, or with its reason named
    ("en", "The invoice was blocked by our system because the PO was closed."),
    ("fr", "La facture 2210 était bloquée car le prix est faux ; nous réglerons vendredi."),
    # the correction awaited, the customer's own hold, goods sent back
    ("en", "Once we receive the corrected invoice we will pay it; the price is wrong."),
    ("en", "Invoice 123 is on hold, the goods were damaged."),
    ("en", "We returned the damaged goods last week and will not pay until the credit note arrives."),
    ("en", "We cancelled the direct debit because we returned the faulty pumps."),
    ("en", "The unit price is wrong; on receipt of the corrected invoice we will pay."),
    ("fr", "Le prix facturé n'est pas le prix convenu : le règlement interviendra à réception de la facture corrigée."),
    ("fr", "Nous avions convenu d'un prix de 12 € par carton, le prix est trop élevé : merci de nous faire un avoir."),
    # an agreement the invoice breaks
    ("en", "Per our agreement, Vienna deliveries should be invoiced to the Austrian entity."),
    ("en", "The rate is not as per our agreement, we will pay the rest on Friday."),
    ("de", "Wir haben die Ware retourniert und warten auf die Gutschrift; bis dahin zahlen wir nicht."),
    ("fr", "Les lampes sont arrivées cassées, nous vous les avons retournées. "
           "Nous ne réglerons pas la facture avant réception de l'avoir."),
])
def test_withheld_or_contested_stays_a_dispute(language: str, text: str) -> None:
    labels = _labels(text, language)
    assert "dispute" in labels
    assert labels[0] == "dispute" or "promise_to_pay" in labels
