"""Round 15 (dev96-dev99 on arrival): Dutch verb-second promises ("factuur 4182 betaal ik eind deze
week") and the split "overmaken" ("wij maken vandaag € 2.000 over"); a transfer told with what it
settles ("le virement d'hier, qui solde la 4131") as an advice; an Italian payment run ("la saldiamo
con il pagamento fornitori del 30/10"); "clear 10530 within 15 days" dated; dates that are no
promise: a plan's start ("com início a 15 de novembro", "on commencerait le lundi 23"), the day
photos are sent, an advice's own run and value date."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents, primary_intent
from inbox.dates import find_promised_date


def promised(text: str, sent: date, language: str) -> date | None:
    found = find_promised_date(text, sent, language)
    return found.value if found else None


def labels_of(text: str, language: str) -> list[str]:
    return [s.label for s in classify_intents(text, "Re: herinnering", language)]


def primary_of(text: str, language: str) -> str:
    return primary_intent(classify_intents(text, "Re: herinnering", language))


SENT = date(2026, 10, 13)  # a Tuesday


# --- promises -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Dutch verb second after a fronted object or time
        ("nl", "Factuur 4182 betaal ik eind deze week."),
        ("nl", "De openstaande facturen betalen we volgende week."),
        ("nl", "Het saldo storten wij uiterlijk vrijdag."),
        # the split "overmaken" around its time
        ("nl", "Wij maken vandaag € 2.000,- over op factuur 7051."),
        ("nl", "Vrijdag maken we het volledige bedrag over."),
        ("nl", "Maandag schrijf ik de 4212 over."),
        # the remainder named
        ("nl", "Het restant volgt binnen 14 dagen."),
        # Italian: paid with a payment run
        ("it", "La 4230 la saldiamo con il pagamento fornitori del 30/10."),
        ("it", "Le fatture di ottobre le paghiamo con il prossimo giro di bonifici."),
    ],
)
def test_round15_promise(language: str, text: str) -> None:
    assert "promise_to_pay" in labels_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Factuur 4212 betaal ik voorlopig niet."),
        ("nl", "Factuur 4212 heb ik vorige week betaald."),
        ("nl", "Wij hebben gisteren € 2.000 overgemaakt."),
        ("it", "La 4230 l'abbiamo saldata con il pagamento del 30/9."),
    ],
)
def test_round15_no_promise(language: str, text: str) -> None:
    assert "promise_to_pay" not in labels_of(text, language)


# --- a transfer with what it settles --------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Ci-dessous la confirmation de notre banque pour le virement d'hier, qui solde la 4131 et règle la 4203."),
        ("en", "Below is our bank's confirmation of yesterday's wire, which covers invoices 4131 and 4203."),
        ("it", "Le inoltro la contabile del bonifico di ieri, che salda la 4410."),
    ],
)
def test_round15_transfer_which_settles(language: str, text: str) -> None:
    assert primary_of(text, language) == "remittance_advice"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le virement qui soldera la 4131 partira vendredi."),
        ("fr", "Si le virement d'hier, qui solde la 4131, n'est pas arrivé, dites-le moi."),
        ("en", "The payment which covers invoice 4131 will go out on Friday."),
    ],
)
def test_round15_transfer_not_made(language: str, text: str) -> None:
    assert "remittance_advice" not in labels_of(text, language)


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "sent", "text", "expected"),
    [
        ("nl", SENT, "els, factuur nr 0004182 betaal ik eind deze week. mvg jef", date(2026, 10, 16)),
        ("nl", SENT, "Wij maken vandaag € 2.000,- over op factuur 7051. Het restant volgt binnen 14 dagen.", SENT),
        ("en", date(2026, 10, 19), "Sorry for the delay. We can clear 10530 within 15 days.", date(2026, 11, 3)),
        # a payment beside photos is still dated
        ("en", SENT, "We will pay invoice 4410 on Monday and send you the photos of the damaged pallets.",
         date(2026, 10, 19)),
        # a day alone, no plan's start
        ("fr", SENT, "Nous réglerons la facture 4410 lundi 19.", date(2026, 10, 19)),
    ],
)
def test_round15_dates_found(language: str, sent: date, text: str, expected: date) -> None:
    assert promised(text, sent, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "clear" with a number: a payment's word, but a past one has no promised date
        ("en", "We cleared 10530 on Monday 12 October."),
        # a plan's start
        ("pt", "Gostaríamos de propor o pagamento do valor em dívida em 5 prestações mensais de 3.131,10 €, "
               "com início a 15 de novembro."),
        ("pt", "Será possível pagar em 4 prestações de 500 € por mês, a começar em 2 de dezembro?"),
        ("fr", "Est-ce qu'on pourrait vous payer 300 € par semaine jusqu'à ce que tout soit soldé ? "
               "On commencerait le lundi 19."),
        # the day photos are sent, in a dispute
        ("nl", "die factuur 4212 betaal ik voorlopig niet, 11 waren kapot. ik heb fotos genomen, stuur ik maandag door.\n"
               "eerst creditnota dan betaal ik"),
        ("en", "I won't pay invoice 4212 for now, 11 plants were broken. I took photos, I'll send them on Monday."),
        # an advice's own run and value date
        ("en", "Please find attached the remittance advice for our payment run of 13.10.2026.\n"
               "Total amount CHF 3,579.60, value date 14.10.2026, paid from our UBS account."),
    ],
)
def test_round15_no_promised_date(language: str, text: str) -> None:
    assert promised(text, SENT, language) is None
