"""Legal labels that must not lead a message that is no legal notice, written for this file (none
copied from the labelled sets): a procedure the writer says is over, or never was, with its return
to normal; a write-to-me request that gives the new address; reminders paused while a payment plan
runs; an accountant's principal ("notre mandante"). And the true notices and requests next to each
family, which must stay flagged (recall first).
"""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from tests.inbox.test_legal_recall_more import CEASE, INS, legal_labels


def primary(text: str, language: str) -> str:
    return classify_intents(text, "Re: Payment reminder", language)[0].label

# (language, text): no legal label at all.
NOT_LEGAL: list[tuple[str, str]] = [
    # A procedure ended, and the business back to normal.
    ("en", "Our restructuring plan was completed in full last spring and we are trading normally again. "
           "Please release our order."),
    ("en", "To be clear, Harbour Joinery Ltd is not insolvent and never has been; an old subsidiary was struck off. "
           "We are trading as normal."),
    ("en", "The company went through a restructuring in 2023; it was fully implemented, there is no administrator "
           "and no liquidator, and we are trading normally."),
    ("fr", "Notre procédure de sauvegarde est désormais terminée et nous reprenons des paiements normaux avec nos "
           "fournisseurs."),
    ("fr", "Le plan a été intégralement exécuté et nous ne sommes plus sous la protection de la LFI depuis juin."),
    ("de", "Das Insolvenzverfahren über unsere GmbH wurde im Mai aufgehoben. Wir sind wieder uneingeschränkt "
           "handlungsfähig."),
    ("es", "Nuestra empresa no está en concurso: tuvimos un concurso que finalizó en 2022 y desde entonces cumplimos "
           "con todos nuestros pagos."),
    ("nl", "Er is geen surseance aangevraagd en ook geen faillissement; wij betalen onze leveranciers gewoon."),
    # A write-to-me request that gives the new address: a contact change.
    ("fr", "Ma boîte est pleine. Écrivez-moi plutôt ici à paul.martin@exemple.ca pour la facture 88."),
    # Reminders paused while the instalments run: a plan request.
    ("de", "Wir schlagen drei Raten vor und wären dankbar, wenn Sie für die Dauer der Ratenvereinbarung von "
           "weiteren Mahnungen absehen könnten."),
    ("en", "Could you please hold the reminders for the duration of the payment plan? First instalment on the 5th."),
    # The writer's own client or tenant, or its main partner, insolvent.
    ("fr", "Notre locataire du local 12 (Boulangerie Morel) a fait faillite le mois dernier; merci de couper sa ligne."),
    ("fr", "Notre principal partenaire, la centrale d'achat Achats Sud, a été placé en liquidation judiciaire; "
           "pouvons-nous échelonner la facture 552 ?"),
    # The project owner named with an abbreviation's full stop in brackets: still someone else.
    ("pt", "O dono de obra do loteamento de Braga (Vilaverde, Lda.) apresentou-se à insolvência; pagamos na sexta."),
    # One person's address removed while the account is handed to a colleague.
    ("en", "I'm retiring at the end of the month. Please send all statements to my colleague Ana Reis, "
           "ana.reis@example.com, and remove my email address from your mailing list."),
    # An accountant's principal, not a lawyer's client.
    ("fr", "Suite à la reprise de la comptabilité de notre mandante, merci de nous transmettre un relevé de compte."),
]

# (language, text): the writer's own procedure named only as what the documents it asks for are for: a
# document request first, the procedure still flagged behind it (recall first).
FOR_DOCUMENTS: list[tuple[str, str]] = [
    ("fr", "Bonjour, pourriez-vous me renvoyer les factures 41 et 42 pour la déclaration de créance ? Merci."),
    ("es", "Nuestros abogados nos piden copia de las facturas abiertas para la comunicación de créditos del concurso. "
           "¿Me las podéis enviar?"),
    ("en", "The joint administrators have asked us to list our suppliers' balances. Could you send me a statement of account?"),
]

# (language, text): the owner died but a successor carries the business on: the estate is flagged,
# not leading.
CARRIED_ON: list[tuple[str, str]] = [
    ("de", "Unser Inhaber ist verstorben; die Erbengemeinschaft regelt den Nachlass. Das Geschäft wird ab März von "
           "seinem Sohn übernommen. Bitte senden Sie uns eine Aufstellung der offenen Rechnungen."),
    ("en", "Sadly the owner passed away in May. The shop will be taken over by his partner; could you send me a "
           "statement of account?"),
]

