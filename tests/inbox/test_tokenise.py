"""The rules' tokenizer reads shouted mail the way it reads the same words in lower case."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents
from inbox.intent_engine import tokenise


@pytest.mark.parametrize("text", ["I'LL PAY 44464 FRIDAY", "WE CAN'T PAY THIS ONE", "WE'VE PAID IT"])
def test_all_caps_contractions_split_like_lower_case_ones(text: str) -> None:
    assert tokenise(text, "en").norms == tokenise(text.lower(), "en").norms
    doc = tokenise(text, "en").doc
    assert len(doc.text) == len(text) and doc.text.lower() == text.lower()  # offsets unchanged


def test_a_shouted_promise_is_a_promise() -> None:
    assert classify_intents("I'LL PAY 44464 FRIDAY", "Re: reminder", "en")[0].label == "promise_to_pay"


# --- negation words that are ordinary words in another language ---------------------------------

from inbox.intent_engine import MEDIUM, RuleSet, rule  # noqa: E402

_PROMISE_DAY = RuleSet([rule("promise_to_pay.xx.test", MEDIUM, "pagaremos _3 dia #", "{sera|sara} {regle|pagato} {lundi|lunedi}")])


def _found(text: str, language: str) -> bool:
    return bool(_PROMISE_DAY.find(tokenise(text, language)))


def test_portuguese_no_is_in_the_not_a_negation() -> None:
    assert _found("pagaremos o saldo no dia 12", "pt")
    assert not _found("não pagaremos o saldo no dia 12", "pt")
    assert not _found("no pagaremos el saldo el dia 12", "es")


def test_non_negates_in_italian_only() -> None:
    assert not _found("il saldo non sarà pagato lunedì", "it")
    assert _found("le montant non contesté sera réglé lundi", "fr")


# --- the cheap pre-check before the insolvency rules read cut disclaimers and forwarded notices ---

from inbox.intent_text import may_hold_insolvency  # noqa: E402


@pytest.mark.parametrize("text", [
    "Società in liquidazione giudiziale - curatore dott. Rossi",
    "Dichiarazione di fallimento del Tribunale di Bari",
    "BV in staat van faillissement, curator mr. Jansen",
    "Maatskappy onder besigheidsredding; likwidateur aangestel",
    "Empresa em processo de falência / revitalização",
    "Societat en concurs de creditors, declarada en fallida",
])
def test_the_new_languages_procedures_pass_the_pre_check(text: str) -> None:
    assert may_hold_insolvency(text)


def test_an_ordinary_payment_line_does_not_pass_the_pre_check() -> None:
    assert not may_hold_insolvency("Il bonifico per la fattura 5521 parte venerdì. Grazie!")
