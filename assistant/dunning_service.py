"""`arbox dunning run` and the worker's daily run: load every customer's state from the ledger,
plan today's reminders with assistant.dunning, draft them for approval (in the tone the level
and the customer's history call for, assistant.tone) and record the level reached.

Idempotent: a level's email is drafted once; running twice the same day drafts nothing new.
A settled account resets to level 0, as a classic ERP dunning set-up does.
`DailyDunning` is the worker's scheduled job: once a day, among all workers sharing the ledger.
"""
from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload, sessionmaker

from assistant.templates import Rendered, render

from assistant.compliance import Grounding, check_draft
from assistant.draft_rewrite import rewrite_draft
from assistant.dunning import (CustomerState, DunningPlan, DunningPolicy, InvoiceState,
                               plan_customer, is_settled, scheduled_run_date)
from assistant.promises import PromiseReview, review_promises
from assistant.tone import PaymentHistory, ToneRules, choose_tone
from ledger import audit
from ledger.clock import now_utc
from ledger.db import transaction
from ledger.models import (Application, Customer, Draft, DunningState, Invoice, Payment, Promise,
                           ScheduledRun)
from ledger.money import decimal_str

log = logging.getLogger(__name__)

ACTOR = "dunning"
APPLIED = ("auto_applied", "confirmed")


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
    history = _histories(session, policy.tone_rules, today)
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
            sent_in_period=sent.get(c.id, 0),
            history=history.get(c.id, PaymentHistory())), st))
    return out


def _histories(session: Session, rules: ToneRules, today: date) -> dict[int, PaymentHistory]:
    """Per customer, within the rules' window: promises broken (or partly kept), and invoices
    paid in full on time or late (paid on the last applied payment's value date). Invoices
    with no applied payment (imported as paid) say nothing about timeliness: not counted."""
    since = today - timedelta(days=rules.history_days)
    broken: dict[int, int] = defaultdict(int)
    for customer_pk, promised_date, created_at in session.execute(
            select(Promise.customer_pk, Promise.promised_date, Promise.created_at)
            .where(Promise.status.in_(("broken", "partial")))):
        if (promised_date or created_at.date()) >= since:
            broken[customer_pk] += 1
    paid_on: dict[int, tuple[int, date, date]] = {}  # invoice → customer, due, paid
    for inv_pk, customer_pk, due_date, value_date, created_at in session.execute(
            select(Invoice.id, Invoice.customer_pk, Invoice.due_date, Payment.value_date,
                   Application.created_at)
            .join(Application, Application.invoice_pk == Invoice.id)
            .join(Payment, Payment.id == Application.payment_pk)
            .where(Invoice.open_amount <= 0, Invoice.due_date >= since,
                   Application.status.in_(APPLIED))):
        paid = value_date or created_at.date()
        previous = paid_on.get(inv_pk)
        paid_on[inv_pk] = (customer_pk, due_date, max(paid, previous[2]) if previous else paid)
    on_time: dict[int, int] = defaultdict(int)
    late: dict[int, int] = defaultdict(int)
    for customer_pk, due_date, paid in paid_on.values():
        if paid > due_date + timedelta(days=rules.late_grace_days):
            late[customer_pk] += 1
        else:
            on_time[customer_pk] += 1
    return {pk: PaymentHistory(broken_promises=broken.get(pk, 0), paid_on_time=on_time.get(pk, 0),
                               paid_late=late.get(pk, 0))
            for pk in set(broken) | set(on_time) | set(late)}


def _payment_details(settings_company: dict[str, str], language: str) -> str:
    if not settings_company.get("iban"):
        return ""
    label = "Coordonnées bancaires" if language == "fr" else "Bank details"
    return f"{label}: IBAN {settings_company['iban']} BIC {settings_company.get('bic', '')}\n"


