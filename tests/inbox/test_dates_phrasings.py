"""Promised dates by phrase family: each family is written as a rule in inbox/dates.py and
tested here with phrasings of our own (not taken from the labelled sets), in several
languages, so that the rules hold for authors we have not seen."""
from __future__ import annotations

import time
from datetime import date

import pytest

from inbox.dates import find_future_dates, find_promised_date

SENT = date(2026, 11, 18)  # a Wednesday


def promised(text, language="en", sent=SENT):
    mention = find_promised_date(text, sent, language)
    return mention.value if mention else None


@pytest.mark.parametrize(("text", "language", "expected"), [
    # payment runs, value dates, cheques: payment words of accounts-payable teams
    ("Your invoice is on the list for our cheque run on Tuesday.", "en", date(2026, 11, 24)),
    ("It goes into Friday's check run, sorry for the wait.", "en", date(2026, 11, 20)),
    ("The remittance will carry value date 2026-12-02.", "en", date(2026, 12, 2)),
    ("Approved yesterday; the BACS file for 27/11 includes it.", "en", date(2026, 11, 27)),
    ("Pay run is Thursday, so you'll see it then.", "en", date(2026, 11, 19)),
    ("Date de valeur du virement : 01/12/2026.", "fr", date(2026, 12, 1)),
    ("Valuta 30.11.2026 für die offene Rechnung.", "de", date(2026, 11, 30)),
    ("Incluida en la remesa del 26/11.", "es", date(2026, 11, 26)),
])
def test_payment_runs_and_value_dates(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Money's going across fri", "en", date(2026, 11, 20)),
    ("will settle thurs", "en", date(2026, 11, 19)),
    ("We can pay it by next mon.", "en", date(2026, 11, 23)),
    ("Mon compte sera approvisionné, virement vendredi.", "fr", date(2026, 11, 20)),  # "mon" = my
    ("Settling the account Tuesday week.", "en", date(2026, 12, 1)),
    ("You'll have it a week on Friday.", "en", date(2026, 11, 27)),
    ("Règlement mardi en huit.", "fr", date(2026, 12, 1)),
    ("Wir überweisen übernächsten Montag.", "de", date(2026, 11, 30)),
    ("Transfer on Thursday this week.", "en", date(2026, 11, 19)),
    ("Payment Monday the 30th.", "en", date(2026, 11, 30)),
    ("Virement lundi 30.", "fr", date(2026, 11, 30)),
    ("Zahlung am Montag, den 30.", "de", date(2026, 11, 30)),
    ("Pagamos el lunes 30.", "es", date(2026, 11, 30)),
    ("Paying Mon 30/11.", "en", date(2026, 11, 30)),  # the weekday before a date is the date
    ("Payment on Friday 4", "en", date(2026, 12, 4)),
    ("Payment on Friday 5, invoice 5", "en", date(2026, 11, 20)),  # no Friday is a 5th soon
])
def test_weekday_forms(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("I'll send the transfer later this week.", "en", None),
    ("Cheque in the post this week.", "en", None),
    ("Je fais le virement cette semaine.", "fr", None),
    ("Wir zahlen diese Woche.", "de", None),
    ("It will be in next week's payment batch.", "en", None),
    ("We aim to pay at the start of next month.", "en", None),
    ("We'll pay the balance in January.", "en", None),
    ("Le solde sera réglé début janvier.", "fr", None),
    ("Die Zahlung erfolgt Anfang Dezember.", "de", None),
    # a vague time tied to the payment outranks a date elsewhere in the sentence
    ("Signed off today; it will be in next week's transfer batch.", "en", None),
    # still days: the end of a week, and a week named with its day
    ("Payment by the end of this week.", "en", date(2026, 11, 20)),
    ("Virement en fin de semaine.", "fr", date(2026, 11, 20)),
    ("Transfer on Wednesday next week.", "en", date(2026, 11, 25)),
])
def test_weeks_and_months_without_a_day(text, language, expected):
    assert promised(text, language) == expected


