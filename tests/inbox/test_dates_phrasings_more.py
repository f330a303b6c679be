"""More promised-date phrase families, written for authors we have not seen: "next Friday" said
the day before, a weekday with its day after a modifier, French end of next week, hyphenated
dates, instruments paid at their own maturity, other events' dates and days counted from them,
offers with a tag question, the supplier asked to collect, and plan requests that promise
nothing. Our own phrasings, not taken from the labelled sets."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.dates import find_promised_date

SENT = date(2026, 11, 18)  # a Wednesday
THURSDAY = date(2026, 11, 19)


def promised(text, language="en", sent=SENT):
    mention = find_promised_date(text, sent, language)
    return mention.value if mention else None


@pytest.mark.parametrize(("text", "language", "sent", "expected"), [
    # "next Friday" on a Thursday is a week on; "this Friday" and a bare "Friday" are tomorrow
    ("We'll settle it next Friday.", "en", THURSDAY, date(2026, 11, 27)),
    ("Virement vendredi prochain pour la facture 4411.", "fr", THURSDAY, date(2026, 11, 27)),
    ("Wir zahlen nächsten Freitag.", "de", THURSDAY, date(2026, 11, 27)),
    ("Les pagamos el próximo viernes.", "es", THURSDAY, date(2026, 11, 27)),
    ("We'll settle it next Friday.", "en", SENT, date(2026, 11, 20)),
    ("Payment this Friday.", "en", THURSDAY, date(2026, 11, 20)),
    ("Paying on Friday.", "en", THURSDAY, date(2026, 11, 20)),
    # a weekday, a modifier, then the day of the month that settles it
    ("We'll pay next Friday, the 27th.", "en", SENT, date(2026, 11, 27)),
    ("Transferimos el próximo viernes, día 27.", "es", SENT, date(2026, 11, 27)),
    ("La transferencia sale el viernes que viene, día 27.", "es", SENT, date(2026, 11, 27)),
    ("Virement vendredi prochain, soit le 27.", "fr", SENT, date(2026, 11, 27)),
    ("Zahlung nächsten Freitag, den 27.", "de", SENT, date(2026, 11, 27)),
])
def test_next_weekday(text, language, sent, expected):
    assert promised(text, language, sent) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le virement partira en fin de semaine prochaine.", "fr", date(2026, 11, 27)),
    ("Paiement en fin de semaine suivante.", "fr", date(2026, 11, 27)),
    ("Virement en fin de semaine.", "fr", date(2026, 11, 20)),
    ("Payment is scheduled for 04-Dec-2026 via ACH.", "en", date(2026, 12, 4)),
    ("Value date 30-nov-2026 for the transfer.", "en", date(2026, 11, 30)),
    ("Zahlung am 01-Dez-2026.", "de", date(2026, 12, 1)),
    ("Le paiement partira dans deux semaines.", "fr", date(2026, 12, 2)),
    ("Wir zahlen in zwei Wochen.", "de", date(2026, 12, 2)),
    ("Pagamos a fin de mes.", "es", date(2026, 11, 30)),
    ("Règlement le 15 du mois prochain.", "fr", date(2026, 12, 15)),
    ("Pagaremos el próximo lunes.", "es", date(2026, 11, 23)),
    ("Virement d'ici vendredi.", "fr", date(2026, 11, 20)),
    ("We'll pay early December.", "en", None),
])
def test_weeks_and_written_forms(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an instrument's maturity is the payment's date, even in a past or "due" wording
    ("Nous réglons la facture par LCR à échéance du 10 décembre.", "fr", date(2026, 12, 10)),
    ("La factura 311 se paga por confirming con vencimiento 15 de diciembre.", "es", date(2026, 12, 15)),
    ("La 311 va por confirming. Ya está cargada con vencimiento el 15 de diciembre.", "es", date(2026, 12, 15)),
    ("We'll send a post-dated cheque dated 15/12 for invoice 4411.", "en", date(2026, 12, 15)),
    ("Le chèque sera daté du 30 novembre.", "fr", date(2026, 11, 30)),
    ("Les enviamos un pagaré fechado el 20 de diciembre.", "es", date(2026, 12, 20)),
    ("Wir zahlen per Wechsel mit Fälligkeit 15.12.2026.", "de", date(2026, 12, 15)),
    # but an invoice's own due date quoted back is no promise
    ("Invoice 4411 due on 30 November is still being checked.", "en", None),
    ("La facture 4411, échéance du 30 novembre, est en cours de vérification.", "fr", None),
])
def test_instrument_maturity(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # another event's date is not the payment's ...
    ("Sur la facture 5521 (séminaire du 3 décembre) le tarif est faux ; la 5530 sera réglée vendredi.",
     "fr", date(2026, 11, 20)),
    ("The invoice for the training on 2 December is wrong; invoice 88 will be paid on Monday.",
     "en", date(2026, 11, 23)),
    ("Unser Vorstand tagt am 10.12.; danach melden wir uns wegen der Rechnung.", "de", None),
    ("We cancelled the order on the Monday before, so invoice 4411 is not owed.", "en", None),
    # ... but a day counted from it is
    ("We will pay the day after the board meeting on the 12th.", "en", date(2026, 12, 13)),
    ("Nous réglerons le lendemain du conseil d'administration du 10 décembre.", "fr", date(2026, 12, 11)),
    ("Wir zahlen einen Tag nach der Aufsichtsratssitzung am 9. Dezember.", "de", date(2026, 12, 10)),
    ("Pagaremos dos días después de la junta del 10 de diciembre.", "es", date(2026, 12, 12)),
    ("We'll pay after harvest on the 20th.", "en", date(2026, 11, 20)),
    ("I will pay the day after tomorrow.", "en", date(2026, 11, 20)),
])
def test_events_and_days_counted_from_them(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an offer in the speaker's own words stays a promise despite a tag question
    ("Je peux vous verser 300 € vendredi, ça vous va ?", "fr", date(2026, 11, 20)),
    ("We can pay £500 on Friday, is that ok?", "en", date(2026, 11, 20)),
    ("Wir können am Freitag 500 € zahlen, passt das?", "de", date(2026, 11, 20)),
    ("Podemos pagar el viernes, ¿les parece bien?", "es", date(2026, 11, 20)),
    ("Can we pay on Friday?", "en", None),
    ("Est-ce que je peux payer vendredi ?", "fr", None),
    # the supplier asked to take the money on a day
    ("The card payment for invoice 201 failed; can you retry the charge today?", "en", SENT),
    ("Could you charge our card on Friday for invoice 4411?", "en", date(2026, 11, 20)),
    ("Veuillez prélever la facture 4411 le 30 novembre.", "fr", date(2026, 11, 30)),
    ("Por favor, carguen la factura 4411 en la tarjeta el viernes.", "es", date(2026, 11, 20)),
    ("Please send the credit note by Friday.", "en", None),
])
def test_offers_and_collection(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # plan requests, examples and repeating days promise nothing yet
    ("Pourrions-nous payer en deux fois ? La moitié le 10 décembre et le reste le 10 janvier par exemple.", "fr"),
    ("Say the 10th of December for the first half, for instance.", "en"),
    ("Wir ersuchen um Stundung bis 31. Januar 2027.", "de"),
    ("Nous sollicitons un règlement en trois fois : 1 000 € fin novembre, 1 000 € fin décembre.", "fr"),
    ("Wir bitten um Ratenzahlung, drei Raten jeweils zum Monatsende.", "de"),
    ("Can we do three monthly payments? Start Dec 1.", "en"),
    ("¿Podemos hacer 3 pagos? 500 € cada mes empezando el 1 de diciembre.", "es"),
    # past and quoted days
    ("J ai déposé le chèque le 6 à l'agence pour la facture 4157.", "fr"),
    ("We deposited the cheque on the 6th for invoice 4157.", "en"),
    ("Our PO covered weeks through 11/4; invoice 77 is on hold.", "en"),
])
def test_no_promise(text, language):
    assert promised(text, language) is None


def test_ambiguous_numeric_date_still_read_when_one_reading_is_near():
    assert promised("Paying invoice 77 on 12/4.", "en") == date(2026, 12, 4)


# US field office, French and Austrian/Swiss wording for a day (dev30-dev33 families); our own phrasings.
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("We will pay by EOM.", "en", date(2026, 11, 30)),
    ("Check goes out e.o.m. for both.", "en", date(2026, 11, 30)),
    ("I'll mail the check the Monday after Thanksgiving.", "en", date(2026, 11, 30)),
    ("Payment the Friday before Christmas.", "en", date(2026, 12, 18)),
    ("Wir überweisen zum Monatsletzten.", "de", date(2026, 11, 30)),
    ("Die Rechnung wird per Ultimo beglichen.", "de", date(2026, 11, 30)),
    ("Zahlung bis Ultimo Dezember.", "de", date(2026, 12, 31)),
    ("Überweisung am Donnerstag der KW 49.", "de", date(2026, 12, 3)),
    ("Virement le lundi de la semaine 50.", "fr", date(2026, 12, 7)),
    ("Je vous règle mardi en huit.", "fr", date(2026, 12, 1)),
    ("k. friday", "en", date(2026, 11, 20)),
    ("ok, by monday", "en", date(2026, 11, 23)),
    ("can do 4410 on the 25th, rest after", "en", date(2026, 11, 25)),
])
def test_field_office_days(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("OK, Monday works for the call.", "en"),
    ("Can you do the 25th?", "en"),
    ("El último pago fue el lunes.", "es"),
    ("We were closed the Monday after Thanksgiving last year.", "en"),
])
def test_field_office_no_day(text, language):
    assert promised(text, language) is None


def test_the_monday_after_new_year_in_the_first_days_of_january_is_this_years():
    from inbox.dates import find_promised_date
    assert find_promised_date("We can pay the Monday after New Year.", date(2026, 1, 2), "en").value == date(2026, 1, 5)
    assert find_promised_date("We can pay the Monday after New Year.", date(2026, 11, 20), "en").value == date(2027, 1, 4)


def test_can_do_asked_as_a_question_is_no_promise():
    from inbox.dates import find_promised_date
    assert find_promised_date("can do 4410 on the 15th? Let me know", date(2026, 11, 2), "en") is None
    assert find_promised_date("can do 4410 on the 15th. Thanks", date(2026, 11, 2), "en").value == date(2026, 11, 15)


# Farm, workshop and clinic wording (dev35-dev39 families); our own phrasings. SENT is Wed 18 Nov 2026.
@pytest.mark.parametrize(("text", "language", "expected"), [
    # a condition in the future perfect after the date does not make it past
    ("Je vous paie fin novembre, quand le négociant m'aura payé le blé.", "fr", date(2026, 11, 30)),
    ("Je règle la 4410 le 25 quand la banque aura débloqué le prêt.", "fr", date(2026, 11, 25)),
    # Spanish "tener" + participle with a future time
    ("A final de mes lo tenéis pagado.", "es", date(2026, 11, 30)),
    ("Lo tendréis ingresado el viernes.", "es", date(2026, 11, 20)),
    # German first person present
    ("Ich zahle die 4410 bis Ende Monat.", "de", date(2026, 11, 30)),
    ("Die 8812 zahlt unsere Buchhaltung am Freitag.", "de", date(2026, 11, 20)),
    # "on day 20" (non-native English)
    ("We will pay both on day 25 of this month.", "en", date(2026, 11, 25)),
    ("Payment by day 30, after our customer pays us.", "en", date(2026, 11, 30)),
])
def test_workshop_days(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Le virement a été fait fin octobre, quand vous nous aviez relancés.", "fr"),
    ("We pay on day 20 of the month.", "en"),
    ("Ya lo tenéis pagado desde el lunes 16.", "es"),
])
def test_workshop_no_day(text, language):
    assert promised(text, language) is None


@pytest.mark.parametrize(("text", "expected"), [
    # the plan's instalment dates are its terms; the payment committed to beside the plan is the promise
    ("Could we spread 4410 over three monthly payments at the end of December, January and February? "
     "Meanwhile I'll pay 4412 on Friday 20th.", date(2026, 11, 20)),
    ("We'd ask to split the rest into instalments on 15 December and 15 January. "
     "The small invoice will be paid tomorrow.", date(2026, 11, 19)),
])
def test_the_promise_beside_a_plan_is_not_an_instalment_date(text, expected):
    assert promised(text, "en") == expected


def test_a_plan_alone_keeps_its_first_date():
    # only instalment dates: the first, as before (analyse reports it only beside a promise or a plan)
    text = "The balance will be paid in two instalments, on 15 December and 15 January."
    assert promised(text, "en") == date(2026, 12, 15)


@pytest.mark.parametrize(("text", "language"), [
    # a plan stated, then a consent tag: the day is still promised
    ("I pay 300 on Friday and the rest next month, is that ok?", "en"),
    ("Je vous règle 400 € vendredi et le solde en décembre, ça vous va ?", "fr"),
    ("Wir zahlen 500 € am Freitag, passt das?", "de"),
])
def test_consent_tag_after_a_stated_plan(text, language):
    assert promised(text, language) is not None


@pytest.mark.parametrize(("text", "language"), [
    # still a question: the day is asked, not promised
    ("Could we pay on Friday?", "en"),
    ("Pourrions-nous payer vendredi, ça vous va ?", "fr"),
])
def test_asked_day_with_a_tag_is_still_asked(text, language):
    assert promised(text, language) is None


@pytest.mark.parametrize(("text", "found"), [
    # a cheque run's day is the promised day; a cheque already mailed is history
    ("It goes to the council on the 20th; checks are printed the following Thursday, the 26th.", True),
    ("Checks will be cut on Friday 27 November.", True),
    ("The check was mailed on the 2nd, please look for it.", False),
])
def test_cheque_run_day(text, found):
    assert (promised(text, "en") is not None) == found


def test_a_question_with_il_y_aura_is_no_promise() -> None:
    from datetime import date
    from inbox.dates import find_promised_date
    assert find_promised_date("Est-ce qu'il y aura un souci si nous payons le 15 ?", date(2026, 10, 5), "fr") is None


@pytest.mark.parametrize(("text", "language", "expected"), [
    # colloquial "zahl ich"
    ("Die 5512 zahl ich bis Monatsende.", "de", date(2026, 11, 30)),
    # an offer's date is no promise
    ("Alors que votre offre du 3 mars prévoit 280 €, les autres factures seront réglées normalement.", "fr", None),
    ("Per our offer of 12 May the rate is lower; the rest will be paid as usual.", "en", None),
])
def test_dates_43_45(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # "el dia 21" typed without its accent; a German day-and-month after "am" is not "am 3." alone
    ("Podéis pasar el recibo de nuevo el dia 25, ya tendremos saldo.", "es", date(2026, 11, 25)),
    ("Lo abonaremos antes del dia 28.", "es", date(2026, 11, 28)),
    ("Wir haben am 3.11. überwiesen, die andere zahlen wir am 27.", "de", date(2026, 11, 27)),
])
def test_unaccented_day_and_german_day_month(text, language, expected):
    assert promised(text, language) == expected


def test_a_past_german_day_month_is_no_promise():
    assert promised("die 4410 hab ich am 3.8. überwiesen!!", "de") is None
