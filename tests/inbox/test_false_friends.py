"""Words the round-20 rules read in one language that mean something else in another (or in the
same language's bookkeeping), and blockers of more than one word: none may raise a label that a
collector would then have to undo, and a legal label least of all."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.disputes import dispute_reason
from inbox.intent_engine import RuleSet, rule, tokenise
from inbox.language import detect_language


def _labels(text: str) -> list[str]:
    return [i.label for i in classify_intents(text, "", detect_language(text))]


@pytest.mark.parametrize("text, label", [
    # Czech bookkeeping: an invoice "v likvidaci" is being approved for payment
    ("Vaše faktura FV2600485 je momentálně v likvidaci, uhradíme ji do pátku.", "insolvency_notice"),
    # an English word misspelt in an IT request, not an insolvency practitioner
    ("Please contact our adminstrator for the password reset.", "insolvency_notice"),
    # Norwegian complaints, not requests to stop contact
    ("Vi vil ikke ha flere forsinkelser på leveransene.", "cease_contact"),
    ("Selgeren deres ringer oss ikke tilbake.", "cease_contact"),
    ("Sælgeren ringer os ikke tilbage, kan I hjælpe?", "cease_contact"),
])
def test_false_friends_raise_no_label(text: str, label: str):
    assert label not in _labels(text)


@pytest.mark.parametrize("text, label", [
    ("Naše společnost vstoupila do likvidace, likvidátorem byl jmenován pan Novák.", "insolvency_notice"),
    ("Soud prohlásil konkurs na majetek naší společnosti.", "insolvency_notice"),
    ("The joint adminstrators were appointed yesterday.", "insolvency_notice"),
    ("Vi vil ikke ha flere telefoner om denne saken.", "cease_contact"),
    ("Ring meg ikke mer, skriv heller til advokaten vår.", "cease_contact"),
])
def test_the_real_notices_and_requests_still_read(text: str, label: str):
    assert label in _labels(text)


def test_dutch_tasty_is_no_damage():
    text = "Bedankt voor de levering, de vis was lekker. Fijn weekend!"
    found = dispute_reason(text, detect_language(text))
    assert found is None or found[0] != "damaged"


@pytest.mark.parametrize("text, expected", [
    ("We can do 30 days net on the next order.", None),
    ("Uhradíme do 10 dnů.", date(2026, 11, 12)),
    ("Vi betaler innen syv dager.", date(2026, 11, 9)),
])
def test_czech_do_needs_a_czech_unit_and_nordic_counts_are_read(text: str, expected: date | None):
    found = find_promised_date(text, date(2026, 11, 2), detect_language(text))
    assert (found.value if found else None) == expected


def test_a_blocker_of_two_words_blocks_only_when_both_are_there():
    rules = RuleSet((rule("promise_to_pay.test", 0.9, "we will pay", blockers=("une fois",)),))
    assert not rules.find(tokenise("une fois we will pay", "en"))
    assert rules.find(tokenise("une we will pay", "en"))
    assert rules.find(tokenise("fois we will pay", "en"))