def test_greeting_is_no_end_of_week():
    assert promised("Merci, bonne fin de semaine !", "fr") is None
    assert promised("Règlement vendredi. Bonne fin de semaine", "fr") == date(2026, 11, 20)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("We'll wire it by the 22nd.", "en", date(2026, 11, 22)),  # a Sunday: kept as written
    ("Virement au plus tard le 6 décembre (un dimanche).", "fr", date(2026, 12, 6)),
    ("Paiement le 5 du mois prochain.", "fr", date(2026, 12, 5)),
    ("We pay on the 3rd of next month.", "en", date(2026, 12, 3)),
    ("Règlement sous quinzaine.", "fr", date(2026, 12, 3)),
    ("Transfer first thing tomorrow.", "en", date(2026, 11, 19)),
    ("Zahlung morgen früh per Eilüberweisung.", "de", None),  # "morgen früh": the time of day
    ("Pago pasado mañana.", "es", date(2026, 11, 20)),
    ("Sending the money across today.", "en", date(2026, 11, 18)),
    ("Virement le 04.12.26.", "fr", date(2026, 12, 4)),
])
def test_days_of_the_month_and_relative_days(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # part payments: the first date is the promise
    ("£400 goes over on Monday and the remainder on 15 December.", "en", date(2026, 11, 23)),
    ("Half goes by transfer tomorrow, the other half by month end.", "en", date(2026, 11, 19)),
    ("Heute Abend überweisen wir 500 €, den Rest am 30.", "de", date(2026, 11, 18)),
    ("Nous avons déjà réglé la moitié, le reste suivra par virement le 30.", "fr", date(2026, 11, 30)),
    ("We've transferred 250 today and will send the rest on Tuesday.", "en", date(2026, 11, 24)),
    # one date is the payment, the others are another event's or document's
    ("The inspection is on Monday. Payment will be made on Thursday.", "en", date(2026, 11, 19)),
    ("Our offices are shut Thursday and Friday; the transfer goes on Monday.", "en", date(2026, 11, 23)),
    ("Order 5512 of 2 December is separate; this invoice is paid on 1 December.", "en",
     date(2026, 12, 1)),
    ("Suite à notre appel de lundi, le virement partira jeudi.", "fr", date(2026, 11, 19)),
    ("Verified on Monday, the payment follows on Thursday.", "en", date(2026, 11, 19)),
    ("Ihr Schreiben von Montag haben wir erhalten; Zahlung am 27.11.", "de", date(2026, 11, 27)),
    ("Delivery is due Friday; we pay the invoice on 2 December.", "en", date(2026, 12, 2)),
])
def test_several_dates(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # past claims, whatever the tense marker
    ("Transferred in full on Friday, please check.", "en"),
    ("I mentioned to your colleague on Tuesday that it would be paid.", "en"),
    ("The transfer was processed on Monday.", "en"),
    ("Our bank executed the payment on 16/11.", "en"),
    ("Le virement a été émis lundi.", "fr"),
    ("Wir haben am Montag überwiesen.", "de"),
    ("Die Überweisung wurde heute ausgeführt.", "de"),
    ("El pago se ordenó el lunes.", "es"),
    ("Las facturas se pagaron el viernes.", "es"),
    # denied
    ("We won't be able to transfer the money by Friday.", "en"),
    ("Nous ne pourrons pas payer avant le 30.", "fr"),
    ("Am Freitag können wir leider nicht zahlen.", "de"),
    ("No podemos pagar el viernes.", "es"),
    # a condition or request for the supplier, not our promise
    ("If you can resend the invoice by Monday, that would help.", "en"),
    ("Si vous nous envoyez l'avoir d'ici vendredi, c'est parfait.", "fr"),
    ("Please send the proof of delivery by Thursday.", "en"),
    ("Bitte schicken Sie uns die Gutschrift bis Freitag.", "de"),
    ("Unless we hear back by the 30th, the invoice stays on hold and unpaid.", "en"),
    ("Sobald wir die Gutschrift am Montag erhalten, zahlen wir.", "de"),
    # asked for, proposed, or awaiting the supplier's yes
    ("Would it be possible to pay on 15 December instead?", "en"),
    ("Could we settle the balance at the end of January?", "en"),
    ("Pourrions-nous régler le 15 janvier ?", "fr"),
    ("Wir schlagen vor, am 15.12. die erste Rate zu zahlen.", "de"),
    ("We suggest paying 300 on 1 December.", "en"),
    ("We'd transfer the lot on Friday if you agree to drop the late fee.", "en"),
    # periods and repeating days
    ("We propose three instalments from 1 December.", "en"),
    ("Payments of 200 each month starting 10 December.", "en"),
    ("Nous paierons 300 € le 5 de chaque mois.", "fr"),
    ("Ab dem 1. Dezember zahlen wir monatlich 500 €.", "de"),
    ("Pagaremos 200 € al mes desde el 1 de diciembre.", "es"),
    ("Le magasin est fermé du 1er décembre au 20 décembre, paiements inclus.", "fr"),
    # another event's date, in a message about money
    ("Re the invoice: I'll get back to you by Friday.", "en"),
    ("About your invoice: our auditor visits on Monday.", "en"),
    ("Invoice 2231: the warehouse is closed on Monday.", "en"),
    ("Re invoice 88: our controller is in Leeds until Thursday.", "en"),
    ("Facture 88 : c'est mon dernier jour aujourd'hui, merci pour tout.", "fr"),
    ("Für Rechnung 88 gilt bis 31.12.2026 der alte Preis.", "de"),
    ("We need the signed delivery note by Friday to release the invoice.", "en"),
    ("Je voudrais le relevé de compte avant le 20, merci.", "fr"),
    # payment terms and dates from other years
    ("Our terms for this invoice are 45 days end of month.", "en"),
    ("Nos conditions : paiement à 30 jours fin de mois.", "fr"),
    ("Invoice 88: see the law of 31 December 1975 on late payment.", "en"),
    # German perfect: the participle closes the clause
    ("Wir haben heute die Rechnung 88 zur Zahlung angewiesen.", "de"),
    ("Am Montag wurde der Betrag von unserer Bank überwiesen.", "de"),
    # timestamps and year-less dates far away
    ("Invoice paid? Ticket updated 20-11-2026 09:15:02 by AP.", "en"),
    ("Facture conforme au bon de commande n° 4471 du 12/08.", "fr"),
])
def test_no_promise(text, language):
    assert promised(text, language) is None


