"""`arbox dunning run`: load every customer's state from the ledger, plan today's reminders
with assistant.dunning, draft them for approval and record the level reached.

Idempotent: a level's email is drafted once; running twice the same day drafts nothing new.
A settled account resets to level 0, as a classic ERP dunning set-up does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from assistant.templates import Rendered, render

from assistant.compliance import Grounding, check_draft
from assistant.draft_rewrite import rewrite_draft
from assistant.dunning import (CustomerState, DunningPlan, DunningPolicy, InvoiceState,
                               plan_customer, is_settled)
from ledger import audit
from ledger.clock import now_utc
from ledger.models import Customer, Draft, DunningState, Invoice, Promise
from ledger.money import decimal_str

ACTOR = "dunning"


@dataclass(frozen=True, slots=True)
class DunningOutcome:
    customer_id: str
    draft_id: int | None
    level: int | None
    reasons: tuple[str, ...]


def _states(session: Session, policy: DunningPolicy, today: date
            ) -> list[tuple[Customer, CustomerState, DunningState | None]]:
    customers = session.scalars(select(Customer).options(
        selectinload(Customer.contacts)).order_by(Customer.customer_id)).all()
    invoices: dict[int, list[Invoice]] = defaultdict(list)
    for inv in session.scalars(select(Invoice).where(Invoice.open_amount > Decimal(0))):
        invoices[inv.customer_pk].append(inv)
    promised: dict[int, date] = {}
    for p in session.scalars(select(Promise).where(Promise.status == "open",
                                                   Promise.invoice_pk.is_not(None))):
        if p.promised_date and p.invoice_pk is not None:
            promised[p.invoice_pk] = max(p.promised_date, promised.get(p.invoice_pk, p.promised_date))
    customer_promises: dict[int, date] = {}
    for p in session.scalars(select(Promise).where(Promise.status == "open",
                                                   Promise.invoice_pk.is_(None))):
        if p.promised_date:
            customer_promises[p.customer_pk] = max(p.promised_date, customer_promises.get(
                p.customer_pk, p.promised_date))
    states = {s.customer_pk: s for s in session.scalars(select(DunningState))}
    since = now_utc() - timedelta(days=policy.period_days)
    sent = dict(session.execute(select(Draft.customer_pk, func.count())
                                .where(Draft.kind == "dunning", Draft.status == "sent",
                                       Draft.sent_at >= since)
                                .group_by(Draft.customer_pk)).all())
    out = []
    for c in customers:
        st = states.get(c.id)
        inv_states = tuple(InvoiceState(
            invoice_number=i.invoice_number, currency=i.currency, amount=i.amount,
            open_amount=i.open_amount, issue_date=i.issue_date, due_date=i.due_date,
            on_hold_reason=i.on_hold_reason,
            promised_date=promised.get(i.id, customer_promises.get(c.id)),
            level=i.dunning_level) for i in invoices.get(c.id, []))
        out.append((c, CustomerState(
            customer_id=c.customer_id, name=c.name, language=c.language,
            excluded=c.excluded_from_dunning, legal_hold=c.legal_hold,
            paused_until=c.reminders_paused_until,
            contacts=tuple((ct.email, ct.status) for ct in sorted(c.contacts, key=lambda x: x.id)),
            invoices=inv_states, level=st.level if st else 0,
            sent_in_period=sent.get(c.id, 0)), st))
    return out


def _payment_details(settings_company: dict[str, str], language: str) -> str:
    if not settings_company.get("iban"):
        return ""
    label = "Coordonnées bancaires" if language == "fr" else "Bank details"
    return f"{label}: IBAN {settings_company['iban']} BIC {settings_company.get('bic', '')}\n"


def render_dunning(plan: DunningPlan, customer_name: str, language: str | None, today: date,
                   company: dict[str, str]) -> Rendered:
    assert plan.level is not None
    invoices = [{"number": i.invoice_number, "due_date": i.due_date.isoformat(),
                 "open_amount": decimal_str(i.open_amount), "currency": i.currency,
                 "days_overdue": (today - i.due_date).days} for i in plan.invoices]
    totals = [f"{decimal_str(v)} {k}" for k, v in sorted(plan.totals.items())]
    lang = language if language in ("en", "fr") else "en"
    return render("dunning", lang, plan.level.template, customer_name=customer_name,
                  company_name=company["name"], invoices=invoices, totals=totals,
                  payment_details=_payment_details(company, lang))


def run_dunning(session: Session, policy: DunningPolicy, today: date,
                company: dict[str, str], known_numbers: frozenset[str] | None = None,
                model: Any = None) -> list[DunningOutcome]:
    """`model`: an optional chat model (chat_llm.make_chat_model) that rewrites each draft;
    None keeps the template text."""
    outcomes: list[DunningOutcome] = []
    for customer, state, row in _states(session, policy, today):
        if is_settled(state):
            if row is not None and row.level != 0:
                audit.record(session, ACTOR, "dunning_reset", "customer", customer.id,
                             previous_level=row.level, reason="account settled")
                row.level, row.level_name, row.level_date = 0, None, None
                row.drafted_at = row.approved_at = row.sent_at = None
                for inv in customer.invoices:
                    inv.dunning_level = 0
            continue
        for plan in plan_customer(state, policy, today):
            if plan.level is None:
                outcomes.append(DunningOutcome(state.customer_id, None, None, plan.skipped))
                continue
            draft = _draft(session, customer, plan, today, company, known_numbers, model)
            outcomes.append(DunningOutcome(state.customer_id, draft.id, plan.level.level,
                                           plan.skipped))
            if row is None:
                row = DunningState(customer_pk=customer.id)
                session.add(row)
            if policy.scope == "customer" or plan.level.level > row.level:
                row.level, row.level_name = plan.level.level, plan.level.name
            row.level_date, row.drafted_at = today, now_utc()
            row.approved_at = row.sent_at = None
            row.last_draft_pk = draft.id
            if plan.level.auto_send:
                draft.status = "approved"
                draft.decided_by, draft.decided_at = "policy:auto_send", now_utc()
                row.approved_at = now_utc()
                audit.record(session, ACTOR, "draft_approved", "draft", draft.id,
                             by="policy:auto_send")
    return outcomes


def _draft(session: Session, customer: Customer, plan: DunningPlan, today: date,
           company: dict[str, str], known_numbers: frozenset[str] | None,
           model: Any = None) -> Draft:
    assert plan.level is not None
    rendered = render_dunning(plan, customer.name, customer.language, today, company)
    facts = Grounding(invoice_numbers=frozenset(i.invoice_number for i in plan.invoices),
                      amounts=frozenset([*(i.open_amount for i in plan.invoices),
                                         *plan.totals.values()]),
                      dates=frozenset(i.due_date for i in plan.invoices),
                      known_numbers=known_numbers or frozenset())
    rewrite = rewrite_draft(model, rendered.body, facts, rendered.language, plan.level.tone)
    problems = check_draft(rewrite.text, facts)
    attachments = [{"filename": f"statement-{customer.customer_id}-{today.isoformat()}.pdf",
                    "kind": "statement", "invoices": [i.invoice_number for i in plan.invoices]}]
    draft = Draft(customer_pk=customer.id, kind="dunning", in_reply_to=None,
                  language=rendered.language, to=plan.to, subject=rendered.subject,
                  body=rewrite.text, status="drafted", attachments=attachments,
                  dunning_level=plan.level.level,
                  evidence={"level": plan.level.level, "level_name": plan.level.name,
                            "tone": plan.level.tone, "template": plan.level.template,
                            "invoices": [i.invoice_number for i in plan.invoices],
                            "open_amounts": {i.invoice_number: decimal_str(i.open_amount)
                                             for i in plan.invoices},
                            "notes": list(plan.skipped), "compliance": problems,
                            "llm": rewrite.used_llm, "llm_problems": list(rewrite.problems)})
    session.add(draft)
    session.flush()
    for inv in customer.invoices:
        if inv.invoice_number in draft.evidence["invoices"]:
            inv.dunning_level = max(inv.dunning_level, plan.level.level)
    audit.record(session, ACTOR, "draft_created", "draft", draft.id, kind="dunning",
                 level=plan.level.level, invoices=draft.evidence["invoices"])
    return draft
