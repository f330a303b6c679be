"""Legal labels that must not lead a message that is no legal notice, written for this file (none
copied from the labelled sets): a procedure the writer says is over, or never was, with its return
to normal; a write-to-me request that gives the new address; reminders paused while a payment plan
runs; an accountant's principal ("notre mandante"). And the true notices and requests next to each
family, which must stay flagged (recall first).
"""
from __future__ import annotations

import pytest

from tests.inbox.test_legal_recall_more import CEASE, INS, legal_labels

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
    # An accountant's principal, not a lawyer's client.
    ("fr", "Suite à la reprise de la comptabilité de notre mandante, merci de nous transmettre un relevé de compte."),
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
    # A lawyer's client.
    ("fr", "Nous vous mettons en demeure de cesser tout contact avec notre mandante.", {CEASE}),
]


@pytest.mark.parametrize("language,text", NOT_LEGAL)
def test_no_legal_label(language: str, text: str) -> None:
    assert legal_labels(text, language) == set()


@pytest.mark.parametrize("language,text,expected", STILL_LEGAL)
def test_true_notices_and_requests_stay_flagged(language: str, text: str, expected: set[str]) -> None:
    assert expected <= legal_labels(text, language)