# (language, text, labels that must stay).
STILL_LEGAL: list[tuple[str, str, set[str]]] = [
    # Live procedures that say "as normal" or "completed".
    ("en", "We have entered administration. The administrators continue to trade the business as normal.", {INS}),
    ("en", "The sale of the business was completed and the company has entered creditors' voluntary liquidation.", {INS}),
    ("fr", "La procédure de sauvegarde est terminée : le tribunal a prononcé notre liquidation judiciaire.", {INS}),
    ("de", "Die vorläufige Verwaltung wurde aufgehoben und das Insolvenzverfahren eröffnet.", {INS}),
    ("es", "La empresa está en concurso de acreedores desde el lunes; seguimos trabajando con normalidad.", {INS}),
    ("en", "The restructuring plan has failed and the company is no longer trading; the liquidator will write.", {INS}),
    # One cue only: a denial without a second cue, an end without a return to normal.
    ("fr", "La liquidation judiciaire est clôturée pour insuffisance d'actif.", {INS}),
    # Write to me, but not by phone; a lawyer; the post.
    ("fr", "Ne m'appelez plus. Écrivez-moi plutôt ici à paul.martin@exemple.ca.", {CEASE}),
    ("fr", "Écrivez-nous uniquement par courrier recommandé.", {CEASE}),
    # A pause of reminders asked for without a plan, or calls refused during it.
    ("de", "Wir bitten Sie, von weiteren Mahnungen abzusehen.", {CEASE}),
    ("en", "Stop sending us reminders and do not call us during the payment plan.", {CEASE}),
    # A notice beside a document request: the procedure is told in a sentence of its own.
    ("fr", "Nous sommes en redressement judiciaire depuis le 3 mars. Pourriez-vous m'adresser un relevé de compte ?",
     {INS}),
    ("en", "We entered administration on Monday. Please send me a statement of account for the proof of debt.", {INS}),
    # Our own customer's partner, when the writer is insolvent too.
    ("fr", "Notre principal partenaire a été placé en liquidation judiciaire et nous sommes à notre tour en "
           "redressement judiciaire.", {INS}),
    # The writer itself named with the abbreviation.
    ("pt", "A nossa empresa (Vilaverde, Lda.) apresentou-se à insolvência em abril.", {INS}),
    # Removing our addresses, with no one named instead; or a stop beside the hand-over.
    ("en", "Please remove my email address from your mailing list. I do not want to hear from you.", {CEASE}),
    ("en", "Please write to my colleague ana.reis@example.com and do not call me again.", {CEASE}),
    # The owner died and nobody carries the business on.
    ("en", "Sadly the owner passed away in May and the shop has closed. Could you send me a statement?", {INS}),
    # A lawyer's client.
    ("fr", "Nous vous mettons en demeure de cesser tout contact avec notre mandante.", {CEASE}),
]


@pytest.mark.parametrize("language,text", NOT_LEGAL)
def test_no_legal_label(language: str, text: str) -> None:
    assert legal_labels(text, language) == set()


@pytest.mark.parametrize("language,text,expected", STILL_LEGAL)
def test_true_notices_and_requests_stay_flagged(language: str, text: str, expected: set[str]) -> None:
    assert expected <= legal_labels(text, language)


@pytest.mark.parametrize("language,text", FOR_DOCUMENTS)
def test_procedure_named_for_documents_does_not_lead(language: str, text: str) -> None:
    assert primary(text, language) == "document_request"
    assert INS in legal_labels(text, language)


def test_notice_beside_a_document_request_leads() -> None:
    assert primary("Nous sommes en redressement judiciaire depuis le 3 mars. Pourriez-vous m'adresser un relevé "
                   "de compte ?", "fr") == INS


@pytest.mark.parametrize("language,text", CARRIED_ON)
def test_business_carried_on_after_a_death_does_not_lead(language: str, text: str) -> None:
    assert primary(text, language) != INS
    assert INS in legal_labels(text, language)


def test_death_without_a_successor_leads() -> None:
    assert primary("Sadly the owner passed away in May and the shop has closed. Could you send me a statement?",
                   "en") == INS