@pytest.mark.parametrize(("text", "language", "expected"), [
    # phrasings the rules above must not catch
    ("Please note the transfer will be made on Friday.", "en", date(2026, 11, 20)),
    ("Bitte beachten Sie: die Zahlung erfolgt am 30.11.", "de", date(2026, 11, 30)),
    ("Please bear with us until the 30th, when it will be paid.", "en", date(2026, 11, 30)),
    ("No later than Friday, you have my word - payment will be there.", "en", date(2026, 11, 20)),
    ("Nous ne manquerons pas de régler le 30.", "fr", date(2026, 11, 30)),
    ("We haven't forgotten and will pay on Friday.", "en", date(2026, 11, 20)),
    ("Once the director signs it off on the 27th, the invoice will be paid.", "en", date(2026, 11, 27)),
    ("If all goes to plan we'll pay on Friday.", "en", date(2026, 11, 20)),
    ("If we get the credit note by Friday, we will pay on Monday.", "en", date(2026, 11, 23)),
    ("We will pay on Monday unless you object.", "en", date(2026, 11, 23)),
    ("We'll pay on Friday; is that OK?", "en", date(2026, 11, 20)),
    ("We would like to confirm that payment will be made on 24 November.", "en", date(2026, 11, 24)),
    ("Payment is expected on 24 November.", "en", date(2026, 11, 24)),
    ("The invoice has been approved for payment on 25 November.", "en", date(2026, 11, 25)),
    ("Die Rechnung wird am 26.11. zur Zahlung freigegeben.", "de", date(2026, 11, 26)),
    ("La facture sera réglée à échéance, le 26/11.", "fr", date(2026, 11, 26)),
    ("We'll get both invoices paid by the 30th.", "en", date(2026, 11, 30)),
    ("Le paiement sera validé aujourd'hui et le virement partira le 24/11.", "fr", date(2026, 11, 24)),
    ("Sure, will do by Friday.", "en", date(2026, 11, 20)),  # a commitment, no payment word
    ("Re invoice 4471: Friday.", "en", date(2026, 11, 20)),  # about money, one date
])
def test_promises_kept(text, language, expected):
    assert promised(text, language) == expected


