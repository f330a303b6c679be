"""The optional LLM agent: LangChain tool calling (langchain-openai against any server that
speaks the OpenAI chat-completions protocol) over the same tools as the offline manager.

The model proposes, code decides (style guide §8: an LLM stage is checked by code and falls
back on error):
- only the scope's tools exist; arguments are validated against the tool's schema
  (unknown fields, such as a customer id, are refused) and each tool checks the ledger;
- a binding tool (promise, dispute, payment plan) is never run by the model: its checked
  arguments become a proposal the customer confirms with yes/no;
- every number and invoice number in the final reply must come from this conversation's tool
  results; replies claiming an action no tool performed, or quoting the prompt, are refused.
Any refusal, malformed output, timeout or HTTP error raises `LlmFailed`; chat_service then
answers with the offline manager, never with silence.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from assistant.chat_registry import ToolSpec, tools_for
from assistant.chat_tools import ToolContext
from assistant.chat_types import ToolError
from ledger.errors import ExternalError

log = logging.getLogger(__name__)

MAX_STEPS = 4
_INVOICE_TOKEN = re.compile(r"(?<![\w-])[A-Za-z]{1,8}[-/]?\d+(?:[-/]\d+)*(?![\w-])")
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?")
_CLAIMS = re.compile(
    r"\b(marked\b.{0,40}\bpaid|written off|write-?off|waived|cancel+ed\b.{0,30}\b(debt|invoices?"
    r"|balance)|granted|approved|deleted|removed|refunded|set (your|the) balance"
    r"|marqu\w+\b.{0,40}\bpay\w+|annul\w+|supprim\w+|accord\w+ (un|votre|l')|rembours\w+)",
    re.IGNORECASE)
_DOCUMENT_CLAIM = re.compile(r"\b(here is|here's|attached|i have sent|i've sent|sent you|voici"
                             r"|ci-joint|je vous ai envoyé)\b", re.IGNORECASE)
_PROMPT_MARKERS = ("which no message can change", "Rules,", "system prompt")


class LlmFailed(ExternalError):
    """The model's answer could not be used; the offline manager answers instead."""


@dataclass
class LlmTurn:
    reply: str | None
    calls: list[dict[str, Any]] = field(default_factory=list)  # name, args, ok
    results: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    proposal: tuple[str, dict[str, Any], dict[str, Any]] | None = None  # tool, args, checked


def make_chat_model(base_url: str, api_key: str | None, model: str, timeout: float) -> Any:
    """A ChatOpenAI client; no retries, so a slow or failing server falls back quickly."""
    from langchain_openai import ChatOpenAI
    return ChatOpenAI(base_url=base_url, api_key=api_key or "unused", model=model,
                      timeout=timeout, max_retries=0, temperature=0)


def openai_tool(spec: ToolSpec) -> dict[str, Any]:
    schema = spec.args.model_json_schema()
    schema.pop("title", None)
    return {"type": "function", "function": {"name": spec.name, "description": spec.description,
                                             "parameters": schema}}


# --- grounding ------------------------------------------------------------------------------

def _readings(token: str) -> set[Decimal]:
    """Every value a written number may mean: "1,200.50", "1 200,50", "1.200" (de) ..."""
    t = token.replace("\u00a0", " ").replace("\u202f", " ")
    out = set()
    candidates = {t.replace(" ", "").replace(",", ""), t.replace(" ", "").replace(".", "")
                  .replace(",", "."), t.replace(" ", "").replace(",", ".")}
    for c in candidates:
        try:
            value = Decimal(c)
        except InvalidOperation:
            continue
        if value.is_finite():
            out.add(value)
    return out


def grounded_values(text: str) -> tuple[set[str], set[Decimal]]:
    """Invoice-like tokens (lowercased) and the numbers (every reading) in a text."""
    tokens = {m.group(0).lower() for m in _INVOICE_TOKEN.finditer(text)}
    rest = _INVOICE_TOKEN.sub(" ", text)
    numbers: set[Decimal] = set()
    for m in _NUMBER.finditer(rest):
        numbers |= _readings(m.group(0))
    for m in re.finditer(r"\d+", text):  # parts of invoice numbers and dates count too
        numbers.add(Decimal(m.group(0)))
    return tokens, numbers


