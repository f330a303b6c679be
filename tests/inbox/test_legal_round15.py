"""Round 15 legal readings (dev97/031, a stop-calling request missed on arrival): calls to one
person stopped, the person a pronoun or a name rather than "us"/"me" ("je vous demande de ne plus
l'appeler", "don't call him any more", "rufen Sie ihn nicht mehr an"), in every language the rules
read; and the near misses that are no request (a call-back, a number to call, a time to call, the
writer telling what they no longer do themselves)."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language)]


# --- Calls to one person stopped ------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Votre collègue a appelé trois fois le portable de notre gérant. Je vous demande de ne plus "
     "l'appeler : les questions de paiement doivent passer par écrit.", "fr"),
    ("Merci de ne plus la contacter sur son portable.", "fr"),
    ("Je vous prie de ne plus les appeler au bureau.", "fr"),
    ("Merci de ne plus lui téléphoner le week-end.", "fr"),
    ("Ne l'appelez plus, s'il vous plaît.", "fr"),
    ("Je vous prie de ne plus appeler Mme Roux.", "fr"),
    ("Please don't call him any more, he is not involved in payments.", "en"),
    ("Please do not contact him on his mobile again.", "en"),
    ("Don't ring her mobile anymore.", "en"),
    ("Please no longer call our manager.", "en"),
    ("I must ask that your colleagues do not call Mr Patel again.", "en"),
    ("We ask that you no longer contact us by phone.", "en"),
    ("Rufen Sie ihn bitte nicht mehr an.", "de"),
    ("Rufen Sie Herrn Keller nicht mehr auf dem Handy an.", "de"),
    ("Kontaktieren Sie ihn nicht mehr.", "de"),
    ("Ich bitte Sie, ihn nicht mehr anzurufen.", "de"),
    ("Bel hem niet meer, a.u.b.", "nl"),
    ("Bel haar alstublieft niet meer op haar gsm.", "nl"),
    ("Gelieve hem niet meer te bellen.", "nl"),
    ("Non lo chiamate più sul cellulare.", "it"),
    ("Vi prego di non chiamarlo più.", "it"),
    ("Não lhe liguem mais, por favor.", "pt"),
    ("Por favor não o contactem mais.", "pt"),
    ("Não liguem mais para o Sr. Silva.", "pt"),
    ("Por favor, no le llamen más.", "es"),
    ("No vuelvan a llamarle al móvil.", "es"),
])
def test_calls_to_one_person_stopped_ask_to_stop(text: str, language: str):
    assert _labels(text, language)[0] == "cease_contact"


def test_the_stop_leads_a_promise_beside_it():
    text = ("Je vous demande de ne plus l'appeler. Pour info la facture 4268 partira avec le virement "
            "de la semaine prochaine.")
    labels = _labels(text, "fr")
    assert labels[0] == "cease_contact" and "promise_to_pay" in labels


# --- Near misses: no request to stop --------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    # a call-back, a number to call, a time to call
    ("He will call you back tomorrow.", "en"),
    ("Please call him on his mobile.", "en"),
    ("Don't call before 10, ask for Anna.", "en"),
    ("Please don't call him before noon, he is in meetings.", "en"),
    ("Il vous rappellera demain.", "fr"),
    ("Appelez-le sur son portable.", "fr"),
    ("N'appelez pas avant 10h, demandez Anna.", "fr"),
    ("Ne l'appelez pas avant 10h.", "fr"),
    ("Il ne faut plus l'appeler au fixe mais sur son portable.", "fr"),
    ("Rufen Sie ihn auf dem Handy an.", "de"),
    ("Rufen Sie ihn morgen an.", "de"),
    ("Bel hem gerust op zijn gsm.", "nl"),
    ("Chiamatelo sul cellulare.", "it"),
    ("Liguem-lhe para o telemóvel.", "pt"),
    ("Não liguem mais tarde que as 18h.", "pt"),
    ("Llámenle al móvil.", "es"),
    # the writer's own habit, about someone they call themselves
    ("We no longer call our client, they stopped answering.", "en"),
    ("I don't call him any more, he never answers.", "en"),
    ("We decided not to call him again.", "en"),
    ("Nous ne l'appelons plus, il ne répond jamais.", "fr"),
    ("Nous avons décidé de ne plus l'appeler.", "fr"),
    ("Je ne l'appelle plus depuis des mois.", "fr"),
    ("Wir rufen ihn nicht mehr an, er antwortet nie.", "de"),
    ("Ik bel hem niet meer, hij neemt nooit op.", "nl"),
    ("Non lo chiamiamo più, non risponde mai.", "it"),
    ("Não lhe ligamos mais, nunca atende.", "pt"),
    ("No le llamamos más, nunca contesta.", "es"),
    # the person has left: the wrong contact, not a stop
    ("Bitte rufen Sie Herrn Meier nicht mehr an, er ist nicht mehr im Unternehmen.", "de"),
    ("Please don't call Mr Smith any more, he has left the company.", "en"),
    ("Merci de ne plus appeler M. Petit, il a quitté la société.", "fr"),
    # a condition, not a request
    ("Se non lo chiamate più, chiamate me.", "it"),
])
def test_a_call_back_a_time_or_the_writers_own_calls_are_no_cease_request(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


@pytest.mark.parametrize("text, language", [
    ("Ne nous appelez pas.", "fr"),
    ("N'appelez pas sur mon portable.", "fr"),
    ("Ne nous contactez jamais directement.", "fr"),
    ("Kindly no longer call this number.", "en"),
    ("Our client asks that your firm no longer contact the debtor.", "en"),
])
def test_the_narrowed_older_wordings_still_ask_to_stop(text: str, language: str):
    assert "cease_contact" in _labels(text, language)
