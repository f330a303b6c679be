"""The records of cash application: open invoices and payments in, proposals and decisions out,
and the thresholds (`MatchPolicy`) that decide when arbox may post on its own.

Pure data: frozen dataclasses, Decimal amounts beside their currency, no database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from ledger.references import reference_key


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    """An invoice with something left to pay, as the service layer loads it."""

    invoice_number: str
    customer_id: str
    currency: str
    open_amount: Decimal
    due_date: date
    issue_date: date
    reference_key: str  # ledger.references.reference_key(invoice_number)

    @classmethod
    def of(cls, invoice_number: str, customer_id: str, currency: str, open_amount: str | Decimal,
           due_date: date, issue_date: date | None = None) -> OpenInvoice:
        """Build one with its reference key computed (tests, scripts)."""
        return cls(invoice_number, customer_id, currency, Decimal(open_amount), due_date,
                   issue_date or due_date, reference_key(invoice_number))


class RemittanceItem(NamedTuple):
    """One line of a remittance advice; a plain 4-tuple is accepted wherever this is."""

    reference: str  # as the customer wrote it
    paid_amount: Decimal | None = None
    deduction_amount: Decimal | None = None
    deduction_reason: str | None = None


@dataclass(frozen=True, slots=True)
class PaymentToMatch:
    """Money received, with everything known about who sent it and what it is for."""

    payment_id: str
    amount: Decimal  # positive
    currency: str
    value_date: date | None = None
    payer_name: str | None = None
    payer_account: str | None = None  # IBAN / account number
    reference: str | None = None  # free text and/or structured creditor reference
    customer_hint: str | None = None  # customer id known from a remittance email or account
    remittance_lines: tuple[RemittanceItem, ...] = ()


@dataclass(frozen=True, slots=True)
class ProposedApplication:
    """Part of the payment put on one invoice; a deduction closes the rest of it."""

    invoice_number: str
    amount: Decimal
    deduction_amount: Decimal | None = None
    deduction_reason: str | None = None  # early_payment_discount / bank_charges / as advised


@dataclass(frozen=True, slots=True)
class Proposal:
    """One way to apply the payment, with a score in 0..1 and the reasons in plain words."""

    applications: tuple[ProposedApplication, ...]
    score: Decimal
    evidence: tuple[str, ...]
    rule: str

    @property
    def invoice_numbers(self) -> tuple[str, ...]:
        return tuple(a.invoice_number for a in self.applications)

    @property
    def applied_amount(self) -> Decimal:
        return sum((a.amount for a in self.applications), Decimal(0))


@dataclass(frozen=True, slots=True)
class MatchDecision:
    """What to do with one payment: auto_apply the best proposal, suggest, or raise an exception."""

    status: str  # auto_apply / suggest / exception
    best: Proposal | None
    alternatives: tuple[Proposal, ...]  # the runners-up, best first (at most policy.alternatives)
    customer_id: str | None  # the customer the best proposal belongs to (None: several / none)
    evidence: tuple[str, ...]  # about the payment as a whole: who paid, why not automatic


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    """Thresholds of cash application; amounts are in the payment's currency units."""

    auto_apply_min_score: Decimal = Decimal("0.95")
    auto_apply_min_margin: Decimal = Decimal("0.08")  # best must beat the runner-up by this much
    suggest_min_score: Decimal = Decimal("0.30")
    alternatives: int = 3
    # Early-payment discounts: the rates customers may take, how far the paid amount may be from
    # the discounted one (rounding), and how long after the issue date they may take it.
    discount_rates: tuple[Decimal, ...] = (Decimal("0.02"), Decimal("0.03"), Decimal("0.01"))
    discount_tolerance: Decimal = Decimal("0.05")
    discount_days: int | None = 30
    bank_charge_max: Decimal = Decimal("15")  # short by at most this: the bank kept a fee
    auto_apply_partial: bool = True  # exact reference, lower amount: apply it, rest stays open
    # Payer name → customer: rapidfuzz scores 0..100.
    name_min_score: int = 86
    name_margin: int = 4  # customers scoring within this of the best are all kept in scope
    # Combination search (lump sums): most invoices in one, subset sums tabulated per search
    # (bounds the time: the oldest ~200 invoices of a customer at 20,000).
    combination_max_size: int = 6
    combination_budget: int = 20_000
    # Explicit exchange rates (payment currency, invoice currency, rate); without one a payment
    # is never applied to an invoice in another currency. With one: suggested, never automatic.
    exchange_rates: tuple[tuple[str, str, Decimal], ...] = ()
    exchange_tolerance: Decimal = Decimal("0.01")  # relative

    def rate(self, from_currency: str, to_currency: str) -> Decimal | None:
        for src, dst, value in self.exchange_rates:
            if src == from_currency and dst == to_currency:
                return value
        return None
