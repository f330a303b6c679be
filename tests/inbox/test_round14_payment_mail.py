"""Round 14 (dev88-dev91 on arrival): promised dates said with "quand même", Dutch "pas", Quebec
"aujourdhui"; dates that are no promise ("ne sera plus surveillée après le 31", a payment advice "van
vandaag", a plan's start "si están de acuerdo", a move of premises); the correction awaited before
paying as a dispute that leads; Dutch/German longer terms; Spanish and Dutch contact changes; a
sales enquiry; a newsletter's news."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents, primary_intent
from inbox.dates import find_promised_date


def promised(text: str, sent: date, language: str) -> date | None:
    found = find_promised_date(text, sent, language)
    return found.value if found else None


def labels_of(text: str, language: str, **flags: bool) -> list[str]:
    return [s.label for s in classify_intents(text, "Re: rappel", language, **flags)]


def primary_of(text: str, language: str, **flags: bool) -> str:
    return primary_intent(classify_intents(text, "Re: rappel", language, **flags))


# --- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "sent", "text", "expected"),
    [
        # "quand même" is "all the same", no condition
        ("fr", date(2026, 11, 9), "Un client a fait faillite, mais on va quand même vous payer la NV26-10566 d'ici la fin du mois.",
         date(2026, 11, 30)),
        ("fr", date(2026, 11, 9), "Nous réglerons quand même la facture 4411 vendredi.", date(2026, 11, 13)),
        # Dutch "pas" is "not until": the day is still promised
        ("nl", date(2026, 10, 21), "Factuur HFB-26-4250 betalen we zeker, maar pas eind november.", date(2026, 11, 30)),
        ("nl", date(2026, 10, 21), "Wij betalen factuur 4250 pas op 30 november.", date(2026, 11, 30)),
        ("nl", date(2026, 10, 21), "De 4250 wordt pas vrijdag betaald.", date(2026, 10, 23)),
        # "aujourdhui" without its apostrophe; the first part payment is the promise
        ("fr", date(2026, 11, 5), "salut, jvais payer 500$ aujourdhui par interac pis le reste de la NV26-10505 le 15.",
         date(2026, 11, 5)),
    ],
)
def test_round14_dates_found(language: str, sent: date, text: str, expected: date) -> None:
    assert promised(text, sent, language) == expected


@pytest.mark.parametrize(
    ("language", "sent", "text", "expected"),
    [
        # Dutch separable verbs and the remainder name the payment
        ("nl", date(2026, 11, 16), "Die van 3306,83 staat klaar, gaat vrijdag de deur uit.", date(2026, 11, 20)),
        ("nl", date(2026, 11, 25), "Van 1071 maken we vrijdag 10.000 euro over, de rest volgt begin januari.", date(2026, 11, 27)),
        ("nl", date(2026, 12, 1), "De lampen zijn vrijdag vervangen. Factuur 1489 gaat eind volgende week over.", date(2026, 12, 11)),
        # the invoice paid on its own due date
        ("de", date(2026, 11, 26), "KP26-1697 zahlen wir termingerecht zum Fälligkeitstermin am 09.12.2026.", date(2026, 12, 9)),
        ("fr", date(2026, 11, 26), "Nous réglons la 1697 à l'échéance du 09/12/2026.", date(2026, 12, 9)),
        # released now (the perfect) for a payment ahead
        ("en", date(2026, 12, 2), "The gaskets arrived yesterday. I've released VDL-26-1291 (£487.20) for payment on Tuesday.",
         date(2026, 12, 8)),
        # an English "over" is no Dutch transfer: the part paid today is the promise, not the market's Saturday
        ("en", date(2026, 11, 17), "Truck season is basically over, I'm down to the Saturday farmers market till spring. "
                                   "Can we set up a payment plan? I'll put $500 on the portal today either way.",
         date(2026, 11, 17)),
        # a card charge retried
        ("en", date(2026, 10, 6), "I'll update the card tonight, so you should be able to retry the charge for PG26-10783 "
                                  "tomorrow morning.", date(2026, 10, 7)),
    ],
)
def test_round14_payment_words(language: str, sent: date, text: str, expected: date) -> None:
    assert promised(text, sent, language) == expected


@pytest.mark.parametrize(
    ("language", "sent", "text"),
    [
        # French "pas" still denies
        ("fr", date(2026, 10, 21), "Nous ne pourrons pas payer la facture 4250 fin novembre."),
        # "ne ... plus" without the elided n'
        ("fr", date(2026, 10, 20), "L'adresse admin@ ne sera plus surveillée après le 31 octobre. La facture 466 sera "
                                   "incluse dans notre prochain lot de paiements."),
        ("fr", date(2026, 10, 20), "Nous ne réglerons plus par chèque à partir du 31 octobre."),
        # a payment advice's own date is the day it was paid
        ("nl", date(2026, 11, 11), "In bijlage het betalingsbericht van vandaag."),
        ("en", date(2026, 11, 11), "Attached is the remittance advice of today for invoices 4201 and 4202."),
        ("fr", date(2026, 11, 11), "Ci-joint l'avis de paiement du 11 novembre pour la facture 4201."),
        # the supplier's consent asked before the date: a plan's start, not a promise
        ("es", date(2026, 10, 29), "Podemos dar $500 cada quincena hasta terminar las facturas. Si están de acuerdo "
                                   "empezamos el 15 de noviembre."),
        ("en", date(2026, 10, 29), "We could pay $500 every two weeks. If you agree, we start on 15 November."),
        ("fr", date(2026, 10, 29), "Nous pourrions verser 500 $ par mois. Si vous êtes d'accord, nous commençons le 15 novembre."),
        # a move of premises is an event's date
        ("nl", date(2026, 11, 23), "Vonk Events verhuist op 1 december naar Noorderlaan 133. Factuur 4181 betalen we na de creditnota."),
        ("en", date(2026, 11, 23), "We are relocating on 1 December to 12 High Street; invoice 4181 is with our accounts team."),
        # a due date quoted, not paid on; a payment made in the past
        ("en", date(2026, 12, 2), "Invoice 1291 was due on the due date of 9 December."),
        ("en", date(2026, 12, 2), "We paid invoice 1291 for payment on the 9th already."),
        ("en", date(2026, 12, 2), "He released invoice 1291 for payment on Monday, so it should be with you."),
        ("nl", date(2026, 12, 2), "Het gaat over de levering van vrijdag."),
    ],
)
def test_round14_no_promised_date(language: str, sent: date, text: str) -> None:
    assert promised(text, sent, language) is None


# --- the correction awaited before paying -------------------------------------------------

@pytest.mark.parametrize(
    ("language", "text"),
    [
        # beside a promise for another invoice, the one withheld leads
        ("en", "Balance of 4190 goes out on Monday. The 4118 we'll pay once the corrected invoice arrives, still waiting."),
        ("nl", "Factuur 4077 betalen we vrijdag. Voor 4201 wachten we nog altijd op de creditnota voor de btw."),
        ("en", "4118 is $1,355.87 again, but you told us the monthly would drop to $1,130. Please correct before we pay."),
        ("fr", "Nous attendons toujours l'avoir pour la facture 123."),
        ("es", "Pagaremos la 4411 cuando llegue la factura corregida."),
        ("it", "Aspettiamo ancora la nota di credito per la fattura 77."),
    ],
)
def test_round14_withheld_correction_leads(language: str, text: str) -> None:
    assert primary_of(text, language) == "dispute"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # beside an address change or a paid claim told first, the dispute is read too
        ("nl", "Wij verhuizen naar Noorderlaan 133. Factuur 4181 betalen we na de creditnota voor de foute kleuren."),
        ("nl", "Het saldo van 4077 is al lang betaald. Voor 4201 wachten we nog altijd op de creditnota voor de btw."),
    ],
)
def test_round14_correction_awaited_read_beside(language: str, text: str) -> None:
    assert "dispute" in labels_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks, we received the credit note and paid the balance."),
        ("en", "We paid once the credit note arrived."),
        ("en", "We paid the invoice before we could correct it."),
        ("nl", "Bedankt voor de creditnota, we betalen vrijdag."),
        ("nl", "Wij wachten op uw antwoord over de planning van de werken."),
    ],
)
def test_round14_not_a_correction_awaited(language: str, text: str) -> None:
    assert "dispute" not in labels_of(text, language)


# --- longer terms, contact changes, sales enquiries, newsletters ---------------------------

@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Zouden we in de toekomst 60 dagen betalingstermijn kunnen krijgen in plaats van 30?"),
        ("nl", "Is een betalingstermijn van 60 dagen ipv 30 mogelijk voor ons?"),
        ("de", "Könnten Sie uns ein Zahlungsziel von 60 Tagen statt 30 einräumen?"),
    ],
)
def test_round14_longer_terms(language: str, text: str) -> None:
    assert primary_of(text, language) == "payment_plan_request"


def test_round14_supplier_terms_quoted_are_no_plan() -> None:
    assert "payment_plan_request" not in labels_of("Uw betalingstermijn van 30 dagen is ons bekend, we betalen vrijdag.", "nl")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Le aviso que ya tenemos correo nuevo de la clínica. Por favor manden facturas y estados de cuenta a: "
               "facturas@clinicarobles.com. El gmail ya no lo vamos a revisar."),
        ("es", "Nuestra dirección nueva es Calle Mayor 3, Madrid."),
        ("nl", "Vonk Events verhuist op 1 december naar Noorderlaan 133, 2030 Antwerpen. Gelieve vanaf dan dit adres op de "
               "facturen te vermelden."),
    ],
)
def test_round14_contact_update(language: str, text: str) -> None:
    assert primary_of(text, language) == "contact_update"


def test_round14_spanish_request_for_a_copy_stays_a_document_request() -> None:
    assert primary_of("¿Me pueden mandar copia de las facturas 12 y 13?", "es") == "document_request"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Could you send me a quote for 4 more laptops like the ones we got in September?"),
        ("fr", "Est-ce que vos services de gestion incluent l'accompagnement pour la conformité à la Loi 25?"),
        ("es", "¿Nos puede mandar una cotización para 10 cajas de guantes?"),
        ("en", "Does your plan cover after-hours support for the clinic?"),
    ],
)
def test_round14_sales_enquiry(language: str, text: str) -> None:
    assert primary_of(text, language) == "other"


def test_round14_quote_in_a_dispute_is_not_a_sales_enquiry() -> None:
    assert primary_of("As per your quote for the job, we dispute the extra hours.", "en") == "dispute"


def test_round14_newsletter_news_is_other() -> None:
    text = ("THIS WEEK IN DENTAL DISTRIBUTION\n\n1. Regional distributor Bayside Dental Depot files Chapter 11.\n"
            "2. Webinar: Managing sales-tax exemption certificates for multi-state practices.\n\n"
            "You are receiving this newsletter because you subscribed. Unsubscribe | Update preferences")
    scores = classify_intents(text, "This week: Chapter 11 filings", "en", is_mass_mailing=True)
    assert scores[0].label == "other"
    assert any(s.label == "insolvency_notice" for s in scores)  # still flagged for a collector to look
