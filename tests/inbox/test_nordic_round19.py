"""Round 19 (dev112-dev115 on arrival): Danish and Swedish customers, new to arbox. Promises, payment
claims, remittance advices, payment plans, disputes, document requests, changes of contact, requests
to stop contact and insolvency notices in both languages, and the promised dates they name; each with
near misses (a negation after the verb, a condition, someone else's bankruptcy) that must not trigger."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.language import detect_language


def _labels(text: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, detect_language(text))]


@pytest.mark.parametrize("text, label", [
    # promises
    ("Hej, vi betaler resten på fredag. Mvh Mette", "promise_to_pay"),
    ("Vi betalar 20 000 kr på fredag och resten i slutet av november.", "promise_to_pay"),
    ("Beløbet overføres senest torsdag i næste uge.", "promise_to_pay"),
    ("Jag ska betala fakturan senast nästa fredag.", "promise_to_pay"),
    ("Ja ved godt den er lidt over tid. I får 10.000 i slutningen af næste uge.", "promise_to_pay"),
    # already paid
    ("Den her faktura (4530) blev betalt fredag d. 2. oktober fra vores konto.", "already_paid"),
    ("Vi har redan betalt 27 320 kr på 4555 i september, kan ni kolla?", "already_paid"),
    ("Fakturaen er betalt, tjek venligst jeres kontoudtog.", "already_paid"),
    # remittance advice
    ("Bifogar betalningsspecifikation för dagens utbetalning.", "remittance_advice"),
    ("Vedhæftet betalingsadvis for dagens overførsel.", "remittance_advice"),
    # payment plans
    ("Kan vi lave en afdragsordning på det udestående? Vi er presset på likviditeten.", "payment_plan_request"),
    ("Kan vi få lov at gå fra 30 til 60 dages betalingsfrist i vinterhalvåret?", "payment_plan_request"),
    ("Vi skulle vilja ha en avbetalningsplan, kan vi dela upp det i tre delbetalningar?", "payment_plan_request"),
    # disputes
    ("Fakt. 4671 betales ikke før vi har en løsning. 3 tanke var utætte i bunden.", "dispute"),
    ("På fakturan är priset fel pris, 412 kr i stället för 368 kr. Vi betalar inte fakturan förrän vi fått en "
     "kreditnota.", "dispute"),
    ("Vi har inte mottagit fakturan, kan ni skicka den igen?", "dispute"),
    ("Der mangler 6 dunke i leverancen.", "dispute"),
    # document requests
    ("Kan ni skicka ett kontoutdrag över alla öppna poster per idag?", "document_request"),
    ("Send os venligst en kopi af fakturaen.", "document_request"),
    # contact changes
    ("Skicka dem istället som PDF till leverantorsfakturor@lundsprivatsjukhus.se.", "contact_update"),
    ("Mette er stoppet hos os. Send venligst fakturaer til nyhavnkaj@bogholderiet-kbh.dk fremover.", "contact_update"),
    # requests to stop contact
    ("Jag vill inte bli kontaktad på det här numret. Ring inte mig efter arbetstid.", "cease_contact"),
    ("Vi ønsker ikke flere telefonopkald om sagen. Al kommunikation skal ske skriftligt.", "cease_contact"),
    ("Kontakta oss inte längre, all kontakt ska gå via vår advokat.", "cease_contact"),
    # a modal and its negation before the verb
    ("Du må ikke ringe til os igen om den sag.", "cease_contact"),
    ("Ni får inte ringa mig mer, skicka allt per brev.", "cease_contact"),
    # insolvency
    ("Göteborgs tingsrätt har beslutat om företagsrekonstruktion för bolaget. Advokat Wahlgren är utsedd till "
     "rekonstruktör.", "insolvency_notice"),
    ("Selskabet er taget under konkursbehandling, og undertegnede er udpeget som kurator. Krav anmeldes over for boet.",
     "insolvency_notice"),
    ("Bolaget har gått i likvidation och likvidatorn kommer att kontakta er.", "insolvency_notice"),
])
def test_nordic_intents(text: str, label: str):
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    # the negation comes after the verb
    ("Vi betaler ikke fakturaen, før vi har fået en kreditnota.", "promise_to_pay"),
    ("Fakturan är inte betald än, vi återkommer.", "already_paid"),
    ("Vi har ikke betalt endnu.", "already_paid"),
    # a condition, or someone else's procedure
    ("Hvis fakturaen er betalt, så se bort fra dette.", "already_paid"),
    ("En af vores største kunder er gået konkurs, så vi er lidt presset.", "insolvency_notice"),
    ("Vi er ikke under rekonstruktion, det er bare et rygte.", "insolvency_notice"),
    # settled, not disputed: the credit note arrived
    ("Kreditnotan på de 6 dunkarna har kommit, tack.", "dispute"),
    # an invoice sent, not paid; goods sent back, not a promise
    ("Fakturaen er sendt til jeres bogholderi.", "already_paid"),
    ("Vi sender dem tilbage på fredag.", "promise_to_pay"),
    # a delivery moved: no request to stop contact or promise
    ("Kan I få fat i vores sælger? Leveringen skal flyttes til tirsdag.", "cease_contact"),
    # leave to call, and a condition
    ("I må gerne ringe til mig i morgen, så finder vi en løsning.", "cease_contact"),
    ("Hvis I ikke når mig, må I ringe til min kollega.", "cease_contact"),
])
def test_nordic_near_misses(text: str, label: str):
    assert label not in _labels(text)


@pytest.mark.parametrize("text, sent, expected", [
    ("Vi betalar 20 000 kr på fredag.", date(2026, 10, 14), date(2026, 10, 16)),
    ("Vi betalar resterande 20 553,75 kr på 4733 på fredag.", date(2026, 11, 20), date(2026, 11, 27)),
    ("I får 10.000 i slutningen af næste uge.", date(2026, 10, 6), date(2026, 10, 16)),
    ("Vi betaler resten næste fredag.", date(2026, 10, 6), date(2026, 10, 9)),
    ("Beløbet overføres ultimo måneden.", date(2026, 10, 6), date(2026, 10, 31)),
    ("Vi betalar resten i slutet av månaden.", date(2026, 10, 6), date(2026, 10, 31)),
    ("Vi betaler senest mandag.", date(2026, 10, 7), date(2026, 10, 12)),
])
def test_nordic_promised_dates(text: str, sent: date, expected: date):
    found = find_promised_date(text, sent, detect_language(text))
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text, sent", [
    ("Vi kan ikke betale på fredag.", date(2026, 10, 6)),
    ("Fakturaen blev betalt fredag.", date(2026, 10, 6)),
])
def test_nordic_no_promised_date(text: str, sent: date):
    assert find_promised_date(text, sent, detect_language(text)) is None
