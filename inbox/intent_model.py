"""The project's trained intent classifier: a second opinion next to the rules in classify.

A spaCy `textcat_multilabel` (bag of words; inbox/intent_training.py has its configuration)
trained by `arbox model train` on the primary intents of the development parts of the labelled
sets and shipped in `inbox/models/intents/`; no download at run time. Any bag-of-words model
saved by spaCy loads here: the pipeline's own config decides its features. It reads the same
text the rules read: the customer's own words and the subject, lowercased without accents, with
numbers, amounts, addresses and invoice-like codes replaced by placeholders so that it learns
wording, not one ledger's invoice numbers.

If the directory is missing or unreadable, `intent_model()` returns None and arbox runs on its
rules alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from inbox.intent_text import clean_subject, fold, strip_boilerplate

MODEL_DIR = Path(__file__).parent / "models" / "intents"
MAX_CHARS = 4000

_EMAIL = re.compile(r"\S+@\S+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_MONEY = re.compile(r"(?:[$€£]|\b(?:eur|usd|gbp|chf|cad)\b)\s?\d[\d.,' ]*|\d[\d.,' ]*\s?(?:[$€£]|\b(?:eur|usd|gbp|chf|cad)\b)")
_CODE = re.compile(r"\b(?=[a-z/\-]*\d)[a-z0-9]+(?:[/\-.][a-z0-9]+)+\b|\b[a-z]{1,5}\d{2,}\b")
_NUMBER = re.compile(r"\d+")
_LONG_WORD = re.compile(r"\S{64,}")


def model_text(own_text: str, subject: str) -> str:
    """What the model reads: the cleaned subject, then the customer's own words, folded."""
    cleaned_subject, _ = clean_subject(subject or "")
    text = f"{cleaned_subject}\n{strip_boilerplate(own_text or '')}"[:MAX_CHARS]
    text = fold(text)
    text = _EMAIL.sub(" EMAIL ", text)
    text = _URL.sub(" URL ", text)
    text = _MONEY.sub(" MONEY ", text)
    text = _CODE.sub(" CODE ", text)
    text = _LONG_WORD.sub(lambda m: m.group(0)[:64], text)  # see intent_engine.MAX_WORD
    return _NUMBER.sub("0", text)


class IntentModel:
    """A loaded pipeline; `scores` gives every label's probability for one message."""

    def __init__(self, nlp: Any):
        self._nlp = nlp
        self.labels: tuple[str, ...] = tuple(nlp.get_pipe("textcat_multilabel").labels)

    def scores(self, own_text: str, subject: str) -> dict[str, float]:
        return self.scores_text(model_text(own_text, subject))

    def scores_text(self, text: str) -> dict[str, float]:
        doc = self._nlp(text)
        return {label: float(doc.cats.get(label, 0.0)) for label in self.labels}


@lru_cache(maxsize=4)
def load_intent_model(path: Path = MODEL_DIR) -> IntentModel | None:
    if not (path / "meta.json").is_file():
        return None
    import spacy

    try:
        return IntentModel(spacy.load(path))
    except (OSError, ValueError, KeyError):
        return None


def intent_model() -> IntentModel | None:
    """The shipped model, loaded once per process; None when it is not installed."""
    return load_intent_model(MODEL_DIR)
