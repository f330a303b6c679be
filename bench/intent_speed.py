"""Time the intent model's own scoring cost per message (IntentModel.scores_text).

    python -m bench.intent_speed LABELS.jsonl ... [--model DIR | --train] [--ngram-size N]
        [--targets primary|all] [--n 1000]

Texts are the model inputs of the labelled messages' `dev` split (repeated up to --n). With
--model (default: the shipped inbox/models/intents) that model is timed; with --train a model
is trained on the same messages with the given options first (nothing is written to disk).
Prints milliseconds per message, best of five passes.
"""
from __future__ import annotations

import argparse
from itertools import cycle, islice
from pathlib import Path

from bench.intent_cv import scoring_cost
from inbox.intent_model import MODEL_DIR, IntentModel, load_intent_model
from inbox.intent_training import NGRAM_SIZE, TARGETS, examples_from_labels, train_intent_model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path)
    ap.add_argument("--model", type=Path, default=MODEL_DIR)
    ap.add_argument("--train", action="store_true")
    ap.add_argument("--ngram-size", type=int, default=NGRAM_SIZE)
    ap.add_argument("--targets", choices=TARGETS, default="primary")
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args(argv)
    examples = examples_from_labels(args.labels, ("dev",))
    texts = list(islice(cycle([ex.text for ex in examples]), args.n))
    if args.train:
        model = IntentModel(train_intent_model(examples, ngram_size=args.ngram_size,
                                               targets=args.targets))
    else:
        loaded = load_intent_model(args.model)
        if loaded is None:
            raise SystemExit(f"no model in {args.model}")
        model = loaded
    print(f"{scoring_cost(model, texts, passes=5) * 1000:.4f} ms/message over {len(texts)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
