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


# --- remittance_advice vs already_paid: the breakdown and the day decide (written fresh) ---
ADVICE_OR_CLAIM: list[tuple[str, str, str]] = [
    # an advice: made today/tonight, or the clause announces a list, or two invoices each with an amount
    ("en", "Transfer done this evening for 7710, 1,204.50 GBP.", "remittance_advice"),
    ("en", "Payment was sent on Monday, 3,150.00 in total:\n8801 - 1,050.00\n8802 - 2,100.00", "remittance_advice"),
    ("en", "The following payments were released by BACS on 14/11:\nINV 5520 412.00\nINV 5521 88.40",
     "remittance_advice"),
    ("en", "We paid 5520 (412.00) and 5521 (88.40), thanks.", "remittance_advice"),
    ("en", "sent 300.00 for inv 1201 and 450.00 for inv 1202 via wire", "remittance_advice"),
    ("fr", "virement fait ce soir pour la facture 4410, 890,00 €.", "remittance_advice"),
    ("fr", "Nous vous confirmons le virement de ce jour pour la facture 6120.", "remittance_advice"),
    ("fr", "J'ai réglé la 7781 (120,00 €) et la 7790 (45,60 €).", "remittance_advice"),
    ("fr", "Paiement effectué le 12/11 pour un total de 2 400,00 € :\nF-881 1 200,00\nF-882 1 200,00",
     "remittance_advice"),
    ("de", "Zahlung heute ausgeführt: 5518 über 640,00 EUR.", "remittance_advice"),
    ("de", "Wir haben 2210 (310,00 €) und 2214 (95,00 €) überwiesen.", "remittance_advice"),
    ("es", "Hoy abonamos la factura 9931 por 2.300,00 €.", "remittance_advice"),
    ("es", "Esta tarde hemos hecho la transferencia de la 5512, 780,00 €.", "remittance_advice"),
    ("es", "Hemos realizado la transferencia desde Bankinter por 1.560,00 €:\n  7721 ... 960,00\n  7722 ... 600,00",
     "remittance_advice"),
    ("es", "pagado 120,00 para la 3310 y 80,00 para la 3311", "remittance_advice"),
    ("en", "The wire for invoice 7702 was sent yesterday, confirmation copied below.", "remittance_advice"),
    ("fr", "Le virement pour la facture 3120 est parti hier soir.", "remittance_advice"),
    # a claim: an answer to the chase, a bare past payment, yesterday with "already", a past-dated confirmation
    ("en", "Re 6610 - it went out yesterday, you'll have it shortly.", "already_paid"),
    ("en", "This one was paid by BACS on 2 Sept. The remittance went to your Leeds office at the time.",
     "already_paid"),
    ("en", "We paid this last month; our bank confirms the transfer.", "already_paid"),
    ("en", "Paid on 4 Oct, so it should no longer appear on your statement.", "already_paid"),
    ("fr", "La facture 5531 a été réglée hier par virement, merci de vérifier vos encaissements.", "already_paid"),
    ("fr", "Nous confirmons le paiement du 12/10 de votre facture 5532, elle figure encore dans votre relance.",
     "already_paid"),
    ("fr", "Le solde a été réglé le 4 novembre, il ne devrait donc plus apparaître sur vos relances.", "already_paid"),
    ("fr", "La trésorerie confirme le paiement, pouvez-vous regarder de votre côté ?", "already_paid"),
    ("fr", "Nous avons déjà payé cette facture, le bordereau de virement porte la référence BX-77.", "already_paid"),
    ("de", "Die Rechnung 4471 ist bereits bezahlt, die Überweisung ging gestern raus.", "already_paid"),
    ("es", "La 8812 ya está pagada, salió ayer del banco. Revisad el extracto.", "already_paid"),
    ("es", "Esa factura ya se pagó ayer por transferencia, comprueben su banco por favor.", "already_paid"),
]


