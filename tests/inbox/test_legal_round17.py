"""Round 17 legal readings (dev104-dev107 on arrival): an office holder, a debt counsellor or the
debtor asking us to suspend the dunning itself is a cease request beside the notice; reminders
sent "not to us any more but to" someone, or a matter that "now goes through" someone, next to an
insolvency; the Dutch debt-counselling procedures; a retention-of-title claim answered by the
estate; a forward sent by mistake; someone else's insolvency described in a bracketed apposition
or as whom the writer delivers to; and two ways of identifying a customer from the sender's
address. Each with near misses that must not change."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.identify import Directory, identify_customer


def _labels(text: str, language: str, subject: str = "", forwarded: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language, forwarded_text=forwarded)]


# --- Suspend the dunning: both labels beside the notice ---------------------------------------

@pytest.mark.parametrize("text, language", [
    ("La società ha depositato domanda di concordato preventivo. Vi chiediamo pertanto di sospendere "
     "l'invio di solleciti.", "it"),
    ("Aan de vennootschap is surseance van betaling verleend. Ik verzoek u verdere incassomaatregelen "
     "jegens de onderneming achterwege te laten.", "nl"),
    ("De vennootschap is failliet verklaard. Ik verzoek u geen betalingsverzoeken meer aan de "
     "onderneming te richten.", "nl"),
    ("Cliënte heeft zich aangemeld bij de schuldhulpverlening. Wij verzoeken u alle incassomaatregelen "
     "op te schorten en geen contact meer met cliënte op te nemen.", "nl"),
    ("La société a été placée en redressement judiciaire. Nous vous demandons de suspendre toute "
     "mesure de recouvrement.", "fr"),
    ("Über das Vermögen der Gesellschaft wurde das Insolvenzverfahren eröffnet. Wir bitten Sie, "
     "sämtliche Mahnmaßnahmen einzustellen.", "de"),
    ("La sociedad ha sido declarada en concurso. Les rogamos suspender las acciones de cobro.", "es"),
    ("A empresa apresentou-se à insolvência. Solicitamos que suspendam as cobranças.", "pt"),
    ("The company entered administration on 3 November. Please suspend all collection action.", "en"),
    ("Por favor no me mandéis más recordatorios: desde el auto de declaración de concurso no puedo "
     "pagar nada anterior.", "es"),
])
def test_suspending_the_dunning_beside_a_notice_is_a_cease_request(text: str, language: str):
    labels = _labels(text, language)
    assert "insolvency_notice" in labels
    assert "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    # a paid claim: the reminders stopped because it is paid
    ("We paid invoice 4410 on 3 November, please suspend the reminders.", "en"),
    ("We hebben factuur 4410 op 3 november betaald, gelieve de aanmaningen op te schorten.", "nl"),
    # a hypothetical
    ("Als u de incassomaatregelen niet opschort, schakelen wij een advocaat in.", "nl"),
])
def test_no_cease_request_from_a_paid_claim_or_a_hypothetical(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- Not to us any more but to ..., goes through ...: a cease only next to an insolvency ------

@pytest.mark.parametrize("text, language", [
    ("Ik mag van de bewindvoerder de oude facturen niet meer betalen, de surseance loopt. Graag de "
     "herinneringen niet meer naar ons sturen maar naar kantoor Kloosterhuis.", "nl"),
    ("Ik zit in een traject bij de Kredietbank. Dat loopt nu via meneer El Amrani.", "nl"),
    ("We are in administration. Please send the reminders no longer to us but to the administrators.", "en"),
])
def test_reminders_redirected_beside_an_insolvency_are_a_cease_request(text: str, language: str):
    labels = _labels(text, language)
    assert "insolvency_notice" in labels
    assert "cease_contact" in labels


@pytest.mark.parametrize("text, language", [
    ("Graag de herinneringen niet meer naar ons sturen maar naar onze boekhouder.", "nl"),
    ("Please send the reminders no longer to us but to our accounts payable team.", "en"),
    ("De betaling loopt nu via meneer Jansen van de boekhouding.", "nl"),
])
def test_reminders_redirected_without_an_insolvency_are_no_cease_request(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- Dutch and Belgian debt counselling -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mevrouw heeft zich bij de gemeentelijke schuldhulpverlening aangemeld.",
    "Ik zit in een traject bij de Kredietbank, ik mag zelf niets meer betalen.",
    "Meneer is toegelaten tot de WSNP.",
    "Wij zijn aangesteld als budgetbeheerder van de heer Claes.",
])
def test_debt_counselling_is_an_insolvency_notice(text: str):
    assert _labels(text, "nl")[0] == "insolvency_notice"


def test_a_bank_is_no_debt_counselling():
    assert "insolvency_notice" not in _labels("We betalen de factuur volgende week via de bank.", "nl")


# --- The estate answers a retention-of-title claim -----------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Thank you for the proof of debt. Regarding your retention of title claim over the stock: we need "
     "a copy of your signed terms before we can consider it.", "en"),
    ("Bezüglich Ihres Aussonderungsrechts an der Ware benötigen wir eine Kopie Ihrer AGB.", "de"),
    ("Nous avons bien reçu votre action en revendication sur les marchandises livrées.", "fr"),
])
def test_a_retention_of_title_claim_answered_is_an_insolvency_notice(text: str, language: str):
    assert "insolvency_notice" in _labels(text, language)


# --- A forward sent by mistake ----------------------------------------------------------------------

_WEBINAR = ("Join our partners on 19 November for a session on the Codice della crisi d'impresa: "
            "concordato preventivo, liquidazione giudiziale and what suppliers can expect.")


@pytest.mark.parametrize("text, language", [
    ("Chiara - sorry, this was meant for our legal team, please ignore!", "en"),
    ("Scusate, inoltrata per errore.", "it"),
    ("Sorry, per abuis doorgestuurd.", "nl"),
    ("Désolé, message transféré par erreur.", "fr"),
])
def test_a_forward_sent_by_mistake_tells_no_insolvency(text: str, language: str):
    assert "insolvency_notice" not in _labels(text, language, forwarded=_WEBINAR)


def test_a_forward_of_the_customers_own_notice_still_counts():
    assert "insolvency_notice" in _labels("For your information, see below.", "en", forwarded=_WEBINAR)


# --- Someone else's insolvency -------------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Uno de nuestros mayores clientes, una cadena de bares de la Costa del Sol (Grupo Marbella Tapas), "
     "ha entrado en concurso. La 1567 os la pagamos antes de fin de mes.", "es"),
    ("Pour vous expliquer : la laiterie à qui on livre notre lait (la Fromagerie du Larzac) est en "
     "redressement judiciaire depuis septembre. Je vous paie la 422 fin du mois prochain.", "fr"),
])
def test_a_described_buyer_in_a_procedure_is_someone_else(text: str, language: str):
    assert "insolvency_notice" not in _labels(text, language)


@pytest.mark.parametrize("text, language", [
    ("Nuestra empresa, una cadena de bares de la Costa del Sol (Grupo Marbella Tapas), ha entrado en "
     "concurso.", "es"),
    ("Notre société, à qui vous livrez le matériel, est en redressement judiciaire depuis septembre.", "fr"),
])
def test_the_writers_own_procedure_still_counts(text: str, language: str):
    assert _labels(text, language)[0] == "insolvency_notice"


# --- Identification from the sender's address ------------------------------------------------------

_DIRECTORY = Directory.build(
    [("info@ilgabbianogenova.it", "C04"), ("facturatie@peeterskoffie.be", "C07"), ("ap@rossiedilizia.it", "C05")],
    {"C04": "Ristorante Il Gabbiano di Moretti Luca", "C07": "Koffiebranderij Peeters NV",
     "C05": "Edilizia Rossi Srl"})


def test_owner_name_run_together_in_a_personal_address():
    found = identify_customer("lucamoretti74@libero.it", "Il ristorante ha chiuso definitivamente.", _DIRECTORY)
    assert found.customer_id == "C04"


def test_owner_name_in_the_address_needs_the_company_named_too():
    assert identify_customer("lucamoretti74@libero.it", "Buongiorno, a presto.", _DIRECTORY).customer_id is None


def test_a_platform_sending_as_the_company_domain():
    found = identify_customer("peeterskoffie@inbox.exact-online.be", "Bedankt voor de POD's.", _DIRECTORY)
    assert found.customer_id == "C07"


def test_a_platform_address_of_no_customer_stays_unknown():
    assert identify_customer("noreply@inbox.exact-online.be", "Bedankt.", _DIRECTORY).customer_id is None


def test_a_personal_mailbox_named_like_a_customer_domain_is_no_platform():
    assert identify_customer("peeterskoffie@gmail.com", "Bedankt.", _DIRECTORY).customer_id is None


def test_payments_going_through_the_administrators_is_no_redirect():
    labels = _labels("The lenders have put in administrators and all payments now go through the administrators.", "en")
    assert labels == ["insolvency_notice"]


def test_payments_made_to_the_administrator_instead_are_no_redirect():
    labels = _labels("Aan ons is surseance van betaling verleend. Betalingen graag niet meer aan ons maar aan de "
                     "bewindvoerder.", "nl")
    assert "cease_contact" not in labels
