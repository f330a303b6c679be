"""Who wrote, when the sender's address says nothing: a customer's contact address written in
the text ("billing questions go to office@…"), and a sole trader's name written as one of its
parts ("Trade name (Owner)"). Names and addresses are made up for these tests."""
from __future__ import annotations

import pytest

from inbox.identify import Directory, identify_customer

NAMES = {
    "S1": "Plomberie Vautrin enr. (Jean-Luc Vautrin)",
    "S2": "Harbourside Dental Group Ltd",
    "S3": "Harbourside Dental Clinic Ltd",
    "S4": "Nordwerk Metallbau (Europe) GmbH",
    "S5": "Kowalczyk Haulage (Tomasz Kowalczyk)",
}
CONTACTS = [
    ("factures@plomberie-vautrin.example", "S1"),
    ("accounts@harbourside-dental.example", "S2"),
    ("clinic@harbourside-dental.example", "S3"),
    ("buchhaltung@nordwerk.example", "S4"),
]
DIRECTORY = Directory.build(CONTACTS, NAMES)


def who(text, sender="someone@gmail.com", refs=()):
    return identify_customer(sender, text, DIRECTORY, refs)


@pytest.mark.parametrize(("text", "customer"), [
    ("Please stop ringing my mobile. Billing questions go to factures@plomberie-vautrin.example.", "S1"),
    ("Schreiben Sie künftig an buchhaltung@nordwerk.example, nicht an mich.", "S4"),
    ("Our accounts team is at accounts@harbourside-dental.example.", "S2"),
])
def test_a_contact_address_written_in_the_text(text, customer):
    ident = who(text)
    assert (ident.customer_id, ident.method) == (customer, "contact_in_text"), ident.explanation


@pytest.mark.parametrize("text", [
    # the shared domain points at two customers
    "Write to anyone at billing@harbourside-dental.example.",
    # two customers' addresses
    "Copy accounts@harbourside-dental.example and factures@plomberie-vautrin.example please.",
    # an address of no customer
    "Contact our lawyer at j.doe@lawfirm.example.",
])
def test_an_address_of_no_single_customer_names_nobody(text):
    assert who(text).method != "contact_in_text"


def test_the_sender_own_address_is_not_read_again():
    ident = who("my address is factures@plomberie-vautrin.example", sender="factures@plomberie-vautrin.example")
    assert (ident.customer_id, ident.method) == ("S1", "email")


@pytest.mark.parametrize(("text", "customer"), [
    ("M. Jean-Luc Vautrin - demande de cesser les appels", "S1"),
    ("Plomberie Vautrin : avis aux créanciers", "S1"),
    ("Re: Tomasz Kowalczyk, account query", "S5"),
])
def test_a_sole_trader_named_by_one_part_of_its_name(text, customer):
    ident = who(text)
    assert (ident.customer_id, ident.method) == (customer, "company_name"), ident.explanation


@pytest.mark.parametrize("text", [
    "We ship across Europe from our Lyon depot.",  # "(Europe)" alone is no name
    "Jean-Luc here, about the boiler",  # a first name alone
])
def test_a_single_word_in_parentheses_is_no_name(text):
    assert who(text).customer_id is None


def test_two_customers_of_one_name_stay_ambiguous() -> None:
    from inbox.identify import Directory, identify_customer
    directory = Directory.build([], {"C1": "Garage Dupont SARL", "C2": "Garage Dupont SARL"})
    found = identify_customer("compta@gmail.example", "Bonjour, ici le Garage Dupont.", directory, [])
    assert found.customer_id is None and set(found.candidates) == {"C1", "C2"}


@pytest.mark.parametrize(("sender", "customer"), [
    ("harboursidedentalclinic@gmail.com", "S3"),  # the longer name it spells, not "Harbourside Dental"
    ("harbourside.dental@outlook.com", "S2"),
    ("office@nordwerkmetallbau.example", "S4"),  # the domain spells it
    ("kowalczyk.haulage.2019@yahoo.com", "S5"),
])
def test_an_address_that_spells_a_customers_name(sender, customer):
    ident = who("Delivery failed: mailbox unavailable", sender=sender)
    assert ident.customer_id == customer, ident.explanation


@pytest.mark.parametrize("sender", [
    "harbourside@gmail.com",  # one word of two names
    "vautrin@gmail.com",  # one word
    "dental.group@gmail.com",  # words of a name, not the name
    "nordwerk@gmail.com",
])
def test_an_address_with_part_of_a_name_names_nobody(sender):
    assert who("Delivery failed: mailbox unavailable", sender=sender).customer_id is None
