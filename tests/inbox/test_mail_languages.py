"""document_request, contact_update and auto-reply families in Italian, Dutch (and Afrikaans),
Portuguese and Catalan, and the French/English near misses of dev57-dev64, with sentences
written for these tests."""
from __future__ import annotations

import pytest

from inbox.autoreplies import detect_auto_reply
from inbox.classify import classify_intents
from inbox.mime import parse_message


def labels_of(text: str, language: str | None, subject: str = "Re: Sollecito / herinnering") -> list[str]:
    return [score.label for score in classify_intents(text, subject, language)]


def primary_of(text: str, language: str | None, subject: str = "Re: reminder") -> str:
    return classify_intents(text, subject, language)[0].label


DOCUMENT: list[tuple[str, str]] = [
    ("it", "Buongiorno, potreste mandarci il duplicato della fattura 2231? Non la troviamo."),
    ("it", "Ci servirebbe l'estratto conto aggiornato a fine marzo per la revisione."),
    ("it", "Inviateci per cortesia copia del DDT firmato relativo alla consegna di maggio."),
    ("it", "Ci potete inoltrare la fattura 88 in formato PDF?"),
    ("nl", "Kunt u mij het rekeningoverzicht van dit jaar nog eens toesturen?"),
    ("nl", "Graag ontvangen wij een duplicaat van factuur 4410, het origineel is zoekgeraakt."),
    ("nl", "Wij hebben dringend een kopie van de leverbon nodig voor onze boekhouding."),
    ("nl", "Kunnen wij een afschrift van de factuur krijgen?"),
    ("af", "Kan jy asseblief vir my 'n afskrif van die faktuur e-pos?"),
    ("pt", "Bom dia, podiam reenviar-nos a segunda via da fatura 3320?"),
    ("pt", "Precisamos do extrato de conta corrente até ao fim do mês."),
    ("ca", "Em podeu reenviar la factura 5120 en PDF, si us plau?"),
    ("ca", "Necessitem un duplicat de l'albarà de la comanda de juny."),
]


@pytest.mark.parametrize(("language", "text"), DOCUMENT)
def test_document_request(language: str, text: str) -> None:
    assert "document_request" in labels_of(text, language)


NOT_DOCUMENT: list[tuple[str, str]] = [
    # the writer offering, or a document already received or attached
    ("nl", "Ik kan u gerust een kopie van de betaalbevestiging sturen als dat helpt."),
    ("nl", "Bedankt, wij hebben de creditnota goed ontvangen."),
    ("it", "Grazie, abbiamo ricevuto la copia della fattura."),
    ("pt", "Recebemos a segunda via da fatura, obrigado."),
    # a credit note waited for inside a promise is no request for a copy
    ("it", "La 310 la paghiamo venerdì, per la 312 aspettiamo ancora la nota di credito."),
    # invoices routed elsewhere are no document asked for
    ("nl", "Gelieve de facturen voortaan naar boekhouding@voorbeeld.nl te sturen."),
    # the writer's own cheque reissued
    ("en", "Cheque 5521 went out on the 2nd; if it hasn't arrived by Monday I'll cancel it and reissue."),
]


@pytest.mark.parametrize(("language", "text"), NOT_DOCUMENT)
def test_not_document_request(language: str, text: str) -> None:
    assert "document_request" not in labels_of(text, language)


CONTACT: list[tuple[str, str]] = [
    ("it", "Vi segnaliamo il nostro nuovo indirizzo di fatturazione: Via Roma 12, 20121 Milano."),
    ("it", "La signora Bassi non lavora più presso di noi; per i pagamenti scrivete a Luca Neri."),
    ("it", "D'ora in poi inviate i solleciti all'indirizzo amministrazione@esempio.it."),
    ("nl", "Wij zijn verhuisd, ons nieuwe adres is Kerkstraat 4, 2000 Antwerpen."),
    ("nl", "Mevrouw Janssens werkt niet meer bij ons, gelieve uw gegevens aan te passen."),
    ("nl", "Stuur de herinneringen voortaan naar financien@voorbeeld.be, a.u.b."),
    ("af", "Ek het by Pieter oorgeneem, stuur asseblief voortaan alle state na anna@voorbeeld.co.za."),
    ("pt", "Mudámos de morada: a nova morada é Rua das Flores 10, Porto."),
    ("pt", "A Sra. Costa já não trabalha connosco; enviem as faturas para contas@exemplo.pt."),
    ("ca", "Hem canviat d'adreça; la nova adreça de facturació és Carrer Major 3, Girona."),
    ("ca", "A partir d'ara envieu les factures a comptabilitat@exemple.cat."),
    ("fr", "Nous avons changé de siège social, merci de mettre à jour l'adresse de facturation."),
    ("fr", "Merci de nous envoyer vos factures et relances par mail uniquement et plus par courrier."),
]


@pytest.mark.parametrize(("language", "text"), CONTACT)
def test_contact_update(language: str, text: str) -> None:
    assert "contact_update" in labels_of(text, language)


def test_routing_sentence_is_no_document_request() -> None:
    text = "Pourriez-vous nous envoyer les relances et factures par courriel uniquement ? Le courrier se perd."
    assert primary_of(text, "fr") == "contact_update"


NOT_CONTACT: list[tuple[str, str]] = [
    ("it", "Il signor Ferri si occupa ancora dei pagamenti, nulla è cambiato."),
    ("nl", "Als mevrouw Peeters niet meer bij ons werkt, laat ik het u weten."),
    ("pt", "Se a Sra. Lima já não trabalha aí, a quem devemos enviar o pagamento?"),
]


