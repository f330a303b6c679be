"""Round 18 legal readings (dev108-dev111 on arrival): Polish insolvency, restructuring, liquidation
and suspended-business notices and requests to stop contact; a request to stop dunning the debtor
written as what must stop or must not be sent, beside an office holder's notice; and the dates an
insolvency notice names (the claims deadline, a reopening) that are no promise to pay. Each with
near misses that must not change."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date


def _labels(text: str, language: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language)]


# --- Polish insolvency notices --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Postanowieniem Sądu Rejonowego Gdańsk-Północ zostało otwarte wobec naszej spółki postępowanie "
    "sanacyjne. Zarządcą ustanowiona została Restrukturyzacja Pomorze Sp. z o.o.",
    "Uprzejmie informuję, że Sąd ogłosił upadłość naszej spółki. Syndykiem został wyznaczony Jan Kowalski.",
    "Informujemy, że złożyliśmy wniosek o ogłoszenie upadlosci.",
    "W związku z ogłoszeniem upadłości nie możemy zapłacić faktur.",
    "Otwarto przyspieszone postępowanie układowe, nadzorcą układu jest pani Kowalska.",
    "Złożyliśmy wniosek o zatwierdzenie układu. Nadzorca układu skontaktuje się z wierzycielami.",
    "Spółka została postawiona w stan likwidacji. Likwidatorem jest Anna Nowak.",
    "Z dniem 1 listopada nastąpiło otwarcie likwidacji spółki.",
    "Zawiesiliśmy działalność gospodarczą z dniem 1 listopada.",
    "Faktury sprzed otwarcia postępowania zostaną objęte układem.",
])
def test_polish_insolvency_notices(text: str):
    assert _labels(text, "pl")[0] == "insolvency_notice"


@pytest.mark.parametrize("text", [
    # denied, or someone else's procedure
    "Nie jesteśmy w upadłości, płatność nastąpi w piątek.",
    "Jeden z naszych największych odbiorców ogłosił upadłość, dlatego płatność się opóźni.",
    "Nasz kontrahent jest w likwidacji, zapłacimy w przyszłym tygodniu.",
    "Nasz główny klient ogłosił upadłość i nie zapłacił nam.",
    # an insurance claim settled, a temporary closure
    "Likwidacja szkody trwa, zapłacimy po wypłacie odszkodowania.",
    "Dzień dobry, przepraszam za opóźnienie, zapłacimy fakturę w piątek.",
])
def test_polish_near_misses_are_no_notice(text: str):
    assert "insolvency_notice" not in _labels(text, "pl")


# --- Polish requests to stop contact ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prosimy o zaprzestanie kontaktu telefonicznego.",
    "Proszę więcej do mnie nie dzwonić.",
    "Proszę nie dzwonić na mój prywatny numer.",
    "Wszelki kontakt wyłącznie przez naszego pełnomocnika, kancelarię Nowak i Wspólnicy.",
    "Korespondencja wyłącznie w formie pisemnej.",
    "Proszę o zaprzestanie wysyłania wezwań do zapłaty.",
])
def test_polish_cease_contact(text: str):
    assert _labels(text, "pl")[0] == "cease_contact"


@pytest.mark.parametrize("text", [
    "Nie możemy się dodzwonić do Państwa, prosimy o kontakt.",
    "Proszę o kontakt telefoniczny w sprawie faktury.",
])
def test_polish_requests_for_contact_are_no_cease(text: str):
    assert "cease_contact" not in _labels(text, "pl")


# --- A request to stop dunning the debtor, beside the notice: both labels ------------------------

@pytest.mark.parametrize("text, language", [
    ("En ma qualité de mandataire judiciaire au redressement judiciaire de la société, je vous informe "
     "que les relances adressées directement à la débitrice, dont elle m'a transmis copie, doivent en "
     "conséquence cesser.", "fr"),
    ("La société a été déclarée en faillite. Nous vous prions de ne plus adresser de rappels à la société.", "fr"),
    ("The company entered administration on 3 November. Please do not send further payment reminders "
     "to the company's staff.", "en"),
    ("The company entered administration. Under the moratorium no reminders may be sent to the company.", "en"),
    ("Über das Vermögen der Schuldnerin wurde das Insolvenzverfahren eröffnet. Bitte keine Mahnungen "
     "mehr an die Schuldnerin.", "de"),
    ("Das Insolvenzverfahren wurde eröffnet. Bitte sehen Sie von weiteren Mahnungen ab.", "de"),
    ("La sociedad ha sido declarada en concurso de acreedores. Les ruego que dejen de remitir "
     "recordatorios de pago a la sociedad.", "es"),
    ("La società è stata dichiarata fallita. Si invita a non inviare ulteriori solleciti alla società.", "it"),
    ("Sąd ogłosił upadłość spółki, syndykiem jest Jan Nowak. Prosimy o niewysyłanie dalszych wezwań "
     "do zapłaty do spółki.", "pl"),
])
def test_dunning_to_stop_beside_a_notice(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice"
    assert "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    # the statutory stay, only stated
    ("Le jugement d'ouverture a été prononcé. Toute poursuite individuelle est suspendue.", "fr"),
    ("The company entered administration. A statutory moratorium is in force and no legal process may "
     "be commenced against the company.", "en"),
    # only where to lodge a claim or write
    ("The company entered administration. Creditors should submit their claims to the administrators "
     "at the address below.", "en"),
    ("Procédure de sauvegarde ouverte. Les créances doivent être déclarées auprès du mandataire "
     "judiciaire dans les deux mois.", "fr"),
])
def test_a_stated_stay_or_a_claims_address_is_the_notice_alone(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice"
    assert "cease_contact" not in labels


def test_reminders_stopped_because_paid_is_no_cease():
    text = "We paid invoice 4410 on 3 November, so please do not send further payment reminders to the company."
    assert "cease_contact" not in _labels(text, "en")


# --- Not to contact the debtor or its people, beside the notice: both labels ---------------------

@pytest.mark.parametrize("text, language", [
    ("La société est en liquidation judiciaire. Merci de ne pas contacter les dirigeants ni le personnel "
     "de la société.", "fr"),
    ("Das Insolvenzverfahren wurde eröffnet. Bitte wenden Sie sich nicht mehr an die Geschäftsführung "
     "oder die Mitarbeiter der Schuldnerin.", "de"),
    ("La sociedad ha sido declarada en concurso. Les rogamos que no se pongan en contacto directamente "
     "con la sociedad.", "es"),
    ("La società è stata dichiarata fallita. Vi preghiamo di astenervi dal contattare la società o i suoi "
     "dipendenti.", "it"),
    ("De vennootschap is failliet verklaard. Gelieve geen contact meer op te nemen met de bestuurder of "
     "het personeel.", "nl"),
    ("A sociedade foi declarada insolvente. Pedimos que não contactem diretamente a sociedade.", "pt"),
    ("Sąd ogłosił upadłość spółki. Prosimy nie kontaktować się z zarządem ani pracownikami spółki.", "pl"),
])
def test_not_contacting_the_debtors_people_beside_a_notice(text: str, language: str):
    labels = _labels(text, language)
    assert labels[0] == "insolvency_notice"
    assert "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    # without a notice, a new contact person
    ("Bitte wenden Sie sich nicht mehr an die Geschäftsführung, sondern an unsere Buchhaltung.", "de"),
    ("Nous avons bien reçu votre facture, n'hésitez pas à contacter le gérant pour toute question.", "fr"),
    ("Si no se ponen en contacto con la empresa, no podremos pagar.", "es"),
    # where to write, in Polish: the notice alone
    ("Sąd ogłosił upadłość spółki. Wszelką korespondencję prosimy kierować do syndyka.", "pl"),
])
def test_no_cease_without_a_notice_or_for_a_claims_address(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- Dates inside an insolvency notice ---------------------------------------------------------

@pytest.mark.parametrize("text, sent", [
    ("Par jugement du 10 novembre 2026, le Tribunal de commerce a ouvert une procédure de redressement "
     "judiciaire. Nous ne pouvons plus régler les factures antérieures au jugement. Il vous appartient "
     "de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de "
     "la publication du jugement au BODACC. Nos commandes en cours seront payées comptant.", date(2026, 11, 13)),
    ("Les factures antérieures au 14 octobre ne peuvent plus être payées par nous et doivent être "
     "déclarées auprès du mandataire dans les deux mois suivant la publication au BODACC, la procédure "
     "de redressement judiciaire étant ouverte.", date(2026, 10, 23)),
    ("Nous rouvrirons le 18 décembre pour les fêtes. Le tribunal nous a placés sous procédure de "
     "sauvegarde : il faut déclarer les factures auprès du mandataire judiciaire. Les commandes "
     "nouvelles seront payées normalement.", date(2026, 11, 3)),
    ("The company entered administration on 2 November. Please submit your proof of debt to the "
     "administrators by 4 December 2026.", date(2026, 11, 10)),
    ("Sąd ogłosił upadłość spółki. Wierzyciele mogą zgłosić wierzytelności syndykowi w terminie 30 dni.",
     date(2026, 11, 10)),
])
def test_a_notices_own_dates_are_no_promise(text: str, sent: date):
    assert find_promised_date(text, sent, None) is None


@pytest.mark.parametrize("text, sent, expected", [
    # someone else's administration, and the writer's own promise in its own sentence
    ("Fenwick Hospitality entered administration last week, so we're waiting on the administrators. "
     "We will clear HR26/06996 and HR26/07033 by the end of the month.", date(2026, 9, 9), date(2026, 9, 30)),
    # a promise with no procedure named
    ("Nous rouvrirons le 18 décembre et réglerons la facture ce jour-là.", date(2026, 11, 3), date(2026, 12, 18)),
])
def test_promises_beside_or_without_a_notice_stay(text: str, sent: date, expected: date):
    found = find_promised_date(text, sent, None)
    assert found is not None and found.value == expected
