"""Round 17 payments (found on the arrival of dev104-dev107): a deadline's day "of the month", a
German "Ende des Monat" without its s, a weekday followed by an amount grouped with spaces, terms
counted in days before "fine mese", a weekday that names no day ("un dimanche", "Black Friday"),
the day of the message followed up ("Further to my note on Tuesday"), a discourse tag that is no
past ("come già detto"), a closing as an event, a named payment run's day in Italian and Dutch,
longer payment terms asked for in Catalan and Dutch, the Italian Ri.Ba. paid at its maturity, a part
just paid before the balance's day (today is the promise), a delivery note sent on a day, and a French
public body's invoice "mandatée". Three tests guard near misses that must not change (a day "of the
month" without a deadline repeats, a Ri.Ba. returned, a part paid earlier)."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date

SENT = date(2026, 10, 13)  # a Tuesday


def _promised(text: str, language: str) -> date | None:
    found = find_promised_date(text, SENT, language)
    return found.value if found else None


def _labels(text: str, language: str) -> list[str]:
    return [s.label for s in classify_intents(text, "", language)]


@pytest.mark.parametrize("text, language", [
    ("Wir überweisen den Betrag bis zum 20. des Monats.", "de"),
    ("We will transfer the amount by the 20th of the month.", "en"),
])
def test_a_deadlines_day_of_the_month_is_this_months(text: str, language: str):
    assert _promised(text, language) == date(2026, 10, 20)


def test_a_day_of_the_month_without_a_deadline_still_repeats():
    assert _promised("We pay on the 20th of the month.", "en") is None


def test_ende_des_monat_without_its_s():
    assert _promised("RE MH26-938 zahlen wir Ende des Monat.", "de") == date(2026, 10, 31)


@pytest.mark.parametrize("text, language", [
    ("Le virement pour la 1528 partira vendredi, 4 313,60 €.", "fr"),
    ("La transferencia sale el viernes, 4 313,60 €.", "es"),
    ("Il bonifico parte venerdì, 4 313,60 euro.", "it"),
])
def test_a_weekday_then_an_amount_is_no_day_of_the_month(text: str, language: str):
    assert _promised(text, language) == date(2026, 10, 16)


@pytest.mark.parametrize("text, language", [
    ("Vi chiediamo se è possibile passare da 60 a 90 giorni fine mese per le fatture.", "it"),
    ("Per le fatture chiediamo 60 gg fine mese.", "it"),
])
def test_terms_in_days_before_month_end_are_no_date(text: str, language: str):
    assert _promised(text, language) is None


@pytest.mark.parametrize("text, language", [
    ("Votre collègue m'a appelée trois fois, dont une fois un dimanche. Merci d'écrire à la comptabilité.", "fr"),
    ("Uw collega belde zelfs een zondag over de factuur.", "nl"),
    ("Ihr Kollege hat wegen der Rechnung sogar einen Sonntag angerufen.", "de"),
    ("De rest van de factuur volgt zodra de Black Friday-omzet binnen is.", "nl"),
])
def test_a_weekday_that_names_no_day(text: str, language: str):
    assert _promised(text, language) is None


@pytest.mark.parametrize("text, language", [
    ("Further to my note on Tuesday - on invoice 1535 we've got a problem. The rest is going out as promised.", "en"),
    ("As per my message on Friday, invoice 1535 is wrong; the balance will be paid.", "en"),
    ("Naar aanleiding van mijn bericht van maandag: factuur 1535 klopt niet, de rest wordt betaald.", "nl"),
])
def test_the_day_of_a_message_followed_up_is_past(text: str, language: str):
    assert _promised(text, language) is None


@pytest.mark.parametrize("text, language, expected", [
    ("La 1228 passa comunque con la Ri.Ba. di fine mese come già detto.", "it", date(2026, 10, 31)),
    ("Invoice 1228 goes out at the end of the month as already agreed.", "en", date(2026, 10, 31)),
    ("Die Rechnung 1228 zahlen wir Ende des Monats wie bereits besprochen.", "de", date(2026, 10, 31)),
    ("La factura 1228 se paga a fin de mes como ya le dije.", "es", date(2026, 10, 31)),
])
def test_as_already_said_is_no_past_payment(text: str, language: str, expected: date):
    assert _promised(text, language) == expected


def test_a_closing_is_an_event_not_a_payment_day():
    text = ("The hotel closes for the winter on 8 November and cash is tight until the season restarts. "
            "Would it be possible to split the remaining open balance?")
    assert _promised(text, "en") is None


@pytest.mark.parametrize("text, language, expected", [
    ("La 1342 è stata inserita nel giro bonifici del 10, insieme alle altre partite.", "it", date(2026, 11, 10)),
    ("De factuur zit in de betaalrun van de 25e.", "nl", date(2026, 10, 25)),
])
def test_a_named_payment_runs_day(text: str, language: str, expected: date):
    assert _promised(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Us volíem demanar si és possible ampliar el termini de pagament de la factura 802 a 90 dies.", "ca"),
    ("Kunnen we de betalingstermijn verlengen naar 60 dagen?", "nl"),
])
def test_longer_payment_terms_asked_for(text: str, language: str):
    assert _labels(text, language)[0] == "payment_plan_request"


@pytest.mark.parametrize("text", [
    "La 1228 passa comunque con la Ri.Ba. di fine mese.",
    "Il residuo lo abbiamo messo in Ri.Ba. con scadenza 30/11.",
])
def test_an_italian_riba_is_paid_at_its_maturity(text: str):
    assert _labels(text, "it")[0] == "promise_to_pay"


def test_a_riba_returned_is_no_promise():
    assert "promise_to_pay" not in _labels("La Ri.Ba. del 30/09 ci è stata respinta dalla banca.", "it")


@pytest.mark.parametrize("text, language", [
    ("Heb net 5000 euro overgemaakt voor 489, de rest hoop ik eind november te kunnen doen.", "nl"),
    ("I've just transferred £2,000 for 4410, the balance will follow at the end of the month.", "en"),
    ("Je viens de virer 1 500 € pour la 1528, le solde suivra fin novembre.", "fr"),
    ("Acabo de transferir 2.000 € de la 1218, el resto a fin de mes.", "es"),
])
def test_a_part_just_paid_is_the_promise_not_the_balances_day(text: str, language: str):
    assert _promised(text, language) == SENT


def test_a_part_paid_earlier_leaves_the_balances_day():
    assert _promised("We paid 2,000 last week, the balance will follow at the end of the month.", "en") \
        == date(2026, 10, 31)


@pytest.mark.parametrize("text, language", [
    ("Os adjuntaría el albarán pero el escáner no funciona, lo mando mañana. La factura 1299 no cuadra.", "es"),
    ("Den Lieferschein zur Rechnung 1299 schicke ich Ihnen morgen.", "de"),
])
def test_a_document_sent_on_a_day_is_no_payment_day(text: str, language: str):
    assert _promised(text, language) is None


@pytest.mark.parametrize("text", [
    "Les factures 1200 et 1201 ont été mandatées le 3 novembre.",
    "Bonjour, la facture 1200 a été mandatée ce matin.",
])
def test_a_french_public_invoice_mandated_is_a_promise(text: str):
    labels = _labels(text, "fr")
    assert labels[0] == "promise_to_pay"


@pytest.mark.parametrize("text", [
    "Recibido el abono de las botellas rotas, gracias. Pagamos el neto de la 1218 el viernes.",
    "Transferimos el importe de la 4410 el jueves.",
])
def test_spanish_present_before_a_weekday_is_a_promise(text: str):
    assert _labels(text, "es")[0] == "promise_to_pay"


@pytest.mark.parametrize("text", [
    "Pagamos la factura el viernes pasado, revisen su banco.",
    "Ya la pagamos el martes, revisad el extracto.",
])
def test_spanish_paid_on_a_past_weekday_stays_a_claim(text: str):
    assert _labels(text, "es")[0] == "already_paid"
