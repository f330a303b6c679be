"""Round 16 legal readings (dev100-dev103 on arrival): a lawyer asking us to leave the client
alone and write only to the undersigned (Dutch, English, Italian); a marketing mailing list left
is no cease request; a Dutch writer's principal, co-tenant or neighbour going bankrupt is someone
else's insolvency; the owner of a family business writing from a personal address is identified
by the surname in the address and another word of the company's name in the text. Each with near
misses that must not change."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.identify import Directory, identify_customer


def _labels(text: str, language: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, language)]


# --- A lawyer: leave my client alone, write to me ----------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Namens mijn cliënte, Drukkerij Veldhoven BV, verzoek ik u voortaan niet meer rechtstreeks "
     "contact op te nemen met mijn cliënte.", "nl"),
    ("Als advocaat van de heer Peeters vraag ik u niet langer contact te zoeken met mijn cliënt.", "nl"),
    ("Mijn cliënt wenst dat u hem niet meer rechtstreeks benadert; gelieve mijn cliënt niet langer "
     "te bellen.", "nl"),
    ("Gelieve alle verdere berichten over deze factuur uitsluitend aan ondergetekende te richten.", "nl"),
    ("We act for Mrs Hale. Please do not contact our client directly again.", "en"),
    ("You are asked not to contact my client directly.", "en"),
    ("I must ask you to no longer contact my client about these invoices.", "en"),
    ("Vi invito a non contattare più direttamente il mio assistito.", "it"),
])
def test_a_lawyer_keeping_us_from_the_client_asks_to_stop(text: str, language: str):
    assert _labels(text, language)[0] == "cease_contact"


@pytest.mark.parametrize("text, language", [
    # the client contacted by the writer, a question, an invoice address: no request to us
    ("Ik heb gisteren contact opgenomen met mijn cliënte over de levering.", "nl"),
    ("Stuur de facturen voortaan naar ons nieuwe adres in Gent.", "nl"),
    ("I spoke to my client yesterday and she will pay on Friday.", "en"),
    ("We no longer contact our client by phone, she prefers letters.", "en"),
])
def test_no_request_to_leave_the_client_alone(text: str, language: str):
    assert "cease_contact" not in _labels(text, language)


# --- A mailing list left --------------------------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ('Could you take me off the "Garden Weekly" mailing list? The unsubscribe link at the bottom '
     "of the newsletter does not work.", "Unsubscribe"),
    ("Please remove me from your mailing list, I don't want the monthly promotions.", ""),
    ("Please take us off your email list for the seasonal offers.", ""),
])
def test_leaving_a_mailing_list_is_no_cease_request(text: str, subject: str):
    assert "cease_contact" not in _labels(text, "en", subject)


@pytest.mark.parametrize("text", [
    "Please remove us from your database and stop contacting us about this account.",
    "Stop calling me at work about these invoices. Write to me instead.",
])
def test_a_stop_about_the_account_stays(text: str):
    assert _labels(text, "en")[0] == "cease_contact"


# --- Someone else's bankruptcy, in Dutch -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Een van onze grootste opdrachtgevers, Bouwbedrijf Stralend B.V., is vorige maand failliet "
    "verklaard. Kunnen we de twee facturen in drie termijnen betalen?",
    "Een van de andere huurders in ons pand, Bakkerij Jansen B.V., is failliet verklaard. Kunnen "
    "jullie hun kasten naar onze verdieping verhuizen?",
    "Onze hoofdopdrachtgever is failliet gegaan, daardoor betalen we de factuur twee weken later.",
])
def test_a_principal_or_co_tenant_going_bankrupt_is_someone_elses(text: str):
    assert "insolvency_notice" not in _labels(text, "nl")


@pytest.mark.parametrize("text", [
    "Wij zijn vorige maand failliet verklaard. De curator neemt contact met u op.",
    "Onze vennootschap is gisteren failliet verklaard; de curator is mr. De Wit.",
])
def test_the_writers_own_bankruptcy_stays_a_notice(text: str):
    assert _labels(text, "nl")[0] == "insolvency_notice"


# --- The owner writing from a personal address -------------------------------------------------

NAMES = {
    "F1": "Biscuiterie Vautrin SARL",
    "F2": "Bakkerij Jansen BV",
    "F3": "Jansen Transport BV",
    "F4": "Harcourt Joinery Ltd",
}
DIRECTORY = Directory.build([("compta@biscuiterie-vautrin.example", "F1"), ("info@harcourt.example", "F4")], NAMES)


@pytest.mark.parametrize("sender, text, customer", [
    ("jl.vautrin@orange.fr", "Le tribunal a ouvert une sauvegarde pour la biscuiterie.", "F1"),
    ("p.harcourt@gmail.com", "The joinery has gone into administration, the administrators will write.", "F4"),
])
def test_the_owner_named_by_the_address_and_the_trade(sender: str, text: str, customer: str):
    assert identify_customer(sender, text, DIRECTORY).customer_id == customer


@pytest.mark.parametrize("sender, text", [
    ("jl.vautrin@orange.fr", "Le tribunal a ouvert une sauvegarde pour notre société."),  # no word of the name
    ("p.jansen@gmail.com", "De bakkerij is failliet verklaard."),  # a surname of two customers
    ("p.harcourt@harcourt-family.example", "The joinery has gone into administration."),  # no personal domain
])
def test_a_surname_alone_or_a_shared_one_names_nobody(sender: str, text: str):
    assert identify_customer(sender, text, DIRECTORY).customer_id is None
