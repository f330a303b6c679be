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
