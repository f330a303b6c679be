"""Conversations with the assistant: one customer's (scoped to that customer) or a collector's.

The shell of the chat: loads the conversation and the ledger facts a turn needs, asks the
LLM agent when one is configured (inside a savepoint, so a rejected answer leaves no trace)
and otherwise or on any failure the offline manager, runs the tool named, renders the reply,
and stores both turns, the actions and an audit entry in one transaction.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from assistant.chat_llm import LlmFailed, run_agent
from assistant.chat_offline import (BINDING, InvoiceRef, Step, after_find_payment, cues,
                                    decide_collector, decide_customer, is_manipulation,
                                    pending_after_check, turn_language)
from assistant.chat_replies import render_reply, system_prompt
from assistant.chat_collector_tools import find_customers
from assistant.chat_registry import tools_for
from assistant.chat_tools import ToolContext
from assistant.chat_types import (MAX_MESSAGE_CHARS, Scope, ToolError, TurnResult, Understand,
                                  Understanding)
from assistant.documents import Company
from ledger import audit
from ledger.db import transaction
from ledger.errors import LedgerError
from ledger.models import Conversation, ConversationTurn, Customer, Invoice

log = logging.getLogger(__name__)

# What a write tool's result is called in a turn's actions (`--json` output, turn rows).
ACTIONS = {"record_promise": "promise_recorded", "record_dispute": "dispute_opened",
           "record_payment_plan_request": "payment_plan_requested",
           "send_statement": "statement_generated", "send_invoice_copy": "invoice_copy_generated",
           "report_payment": "payment_reported", "update_contact": "contact_added",
           "draft_reminder": "draft_created"}
_INTENT_OF_TOOL = {tool: intent for intent, tool in BINDING.items()}


@dataclass(frozen=True)
class ChatConfig:
    company: Company
    documents_dir: Path
    llm: Any | None = None  # a LangChain chat model (chat_llm.make_chat_model), None: offline


@dataclass
class _Outcome:
    reply: str
    state: dict[str, Any]
    intent: str | None
    actions: list[dict[str, Any]]
    evidence: dict[str, Any]


def _action(tool: str, result: dict[str, Any]) -> dict[str, Any]:
    keep = ("invoice_numbers", "invoice_number", "promised_date", "promised_amount", "reason",
            "proposal", "file", "email", "task_id", "promise_ids", "dispute_id", "draft_id",
            "customer", "level", "on_hold", "granted", "status")
    return {"action": ACTIONS[tool], **{k: result[k] for k in keep if k in result}}


class ChatService:
    def __init__(self, factory: sessionmaker[Session], understand: Understand, today: date,
                 config: ChatConfig):
        self.factory = factory
        self.understand = understand
        self.today = today
        self.config = config

    # --- conversations ----------------------------------------------------------------------

    def start_customer(self, customer_id: str, channel: str = "cli") -> int:
        """Open a conversation scoped to one customer, named by the session, never a model."""
        with transaction(self.factory) as session:
            customer = session.scalars(select(Customer).where(
                Customer.customer_id == customer_id)).first()
            if customer is None:
                raise LedgerError(f"no customer {customer_id!r}")
            conv = Conversation(role="customer", customer_pk=customer.id, channel=channel,
                                language=customer.language if customer.language in ("en", "fr")
                                else None, state={})
            session.add(conv)
            session.flush()
            audit.record(session, f"chat:customer:{customer.customer_id}",
                         "conversation_started", "conversation", conv.id, role="customer")
            return conv.id

    def start_collector(self, name: str, channel: str = "cli") -> int:
        with transaction(self.factory) as session:
            conv = Conversation(role="collector", collector=name, channel=channel, state={})
            session.add(conv)
            session.flush()
            audit.record(session, f"chat:collector:{name}", "conversation_started",
                         "conversation", conv.id, role="collector")
            return conv.id

    def turn(self, conversation_id: int, text: str) -> TurnResult:
        """Answer one message; everything it recorded is committed with it."""
        with transaction(self.factory) as session:
            conv = session.get(Conversation, conversation_id, with_for_update=True)
            if conv is None:
                raise LedgerError(f"no conversation {conversation_id}")
            return self._turn(session, conv, text.strip())

    # --- one turn ---------------------------------------------------------------------------

    def _scope(self, session: Session, conv: Conversation) -> tuple[Scope, Customer | None]:
        if conv.role == "customer":
            assert conv.customer_pk is not None
            customer = session.get(Customer, conv.customer_pk)
            assert customer is not None
            return Scope.for_customer(customer.id, customer.customer_id), customer
        return Scope.for_collector(conv.collector or "collector"), None

    def _turn(self, session: Session, conv: Conversation, text: str) -> TurnResult:
        scope, customer = self._scope(session, conv)
        ctx = ToolContext(session, scope, self.today, self.config.company,
                          self.config.documents_dir)
        seq = (session.scalar(select(func.max(ConversationTurn.seq)).where(
            ConversationTurn.conversation_pk == conv.id)) or 0) + 1
        history = [(t.speaker, t.text) for t in session.scalars(
            select(ConversationTurn).where(ConversationTurn.conversation_pk == conv.id)
            .order_by(ConversationTurn.seq))]
        short = text[:MAX_MESSAGE_CHARS]
        if customer is not None:
            rows = session.scalars(select(Invoice).where(Invoice.customer_pk == customer.id)
                                   .order_by(Invoice.due_date)).all()
            invoices = [InvoiceRef(i.invoice_number, i.open_amount, i.currency, i.issue_date,
                                   i.due_date) for i in rows]
            numbers = [i.invoice_number for i in invoices]
        else:
            invoices = []
            numbers = list(session.scalars(select(Invoice.invoice_number)))
        u = self.understand(short, language=conv.language, today=self.today,
                            invoice_numbers=numbers) if short else Understanding(None)
        fallback = customer.language if customer is not None else None
        language = turn_language(short, u.language, conv.language or fallback)
        session.add(ConversationTurn(
            conversation_pk=conv.id, seq=seq, speaker="user",
            text=text if len(text) <= MAX_MESSAGE_CHARS else short + " [truncated]",
            language=language, actions=[], evidence={
                "intents": list(u.intents), "invoice_numbers": list(u.invoice_numbers),
                "unresolved": list(u.unresolved_references)[:5],
                "promised_date": u.promised_date.isoformat() if u.promised_date else None,
                "dispute_reason": u.dispute_reason}))
        state = dict(conv.state or {})
        engine, outcome, llm_error = "offline", None, None
        if self.config.llm is not None and self._model_may_answer(state, text, scope):
            try:
                with session.begin_nested():
                    outcome = self._llm_turn(ctx, customer, state, history, short, language)
                engine = "llm"
            except LlmFailed as exc:
                log.info("chat: model answer not used (%s); answering offline", exc)
                engine, llm_error = "fallback", str(exc)
        if outcome is None:
            outcome = self._offline_turn(ctx, state, text, u, invoices, language)
        if llm_error:
            outcome.evidence["llm_error"] = llm_error
        conv.state = outcome.state
        conv.language = language
        session.add(ConversationTurn(
            conversation_pk=conv.id, seq=seq + 1, speaker="assistant", text=outcome.reply,
            language=language, intent=outcome.intent, engine=engine, actions=outcome.actions,
            evidence=outcome.evidence))
        audit.record(session, scope.actor, "chat_turn", "conversation", conv.id, seq=seq,
                     engine=engine, intent=outcome.intent,
                     actions=[a["action"] for a in outcome.actions])
        return TurnResult(outcome.reply, outcome.actions, language, engine, outcome.intent,
                          conv.id)

    @staticmethod
    def _model_may_answer(state: dict[str, Any], text: str, scope: Scope) -> bool:
        """The model never sees a yes/no to a pending action, a slot answer, a manipulation
        attempt or an over-long message: those are decided by code."""
        if state.get("pending") or not text or len(text) > MAX_MESSAGE_CHARS:
            return False
        if scope.role == "customer" and is_manipulation(text, scope.customer_id):
            return False
        return not ({"yes", "no"} & cues(text))

    # --- offline ----------------------------------------------------------------------------

    def _offline_turn(self, ctx: ToolContext, state: dict[str, Any], text: str,
                      u: Understanding, invoices: list[InvoiceRef], language: str) -> _Outcome:
        role = ctx.scope.role
        if role == "customer":
            step = decide_customer(state, text, u, invoices, ctx.scope.customer_id)
        else:
            names = [c.name for c in find_customers(ctx.session, text)]
            step = decide_collector(state, text, u, names)
        return self._run_step(ctx, step, language)

    def _run_step(self, ctx: ToolContext, step: Step, language: str) -> _Outcome:
        role = ctx.scope.role
        evidence: dict[str, Any] = {"step": step.say or step.tool}
        if not step.tool:
            reply = render_reply(role, language, step.say or "help", **step.context)
            return _Outcome(reply, step.state, step.intent, [], evidence)
        spec = tools_for(ctx.scope)[step.tool]
        try:
            if step.confirm:
                assert spec.check is not None
                checked = spec.check(ctx, **step.args)
                reply = render_reply(role, language, f"confirm_{step.tool}", r=checked)
                return _Outcome(reply, pending_after_check(step, checked), step.intent, [],
                                evidence)
            result = spec.run(ctx, **step.args)
        except ToolError as exc:
            evidence["tool_error"] = exc.code
            state = step.state
            if exc.code == "bad_date" and step.intent == "promise_to_pay":
                slots = {"invoices": step.args.get("invoice_numbers") or []}
                state = {**state, "pending": {"intent": step.intent, "ask": "date",
                                              "slots": slots}}
            reply = render_reply(role, language, "error", code=exc.code, message=str(exc),
                                 facts=exc.facts)
            return _Outcome(reply, state, step.intent, [], evidence)
        state = step.state
        if step.tool == "find_payment":
            state = after_find_payment(state, result)
        if step.tool == "account_balance":
            state = {**state, "shown": [i["invoice_number"] for i in result["invoices"]]}
        actions = [_action(step.tool, result)] if step.tool in ACTIONS else []
        reply = render_reply(role, language, f"done_{step.tool}", r=result)
        return _Outcome(reply, state, step.intent, actions, evidence)

    # --- model ------------------------------------------------------------------------------

    def _llm_turn(self, ctx: ToolContext, customer: Customer | None, state: dict[str, Any],
                  history: list[tuple[str, str]], text: str, language: str) -> _Outcome:
        role = ctx.scope.role
        system = system_prompt(role, language, company_name=ctx.company.name,
                               customer_name=customer.name if customer else "",
                               collector=ctx.scope.collector or "", today=self.today.isoformat())
        facts = [json.dumps({"today": self.today.isoformat()})]
        facts += [said for speaker, said in history if speaker == "assistant"]
        turn = run_agent(self.config.llm, ctx, system, history, text, facts)
        evidence: dict[str, Any] = {"tool_calls": turn.calls}
        base = {k: v for k, v in state.items() if k != "pending"}
        if turn.proposal is not None:
            tool, args, checked = turn.proposal
            step = Step(_INTENT_OF_TOOL.get(tool, tool), base, tool=tool, args=args,
                        confirm=True)
            reply = render_reply(role, language, f"confirm_{tool}", r=checked)
            return _Outcome(reply, pending_after_check(step, checked), step.intent, [],
                            evidence)
        assert turn.reply is not None
        self._check_scope(ctx, turn.reply)
        actions = [_action(name, result) for name, result in turn.results if name in ACTIONS]
        intent = turn.results[-1][0] if turn.results else None
        return _Outcome(turn.reply, base, intent, actions, evidence)

    @staticmethod
    def _check_scope(ctx: ToolContext, reply: str) -> None:
        """No invoice number of another customer in a customer's reply, whatever the facts."""
        if ctx.scope.role != "customer":
            return
        tokens = {m.group(0) for m in re.finditer(r"[A-Za-z0-9][\w/-]{2,63}", reply)
                  if any(ch.isdigit() for ch in m.group(0))}
        if not tokens:
            return
        foreign = ctx.session.scalars(select(Invoice.invoice_number).where(
            Invoice.invoice_number.in_(sorted(tokens)),
            Invoice.customer_pk != ctx.scope.customer_pk)).first()
        if foreign is not None:
            raise LlmFailed("reply names an invoice of another customer")
