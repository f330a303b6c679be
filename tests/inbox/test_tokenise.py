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
