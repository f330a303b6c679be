"""Accuracy of the rules + model blend at several model weights and legal-flag thresholds.

    python -m bench.blend_weight dev49 dev50 ... [--weights 0.5 0.6 0.7] [--legal-flags 0.3 0.4]
                                 [--json]

Meant for a round's new sets on arrival: their dev splits, before any rule is written from them
and before the model is trained on them, are authors neither has seen — the honest test of how
far to trust the model against the rules (bench/intent_cv.py's folds have in-sample rules). Each
name is a set under tests/data (labels/NAME.jsonl, ledgers/NAME.csv); only the `dev` split is
read. Each weight is inbox.classify.MODEL_WEIGHT set for the run (legal flag as shipped); each
legal flag is inbox.classify.MODEL_LEGAL_FLAG set for the run (weight as shipped). A legal false
alarm is an insolvency/cease-contact label reported on a message whose labels have none of it.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import inbox.classify as classify
from cli.commands_eval import predict, score

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def legal_false_alarms(golds: list[dict[str, Any]], preds: list[dict[str, Any] | None]) -> int:
    alarms = 0
    for gold, pred in zip(golds, preds, strict=True):
        wanted = set(gold.get("intents") or [gold["primary_intent"]])
        reported = {i["label"] for i in (pred or {}).get("intents") or []}
        alarms += len((reported & classify.LEGAL_LABELS) - wanted)
    return alarms


def measure(labels: list[Path], ledgers: list[Path]) -> dict[str, float | int]:
    golds, preds = predict(labels, ledgers, "dev")
    result = score(golds, preds)
    return {"messages": result["messages"],
            "primary_intent": result["accuracy"]["primary_intent"],
            "promised_date": result["accuracy"]["promised_date"],
            "legal_misses": len(result["legal_misses"]),
            "legal_false_alarms": legal_false_alarms(golds, preds)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="set names, e.g. dev49")
    ap.add_argument("--weights", nargs="*", type=float, default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--legal-flags", nargs="*", type=float, default=[])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    labels = [DATA / "labels" / f"{name}.jsonl" for name in args.sets]
    ledgers = [DATA / "ledgers" / f"{name}.csv" for name in args.sets]
    shipped = classify.MODEL_WEIGHT, classify.MODEL_LEGAL_FLAG
    report: dict[str, dict[str, float | int]] = {}
    try:
        for weight in args.weights:
            classify.MODEL_WEIGHT = weight
            report[f"weight {weight}"] = measure(labels, ledgers)
        classify.MODEL_WEIGHT = shipped[0]
        for flag in args.legal_flags:
            classify.MODEL_LEGAL_FLAG = flag
            report[f"legal flag {flag}"] = measure(labels, ledgers)
    finally:
        classify.MODEL_WEIGHT, classify.MODEL_LEGAL_FLAG = shipped
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for setting, row in report.items():
            print(setting, json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
