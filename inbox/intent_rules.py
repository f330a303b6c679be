"""Every intent rule, grouped by where it applies, and the label vocabulary.

Data only. The phrase families live in intent_legal (insolvency_notice, cease_contact),
intent_payment (remittance_advice, already_paid, promise_to_pay, payment_plan_request),
intent_mail (document_request, contact_update, auto_reply, bounce) and disputes (dispute).
The pattern language is described in intent_engine.
"""
from __future__ import annotations

from inbox.disputes import DISPUTE_RULES
from inbox.intent_engine import Rule
from inbox.intent_legal import CEASE_CONTACT, INSOLVENCY
from inbox.intent_mail import AUTO_REPLY, BOUNCE, CONTACT_UPDATE, DOCUMENT_REQUEST, SUBJECT_ONLY
from inbox.intent_payment import ALREADY_PAID, PAYMENT_HINTS, PAYMENT_PLAN, PROMISE, REMITTANCE

# Tie-breaking order for the primary intent: the legal labels first (they stop all
# collection), then what changes what a collector does next.
LABELS = (
    "insolvency_notice",
    "cease_contact",
    "bounce",
    "auto_reply",
    "dispute",
    "remittance_advice",
    "already_paid",
    "promise_to_pay",
    "payment_plan_request",
    "document_request",
    "contact_update",
    "other",
)
LEGAL_LABELS = frozenset({"insolvency_notice", "cease_contact"})

BODY_RULES: tuple[Rule, ...] = (
    INSOLVENCY
    + CEASE_CONTACT
    + DISPUTE_RULES
    + REMITTANCE
    + PAYMENT_HINTS
    + ALREADY_PAID
    + PROMISE
    + PAYMENT_PLAN
    + DOCUMENT_REQUEST
    + CONTACT_UPDATE
    + AUTO_REPLY
    + BOUNCE
)
SUBJECT_RULES: tuple[Rule, ...] = BODY_RULES + SUBJECT_ONLY
