"""Round 18 payments (found on the arrival of dev108-dev111): Polish payment wording (a promise, a
paid claim, an advice, instalments, a dispute and what it withholds, a document asked for) and
Polish dates (weekdays in their cases, "do końca miesiąca", "za tydzień", "w ciągu 14 dni", "do
15-go", month names in the genitive), words typed without the "ł", a schedule laid out under a
plan's own name, an instalment day that repeats ("telkens op de 15e"), the bank's transit time of
money already sent, the goods receipt's opening day in a newsletter, and the Spanish balance told
with its amount between ("el resto (6.118,15 €) irá a final de mes"). Near misses guard the
negated Polish promise ("nie zapłacimy"), a past Polish payment's day and a copy sent, not asked."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.disputes import dispute_reason
from inbox.intent_engine import rule_fold

SENT = date(2026, 10, 21)  # a Wednesday


def _promised(text: str, language: str = "pl") -> date | None:
    found = find_promised_date(text, SENT, language)
    return found.value if found else None


def _labels(text: str, language: str = "pl") -> list[str]:
    return [s.label for s in classify_intents(text, "", language)]


# --- intents ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zapłacimy fakturę FV/26/0812 do piątku.",
    "Przelew zostanie wysłany do końca miesiąca.",
    "Ureguluję należność w ciągu 14 dni.",
    "Do 994 - w piątek puścimy 10 000 zł, resztę postaram się jak najszybciej.",
    "Wpłata nastąpi do 15-go.",
    "Zaplacimy w przyszly piatek.",  # typed without the Polish letters
    "Dokonamy przelewu w poniedziałek.",
])
def test_a_polish_promise(text: str):
    assert _labels(text)[0] == "promise_to_pay"


@pytest.mark.parametrize("text", [
    "Zapłaciliśmy tę fakturę 3 listopada, proszę sprawdzić.",
    "Faktura została już opłacona.",
    "Dokonaliśmy płatności w zeszłym tygodniu.",
    "Przelew wykonany 28.10, w załączeniu potwierdzenie przelewu.",
])
def test_a_polish_paid_claim(text: str):
    assert _labels(text)[0] == "already_paid"


@pytest.mark.parametrize("text", [
    "Dzisiaj zapłaciliśmy faktury FV/26/0648 i FV/26/0769.",
    "W dniu dzisiejszym zrealizowaliśmy przelew na łączną kwotę 56 170,00 zł.",
])
def test_a_polish_payment_made_today_is_an_advice(text: str):
    assert _labels(text)[0] == "remittance_advice"


@pytest.mark.parametrize("text", [
    "Zwracamy się z prośbą o rozłożenie zadłużenia na raty.",
    "Czy możemy rozłożyć płatność na trzy raty miesięczne?",
    "Prosimy o przedłużenie terminu płatności do 60 dni.",
    "Proszę o przesłanie harmonogramu spłat.",
])
def test_a_polish_plan_request(text: str):
    assert _labels(text)[0] == "payment_plan_request"


@pytest.mark.parametrize("text, reason", [
    ("Nie otrzymaliśmy faktury FV/26/0777, więc nie możemy jej zapłacić.", "invoice_not_received"),
    ("Faktura FV/26/0881 nie zostanie zapłacona - dostawa tarcicy w ogóle do nas nie dotarła.", "not_received_goods"),
    ("Składamy reklamację - 12 palet przyszło uszkodzonych.", "damaged"),
    ("Brakuje 40 sztuk palet na dostawie.", "quantity"),
    ("Cena na fakturze to 52,00 zł netto, a w ofercie z czerwca mieliśmy 46,00 zł.", "pricing"),
    ("Prosimy o wystawienie faktury korygującej, cena jest niezgodna z ofertą.", "pricing"),
    ("Faktura jest zdublowana - ta sama dostawa zafakturowana dwa razy.", "duplicate_billing"),
    ("Nie zapłacimy tej faktury, dopóki nie dostaniemy korekty.", "other"),
])
def test_a_polish_dispute_and_its_reason(text: str, reason: str):
    assert _labels(text)[0] == "dispute"
    found = dispute_reason(text, "pl")
    assert found is not None and found[0] == reason


@pytest.mark.parametrize("text", [
    "Prosimy o przesłanie potwierdzenia salda na dzień 31.10.2026 oraz zestawienia nierozliczonych faktur.",
    "Proszę o kopię faktury FV/26/0812.",
    "Prośba o duplikat faktury FV/26/0655.",
    # a passing "we did not get it" beside the request is the request's reason (as "did not receive ... send a copy")
    "Nie otrzymaliśmy faktury FV/26/0777, prosimy o duplikat.",
])
def test_a_polish_document_request(text: str):
    assert _labels(text)[0] == "document_request"


def test_a_negated_polish_promise_is_none():
    assert "promise_to_pay" not in _labels("Nie zapłacimy do końca miesiąca, brak środków.")
    assert _promised("Nie zapłacimy do końca miesiąca, brak środków.") is None


def test_a_copy_sent_is_no_request():
    assert "document_request" not in _labels("W załączeniu przesyłamy kopię faktury, o którą Pani prosiła.")


def test_a_credit_note_asked_for_is_the_dispute_not_a_copy():
    assert _labels("Prosimy o fakturę korygującą do FV/26/0655.")[0] == "dispute"


def test_the_rule_engine_reads_the_words_typed_without_the_stroke():
    assert rule_fold("Zapłacimy") == rule_fold("zaplacimy") == "zaplacimy"


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("W piątek puścimy 10 000 zł.", date(2026, 10, 23)),
    ("Zapłacimy do piątku.", date(2026, 10, 23)),
    ("Zapłacimy do środy.", date(2026, 10, 28)),  # sent on a Wednesday: the next one
    ("Przelew puścimy w poniedziałek.", date(2026, 10, 26)),
    ("Przelew zostanie wysłany do końca miesiąca.", date(2026, 10, 31)),
    ("Zapłacimy do końca listopada.", date(2026, 11, 30)),
    ("Zapłacimy do 30 listopada.", date(2026, 11, 30)),
    ("Ureguluję fakturę do 15-go.", date(2026, 11, 15)),
    ("Płatność nastąpi do 20-go.", date(2026, 11, 20)),
    ("Zapłacimy w ciągu 14 dni.", date(2026, 11, 4)),
    ("Ureguluję w ciągu 5 dni roboczych.", date(2026, 10, 28)),
    ("Wpłata nastąpi za tydzień.", date(2026, 10, 28)),
    ("Faktura zostanie zapłacona jutro.", date(2026, 10, 22)),
    ("Zapłacimy do końca tygodnia.", date(2026, 10, 23)),
    ("Zapłacimy w połowie listopada.", date(2026, 11, 15)),
    ("Przelew został wysłany w piątek, a resztę zapłacimy do 30 listopada.", date(2026, 11, 30)),
])
def test_a_polish_promised_date(text: str, expected: date):
    assert _promised(text) == expected


@pytest.mark.parametrize("text", [
    "Zapłacimy w przyszłym tygodniu.",  # a week, no day
    "Zapłaciliśmy w piątek 16 października.",  # past
    "Faktura została zapłacona 19 października, proszę sprawdzić.",
    "przelew wykonany dzisiaj",
])
def test_no_polish_promised_date(text: str):
    assert _promised(text) is None


def test_a_schedule_under_the_plans_name_is_its_terms():
    text = ("Je vous confirme notre demande d'échéancier pour la facture FL26-04548 (12 462,60 €) :\n"
            "- 4 000 € au 30 novembre,\n- 4 000 € au 31 décembre,\n- le solde, soit 4 462,60 €, au 31 janvier.")
    assert _promised(text, "fr") is None


def test_a_schedule_under_a_commitment_is_still_a_promise():
    text = "We will pay as follows:\n- £500 on 30 November\n- £500 on 31 December"
    assert _promised(text, "en") == date(2026, 11, 30)


def test_an_instalment_day_that_repeats_is_no_promise():
    text = ("We willen voorstellen om het saldo van factuur 390 in drie maandelijkse schijven te betalen, "
            "telkens op de 15e: december, januari en februari.")
    assert _promised(text, "nl") is None


def test_the_banks_transit_time_of_money_sent_is_no_promise():
    text = ("Please find below details of a BACS payment made today.\n"
            "Funds should reach your account at Crédit Agricole within 2 working days.")
    assert _promised(text, "en") is None
    assert _promised("We will pay within 5 days.", "en") == date(2026, 10, 26)


def test_the_goods_receipts_opening_day_is_no_promise():
    text = ("Our plant will be closed for the Christmas shutdown from 23 December to 3 January. "
            "Goods receipt will be open on 22 December until 14:00 only.")
    assert _promised(text, "en") is None


def test_whatever_is_open_is_still_paid_by_month_end():
    text = "Once I have it I'll pay whatever is open by the end of the month."
    assert _promised(text, "en") == date(2026, 10, 31)


def test_the_spanish_balance_told_with_its_amount_between():
    text = ("Hoy hemos hecho la transferencia de 10.000,00 € a cuenta de la factura 04325. "
            "El resto (6.118,15 €) irá a final de mes.")
    assert "promise_to_pay" in [s.label for s in classify_intents(text, "", "es", has_promised_date=True)]
    assert _promised(text, "es") == date(2026, 10, 31)
