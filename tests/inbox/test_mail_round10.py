"""Round 10 (dev65-dev72's languages and phrasings): document requests with the invoice as a pronoun,
delivery paperwork, payment references and lien waivers; contact changes said with a retired half-
address, a first-person departure, routing to me, portal-only invoicing; `other` for PT/IT/NL/CA
mailings and price-list requests; headerless absence notices and their return dates. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from inbox import dates
from inbox.autoreplies import detect_auto_reply
from inbox.classify import classify_intents
from inbox.mime import parse_message


def labels_of(text: str, language: str | None, subject: str = "Re: Payment reminder") -> list[str]:
    return [score.label for score in classify_intents(text, subject, language)]


DOCUMENT: list[tuple[str, str]] = [
    ("nl", "Ik vind factuur 2231 niet terug. Kunt u hem nogmaals mailen?"),
    ("nl", "Zouden jullie die nog eens naar ons doorsturen? Dan boeken we hem meteen."),
    ("it", "Non trovo la fattura 118 nel gestionale: potreste rimandarla a questo indirizzo?"),
    ("it", "Vi chiedo di inoltrarcela di nuovo in PDF, grazie."),
    ("pt", "Não encontramos a fatura 77 no sistema. Conseguem reenviar?"),
    ("pt", "Para lançar a fatura precisamos da guia de transporte assinada pelo motorista."),
    ("pt", "Podem enviar-nos a referência multibanco para pagarmos a fatura 5521?"),
    ("ca", "No trobem la factura 330. Podeu reenviar-la en pdf?"),
    ("en", "Before our lender releases the draw, please send us a conditional lien waiver for each invoice."),
    ("en", "Could you provide the unconditional waivers and releases for the March progress billing?"),
]


@pytest.mark.parametrize(("language", "text"), DOCUMENT)
def test_document_request(language: str, text: str) -> None:
    assert labels_of(text, language)[0] == "document_request"


CONTACT: list[tuple[str, str]] = [
    # a retired mailbox named by its first half
    ("en", "From March please use ap@harbour-foods.example; the payables@ inbox will be shut down."),
    ("pt", "O endereço financeiro@ deixará de ser consultado a partir do fim do mês."),
    ("fr", "L'adresse factures@ n'existe plus, écrivez à compta@lemoulin.example."),
    ("es", "No mandéis más recordatorios a admin@, ese buzón ya no lo lee nadie."),
    # invoices received at one address from a date
    ("pt", "A partir de junho a receção de faturas passa a ser centralizada no endereço ap@grupo.example."),
    ("es", "Desde el 1 de julio toda la facturación debe enviarse a facturas@hostal.example."),
    ("en", "All statements must be sent by email only to ledger@kiln.example from next month."),
    # where to write, with the reader's verb
    ("es", "Para dudas sobre recibos escribid a contabilidad@taller.example."),
    ("en", "Any questions about payment must come in writing to ap@quarry.example."),
    # a first-person departure
    ("pt", "Já não trabalho nessa empresa desde o verão, falem com o Rui."),
    ("it", "Non lavoro più per la ditta Rossi, scrivete all'amministrazione."),
    ("nl", "Ik werk niet meer bij Bakkerij Smit, neem contact op met de boekhouding."),
    ("es", "Ya no trabajo en la tienda; la contabilidad la lleva ahora mi cuñado."),
    # reminders to me
    ("it", "D'ora in poi inviate i solleciti direttamente a me e non all'ufficio."),
    # invoices only through a portal, or paper refused
    ("en", "We will accept invoices only through our Coupa supplier portal from April."),
    ("en", "Paper and emailed invoices will be rejected after 1 May."),
    ("fr", "Nous ne pouvons plus accepter que les factures transmises via Chorus Pro."),
    # the registered office moved
    ("de", "Zum Jahreswechsel verlegen wir unseren Geschäftssitz nach Bochum."),
    ("de", "Bitte senden Sie Rechnungen ab Januar an folgende Anschrift: Hafenweg 3, Kiel."),
    ("es", "La gestión de cobros la gestiona nuestra gestoría desde este mes."),
]


@pytest.mark.parametrize(("language", "text"), CONTACT)
def test_contact_update(language: str, text: str) -> None:
    assert labels_of(text, language)[0] == "contact_update"


NOT_CONTACT: list[tuple[str, str]] = [
    # someone else's hypothetical, a copy sent to an address
    ("it", "Se non lavoro più qui a dicembre vi avviserò."),
    ("en", "We sent the remittance to ar@supplier.example and it bounced."),
    # a mailbox that stays
    ("de", "Die Rechnung ist angekommen, danke."),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONTACT)
def test_not_contact_update(language: str, text: str) -> None:
    assert "contact_update" not in labels_of(text, language)


# A cease-contact letter naming where to write instead carries the contact change beside it.
CEASE_AND_WRITE_HERE: list[tuple[str, str]] = [
    ("en", "Stop phoning our foremen about this account. All queries need to come in writing to ap@slate.example."),
    ("fr", "Cessez d'appeler nos employés. Toute correspondance devra désormais être adressée à notre avocat, Me Roy."),
]


@pytest.mark.parametrize(("language", "text"), CEASE_AND_WRITE_HERE)
def test_cease_with_contact_update(language: str, text: str) -> None:
    labels = labels_of(text, language)
    assert labels[0] == "cease_contact"
    assert "contact_update" in labels


OTHER: list[tuple[str, str]] = [
    ("pt", "Recebeu esta mensagem porque subscreveu a nossa newsletter. Promoções de verão em todas as lojas!"),
    ("it", "Ricevi questa email perché sei iscritto alla nostra newsletter. Saldi fino al 50%!"),
    ("nl", "Kunnen jullie ons de prijslijst voor 2027 toesturen? Over de facturen hebben we geen vragen."),
    ("it", "Vorremmo vedere il listino prezzi aggiornato per la prossima stagione."),
]


@pytest.mark.parametrize(("language", "text"), OTHER)
def test_other(language: str, text: str) -> None:
    assert labels_of(text, language)[0] == "other"


def _message(subject: str, body: str):
    raw = (f"From: someone@customer.example\nTo: ar@ourco.example\nSubject: {subject}\n"
           f"Date: Wed, 25 Nov 2026 08:00:00 +0100\n\n{body}").encode("utf-8")
    return parse_message(raw)


# Absence notices without headers: an absence or closure and the day back.
AUTO: list[tuple[str, str, str, date | None]] = [
    ("Re: Past due reminder", "Thank you for your email. Our office is closed for the holiday and will reopen Monday, "
     "November 30.", "en", date(2026, 11, 30)),
    ("R: Sollecito", "Grazie per il suo messaggio. L'ufficio è chiuso per inventario e riapre lunedì 30 novembre.", "it",
     date(2026, 11, 30)),
    ("Re: Relance", "Bonjour, je suis en congé parental, retour prévu le 1er décembre.", "fr", date(2026, 12, 1)),
    ("Re: Mahnung", "Unser Betrieb befindet sich in der Winterpause. Ab 30. November sind wir wieder im Büro.", "de",
     date(2026, 11, 30)),
    ("Absent(e) du bureau : Relance", "Je suis absente jusqu'au 27 novembre inclus.", "fr", date(2026, 11, 30)),
    ("Absente : Relance", "Bonjour, je suis absente cette semaine.", "fr", None),
    ("Re: Relance", "Je suis absente jusqu'au 27 novembre. Votre message ne sera pas transféré.", "fr", date(2026, 11, 30)),
]


@pytest.mark.parametrize(("subject", "body", "language", "back"), AUTO)
def test_absence_without_headers(subject: str, body: str, language: str, back: date | None) -> None:
    msg = _message(subject, body)
    assert detect_auto_reply(msg) is not None
    assert dates.find_return_date(msg.text, date(2026, 11, 25), language) == back


# A person who is away but answers the reminder itself is no automatic answer.
PERSON: list[tuple[str, str]] = [
    ("Re: Relance", "Bonjour, je suis en congé, je regarde ça à mon retour lundi."),
    ("Re: Reminder", "We're closed for the refit and reopen on Monday; I'll clear invoice 88 the day we reopen."),
    ("Re: Relance", "On est fermé jusqu'à la réouverture en avril, je vous règle les deux factures dès qu'on rouvre."),
]


@pytest.mark.parametrize(("subject", "body"), PERSON)
def test_person_away_is_no_auto_reply(subject: str, body: str) -> None:
    assert detect_auto_reply(_message(subject, body)) is None
