"""Payment-plan proposals within the policy's limits (issue 6).

Pure: the open invoices, the terms the customer proposed and today in; a `Plan` whose
instalments sum exactly to the open amount, or a `Refusal` saying why none can be offered.
assistant.replies renders the plan in the reply draft, which a collector approves before it is
sent: the draft proposes, the collector decides.

The terms are those the understanding stage extracted (inbox.plan_terms: number of
instalments, amounts, dates, frequency); cli.pipeline hands them over as `RequestedTerms`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal

from dateutil.relativedelta import relativedelta

from ledger.money import decimal_str, minor_unit


@dataclass(frozen=True, slots=True)
class PlanLimits:
    """The `[payment_plans]` table of the dunning policy."""

    max_instalments: int = 6
    min_instalment_amount: Decimal = Decimal("100.00")  # in the invoices' currency
    max_months: int = 6  # the last instalment falls at most this many months from today
    first_instalment_within_days: int = 14
    default_instalments: int = 3  # proposed (monthly) when the customer named no terms
    interest_free: bool = True


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    invoice_number: str
    currency: str
    open_amount: Decimal
    due_date: date


@dataclass(frozen=True, slots=True)
class RequestedTerms:
    """What the customer proposed; every part may be missing."""

    instalments: int | None = None
    amounts: tuple[Decimal, ...] = ()  # one: each instalment; several: one per instalment
    currency: str | None = None  # of the amounts
    dates: tuple[date, ...] = ()  # one: the first instalment; several: one per instalment
    frequency: str | None = None  # monthly (default) / fortnightly / weekly
    evidence: tuple[str, ...] = ()  # the customer's words the terms were read from

    @property
    def is_empty(self) -> bool:
        return not (self.instalments or self.amounts or self.dates or self.frequency)


@dataclass(frozen=True, slots=True)
class Instalment:
    number: int
    due_date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Plan:
    currency: str
    total: Decimal
    invoices: tuple[str, ...]
    instalments: tuple[Instalment, ...]
    # requested: the customer's terms, which fit the limits; adjusted: the closest plan within
    # them; default: the customer named no terms
    basis: str
    reasons: tuple[str, ...]  # for the collector: what was changed and why
    interest_free: bool = True


@dataclass(frozen=True, slots=True)
class Refusal:
    reasons: tuple[str, ...]


_STEP_DAYS = {"weekly": 7, "fortnightly": 14}


def _cadence(frequency: str | None) -> Callable[[date, int], date]:
    days = _STEP_DAYS.get(frequency or "monthly")
    if days is not None:
        return lambda first, k: first + timedelta(days=days * k)
    # relativedelta keeps the day of the month and clamps it (31 January → 28 February).
    return lambda first, k: first + relativedelta(months=k)


def _equal(total: Decimal, count: int, currency: str) -> list[Decimal]:
    """`count` amounts summing exactly to `total`, the last absorbing the remainder. The equal
    share is cut down to the minor unit, never rounded up, so that the last instalment is
    never smaller than the others."""
    each = (total / count).quantize(Decimal(1).scaleb(-minor_unit(currency)), rounding=ROUND_DOWN)
    return [each] * (count - 1) + [total - each * (count - 1)]


def _money(value: Decimal, currency: str) -> str:
    return f"{decimal_str(value)} {currency}"


def _increasing(dates: Sequence[date]) -> bool:
    return all(a < b for a, b in zip(dates, dates[1:]))


def propose_plan(open_invoices: Sequence[OpenInvoice], requested: RequestedTerms | None,
                 limits: PlanLimits, today: date) -> Plan | Refusal:
    """The plan to offer: the customer's terms when they fit the limits, else the closest plan
    within them, else (no terms) the default schedule; a Refusal when no plan fits at all."""
    invoices = [i for i in open_invoices if i.open_amount > 0]
    if not invoices:
        return Refusal(("nothing is open on the account",))
    currencies = sorted({i.currency for i in invoices})
    if len(currencies) > 1:
        return Refusal((f"the invoices are in several currencies ({', '.join(currencies)}): "
                        f"a collector proposes the plan",))
    currency = currencies[0]
    total = sum((i.open_amount for i in invoices), Decimal(0))
    terms = requested or RequestedTerms()
    # Never an instalment of nothing, whatever the policy's minimum.
    minimum = max(limits.min_instalment_amount, Decimal(1).scaleb(-minor_unit(currency)))
    reasons: list[str] = []

    # When: the first date within the window, then the customer's cadence (monthly if none).
    latest_first = today + timedelta(days=limits.first_instalment_within_days)
    last_allowed = today + relativedelta(months=limits.max_months)
    step = _cadence(terms.frequency)
    first = latest_first
    if terms.dates:
        asked = terms.dates[0]
        if asked < today:
            reasons.append(f"the first date asked for ({asked.isoformat()}) has passed")
        elif asked > latest_first:
            reasons.append(f"the first instalment must fall within "
                           f"{limits.first_instalment_within_days} days: {first.isoformat()} "
                           f"instead of {asked.isoformat()}")
        else:
            first = asked
    used = first != latest_first  # which of the customer's terms the plan keeps
    explicit = (terms.dates if len(terms.dates) >= 2 and terms.dates[0] == first
                and _increasing(terms.dates) else ())
    if explicit and explicit[-1] > last_allowed:
        reasons.append(f"the last date asked for ({explicit[-1].isoformat()}) is more than "
                       f"{limits.max_months} months away")
        explicit = ()
    fit_dates = sum(1 for k in range(limits.max_instalments) if step(first, k) <= last_allowed)
    fit_amount = int(total // minimum)
    most = min(limits.max_instalments, max(fit_dates, len(explicit)), fit_amount)
    if most < 2:
        why = (f"{_money(total, currency)} cannot be split into 2 instalments of at least "
               f"{_money(minimum, currency)}" if fit_amount < 2 else
               f"no 2 instalments fit within {limits.max_months} months")
        return Refusal((why,))

    # How many, and how much.
    asked_amounts = [a for a in terms.amounts if 0 < a < total]
    if terms.amounts and terms.currency not in (None, currency):
        reasons.append(f"amounts named in {terms.currency}, the invoices are in {currency}")
        asked_amounts = []
    each = asked_amounts[0] if len(asked_amounts) == 1 else None
    count = terms.instalments or (len(terms.dates) if len(terms.dates) >= 2 else None)
    derived = count is None and each is not None and each >= minimum
    if derived and each is not None:  # "2,000 a month until it is cleared"
        count = int((total / each).to_integral_value(rounding=ROUND_CEILING))
        if count > 2 and total - each * (count - 1) < minimum:
            count -= 1  # a small remainder joins the last instalment
    if count is not None and count < 2:
        reasons.append(f"{count} instalment asked for is not a plan")
    if count is None or count < 2:
        count = min(max(2, limits.default_instalments), most)
    else:
        used = True
    if count > most:
        asked = (f"instalments of {_money(each, currency)} need {count} payments"
                 if derived and each is not None else f"{count} instalments asked for")
        reasons.append(f"{asked}; at most {most} fit the limits ({limits.max_instalments} "
                       f"instalments within {limits.max_months} months, each at least "
                       f"{_money(minimum, currency)}): equal instalments")
        count = most
        asked_amounts, each = [], None
    dates = list(explicit) if len(explicit) == count else [step(first, k) for k in range(count)]
    if explicit and len(explicit) != count:
        reasons.append(f"{len(explicit)} dates asked for, {count} instalments: dates re-spaced")
    if len(asked_amounts) == count and sum(asked_amounts) == total \
            and all(a >= minimum for a in asked_amounts):
        amounts, used = asked_amounts, True
    elif each is not None and each >= minimum and minimum <= total - each * (count - 1) \
            and total - each * (count - 1) < each + minimum:
        # The last instalment clears the balance: smaller, or a little larger, never a balloon.
        amounts, used = [each] * (count - 1) + [total - each * (count - 1)], True
        rounding = Decimal(count).scaleb(-minor_unit(currency))  # "the last one adjusted"
        if terms.instalments and abs(amounts[-1] - each) > rounding:
            reasons.append(f"instalments of {_money(each, currency)}: the last is "
                           f"{_money(amounts[-1], currency)} to clear "
                           f"{_money(total, currency)}")
    else:
        amounts = _equal(total, count, currency)
        if asked_amounts:
            named = ", ".join(_money(a, currency) for a in asked_amounts)
            reasons.append(f"the amounts named ({named}) do not clear "
                           f"{_money(total, currency)} in {count} instalments of at least "
                           f"{_money(minimum, currency)}: equal instalments")
    basis = "adjusted" if reasons else ("requested" if used else "default")
    return Plan(currency=currency, total=total,
                invoices=tuple(i.invoice_number for i in invoices),
                instalments=tuple(Instalment(n, d, a) for n, (d, a)
                                  in enumerate(zip(dates, amounts, strict=True), start=1)),
                basis=basis, reasons=tuple(reasons), interest_free=limits.interest_free)


def plan_evidence(outcome: Plan | Refusal, requested: RequestedTerms | None,
                  limits: PlanLimits) -> dict[str, object]:
    """What the draft records about the proposal (JSON: amounts as strings, ISO dates)."""
    out: dict[str, object] = {
        "requested": None if requested is None or requested.is_empty else {
            "instalments": requested.instalments, "frequency": requested.frequency,
            "amounts": [decimal_str(a) for a in requested.amounts],
            "currency": requested.currency,
            "dates": [d.isoformat() for d in requested.dates],
            "evidence": list(requested.evidence)},
        "limits": {"max_instalments": limits.max_instalments,
                   "min_instalment_amount": decimal_str(limits.min_instalment_amount),
                   "max_months": limits.max_months,
                   "first_instalment_within_days": limits.first_instalment_within_days,
                   "interest_free": limits.interest_free}}
    if isinstance(outcome, Refusal):
        return {**out, "status": "none_offered", "reasons": list(outcome.reasons)}
    return {**out, "status": "proposed", "basis": outcome.basis,
            "reasons": list(outcome.reasons), "currency": outcome.currency,
            "total": decimal_str(outcome.total), "invoices": list(outcome.invoices),
            "instalments": [{"number": i.number, "due_date": i.due_date.isoformat(),
                             "amount": decimal_str(i.amount)} for i in outcome.instalments]}
