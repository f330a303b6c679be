"""The rule engine reads the Polish "ł" as "l" (intent_engine.rule_fold), as it strips the other
accents: a customer who types without the stroke ("zaplacimy", "upadlosci", "zostal") is read as one
who types it, and a pattern word written with "ł" matches both spellings."""
from __future__ import annotations

from datetime import date

import pytest

from inbox.classify import classify_intents
from inbox.dates import find_promised_date
from inbox.intent_engine import RuleSet, rule, rule_fold, tokenise
from inbox.intent_text import fold, normalise_text

SENT = date(2026, 10, 21)  # a Wednesday


def _labels(text: str, language: str = "pl") -> list[str]:
    return [i.label for i in classify_intents(text, "", language)]


@pytest.mark.parametrize("text", ["Zapłacimy do piątku.", "Zaplacimy do piatku."])
def test_a_polish_promise_typed_with_or_without_the_stroke(text: str):
    assert _labels(text)[0] == "promise_to_pay"
    found = find_promised_date(text, SENT, "pl")
    assert found is not None and found.value == date(2026, 10, 23)


@pytest.mark.parametrize("text", [
    "Uprzejmie informujemy, że Sąd ogłosił upadłość naszej spółki. Syndykiem został wyznaczony Jan Kowalski.",
    "Uprzejmie informujemy, ze Sad oglosil upadlosc naszej spolki. Syndykiem zostal wyznaczony Jan Kowalski.",
    "Zarzadca zostal ustanowiony w postepowaniu sanacyjnym naszej spolki.",
])
def test_a_polish_insolvency_notice_typed_with_or_without_the_stroke(text: str):
    assert _labels(text)[0] == "insolvency_notice"


def test_a_pattern_word_with_the_stroke_matches_both_spellings():
    rules = RuleSet([rule("promise_to_pay.pl.test", 0.9, "{zapłacimy|wpłacę} _2 fakturę", blockers=("jeśli", "gdył"))])
    for text in ("Zapłacimy tę fakturę", "zaplacimy te fakture", "ZAPŁACIMY TĘ FAKTURĘ", "Wplace fakture"):
        assert [hit.rule.name for hit in rules.find(tokenise(normalise_text(text), "en"))] == ["promise_to_pay.pl.test"], text
    # blockers are folded the same way, whichever spelling the rule and the customer use
    assert rules.rules[0].blockers == frozenset({"jesli", "gdyl"})
    for text in ("Jeśli zapłacimy tę fakturę", "jesli zaplacimy te fakture", "gdyl zapłacimy fakturę"):
        assert rules.find(tokenise(normalise_text(text), "en")) == [], text


def test_only_the_engine_reads_the_stroke_as_l():
    assert rule_fold("Zapłacimy") == "zaplacimy"
    assert fold("Zapłacimy") == "zapłacimy"  # the intent model's text keeps it, as it was trained
