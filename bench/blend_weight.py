"""Primary-intent accuracy of the rules + model blend at several model weights, on given sets.

    python -m bench.blend_weight dev49 dev50 ... [--weights 0.5 0.6 0.7] [--json]

Meant for a round's new sets on arrival: their dev splits, before any rule is written from them
and before the model is trained on them, are authors neither has seen — the honest test of how
far to trust the model against the rules (bench/intent_cv.py's folds have in-sample rules). Each
name is a set under tests/data (labels/NAME.jsonl, ledgers/NAME.csv); only the `dev` split is
read. The weight is inbox.classify.MODEL_WEIGHT, set for the run.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import inbox.classify as classify
from cli.commands_eval import predict, score

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="set names, e.g. dev49")
    ap.add_argument("--weights", nargs="+", type=float, default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    labels = [DATA / "labels" / f"{name}.jsonl" for name in args.sets]
    ledgers = [DATA / "ledgers" / f"{name}.csv" for name in args.sets]
    shipped = classify.MODEL_WEIGHT
    report: dict[str, dict[str, float | int]] = {}
    try:
        for weight in args.weights:
            classify.MODEL_WEIGHT = weight
            result = score(*predict(labels, ledgers, "dev"))
            report[str(weight)] = {"messages": result["messages"],
                                   "primary_intent": result["accuracy"]["primary_intent"],
                                   "promised_date": result["accuracy"]["promised_date"],
                                   "legal_misses": len(result["legal_misses"])}
    finally:
        classify.MODEL_WEIGHT = shipped
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for weight, row in report.items():
            print(weight, json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
