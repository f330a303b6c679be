"""How much the trained intent model's legal flag depends on the training seed, single models
against seed ensembles (inbox/intent_training.py, `seeds`), out of author.

    python -m bench.intent_seeds tests/data/labels/en.jsonl tests/data/labels/fr.jsonl ... \
        [--folds 3] [--seeds 6] [--threshold 0.15] [--json]

The authors (label files) are grouped into K folds; for each fold, models are trained on the
other folds' `dev` messages with seeds 0..N-1 and score the fold's `dev` messages (the `test`
split is never read). The report gives, for single models and for ensembles of N/2 seeds (the
mean of their weights, as `train_intent_model(seeds=...)` ships), the legal labels caught and
the false alarms at the threshold, and how many legal labels and alarms two trainings that
differ only in their seeds disagree on: the flags a retrain would move.
"""
from __future__ import annotations

import argparse
import copy
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

from inbox.intent_model import IntentModel
from inbox.intent_rules import LEGAL_LABELS
from inbox.intent_training import Example, average_weights, examples_from_labels, train_intent_model


def _flags(model: IntentModel, examples: list[Example], threshold: float) -> list[set[str]]:
    out = []
    for ex in examples:
        scores = model.scores_text(ex.text)
        out.append({label for label in LEGAL_LABELS if scores.get(label, 0.0) >= threshold})
    return out


def _ensemble(members: list[Any]) -> IntentModel:
    pipes = [copy.deepcopy(m) for m in members]
    average_weights(pipes)
    return IntentModel(pipes[0])


def _summary(runs: list[list[set[str]]], gold: list[set[str]]) -> dict[str, Any]:
    caught = [sum(len(f & g) for f, g in zip(run, gold)) for run in runs]
    alarms = [sum(len(f - g) for f, g in zip(run, gold)) for run in runs]
    dis_labels, dis_alarms = [], []
    for a, b in combinations(runs, 2):
        dis_labels.append(sum(len((x ^ y) & g) for x, y, g in zip(a, b, gold)))
        dis_alarms.append(sum(len((x ^ y) - g) for x, y, g in zip(a, b, gold)))
    mean = lambda xs: round(sum(xs) / len(xs), 2) if xs else None  # noqa: E731
    return {"caught": caught, "false_alarms": alarms,
            "disagree_labels_mean": mean(dis_labels), "disagree_alarms_mean": mean(dis_alarms)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="+", type=Path, help="label files, one per author")
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--threshold", type=float, default=0.15)
    ap.add_argument("--averaged", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    examples = {path: examples_from_labels([path], ("dev",)) for path in args.labels}
    folds = [args.labels[i::args.folds] for i in range(args.folds)]
    half = args.seeds // 2
    singles: list[list[set[str]]] = [[] for _ in range(args.seeds)]
    ensembles: list[list[set[str]]] = [[], []]
    gold: list[set[str]] = []
    for fold in folds:
        train = [ex for path, exs in examples.items() if path not in fold for ex in exs]
        test = [ex for path in fold for ex in examples[path]]
        print(f"fold of {len(fold)} authors: train {len(train)}, score {len(test)}", file=sys.stderr)
        gold += [set(ex.labels) & LEGAL_LABELS for ex in test]
        members = [train_intent_model(train, seed=s, averaged=args.averaged)
                   for s in range(args.seeds)]
        for s, member in enumerate(members):
            singles[s] += _flags(IntentModel(member), test, args.threshold)
        for k, group in enumerate((members[:half], members[half:2 * half])):
            ensembles[k] += _flags(_ensemble(group), test, args.threshold)
    report = {"messages": len(gold), "legal_labels": sum(map(len, gold)),
              "threshold": args.threshold, "single": _summary(singles, gold),
              f"ensemble_of_{half}": _summary(ensembles, gold)}
    print(json.dumps(report, indent=None if not args.json else 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
