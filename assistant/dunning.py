"""Dunning policy and the decision of what reminder each customer gets today, and when the
worker's daily run is due.

Pure: the policy comes from TOML, the ledger as `CustomerState` snapshots, today (or now) as an
argument. The service (assistant.dunning_service) loads the snapshots and stores the drafts.
"""
from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.payment_plans import PlanLimits
from assistant.tone import TONES, PaymentHistory, ToneRules
from ledger.errors import InputError


@dataclass(frozen=True, slots=True)
class DunningLevel:
    level: int
    name: str
    days: int  # relative to the due date; negative: before it
    tone: str
    template: str
    auto_send: bool = False


@dataclass(frozen=True, slots=True)
class DunningPolicy:
    levels: tuple[DunningLevel, ...]
    scope: str = "customer"  # customer / invoice
    minimum_amount: Decimal = Decimal("10.00")
    max_emails_per_period: int = 2
    period_days: int = 14
    default_timezone: str = "Europe/Paris"
    window_weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    window_start: time = time(8, 0)
    window_end: time = time(18, 0)
    payment_plans: PlanLimits = PlanLimits()
    tone_rules: ToneRules = ToneRules()

    def level_for(self, days_from_due: int) -> DunningLevel | None:
        reached = [lv for lv in self.levels if days_from_due >= lv.days]
        return max(reached, key=lambda lv: lv.level) if reached else None

    def by_number(self, level: int) -> DunningLevel | None:
        return next((lv for lv in self.levels if lv.level == level), None)


def load_policy(path: Path | None = None) -> DunningPolicy:
    """Read a policy file (or the one shipped with arbox); errors name the file and the key."""
    source = str(path) if path else "assistant/policies/default.toml"
    try:
        text = (path.read_text("utf-8") if path else
                (files("assistant") / "policies" / "default.toml").read_text("utf-8"))
        raw = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{source}: cannot read the dunning policy: {exc}") from exc
    try:
        levels = tuple(sorted((DunningLevel(level=int(lv["level"]), name=str(lv["name"]),
                                            days=int(lv["days"]), tone=str(lv["tone"]),
                                            template=str(lv["template"]),
                                            auto_send=bool(lv.get("auto_send", False)))
                               for lv in raw["levels"]), key=lambda lv: lv.level))
        window = raw.get("contact_window", {})
        policy = DunningPolicy(
            levels=levels, scope=str(raw.get("scope", "customer")),
            minimum_amount=Decimal(str(raw.get("minimum_amount", "10.00"))),
            max_emails_per_period=int(raw.get("max_emails_per_period", 2)),
            period_days=int(raw.get("period_days", 14)),
            default_timezone=str(raw.get("default_timezone", "Europe/Paris")),
            window_weekdays=tuple(int(d) for d in window.get("weekdays", (0, 1, 2, 3, 4))),
            window_start=time.fromisoformat(window.get("start", "08:00")),
            window_end=time.fromisoformat(window.get("end", "18:00")),
            payment_plans=_plan_limits(raw.get("payment_plans", {})),
            tone_rules=_tone_rules(raw.get("tone", {})))
    except (KeyError, ValueError, TypeError, ArithmeticError) as exc:
        raise InputError(f"{source}: invalid dunning policy: {exc!r}") from exc
    for lv in policy.levels:
        if lv.tone not in TONES:
            raise InputError(f"{source}: level {lv.level}: tone must be one of {', '.join(TONES)}")
    if policy.scope not in ("customer", "invoice"):
        raise InputError(f'{source}: scope must be "customer" or "invoice"')
    plans = policy.payment_plans
    if plans.max_instalments < 2 or plans.max_months < 1 or plans.min_instalment_amount < 0 \
            or plans.first_instalment_within_days < 0 or plans.default_instalments < 2:
        raise InputError(f"{source}: [payment_plans]: max_instalments and default_instalments "
                         f"must be at least 2, max_months at least 1, the others not negative")
    try:
        ZoneInfo(policy.default_timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"{source}: default_timezone {policy.default_timezone!r} is not a "
                         f"time zone (e.g. Europe/Paris)") from exc
    return policy


def _plan_limits(raw: dict[str, Any]) -> PlanLimits:
    d = PlanLimits()
    return PlanLimits(
        max_instalments=int(raw.get("max_instalments", d.max_instalments)),
        min_instalment_amount=Decimal(str(raw.get("min_instalment_amount",
                                                  d.min_instalment_amount))),
        max_months=int(raw.get("max_months", d.max_months)),
        first_instalment_within_days=int(raw.get("first_instalment_within_days",
                                                 d.first_instalment_within_days)),
        default_instalments=int(raw.get("default_instalments", d.default_instalments)),
        interest_free=bool(raw.get("interest_free", d.interest_free)))


def _tone_rules(raw: dict[str, Any]) -> ToneRules:
    d = ToneRules()
    return ToneRules(**{name: int(raw.get(name, getattr(d, name)))
                        for name in ToneRules.__dataclass_fields__})


