"""Optional LLM second reading of a customer's message (issue 3).

When ARBOX_LLM_BASE_URL points to an OpenAI-compatible endpoint, a message the offline reader
is unsure of is sent here: one structured-output call (LangChain, function calling) returns a
reading in the contract's terms. This module only asks; inbox/second_reading.py decides what of
the answer may be used (labels in the taxonomy, invoices of that customer, amounts that appear
in the text). Any error or timeout raises to the caller, which keeps the offline result.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

INTENTS = ("remittance_advice", "promise_to_pay", "dispute", "already_paid",
           "payment_plan_request", "document_request", "contact_update", "auto_reply", "bounce",
           "insolvency_notice", "cease_contact", "other")
REASONS = ("invoice_not_received", "duplicate_billing", "not_received_goods", "damaged",
           "quantity", "pricing", "tax", "other")
MAX_TEXT = 6000


class MessageReading(BaseModel):
    """What the customer's email means, in arbox's terms."""

    primary_intent: str = Field(description="The main intent: one of " + ", ".join(INTENTS))
    intents: list[str] = Field(description="Every intent present, primary first")
    invoice_refs: list[str] = Field(default_factory=list, description=(
        "Invoice numbers the customer refers to, written as in the list of the customer's "
        "invoices"))
    promised_date: str | None = Field(None, description=(
        "ISO date (YYYY-MM-DD) by which the customer promises to pay, or null"))
    promised_amount: str | None = Field(None, description=(
        "Amount promised, digits with a dot for decimals, or null"))
    dispute_reason: str | None = Field(None, description="If disputing: one of " +
                                       ", ".join(REASONS))


def system_prompt() -> str:
    return (
        "You read emails that customers send to a supplier's accounts-receivable team, usually "
        "replies to payment reminders. Classify the customer's own words (not the quoted "
        "reminder) and extract facts. Intents: remittance_advice (a payment made, with what "
        "it covers), already_paid (claims an invoice was paid), promise_to_pay, "
        "payment_plan_request, dispute, document_request, contact_update, auto_reply, bounce, "
        "insolvency_notice (administration, liquidation, bankruptcy proceedings), "
        "cease_contact (asks to stop contacting them or to go through a lawyer), other. "
        "Resolve relative dates against the message date. Use only invoice numbers from the "
        "list given; never invent numbers or amounts.")


def user_prompt(own_text: str, subject: str, sent: date | None, language: str | None,
                invoices: list[str]) -> str:
    listed = ", ".join(invoices[:200]) if invoices else "(customer unknown)"
    return (f"Message date: {sent.isoformat() if sent else 'unknown'}\n"
            f"Language: {language or 'unknown'}\n"
            f"Customer's open and recent invoices: {listed}\n"
            f"Subject: {subject}\n\n"
            f"Customer's own words:\n{own_text[:MAX_TEXT]}")


def read_message(model: Any, own_text: str, subject: str, sent: date | None,
                 language: str | None, invoices: list[str]) -> dict[str, Any]:
    """The model's reading as a plain dict; raises on any error (the caller falls back)."""
    structured = model.with_structured_output(MessageReading, method="function_calling")
    reading = structured.invoke([
        ("system", system_prompt()),
        ("human", user_prompt(own_text, subject, sent, language, invoices)),
    ])
    if isinstance(reading, MessageReading):
        return reading.model_dump()
    if isinstance(reading, dict):
        return MessageReading.model_validate(reading).model_dump()
    raise ValueError(f"unexpected answer of type {type(reading).__name__}")
