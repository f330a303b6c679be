"""The customer portal's service: everything a signed link allows, always scoped to the one
customer in the link. Every query filters on that customer, so an invoice number of another
customer behaves exactly like one that does not exist."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import CustomerScope
from api.schemas import DisputeOut, PortalOut, PromiseOut
from api.views import invoice_out
from assistant.documents import Company, StatementLine, invoice_copy_pdf, statement_pdf
from ledger import audit
from ledger.errors import InputError
from ledger.models import Customer, Dispute, Invoice, Promise, Task
from ledger.money import decimal_str, quantize, to_decimal


class NotInScope(LookupError):
    """Nothing of that name for this customer (whether or not it exists for another)."""


def _customer(session: Session, scope: CustomerScope) -> Customer:
    c = session.scalars(select(Customer).where(Customer.customer_id == scope.customer_id)).first()
    if c is None:
        raise NotInScope("this link is for an account that no longer exists")
    return c


def _invoice(session: Session, customer: Customer, invoice_number: str, lock: bool = False
             ) -> Invoice:
    query = select(Invoice).where(Invoice.invoice_number == invoice_number,
                                  Invoice.customer_pk == customer.id)
    inv = session.scalars(query.with_for_update() if lock else query).first()
    if inv is None:
        raise NotInScope(f"no invoice {invoice_number} on your account")
    return inv


def actor(scope: CustomerScope) -> str:
    return f"portal:{scope.customer_id}"


def view(session: Session, scope: CustomerScope, today: date) -> PortalOut:
    c = _customer(session, scope)
    invoices = session.scalars(select(Invoice).where(Invoice.customer_pk == c.id)
                               .order_by(Invoice.due_date, Invoice.invoice_number)).all()
    return PortalOut(customer_id=c.customer_id, name=c.name,
                     open_invoices=[invoice_out(i, c.customer_id, today) for i in invoices
                                    if i.open_amount > 0],
                     paid_invoices=[invoice_out(i, c.customer_id, today) for i in invoices
                                    if i.open_amount <= 0])


def _line(inv: Invoice) -> StatementLine:
    return StatementLine(inv.invoice_number, inv.issue_date, inv.due_date, inv.currency,
                         inv.amount, inv.open_amount)


def invoice_copy(session: Session, scope: CustomerScope, invoice_number: str,
                 company: Company) -> tuple[str, bytes]:
    c = _customer(session, scope)
    inv = _invoice(session, c, invoice_number)
    pdf = invoice_copy_pdf(company, c.customer_id, c.name, _line(inv), inv.po_number,
                           c.language or "en")
    return f"invoice-{_safe(inv.invoice_number)}.pdf", pdf


def statement(session: Session, scope: CustomerScope, company: Company, today: date
              ) -> tuple[str, bytes]:
    c = _customer(session, scope)
    invoices = session.scalars(select(Invoice).where(Invoice.customer_pk == c.id,
                                                     Invoice.open_amount > Decimal(0))).all()
    pdf = statement_pdf(company, c.customer_id, c.name, [_line(i) for i in invoices], today,
                        c.language or "en")
    return f"statement-{_safe(c.customer_id)}-{today.isoformat()}.pdf", pdf


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text)


def open_dispute(session: Session, scope: CustomerScope, invoice_number: str, reason: str,
                 comment: str) -> DisputeOut:
    """Record the dispute, hold the invoice (dunning pauses) and ask a collector to look."""
    c = _customer(session, scope)
    inv = _invoice(session, c, invoice_number, lock=True)
    if inv.open_amount <= 0:
        raise InputError(f"invoice {invoice_number} is paid: nothing to dispute")
    comment = comment.strip()[:2000]
    dispute = Dispute(customer_pk=c.id, invoice_pk=inv.id, reason=reason,
                      comment=comment or None, status="open")
    session.add(dispute)
    if inv.on_hold_reason is None:
        inv.on_hold_reason = f"dispute: {reason}"
    session.add(Task(customer_pk=c.id, kind="dispute",
                     detail=f"{c.name} disputes {inv.invoice_number} through the portal "
                            f"({reason})" + (f": {comment}" if comment else "")))
    session.flush()
    audit.record(session, actor(scope), "dispute_opened", "dispute", dispute.id,
                 invoice=inv.invoice_number, reason=reason, channel="portal")
    return DisputeOut(id=dispute.id, invoice_number=inv.invoice_number, reason=reason,
                      status=dispute.status)


def promise(session: Session, scope: CustomerScope, invoice_number: str, promised_date: date,
            promised_amount: str | None, today: date) -> PromiseOut:
    c = _customer(session, scope)
    inv = _invoice(session, c, invoice_number)
    if inv.open_amount <= 0:
        raise InputError(f"invoice {invoice_number} is paid: nothing to promise")
    if promised_date < today:
        raise InputError(f"the promised date {promised_date} is in the past")
    amount: Decimal | None = None
    if promised_amount not in (None, ""):
        try:
            amount = to_decimal(str(promised_amount))
        except (ValueError, ArithmeticError) as exc:
            raise InputError(f"{promised_amount!r} is not an amount (expected 1234.56)") from exc
        if amount != quantize(amount, inv.currency):
            raise InputError(f"{promised_amount} has more decimals than {inv.currency} has")
        if amount <= 0 or amount > inv.open_amount:
            raise InputError(f"the promised amount must be between 0 and the open amount "
                             f"{decimal_str(inv.open_amount)} {inv.currency}")
    p = Promise(customer_pk=c.id, invoice_pk=inv.id, promised_date=promised_date,
                promised_amount=amount, currency=inv.currency, status="open")
    session.add(p)
    session.flush()
    audit.record(session, actor(scope), "promise_recorded", "promise", p.id,
                 invoice=inv.invoice_number, promised_date=promised_date.isoformat(),
                 channel="portal")
    return PromiseOut(id=p.id, invoice_number=inv.invoice_number, promised_date=promised_date,
                      promised_amount=decimal_str(amount) if amount is not None else None,
                      currency=inv.currency)
