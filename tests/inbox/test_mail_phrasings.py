"""contact_update phrase families: who else to copy, where reminders go now, a new phone number,
invoices accepted only through a portal (EN/FR/DE/ES), with sentences written for these tests."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def labels_of(text: str, language: str | None, subject: str = "Re: Payment reminder") -> list[str]:
    return [score.label for score in classify_intents(text, subject, language)]


CONTACT: list[tuple[str, str]] = [
    # copy someone in from now on
    ("en", "Please cc Martin (martin.b@example.org) on all reminders from now on, he approves the payments."),
    ("en", "Could you please copy our finance lead Olga in the treasury team on all emails about invoices?"),
    ("en", "Can you add me in copy of your statements? They only reach the shared inbox."),
    ("fr", "Merci de mettre dorénavant en copie notre comptable, M. Petit, pour toutes vos relances."),
    ("de", "Bitte setzen Sie künftig unseren Steuerberater in Kopie, wenn Sie Mahnungen schicken."),
    ("es", "Por favor, poned en copia a nuestra gestora en todos los recordatorios."),
    # reminders to me directly
    ("fr", "Je remplace Mme Roux. Merci de m'adresser vos relances directement à partir d'aujourd'hui."),
    ("de", "Zahlungserinnerungen bitte ab sofort direkt an mich (k.maier@example.de)."),
    ("es", "A partir de ahora enviad los recordatorios a cobros@example.es, el otro buzón se cierra."),
    ("en", "Please send all reminders directly to me, not to the general mailbox."),
    # a new phone number
    ("en", "New mobile number for me is 07123 456789, the old one is gone."),
    ("fr", "Mon nouveau numéro de portable : 06 12 34 56 78."),
    ("de", "Meine neue Telefonnummer lautet 030 1234567."),
    # only through the portal / platform
    ("en", "From January we will only accept invoices submitted via our supplier portal."),
    ("fr", "Nous ne pouvons accepter que les factures transmises via notre plateforme de facturation."),
]


@pytest.mark.parametrize(("language", "text"), CONTACT)
def test_contact_update_family(language: str, text: str) -> None:
    assert "contact_update" in labels_of(text, language)


NOT_CONTACT: list[tuple[str, str]] = [
    # a copy of a document, not a person in copy
    ("en", "Please include a copy of the invoice in your email."),
    ("en", "Could you send a copy of the statement in the email?"),
    # asking for documents to be sent is no change of address
    ("fr", "Pourriez-vous m'envoyer les factures 1204 et 1205 ?"),
    # a resubmission asked for, not a new channel
    ("fr", "La facture n'a jamais été reçue, merci de la déposer sur Chorus Pro."),
    # a phone number mentioned without a change
    ("en", "You can call me on 0161 555 0101 if you have questions about the payment."),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONTACT)
def test_not_contact_update(language: str, text: str) -> None:
    assert "contact_update" not in labels_of(text, language)


# Fraud checks on OUR bank details and sales enquiries are `other`, not a contact change.
OTHER_NOT_CONTACT: list[tuple[str, str]] = [
    ("fr", "Un courrier nous annonce un changement de coordonnées bancaires chez vous. Pouvez-vous confirmer que "
           "ce changement provient bien de votre service comptable ?"),
    ("fr", "Avez-vous changé de banque ? Un message nous demande de mettre à jour votre IBAN, merci de confirmer."),
    ("fr", "Est-ce que votre RIB a changé ? Nous avons un doute sur un mail reçu ce matin."),
    ("en", "Have your bank details changed? Someone emailed us a new account number in your name."),
    ("de", "Hat sich Ihre Bankverbindung geändert? Wir haben ein merkwürdiges Schreiben erhalten."),
    ("es", "Hola, soy la nueva responsable de compras. ¿Tienen catálogo de envases para la campaña de verano?"),
    ("en", "I'm the new bookkeeper here. Do you have a catalogue of your spring range?"),
]


@pytest.mark.parametrize(("language", "text"), OTHER_NOT_CONTACT)
def test_fraud_check_and_sales_enquiry_are_other(language: str, text: str) -> None:
    assert labels_of(text, language)[0] == "other"


def test_real_bank_change_is_still_a_contact_update() -> None:
    assert "contact_update" in labels_of(
        "Veuillez noter notre changement de coordonnées : nouvelle adresse de facturation au 4 rue des Lilas.", "fr")


# Document requests: the invoice put on the customer's portal, card-payment receipts, a statement
# asked for in German, a missing POD.
DOCUMENTS: list[tuple[str, str]] = [
    ("fr", "Votre facture papier nous est bien parvenue ; pourriez-vous la déposer sur Chorus Pro ?"),
    ("en", "Please upload the invoice to our supplier portal, we no longer key paper invoices."),
    ("en", "Both cards went through this morning; can you send receipts for the two invoices?"),
    ("de", "Für die Prüfung benötigen wir eine Saldenbestätigung zum Monatsende."),
    ("de", "Könnten Sie uns den unterschriebenen POD noch schicken?"),
    ("en", "There is no goods receipt booked for that delivery on our system; could you send the signed POD?"),
    ("en", "Our AP system rejects invoices without an order number. Please re-issue it quoting PO 7781."),
]


@pytest.mark.parametrize(("language", "text"), DOCUMENTS)
def test_document_request_families(language: str, text: str) -> None:
    assert labels_of(text, language)[0] == "document_request"


def test_goods_not_received_with_pod_request_stays_a_dispute() -> None:
    labels = labels_of("The goods never arrived at our depot. Please provide proof of delivery.", "en")
    assert labels[0] == "dispute"


def test_accounts_department_moved_is_a_contact_update() -> None:
    assert labels_of("Our accounts team has moved: our new postal address for invoices is 3 Mill Lane.", "en")[0] == \
        "contact_update"
