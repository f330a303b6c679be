"""A third party described by the writer, and a procedure named as over.

"The operator we drill for filed for Chapter 11" is someone else's insolvency even though "we"
sits between the party and the procedure; "because of our customer we went into administration"
is the writer's own. "We emerged from Chapter 11 in 2024" names a procedure that is over;
"we expect to emerge from Chapter 11" is still in it. Phrasings written for this file.
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents

LEGAL = {"insolvency_notice", "cease_contact"}


def legal_labels(text: str, language: str) -> set[str]:
    return {s.label for s in classify_intents(text, "Re: Payment reminder", language)} & LEGAL


SOMEONE_ELSE = [
    ("en", "The main operator we work for went into Chapter 11, so our cash is tight; we'll pay half now."),
    ("en", "The operator we drill for filed for Chapter 11 last month; we will pay when they pay us."),
    ("en", "One of the main contractors we supply has gone into administration, so we need a few more weeks."),
    ("fr", "Le promoteur pour lequel nous travaillons est en liquidation judiciaire depuis lundi, nous paierons fin du mois."),
    ("fr", "Notre client principal, pour lequel nous travaillons depuis 10 ans, est en redressement judiciaire ; nous paierons fin du mois."),
    ("de", "Der Bauherr, für den wir arbeiten, hat Insolvenz angemeldet; wir zahlen Ende des Monats."),
]
OVER = [
    ("en", "We emerged from Chapter 11 in 2024 and our finances are solid; the payment goes out Friday."),
    ("en", "Our company came out of administration two years ago, so please don't worry, we'll pay on the 30th."),
    ("fr", "Nous sommes sortis de la procédure de sauvegarde en 2023, le plan est respecté ; règlement vendredi."),
    ("de", "Wir haben das Insolvenzverfahren 2022 erfolgreich abgeschlossen; die Zahlung erfolgt am Freitag."),
]
OWN = [
    ("en", "Because of our main customer we unfortunately went into administration last week."),
    ("en", "Because of our main customer we decided it was best to enter administration."),
    ("en", "Due to our landlord we had to file for Chapter 11."),
    ("en", "Because of the builder we formally went into administration on Monday."),
    ("en", "We filed for Chapter 11 last week and expect to emerge from it by spring."),
    ("en", "We are in Chapter 11 and hope to have emerged from Chapter 11 by June."),
    ("fr", "Nous espérons être sortis de la procédure de sauvegarde en 2027."),
    ("fr", "À cause de notre client principal nous sommes en redressement judiciaire depuis lundi."),
]


@pytest.mark.parametrize(("language", "text"), SOMEONE_ELSE + OVER)
def test_someone_elses_or_a_finished_procedure_is_no_notice(language: str, text: str) -> None:
    assert legal_labels(text, language) == set()


@pytest.mark.parametrize(("language", "text"), OWN)
def test_the_writers_own_procedure_stays_a_notice(language: str, text: str) -> None:
    assert legal_labels(text, language) == {"insolvency_notice"}


def test_a_finished_procedure_after_an_infinitive_is_still_over() -> None:
    text = "I am writing to confirm that we emerged from Chapter 11 in March; payment goes out Friday."
    assert legal_labels(text, "en") == set()


@pytest.mark.parametrize(("expected", "text"), [
    ({"insolvency_notice"}, "Ich habe das Gewerbe mit Ende des Monats zurückgelegt, es geht gesundheitlich nicht mehr."),
    ({"insolvency_notice"}, "Wir haben unser Gewerbe abgemeldet; um die Abwicklung kümmert sich unser Steuerberater."),
    ({"insolvency_notice"}, "Wir haben die Konditorei endgültig zugesperrt."),
    (set(), "Wir haben das Lokal über die Feiertage zugesperrt, ab 7. Jänner sind wir wieder da."),
    (set(), "Ich habe gestern ein zweites Gewerbe für den Catering-Zweig angemeldet."),
])
def test_a_trade_licence_handed_back_is_ceased_trading(expected: set[str], text: str) -> None:
    assert legal_labels(text, "de") == expected


def test_stop_sending_reminders_in_german_yields_to_the_paid_claim() -> None:
    text = "Hören Sie bitte auf, uns ständig Mahnungen zu schicken! Die Rechnung ist am 2. Oktober bezahlt worden."
    labels = [s.label for s in classify_intents(text, "AW: Zahlungserinnerung", "de")]
    assert labels[0] == "already_paid" and "cease_contact" not in labels
    assert legal_labels("Hören Sie endlich auf, mich ständig anzurufen.", "de") == {"cease_contact"}
    assert legal_labels("Hören Sie auf, meine Mitarbeiter zu belästigen.", "de") == {"cease_contact"}


def test_deregistering_the_trade_in_the_present_tense_is_ceased_trading() -> None:
    text = "Leider muss ich Ihnen sagen, dass ich mein Geschäft zum 30.11. schließe und das Gewerbe abmelde."
    assert legal_labels(text, "de") == {"insolvency_notice"}
