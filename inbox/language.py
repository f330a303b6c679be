"""Guess the language of a customer's own text (ISO 639-1), offline and deterministic.

Pure apart from loading the model once. py3langid (a maintained fork of langid.py) ships its
naive-Bayes model inside the wheel, classifies ~4,000 short texts a second and gives the
same answer for the same text every time. Our customers write mostly in seven languages;
the others are still reported when the model is sure of them.
"""
from __future__ import annotations

import re
from functools import lru_cache

FOCUS = ("en", "fr", "de", "es", "it", "nl", "pt")
MIN_LETTERS = 12  # "OK", "Merci !" or an invoice number say nothing about language
MAX_CHARS = 2_000  # the opening of a message is enough, and keeps the time per text bounded
OTHER_MIN_PROBABILITY = 0.95  # a language outside FOCUS must be this likely to win
# Scandinavian customers (dev113, dev116) are reported once the model leans their way; py3langid
# says "no" for bokmål and nynorsk alike, and the labels use "nb".
NORDIC_MIN_PROBABILITY = 0.4
_NORDIC = {"no": "nb", "nb": "nb", "nn": "nb", "da": "da", "sv": "sv"}

_NOISE = re.compile(r"https?://\S{1,300}|www\.\S{1,300}|[\w.+-]{1,64}@[\w.-]{1,255}|[\d_]+|[^\w\s]+")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is empty or too short to tell."""
    if not text:
        return None
    sample = _NOISE.sub(" ", text[:MAX_CHARS])
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, probability = _model().classify(sample)
    if code == "zxx":  # the model's "no linguistic content" (base64, tables of digits)
        return None
    if code in FOCUS:
        return code
    if code in _NORDIC and probability >= NORDIC_MIN_PROBABILITY:
        # below the bar a short text is as often another Scandinavian language or a neighbour of
        # a focus language, and falls through to the neighbour rule
        return _NORDIC[code]
    if code in ("cs", "sk"):
        # Czech typed without its háčky and čárky is read as Slovak about as often as Czech (and no
        # customer of ours writes Slovak): the two together decide, as Czech.
        ranked = dict(_model().rank(sample)[:4])
        if ranked.get("cs", 0.0) + ranked.get("sk", 0.0) >= 0.5:
            return "cs"
    if probability >= OTHER_MIN_PROBABILITY and (not _is_latin(sample) or code not in _NEIGHBOURS):
        return code
    # Short Latin-script text often lands on a neighbour of a focus language (French read
    # as Occitan, Dutch as Afrikaans): take the likeliest focus language instead.
    # rank() is five times slower than classify(): only on this rare path.
    return next(c for c, _ in _model().rank(sample) if c in FOCUS)


# Languages the full model confuses with a focus language on short text.
_NEIGHBOURS = frozenset({"oc", "ca", "gl", "af", "lb", "la", "an", "eu", "wa", "br", "lt", "mt", "eo", "nb", "nn", "da", "sv", "no"})


def _is_latin(sample: str) -> bool:
    letters = _LETTER.findall(sample)
    latin = sum(1 for ch in letters if ch < "\u0250")
    return latin >= 0.8 * len(letters)


@lru_cache(maxsize=1)
def _model():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