def test_one_date_needs_a_message_about_money_or_a_commitment():
    assert promised("Could the delivery come on Thursday morning, the wedding is on wed") is None
    assert promised("Thursday works.") is None


def test_future_dates_unchanged_for_schedules():
    # instalment schedules keep every date, even ones a promise would not take
    dates = [d.value for d in find_future_dates("Instalments on 15 December and 15 January", SENT, "en")]
    assert dates == [date(2026, 12, 15), date(2027, 1, 15)]


@pytest.mark.parametrize("text", [
    "Friday " * 4000,
    "if you please not , and " * 3000 + "pay on Friday",
    "de du à partir " * 3000 + "le 30",
    ", " * 20000,
    "pay on the 30th, " * 2000,
    "2026-11-30 11:00 " * 2000,
], ids=["weekdays", "scope-words", "period-words", "commas", "promises", "timestamps"])
def test_long_inputs_stay_fast(text):
    started = time.perf_counter()
    find_promised_date(text, SENT, "en")
    assert time.perf_counter() - started < 2.0


# --- dev13-dev18 phrase families ----------------------------------------------------------

@pytest.mark.parametrize("text, language, expected", [
    # a period noun before the count: "dans un délai de", "within a period of", "innerhalb einer Frist von"
    ("Nous réglerons la facture dans un délai de 10 jours.", "fr", date(2026, 11, 28)),
    ("We will settle the account within a period of 14 days.", "en", date(2026, 12, 2)),
    ("Wir zahlen innerhalb einer Frist von 7 Tagen.", "de", date(2026, 11, 25)),
    ("Pagaremos en un plazo máximo de 5 días.", "es", date(2026, 11, 23)),
    # a payment run's day: "notre prochain paiement fournisseurs du 25"
    ("Elle partira avec notre prochain paiement fournisseurs du 25.", "fr", date(2026, 11, 25)),
    ("La facture sera payée avec le virement du 30.", "fr", date(2026, 11, 30)),
    # a future passive whose auxiliary lies beyond the past-participle window
    ("La 4410 sera payée à l'échéance de notre prochaine campagne de paiement du 27.", "fr",
     date(2026, 11, 27)),
    # an approval coordinated before the payment does not own the date
    ("Die Rechnung ist inzwischen geprüft und wird Ende nächster Woche bezahlt.", "de", date(2026, 11, 27)),
    ("The invoice has been approved and will be paid on Friday.", "en", date(2026, 11, 20)),
    # a German price "5.000,- €" is no clause break: part now, the rest later
    ("Auf die 4410 gehen heute 2.500,- € raus, den Rest überweisen wir Ende November.", "de", SENT),
])
def test_dev13_18_families(text, language, expected):
    assert promised(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Die Rechnung wurde heute freigegeben.", "de"),  # the approval's own date
    ("La facture du 25 reste à régler.", "fr"),  # a document's date, not a payment run
    ("Le virement du 25 a été rejeté par la banque.", "fr"),  # past
    ("We cannot pay within a period of 10 days.", "en"),  # denied
])
def test_dev13_18_families_negative(text, language):
    assert promised(text, language) is None


@pytest.mark.parametrize("text, language, expected", [
    ("Estamos de vacaciones. Volvemos el lunes 23 de noviembre.", "es", date(2026, 11, 23)),
    ("Our office is closed today. We will reply when we reopen on Tuesday 24 November.", "en",
     date(2026, 11, 24)),
    ("Le magasin est fermé; réouverture le lundi 23 novembre.", "fr", date(2026, 11, 23)),
])
def test_return_dates_back_words(text, language, expected):
    from inbox.dates import find_return_date
    assert find_return_date(text, SENT, language) == expected
