"""Draft the reply a collector would write to one analysed message, from prompts/ templates.

Pure rendering (`render_reply`) plus `draft_reply`, which stores the draft for approval.
No reply to auto-replies, bounces, legal notices or messages of no intent: those become tasks.
A payment-plan request is answered with a schedule within the policy's limits
(assistant.payment_plans), for the collector to approve.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance import Grounding, check_draft
from assistant.draft_rewrite import rewrite_draft
from assistant.payment_plans import (OpenInvoice, Plan, PlanLimits, Refusal, RequestedTerms,
                                     plan_evidence, propose_plan)
from assistant.templates import LANGUAGES, render
from ledger.money import decimal_str

from ledger import audit
from ledger.models import Customer, Draft, Invoice, Message

REPLY_INTENTS = ("promise_to_pay", "dispute", "already_paid", "payment_plan_request",
                 "document_request", "contact_update", "remittance_advice")
_REASONS = {
    "en": {"pricing": "pricing", "quantity": "quantity", "damaged": "damaged goods",
           "not_received_goods": "goods not received", "invoice_not_received":
           "invoice not received", "duplicate_billing": "duplicate billing", "tax": "tax",
           "other": "query"},
    "fr": {"pricing": "prix", "quantity": "quantité", "damaged": "marchandise endommagée",
           "not_received_goods": "marchandise non reçue", "invoice_not_received":
           "facture non reçue", "duplicate_billing": "double facturation", "tax": "TVA",
           "other": "réclamation"},
}


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    intent: str
    language: str | None
    subject: str
    customer_name: str
    company_name: str
    invoices: tuple[str, ...] = ()
    applied: tuple[str, ...] = ()
    promised_date: date | None = None
    promised_amount: Decimal | None = None
    currency: str | None = None
    dispute_reason: str | None = None
    plan_terms: RequestedTerms | None = None  # what a payment-plan request proposes
    plan: Plan | Refusal | None = None  # filled by draft_reply for a payment-plan request


@dataclass(frozen=True, slots=True)
class RenderedReply:
    language: str
    subject: str
    body: str


def format_date(value: date, language: str) -> str:
    if language == "fr":
        months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre")
        return f"{value.day} {months[value.month - 1]} {value.year}"
    return value.strftime("%d %B %Y").lstrip("0")


def render_reply(facts: ReplyFacts) -> RenderedReply | None:
    if facts.intent not in REPLY_INTENTS:
        return None
    language = facts.language if facts.language in LANGUAGES else "en"
    subject = facts.subject
    for prefix in ("re:", "aw:", "tr:", "fwd:", "fw:"):
        while subject.lower().startswith(prefix):
            subject = subject[len(prefix):].strip()
    amount = (f"{facts.promised_amount} {facts.currency or ''}".strip()
              if facts.promised_amount is not None else None)
    plan = None
    if isinstance(facts.plan, Plan):
        plan = {"basis": facts.plan.basis, "currency": facts.plan.currency,
                "total": decimal_str(facts.plan.total), "invoices": list(facts.plan.invoices),
                "interest_free": facts.plan.interest_free,
                "instalments": [{"number": i.number, "due_date": i.due_date.isoformat(),
                                 "amount": decimal_str(i.amount)}
                                for i in facts.plan.instalments]}
    out = render("replies", language, facts.intent,
        subject=subject or "your account", customer_name=facts.customer_name,
        company_name=facts.company_name, invoices=list(facts.invoices),
        applied=list(facts.applied),
        promised_date=format_date(facts.promised_date, language) if facts.promised_date else None,
        promised_amount=amount,
        reason_text=_REASONS[language].get(facts.dispute_reason or "other", "query"),
        plan=plan)
    return RenderedReply(out.language, out.subject, out.body)


def reply_grounding(session: Session, facts: ReplyFacts, model: Any) -> Grounding:
    """What a reply may state; the ledger's invoice numbers are loaded only for a model, so
    the offline path runs no extra query."""
    known = (frozenset(session.scalars(select(Invoice.invoice_number))) if model is not None
             else frozenset())
    plan = facts.plan if isinstance(facts.plan, Plan) else None
    return Grounding(
        invoice_numbers=frozenset((*facts.invoices, *facts.applied,
                                   *(plan.invoices if plan else ()))),
        amounts=frozenset([*([facts.promised_amount] if facts.promised_amount is not None
                             else []),
                           *([plan.total, *(i.amount for i in plan.instalments)]
                             if plan else [])]),
        dates=frozenset([*([facts.promised_date] if facts.promised_date else []),
                         *(i.due_date for i in (plan.instalments if plan else ()))]),
        known_numbers=known)


def _plan_invoices(session: Session, customer: Customer,
                   numbers: tuple[str, ...]) -> list[OpenInvoice]:
    """The invoices a plan covers: those the customer named that are open, else every open
    invoice not on hold."""
    rows = session.scalars(select(Invoice).where(Invoice.customer_pk == customer.id,
                                                 Invoice.open_amount > Decimal(0))
                           .order_by(Invoice.due_date, Invoice.invoice_number)).all()
    named = [i for i in rows if i.invoice_number in numbers]
    chosen = named or [i for i in rows if i.on_hold_reason is None]
    return [OpenInvoice(i.invoice_number, i.currency, i.open_amount, i.due_date)
            for i in chosen]


def draft_reply(session: Session, message: Message, customer: Customer | None, to: str | None,
                facts: ReplyFacts, actor: str = "assistant", model: Any = None,
                plan_limits: PlanLimits | None = None, today: date | None = None
                ) -> Draft | None:
    """Store a reply draft for approval (one per message); None when no reply is due.

    `model`: an optional chat model (chat_llm.make_chat_model) that rewrites the template
    text; None keeps it. `plan_limits` and `today`: a payment-plan request gets a schedule
    within these limits (without them, the reply says a collector will propose one).
    """
    if customer is None or customer.legal_hold is not None:
        return None
    extra: dict[str, Any] = {}
    if facts.intent == "payment_plan_request" and plan_limits is not None and today is not None:
        outcome = propose_plan(_plan_invoices(session, customer, facts.invoices),
                               facts.plan_terms, plan_limits, today)
        facts = replace(facts, plan=outcome)
        extra["payment_plan"] = plan_evidence(outcome, facts.plan_terms, plan_limits)
    rendered = render_reply(facts)
    if rendered is None:
        return None
    grounding = reply_grounding(session, facts, model)
    rewrite = rewrite_draft(model, rendered.body, grounding, rendered.language, "courteous")
    attachments: list[dict[str, object]] = []
    if facts.intent == "document_request":
        attachments = [{"filename": f"invoice-{n.replace('/', '-')}.pdf", "kind": "invoice_copy",
                        "invoice": n} for n in facts.invoices] or [
            {"filename": f"statement-{customer.customer_id}.pdf", "kind": "statement"}]
    draft = Draft(customer_pk=customer.id, message_pk=message.id, kind="reply",
                  in_reply_to=message.message_id, language=rendered.language, to=to,
                  subject=rendered.subject, body=rewrite.text, status="drafted",
                  attachments=attachments,
                  evidence={"template": f"{rendered.language}/{facts.intent}",
                            "intent": facts.intent, "llm": rewrite.used_llm,
                            "llm_problems": list(rewrite.problems),
                            "compliance": check_draft(rewrite.text, grounding), **extra})
    session.add(draft)
    session.flush()
    audit.record(session, actor, "draft_created", "draft", draft.id, kind="reply",
                 template=f"{rendered.language}/{facts.intent}")
    return draft
