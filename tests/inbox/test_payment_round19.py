"""Round 19 readings (dev112-dev115 on arrival, outside Danish and Swedish): promised dates behind
an aside, a French future ("passeront à notre règlement du 10 novembre"), a payment committed to
beside a plan asked for in the sentence before, an email's own date and a price read as dates; a
mandataire's or liquidator's request to stop chasing the debtor; Spanish damage words for tiles
and ceramics; a customer's supplier assessment to fill in. Each with near misses that must not
change."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date


def _labels(text: str, language: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language)]


def _promised(text: str, sent: date, language: str) -> date | None:
    found = find_promised_date(text, sent, language)
    return found.value if found else None


# --- promised dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, sent, language, expected", [
    # an event in an aside is not the date's
    ("die 4846 ist jetzt freigegeben (Wareneingang war lange nicht gebucht) und wird Ende nächster Woche "
     "überwiesen.", date(2026, 10, 7), "de", date(2026, 10, 16)),
    ("Invoice 4410 is approved (the delivery was late) and will be paid this Friday.",
     date(2026, 10, 7), "en", date(2026, 10, 9)),
    # a French future of "passer"
    ("Les factures 4718 et 4726 ont été validées et passeront à notre règlement du 10 novembre (virement).",
     date(2026, 10, 19), "fr", date(2026, 11, 10)),
    ("La facture 1203 passera au virement du 25 novembre.", date(2026, 11, 3), "fr", date(2026, 11, 25)),
    # a payment committed to beside a plan asked for in the sentence before
    ("Serait-il possible d'étaler le solde de la facture 1355 en trois mensualités ? Nous pourrions verser "
     "CHF 3'000.- ce vendredi et le reste en décembre et janvier.", date(2026, 11, 18), "fr", date(2026, 11, 20)),
])
def test_promised_dates(text: str, sent: date, language: str, expected: date):
    assert _promised(text, sent, language) == expected


@pytest.mark.parametrize("text, sent, language", [
    # an event outside any aside still owns its day
    ("Wareneingang war am Freitag, die Rechnung ist noch in Prüfung.", date(2026, 10, 7), "de"),
    ("The delivery is on Friday and we will look at the invoice then.", date(2026, 10, 7), "en"),
    # an earlier email's own date, named after the payment
    ("Paid today:\n1144 - £11,322.91\n1175 - £12,081.49 (£810.00 held back re the price difference, as per my "
     "email of the 5th)", date(2026, 11, 20), "en"),
    ("As per our call of the 12th, the credit note is still outstanding.", date(2026, 11, 3), "en"),
    # a price after a month: "laut Rahmenvertrag vom Februar 16,40 EUR"
    ("Berechnet wurden 18,90 EUR je Kanister, vereinbart sind laut Rahmenvertrag vom Februar 16,40 EUR. Bitte "
     "schicken Sie uns eine Gutschrift, dann geben wir die Rechnung zur Zahlung frei.", date(2026, 10, 8), "de"),
    # a plan proposed on its own: its dates are the plan's terms
    ("Serait-il possible d'étaler la facture 1355 en trois mensualités, fin décembre, fin janvier et fin février ?",
     date(2026, 11, 18), "fr"),
])
def test_no_promised_date(text: str, sent: date, language: str):
    assert _promised(text, sent, language) is None


# --- an office holder's request to stop chasing the debtor ------------------------------------

@pytest.mark.parametrize("text, language", [
    ("MERSEY TRAINING ACADEMY LIMITED - IN CREDITORS' VOLUNTARY LIQUIDATION. Simon Hartley was appointed Joint "
     "Liquidator. We would ask that you do not contact the directors or former staff about the company's debts.",
     "en"),
    ("The company entered administration on 2 November. Please do not contact the company's directors regarding "
     "its debts; all claims to the administrators.", "en"),
    ("REDRESSEMENT JUDICIAIRE HYDRAUMECA INDUSTRIES SA. Les relances adressées à la société débitrice pour ces "
     "factures sont donc sans objet : nous vous demandons d'y mettre fin.", "fr"),
    ("Suite au jugement d'ouverture de la liquidation judiciaire, merci de mettre fin à vos relances auprès de la "
     "société.", "fr"),
])
def test_stop_chasing_the_debtor(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice" or labels[0] == "cease_contact"
    assert "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    ("Please do not contact the directors, they are on holiday; talk to me about the invoice.", "en"),
    ("Nous vous demandons d'y mettre fin rapidement, ce contrat de maintenance ne nous convient plus.", "fr"),
    ("Votre question sur la remise est sans objet, la facture est payée.", "fr"),
])
def test_stop_near_misses(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- Spanish damage to tiles and ceramics -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "De la factura 1147 devolvemos 38 cajas de rodapié que llegaron con los cantos desconchados. Descontaremos "
    "1.284,60 € y pagaremos el resto a su vencimiento.",
    "Tres cajas de la factura 1150 llegaron rotas, os descontamos su importe.",
    "Varias piezas del pedido vienen astilladas y agrietadas, no podemos colocarlas.",
])
def test_spanish_damage(text: str):
    assert _labels(text, "es")[0] == "dispute"


def test_spanish_promise_stays_a_promise():
    assert _labels("Pagaremos la factura 1147 el viernes, gracias.", "es")[0] == "promise_to_pay"


# --- a supplier assessment to fill in ---------------------------------------------------------

def test_supplier_assessment_is_other():
    text = ("im Rahmen unserer jährlichen Lieferantenbewertung bitten wir Sie, die beigefügte Selbstauskunft "
            "(Zertifikate EN 9100, REACH) bis zum 15.11.2026 ausgefüllt zurückzusenden.")
    assert _labels(text, "de")[0] == "other"


def test_supplier_assessment_beside_a_promise():
    assert _labels("Die Rechnung 4711 zahlen wir am Freitag. Die Lieferantenbewertung folgt.", "de")[0] == "promise_to_pay"