def render_dunning(plan: DunningPlan, customer_name: str, language: str | None, today: date,
                   company: dict[str, str], tone: str | None = None) -> Rendered:
    """The level's template, worded for `tone` (default: the level's own)."""
    assert plan.level is not None
    invoices = [{"number": i.invoice_number, "due_date": i.due_date.isoformat(),
                 "open_amount": decimal_str(i.open_amount), "currency": i.currency,
                 "days_overdue": (today - i.due_date).days} for i in plan.invoices]
    totals = [f"{decimal_str(v)} {k}" for k, v in sorted(plan.totals.items())]
    lang = language if language in ("en", "fr") else "en"
    return render("dunning", lang, plan.level.template, customer_name=customer_name,
                  company_name=company["name"], invoices=invoices, totals=totals,
                  payment_details=_payment_details(company, lang),
                  tone=tone or plan.level.tone)


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
            draft = _draft(session, customer, plan, today, company, known_numbers, model,
                           state.history, policy.tone_rules)
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
           model: Any = None, history: PaymentHistory = PaymentHistory(),
           tone_rules: ToneRules = ToneRules()) -> Draft:
    assert plan.level is not None
    tone, tone_reasons = choose_tone(plan.level.tone, history, tone_rules)
    rendered = render_dunning(plan, customer.name, customer.language, today, company, tone)
    facts = Grounding(invoice_numbers=frozenset(i.invoice_number for i in plan.invoices),
                      amounts=frozenset([*(i.open_amount for i in plan.invoices),
                                         *plan.totals.values()]),
                      dates=frozenset(i.due_date for i in plan.invoices),
                      known_numbers=known_numbers or frozenset())
    rewrite = rewrite_draft(model, rendered.body, facts, rendered.language, tone)
    problems = check_draft(rewrite.text, facts)
    attachments = [{"filename": f"statement-{customer.customer_id}-{today.isoformat()}.pdf",
                    "kind": "statement", "invoices": [i.invoice_number for i in plan.invoices]}]
    draft = Draft(customer_pk=customer.id, kind="dunning", in_reply_to=None,
                  language=rendered.language, to=plan.to, subject=rendered.subject,
                  body=rewrite.text, status="drafted", attachments=attachments,
                  dunning_level=plan.level.level,
                  evidence={"level": plan.level.level, "level_name": plan.level.name,
                            "tone": tone, "level_tone": plan.level.tone,
                            "tone_reasons": list(tone_reasons),
                            "history": {"broken_promises": history.broken_promises,
                                        "paid_on_time": history.paid_on_time,
                                        "paid_late": history.paid_late},
                            "template": plan.level.template,
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
                 level=plan.level.level, tone=tone, invoices=draft.evidence["invoices"])
    return draft


def dunning_day(session: Session, policy: DunningPolicy, today: date, company: dict[str, str],
                model: Any = None) -> tuple[list[PromiseReview], list[DunningOutcome]]:
    """One day's dunning: review promises whose date has passed (a broken one lets dunning
    resume), then draft today's reminders."""
    reviewed = review_promises(session, today)
    known = frozenset(session.scalars(select(Invoice.invoice_number)))
    return reviewed, run_dunning(session, policy, today, company, known, model)


# --- the worker's daily run -----------------------------------------------------------------

JOB = "dunning"
SCHEDULER = "scheduler"
# PostgreSQL: a worker that finds the day's run in progress elsewhere skips it at once instead
# of waiting on the unique key until the other commits.
_LOCK_KEY = int.from_bytes(hashlib.sha256(b"arbox:scheduled_runs:dunning").digest()[:8], "big",
                           signed=True)


@dataclass(frozen=True, slots=True)
class ScheduledOutcome:
    run_date: date
    # done; already_done (by this worker or another); busy (running elsewhere); failed
    status: str
    drafted: int = 0
    reviewed: int = 0
    error: str | None = None


def _claim(session: Session, run_date: date, worker: str) -> ScheduledRun | None:
    """Insert the day's row; None when it exists (the run is done, or running elsewhere)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        if not session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": _LOCK_KEY}):
            return None
        insert = pg_insert
    else:
        insert = sqlite_insert  # one writer at a time: the INSERT waits for the other's commit
    inserted = session.execute(insert(ScheduledRun).values(
        job=JOB, run_date=run_date, worker=worker, started_at=now_utc(), detail={})
        .on_conflict_do_nothing()).rowcount
    if not inserted:
        return None
    return session.scalars(select(ScheduledRun).where(ScheduledRun.job == JOB,
                                                      ScheduledRun.run_date == run_date)).one()


class DailyDunning:
    """The worker's scheduled job (`arbox worker` injects it): once a day, at `at` local time
    in the policy's time zone, the same run as `arbox dunning run`.

    Once per day among every worker sharing the ledger, across restarts: the run and its
    `scheduled_runs` row (unique per job and day) commit in one transaction, so exactly one
    worker's row lands; the others find it and skip. A failed run rolls back (no row), is
    logged and audited, and is tried again on the worker's next loop.
    """

    def __init__(self, factory: sessionmaker[Session], policy: DunningPolicy,
                 company: dict[str, str], at: time, worker: str,
                 clock: Callable[[], datetime] = now_utc, pinned_today: date | None = None,
                 model: Any = None):
        self.factory = factory
        self.policy = policy
        self.company = company
        self.at = at
        self.worker = worker
        self.clock = clock
        self.pinned_today = pinned_today
        self.model = model
        self._done: date | None = None  # the last day known done: no query until the next

    def __call__(self) -> ScheduledOutcome | None:
        """Run the day's dunning if it is due and not done yet; None when there is nothing to do."""
        run_date = scheduled_run_date(self.clock(), self.at, self.policy.default_timezone,
                                      self.pinned_today)
        if run_date is None or run_date == self._done:
            return None
        with self.factory() as session:
            if session.scalar(select(ScheduledRun.id).where(
                    ScheduledRun.job == JOB, ScheduledRun.run_date == run_date)) is not None:
                self._done = run_date
                return ScheduledOutcome(run_date, "already_done")
        try:
            with transaction(self.factory) as session:
                row = _claim(session, run_date, self.worker)
                if row is None:
                    done = session.scalar(select(ScheduledRun.id).where(
                        ScheduledRun.job == JOB, ScheduledRun.run_date == run_date))
                    if done is None:
                        return ScheduledOutcome(run_date, "busy")
                    self._done = run_date
                    return ScheduledOutcome(run_date, "already_done")
                reviewed, outcomes = dunning_day(session, self.policy, run_date, self.company,
                                                 self.model)
                drafted = [o.draft_id for o in outcomes if o.draft_id]
                row.finished_at = now_utc()
                row.detail = {"drafts": drafted, "promises_reviewed": len(reviewed)}
                audit.record(session, SCHEDULER, "scheduled_run_done", "scheduled_run", row.id,
                             job=JOB, run_date=run_date.isoformat(), worker=self.worker,
                             drafted=len(drafted), promises_reviewed=len(reviewed))
        # The worker's edge (style guide §6): a failed run must not stop the worker reading
        # mail. Its transaction rolled back, so no row: the next loop tries again.
        except Exception as exc:  # noqa: BLE001
            error = f"{type(exc).__name__}: {exc}"[:2000]
            log.exception("scheduled dunning run for %s failed; retrying on the next loop",
                          run_date.isoformat())
            try:
                with transaction(self.factory) as session:
                    audit.record(session, SCHEDULER, "scheduled_run_failed", "scheduled_run",
                                 None, job=JOB, run_date=run_date.isoformat(),
                                 worker=self.worker, error=error)
            except Exception:  # noqa: BLE001 - the ledger itself is down: the log has it
                log.exception("could not record the failed dunning run in the audit log")
            return ScheduledOutcome(run_date, "failed", error=error)
        self._done = run_date
        log.info("scheduled dunning run %s: %d draft(s)", run_date.isoformat(), len(drafted))
        return ScheduledOutcome(run_date, "done", drafted=len(drafted), reviewed=len(reviewed))
