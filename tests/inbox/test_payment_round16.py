"""Round 16 payments (found on the arrival of dev100-dev103): a weekday's run written without its
apostrophe, a vague week narrowed by its day, an instalment schedule laid out under a proposal, an
invoice put into a named Dutch payment run, Portuguese "quitar", a refusal to pay over a fault
leading a promise for other invoices, Dutch instalments counted before their kind; and the near
misses that must not change."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date

SENT = date(2026, 10, 5)  # a Monday


def _promised(text: str, language: str = "en") -> date | None:
    found = find_promised_date(text, SENT, language)
    return found.value if found else None


def _labels(text: str, language: str) -> list[str]:
    return [s.label for s in classify_intents(text, "", language)]


@pytest.mark.parametrize("text, expected", [
    ("Both of those go out on Thursdays run, no problem.", date(2026, 10, 8)),
    ("The two bills are in Fridays payment run.", date(2026, 10, 9)),
    ("Your invoice goes out on Friday's run.", date(2026, 10, 9)),
])
def test_a_weekdays_run_without_its_apostrophe(text: str, expected: date):
    assert _promised(text) == expected


def test_a_plural_weekday_alone_is_a_habit_not_a_day():
    assert _promised("We only pay suppliers on Fridays.") is None


@pytest.mark.parametrize("text, language, expected", [
    ("The balance will be paid this week on Wednesday, I have already told the bank.", "en", date(2026, 10, 7)),
    ("Wir werden die Rechnung diese Woche am Donnerstag bezahlen, die Bank hat es schon bestätigt.", "de",
     date(2026, 10, 8)),
    ("Nous réglerons la facture cette semaine, le jeudi, j'ai déjà prévenu la banque.", "fr", date(2026, 10, 8)),
])
def test_a_vague_week_narrowed_by_its_day(text: str, language: str, expected: date):
    assert _promised(text, language) == expected


@pytest.mark.parametrize("text", [
    "We paid this week on Tuesday.",
    "The balance will be paid this week.",
])
def test_a_past_day_or_a_week_alone_stays_unpromised(text: str):
    assert _promised(text) is None


@pytest.mark.parametrize("text, language", [
    ("Things are slow after the flood. We would propose the following:\n\n  £3,000 on 30 October 2026\n"
     "  £3,000 on 27 November 2026\n  £1,250 on 18 December 2026\n\nLet me know if that works.", "en"),
    ("Nous vous proposons l'échéancier suivant :\n- 2 000 € le 30/10/2026\n- 2 000 € le 30/11/2026\n", "fr"),
])
def test_a_schedule_laid_out_under_a_proposal_is_the_plans_terms(text: str, language: str):
    assert _promised(text, language) is None


def test_a_schedule_laid_out_under_a_commitment_is_a_promise():
    text = "We will pay as follows:\n\n  £3,000 on 30 October 2026\n  £3,000 on 27 November 2026\n"
    assert _promised(text) == date(2026, 10, 30)


@pytest.mark.parametrize("text", [
    "Ter info: factuur 2231 gaat mee in onze betaalrun van 20 oktober.",
    "Beide facturen worden meegenomen in de betaalronde van vrijdag.",
])
def test_an_invoice_put_into_a_named_dutch_run(text: str):
    assert "promise_to_pay" in _labels(text, "nl")


def test_a_dutch_run_that_went_is_no_promise():
    assert "promise_to_pay" not in _labels("Factuur 2231 is vorige week al betaald.", "nl")


@pytest.mark.parametrize("text", [
    "Vamos quitar a fatura 552 até o final do mês.",
    "Quitaremos o saldo na sexta-feira.",
])
def test_portuguese_quitar_is_a_promise(text: str):
    assert _labels(text, "pt")[0] == "promise_to_pay"


def test_portuguese_quitar_gives_its_date():
    assert _promised("Vamos quitar a fatura 552 até o final do mês.", "pt") == date(2026, 10, 31)


@pytest.mark.parametrize("text", [
    "Invoice 771 will be paid on Friday. For 772 the pump was the wrong model and went back, so we should not pay it.",
    "771 goes out Friday. We will not release payment for 772 until the panels are fitted and signed off.",
    "771 will be paid Monday. 772 still not getting paid until you sort out the hire charge.",
])
def test_a_refusal_to_pay_over_a_fault_leads_a_promise_for_others(text: str):
    labels = _labels(text, "en")
    assert labels[0] == "dispute" and "promise_to_pay" in labels, labels


@pytest.mark.parametrize("text", [
    "Invoice 771 will be paid on Friday, you should not worry about it.",
    "Invoice 771 will be paid on Friday once it is approved.",
])
def test_a_promise_without_a_refusal_stays_a_promise(text: str):
    assert _labels(text, "en")[0] == "promise_to_pay"


@pytest.mark.parametrize("text", [
    "Mag ik deze factuur in vier maandelijkse delen betalen?",
    "Kunnen we het bedrag in drie gelijke termijnen voldoen?",
])
def test_dutch_instalments_counted_before_their_kind(text: str):
    assert _labels(text, "nl")[0] == "payment_plan_request"


def test_a_dutch_monthly_delivery_is_no_plan():
    assert "payment_plan_request" not in _labels("Wij ontvangen de maandelijkse levering graag op dinsdag.", "nl")


@pytest.mark.parametrize("text", [
    "Sulla fattura 771 ci avete addebitato 50 pezzi, ne abbiamo ricevuti 38. Chiediamo nota di credito per le 12 "
    "mancanti; nel frattempo la fattura resta bloccata.",
    "La fattura 771 è bloccata finché non ci mandate la nota di credito per le 4 scatole rotte.",
])
def test_italian_le_before_a_number_is_a_count_not_a_day(text: str):
    assert _promised(text, "it") is None


def test_french_le_before_a_number_is_still_a_day():
    assert _promised("Nous réglerons la facture le 15.", "fr") == date(2026, 10, 15)


@pytest.mark.parametrize("text", [
    "Zur Info: wir haben vom 23.12. bis 06.01. Betriebsferien. Bitte die bestellten Ersatzteile danach liefern.",
    "Können Sie uns ein Angebot für Ersatzteile der Abfüllanlage schicken?",
])
def test_spare_parts_named_are_no_dispute(text: str):
    assert "dispute" not in _labels(text, "de")


def test_a_replacement_delivery_asked_for_a_fault_is_still_a_dispute():
    assert "dispute" in _labels("Die Pumpe ist defekt angekommen, wir erwarten eine Ersatzlieferung.", "de")
