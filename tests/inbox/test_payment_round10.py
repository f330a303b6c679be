"""Round 10's payment families (dev65-dev72 authors): the present for the future and the payment
fronted in Portuguese, Dutch, Spanish, Italian and French, US contractors' colloquial promises, the
German "Zahlung erfolgte am", instalments and longer terms asked for. Sentences written fresh for
these tests (never copied from the labelled sets), each family with near misses next to it.
Rules only: no model blend.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents, primary_intent


def labels_of(text: str, language: str) -> list[str]:
    return [score.label for score in classify_intents(text, "Re: Reminder", language)]


def primary_of(text: str, language: str) -> str:
    return primary_intent(classify_intents(text, "Re: Reminder", language))


PRIMARY: list[tuple[str, str, str]] = [
    # --- Portuguese: present for the future, the payment fronted, the next payment run
    ("pt", "Amanhã fazemos a transferência das duas faturas.", "promise_to_pay"),
    ("pt", "Na sexta faço a trf da 812, ok?", "promise_to_pay"),
    ("pt", "Ficou agendado para dia 12 o pagamento da FT 3310.", "promise_to_pay"),
    ("pt", "Agendámos a transferência para a próxima segunda.", "promise_to_pay"),
    ("pt", "A fatura 2201 segue no próximo lote de pagamentos.", "promise_to_pay"),
    ("pt", "As duas faturas entram no pagamento desta sexta-feira.", "promise_to_pay"),
    ("pt", "Mande-me o IBAN que eu transfiro até sexta.", "promise_to_pay"),
    ("pt", "A 553 fica paga até ao final da semana.", "promise_to_pay"),
    ("pt", "Liquidamos o saldo da fatura 7781 (1.220,00 €) no início do mês.", "promise_to_pay"),
    ("pt", "Pedimos o alargamento do prazo de pagamento para 90 dias.", "payment_plan_request"),
    # --- Dutch
    ("nl", "Het bedrag gaat morgen de deur uit.", "promise_to_pay"),
    ("nl", "Die twee facturen betalen wij volgende week.", "promise_to_pay"),
    ("nl", "Factuur 4410 staat gepland voor de betaalrun van vrijdag.", "promise_to_pay"),
    ("nl", "Kunnen we van 30 naar 60 dagen gaan? Graag overstappen van 30 naar 60 dagen.", "payment_plan_request"),
    # --- Spanish (Spain, Mexico, US Hispanic contractors)
    ("es", "Te lo pagamos la semana que viene sin falta.", "promise_to_pay"),
    ("es", "Mañana le mandamos el pago completo.", "promise_to_pay"),
    ("es", "Le deposito el resto el lunes.", "promise_to_pay"),
    ("es", "En cuanto nos paguen la obra le mando el cheque.", "promise_to_pay"),
    ("es", "El pago de las tres facturas pendientes de marzo sale el jueves.", "promise_to_pay"),
    ("es", "¿Podemos liquidarla en cuatro parcialidades mensuales?", "payment_plan_request"),
    ("es", "Le propongo abonos cada quincena hasta liquidar el saldo.", "payment_plan_request"),
    ("es", "¿Sería posible pasar de 30 a 60 días?", "payment_plan_request"),
    ("es", "Os mandamos dos pagarés a 60 y 90 días, si os parece; pagar en dos pagarés nos ayuda.", "payment_plan_request"),
    # --- Italian
    ("it", "Provvediamo al pagamento entro venerdì.", "promise_to_pay"),
    ("it", "Il saldo delle fatture di marzo partirà la prossima settimana.", "promise_to_pay"),
    ("it", "Pagamento fatto stamattina per la fattura 52.", "remittance_advice"),
    ("it", "Potremmo pagare il dovuto in sei rate da 400 euro?", "payment_plan_request"),
    ("it", "Vorremmo rivedere le nostre condizioni di pagamento da 30 a 60 giorni.", "payment_plan_request"),
    # --- French
    ("fr", "Le virement sera déclenché dès lundi.", "promise_to_pay"),
    ("fr", "Merci de revoir les délais de paiement à 60 jours pour nos prochaines commandes.", "payment_plan_request"),
    # --- German
    ("de", "Die Überweisung der beiden Rechnungen erfolgte bereits letzte Woche.", "already_paid"),
    # --- English: public bodies, contractors, learners
    ("en", "Your invoice is on the payment register for the council meeting next Tuesday.", "promise_to_pay"),
    ("en", "Warrants are issued by the 25th after approval.", "promise_to_pay"),
    ("en", "I'll get Mike to cut you a check, have him write the check Monday.", "promise_to_pay"),
    ("en", "I'll swing by with a check Thursday.", "promise_to_pay"),
    ("en", "We can do Friday for the balance.", "promise_to_pay"),
    ("en", "Both invoices are being processed on Monday.", "promise_to_pay"),
    ("en", "We send the payment for both invoices on 12.06.2026.", "promise_to_pay"),
    ("en", "ill pay it tomorrow", "promise_to_pay"),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRIMARY)
def test_primary(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


NOT_PROMISES: list[tuple[str, str]] = [
    # told as done, or conditional
    ("pt", "Já fizemos a transferência ontem."),
    ("pt", "Pagamos a fatura na semana passada."),
    ("es", "Cuando os pagamos la última factura el banco tardó tres días."),
    ("es", "Ya le mandamos el pago ayer."),
    ("en", "We cut you a check last week."),
    ("nl", "De levering staat ingepland voor maandag."),
    ("it", "Il bonifico è già partito."),
]


@pytest.mark.parametrize(("language", "text"), NOT_PROMISES)
def test_not_promises(language: str, text: str) -> None:
    assert "promise_to_pay" not in labels_of(text, language)


def test_plan_not_told_as_done() -> None:
    # instalments already paid are no request
    assert "payment_plan_request" not in labels_of("Abbiamo già fatto tre rate da 500 euro.", "it")
