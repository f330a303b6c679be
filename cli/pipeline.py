"""The offline pipeline for one message, shared by `arbox process`, the demo and the worker:
understand (inbox) → store (inbox) → apply remittances (matching) → draft a reply (assistant).

Each message is one transaction; a message that cannot be processed is quarantined with its
reason in a transaction of its own, so one bad message never blocks or loses the others.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

import typer
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from assistant.dunning import load_policy
from assistant.payment_plans import PlanLimits, RequestedTerms
from assistant.replies import ReplyFacts, draft_reply
from assistant.understanding_llm import read_message
from cli.context import chat_model, console
from inbox import service as inbox_service
from inbox.analyse import LedgerView, Understanding, understand
from inbox.intent_model import IntentModel, load_intent_model
from inbox.plan_terms import PlanTerms
from inbox.intent_model import intent_model as shipped_intent_model
from inbox.second_reading import check_reading, merge_reading, needs_second_reading
from ledger import clock
from ledger.db import transaction
from ledger.errors import InputError
from ledger.models import Application, Message
from ledger.money import decimal_str
from ledger.settings import Settings
from matching.service import apply_remittance

log = logging.getLogger(__name__)

CONTRACT_KEYS = ("source", "message_id", "language", "primary_intent", "intents", "customer_id",
                 "invoice_refs", "promised_date", "promised_amount", "dispute_reason",
                 "disputed_invoices", "remittance", "return_date", "bounced_recipient",
                 "payment_plan", "applications", "draft_id")


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    status: str  # processed / duplicate / failed
    result: dict[str, Any] | None
    error: str | None = None
    message_pk: int | None = None


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID, read leniently before the full parse (for de-duplication)."""
    try:
        value = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536]).get("Message-ID")
    except Exception:  # noqa: BLE001 - any header garbage just means "no usable id"
        return None
    if not value:
        return None
    value = str(value).strip().strip("<>").strip()
    return value[:998] or None


def _money(value: Any) -> str | None:
    return decimal_str(value) if value is not None else None


def _plan_json(terms: PlanTerms | None) -> dict[str, Any] | None:
    if terms is None:
        return None
    return {"instalments": terms.instalments, "frequency": terms.frequency,
            "amounts": [decimal_str(a) for a in terms.amounts], "currency": terms.currency,
            "dates": [d.isoformat() for d in terms.dates]}


def verdict(u: Understanding, source: str) -> dict[str, Any]:
    """The `process --json` object, before matching and drafting fill their keys."""
    rem = None
    if u.remittance is not None:
        rem = {"payment_amount": _money(u.remittance.payment_amount),
               "currency": u.remittance.currency,
               "payment_date": u.remittance.payment_date.isoformat()
               if u.remittance.payment_date else None,
               "lines": [{"invoice_number": ln["invoice_number"],
                          "paid_amount": _money(ln["paid_amount"]),
                          "deduction_amount": _money(ln["deduction_amount"]),
                          "deduction_reason": ln["deduction_reason"]}
                         for ln in u.remittance.lines]}
    return {
        "source": source,
        "message_id": u.message.message_id,
        "language": u.language,
        "primary_intent": u.primary_intent,
        "intents": [{"label": i.label, "confidence": round(float(i.confidence), 3)}
                    for i in u.intents],
        "customer_id": u.identification.customer_id,
        "invoice_refs": list(u.invoice_refs),
        "promised_date": u.promised_date.isoformat() if u.promised_date else None,
        "promised_amount": _money(u.promised_amount),
        "dispute_reason": u.dispute_reason,
        "disputed_invoices": list(u.disputed_invoices),
        "remittance": rem,
        "return_date": u.return_date.isoformat() if u.return_date else None,
        "bounced_recipient": u.bounced_recipient,
        "payment_plan": _plan_json(u.payment_plan),
        "applications": [],
        "draft_id": None,
    }


def requested_terms(terms: PlanTerms | None) -> RequestedTerms | None:
    """The understanding stage's plan terms, as the reply's payment-plan proposal takes them."""
    if terms is None:
        return None
    return RequestedTerms(instalments=terms.instalments, amounts=terms.amounts,
                          currency=terms.currency, dates=terms.dates,
                          frequency=terms.frequency, evidence=terms.evidence)


def _applications_json(apps: list[Application]) -> list[dict[str, Any]]:
    return [{"invoice_number": a.invoice.invoice_number, "amount": decimal_str(a.amount),
             "status": a.status} for a in apps]


