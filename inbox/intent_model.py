"""The project's trained intent classifier: a second opinion next to the rules in classify.

A spaCy `textcat_multilabel` (bag of words; inbox/intent_training.py has its configuration)
trained by `arbox model train` on the primary intents of the development parts of the labelled
sets and shipped in `inbox/models/intents/`; no download at run time. Any bag-of-words model
saved by spaCy loads here: the pipeline's own config decides its features. It reads the same
text the rules read: the customer's own words and the subject, lowercased without accents, with
numbers, amounts, addresses and invoice-like codes replaced by placeholders so that it learns
wording, not one ledger's invoice numbers. A model trained with sub-word features
(`model_features`, e.g. five-letter word prefixes) records them in its meta.json and reads them
at inference; one without the record reads the words alone.

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

# Sub-word features a model may be trained to read beside the words (`model_features`); the
# choice is recorded in the model's meta.json under this key, so a model reads text the way it
# was trained. A model without the record (trained before 2026-12-03) reads the words alone.
FEATURES_KEY = "arbox_features"
_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDERS = frozenset({"EMAIL", "URL", "MONEY", "CODE"})
_FEATURE = re.compile(r"(prefix|suffix)([1-9])|stem|noplaceholders")
# Inflectional endings of the sets' languages (en, fr, nl, de, it, es, pt), longest first:
# `stem` strips the longest one that leaves at least four letters.
_ENDINGS = sorted({
    "s", "es", "ed", "ing", "ings", "ly", "ment", "ments", "ation", "ations",
    "e", "ee", "ees", "er", "ez", "ons", "ions", "ait", "aient", "ement", "ements",
    "en", "de", "den", "te", "ten", "ingen", "ung", "ungen", "ern", "est", "et",
    "o", "a", "i", "os", "as", "ato", "ata", "ati", "ate", "ado", "ada", "ados", "adas",
    "ido", "ida", "idos", "idas", "are", "ere", "ire", "ar", "ir", "amos", "emos",
    "zione", "zioni", "cion", "ciones", "cao", "coes", "amento", "amenti", "mente"},
    key=len, reverse=True)


def check_features(features: str) -> str:
    """`features` if it is a valid spec: "" or comma-separated prefixN, suffixN, stem,
    noplaceholders; ValueError otherwise."""
    for item in filter(None, features.split(",")):
        if not _FEATURE.fullmatch(item):
            raise ValueError(f"unknown model feature {item!r} (prefixN, suffixN, stem, "
                             "noplaceholders)")
    return features


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def model_features(text: str, features: str = "") -> str:
    """model_text's output with the sub-word tokens `features` asks for appended.

    prefixN: `p_` + the first N letters of every word longer than N letters (so "betaalden",
    "betalen" and "betaling" share p_beta for N = 4); suffixN: `s_` + its last N letters;
    stem: `t_` + the word without its longest inflectional ending (_ENDINGS), when it has one;
    noplaceholders: the MONEY and CODE placeholders are dropped. "" returns text unchanged.
    """
    if not features:
        return text
    extra: list[str] = []
    words = [w for w in _WORD.findall(text) if w not in _PLACEHOLDERS]
    for item in features.split(","):
        if item == "noplaceholders":
            text = re.sub(r"\b(?:MONEY|CODE)\b", " ", text)
        elif item == "stem":
            extra += ["t_" + s for w in words if (s := _stem(w)) != w]
        elif item:
            kind, n = item[:-1], int(item[-1])
            extra += [("p_" + w[:n]) if kind == "prefix" else ("s_" + w[-n:])
                      for w in words if len(w) > n]
    return f"{text}\n{' '.join(extra)}" if extra else text


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
        # how the model was trained to read (meta.json); none recorded: the words alone
        self.features: str = check_features(str(nlp.meta.get(FEATURES_KEY) or ""))
        self.labels: tuple[str, ...] = tuple(nlp.get_pipe("textcat_multilabel").labels)

    def scores(self, own_text: str, subject: str) -> dict[str, float]:
        return self.scores_text(model_text(own_text, subject))

    def scores_text(self, text: str) -> dict[str, float]:
        """Every label's probability for model_text's output (its features added here)."""
        doc = self._nlp(model_features(text, self.features))
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
