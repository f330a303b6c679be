"""When arbox may post on its own: the decision rule for one remittance line, as a pure function.

A wrong posting is far worse than a suggestion, so anything short of an exact reference, the
same currency and an amount that fits becomes a suggestion, with the reason in plain words.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class LineFacts:
    reference: str  # as the customer wrote it
    reference_exact: bool  # same normalised key as the invoice number
    invoice_number: str
    invoice_currency: str
    open_amount: Decimal
    payment_currency: str
    paid_amount: Decimal | None
    deduction_amount: Decimal | None


@dataclass(frozen=True, slots=True)
class LineDecision:
    status: str  # auto_applied / suggested / none
    amount: Decimal
    score: Decimal
    evidence: tuple[str, ...]


def decide_line(facts: LineFacts, tolerance: Decimal = Decimal("0")) -> LineDecision:
    ev = []
    if facts.reference_exact:
        ev.append(f'reference "{facts.reference}" is invoice {facts.invoice_number} exactly')
        score = Decimal("1.00")
    else:
        ev.append(f'reference "{facts.reference}" resembles invoice {facts.invoice_number} '
                  f"(not an exact match)")
        score = Decimal("0.80")
    if facts.invoice_currency != facts.payment_currency:
        ev.append(f"invoice is in {facts.invoice_currency}, payment in {facts.payment_currency}: "
                  f"never applied across currencies without a rate")
        return LineDecision("none", Decimal(0), Decimal(0), tuple(ev))
    if facts.open_amount <= 0:
        ev.append(f"invoice {facts.invoice_number} has nothing left open")
        return LineDecision("none", Decimal(0), Decimal(0), tuple(ev))
    paid = facts.paid_amount
    if paid is None:
        ev.append("the advice gives no amount for this invoice: suggesting its open amount")
        return LineDecision("suggested", facts.open_amount, score * Decimal("0.9"), tuple(ev))
    if paid <= 0:
        ev.append(f"paid amount {paid} is not positive")
        return LineDecision("none", Decimal(0), Decimal(0), tuple(ev))
    if paid > facts.open_amount + tolerance:
        ev.append(f"paid {paid} is more than the open amount {facts.open_amount}: "
                  f"suggesting the open amount, the rest stays unapplied")
        return LineDecision("suggested", facts.open_amount, score * Decimal("0.8"), tuple(ev))
    amount = min(paid, facts.open_amount)
    if abs(paid - facts.open_amount) <= tolerance:
        ev.append(f"paid {paid} equals the open amount {facts.open_amount}")
    elif facts.deduction_amount and paid + facts.deduction_amount == facts.open_amount:
        ev.append(f"paid {paid} plus the deduction {facts.deduction_amount} equals the open "
                  f"amount {facts.open_amount}")
    else:
        ev.append(f"partial payment: {paid} of the open {facts.open_amount}")
    status = "auto_applied" if facts.reference_exact else "suggested"
    return LineDecision(status, amount, score, tuple(ev))