def parse_schedule(text: str | None) -> time | None:
    """ARBOX_DUNNING_SCHEDULE: "HH:MM" (local time in the policy's time zone), or empty for
    no daily run."""
    if text is None or not text.strip():
        return None
    try:
        return time.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"ARBOX_DUNNING_SCHEDULE={text!r} is not a time: write HH:MM (e.g. "
                         f"07:00), or leave it empty to turn the daily dunning run off") from exc


def scheduled_run_date(now_utc: datetime, at: time, timezone: str,
                       pinned_today: date | None = None) -> date | None:
    """The day whose dunning run is due at `now_utc`, or None before `at` local time.

    `pinned_today` (ARBOX_TODAY) names the day, as it does for every command; the time of day
    still comes from the clock."""
    assert now_utc.tzinfo is not None, "now_utc must be aware"
    local = now_utc.astimezone(ZoneInfo(timezone))
    if local.time() < at:
        return None
    return pinned_today or local.date()


@dataclass(frozen=True, slots=True)
class InvoiceState:
    invoice_number: str
    currency: str
    amount: Decimal
    open_amount: Decimal
    issue_date: date
    due_date: date
    on_hold_reason: str | None = None
    promised_date: date | None = None  # latest open promise covering it
    level: int = 0  # invoice-level dunning reached


@dataclass(frozen=True, slots=True)
class CustomerState:
    customer_id: str
    name: str
    language: str | None
    excluded: bool
    legal_hold: str | None
    paused_until: date | None
    contacts: tuple[tuple[str, str], ...]  # (email, status)
    invoices: tuple[InvoiceState, ...]
    level: int  # customer-level dunning reached
    sent_in_period: int  # dunning emails sent within the policy's period
    history: PaymentHistory = PaymentHistory()  # for the tone (assistant.tone)


@dataclass(frozen=True, slots=True)
class DunningPlan:
    """One reminder to draft, or why none is due."""

    customer_id: str
    level: DunningLevel | None
    invoices: tuple[InvoiceState, ...] = ()
    to: str | None = None
    totals: dict[str, Decimal] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # reasons, in words a collector understands


def is_settled(c: CustomerState) -> bool:
    return all(i.open_amount <= 0 for i in c.invoices)


def plan_customer(c: CustomerState, policy: DunningPolicy, today: date) -> list[DunningPlan]:
    """What to draft for one customer today; a plan with level None carries the reasons."""
    def skip(*reasons: str) -> list[DunningPlan]:
        return [DunningPlan(c.customer_id, None, skipped=reasons)]

    if c.legal_hold:
        return skip(f"legal hold ({c.legal_hold.replace('_', ' ')}): no collection until a "
                    f"collector lifts it")
    if c.excluded:
        return skip("customer is excluded from dunning")
    if c.paused_until and c.paused_until >= today:
        return skip(f"contact is away until {c.paused_until.isoformat()}")
    if c.sent_in_period >= policy.max_emails_per_period:
        return skip(f"{c.sent_in_period} reminders already sent in the last "
                    f"{policy.period_days} days")
    reasons: list[str] = []
    eligible: list[tuple[InvoiceState, DunningLevel]] = []
    for inv in c.invoices:
        if inv.open_amount <= 0:
            continue
        level = policy.level_for((today - inv.due_date).days)
        if level is None:
            continue
        if inv.on_hold_reason:
            reasons.append(f"{inv.invoice_number} on hold ({inv.on_hold_reason})")
            continue
        if inv.promised_date and inv.promised_date >= today:
            reasons.append(f"{inv.invoice_number} promised for {inv.promised_date.isoformat()}")
            continue
        eligible.append((inv, level))
    if not eligible:
        return skip(*(reasons or ["nothing due for a reminder"]))
    to = next((email for email, status in c.contacts if status == "active"), None)
    if to is None:
        return skip(*reasons, "no active contact (all bounced or do-not-contact)")
    groups: list[tuple[DunningLevel, list[InvoiceState]]]
    if policy.scope == "customer":
        top = max((lv for _, lv in eligible), key=lambda lv: lv.level)
        if top.level <= c.level:
            return skip(*reasons, f"level {c.level} already reached")
        groups = [(top, [inv for inv, _ in eligible])]
    else:
        groups = [(lv, [inv]) for inv, lv in eligible if lv.level > inv.level]
        if not groups:
            return skip(*reasons, "each invoice's current level already reached")
    plans = []
    for level, invoices in groups:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for inv in invoices:
            totals[inv.currency] += inv.open_amount
        if all(t < policy.minimum_amount for t in totals.values()):
            reasons.append(f"total due below the minimum of {policy.minimum_amount}")
            continue
        plans.append(DunningPlan(c.customer_id, level, tuple(invoices), to, dict(totals),
                                 tuple(reasons)))
    return plans or skip(*reasons)
