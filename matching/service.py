"""Post remittances to invoices: decide each line with matching.policy, lock and update the
invoice, record the application and its evidence, audit every change; reverse on request.

Invariants held in the transaction: an application never exceeds the invoice's open amount
nor, in total, the payment; reversal restores the open amount exactly.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.clock import now_utc
from ledger.errors import LedgerError, OverApplication
from ledger.models import Application, Invoice, Payment
from ledger.references import reference_key
from matching.policy import LineFacts, decide_line

ACTOR = "matching"
LIVE = ("auto_applied", "suggested", "confirmed")


def _locked_invoice(session: Session, invoice_pk: int) -> Invoice:
    return session.scalars(select(Invoice).where(Invoice.id == invoice_pk)
                           .with_for_update()).one()


def apply_remittance(session: Session, payment: Payment, tolerance: Decimal = Decimal("0"),
                     actor: str = ACTOR) -> list[Application]:
    """Decide every remittance line of the payment; idempotent (a decided payment is kept)."""
    existing = [a for a in payment.applications if a.status in LIVE]
    if existing:
        return existing
    decided: list[Application] = []
    lines = [ln for ln in payment.remittance_lines if ln.invoice_pk is not None]
    paid_total = sum((ln.paid_amount or Decimal(0) for ln in lines), Decimal(0))
    over_total = payment.amount > 0 and paid_total > payment.amount
    applied_total = Decimal(0)
    for ln in lines:
        invoice = _locked_invoice(session, ln.invoice_pk)  # type: ignore[arg-type]
        facts = LineFacts(reference=ln.reference,
                          reference_exact=reference_key(ln.reference) == invoice.reference_key,
                          invoice_number=invoice.invoice_number,
                          invoice_currency=invoice.currency, open_amount=invoice.open_amount,
                          payment_currency=payment.currency, paid_amount=ln.paid_amount,
                          deduction_amount=ln.deduction_amount)
        decision = decide_line(facts, tolerance)
        if decision.status == "none":
            payment.evidence = [*payment.evidence, *decision.evidence]
            continue
        status = decision.status
        evidence = list(decision.evidence)
        if over_total and status == "auto_applied":
            status = "suggested"
            evidence.append(f"the lines add up to {paid_total}, more than the payment "
                            f"{payment.amount}")
        if status == "auto_applied":
            _post(invoice, decision.amount)
            applied_total += decision.amount
        app = Application(payment_pk=payment.id, invoice_pk=invoice.id, amount=decision.amount,
                          currency=invoice.currency, deduction_amount=ln.deduction_amount,
                          deduction_reason=ln.deduction_reason, status=status,
                          score=decision.score, evidence=evidence)
        session.add(app)
        session.flush()
        audit.record(session, actor, f"application_{status}", "application", app.id,
                     invoice=invoice.invoice_number, amount=str(decision.amount),
                     evidence=evidence)
        decided.append(app)
    statuses = {a.status for a in decided}
    payment.status = ("applied" if statuses == {"auto_applied"} else
                      "suggested" if decided else "exception")
    audit.record(session, actor, "payment_matched", "payment", payment.id, status=payment.status)
    return decided


def _post(invoice: Invoice, amount: Decimal) -> None:
    if amount > invoice.open_amount:
        raise OverApplication(f"{amount} exceeds the open amount {invoice.open_amount} of "
                              f"{invoice.invoice_number}")
    invoice.open_amount = invoice.open_amount - amount


def reverse_application(session: Session, application_pk: int, reason: str,
                        actor: str) -> Application:
    app = session.get(Application, application_pk, with_for_update=True)
    if app is None:
        raise LedgerError(f"no application {application_pk}")
    if app.status == "reversed":
        raise LedgerError(f"application {application_pk} is already reversed")
    if app.status in ("auto_applied", "confirmed"):
        invoice = _locked_invoice(session, app.invoice_pk)
        invoice.open_amount = invoice.open_amount + app.amount
    previous = app.status
    app.status = "reversed"
    app.reversed_at = now_utc()
    app.reversed_reason = reason
    audit.record(session, actor, "application_reversed", "application", app.id,
                 previous=previous, reason=reason, amount=str(app.amount))
    return app
