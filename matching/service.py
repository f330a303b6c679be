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
from ledger.models import Application, BankAccount, Customer, Dispute, Invoice, Payment
from ledger.money import decimal_str
from ledger.references import reference_key
from ledger.settings import Settings
from matching.engine import match_payment
from matching.index import CustomerRecord, InvoiceIndex, normalise_account
from matching.policy import LineFacts, decide_line
from matching.records import MatchDecision, MatchPolicy, OpenInvoice, PaymentToMatch

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


# -- bank payments ---------------------------------------------------------------------------

_DISPUTE_REASONS = ("pricing", "quantity", "damaged", "not_received_goods",
                    "invoice_not_received", "duplicate_billing", "tax", "other")
_WRITE_OFF_REASONS = ("early_payment_discount", "bank_charges")
REMITTANCE_WINDOW_DAYS = 10


def load_index(session: Session) -> InvoiceIndex:
    """Every open invoice and every known payer account, indexed for matching."""
    accounts: dict[int, list[str]] = {}
    for pk, account in session.execute(select(BankAccount.customer_pk, BankAccount.account)):
        accounts.setdefault(pk, []).append(account)
    customers = {pk: (cid, name) for pk, cid, name in session.execute(
        select(Customer.id, Customer.customer_id, Customer.name))}
    invoices = [OpenInvoice(number, customers[cpk][0], currency, open_amount, due, issued,
                            key)
                for number, cpk, currency, open_amount, due, issued, key in session.execute(
                    select(Invoice.invoice_number, Invoice.customer_pk, Invoice.currency,
                           Invoice.open_amount, Invoice.due_date, Invoice.issue_date,
                           Invoice.reference_key).where(Invoice.open_amount > Decimal(0)))]
    records = [CustomerRecord(cid, name, tuple(accounts.get(pk, ())))
               for pk, (cid, name) in customers.items()]
    return InvoiceIndex.build(invoices, records)


def policy_from(settings: Settings) -> MatchPolicy:
    return MatchPolicy(auto_apply_min_score=settings.auto_apply_min_score)


def _link_remittance(session: Session, payment: Payment, customer_ids: set[str]) -> Payment | None:
    """The one email remittance this cash is the money for: same currency and amount, within
    the date window, from the customer the payer is known to be."""
    query = select(Payment).where(Payment.kind == "remittance",
                                  Payment.status.in_(("applied", "suggested", "unmatched")),
                                  Payment.currency == payment.currency,
                                  Payment.amount == payment.amount)
    found = []
    for rem in session.scalars(query):
        if payment.value_date and rem.value_date and abs(
                (payment.value_date - rem.value_date).days) > REMITTANCE_WINDOW_DAYS:
            continue
        customer = session.get(Customer, rem.customer_pk) if rem.customer_pk else None
        numbers = [ln.invoice.invoice_number for ln in rem.remittance_lines if ln.invoice]
        named = any(n and n.lower() in (payment.reference or "").lower() for n in numbers)
        if (customer and customer.customer_id in customer_ids) or named:
            found.append(rem)
    return found[0] if len(found) == 1 else None


def _payer_customers(session: Session, payment: Payment, index: InvoiceIndex,
                     policy: MatchPolicy) -> set[str]:
    scope = index.resolve_scope(PaymentToMatch(str(payment.id), payment.amount, payment.currency,
                                               payment.value_date, payment.payer_name,
                                               payment.payer_account, payment.reference),
                                policy)
    return set(scope.customer_ids or ())


def match_payments(session: Session, payment_ids: list[int], settings: Settings,
                   actor: str = ACTOR) -> list[str]:
    """Match bank payments: link to an email remittance, else run the engine. Returns the new
    status of each payment (applied / suggested / exception)."""
    if not payment_ids:
        return []
    policy = policy_from(settings)
    index = load_index(session)
    statuses = []
    for pid in payment_ids:
        payment = session.get(Payment, pid, with_for_update=True)
        if payment is None or payment.kind != "bank" or payment.status != "unmatched":
            continue
        payer = _payer_customers(session, payment, index, policy)
        remittance = _link_remittance(session, payment, payer)
        if remittance is not None:
            statuses.append(_take_over(session, payment, remittance, actor))
            continue
        decision = match_payment(PaymentToMatch(
            str(payment.id), payment.amount, payment.currency, payment.value_date,
            payment.payer_name, payment.payer_account, payment.reference), index, policy)
        statuses.append(_record_decision(session, payment, decision, actor))
        if decision.status == "auto_apply":
            index = load_index(session)  # open amounts changed
    return statuses


def _take_over(session: Session, payment: Payment, remittance: Payment, actor: str) -> str:
    apps = [a for a in remittance.applications if a.status in LIVE]
    for app in apps:
        app.payment_pk = payment.id
        app.evidence = [*app.evidence, f"cash received in bank payment {payment.id} "
                                       f"({payment.source})"]
    remittance.status = "linked"
    payment.customer_pk = remittance.customer_pk
    payment.status = ("applied" if apps and all(a.status == "auto_applied" for a in apps)
                      else "suggested" if apps else "exception")
    payment.evidence = [f"the remittance advice of message {remittance.message_pk} describes "
                        f"this payment: same amount {payment.amount} {payment.currency}, "
                        f"dates within {REMITTANCE_WINDOW_DAYS} days"]
    audit.record(session, actor, "remittance_linked", "payment", payment.id,
                 remittance=remittance.id, status=payment.status)
    return payment.status


