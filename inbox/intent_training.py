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

How steady that flag is across retrains (bench/intent_seeds.py, two author folds over the 96
sets' dev splits, 840 legal labels, flag at 0.15, 2026-12-03): two trainings that differ only
in their seed disagree on 12 legal labels and 12 false alarms on average (caught 660-671 of
840). The mean of three seeds' weights (`seeds=3`) cut the alarms they disagree on to 3 but the
labels only to 11; the optimizer's running average (`averaged`) changed neither (12 and 10).
So a held-out count of legal misses moves by a label or two with any retrain, whichever
configuration; `arbox model train` keeps one seed (SEEDS), and a retrain is judged on author
folds and the dev split, not on which held-out letters it happens to flag.

Five-letter word prefixes (`features="prefix5"`, the default since 2026-12-03: "betaalden",
"betaling" and "betalen" share the token p_betal; inbox.intent_model.model_features) were
measured in four author folds over the 100 sets' dev splits (en, fr, dev2-dev99; 7,164
messages, 880 legal labels; bench/intent_cv.py --folds 4, seeds 0 and 1), against the words
alone:

  features       seed  classify's blend (legal+mix0.8)  model alone  legal flag 0.15 caught/alarms
  none (before)  0     0.9450                           0.9090       715 / 55
  none (before)  1     0.9439                           0.9087       715 / 59
  prefix4        0     0.9460                           0.9150       728 / 60
  prefix5        0     0.9460                           0.9170       732 / 58
  prefix5        1     0.9460                           0.9160       738 / 57
  prefix6        0     0.9460                           0.9167       733 / 56

The model alone gains 0.7-0.8 points out of author (every one of the four folds, both seeds)
and its legal flag catches 17-23 more labels for about as many alarms; the blend, whose rules
are in-sample here, gains 0.1-0.2 points (within a fold's noise, never worse). Scoring costs
about 1.35 times the words alone (still a fraction of a millisecond on a quiet machine). The
choice is recorded in the model's meta.json (FEATURES_KEY), so a model always reads text the
way it was trained; the model shipped before it has no record and reads the words alone.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inbox.analyse import customer_subject
from inbox.intent_model import FEATURES_KEY, check_features, model_features, model_text
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
# Models averaged by `arbox model train` (see train_intent_model's `seeds`).
SEEDS = 1
# Sub-word tokens the model reads beside the words (inbox.intent_model.model_features),
# recorded in the trained model's meta.json; chosen on author folds (see above).
FEATURES = "prefix5"


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
                       targets: str = "primary_legal", averaged: bool = False,
                       seeds: int = 1, features: str = FEATURES) -> Any:
    """A spaCy pipeline (blank multilingual tokenizer + textcat_multilabel) fitted on examples.

    `targets="primary"` trains each message on its primary intent only; "primary_legal" also
    on an insolvency notice or cease-contact request labelled beside another primary (a
    lawyer's stop request that also tells of the procedure), so that the model's legal
    probabilities, which classify reads to flag a legal label the rules missed, are trained
    on every legal message; "all" on every labelled intent (the model before
    leave-one-author-out tuning).

    `averaged` keeps the optimizer's running average of the weights (what spaCy's own trainer
    saves) instead of the last update's. `seeds` > 1 trains that many models (seeds seed,
    seed+1, ...) and keeps the mean of their weights: the model is linear in its hashed
    features before the sigmoid, so that is the mean of their logits, in one model of the same
    size and cost.

    `features` (FEATURES: five-letter word prefixes) are the sub-word tokens the model reads
    beside the words (inbox.intent_model.model_features); they are recorded in nlp.meta, which
    `to_disk` writes to meta.json and IntentModel reads back.
    """
    if seeds > 1:
        fitted = [train_intent_model(examples, epochs=epochs, seed=seed + i, dropout=dropout,
                                     batch_size=batch_size, ngram_size=ngram_size,
                                     targets=targets, averaged=averaged, features=features)
                  for i in range(seeds)]
        average_weights(fitted)
        return fitted[0]
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    if not examples:
        raise InputError("no labelled messages to train on")
    if targets not in TARGETS:
        raise InputError(f"targets must be one of {', '.join(TARGETS)}")
    try:
        check_features(features)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    nlp.meta[FEATURES_KEY] = features
    textcat = nlp.add_pipe("textcat_multilabel", config=bow_config(ngram_size))
    for label in LABELS:
        textcat.add_label(label)
    positive = {"primary": lambda ex: {ex.primary},
                "primary_legal": lambda ex: {ex.primary} | (ex.labels & LEGAL_LABELS),
                "all": lambda ex: ex.labels}[targets]
    data = [SpacyExample.from_dict(nlp.make_doc(model_features(ex.text, features)), {"cats": {
        label: 1.0 if label in positive(ex) else 0.0 for label in LABELS}}) for ex in examples]
    optimizer = nlp.initialize(lambda: data)
    if averaged:
        optimizer.averages = {}  # spaCy's default training config turns the averages off
    rng = random.Random(seed)
    for _ in range(epochs):
        order = list(data)
        rng.shuffle(order)
        for batch in minibatch(order, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=dropout)
    if averaged:
        _set_weights(nlp, optimizer.averages)
    return nlp


def _weights(nlp: Any) -> list[tuple[Any, str]]:
    model = nlp.get_pipe("textcat_multilabel").model
    return [(node, name) for node in model.walk() for name in node.param_names
            if node.has_param(name)]


def _set_weights(nlp: Any, values: dict[tuple[int, str], Any]) -> None:
    for node, name in _weights(nlp):
        if (node.id, name) in values:
            node.set_param(name, values[(node.id, name)].copy())


def average_weights(fitted: Sequence[Any]) -> None:
    """Set the first pipeline's weights to the mean of all of theirs (same architecture)."""
    layers = [_weights(nlp) for nlp in fitted]
    for position, (node, name) in enumerate(layers[0]):
        total = sum(w[position][0].get_param(w[position][1]) for w in layers)
        node.set_param(name, total / len(fitted))
