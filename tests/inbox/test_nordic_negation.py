"""Danish and Swedish negation in the rule engine, Swedish "ni" (you) that is no negation, and the
Danish and Swedish promised dates ("den 15.", "inom 14 dagar", "om en uge")."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.intent_engine import is_negation, tokenise
from inbox.intent_text import normalise_text
from inbox.language import detect_language


def _labels(text: str, subject: str = "") -> list[str]:
    return [i.label for i in classify_intents(text, subject, detect_language(text))]


def _negations(text: str, language: str) -> list[str]:
    tokens = tokenise(normalise_text(text), language)
    return [tokens.norms[i] for i in range(len(tokens.norms)) if is_negation(tokens, i)]


@pytest.mark.parametrize("text, language, expected", [
    ("Vi betaler ikke fakturaen", "en", ["ikke"]),
    ("Vi betalar inte fakturan", "de", ["inte"]),
    ("Beloppet betalas ej", "nl", ["ej"]),
    # Swedish "ni" is "you"
    ("Kan ni skicka fakturan igen?", "en", []),
    ("Ni får pengarna på fredag", "de", []),
    # French and Spanish "ni" is "nor"
    ("Nous ne paierons ni la facture ni les frais", "fr", ["ne", "ni", "ni"]),
    ("No pagaremos ni siquiera la mitad", "es", ["no", "ni"]),
])
def test_negation_words_by_language(text, language, expected):
    assert _negations(text, language) == expected


@pytest.mark.parametrize("text, label", [
    # "ni" (you) no longer blocks a Swedish promise or request
    ("Ni får pengarna på fredag, ursäkta dröjsmålet.", "promise_to_pay"),
    ("Hej! Kan ni skicka en kopia av fakturan? Vi hittar den inte i vårt system.", "document_request"),
    # an adverb between the verb and the time
    ("Vi betaler selvfølgelig på fredag.", "promise_to_pay"),
    ("Vi betalar då senast nästa fredag.", "promise_to_pay"),
    # French "ni" still negates
    ("Nous ne paierons ni vendredi ni lundi tant que le litige n'est pas réglé.", None),
])
def test_promises_and_requests(text, label):
    labels = _labels(text)
    if label is None:
        assert "promise_to_pay" not in labels
    else:
        assert label in labels


@pytest.mark.parametrize("text", [
    # a negation after the verb: no promise
    "Vi betaler ikke på fredag, fakturaen er forkert.",
    "Vi betalar inte på fredag eftersom leveransen saknas.",
    "Jeg overfører ikke beløbet før vi har fået en kreditnota.",
    "Vi kommer aldrig att betala den fakturan.",
    # no payment made
    "Vi har ikke betalt fakturaen endnu.",
])
def test_negated_nordic_is_no_promise(text):
    labels = _labels(text)
    assert "promise_to_pay" not in labels
    assert "already_paid" not in labels


SENT = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("Vi betaler resten den 15.", date(2026, 12, 15)),
    ("Beløbet overføres d. 15. som aftalt.", date(2026, 12, 15)),
    ("Vi betalar fakturan senast den 25", date(2026, 11, 25)),
    ("Vi betaler inden for 10 dage.", date(2026, 11, 30)),
    ("Vi betaler inden 10 dage.", date(2026, 11, 30)),
    ("Vi betalar inom 14 dagar.", date(2026, 12, 4)),
    ("Ni får pengarna om en vecka.", date(2026, 11, 27)),
    ("I får pengene om en uge.", date(2026, 11, 27)),
    ("Vi betaler om to uger.", date(2026, 12, 4)),
])
def test_nordic_promised_dates(text, expected):
    found = find_promised_date(text, SENT, None)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", [
    "Fakturaen af den 15. oktober er betalt.",  # a past document date with its month
    "Vi har 30 dages betalingsfrist.",  # terms, not a promise
    "Vi betalar den 15 000 kr vi är skyldiga.",  # an amount
])
def test_nordic_near_miss_dates(text):
    found = find_promised_date(text, SENT, None)
    assert found is None or found.value.day != 15
