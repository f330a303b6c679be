"""Checks every draft passes before a collector sees it: fair collection practice (no threats,
no abuse, no legal urgency the policy does not allow) and grounding (every invoice number,
amount and date in the text is one of the facts it was written from).

Pure: text and facts in, a list of problems out (empty means the draft may be shown).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

_FORBIDDEN = [
    (r"\b(lawsuit|sue you|court action|legal action|legal proceedings|bailiff|debt collectors?"
     r"|collection agency|criminal|prison|jail|police|seize|seizure|garnish\w*)\b",
     "threat of legal or collection action"),
    (r"\b(poursuites?( judiciaires)?|huissier|tribunal|action en justice|injonction de payer"
     r"|saisie|mise en demeure|contentieux|prison|police|plainte)\b",
     "menace d'action judiciaire"),
    (r"\b(inkasso|gericht|mahnbescheid|pfändung|anwalt)\b", "Drohung mit rechtlichen Schritten"),
    (r"\b(idiot|stupid|liar|pathetic|incompetent|shame on you|crook|thief|escroc|voleur|menteur"
     r"|honte)\b", "abusive language"),
    (r"\b(immediately or else|last chance|final warning|you will regret|dernier avertissement"
     r"|vous le regretterez)\b", "harassing or false urgency"),
]
_AMOUNT = re.compile(r"(?<![\w./-])(\d{1,3}(?:[ ,.\u00a0\u202f']\d{3})*(?:[.,]\d{2})|\d+[.,]\d{2})"
                     r"(?![\w/-])")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True, slots=True)
class Grounding:
    invoice_numbers: frozenset[str]
    amounts: frozenset[Decimal]
    dates: frozenset[date]
    known_numbers: frozenset[str] = frozenset()  # every invoice number the ledger has


def _to_decimal(text: str) -> Decimal | None:
    t = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if re.search(r",\d{2}$", t):
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def fair_practice_problems(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Phrases no draft may contain, unless the policy explicitly allows that category."""
    allowed_set = set(allowed)
    problems = []
    for pattern, label in _FORBIDDEN:
        if label in allowed_set:
            continue
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            problems.append(f'{label}: "{m.group(0)}"')
    return problems


def grounding_problems(text: str, facts: Grounding) -> list[str]:
    """Invoice numbers, amounts and ISO dates in the text that are not among the facts."""
    problems = []
    for number in sorted(facts.known_numbers - facts.invoice_numbers):
        if re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", text):
            problems.append(f"mentions invoice {number}, which is not part of this draft")
    for m in _AMOUNT.finditer(text):
        value = _to_decimal(m.group(1))
        if value is not None and value not in facts.amounts:
            problems.append(f"amount {m.group(1)} is not one of the amounts due")
    for m in _ISO_DATE.finditer(text):
        try:
            value = date.fromisoformat(m.group(1))
        except ValueError:
            problems.append(f"{m.group(1)} is not a date")
            continue
        if value not in facts.dates:
            problems.append(f"date {m.group(1)} is not one of the facts")
    return problems


def check_draft(text: str, facts: Grounding, allowed: Iterable[str] = ()) -> list[str]:
    return fair_practice_problems(text, allowed) + grounding_problems(text, facts)
