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


# AP departments and trade idioms (verb-second German, Spanish present passive, deferred instruments,
# US payment runs, card retries, cheques dropped off, "cancelar" for paying).
AP_IDIOMS: list[tuple[str, str, str]] = [
    ("de", "Die Rechnung 5120 begleichen wir binnen drei Wochen.", "promise_to_pay"),
    ("de", "Heute haben wir die RE 6620 abzüglich 2 % Skonto (14,20 €) angewiesen.", "remittance_advice"),
    ("de", "Die 6631 ist mit dem Zahllauf vom Dienstag raus.", "already_paid"),
    ("de", "Die 6631 kommt in den Zahllauf am Donnerstag.", "promise_to_pay"),
    ("es", "La factura 3321 se paga en la remesa del próximo jueves.", "promise_to_pay"),
    ("es", "La 3390 se paga por confirming con vencimiento 10 de febrero.", "promise_to_pay"),
    ("es", "Hacemos el ingreso del importe pendiente (640,00 €) el miércoles.", "promise_to_pay"),
    ("es", "Ya la cancelamos el 14/10 por transferencia bancaria.", "already_paid"),
    ("en", "Invoice 7711 was approved on Monday and is slated for our Jan 8 ACH run.", "promise_to_pay"),
    ("en", "Our card was replaced last week; please retry the charge on Friday.", "promise_to_pay"),
    ("en", "Would you accept payment of the remaining balance over five months, about $900/month?",
     "payment_plan_request"),
    ("en", "Can you put our future invoices on net 75 terms instead of 45?", "payment_plan_request"),
    ("fr", "Je passe vous déposer un chèque de 300 € à l'agence jeudi.", "promise_to_pay"),
    ("fr", "Nous réglons la 8812 par traite à échéance du 28 février.", "promise_to_pay"),
    ("fr", "Nous vous adressons ce jour un chèque de 212,40 € pour la facture 8840.", "remittance_advice"),
]


@pytest.mark.parametrize(("language", "text", "expected"), AP_IDIOMS)
def test_payment_ap_idioms(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


def test_promise_after_a_contact_change_is_kept() -> None:
    text = ("Bitte senden Sie Rechnungen künftig an buchhaltung@beispiel.de.\n"
            "Die Rechnung 7731 überweisen wir binnen 10 Tagen.")
    assert "promise_to_pay" in labels_of(text, "de")


def test_the_rest_after_a_part_payment_is_a_promise() -> None:
    text = "Os confirmamos la transferencia de hoy por 500,00 €. El resto de la 2210 lo abonamos el 9 de marzo."
    assert "promise_to_pay" in labels_of(text, "es", has_remittance_lines=True, has_promised_date=True)


AP_NEGATIVES: list[tuple[str, str, str]] = [
    # the run in the past is no promise, a run not ours no advice
    ("de", "Die 6631 war im Zahllauf letzte Woche enthalten.", "promise_to_pay"),
    ("en", "Our client has just released the stage payment to us, so 7712 follows next week.", "remittance_advice"),
    ("es", "Ya cancelamos el pedido 4410 por el retraso.", "already_paid"),
    ("es", "En cuanto recibamos el duplicado la metemos en el próximo pago.", "promise_to_pay"),
    ("fr", "Je suis passé déposer un chèque à l'agence hier.", "promise_to_pay"),
    ("fr", "La traite de la facture 8812 a été rejetée à l'échéance.", "promise_to_pay"),
    ("en", "You should have had our remittance on the 3rd, it was paid that day.", "remittance_advice"),
]


@pytest.mark.parametrize(("language", "text", "absent"), AP_NEGATIVES)
def test_payment_ap_negative(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


# An amount with its day, a part now and the rest later, a scheduled transfer with an amount in
# brackets, a card run through a payment link.
AMOUNT_WHEN: list[tuple[str, str]] = [
    ("en", "We can send £2,500 across on Thursday and the balance after month end."),
    ("en", "I can do $800 by Friday and the rest of it by the 20th."),
    ("en", "Monday we transfer EUR 3,000 against the oldest invoice."),
    ("en", "The £640 for the October invoice will go across by the 12th."),
    ("en", "I'll put both (A-11 and A-12) through the payment link tomorrow."),
    ("fr", "Le virement de la facture 7781 (3 204,50 €) est programmé pour jeudi."),
    ("de", "Die Zahlung der Rechnung 5521 (Restbetrag 1.200,00 EUR) erfolgt bis Ende der Woche."),
]


@pytest.mark.parametrize(("language", "text"), AMOUNT_WHEN)
def test_amount_with_its_day_is_a_promise(language: str, text: str) -> None:
    assert primary_of(text, language) == "promise_to_pay"


def test_goods_sent_back_by_friday_are_no_promise() -> None:
    assert "promise_to_pay" not in labels_of("We will send 2 pallets back by Friday.", "en")


def test_attached_transfer_confirmation_is_a_paid_claim() -> None:
    assert "already_paid" in labels_of("As promised we enclose the bank transfer receipt for INV-88.", "en")
    assert "already_paid" not in labels_of("We will enclose the remittance with the transfer next week.", "en")