@pytest.mark.parametrize(("language", "text"), NOT_CONTACT)
def test_not_contact_update(language: str, text: str) -> None:
    assert "contact_update" not in labels_of(text, language)


AWAY: list[tuple[str, str]] = [
    ("it", "Sono fuori ufficio fino al 14 aprile, rientrerò il 15. Per urgenze contattare il centralino."),
    ("nl", "Ik ben afwezig tot en met vrijdag en ben terug op maandag 9 maart."),
    ("af", "Ek is tans nie op kantoor nie en sal weer terug wees op 3 Maart."),
    ("pt", "Estou fora do escritório e regresso a 2 de setembro."),
    ("ca", "Sóc fora de l'oficina; tornaré el dilluns 7 de setembre."),
    ("fr", "Le service est fermé pour congés, votre message sera traité dès notre retour le 2 mars."),
]


def make_message(body: str, subject: str = "Re: Rappel de paiement"):
    raw = f"From: a@customer.example\nTo: ar@ourco.example\nSubject: {subject}\n\n{body}"
    return parse_message(raw.encode("utf-8"))


@pytest.mark.parametrize(("language", "text"), AWAY)
def test_away_notice_is_auto_reply(language: str, text: str) -> None:
    assert "auto_reply" in labels_of(text, language)


@pytest.mark.parametrize(
    "body",
    [
        "L'ufficio è chiuso per ferie e rientreremo il 24 agosto.",
        "Ons kantoor is gesloten en wij zijn weer bereikbaar vanaf 5 januari.",
        "O escritório está encerrado; estaremos de volta a 3 de janeiro.",
        "L'oficina està tancada per vacances; tornarem el 31 d'agost.",
        "L'économat est fermé cette semaine. Votre message sera traité dès notre retour.",
    ],
)
def test_closed_and_back_without_headers(body: str) -> None:
    found = detect_auto_reply(make_message(body))
    assert found is not None and found.kind == "out_of_office"


@pytest.mark.parametrize(
    "body",
    [
        # a person away who still promises the payment
        "L'ufficio è chiuso fino a lunedì, rientrerò il 5 e pagheremo la fattura quel giorno.",
        "Ons kantoor is gesloten tot maandag; na mijn terugkeer zullen wij de factuur betalen. Ik ben terug op 4 mei.",
        # back, but nothing closed or away
        "Tornarem a revisar la factura i us direm alguna cosa.",
    ],
)
def test_not_an_absence_notice(body: str) -> None:
    assert detect_auto_reply(make_message(body)) is None


WRITE_HERE: list[tuple[str, str]] = [
    ("en", "Stop ringing the shop. All correspondence about the account must be in writing, to office@example.co.uk."),
    ("en", "Any billing matter goes in writing to payables@example.com only, please no more calls."),
    ("en", "Please don't phone me at home; you can write to ap@example.com and we will answer."),
    ("fr", "Ne m'appelez plus au travail : merci de me contacter par écrit uniquement, par courrier au magasin."),
]


@pytest.mark.parametrize(("language", "text"), WRITE_HERE)
def test_where_to_write_instead(language: str, text: str) -> None:
    assert "contact_update" in labels_of(text, language, subject="Calls")


def test_in_writing_without_a_place_is_no_contact_update() -> None:
    text = "Please stop calling my mobile. Any communication about the account needs to be in writing."
    assert "contact_update" not in labels_of(text, "en", subject="Calls")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Chiediamo la correzione della fattura 12, il prezzo non è quello concordato."),
        ("nl", "Wij betalen graag de factuur zodra de levering compleet is."),
        ("ca", "Si us plau, reviseu la factura 77, el preu no és correcte."),
    ],
)
def test_correction_or_payment_is_no_document_request(language: str, text: str) -> None:
    assert "document_request" not in labels_of(text, language)


def test_catalan_closed_office() -> None:
    found = detect_auto_reply(make_message("L'oficina està tancat fins dilluns; tornarem el 7 de setembre."))
    assert found is not None and found.kind == "out_of_office"


# Second read: a new message, a part replaced, an invoice received late, a copy or statement sent.
@pytest.mark.parametrize(("language", "text", "label"), [
    ("it", "Vi inoltro una nuova mail con gli allegati giusti.", "contact_update"),
    ("it", "Il motore difettoso va sostituito da voi entro la settimana.", "contact_update"),
    ("it", "Questa fattura sostituisce la 1180 emessa per errore.", "contact_update"),
    ("pt", "Aguardamos novo contacto para agendar a entrega.", "contact_update"),
    ("pt", "Mando novo email com a fatura certa.", "contact_update"),
    ("ca", "Us envio un nou correu amb l'albarà signat.", "contact_update"),
    ("nl", "Waarom ontvingen wij de factuur pas twee maanden na de levering?", "document_request"),
    ("nl", "In bijlage vindt u het rekeninguittreksel als bewijs.", "document_request"),
    ("es", "Adjunto copia de la factura con el sello de entrada.", "document_request"),
])
def test_second_read_not_the_label(language: str, text: str, label: str) -> None:
    assert label not in labels_of(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Il sig. Conti è stato sostituito dalla collega Marta Riva, scrivete a lei."),
    ("it", "Dal 1° luglio subentra la dott.ssa Sala nella gestione delle fatture."),
    ("it", "Si comunica che la sig.ra Fontana non lavora più presso il nostro ufficio acquisti."),
    ("pt", "O Eng. Paiva reformou-se e já não trabalha connosco desde maio."),
    ("pt", "Tomem nota da nossa nova morada: Rua das Flores 12, Porto."),
])
def test_second_read_contact_update(language: str, text: str) -> None:
    assert "contact_update" in labels_of(text, language)
