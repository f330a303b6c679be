"""Optional LLM rewriting of a template draft (issue 6): one chat call asks the model to make the
text fluent and personal; code decides whether the answer may replace the template.

The model proposes, code decides (style guide §8): the answer must pass `check_draft` (fair
practice and grounding) and keep every invoice number, amount and ISO date of the template, and
bring no invoice-like token or number the template lacks. Anything else (a wrong amount, an
invented invoice, a threat, an empty answer, a timeout, an HTTP error) keeps the template text.
With no model configured the template text is returned untouched: offline is the default.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

# The amount and date patterns are compliance's own, so a rewrite is read exactly as the
# grounding check reads it (style guide §12: no second copy of a parser).
from assistant.compliance import _AMOUNT, _ISO_DATE, Grounding, _to_decimal, check_draft

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                  "it": "Italian", "nl": "Dutch"}
_INVOICE_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]{1,8}[-/]?\d+(?:[-/]\d+)*(?![\w-])")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class RewriteResult:
    text: str
    used_llm: bool
    problems: tuple[str, ...] = ()


def system_prompt(language: str, tone: str) -> str:
    name = LANGUAGE_NAMES.get(language, language)
    return (
        f"You rewrite an accounts-receivable email drafted from a template. Make it fluent and "
        f"personal, in {name}, with a {tone} tone. Keep every invoice number, amount, currency "
        f"and date exactly as written. Add no new facts: no other invoices, amounts, dates, "
        f"deadlines, discounts or promises. No threats: no legal, court or collection-agency "
        f"action, no pressure or false urgency, no insults. Answer with the email body only.")


def _amounts(text: str) -> set[Decimal]:
    return {v for m in _AMOUNT.finditer(text) if (v := _to_decimal(m.group(1))) is not None}


def _mentions(text: str, number: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", text) is not None


def rewrite_problems(original: str, answer: str, facts: Grounding) -> list[str]:
    """Why a model's rewrite of `original` may not be shown; empty means it may."""
    if not answer.strip():
        return ["the model returned an empty answer"]
    problems = check_draft(answer, facts)
    for number in sorted(facts.invoice_numbers):
        if _mentions(original, number) and not _mentions(answer, number):
            problems.append(f"drops invoice {number}")
    for value in sorted(_amounts(original) - _amounts(answer)):
        problems.append(f"drops amount {value}")
    for day in sorted(set(_ISO_DATE.findall(original)) - set(_ISO_DATE.findall(answer))):
        problems.append(f"drops date {day}")
    for token in sorted({m.group(0) for m in _INVOICE_TOKEN.finditer(answer)}):
        if not _mentions(original, token) and token not in facts.invoice_numbers:
            problems.append(f"mentions {token}, which the template does not")
    # Amounts, ISO dates and invoice numbers are checked above; any other number (a deadline
    # "within 3 days", a day in "2 October 2026") must already be in the template.
    rest = _INVOICE_TOKEN.sub(" ", _ISO_DATE.sub(" ", _AMOUNT.sub(" ", answer)))
    known_digits = set(_DIGITS.findall(original))
    for digits in sorted(set(_DIGITS.findall(rest)) - known_digits):
        problems.append(f"number {digits} is not in the template")
    return problems


def rewrite_draft(model: Any, text: str, facts: Grounding, language: str,
                  tone: str) -> RewriteResult:
    """The model's rewrite of `text` if it passes every check, else `text` and the problems."""
    if model is None:
        return RewriteResult(text, used_llm=False)
    from langchain_core.messages import HumanMessage, SystemMessage

    try:
        reply = model.invoke([SystemMessage(system_prompt(language, tone)), HumanMessage(text)])
    # The LLM is an edge (style guide §6, §8): an optional rewrite never stops a dunning run
    # or a reply, whatever the client raises (timeout, HTTP status, malformed body).
    except Exception as exc:  # noqa: BLE001
        problem = f"model call failed: {type(exc).__name__}: {exc}"[:300]
        log.warning("draft rewrite falls back to the template: %s", problem)
        return RewriteResult(text, used_llm=False, problems=(problem,))
    answer = reply.content if isinstance(getattr(reply, "content", None), str) else ""
    answer = answer.strip()
    problems = rewrite_problems(text, answer, facts)
    if problems:
        log.info("draft rewrite rejected: %s", "; ".join(problems[:3]))
        return RewriteResult(text, used_llm=False, problems=tuple(problems))
    return RewriteResult(answer + ("\n" if text.endswith("\n") else ""), used_llm=True)