def ungrounded(reply: str, facts: str) -> list[str]:
    """What in a model's reply does not come from the facts (tool results): empty if fine."""
    problems = []
    fact_text = facts.lower()
    _, fact_numbers = grounded_values(facts)
    for m in _INVOICE_TOKEN.finditer(reply):
        if m.group(0).lower() not in fact_text:
            problems.append(f"invoice-like {m.group(0)!r} is in no tool result")
    rest = _INVOICE_TOKEN.sub(" ", reply)
    for m in _NUMBER.finditer(rest):
        token = m.group(0)
        pieces = token.replace("\u00a0", " ").replace("\u202f", " ").split(" ")
        if not (_readings(token) & fact_numbers) and not (
                len(pieces) > 1 and all(_readings(p) & fact_numbers for p in pieces)):
            problems.append(f"number {token!r} is in no tool result")
    lowered = reply.lower()
    m = _CLAIMS.search(reply)
    if m:
        problems.append(f"claims an action no tool performed: {m.group(0)!r}")
    if any(marker.lower() in lowered for marker in _PROMPT_MARKERS):
        problems.append("quotes the system prompt")
    return problems


# --- the agent loop -------------------------------------------------------------------------

def run_agent(model: Any, ctx: ToolContext, system: str, history: list[tuple[str, str]],
              text: str, facts: list[str]) -> LlmTurn:
    """One customer or collector turn through the model; raises LlmFailed when unusable.

    `history` is the conversation so far as (speaker, text); `facts` grows with every tool
    result (JSON) and is what the reply is checked against.
    """
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
    from openai import OpenAIError

    specs = tools_for(ctx.scope)
    bound = model.bind_tools([openai_tool(s) for s in specs.values()])
    messages: list[Any] = [SystemMessage(system)]
    for speaker, said in history[-12:]:
        messages.append(HumanMessage(said) if speaker == "user" else AIMessage(said))
    messages.append(HumanMessage(text))
    turn = LlmTurn(reply=None)
    for _ in range(MAX_STEPS):
        try:
            ai = bound.invoke(messages)
        except (OpenAIError, ValueError, KeyError, TypeError) as exc:
            raise LlmFailed(f"model call failed: {type(exc).__name__}: {exc}"[:300]) from exc
        if getattr(ai, "invalid_tool_calls", None):
            raise LlmFailed("model returned a malformed tool call")
        if not ai.tool_calls:
            reply = ai.content if isinstance(ai.content, str) else ""
            if not reply.strip():
                raise LlmFailed("model returned an empty answer")
            problems = ungrounded(reply, "\n".join(facts))
            if _DOCUMENT_CLAIM.search(reply) and not any(
                    name in ("send_statement", "send_invoice_copy") for name, _ in turn.results):
                problems.append("speaks of a document no tool generated")
            if problems:
                raise LlmFailed("reply rejected: " + "; ".join(problems[:3]))
            turn.reply = reply.strip()
            return turn
        messages.append(ai)
        for call in ai.tool_calls:
            name = call.get("name") or ""
            spec = specs.get(name)
            if spec is None:
                turn.calls.append({"name": name[:64], "ok": False, "why": "not a tool here"})
                raise LlmFailed(f"model called {name[:64]!r}, which this conversation does not "
                                f"offer")
            try:
                args = spec.args.model_validate(call.get("args") or {}).model_dump(mode="json")
            except ValidationError as exc:
                turn.calls.append({"name": name, "ok": False, "why": "arguments refused"})
                raise LlmFailed(f"model's arguments for {name} refused: "
                                f"{exc.errors()[0]['msg']}") from exc
            if spec.check is not None:
                try:
                    checked = spec.check(ctx, **args)
                except ToolError as exc:
                    result: dict[str, Any] = {"error": exc.code}
                else:
                    turn.calls.append({"name": name, "args": args, "ok": True,
                                       "proposed": True})
                    turn.proposal = (name, args, checked)
                    return turn
            else:
                try:
                    result = spec.run(ctx, **args)
                except ToolError as exc:
                    result = {"error": exc.code}
                else:
                    turn.results.append((name, result))
            turn.calls.append({"name": name, "args": args, "ok": "error" not in result})
            dumped = json.dumps(result, ensure_ascii=False, default=str)
            facts.append(dumped)
            messages.append(ToolMessage(dumped, tool_call_id=call.get("id") or name))
    raise LlmFailed(f"no answer after {MAX_STEPS} model steps")
