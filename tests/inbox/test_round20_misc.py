"""Round 20 (dev116-dev119 on arrival; English, French, Spanish, German and Swedish): a part paid today
with the balance later (today is the promise), the cheque run's day said as "cutting checks", Spanish
instalment offers ("cada quincena ... hasta liquidar"), our collection said to violate the automatic stay
(a cease request beside the notice), an order "postérieure au jugement" paid as usual, a lien claim on a
third party's job, Swedish fronted objects ("Faktura 123 har vi aldrig fått", "den betalade vi ..."),
longer terms in Swedish, and a German credit note still awaited. Each family with near misses."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.language import detect_language


def _labels(text: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, detect_language(text))]


SENT = date(2026, 11, 10)  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    # part now, balance later: today's part is the promise (docs/labelling.md)
    ("We sent $4,200.00 today by ACH on 7731, the remaining balance goes out with our Nov 24 check run.", SENT),
    ("Today we wired 3,000 and the rest will follow at the end of the month.", SENT),
    ("Hoy mandé 2,500 por transferencia y la otra semana les mando lo demás.", SENT),
    ("Aujourd'hui nous avons viré 1 500 €, le solde suivra fin novembre.", SENT),
    # the cheque run's day
    ("We are cutting checks Friday and 7731 is on the list.", date(2026, 11, 13)),
    ("AP cuts checks on Thursday, yours is included.", date(2026, 11, 12)),
    # a payment word beside the date still decides, fixed price or not
    ("The fixed price stays as agreed; we will pay invoice 4410 on 20 November.", date(2026, 11, 20)),
    # the colloquial French "on" for "we", with the third-person future
    ("Bonjour, on paiera mercredi de la semaine prochaine. Cordialement", date(2026, 11, 18)),
    ("On vous réglera le solde vendredi, désolé du retard.", date(2026, 11, 13)),
])
def test_round20_promised_dates(text: str, expected: date) -> None:
    found = find_promised_date(text, SENT, detect_language(text))
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", [
    # a payment told as done, no balance promised: an advice, no promise date
    "Please find attached the remittance for check 5512 mailed today.",
    "We sent $4,200.00 today by ACH on invoice 7731.",
    # a balance with no time at all and no part paid today
    "The remaining balance will follow once the GC releases our draw.",
    # cutting something else
    "We are cutting costs this Friday across all sites.",
    # a price held until a date, in a pricing dispute: the contract's term
    "Laut Rahmenvertrag ist bis 31.12.2026 ein Festpreis vereinbart, die Rechnung 4410 ist falsch berechnet.",
    "Our agreement has a fixed price valid until 31 December; invoice 4410 shows the new list price.",
    # someone else's future payment, with no day
    "Notre client paiera quand il pourra, nous vous tiendrons au courant.",
])
def test_round20_no_promised_date(text: str) -> None:
    assert find_promised_date(text, SENT, detect_language(text)) is None


@pytest.mark.parametrize("text, label", [
    # Spanish instalments every fortnight until cleared
    ("Tenemos atrasadas dos facturas y no podemos pagar todo junto. Te propongo pagar 5 mil dólares cada quincena "
     "hasta liquidar.", "payment_plan_request"),
    ("Podríamos abonar 3,000 al mes hasta cubrir el saldo, si les parece.", "payment_plan_request"),
    # the collection said to breach the automatic stay: a cease request beside the notice
    ("This office represents the debtor in its Chapter 11 case. Your further collection calls violate the automatic "
     "stay; please stop.", "cease_contact"),
    # Swedish: fronted object
    ("Faktura 5510 har vi aldrig fått. Skicka gärna en kopia.", "dispute"),
    ("Sluta skicka påminnelser om 5520, den betalade vi den 2 november.", "already_paid"),
    ("Vore det möjligt att gå över till 45 dagars betalningsvillkor istället för 30 nästa år?", "payment_plan_request"),
])
def test_round20_labels_present(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    ("Te propongo pagar 5 mil dólares cada quincena hasta liquidar.", "payment_plan_request"),
    ("Fakturan 5510 har vi aldrig fått, den finns inte i vårt system.", "dispute"),
    ("Die 4410 und 4411 überweisen wir Freitag. Zur 4412 warten wir weiterhin auf Ihre Gutschrift.", "dispute"),
])
def test_round20_labels_lead_or_present(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize("text, label", [
    # a habit told, not an offer: no plan
    ("Siempre pagamos cada quincena, ya lo sabe su colega.", "payment_plan_request"),
    # the statute's warning to all creditors alone: the notice, no request of our own
    ("Notice of Chapter 11 filing. Creditors who violate the automatic stay may be sanctioned by the court.",
     "cease_contact"),
    # an order placed after the judgment, paid as usual: no notice
    ("La facture 8841 (commande postérieure au jugement) a été réglée par virement le 12/11.", "insolvency_notice"),
    # a lien claim on the customer's own client's job, after that client's Chapter 7: no dispute with us
    ("FYI our GC on the Elm Street job filed Chapter 7. We're filing our lien claim. Nothing changes with you.",
     "dispute"),
    # the credit note received and thanked for: no dispute
    ("Danke für die Gutschrift, wir überweisen die 4412 am Freitag.", "dispute"),
    # Swedish questions and conditions
    ("Varför betalade vi den två gånger?", "already_paid"),
    ("Vi har 30 dagars betalningsvillkor, det passar oss bra.", "payment_plan_request"),
])
def test_round20_near_misses(text: str, label: str) -> None:
    assert label not in _labels(text)


def test_round20_third_party_chapter7_is_other() -> None:
    text = ("FYI in case you sell to them: Redbud Builders, the GC on our Tyler job, filed Chapter 7 last week. "
            "We're filing our lien claim. Doesn't change anything on our account with you.")
    assert _labels(text)[0] == "other"


def test_round20_post_judgment_order_paid() -> None:
    text = "La facture 8841 (commande postérieure au jugement) a été réglée par virement le 12/11. Merci de lettrer."
    assert _labels(text)[0] == "already_paid"


def test_round20_receivables_still_insolvency_before_judgment() -> None:
    # debts from before the judgment stay the jugement family's
    text = "Les créances antérieures au jugement d'ouverture doivent être déclarées au mandataire judiciaire."
    assert "insolvency_notice" in _labels(text)
