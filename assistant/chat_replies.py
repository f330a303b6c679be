"""Render the assistant's chat replies and system prompts from prompts/chat/<language>/.

`customer.j2` and `collector.j2` hold one Jinja macro per reply; `system_<role>.j2` is the
model's system prompt. Amounts and dates are formatted per language here, once.

Pure: values in, text out.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from assistant.replies import format_date

LANGUAGES = ("en", "fr")


def chat_language(language: str | None) -> str:
    return language if language in LANGUAGES else "en"


def format_money(amount: str | Decimal | None, currency: str | None, language: str) -> str:
    """"1234.5" EUR → "1,234.50 EUR" (en) or "1 234,50 EUR" (fr)."""
    if amount is None:
        return ""
    text = f"{Decimal(str(amount)).quantize(Decimal('0.01')):,.2f}"
    if language == "fr":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} {currency or ''}".strip()


def format_day(value: str | date | None, language: str) -> str:
    if not value:
        return ""
    return format_date(value if isinstance(value, date) else date.fromisoformat(value), language)


def _totals(totals: dict[str, str] | None, language: str) -> str:
    joined = " + ".join(format_money(v, k, language) for k, v in sorted((totals or {}).items()))
    return joined or format_money("0", None, language)


@lru_cache(maxsize=8)
def _env(language: str) -> Environment:
    folder = files("prompts") / "chat" / language
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=False,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["money"] = lambda amount, currency=None: format_money(amount, currency, language)
    env.filters["day"] = lambda value: format_day(value, language)
    env.filters["totals"] = lambda totals: _totals(totals, language)
    return env


def render_reply(role: str, language: str | None, name: str, **context: Any) -> str:
    """One reply macro of prompts/chat/<language>/<role>.j2, whitespace tidied."""
    lang = chat_language(language)
    module = _env(lang).get_template(f"{role}.j2").make_module()
    text = str(getattr(module, name)(**context))
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out)


def system_prompt(role: str, language: str | None, **context: Any) -> str:
    lang = chat_language(language)
    return _env(lang).get_template(f"system_{role}.j2").render(language=lang, **context).strip()
