"""Tense and aspect in the payment family, short forms (mobiles, answers to a chase): a payment told
as done, as coming, or terms asked to be longer. Sentences written fresh for these tests (never
copied from the labelled sets), each family with a negative next to it.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents, primary_intent


def labels_of(text: str, language: str | None, **flags: bool) -> list[str]:
    return [score.label for score in classify_intents(text, "Re: Payment reminder", language, **flags)]


def primary_of(text: str, language: str | None, **flags: bool) -> str:
    return primary_intent(classify_intents(text, "Re: Payment reminder", language, **flags))


PRIMARY: list[tuple[str, str, str]] = [
    # --- already_paid: done, said without an auxiliary or with a colloquial verb
    ("en", "5521 is paid, cheque 7781 mailed on the 2nd.", "already_paid"),
    ("en", "both are paid - ACH last Tuesday.", "already_paid"),
    ("en", "paid 8812 back in march by card, please look again", "already_paid"),
    ("en", "Our bank shows the funds leaving on the 4th.", "already_paid"),
    ("fr", "La 7730 est partie le 3/12, merci de vérifier.", "already_paid"),
    ("fr", "Le virement est bien parti le 3 décembre.", "already_paid"),
    ("fr", "Vous devriez l'avoir reçu sur votre compte depuis lundi.", "already_paid"),
    # --- promise_to_pay: the progressive or the present for a plan, no subject needed
    ("en", "sending the 820.00 for 7734 tomorrow by ach", "promise_to_pay"),
    ("en", "Paying the remaining two invoices on Monday, sorry for the wait.", "promise_to_pay"),
    ("en", "We should have it all settled by the 20th.", "promise_to_pay"),
    ("en", "We'll have both invoices cleared before month end.", "promise_to_pay"),
    ("fr", "La 5510 je la règle vendredi, promis.", "promise_to_pay"),
    ("fr", "On les paye fin de semaine.", "promise_to_pay"),
    ("fr", "Le règlement par notre trésorerie devrait intervenir sous quinze jours.", "promise_to_pay"),
    ("fr", "Le mandat de paiement a été émis le 2 mars; le paiement devrait intervenir sous dix jours.",
     "promise_to_pay"),
    # --- payment_plan_request: longer terms, a periodic amount until cleared
    ("en", "Could you move us to net 75 on future orders?", "payment_plan_request"),
    ("en", "Is 45 days instead of 30 possible for the next few invoices?", "payment_plan_request"),
    ("en", "We can do 500 a week until the balance is paid off.", "payment_plan_request"),
    ("fr", "Serait-il possible de régler à 60 jours au lieu de 30 cette fois ?", "payment_plan_request"),
    ("fr", "Pouvons-nous échelonner le solde sur quatre mois ?", "payment_plan_request"),
    ("de", "Wir würden gern 300 EUR im Monat zahlen, bis alles beglichen ist.", "payment_plan_request"),
    ("es", "¿Podemos pagar a 60 días en vez de 30?", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRIMARY)
def test_payment_tense_family(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


def test_remainder_later_is_a_promise_beside_the_advice() -> None:
    text = ("Cheque 5512 for 1,200.00 went out today covering INV-31 and INV-32.\n"
            "The remaining balance will follow next Friday.")
    labels = labels_of(text, "en", has_remittance_lines=True, has_promised_date=True, has_amounts=True)
    assert labels[0] == "remittance_advice"
    assert "promise_to_pay" in labels


# A word of the family in another story: no payment intent from it.
NEGATIVES: list[tuple[str, str, str]] = [
    ("fr", "Mme Perrin est partie le 31 octobre, écrivez désormais à M. Roux.", "already_paid"),
    ("en", "Our new driver is sending the pallets back tomorrow.", "promise_to_pay"),
    ("en", "If 4410 is paid, why is it still on the statement?", "already_paid"),
    ("en", "The staff are paid monthly until the project ends.", "payment_plan_request"),
    ("en", "We switched our courier to a 2 day service instead of 3.", "payment_plan_request"),
    ("fr", "Le mandat de paiement de la facture 4410 a été émis le 2 mars.", "already_paid"),
]


@pytest.mark.parametrize(("language", "text", "absent"), NEGATIVES)
def test_payment_tense_negative(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)
