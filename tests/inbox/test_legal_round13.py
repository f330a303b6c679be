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


NEWSLETTER = ("La Lettre du Créancier. Procédures collectives : sauvegarde, redressement, liquidation "
              "judiciaire... Comment protéger votre poste clients ? Vous recevez ce message car vous êtes "
              "inscrit à la lettre d'information du cabinet. Se désinscrire : https://example.fr/u")


def test_a_newsletter_about_procedures_is_no_notice_but_keeps_the_reading():
    from inbox.classify import mass_mailing
    assert mass_mailing({}, NEWSLETTER)
    scores = classify_intents(NEWSLETTER, "La Lettre du Créancier", "fr", is_mass_mailing=True)
    assert scores[0].label == "other"
    assert "insolvency_notice" in [s.label for s in scores]  # still there for a collector to see


@pytest.mark.parametrize("headers, text", [
    ({"list-unsubscribe": "<https://example.com/optout>"}, "Retards, procédures collectives..."),
    ({"precedence": "bulk"}, "Retards, procédures collectives..."),
    ({}, "Offer ends Friday.\n--\nTo unsubscribe from these emails, click here."),
])
def test_mass_mailings_are_recognised_by_headers_or_footer(headers: dict, text: str):
    from inbox.classify import mass_mailing
    assert mass_mailing(headers, text)


def test_a_customers_own_notice_is_no_mass_mailing_and_leads():
    from inbox.classify import mass_mailing
    text = "Nous vous informons que notre société a été placée en liquidation judiciaire le 3 novembre."
    assert not mass_mailing({"precedence": "first-class"}, text)
    assert classify_intents(text, "", "fr", is_mass_mailing=False)[0].label == "insolvency_notice"


def test_a_cease_request_in_a_mailing_keeps_its_lead():
    text = ("Our company is in administration. Stop contacting us and unsubscribe us from your reminders; "
            "write only to the administrators.")
    labels = [s.label for s in classify_intents(text, "", "en", is_mass_mailing=True)]
    assert labels[0] in ("cease_contact", "insolvency_notice") and "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    ("Un nostro importante cliente, la catena Caffè del Golfo, ha depositato domanda di concordato "
     "preventivo e ci ha bloccato i pagamenti.", "it"),
    ("FYI - the owner of our franchised Savannah property filed Chapter 11 and the hotel has been taken "
     "over by a new management company.", "en"),
])
def test_a_customers_own_client_or_franchisee_in_a_procedure_does_not_lead(text: str, language: str):
    assert _labels(text, language)[0] != "insolvency_notice"


def test_the_owners_of_the_business_filing_is_still_a_notice():
    assert _labels("We, the owners of the hotel, have filed Chapter 11.", "en")[0] == "insolvency_notice"
