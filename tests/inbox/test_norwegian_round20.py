"""Round 20 (dev116 on arrival): Norwegian (bokmål) customers of a Bergen exporter. Promises with a time,
payment claims, remittance advices, payment plans, disputes, document requests, changes of contact,
requests to stop contact and insolvency notices in Norwegian, the promised dates they name, and the
language reported as "nb"; each family with near misses (a negation after the verb, "aldri", a
condition, someone else's bankruptcy) that must not trigger."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.language import detect_language


def _labels(text: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, detect_language(text))]


@pytest.mark.parametrize("text, label", [
    # promises with a time
    ("Hei, vi betaler restbeløpet innen fredag. Hilsen Per", "promise_to_pay"),
    ("Fakturaen blir betalt i løpet av neste uke.", "promise_to_pay"),
    ("Begge fakturaene betales om 14 dager, beklager forsinkelsen.", "promise_to_pay"),
    ("Jeg skal overføre pengene så snart lønna er kommet inn.", "promise_to_pay"),
    ("Dere får beløpet på konto senest torsdag.", "promise_to_pay"),
    # already paid
    ("Fakturaen ble betalt 12.11 fra vår konto i DNB, sjekk innbetalingene.", "already_paid"),
    ("Vi har allerede betalt denne, kan dere se over reskontroen?", "already_paid"),
    ("Den betalte vi forrige tirsdag.", "already_paid"),
    ("Resten av beløpet, kr 12 400, er overført til dere i går.", "already_paid"),
    # remittance advice
    ("Vedlagt betalingsspesifikasjon for dagens utbetaling.", "remittance_advice"),
    ("Innbetalingen dekker fakturaene 1101, 1102 og 1107.", "remittance_advice"),
    # payment plans
    ("Kan vi få en nedbetalingsplan på det utestående? Likviditeten er stram etter sesongen.", "payment_plan_request"),
    ("Er det mulig å betale saldoen i fire månedlige avdrag?", "payment_plan_request"),
    ("Vi ber om betalingsutsettelse til over nyttår.", "payment_plan_request"),
    ("Kan vi få 45 dager netto fra neste år?", "payment_plan_request"),
    # disputes
    ("Det er feil pris på laksen, avtalen var 89 kr kiloen.", "dispute"),
    ("Vi har ikke mottatt fakturaen for oktober, bare følgeseddelen.", "dispute"),
    ("To av kassene kom lekk og råtten, vi sender en reklamasjon.", "dispute"),
    ("Vi venter på en kreditnota for de skadede kassene.", "dispute"),
    # document requests
    ("Kan dere sende en kopi av faktura 5521?", "document_request"),
    ("Revisoren vår ber om en kontoutskrift per 31.12.", "document_request"),
    ("Kan dere sende fakturaen på nytt? Den forsvant i spamfilteret.", "document_request"),
    # contact changes
    ("Vi har ny kontaktperson for regnskap fra 1. januar.", "contact_update"),
    ("Send fakturaer heretter til faktura@eksempelfisk.no.", "contact_update"),
    # requests to stop contact
    ("Ikke ring meg på mobilen om dette igjen.", "cease_contact"),
    ("Heretter kun skriftlig henvendelse, takk.", "cease_contact"),
    ("Jeg ber om at oppringingene opphører.", "cease_contact"),
    ("Kontakt vår advokat om saken.", "cease_contact"),
    # insolvency
    ("Styret har begjært oppbud, og tingretten har oppnevnt en bostyrer.", "insolvency_notice"),
    ("Krav meldes i boet til bostyreren innen fristen.", "insolvency_notice"),
    ("Selskapet er under rekonstruksjon, rekonstruktøren vil kontakte kreditorene.", "insolvency_notice"),
    ("Selskapet er besluttet tvangsoppløst av tingretten.", "insolvency_notice"),
])
def test_norwegian_intents(text: str, label: str):
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    # the negation comes after the verb, or is "aldri"
    ("Vi betaler ikke fakturaen før kreditnotaen er kommet.", "promise_to_pay"),
    ("Fakturaen er ikke betalt ennå, vi kommer tilbake.", "already_paid"),
    ("Den ble aldri betalt, det ser vi nå.", "already_paid"),
    # a condition, or a promise in the passive
    ("Dersom fakturaen er betalt, se bort fra denne påminnelsen.", "already_paid"),
    ("Fakturaen blir betalt på fredag.", "already_paid"),
    # someone else's bankruptcy, or a rumour denied
    ("En av våre største kunder har gått konkurs, så vi er litt presset.", "insolvency_notice"),
    ("Vi er ikke under rekonstruksjon, det er bare rykter.", "insolvency_notice"),
    # an invoice sent to us with thanks, not a request; a plan agreed and confirmed
    ("Takk for kopien av fakturaen, den er mottatt.", "document_request"),
    ("Vi bekrefter avtalte avdrag som før.", "payment_plan_request"),
    # contact welcomed, not refused
    ("Ikke nøl med å ringe meg om noe er uklart.", "cease_contact"),
    ("Hvis dere ikke ringer meg, sender jeg en e-post.", "cease_contact"),
])
def test_norwegian_near_misses(text: str, label: str):
    assert label not in _labels(text)


@pytest.mark.parametrize("text, sent, expected", [
    ("Vi betaler resten på fredag.", date(2026, 10, 14), date(2026, 10, 16)),
    ("Fakturaen blir betalt innen 10 dager.", date(2026, 10, 19), date(2026, 10, 29)),
    ("Beløpet betales om 7 dager.", date(2026, 11, 20), date(2026, 11, 27)),
    ("Vi betaler i slutten av neste uke.", date(2026, 9, 28), date(2026, 10, 9)),
    ("Vi betaler innen den 15.", date(2026, 10, 6), date(2026, 10, 15)),
    ("Resten overføres 8. desember.", date(2026, 11, 20), date(2026, 12, 8)),
    ("Vi betaler neste mandag.", date(2026, 10, 7), date(2026, 10, 12)),
    ("Vi betaler resten innen to uker.", date(2026, 10, 7), date(2026, 10, 21)),
])
def test_norwegian_promised_dates(text: str, sent: date, expected: date):
    found = find_promised_date(text, sent, detect_language(text))
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text, sent", [
    ("Vi kan ikke betale på fredag.", date(2026, 10, 6)),
    ("Fakturaen ble betalt fredag.", date(2026, 10, 6)),
])
def test_norwegian_no_promised_date(text: str, sent: date):
    assert find_promised_date(text, sent, detect_language(text)) is None


@pytest.mark.parametrize("text", [
    "Hei, fakturaen blir betalt i løpet av neste uke. Beklager forsinkelsen, vi har byttet regnskapsfører.",
    "Vi har ikke mottatt fakturaen for leveransen av torsk, kan dere sende den på nytt?",
])
def test_norwegian_reported_as_nb(text: str):
    assert detect_language(text) == "nb"


@pytest.mark.parametrize("text, code", [
    ("Vi betaler resten på fredag, og vi beklager forsinkelsen meget. Venlig hilsen", None),
    ("We will pay the remaining balance next Friday, apologies for the delay.", "en"),
])
def test_not_norwegian_not_nb(text: str, code):
    assert detect_language(text) != "nb" if code is None else detect_language(text) == code
