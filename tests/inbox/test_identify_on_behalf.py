"""Someone writing for a customer: a shared-service centre, an accountant, a personal mailbox, an
unknown colleague. The invoices they quote and the name they give decide; a guess never does.
Names and addresses are made up for these tests."""
from __future__ import annotations

from inbox.identify import FREEMAIL_DOMAINS, Directory, identify_customer

NAMES = {"A": "Ridgeway Borough Council", "B": "Saltmarsh Hospitals NHS Trust", "C": "Kestrel Foods Ltd"}
DIRECTORY = Directory.build([
    ("creditors@ridgeway.example", "A"),
    ("ridgeway.payables@shared-services.example", "A"),  # A's payables moved to a shared centre
    ("ap@saltmarsh-nhs.example", "B"),
    ("kestrel.foods@gmail.com", "C"),  # a personal mailbox in the ledger
], NAMES)


def test_an_unknown_colleague_at_the_customers_domain():
    ident = identify_customer("new.starter@ridgeway.example", "", DIRECTORY)
    assert (ident.customer_id, ident.method) == ("A", "domain")


def test_a_shared_service_centre_writing_for_another_customer_it_names():
    text = "Replying on behalf of Saltmarsh Hospitals NHS Trust: both invoices are approved."
    ident = identify_customer("clerk@shared-services.example", text, DIRECTORY, ["B"])
    assert ident.customer_id == "B" and "names it" in ident.explanation


def test_without_the_name_the_domain_of_the_customer_stands():
    ident = identify_customer("clerk@shared-services.example", "Both are approved.", DIRECTORY, ["B"])
    assert (ident.customer_id, ident.method) == ("A", "domain")


def test_an_accountant_unknown_to_the_ledger_is_placed_by_the_invoices_or_the_name():
    assert identify_customer("j@smith-accountants.example", "Paid.", DIRECTORY, ["C"]).customer_id == "C"
    ident = identify_customer("j@smith-accountants.example", "We act for Kestrel Foods.", DIRECTORY)
    assert (ident.customer_id, ident.method) == ("C", "company_name")


def test_a_personal_mailbox_is_not_a_company_domain():
    assert "gmail.com" in FREEMAIL_DOMAINS and "videotron.ca" in FREEMAIL_DOMAINS
    assert identify_customer("someone.else@gmail.com", "Hi", DIRECTORY).customer_id is None
    assert identify_customer("kestrel.foods@gmail.com", "Hi", DIRECTORY).customer_id == "C"  # its own address


def test_invoices_of_two_customers_are_ambiguous():
    ident = identify_customer("j@smith-accountants.example", "", DIRECTORY, ["B", "C"])
    assert ident.customer_id is None and ident.method == "ambiguous"


# An administrator, a trustee or a colleague writes from their own address; the customer is named
# in the text, in full with its legal form and particles.
THIRD_NAMES = {"S": "Scheepsbouw Van der Meer B.V.", "N": "Northern Lights Ferry Company Ltd",
               "P": "Atelier de la Pointe SARL", "T": "Tarn Valley Timber Ltd"}
THIRD = Directory.build([("ap@vdmeer.example", "S"), ("ap@nlferry.example", "N"),
                         ("compta@pointe.example", "P"), ("ap@tarnvalley.example", "T")], THIRD_NAMES)


def test_the_administrator_names_the_company_in_full_with_its_particles():
    text = "Re: Scheepsbouw Van der Meer B.V. (in administration) - notice to creditors"
    ident = identify_customer("curator@advocaten.example", text, THIRD)
    assert (ident.customer_id, ident.method) == ("S", "company_name")
    text = "Nous vous informons que l'Atelier de la Pointe a été placé en liquidation judiciaire."
    assert identify_customer("mj@mandataires.example", text, THIRD).customer_id == "P"
    text = "We act for The Northern Lights Ferry Company Limited, our client, which is in administration."
    assert identify_customer("x@lawfirm.example", text, THIRD).customer_id == "N"



def test_initials_in_capitals_are_not_taken_for_a_customer():
    # With thousands of customers, three capitals are someone's initials by chance ("TBC",
    # "NLF"): a guess, so nobody rather than the wrong account.
    assert identify_customer("sales@ourselves.example", "Looks like NLF is going under.", THIRD).customer_id is None
