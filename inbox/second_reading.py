"""Decide what an LLM's reading of a message may change in the offline understanding.

Pure: an Understanding and a plain dict in, an Understanding out. The model proposes, code
decides: labels must be in the taxonomy, invoice numbers must be the customer's and written in
the message, amounts must appear in the customer's words, dates must fall within a year after
the message. A legal label the offline reader found is never removed (recall first) and
bounces or auto-replies recognised from headers are never reread. Whatever fails a check is
dropped and listed in the evidence; if the intent itself is invalid, the offline result stands.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from inbox.amounts import find_amounts
from inbox.classify import IntentScore
from inbox.disputes import REASONS
from inbox.intent_rules import LABELS, LEGAL_LABELS

# Below this primary confidence (or when the primary is "other") a second reading is worth it.
UNSURE_BELOW = 0.7
LLM_PRIMARY_CONFIDENCE = 0.8
LLM_SECONDARY_CONFIDENCE = 0.6
_NEVER_REREAD = ("bounce", "auto_reply", *LEGAL_LABELS)
_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"(?<![\w/-])\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?(?![\w/-])|(?<![\w/-])\d+(?:[.,]\d{1,2})?(?![\w/-])")


def needs_second_reading(primary: str, confidence: float, own_text: str,
                         below: float = UNSURE_BELOW) -> bool:
    """Whether the offline reading is unsure enough to ask the model (never for the
    header-detected kinds or a legal notice, which the rules decide)."""
    if primary in _NEVER_REREAD or not own_text.strip():
        return False
    return primary == "other" or confidence < below


def _invoice_written(number: str, text: str) -> bool:
    """The invoice's significant digits appear in the text ("inv 417" for INV-2026-00417)."""
    if number.lower() in text.lower():
        return True
    groups = [g.lstrip("0") for g in _DIGITS.findall(number)]
    tail = groups[-1] if groups else ""
    return len(tail) >= 3 and any(g.lstrip("0") == tail for g in _DIGITS.findall(text))


def written_amounts(text: str) -> set[Decimal]:
    """Every value a number written in `text` may stand for: "1.250,00 EUR", "600", "1,250"."""
    out = {a.amount for a in find_amounts(text, bare=True)}
    for token in _NUMBER.findall(text):
        compact = token.replace(" ", "").replace("'", "")
        for candidate in (compact.replace(",", ""), compact.replace(".", "").replace(",", ".")):
            try:
                out.add(Decimal(candidate))
            except InvalidOperation:
                continue
    return out


def check_reading(reading: dict[str, Any], own_text: str, subject: str, sent: date | None,
                  customer_invoices: set[str]) -> tuple[dict[str, Any], list[str]]:
    """(the fields that pass, why the others were dropped). An empty dict: use nothing."""
    problems: list[str] = []
    primary = reading.get("primary_intent")
    if primary not in LABELS:
        return {}, [f"intent {primary!r} is not in the taxonomy"]
    intents = [primary]
    for label in reading.get("intents") or []:
        if label not in LABELS:
            problems.append(f"intent {label!r} is not in the taxonomy")
        elif label not in intents:
            intents.append(label)
    accepted: dict[str, Any] = {"intents": intents}
    text = f"{subject}\n{own_text}"
    refs = []
    for number in reading.get("invoice_refs") or []:
        if number not in customer_invoices:
            problems.append(f"invoice {number} is not one of this customer's")
        elif not _invoice_written(number, text):
            problems.append(f"invoice {number} is not written in the message")
        elif number not in refs:
            refs.append(number)
    accepted["invoice_refs"] = refs
    raw_date = reading.get("promised_date")
    if raw_date:
        try:
            value = date.fromisoformat(str(raw_date))
        except ValueError:
            problems.append(f"promised date {raw_date!r} is not an ISO date")
        else:
            if sent is None or sent <= value <= sent + timedelta(days=366):
                accepted["promised_date"] = value
            else:
                problems.append(f"promised date {value} is not within a year after the message")
    raw_amount = reading.get("promised_amount")
    if raw_amount not in (None, ""):
        try:
            amount = Decimal(str(raw_amount).replace(",", ""))
        except InvalidOperation:
            problems.append(f"promised amount {raw_amount!r} is not a number")
        else:
            if amount in written_amounts(own_text):
                accepted["promised_amount"] = amount
            else:
                problems.append(f"promised amount {amount} does not appear in the message")
    reason = reading.get("dispute_reason")
    if reason:
        if reason in REASONS:
            accepted["dispute_reason"] = reason
        else:
            problems.append(f"dispute reason {reason!r} is not in the taxonomy")
    return accepted, problems


def merge_reading(offline: Any, accepted: dict[str, Any], problems: list[str], model_name: str
                  ) -> Any:
    """The offline Understanding updated with the accepted fields, and the evidence of both."""
    evidence = dict(offline.evidence)
    evidence["llm"] = {"model": model_name, "accepted": sorted(k for k in accepted),
                       "rejected": problems}
    if not accepted:
        return replace(offline, evidence=evidence)
    before = {i.label: i for i in offline.intents}
    intents = []
    for n, label in enumerate(accepted["intents"]):
        old = before.get(label)
        confidence = LLM_PRIMARY_CONFIDENCE if n == 0 else LLM_SECONDARY_CONFIDENCE
        if old is not None:
            confidence = max(confidence, old.confidence) if n == 0 else old.confidence
        intents.append(IntentScore(label, confidence,
                                   (old.evidence if old else ()) + (f"llm: {model_name}",)))
    for label in LEGAL_LABELS:  # never dropped: either one stops all collection
        if label in before and label not in accepted["intents"]:
            intents.insert(0, before[label])
    changes: dict[str, Any] = {"intents": tuple(intents), "evidence": evidence}
    refs = list(offline.invoice_refs)
    changes["invoice_refs"] = tuple(refs + [r for r in accepted["invoice_refs"] if r not in refs])
    labels = {i.label for i in intents}
    if labels & {"promise_to_pay", "payment_plan_request"}:
        if offline.promised_date is None and "promised_date" in accepted:
            changes["promised_date"] = accepted["promised_date"]
            evidence["promised_date"] = f"llm: {accepted['promised_date'].isoformat()}"
        if offline.promised_amount is None and "promised_amount" in accepted:
            changes["promised_amount"] = accepted["promised_amount"]
    if "dispute" in labels:
        if offline.dispute_reason in (None, "other") and "dispute_reason" in accepted:
            changes["dispute_reason"] = accepted["dispute_reason"]
        elif offline.dispute_reason is None:
            changes["dispute_reason"] = "other"
        if not offline.disputed_invoices:
            changes["disputed_invoices"] = changes["invoice_refs"]
    return replace(offline, **changes)
