"""Who wrote, when the sender's address says nothing: the company name in the text, however
it is typed (capitals, accents, "&", legal form left out or shortened), and never a name two
customers share. Names are made up for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.identify import Directory, identify_customer

NAMES = {
    "C1": "Bramble & Oak Joinery Ltd",
    "C2": "Boulangerie-Pâtisserie Lefèvre SARL",
    "C3": "Quincaillerie Gagnon ltée",
    "C4": "Westmoor Hospitals NHS Foundation Trust",
    "C5": "Eastmoor Hospitals NHS Foundation Trust",
    "C6": "Maison de la Presse Dupuis",
    "C7": "Talleres Ibáñez S.A.",
    "C8": "Kettering Tool Hire Pty Ltd",
}
DIRECTORY = Directory.build([("accounts@bramble-oak.example", "C1"), ("compta@lefevre.example", "C2")], NAMES)


def who(text, sender="someone@gmail.com", refs=()):
    return identify_customer(sender, text, DIRECTORY, refs)


@pytest.mark.parametrize(("text", "customer"), [
    ("BRAMBLE & OAK JOINERY LTD (IN ADMINISTRATION)", "C1"),
    ("re: bramble and oak joinery - statement", "C1"),
    ("C'est Luc de la quincaillerie Gagnon, pour le chèque.", "C3"),
    ("Talleres Ibanez, S.A. - departamento de cuentas", "C7"),
    ("Regards, Kettering Tool Hire", "C8"),
    # shortened: two words of the name, in order, one of them no other customer's
    ("Boulangerie Lefèvre, Nantes", "C2"),
    ("NHS Payables, for Westmoor Hospitals NHS FT", "C4"),
])
def test_a_company_name_however_it_is_typed(text, customer):
    ident = who(text)
    assert (ident.customer_id, ident.method) == (customer, "company_name"), ident.explanation


@pytest.mark.parametrize("text", [
    "Hospitals NHS Foundation Trust payables team",  # both trusts
    "Paul Lefèvre here, about the invoice",  # a surname alone
    "de la part de la comptabilité",  # common words only
    "We ordered oak joinery from you last spring",  # words of the name, not the name
    "Can we extend the tool hire by a week?",
    "Lefèvre Boulangerie",  # not in the name's order
])
def test_no_name_or_a_shared_one_identifies_nobody(text):
    assert who(text).customer_id is None


def test_two_named_customers_are_ambiguous():
    ident = who("Copy to Westmoor Hospitals NHS and to Eastmoor Hospitals NHS please")
    assert ident.customer_id is None and ident.method == "ambiguous"
    assert set(ident.candidates) == {"C4", "C5"}


def test_the_sender_address_still_comes_first():
    assert who("Boulangerie Lefèvre", sender="accounts@bramble-oak.example").customer_id == "C1"


words = st.sampled_from(["Harbour", "Granite", "Aldwick", "Fenmoor", "Quarry", "Lumière", "Bäckerei",
                         "Ridgeway", "Saltmarsh", "Kestrel", "Tannery", "Östlund", "Vallée", "Pinecrest"])
suffixes = st.sampled_from(["Ltd", "Limited", "SARL", "GmbH", "S.A.", "Inc.", "LLC", "Pty Ltd", "B.V.", "ltée", ""])


@settings(database=None, max_examples=80)
@given(st.lists(words, min_size=2, max_size=3, unique=True), suffixes,
       st.sampled_from(["upper", "lower", "title"]), st.sampled_from([" & ", " ", " and "]))
def test_a_generated_name_is_found_in_any_case_and_without_its_legal_form(parts, suffix, case, joiner):
    name = " ".join(parts) + (f" {suffix}" if suffix else "")
    directory = Directory.build([], {"X1": name, "X2": "Northwind Traders Ltd"})
    written = joiner.join(parts)
    written = {"upper": written.upper(), "lower": written.lower(), "title": written.title()}[case]
    ident = identify_customer("ap@gmail.com", f"Hello, this is {written} accounts.", directory)
    assert ident.customer_id == "X1", ident.explanation
