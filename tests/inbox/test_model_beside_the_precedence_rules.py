"""The trained model beside the precedence rules of inbox/classify.py (docs/labelling.md).

A legal lead the model sees no trace of stops leading, but the legal label stays: the customer
still goes on legal hold for a collector (_doubted_legal_lead). And the model's legal-recall flag
(MODEL_LEGAL_FLAG) also adds the other legal label beside a legal lead: a stop to contact inside
an administrator's notice. Last, a dispute that withholds payment is put before a promise only
when the model sees a dispute too (WITHHELD_NEEDS_MODEL)."""
from __future__ import annotations

import pytest

from inbox.classify import (LEGAL_DOUBTED, MODEL_LEADS, MODEL_LEGAL_FLAG, WITHHELD_NEEDS_MODEL,
                            classify_intents)
from inbox.intent_rules import LABELS

NOTICES = {
    "fr": ("Par jugement du tribunal de commerce de Lyon du 3 novembre 2026, la société Durand "
           "SARL a été placée en redressement judiciaire. Maître Paul Martin a été désigné "
           "mandataire judiciaire. Merci de déclarer vos créances auprès de lui.", "fr"),
    "en": ("Please be advised that Harbour Fittings Ltd entered administration on 3 November 2026 "
           "and John Smith and Jane Doe of Smith Partners were appointed joint administrators. "
           "Please submit your claim to the administrators.", "en"),
}


def _model(**probabilities: float) -> dict[str, float]:
    return {label: probabilities.get(label, 0.0) for label in LABELS}


@pytest.mark.parametrize("language", list(NOTICES))
def test_the_rules_read_these_notices_as_insolvency_first(language):
    text, lang = NOTICES[language]
    assert classify_intents(text, "", lang)[0].label == "insolvency_notice"
    # the model agreeing changes nothing
    agreed = classify_intents(text, "", lang, model_scores=_model(insolvency_notice=0.97))
    assert agreed[0].label == "insolvency_notice"


@pytest.mark.parametrize("language", list(NOTICES))
def test_a_lead_the_model_doubts_goes_second_and_stays(language):
    text, lang = NOTICES[language]
    scores = classify_intents(text, "", lang, model_scores=_model(
        promise_to_pay=0.9, insolvency_notice=LEGAL_DOUBTED / 2))
    assert scores[0].label == "promise_to_pay"
    labels = [s.label for s in scores]
    assert "insolvency_notice" in labels  # the hold is still set: recall first
    assert scores[0].confidence >= max(s.confidence for s in scores[1:])
    assert any("over a insolvency_notice lead" in e for e in scores[0].evidence)


@pytest.mark.parametrize("model", [
    _model(promise_to_pay=0.9, insolvency_notice=LEGAL_DOUBTED),         # a trace of the notice
    _model(promise_to_pay=MODEL_LEADS - 0.01, other=0.3),                # not confident enough
])
def test_a_lead_stays_first_unless_the_model_is_both_sure_and_blind_to_it(model):
    text, lang = NOTICES["fr"]
    assert classify_intents(text, "", lang, model_scores=model)[0].label == "insolvency_notice"


def test_without_a_model_the_rules_decide():
    text, lang = NOTICES["en"]
    assert classify_intents(text, "", lang, model_scores=None)[0].label == "insolvency_notice"


@pytest.mark.parametrize("language", list(NOTICES))
def test_the_model_flags_a_stop_to_contact_beside_a_notice_the_rules_lead_with(language):
    text, lang = NOTICES[language]
    flagged = classify_intents(text, "", lang, model_scores=_model(
        insolvency_notice=0.6, cease_contact=MODEL_LEGAL_FLAG + 0.1))
    assert [s.label for s in flagged][:1] == ["insolvency_notice"]
    assert "cease_contact" in [s.label for s in flagged]
    assert any("legal recall" in e for s in flagged if s.label == "cease_contact" for e in s.evidence)
    quiet = classify_intents(text, "", lang, model_scores=_model(
        insolvency_notice=0.6, cease_contact=MODEL_LEGAL_FLAG / 2))
    assert "cease_contact" not in [s.label for s in quiet]


# --- a dispute that withholds payment leads a promise only with some support from the model ---
WITHHELD = [
    ("We will pay invoice 4411 on Friday. Invoice 4425 is on hold until you send the credit "
     "note for the damaged pallets.", "en"),
    ("Nous réglerons la facture 4411 vendredi. La facture 4425 est bloquée tant que nous "
     "n'avons pas l'avoir pour les palettes abîmées.", "fr"),
    ("Wir zahlen die Rechnung 4411 am Freitag. Die Rechnung 4425 halten wir zurück, bis die "
     "Gutschrift für die beschädigten Paletten kommt.", "de"),
]


@pytest.mark.parametrize("text,language", WITHHELD)
def test_a_withheld_payment_puts_the_dispute_first_when_the_model_sees_one(text, language):
    assert classify_intents(text, "", language)[0].label == "dispute"  # rules alone
    seen = classify_intents(text, "", language, model_scores=_model(
        promise_to_pay=0.6, dispute=WITHHELD_NEEDS_MODEL + 0.2))
    assert [s.label for s in seen][:2] == ["dispute", "promise_to_pay"]


@pytest.mark.parametrize("text,language", WITHHELD)
def test_a_promise_keeps_the_lead_when_the_model_sees_no_dispute(text, language):
    scores = classify_intents(text, "", language, model_scores=_model(
        promise_to_pay=0.9, dispute=WITHHELD_NEEDS_MODEL / 5))
    assert [s.label for s in scores][:2] == ["promise_to_pay", "dispute"]  # both still reported
