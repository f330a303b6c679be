"""Round 13 legal notices (found on the arrival of dev80-dev87): a Portuguese lawyer routing all
contact through the firm, "não enviem mais cobranças" and a liquidator's "aucune relance ne doit
plus être adressée" beside a procedure, and a Portuguese owner closing for good."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str) -> list[str]:
    return [i.label for i in classify_intents(text, "", language)]


def test_a_portuguese_lawyer_routing_all_contact_through_the_firm_is_a_cease_request():
    text = ("Na qualidade de mandatária da sociedade, solicito que toda a comunicação relativa a este "
            "assunto seja dirigida exclusivamente a este escritório, abstendo-se V. Exas. de contactar "
            "diretamente a minha constituinte.")
    assert _labels(text, "pt")[0] == "cease_contact"


@pytest.mark.parametrize("text, language", [
    ("A empresa está em recuperação judicial. Por favor não enviem mais cobranças dessas faturas; "
     "tratem tudo com a administradora judicial.", "pt"),
    ("Le tribunal a prononcé la liquidation judiciaire de la société. Aucune relance ne doit plus être "
     "adressée au débiteur ni à son dirigeant.", "fr"),
])
def test_a_stop_to_reminders_beside_a_procedure_is_kept(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice" and "cease_contact" in labels


def test_a_portuguese_owner_closing_for_good_is_an_insolvency_notice():
    text = ("Informo que o restaurante encerrou definitivamente as portas. Os sócios decidiram cessar a "
            "atividade e a sociedade vai entrar em processo de dissolução e liquidação.")
    assert _labels(text, "pt")[0] == "insolvency_notice"


@pytest.mark.parametrize("text, language, label", [
    # a paid claim: the stop to reminders yields to it
    ("Por favor não enviem mais cobranças, já pagámos a fatura na semana passada.", "pt", "already_paid"),
    # the customer's own client closed, not the customer
    ("O nosso cliente, a Adega X, encerrou definitivamente as portas; vamos pagar a fatura 12 até ao "
     "fim do mês.", "pt", "promise_to_pay"),
    # "exclusivamente" about the payment method, not about contact
    ("A fatura 12 será paga exclusivamente por transferência, conforme combinado com o nosso advogado.",
     "pt", "promise_to_pay"),
])
def test_near_misses_keep_their_intent(text: str, language: str, label: str):
    assert _labels(text, language)[0] == label