def _record_decision(session: Session, payment: Payment, decision: MatchDecision,
                     actor: str) -> str:
    evidence = list(decision.evidence)
    if decision.best is not None:
        evidence += list(decision.best.evidence)
    for alt in decision.alternatives:
        evidence.append(f"alternative ({alt.score}): {', '.join(alt.invoice_numbers)} — "
                        f"{'; '.join(alt.evidence[:2])}")
    if decision.best is None:
        payment.evidence = evidence
        payment.status = "exception"
        audit.record(session, actor, "payment_matched", "payment", payment.id, status="exception")
        return "exception"
    proposals = decision.best.applications
    if sum((p.amount for p in proposals), Decimal(0)) > payment.amount:
        raise OverApplication(f"payment {payment.id}: the proposal exceeds the payment "
                              f"{payment.amount}")
    # Lock every invoice first, then decide for the whole payment: all applied or none.
    invoices = [session.scalars(select(Invoice).where(
        Invoice.invoice_number == p.invoice_number).with_for_update()).one() for p in proposals]
    status = "auto_applied" if decision.status == "auto_apply" else "suggested"
    closes = [(p.deduction_amount or Decimal(0)) if p.deduction_reason in _WRITE_OFF_REASONS
              else Decimal(0) for p in proposals]
    for p, invoice, close in zip(proposals, invoices, closes, strict=True):
        if invoice.currency != payment.currency:
            status = "suggested"
        if status == "auto_applied" and p.amount + close > invoice.open_amount:
            # Another payment was posted to this invoice since the index was read: never
            # over-apply, leave it for a person.
            status = "suggested"
            evidence.append(f"{invoice.invoice_number} has only {invoice.open_amount} open now "
                            f"(another payment was applied meanwhile)")
    for p, invoice, close in zip(proposals, invoices, closes, strict=True):
        if status == "auto_applied":
            _post(invoice, p.amount + close)
            if p.deduction_amount and p.deduction_reason not in _WRITE_OFF_REASONS:
                reason = p.deduction_reason if p.deduction_reason in _DISPUTE_REASONS else "other"
                session.add(Dispute(customer_pk=invoice.customer_pk, invoice_pk=invoice.id,
                                    reason=reason, comment=f"short payment: deduction of "
                                    f"{p.deduction_amount} in payment {payment.id}"))
                invoice.on_hold_reason = invoice.on_hold_reason or f"deduction: {reason}"
        app = Application(payment_pk=payment.id, invoice_pk=invoice.id, amount=p.amount,
                          currency=invoice.currency, deduction_amount=p.deduction_amount,
                          deduction_reason=p.deduction_reason, status=status,
                          score=decision.best.score, evidence=list(decision.best.evidence))
        session.add(app)
        session.flush()
        audit.record(session, actor, f"application_{status}", "application", app.id,
                     invoice=invoice.invoice_number, amount=str(p.amount),
                     rule=decision.best.rule)
    customer_pk = invoices[0].customer_pk if invoices else None
    payment.customer_pk = customer_pk
    payment.evidence = evidence
    payment.status = "applied" if status == "auto_applied" else "suggested"
    if status == "auto_applied" and payment.payer_account and customer_pk is not None:
        _learn_account(session, payment.payer_account, customer_pk)
    audit.record(session, actor, "payment_matched", "payment", payment.id, status=payment.status,
                 score=str(decision.best.score))
    return payment.status


def _learn_account(session: Session, account: str, customer_pk: int) -> None:
    key = normalise_account(account)
    if key and session.scalars(select(BankAccount).where(BankAccount.account == key)).first() \
            is None:
        session.add(BankAccount(customer_pk=customer_pk, account=key, source="learnt"))
        audit.record(session, ACTOR, "payer_account_learnt", "customer", customer_pk,
                     account=key)


def rematch(session: Session, settings: Settings, actor: str = ACTOR) -> list[str]:
    """Run matching again for bank payments nothing was applied to (exceptions), e.g. after
    new invoices were imported. Suggestions stay as they are until a person decides."""
    ids = list(session.scalars(select(Payment.id).where(
        Payment.kind == "bank", Payment.status.in_(("exception", "unmatched")),
        Payment.amount > Decimal(0)).order_by(Payment.id)))
    for payment in session.scalars(select(Payment).where(Payment.id.in_(ids))):
        payment.status = "unmatched"
    return match_payments(session, ids, settings, actor)


def payment_views(session: Session, status: str | None = None) -> list[dict[str, object]]:
    """The `arbox payments list --json` objects: bank payments, newest first."""
    query = select(Payment).where(Payment.kind == "bank").order_by(
        Payment.value_date.desc(), Payment.id.desc())
    views = []
    for p in session.scalars(query):
        shown = "exception" if p.status == "unmatched" else p.status
        if status and shown != status:
            continue
        customer = session.get(Customer, p.customer_pk) if p.customer_pk else None
        views.append({
            "payment_id": p.id, "amount": decimal_str(p.amount), "currency": p.currency,
            "value_date": p.value_date.isoformat() if p.value_date else None,
            "payer_name": p.payer_name, "reference": p.reference,
            "customer_id": customer.customer_id if customer else None, "status": shown,
            "applications": [{"invoice_number": a.invoice.invoice_number,
                              "amount": decimal_str(a.amount), "status": a.status}
                             for a in p.applications],
            "evidence": list(p.evidence or [])})
    return views
