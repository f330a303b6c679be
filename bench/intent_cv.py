"""Cross-validate the trained intent model against the rules, one author left out at a time.

    python -m bench.intent_cv tests/data/labels/en.jsonl:tests/data/ledgers/en.csv \
        tests/data/labels/fr.jsonl:tests/data/ledgers/fr.csv ... [--json]

Each label file is one author. For each author, the model is trained on the other authors'
`dev` messages and scored on this author's `dev` messages (the `test` split is never read),
next to the rules alone and to ways of combining the two. This is how the combination in
inbox/classify.py was chosen without looking at held-out data.

`--folds K` groups the authors into K folds (round robin in the order given) and trains K
models instead of one per author: the same out-of-author measure, K trainings instead of N.

Training options (--epochs, --dropout, --batch-size, --ngram-size, --targets, --features)
default to those of `train_intent_model`, so the "model" column is the shipped
configuration's out-of-author accuracy. The report's "scoring_ms" is IntentModel.scores_text's
mean cost per message over up to 1,000 of the messages (the last fold's model; best of three
passes).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from cli.commands_eval import predict
from inbox.intent_model import IntentModel
from inbox.intent_rules import LEGAL_LABELS
from inbox.intent_training import (FEATURES, NGRAM_SIZE, TARGETS, Example,
                                   examples_from_labels, train_intent_model)
from ledger.settings import Settings


def _rule_scores(pred: dict[str, Any] | None) -> dict[str, float]:
    return {i["label"]: float(i["confidence"]) for i in (pred or {}).get("intents") or []}


def _legal_blend(rules: dict[str, float], model: dict[str, float], alpha: float, rule_top: str) -> str:
    """The primary intent as inbox/classify.py blends: a legal label the rules lead with stays, and
    the model never brings in a legal label the rules did not find."""
    if rule_top in LEGAL_LABELS:
        return rule_top
    mixed = {k: (1 - alpha) * rules.get(k, 0.0) + alpha * p for k, p in model.items()
             if k in rules or k not in LEGAL_LABELS}
    return max(mixed, key=mixed.__getitem__)


def strategies(rules: dict[str, float], model: dict[str, float]) -> dict[str, str]:
    """Primary intent under each candidate way of combining rules and model."""
    out: dict[str, str] = {}
    rule_top = max(rules, key=rules.__getitem__) if rules else "other"
    model_top = max(model, key=model.__getitem__)
    out["rules"] = rule_top
    out["model"] = model_top
    for alpha in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        mixed = {k: (1 - alpha) * rules.get(k, 0.0) + alpha * model.get(k, 0.0) for k in model}
        out[f"mix{alpha}"] = max(mixed, key=mixed.__getitem__)
    for alpha in (0.5, 0.6, 0.7, 0.8):
        out[f"legal+mix{alpha}"] = _legal_blend(rules, model, alpha, rule_top)
    # The model's multilabel probabilities made to sum to one (by their total, or scaled so the
    # best is one) before the same blend: many wrong answers are where every probability is small.
    total = sum(model.values()) or 1.0
    top = max(model.values()) or 1.0
    for name, scaled in (("sum", {k: p / total for k, p in model.items()}),
                         ("max", {k: p / top for k, p in model.items()})):
        for alpha in (0.6, 0.8):
            out[f"legal+{name}{alpha}"] = _legal_blend(rules, scaled, alpha, rule_top)
    # When no rule matched at all (the rules' "other" is only the default answer), how far to
    # trust the model's best label: always, or only above a probability.
    nothing = set(rules) <= {"other"}
    legal_free = {k: p for k, p in model.items() if k not in LEGAL_LABELS}
    free_top = max(legal_free, key=legal_free.__getitem__)
    for floor in (0.0, 0.3, 0.5):
        take = nothing and free_top != "other" and legal_free[free_top] >= floor
        out[f"legal+mix0.6|nomatch>={floor}"] = free_top if take else out["legal+mix0.6"]
    for t in (0.6, 0.7, 0.8):
        out[f"fallback<{t}"] = model_top if rules.get(rule_top, 0) < t or rule_top == "other" \
            else rule_top
    return out


# Thresholds at which the model's legal probability is counted as a flag (classify's
# MODEL_LEGAL_FLAG): legal labels of the left-out authors it catches, alarms it raises on their
# messages without that label, and labels it catches that the rules missed.
LEGAL_FLAGS = (0.1, 0.15, 0.2, 0.3)


def scoring_cost(model: IntentModel, texts: list[str], passes: int = 3) -> float:
    """Seconds per message of IntentModel.scores_text (best of `passes`, after a warm-up)."""
    for text in texts[:50]:
        model.scores_text(text)
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            model.scores_text(text)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="LABELS.jsonl:LEDGER.csv, one per author")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--ngram-size", type=int, default=NGRAM_SIZE)
    ap.add_argument("--targets", choices=TARGETS, default="primary_legal")
    ap.add_argument("--features", default=FEATURES,
                    help="sub-word tokens the model reads (inbox.intent_model.model_features: "
                         "comma-separated prefixN, suffixN, stem, noplaceholders; '' none)")
    ap.add_argument("--averaged", action="store_true",
                    help="keep the optimizer's running average of the weights")
    ap.add_argument("--seeds", type=int, default=1,
                    help="mean of the weights of this many models trained with seeds 0, 1, ...")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=0,
                    help="group the authors into this many folds (0: one fold per author)")
    ap.add_argument("--scores-out", type=Path,
                    help="write each message's out-of-author legal probabilities here (JSON "
                         "lines), to compare the flags of two trainings")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pairs = [tuple(Path(p) for p in s.split(":", 1)) for s in args.sets]
    settings = Settings(intent_model="off")
    examples: dict[Path, list[Example]] = {}
    rules: dict[Path, list[dict[str, float]]] = {}
    gold: dict[Path, list[dict[str, Any]]] = {}
    for labels, ledger in pairs:
        print(f"rules on {labels}", file=sys.stderr)
        golds, preds = predict([labels], [ledger], "dev", settings)
        gold[labels], rules[labels] = golds, [_rule_scores(p) for p in preds]
        examples[labels] = examples_from_labels([labels], ("dev",))
    report: dict[str, Any] = {}
    legal_gold = 0
    legal_caught: dict[float, int] = defaultdict(int)
    legal_false: dict[float, int] = defaultdict(int)
    legal_rescued: dict[float, int] = defaultdict(int)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    authors = [labels for labels, _ in pairs]
    n_folds = args.folds if 0 < args.folds < len(authors) else len(authors)
    folds = [authors[i::n_folds] for i in range(n_folds)]
    scores_out = args.scores_out.open("w", encoding="utf-8") if args.scores_out else None
    for fold in folds:
        train = [ex for other, exs in examples.items() if other not in fold for ex in exs]
        print(f"train on {len(train)}, score {', '.join(map(str, fold))}", file=sys.stderr)
        model = IntentModel(train_intent_model(
            train, epochs=args.epochs, dropout=args.dropout, batch_size=args.batch_size,
            ngram_size=args.ngram_size, targets=args.targets,
            averaged=args.averaged, seeds=args.seeds, seed=args.seed, features=args.features))
        for labels in fold:
            correct: dict[str, int] = defaultdict(int)
            for g, ex, r in zip(gold[labels], examples[labels], rules[labels], strict=True):
                scores = model.scores_text(ex.text)
                if scores_out:
                    scores_out.write(json.dumps({"source": ex.source, "legal": sorted(
                        set(g["intents"]) & LEGAL_LABELS), "rules": sorted(set(r) & LEGAL_LABELS),
                        "scores": {k: round(scores.get(k, 0.0), 4) for k in sorted(LEGAL_LABELS)},
                        "primary": g["primary_intent"], "model_top": max(scores, key=scores.get)}
                        ) + "\n")
                for name, primary in strategies(r, scores).items():
                    correct[name] += primary == g["primary_intent"]
                for label in LEGAL_LABELS:
                    present = label in g["intents"]
                    legal_gold += present
                    for t in LEGAL_FLAGS:
                        if scores.get(label, 0.0) >= t:
                            legal_caught[t] += present
                            legal_false[t] += not present
                            legal_rescued[t] += present and label not in r
            n = len(gold[labels])
            report[str(labels)] = {name: round(c / n, 3) for name, c in correct.items()} | {"n": n}
            for name, c in correct.items():
                totals[name][0] += c
                totals[name][1] += n
    if scores_out:
        scores_out.close()
    report["all"] = {name: round(c / n, 3) for name, (c, n) in totals.items()}
    report["legal_flag"] = {"labels": legal_gold} | {
        f">={t}": {"caught": legal_caught[t], "false_alarms": legal_false[t],
                    "rules_missed_caught": legal_rescued[t]} for t in LEGAL_FLAGS}
    report["scoring_ms"] = round(scoring_cost(model, [ex.text for exs in examples.values()
                                                      for ex in exs][:1000]) * 1000, 4)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for key, row in report.items():
            print(key, json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