@pytest.mark.parametrize(("language", "text", "expected"), ADVICE_OR_CLAIM)
def test_advice_or_claim(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


def test_yesterday_with_breakdown_is_an_advice_with_lines() -> None:
    text = "virement fait hier pour la 6620 et la 6621, total 1 530,00 €"
    assert primary_of(text, "fr", has_remittance_lines=True, has_amounts=True) == "remittance_advice"


# Field-office, Lyon and Alpine wording (dev30-dev33 families); our own sentences.
FIELD_PRIMARY: list[tuple[str, str, str]] = [
    # a payment put into a dated run, told in the present or the preterite
    ("fr", "Je la mets au virement fournisseurs de jeudi.", "promise_to_pay"),
    ("fr", "On l'ajoute au prochain paiement, celui de lundi.", "promise_to_pay"),
    ("es", "Las incluimos en el próximo corte de pagos del viernes.", "promise_to_pay"),
    ("de", "Die nehmen wir in den Zahllauf am Freitag mit auf.", "promise_to_pay"),
    # what the customer "can do" on a day, Spanish "hoy mismo"
    ("en", "can do 4410 on the 20th, the other one after", "promise_to_pay"),
    ("en", "We could do half on Friday.", "promise_to_pay"),
    ("es", "Mañana podemos transferir 3.000 USD.", "promise_to_pay"),
    ("es", "Hoy mismo sale el pago, saludos.", "promise_to_pay"),
    # a bare yes with a day; "pas de souci" negates nothing; "sous huitaine" far from the verb
    ("en", "ok friday", "promise_to_pay"),
    ("fr", "Pas de problème je vous règle ça demain.", "promise_to_pay"),
    ("fr", "Je vous vire la 4410, la 4412 et la 4415 sous quinzaine.", "promise_to_pay"),
    # accepting a schedule: the first instalment has its day
    ("fr", "C'est d'accord, premier versement de 2 000 € le 15 décembre.", "promise_to_pay"),
    ("en", "Agreed - first payment of 900.00 on the 1st.", "promise_to_pay"),
    # paid: a cheque cleared, a transfer on its way, released yesterday, left on a day
    ("en", "Our cheque 1182 for 640.00 cleared on the 2nd, please look again.", "already_paid"),
    ("en", "The wire was cashed weeks ago.", "already_paid"),
    ("de", "Die Zahlung ist schon unterwegs.", "already_paid"),
    ("de", "Der Betrag wurde gestern von der Hausbank überwiesen.", "already_paid"),
    ("fr", "Le règlement de la 7731 est parti le 4 novembre.", "already_paid"),
    ("fr", "Le virement est déjà en route.", "already_paid"),
    # an advice of today's payment in Swiss German, a cheque mailed today
    ("de", "Wir haben soeben die Überweisung zu Ihren Gunsten ausgelöst.", "remittance_advice"),
    ("en", "Cut a check today for 5512.", "remittance_advice"),
    # longer terms asked for
    ("en", "Could we change our terms from 30 to 45 days?", "payment_plan_request"),
    ("en", "We'd like to switch to 90 days end of month.", "payment_plan_request"),
    ("en", "Please extend the payment terms to net 60.", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIELD_PRIMARY)
def test_field_office_families(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


FIELD_NEGATIVES: list[tuple[str, str, str]] = [
    ("en", "I'll go over this with the bookkeeper and get back to you.", "promise_to_pay"),
    ("en", "Can you do the 15th instead?", "promise_to_pay"),
    ("fr", "C'est la facture que je m'étais engagé à régler fin octobre, mais elle est au mauvais nom.",
     "promise_to_pay"),
    ("fr", "La facture 2231 a été prélevée deux fois sur notre compte.", "payment_plan_request"),
    ("en", "Once the cheque clears we will release the goods.", "already_paid"),
    ("en", "The payment should be on its way next week.", "already_paid"),
    ("fr", "Nous pourrions faire un premier versement de 500 € le 10 ?", "promise_to_pay"),
    ("de", "Wenn die Zahlung gestern überwiesen wurde, sehen Sie sie morgen.", "already_paid"),
    ("de", "Die Zahlung wurde gestern freigegeben und geht mit dem nächsten Zahllauf raus.", "already_paid"),
    ("fr", "Le virement arrive en général dans un délai de 2 à 3 jours.", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "absent"), FIELD_NEGATIVES)
def test_field_office_negatives(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


# Farm, trade-counter, workshop and clinic wording (dev35-dev39 families); our own sentences.
COUNTER_PRIMARY: list[tuple[str, str, str]] = [
    # a cheque handed in at the counter or the branch; a card payment taken over the phone
    ("en", "I left a cheque at your Leeds branch on Tuesday for the two invoices.", "already_paid"),
    ("en", "My wife handed a cheque in at the trade desk last Friday, ask them.", "already_paid"),
    ("fr", "J'ai déposé un chèque à votre agence de Pau la semaine dernière.", "already_paid"),
    ("es", "Dejamos un cheque en vuestra tienda el lunes para la 8812.", "already_paid"),
    ("en", "We paid 7741 by card over the phone with your colleague.", "already_paid"),
    # the present kept with a past time (non-native English)
    ("en", "I pay the two invoices last Monday by bank transfer, please look.", "already_paid"),
    ("en", "We transfer the money for 5512 three days ago.", "already_paid"),
    # promises in short or spoken forms
    ("en", "will sort tmrw", "promise_to_pay"),
    ("en", "I'll sort it Thursday, sorry mate", "promise_to_pay"),
    ("fr", "Je vous règle les deux après la vente des veaux, le 20 novembre.", "promise_to_pay"),
    ("fr", "La 4410 partira avec notre virement fournisseurs du 25.", "promise_to_pay"),
    ("es", "El día 12 os hacemos el ingreso de las dos facturas.", "promise_to_pay"),
    ("es", "La transferencia de la 7741 sale el martes 3 de noviembre.", "promise_to_pay"),
    ("es", "A principios de mes lo tenéis ingresado, de verdad.", "promise_to_pay"),
    ("es", "Lo tendréis pagado antes del día 20.", "promise_to_pay"),
    ("de", "Wir werden den offenen Betrag von 2.310,00 EUR (Rechnung 8812, Auftrag 4471) bis zum 20.11. "
           "anweisen.", "promise_to_pay"),
    # the next instalment of a plan already agreed is a promise
    ("en", "As agreed, the second instalment of £800 will be paid on Friday.", "promise_to_pay"),
    ("en", "Thanks for agreeing to the arrangement. The first of the four payments goes out Monday.",
     "promise_to_pay"),
    ("en", "Many thanks for agreeing the plan - next £400 goes out on the 1st.", "promise_to_pay"),
    # a same-day transfer announced with its list
    ("de", "Mit heutiger Valuta haben wir folgende Rechnungen überwiesen:\nRe 8812 CHF 1'200.00\n"
           "Re 8815 CHF 310.00", "remittance_advice"),
    # plans: an amount a fortnight, "them" in two payments, longer terms in Spanish and French
    ("en", "Could I clear it at £150 a fortnight? Work is slow.", "payment_plan_request"),
    ("en", "Can we pay them in three payments over the next months?", "payment_plan_request"),
    ("es", "Os pedimos pasar a pago a 120 días para los próximos pedidos.", "payment_plan_request"),
    ("es", "¿Podríais ponernos las facturas a 90 días a partir de enero?", "payment_plan_request"),
    ("fr", "Pourriez-vous nous mettre toutes nos factures à 60 jours ?", "payment_plan_request"),
    ("en", "Can we pay by instalment? Cash is short this quarter.", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTER_PRIMARY)
def test_counter_and_workshop_families(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


COUNTER_NEGATIVES: list[tuple[str, str, str]] = [
    # who pays and who is paid, said as a habit
    ("fr", "Nos factures fournisseurs sont payées par le siège à Lyon, je transmets.", "already_paid"),
    ("en", "We settle suppliers on the 10th once we've been paid by the council.", "already_paid"),
    ("en", "Remittance advices and payment queries should be sent to ap@example.com from now on.",
     "already_paid"),
    # a cheque to be dropped off, a card payment offered, a present with a future time
    ("en", "I'll drop a cheque in at the counter on Friday.", "already_paid"),
    ("en", "Can we pay by card over the phone tomorrow?", "already_paid"),
    ("en", "I pay the last invoice next week.", "already_paid"),
    # no promise: "sort" of something else, a negated future, a plan still to agree
    ("en", "Will sort the delivery note with the driver.", "promise_to_pay"),
    ("de", "Wir werden die Rechnung in dieser Form nicht anweisen.", "promise_to_pay"),
    ("es", "Ya lo tenéis pagado desde el lunes, revisad.", "promise_to_pay"),
    # the customer's own supplier payment calendar is no plan; open balances listed are no advice
    ("fr", "Le virement sera émis le 30 avec notre échéancier fournisseurs.", "payment_plan_request"),
    ("en", "The balances showing on 4410 (£120.00) and 4412 (£80.00) are the retention.", "remittance_advice"),
    ("en", "As per our remittance of March the credit was taken.", "remittance_advice"),
]


@pytest.mark.parametrize(("language", "text", "absent"), COUNTER_NEGATIVES)
def test_counter_and_workshop_negatives(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


def test_agreed_instalment_with_a_new_plan_request_stays_a_plan() -> None:
    text = "Could we spread the balance in instalments? We propose a first instalment of £500 on 1 December."
    assert primary_of(text, "en") == "payment_plan_request"


# Short promises typed on a phone, a cheque to present again or post-dated, the German present for
# the near future, a cheque run's day, and a list announced by "ich habe ... überwiesen:".
SHORT_PROMISES: list[tuple[str, str, str]] = [
    ("en", "sending $612.40 today thru ACH for 5521", "promise_to_pay"),
    ("en", "Mailing a check for $290 tomorrow, sorry for the delay", "promise_to_pay"),
    ("en", "paying 7710 friday, 7714 and 7719 will follow on the 30th", "promise_to_pay"),
    ("en", "The other two will follow next week once the weekend sales are in.", "promise_to_pay"),
    ("en", "Sorry about the bounced check, you can redeposit it Monday.", "promise_to_pay"),
    ("en", "Money is in the account now, please run the check through again.", "promise_to_pay"),
    ("es", "Ya tengo fondos, pueden volver a depositar el cheque el lunes.", "promise_to_pay"),
    ("de", "Die Lastschrift können Sie ab Montag erneut einziehen, das Konto ist wieder gedeckt.", "promise_to_pay"),
    ("en", "Gave your driver a post-dated check for the 15th.", "promise_to_pay"),
    ("es", "Le mandé un cheque posfechado al día 20, no lo cobren antes por favor.", "promise_to_pay"),
    ("en", "Please don't deposit it before the 28th, funds arrive that morning.", "promise_to_pay"),
    ("de", "Wir überweisen die beiden Rechnungen bis Ende nächster Woche.", "promise_to_pay"),
    ("de", "Ich zahle den Restbetrag spätestens am 12. November.", "promise_to_pay"),
    ("en", "It goes to the board on the 9th; checks are mailed on Friday the 13th.", "promise_to_pay"),
    ("de", "Wir haben soeben folgende Rechnungen überwiesen:", "remittance_advice"),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHORT_PROMISES)
def test_short_promises(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


SHORT_PROMISE_NEGATIVES: list[tuple[str, str, str]] = [
    # a payment already gone, a document to follow, a habit of the cheque run, a condition
    ("en", "Sent $612.40 yesterday via ACH for 5521.", "promise_to_pay"),
    ("en", "The remittance copy will follow on Monday.", "promise_to_pay"),
    ("en", "Checks are usually mailed on the 15th of each month.", "promise_to_pay"),
    ("de", "Wir haben die Rechnung bereits gestern überwiesen.", "promise_to_pay"),
    ("de", "Wenn Sie die Gutschrift schicken, zahlen wir bis Freitag.", "promise_to_pay"),
    ("en", "Why did you run the check again? It was stopped on purpose.", "promise_to_pay"),
]


@pytest.mark.parametrize(("language", "text", "absent"), SHORT_PROMISE_NEGATIVES)
def test_short_promise_negatives(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


PLAN_FORMS: list[tuple[str, str, str]] = [
    ("fr", "Pourrions-nous régler la facture 8812 en 4 LCR à 30, 60, 90 et 120 jours ?", "payment_plan_request"),
    ("fr", "Accepteriez-vous un paiement en trois traites ?", "payment_plan_request"),
    ("en", "any chance you could give us net 60 through the slow season?", "payment_plan_request"),
    ("en", "Could we move to net 45 on orders from January?", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLAN_FORMS)
def test_plan_forms(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


PLAN_NEGATIVES: list[tuple[str, str, str]] = [
    ("fr", "Nous avons réglé la facture en deux chèques le mois dernier.", "payment_plan_request"),
    ("en", "Thanks for giving us net 30 last year, it helped a lot.", "payment_plan_request"),
    ("en", "Our bookkeeping service starts at $199/month for small shops.", "payment_plan_request"),
    ("en", "Get listed on page one for as little as €350/month.", "payment_plan_request"),
]


@pytest.mark.parametrize(("language", "text", "absent"), PLAN_NEGATIVES)
def test_plan_negatives(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


# --- families added for dev43-45 (own phrasings; near misses below)
FAMILIES_43_45: list[tuple[str, str, str]] = [
    # promise typed without apostrophes
    ("en", "ill pay it friday when the shop money comes in", "promise_to_pay"),
    ("en", "ill send you a check next week, sorry for the wait", "promise_to_pay"),
    ("en", "ok ill put payment in the mail on monday", "promise_to_pay"),
    # French: the time or condition first, the present for the future
    ("fr", "Lundi sans faute, nous réglons la facture 5512.", "promise_to_pay"),
    ("fr", "À réception de votre duplicata on vous paie les trois factures.", "promise_to_pay"),
    ("fr", "Le règlement de la facture 7710 (1 250,00 €) sera effectué avant le 20 par virement.", "promise_to_pay"),
    # longer terms asked
    ("en", "Our treasurer would like to request net 60 terms for next year's orders.", "payment_plan_request"),
    ("en", "Would you consider extending our payment terms to 45 days from January?", "payment_plan_request"),
    ("en", "We are asking for net 90 days on the project invoices given the retention.", "payment_plan_request"),
    # paid on the spot
    ("en", "I paid for the filters at the counter when I picked them up last Tuesday.", "already_paid"),
    ("en", "We paid with the company card at your branch, the receipt is in the truck.", "already_paid"),
    ("fr", "J'ai réglé au comptoir par carte bancaire en récupérant la commande.", "already_paid"),
    ("de", "Die Rechnung habe ich damals bar beim Fahrer bezahlt.", "already_paid"),
    # a payer's AP notice of payment
    ("en", "Hello, a payment has been issued to you by Northfield Ltd. See the attached for the remittance details.", "remittance_advice"),
    ("fr", "Bonjour, un virement vous a été émis par la société Dupuis ce jour.", "remittance_advice"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FAMILIES_43_45)
def test_families_43_45(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


NEAR_MISSES_43_45: list[tuple[str, str, str]] = [
    # "ill" as sick, not a promise
    ("en", "I was ill most of last week, sorry for the slow answer about the invoice.", "promise_to_pay"),
    # our terms told, not asked
    ("en", "Your invoice shows net 30 but our PO says net 45, please check.", "payment_plan_request"),
    # a plan thanked for is no new request
    ("de", "Vielen Dank für die Bestätigung der Ratenvereinbarung, das hilft uns sehr.", "payment_plan_request"),
    ("en", "Thank you for confirming the installment plan in writing.", "payment_plan_request"),
    # asking whether card payment at the counter is possible is not a paid claim
    ("en", "Can I pay by card at the counter when I pick up the next order?", "already_paid"),
]


@pytest.mark.parametrize(("language", "text", "absent"), NEAR_MISSES_43_45)
def test_near_misses_43_45(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


MORE_43_45: list[tuple[str, str, str]] = [
    ("en", "Can we have 60 day terms on the spring orders? Our customers only pay after planting.", "payment_plan_request"),
    ("fr", "Serait-il possible de porter notre délai de paiement de 30 jours à 45 jours ?", "payment_plan_request"),
    ("fr", "Nous proposons de régler le solde en trois effets à 30, 60 et 90 jours.", "payment_plan_request"),
    ("de", "Könnten Sie unser Zahlungsziel von 30 auf 60 Tage verlängern?", "payment_plan_request"),
    ("en", "My husband mailed the check last Thursday, it should be there.", "already_paid"),
    ("en", "Our bookkeeper sent the payment on Monday.", "already_paid"),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_43_45)
def test_more_families_43_45(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


@pytest.mark.parametrize(("language", "text", "absent"), [
    ("en", "Our terms with you are 30 day terms, as agreed last year; payment follows Friday.", "payment_plan_request"),
    ("en", "My wife will mail the check next week.", "already_paid"),
])
def test_more_near_misses_43_45(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


# --- dev49-56 families: a payment still to come told by the run it goes in, the rest that follows,
# an invoice number that "comes", a returned debit to be presented again, and instruments that pay
# at their own maturity (confirming, pagarés). Our own sentences.
MORE_49_56: list[tuple[str, str, str]] = [
    ("en", "Invoice 7120 will go through in our usual payment run.", "promise_to_pay"),
    ("en", "The other two are being processed in the next weekly run.", "promise_to_pay"),
    ("de", "Die RE 5531 begleichen wir im nächsten Zahlungslauf.", "promise_to_pay"),
    ("de", "Die 8812 ist in der Zahlung am Donnerstag enthalten.", "promise_to_pay"),
    ("fr", "La 4410 partira dans le cycle habituel de paiements.", "promise_to_pay"),
    ("en", "Half sent now, the balance to follow by the 30th.", "promise_to_pay"),
    ("fr", "Un acompte aujourd'hui, le solde suivra fin novembre.", "promise_to_pay"),
    ("de", "Der Restbetrag folgt bis Ende des Monats.", "promise_to_pay"),
    ("de", "die 7781 kommt nächste woche, versprochen", "promise_to_pay"),
    ("es", "Lo sentimos, podéis volver a pasar el recibo el día 28, ya habrá saldo.", "promise_to_pay"),
    ("en", "Sorry about the bounce - please re-present the direct debit on Friday.", "promise_to_pay"),
    ("fr", "Vous pouvez représenter le prélèvement lundi, les fonds seront là.", "promise_to_pay"),
    ("es", "Hemos dado de alta la factura 5120 en nuestra línea de confirming, con vencimiento el 15/12/2026.",
     "promise_to_pay"),
    ("es", "Os enviamos dos pagarés de 3.000 € con vencimientos 10/12/2026 y 10/01/2027.", "promise_to_pay"),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_49_56)
def test_more_families_49_56(language: str, text: str, expected: str) -> None:
    assert expected in labels_of(text, language)


@pytest.mark.parametrize(("language", "text", "absent"), [
    # a past run, a run described, a condition, a debit refused, a payment already made by confirming
    ("en", "It was paid in our normal run on the 3rd.", "promise_to_pay"),
    ("de", "Die 8812 ist in der Zahlung vom 3.11. enthalten.", "promise_to_pay"),
    ("de", "Die Lieferung 4410 kommt nächste Woche.", "promise_to_pay"),
    ("en", "If you re-present the direct debit on Friday it will fail again.", "promise_to_pay"),
    ("es", "El banco nos devolvió el pagaré de la factura 4410 con vencimiento 30/09.", "promise_to_pay"),
    ("de", "Die 8812 ist in der Zahlung am Freitag enthalten.", "already_paid"),
])
def test_near_misses_49_56(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)


# --- review of the dev49-56 families: a run already gone, a transfer that already holds the invoice,
# a visit or a new bank account that is no second debit, an invoice that goes to a department or
# follows another in a sequence, a returned promissory note. What the collector should see.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Invoice 7120 has been paid in our normal payment run.", "already_paid"),
    ("en", "Invoice 7120 has been processed in our usual payment run on 3 November.", "already_paid"),
    ("de", "Die Rechnung 4410 ist im normalen Zahllauf bezahlt worden.", "already_paid"),
    ("fr", "La facture 4410 a été réglée dans le cycle habituel de paiements.", "already_paid"),
    ("de", "Die 8812 ist in unserer Sammelüberweisung bereits enthalten.", "already_paid"),
    ("de", "Die RE 4410 ist in der Überweisung über 5.000 EUR enthalten.", "already_paid"),
    ("de", "Die Rechnung 4410 ist in der Zahlung am Freitag enthalten.", "promise_to_pay"),
    ("de", "Die Rechnung ist im normalen Zahllauf enthalten.", "promise_to_pay"),
    ("en", "We have scheduled it to be paid in our next payment run.", "promise_to_pay"),
    ("en", "From next month please collect the direct debit from our new bank account.", "contact_update"),
    ("en", "Please collect the direct debit again on Friday.", "promise_to_pay"),
    ("es", "Lo podéis pasar de nuevo el lunes, ya habrá saldo.", "promise_to_pay"),
    ("es", "Podéis pasar de nuevo el recibo el lunes.", "promise_to_pay"),
    ("de", "Die 4410 geht am Montag raus.", "promise_to_pay"),
    ("en", "Invoice 4410 follows next week.", "promise_to_pay"),
    ("es", "Le pagaré 500 € el lunes.", "promise_to_pay"),
])
def test_review_49_56_primary(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


@pytest.mark.parametrize(("language", "text", "absent"), [
    ("en", "Invoice 7120 has been paid in our normal payment run.", "promise_to_pay"),
    ("en", "Invoice 7120 has been processed in our usual payment run on 3 November.", "promise_to_pay"),
    ("de", "Die Rechnung 4410 ist im normalen Zahllauf bezahlt worden.", "promise_to_pay"),
    ("fr", "La facture 4410 a été réglée dans le cycle habituel de paiements.", "promise_to_pay"),
    ("de", "Die 8812 ist in unserer Sammelüberweisung bereits enthalten.", "promise_to_pay"),
    ("de", "Die Rechnung 4410 ist in der Zahlung am Freitag enthalten.", "already_paid"),
    ("de", "Die 8812 ist in der Überweisung nächste Woche enthalten.", "already_paid"),
    ("es", "Tenemos que repasar la factura con contabilidad el lunes.", "promise_to_pay"),
    ("es", "Si quiere, puede pasar de nuevo por la oficina el martes.", "promise_to_pay"),
    ("en", "From next month please collect the direct debit from our new bank account.", "promise_to_pay"),
    ("de", "Die Rechnung 4410 geht am Montag an unsere Buchhaltung.", "promise_to_pay"),
    ("en", "Invoice 4410 follows on from invoice 4409", "promise_to_pay"),
    ("es", "El pagaré 4410 nos lo devolvió el banco.", "promise_to_pay"),
])
def test_review_49_56_near_misses(language: str, text: str, absent: str) -> None:
    assert absent not in labels_of(text, language)
