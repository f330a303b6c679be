"""The tone of a dunning draft: the level's tone, moved by the customer's history (issue 6).

Pure: the level's tone, a `PaymentHistory` snapshot and the policy's `ToneRules` in; the tone
and the reasons, in words a collector understands, out (stored in the draft's evidence).
- Broken promises or repeated late payment: one step firmer, a level early
  (courteous → firm → final).
- A long clean record, late for the first time: the courteous variant of a firm reminder. A
  final notice keeps its tone: it states where the account stands.
Every tone's wording is in the templates and passes the same compliance check: "firmer" never
means threats or legal urgency.
"""
from __future__ import annotations

from dataclasses import dataclass

TONES = ("courteous", "firm", "final")


@dataclass(frozen=True, slots=True)
class ToneRules:
    """The `[tone]` table of the dunning policy."""

    history_days: int = 365  # how far back history counts
    late_grace_days: int = 5  # paid this many days after the due date still counts on time
    firmer_after_broken_promises: int = 1
    firmer_after_late_payments: int = 2  # "repeated" late payment
    clean_record_min_paid: int = 6  # invoices paid on time for a "long clean record"


@dataclass(frozen=True, slots=True)
class PaymentHistory:
    """One customer's record within `ToneRules.history_days`."""

    broken_promises: int = 0  # broken or only partly kept
    paid_on_time: int = 0  # invoices paid in full by the due date (plus grace)
    paid_late: int = 0  # invoices paid in full after it


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def choose_tone(level_tone: str, history: PaymentHistory,
                rules: ToneRules = ToneRules()) -> tuple[str, tuple[str, ...]]:
    """The tone to write in, and why it differs from the level's (empty when it does not)."""
    assert level_tone in TONES, level_tone
    step = TONES.index(level_tone)
    window = f"in the last {rules.history_days} days"
    firmer = []
    if history.broken_promises >= rules.firmer_after_broken_promises:
        firmer.append(f"{_plural(history.broken_promises, 'broken promise')} to pay {window}")
    if history.paid_late >= rules.firmer_after_late_payments:
        firmer.append(f"{_plural(history.paid_late, 'invoice')} paid late {window}")
    if firmer:
        if step == len(TONES) - 1:
            return level_tone, (*firmer, f"already the {level_tone} tone")
        tone = TONES[step + 1]
        return tone, (*firmer, f"one step firmer: {tone} instead of {level_tone}")
    clean = (history.paid_late == 0 and history.broken_promises == 0
             and history.paid_on_time >= rules.clean_record_min_paid)
    if clean and level_tone == "firm":
        return "courteous", (f"{_plural(history.paid_on_time, 'invoice')} paid on time {window} "
                             f"and none late: courteous instead of firm",)
    return level_tone, ()