class Pipeline:
    """Processes messages against one database; build once per run (it caches a ledger view)."""

    def __init__(self, factory: sessionmaker[Session], settings: Settings, llm: Any = None):
        self.factory = factory
        self.settings = settings
        self._view: LedgerView | None = None
        self._plan_limits: PlanLimits | None = None
        self._intent_model = self._load_intent_model()
        self._llm = llm if llm is not None else (
            chat_model(settings) if settings.llm_understanding else None)

    def plan_limits(self) -> PlanLimits:
        """The policy's payment-plan limits (ARBOX_DUNNING_POLICY), read on first use."""
        if self._plan_limits is None:
            self._plan_limits = load_policy(self.settings.dunning_policy).payment_plans
        return self._plan_limits

    def view(self) -> LedgerView:
        if self._view is None:
            with self.factory() as session:
                self._view = inbox_service.load_view(session)
        return self._view

    def _second_reading(self, u: Understanding) -> Understanding:
        """Ask the optional LLM about a message the offline reader is unsure of; any error
        keeps the offline result (and says so in the evidence)."""
        first = u.intents[0] if u.intents else None
        if self._llm is None or first is None or not needs_second_reading(
                first.label, first.confidence, u.own_text, self.settings.llm_understanding_below):
            return u
        sent = u.message.local_date
        cid = u.identification.customer_id
        invoices = list(self.view().invoices_by_customer.get(cid, ())) if cid else []
        try:
            reading = read_message(self._llm, u.own_text, u.message.subject, sent, u.language,
                                   invoices)
        except Exception as exc:  # noqa: BLE001 - the model is optional: fall back on anything
            log.warning("LLM second reading failed, keeping the offline result: %s", exc)
            return replace(u, evidence={**u.evidence, "llm": {
                "model": self.settings.llm_model, "error": f"{type(exc).__name__}: {exc}"[:500]}})
        accepted, problems = check_reading(reading, u.own_text, u.message.subject, sent,
                                           set(invoices))
        return merge_reading(u, accepted, problems, self.settings.llm_model)

    def _load_intent_model(self) -> IntentModel | None:
        choice = self.settings.intent_model.strip()
        if choice.lower() == "off":
            return None
        if choice.lower() in ("", "shipped"):
            return shipped_intent_model()
        model = load_intent_model(Path(choice))
        if model is None:
            raise InputError(f"ARBOX_INTENT_MODEL={choice}: no intent model in that directory "
                             f"(train one with `arbox model train`)")
        return model

    def process(self, source: str, raw: bytes) -> Outcome:
        message_id = header_message_id(raw)
        with transaction(self.factory) as session:
            taken = inbox_service.intake(session, source, raw, message_id)
            message_pk = taken.message.id
            if not taken.is_new and taken.message.status == "processed":
                stored = inbox_service.stored_result(session, taken.message) or {}
                return Outcome(source, "duplicate", {**stored, "source": source},
                               message_pk=message_pk)
        try:
            if len(raw) > self.settings.max_message_bytes:
                raise InputError(f"message is {len(raw)} bytes, over the limit of "
                                 f"{self.settings.max_message_bytes} (ARBOX_MAX_MESSAGE_BYTES)")
            u = understand(raw, self.view(),
                           max_attachment_bytes=self.settings.max_attachment_bytes,
                           max_attachments=self.settings.max_attachments,
                           intent_model=self._intent_model)
            u = self._second_reading(u)
            with transaction(self.factory) as session:
                result = self._store(session, message_pk, u, source)
            return Outcome(source, "processed", result, message_pk=message_pk)
        except Exception as exc:  # noqa: BLE001 - the edge: quarantine, never lose the message
            reason = f"{type(exc).__name__}: {exc}" if not isinstance(exc, InputError) else str(exc)
            log.warning("quarantined %s: %s", source, reason, exc_info=not isinstance(
                exc, InputError))
            with transaction(self.factory) as session:
                message = session.get(Message, message_pk)
                assert message is not None
                inbox_service.quarantine(session, message, reason[:2000])
            return Outcome(source, "failed", None, reason, message_pk)

    def _store(self, session: Session, message_pk: int, u: Understanding,
               source: str) -> dict[str, Any]:
        message = session.get(Message, message_pk, with_for_update=True)
        assert message is not None
        if message.status == "processed":  # another worker finished it meanwhile
            return {**(inbox_service.stored_result(session, message) or {}), "source": source}
        result = verdict(u, source)
        analysis, payment, customer = inbox_service.record(session, message, u, result)
        applied: list[str] = []
        if payment is not None:
            apps = apply_remittance(session, payment, self.settings.amount_tolerance)
            result["applications"] = _applications_json(apps)
            applied = [a.invoice.invoice_number for a in apps if a.status == "auto_applied"]
        if customer is not None:
            facts = ReplyFacts(intent=u.primary_intent, language=u.language,
                               subject=u.message.subject, customer_name=customer.name,
                               company_name=self.settings.company_name,
                               invoices=u.disputed_invoices if u.primary_intent == "dispute"
                               else u.invoice_refs,
                               applied=tuple(applied), promised_date=u.promised_date,
                               promised_amount=u.promised_amount,
                               currency=u.promised_currency, dispute_reason=u.dispute_reason,
                               plan_terms=requested_terms(u.payment_plan))
            plan = u.primary_intent == "payment_plan_request"
            draft = draft_reply(session, message, customer, u.message.from_address, facts,
                                plan_limits=self.plan_limits() if plan else None,
                                today=clock.today(self.settings))
            result["draft_id"] = draft.id if draft else None
        analysis.result = dict(result)
        flag_modified(analysis, "result")  # the dict was filled after the row was inserted
        return result


def make_pipeline(factory: sessionmaker[Session], settings: Settings) -> Pipeline:
    """A Pipeline for a command: a bad setting (ARBOX_INTENT_MODEL) is a usage error, exit 2."""
    try:
        return Pipeline(factory, settings)
    except InputError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
