"""Non-legal intents said the way a stranger writes them (dev23-dev26 families): French with object
clitics or the present for the future, Québec e-transfers, German with a far verb, Spanish present
for the future (Spain and Mexico), documents asked for by pronoun or through a third party, where to
write instead, a payment made today. Sentences written for these tests, never copied from the
labelled sets; negatives next to each family.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents, primary_intent


def primary_of(text: str, language: str | None) -> str:
    return primary_intent(classify_intents(text, "Re: Payment reminder", language))


PRIMARY: list[tuple[str, str, str]] = [
    # --- promise_to_pay: French clitics, present for the future, bare noun with a future time
    ("fr", "On va les payer en début de semaine prochaine, désolé.", "promise_to_pay"),
    ("fr", "Je vais vous la régler dès lundi.", "promise_to_pay"),
    ("fr", "Nous vous les réglons vendredi sans faute.", "promise_to_pay"),
    ("fr", "On paie la 8812 le 12, c'est noté chez nous.", "promise_to_pay"),
    ("fr", "Paiement sous huitaine, merci de votre patience.", "promise_to_pay"),
    ("fr", "Virement d'ici la fin du mois pour les deux factures.", "promise_to_pay"),
    ("fr", "On va vous envoyer 1 200 $ jeudi, le reste en janvier.", "promise_to_pay"),
    ("fr", "Le règlement de vos factures 771 et 774 du mois dernier interviendra mi-décembre.", "promise_to_pay"),
    ("fr", "Le chèque de la 5531 (2 340,00 $ avec les taxes) sera posté lundi.", "promise_to_pay"),
    ("fr", "Je vais faire un e-transfer ce soir pour la 6620.", "promise_to_pay"),
    # --- promise_to_pay: English e-transfer, "have it to you", gerund plan
    ("en", "Will e-transfer the 950 for 6620 on Friday.", "promise_to_pay"),
    ("en", "I'll send you an e-transfer tonight for the balance.", "promise_to_pay"),
    ("en", "Harvest is late but I'll have the money to you by the 20th.", "promise_to_pay"),
    ("en", "We should have the balance over to you before Christmas.", "promise_to_pay"),
    ("en", "Settling both of them with our next batch before month end.", "promise_to_pay"),
    # --- promise_to_pay: German far verb and spoken first person
    ("de", "Die offene Rechnung wird bis spätestens Ende der kommenden Woche beglichen.", "promise_to_pay"),
    ("de", "Der Restbetrag wird innerhalb der nächsten drei Wochen überwiesen.", "promise_to_pay"),
    ("de", "Die 7781 bezahl ich morgen, versprochen.", "promise_to_pay"),
    ("de", "Überweis ich dir am Montag, sorry.", "promise_to_pay"),
    # --- promise_to_pay: Spanish present for the future, impersonal, Mexican scheduling
    ("es", "Os pagamos la 5512 la semana que viene sin falta.", "promise_to_pay"),
    ("es", "Le transfiero el saldo mañana a primera hora.", "promise_to_pay"),
    ("es", "La 332 se paga dentro de quince días, ahora vamos justos.", "promise_to_pay"),
    ("es", "El pago sale el próximo martes con la remesa de proveedores.", "promise_to_pay"),
    ("es", "La factura 610 ya quedó calendarizada para el viernes 14.", "promise_to_pay"),
    ("es", "El depósito está programado para el día 30.", "promise_to_pay"),
    # --- document_request: pronoun or third party
    ("de", "Kannst du uns den Lieferschein noch mal als PDF zuschicken? Finde ihn nicht mehr.", "document_request"),
    ("de", "Könnten Sie mir die Rechnung 3312 bitte per Mail senden?", "document_request"),
    ("es", "Nuestra gestoría nos pide el extracto de cuenta del trimestre. ¿Nos lo podéis pasar?", "document_request"),
    ("es", "Auditoría nos solicita un certificado de titularidad bancaria.", "document_request"),
    ("es", "¿Me lo pueden enviar antes del viernes? Hablo del albarán de la entrega 88.", "document_request"),
    ("fr", "Nous n'avons pas le bon de livraison. Pourriez-vous nous le transmettre ?", "document_request"),
    # --- contact_update: write here instead
    ("en", "I no longer handle invoices here, please use payables@example.org instead.", "contact_update"),
    ("en", "I have moved to sales; for invoices contact our bookkeeper Tom (tom@example.com) instead.", "contact_update"),
    ("es", "A partir de ahora las facturas me las mandan a mí, a este correo.", "contact_update"),
    ("es", "Por favor, los recordatorios envíen a este correo, el otro ya no se mira.", "contact_update"),
    # --- remittance_advice: paid today, Latin-American preterite, AP shorthand
    ("es", "Hoy hicimos el pago de la 7721 y la 7722 por transferencia.", "remittance_advice"),
    ("es", "Les realicé una transferencia hoy: 7721 por $1,200.00 y 7722 por $800.00.", "remittance_advice"),
    ("en", "Our cheque for 4410 and 4412 went in the mail today, breakdown below.", "remittance_advice"),
    ("en", "PFB remittance details for this week's payment.", "remittance_advice"),
    ("en", "paid 5512 and 5514 just now, 410.00 + 95.50", "remittance_advice"),
    # --- negatives: the past is no promise, a question is no commitment
    ("fr", "Nous avons réglé la 8812 le 12, merci de vérifier.", "already_paid"),
    ("es", "La pagamos el 3 de noviembre, revisen por favor.", "already_paid"),
    ("de", "Die Rechnung wurde am 3. November beglichen.", "already_paid"),
    ("en", "We paid 4410 last week by cheque, please check again.", "already_paid"),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRIMARY)
def test_stranger_wording(language: str, text: str, expected: str) -> None:
    assert primary_of(text, language) == expected


NOT_PROMISE: list[tuple[str, str]] = [
    ("fr", "Si on paie la 8812 le 12, est-ce que les pénalités tombent ?"),
    ("es", "Cuando pagamos la 5512 la semana que viene, ¿se aplica el descuento?"),
    ("de", "Wenn die Rechnung bis Ende der Woche beglichen wird, entfällt die Gebühr?"),
    ("en", "If I e-transfer it tomorrow, will that be in time?"),
]


@pytest.mark.parametrize(("language", "text"), NOT_PROMISE)
def test_conditional_is_no_promise(language: str, text: str) -> None:
    labels = [score.label for score in classify_intents(text, "Re: Payment reminder", language)]
    assert "promise_to_pay" not in labels
