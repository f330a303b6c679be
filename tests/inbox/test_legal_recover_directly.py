"""An office holder telling creditors not to pursue the debtor themselves is a stop to our
collection contact (cease_contact), beside the notice; the same words about ourselves, or
without "directly", ask nothing (dev93's arrival: a Scottish trustee's letter)."""
from __future__ import annotations

import pytest

from inbox.classify import classify_intents


def _labels(text: str, language: str = "en") -> list[str]:
    return [score.label for score in classify_intents(text, "", language)]


@pytest.mark.parametrize("text, language", [
    ("I was appointed Trustee under the Trust Deed. Please lodge your claim with me. You should not take any "
     "further steps to recover the debt from Mr McAllister directly.", "en"),
    ("The company entered administration. Creditors should take no further action to recover the debt from the "
     "company directly.", "en"),
    ("Please do not take any further steps to recover the balance from the company directly; all claims to the "
     "liquidator.", "en"),
    ("Le liquidateur a été désigné. Ne poursuivez plus directement le recouvrement auprès de la société débitrice.",
     "fr"),
])
def test_not_pursuing_the_debtor_directly_is_a_stop_request(text: str, language: str) -> None:
    assert "cease_contact" in _labels(text, language)


@pytest.mark.parametrize("text, language", [
    ("We will not take any further steps to recover the payment directly from our customer; we'll pay you Friday.",
     "en"),
    ("The bank has taken no steps to recover the funds directly.", "en"),
    ("You should not take any further steps until we have checked the delivery notes.", "en"),
    ("Nous ne poursuivons pas directement le recouvrement auprès du client.", "fr"),
])
def test_the_same_words_about_ourselves_ask_nothing(text: str, language: str) -> None:
    assert "cease_contact" not in _labels(text, language)
