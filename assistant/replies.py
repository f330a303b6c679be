"""Draft the reply a collector would write to one analysed message, from prompts/ templates.

Pure rendering (`render_reply`) plus `draft_reply`, which stores the draft for approval.
No reply to auto-replies, bounces, legal notices or messages of no intent: those become tasks.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance import Grounding
from assistant.draft_rewrite import rewrite_draft
from assistant.templates import LANGUAGES, render

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
    out = render("replies", language, facts.intent,
        subject=subject or "your account", customer_name=facts.customer_name,
        company_name=facts.company_name, invoices=list(facts.invoices),
        applied=list(facts.applied),
        promised_date=format_date(facts.promised_date, language) if facts.promised_date else None,
        promised_amount=amount,
        reason_text=_REASONS[language].get(facts.dispute_reason or "other", "query"))
    return RenderedReply(out.language, out.subject, out.body)


def reply_grounding(session: Session, facts: ReplyFacts, model: Any) -> Grounding:
    """What a reply may state; the ledger's invoice numbers are loaded only for a model, so
    the offline path runs no extra query."""
    known = (frozenset(session.scalars(select(Invoice.invoice_number))) if model is not None
             else frozenset())
    return Grounding(
        invoice_numbers=frozenset((*facts.invoices, *facts.applied)),
        amounts=frozenset([facts.promised_amount] if facts.promised_amount is not None else []),
        dates=frozenset([facts.promised_date] if facts.promised_date else []),
        known_numbers=known)


def draft_reply(session: Session, message: Message, customer: Customer | None, to: str | None,
                facts: ReplyFacts, actor: str = "assistant", model: Any = None) -> Draft | None:
    """Store a reply draft for approval (one per message); None when no reply is due.

    `model`: an optional chat model (chat_llm.make_chat_model) that rewrites the template
    text; None keeps it.
    """
    if customer is None or customer.legal_hold is not None:
        return None
    rendered = render_reply(facts)
    if rendered is None:
        return None
    rewrite = rewrite_draft(model, rendered.body, reply_grounding(session, facts, model),
                            rendered.language, "courteous")
    attachments: list[dict[str, object]] = []
    if facts.intent == "document_request":
        attachments = [{"filename": f"invoice-{n.replace('/', '-')}.pdf", "kind": "invoice_copy",
                        "invoice": n} for n in facts.invoices] or [
            {"filename": f"statement-{customer.customer_id}.pdf", "kind": "statement"}]
    draft = Draft(customer_pk=customer.id, message_pk=message.id, kind="reply",
                  in_reply_to=message.message_id, language=rendered.language, to=to,
                  subject=rendered.subject, body=rewrite.text, status="drafted",
                  attachments=attachments, evidence={"template": f"{rendered.language}/{facts.intent}",
                                            "intent": facts.intent, "llm": rewrite.used_llm,
                                            "llm_problems": list(rewrite.problems)})
    session.add(draft)
    session.flush()
    audit.record(session, actor, "draft_created", "draft", draft.id, kind="reply",
                 template=f"{rendered.language}/{facts.intent}")
    return draft
