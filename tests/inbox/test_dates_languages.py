"""Promised dates and return dates in Italian, Dutch, Afrikaans, Portuguese and Catalan, and the
English and French families new authors use (EOW, "net 15 from today", a day named by an earlier
date, Easter, Y/M/D with slashes, a short date whose other reading is recent history). Our own
phrasings, not taken from the labelled sets."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.dates import find_promised_date, find_return_date
from inbox.plan_terms import find_plan_terms

SENT = date(2026, 11, 18)  # a Wednesday


def promised(text, language, sent=SENT):
    mention = find_promised_date(text, sent, language)
    return mention.value if mention else None


@pytest.mark.parametrize(("text", "language", "expected"), [
    # Italian
    ("Vi paghiamo la fattura 5521 venerdì.", "it", date(2026, 11, 20)),
    ("Il bonifico parte domani mattina.", "it", date(2026, 11, 19)),
    ("Saldiamo tutto entro il 10 con bonifico.", "it", date(2026, 12, 10)),
    ("La fattura sarà pagata a fine mese.", "it", date(2026, 11, 30)),
    ("Pagheremo entro fine del mese prossimo.", "it", date(2026, 12, 31)),
    ("Il pagamento partirà lunedì prossimo.", "it", date(2026, 11, 23)),
    ("Il bonifico verrà eseguito entro 10 giorni.", "it", date(2026, 11, 28)),
    ("Vi paghiamo il 3 dicembre.", "it", date(2026, 12, 3)),
    # Dutch and Afrikaans
    ("Wij betalen de factuur volgende week vrijdag.", "nl", date(2026, 11, 27)),
    ("De betaling volgt voor de 25e.", "nl", date(2026, 11, 25)),
    ("We maken het bedrag eind van de maand over.", "nl", date(2026, 11, 30)),
    ("Betaling binnen 10 dagen.", "nl", date(2026, 11, 28)),
    ("Wij betalen op 4 december.", "nl", date(2026, 12, 4)),
    ("Ons sal die faktuur Vrydag betaal.", "nl", date(2026, 11, 20)),
    ("Die rekening word teen maandeinde betaal.", "nl", date(2026, 11, 30)),
    # Portuguese and Catalan
    ("Vamos pagar a fatura na sexta-feira.", "pt", date(2026, 11, 20)),
    ("O pagamento será feito até ao fim do mês.", "pt", date(2026, 11, 30)),
    ("Faremos a transferência no dia 10.", "pt", date(2026, 12, 10)),
    ("Pagaremos dentro de 15 dias.", "pt", date(2026, 12, 3)),
    ("Pagamos amanhã sem falta.", "pt", date(2026, 11, 19)),
    ("La pagarem el dia 15 del mes que ve.", "es", date(2026, 12, 15)),
    ("Farem la transferència a final de mes.", "es", date(2026, 11, 30)),
    ("La pagarem dijous per transferència.", "es", date(2026, 11, 19)),
    ("Us pagarem el 2 de desembre.", "es", date(2026, 12, 2)),
    # English and French families
    ("We'll get both invoices paid EOW.", "en", date(2026, 11, 20)),
    ("Payment will be made net 15 from today.", "en", date(2026, 12, 3)),
    ("Funds will be wired by EOD Thursday.", "en", date(2026, 11, 19)),
    ("The cheque goes out Friday week.", "en", date(2026, 11, 27)),
    ("Payment is scheduled for 2026/11/27.", "en", date(2026, 11, 27)),
    ("Le solde vous sera réglé sous quinzaine.", "fr", date(2026, 12, 3)),
    ("Virement le 10 du mois prochain.", "fr", date(2026, 12, 10)),
    ("Je peux déjà verser 300 € vendredi, puis le solde en deux fois.", "fr", date(2026, 11, 20)),
    ("Nous verserons Fr. 5'000.– ce vendredi et le solde fin décembre.", "fr", date(2026, 11, 20)),
    ("Les factures sont reprises dans notre proposition de paiement de fin de mois.", "fr",
     date(2026, 11, 30)),
    # a day named by an earlier date
    ("The committee sits on the 24th; the transfer goes out that same day.", "en",
     date(2026, 11, 24)),
    ("Our directors' board meets on the 24th and the BACS run goes the day after the board meeting.",
     "en", date(2026, 11, 25)),
    ("La réunion du conseil a lieu le jeudi 26 novembre ; le virement partira le lundi suivant la réunion.",
     "fr", date(2026, 11, 30)),
    # the customer's own income is not its payment
    ("Our client pays us on the 20th; we will pay you by 27 November.", "en", date(2026, 11, 27)),
])
def test_promised(text, language, expected):
    assert promised(text, language) == expected


def test_easter():
    assert promised("Je vous fais le virement le mardi après Pâques.", "fr",
                    date(2026, 3, 26)) == date(2026, 4, 7)
    assert promised("We'll pay the Tuesday after Easter.", "en", date(2027, 3, 10)) == date(2027, 3, 30)


def test_short_date_whose_other_reading_is_recent_history():
    # 1 April: 4/2 read M/D is tomorrow, read D/M is 4 February
    assert promised("The cheque goes in the post 4/2.", "en", date(2026, 4, 1)) == date(2026, 4, 2)


@pytest.mark.parametrize(("text", "language"), [
    ("La fattura del 10 novembre è stata pagata.", "it"),
    ("Abbiamo pagato lunedì.", "it"),
    ("Wij hebben een vraag over de factuur van 2 december.", "nl"),
    ("Buon fine settimana!", "it"),
    ("At the end of the day, we still owe you for the invoice.", "en"),
    ("La consegna è prevista per venerdì.", "it"),
    ("À ce jour, nous n'avons pas reçu la facture 4471.", "fr"),
    ("Nous avons procédé ce jour au virement de 1 200 €.", "fr"),
    ("L'ufficio è chiuso fino a lunedì.", "it"),
    ("Wij betalen niet voor het einde van de maand.", "nl"),
    ("Our terms are net 30.", "en"),
    ("De levering is op vrijdag.", "nl"),
    ("Possiamo pagare in tre rate: 30 novembre, 31 dicembre e 31 gennaio?", "it"),
])
def test_no_promise(text, language):
    assert promised(text, language) is None


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Sono fuori ufficio fino a venerdì 20 novembre compreso.", "it", date(2026, 11, 23)),
    ("Rientrerò in ufficio il 23 novembre.", "it", date(2026, 11, 23)),
    ("Ik ben afwezig tot en met 20 november.", "nl", date(2026, 11, 23)),
    ("Ik ben met vakantie vanaf 10 november en terug op 23 november.", "nl", date(2026, 11, 23)),
    ("Ek is terug op 23 November.", "nl", date(2026, 11, 23)),
    ("Estou ausente do escritório até 20 de novembro.", "pt", date(2026, 11, 23)),
    ("Estarei de volta a 23 de novembro.", "pt", date(2026, 11, 23)),
    ("Tornaré el dilluns 23 de novembre.", "es", date(2026, 11, 23)),
])
def test_return_date(text, language, expected):
    assert find_return_date(text, SENT, language) == expected


@pytest.mark.parametrize(("text", "instalments", "frequency"), [
    ("Possiamo pagare in tre rate mensili?", 3, "monthly"),
    ("Kunnen we het in vier termijnen betalen, elke maand een deel?", 4, "monthly"),
    ("Podemos pagar em 4 parcelas por mês?", 4, "monthly"),
    ("Podríem pagar-ho en tres terminis?", 3, None),
])
def test_plan_terms(text, instalments, frequency):
    terms = find_plan_terms(text, SENT, None, [])
    assert terms is not None
    assert (terms.instalments, terms.frequency) == (instalments, frequency)


def test_due_course_is_no_count():
    assert find_plan_terms("We will pay in due course.", SENT, None, []) is None


def test_a_date_corrected_in_the_next_breath():
    assert promised("Transfer goes out Tue - actually Tue is a bank holiday, so Wednesday.", "en",
                    date(2026, 11, 19)) == date(2026, 11, 25)
    # no correction: the first date stands
    assert promised("Transfer goes out Tuesday; the other invoice we actually paid last week.", "en",
                    date(2026, 11, 19)) == date(2026, 11, 24)


def test_proposal_introducing_a_payment_made_today():
    assert promised("Nuestra propuesta: hoy os pagamos 1.500 € y el resto en dos pagarés a 30 y 60 días.",
                    "es") == date(2026, 11, 18)
    assert promised("Proponemos pagar el resto a finales de enero.", "es") is None


def test_negation_words():
    assert promised("Non riusciamo a pagare entro fine mese.", "it") is None
    # French "non" qualifies a noun: the promise stands
    assert promised("Nous réglerons la part non contestée vendredi.", "fr") == date(2026, 11, 20)


def test_today_part_payment_then_the_balance():
    assert promised("Je lance un virement de 600 € ce jour ; le solde suivra fin décembre.", "fr") == SENT
    # "ce jour" alone is mostly a remittance's past
    assert promised("Virement de 600 € effectué ce jour pour la facture 7781.", "fr") is None


def test_already_before_an_amount_is_now():
    assert promised("Nous vous versons déjà 500 € ce vendredi, le reste début janvier.", "fr") == date(2026, 11, 20)
    assert promised("Nous avons déjà réglé 500 € ce lundi.", "fr") is None


def test_hard_wrapped_sentence():
    assert promised("Both invoices (EUR 1,200.00 in total) will be\npaid on 27 November.", "en") == date(2026, 11, 27)


# Subjunctives spelt like the accented past forms ("realice"/"realicé", "abone"/"aboné") promise.
@pytest.mark.parametrize(("text", "expected"), [
    ("En cuanto se realice la transferencia el lunes 23 de noviembre os lo confirmo.", date(2026, 11, 23)),
    ("Haremos que se abone el viernes 27 de noviembre sin falta.", date(2026, 11, 27)),
])
def test_spanish_subjunctive_is_not_a_past_payment(text, expected):
    assert promised(text, "es") == expected


def test_accented_past_still_reads_as_past():
    assert promised("Le aboné la factura el lunes 16 de noviembre.", "es") is None


# Italian "il N" is a day only when no count or ordinal noun follows it.
@pytest.mark.parametrize("text", [
    "Ci è arrivato il 3° sollecito, il bonifico partirà appena possibile.",
    "Vi rimandiamo il 14 cartoni non conformi.",
    "Vi versiamo il 30 per cento come acconto.",
])
def test_italian_article_before_a_count_is_no_day(text):
    assert promised(text, "it") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Il 2° acconto lo versiamo il 27.", date(2026, 11, 27)),
    ("Saldiamo entro il 26, grazie.", date(2026, 11, 26)),
])
def test_italian_day_after_the_article(text, expected):
    assert promised(text, "it") == expected
