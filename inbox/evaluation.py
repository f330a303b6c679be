"""Score `process --json` results against a labelled set: per-intent precision/recall/F1, a
confusion table of primary intents, and accuracy per extracted field.

Pure: lists of dicts in, a report dict out.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

LABELS = ("remittance_advice", "promise_to_pay", "dispute", "already_paid",
          "payment_plan_request", "document_request", "contact_update", "auto_reply", "bounce",
          "insolvency_notice", "cease_contact", "other")
LEGAL = ("insolvency_notice", "cease_contact")


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "support": tp + fn}


def _dec(value: Any) -> Decimal | None:
    return Decimal(value) if value not in (None, "") else None


def _date_outcome(gold: str | None, predicted: str | None) -> str:
    if gold and predicted:
        return "correct" if gold == predicted else "wrong"
    if gold:
        return "missed"
    return "spurious" if predicted else "none"


def _date_report(dated: Counter[str]) -> dict[str, Any]:
    """The promised-date field's accuracy counts only messages with a labelled date; this adds
    the dates given where the label has none (a promise the collector would chase for nothing)."""
    given = dated["correct"] + dated["wrong"] + dated["spurious"]
    labelled = dated["correct"] + dated["wrong"] + dated["missed"]
    return {"correct": dated["correct"], "wrong": dated["wrong"], "missed": dated["missed"],
            "spurious": dated["spurious"],
            "precision": round(dated["correct"] / given, 4) if given else 1.0,
            "recall": round(dated["correct"] / labelled, 4) if labelled else 1.0}


def score(labels: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any] | None]
          ) -> dict[str, Any]:
    """labels[i] and predictions[i] describe the same message (prediction None: failed)."""
    n = len(labels)
    per_intent: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    fields: dict[str, Counter[str]] = defaultdict(Counter)
    ref_tp = ref_fp = ref_fn = 0
    line_tp = line_fp = line_fn = 0
    legal_misses: list[str] = []
    dated: Counter[str] = Counter()  # promised dates: correct, wrong, missed, spurious
    errors: list[dict[str, Any]] = []
    for gold, pred in zip(labels, predictions, strict=True):
        pred = pred or {}
        p_primary = pred.get("primary_intent")
        confusion[gold["primary_intent"]][p_primary or "failed"] += 1
        g_set = set(gold.get("intents") or [gold["primary_intent"]])
        p_set = {i["label"] for i in pred.get("intents") or []}
        for label in LABELS:
            if label in g_set and label in p_set:
                per_intent[label]["tp"] += 1
            elif label in p_set:
                per_intent[label]["fp"] += 1
            elif label in g_set:
                per_intent[label]["fn"] += 1
        for label in LEGAL:
            if label in g_set and label not in p_set:
                legal_misses.append(gold["file"])

        def field(name: str, ok: bool, applies: bool = True) -> None:
            if applies:
                fields[name]["total"] += 1
                fields[name]["correct"] += int(ok)

        field("primary_intent", p_primary == gold["primary_intent"])
        field("customer_id", pred.get("customer_id") == gold.get("customer_id"))
        if gold.get("language"):
            field("language", pred.get("language") == gold["language"])
        g_refs, p_refs = set(gold.get("invoice_refs") or []), set(pred.get("invoice_refs") or [])
        ref_tp += len(g_refs & p_refs)
        ref_fp += len(p_refs - g_refs)
        ref_fn += len(g_refs - p_refs)
        field("promised_date", pred.get("promised_date") == gold.get("promised_date"),
              bool(gold.get("promised_date")))
        dated[_date_outcome(gold.get("promised_date"), pred.get("promised_date"))] += 1
        field("promised_amount", _dec(pred.get("promised_amount")) == _dec(
            gold.get("promised_amount")), bool(gold.get("promised_amount")))
        field("dispute_reason", pred.get("dispute_reason") == gold.get("dispute_reason"),
              bool(gold.get("dispute_reason")))
        field("return_date", pred.get("return_date") == gold.get("return_date"),
              bool(gold.get("return_date")))
        field("bounced_recipient", (pred.get("bounced_recipient") or "").lower() ==
              (gold.get("bounced_recipient") or "").lower(), bool(gold.get("bounced_recipient")))
        g_lines = {(ln["invoice_number"], _dec(ln.get("paid_amount")))
                   for ln in gold.get("remittance_lines") or []}
        p_lines = {(ln["invoice_number"], _dec(ln.get("paid_amount")))
                   for ln in ((pred.get("remittance") or {}).get("lines") or [])}
        line_tp += len(g_lines & p_lines)
        line_fp += len(p_lines - g_lines)
        line_fn += len(g_lines - p_lines)
        if p_primary != gold["primary_intent"] or g_refs != p_refs or (
                pred.get("promised_date") != gold.get("promised_date"))\
                or pred.get("customer_id") != gold.get("customer_id"):
            errors.append({"file": gold["file"], "gold": gold["primary_intent"],
                           "predicted": p_primary, "gold_refs": sorted(g_refs),
                           "predicted_refs": sorted(p_refs),
                           "gold_customer": gold.get("customer_id"),
                           "predicted_customer": pred.get("customer_id"),
                           "gold_date": gold.get("promised_date"),
                           "predicted_date": pred.get("promised_date")})
    return {
        "messages": n,
        "accuracy": {k: round(v["correct"] / v["total"], 4) if v["total"] else None
                     for k, v in sorted(fields.items())},
        "support": {k: v["total"] for k, v in sorted(fields.items())},
        "invoice_refs": _f1(ref_tp, ref_fp, ref_fn),
        "promised_dates": _date_report(dated),
        "remittance_lines": _f1(line_tp, line_fp, line_fn),
        "intents": {label: _f1(c["tp"], c["fp"], c["fn"]) for label, c in
                    sorted(per_intent.items())},
        "confusion": {g: dict(c) for g, c in sorted(confusion.items())},
        "legal_misses": legal_misses,
        "errors": errors,
    }
