"""Train the intent model (inbox/intent_model.py) from labelled messages.

`examples_from_labels` reads label files (the format of docs/labelling.md) and the emails they
name, and keeps what the model reads; `train_intent_model` fits a spaCy textcat_multilabel on
them, deterministically (fixed seed, fixed order of epochs). `arbox model train` drives both.

The defaults were chosen by leaving one author out at a time (bench/intent_cv.py): single words
(ngram_size 1) generalise to a new author better than words and bigrams, and training on the
primary intent alone (secondary intents as negatives) makes the model's best label the primary
one far more often than training on every labelled intent. A legal label beside another
primary is a positive too ("primary_legal"): in six folds over the 88 sets' dev splits
(2026-12-03) the model's legal probabilities then caught 658 of 775 legal labels at 0.15 for 53
false alarms in 6,324 messages, against 638 and 40 with the primary alone, at the same primary
accuracy (0.911 against 0.913, model alone).
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inbox.analyse import customer_subject
from inbox.intent_model import model_text
from inbox.intent_rules import LABELS, LEGAL_LABELS
from inbox.labels import read_labels
from inbox.mime import parse_message
from inbox.quotes import split_reply
from ledger.errors import InputError

NGRAM_SIZE = 1
# What counts as a positive label: the primary intent; the primary intent and any legal label
# present (shipped: the legal-recall flag of classify reads the model's legal probabilities); or
# every labelled intent.
TARGETS = ("primary", "primary_legal", "all")


def bow_config(ngram_size: int = NGRAM_SIZE) -> dict[str, Any]:
    return {"threshold": 0.5,
            "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                      "ngram_size": ngram_size, "no_output_layer": False, "length": 32768}}


BOW_CONFIG = bow_config()


@dataclass(frozen=True, slots=True)
class Example:
    source: str
    text: str  # model_text of the message
    labels: frozenset[str]
    primary: str


def message_text(raw: bytes) -> str:
    """The model's input for one raw message, as `understand` sees it."""
    msg = parse_message(raw)
    own = split_reply(msg.text, msg.html).own_text.strip()
    return model_text(own, customer_subject(msg.subject))


def examples_from_labels(paths: Iterable[Path], splits: Sequence[str] = ("dev",)
                         ) -> list[Example]:
    """One Example per labelled message of the given splits (never `test` unless asked)."""
    out: list[Example] = []
    for email, label in read_labels(paths):
        if label.get("split", "dev") not in splits:
            continue
        intents = frozenset(label.get("intents") or [label["primary_intent"]])
        out.append(Example(str(email), message_text(email.read_bytes()), intents,
                           label["primary_intent"]))
    return out


def train_intent_model(examples: Sequence[Example], *, epochs: int = 20, seed: int = 0,
                       dropout: float = 0.2, batch_size: int = 8, ngram_size: int = NGRAM_SIZE,
                       targets: str = "primary_legal") -> Any:
    """A spaCy pipeline (blank multilingual tokenizer + textcat_multilabel) fitted on examples.

    `targets="primary"` trains each message on its primary intent only; "primary_legal" also
    on an insolvency notice or cease-contact request labelled beside another primary (a
    lawyer's stop request that also tells of the procedure), so that the model's legal
    probabilities, which classify reads to flag a legal label the rules missed, are trained
    on every legal message; "all" on every labelled intent (the model before
    leave-one-author-out tuning).
    """
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    if not examples:
        raise InputError("no labelled messages to train on")
    if targets not in TARGETS:
        raise InputError(f"targets must be one of {', '.join(TARGETS)}")
    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat_multilabel", config=bow_config(ngram_size))
    for label in LABELS:
        textcat.add_label(label)
    positive = {"primary": lambda ex: {ex.primary},
                "primary_legal": lambda ex: {ex.primary} | (ex.labels & LEGAL_LABELS),
                "all": lambda ex: ex.labels}[targets]
    data = [SpacyExample.from_dict(nlp.make_doc(ex.text), {"cats": {
        label: 1.0 if label in positive(ex) else 0.0 for label in LABELS}}) for ex in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        order = list(data)
        rng.shuffle(order)
        for batch in minibatch(order, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=dropout)
    return nlp
