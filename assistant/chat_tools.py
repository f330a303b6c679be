"""The customer assistant's tools: ordinary functions over the ledger, each enforcing the
caller's scope itself, shared by the offline dialogue manager and the LLM agent
(chat_registry lists them; chat_collector_tools has the collector's).

A customer scope reads and writes one customer's records only: an invoice number of another
customer is "not found", exactly like one that does not exist. Results are JSON-ready dicts (amounts as decimal
strings, dates ISO). Writes add the record, a Task a collector sees, and an audit entry, in
the caller's transaction; the caller commits.

Binding customer actions (promise, dispute, payment plan request) come in pairs: `check_*`
validates and normalises without writing, `record_*` writes once the customer said yes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.chat_types import Scope, ToolError
from assistant.documents import Company, StatementLine, invoice_copy_pdf, statement_pdf
from assistant.templates import template_language
from ledger import audit
from ledger.clock import now_utc
from ledger.models import (Application, Contact, Customer, Dispute, Invoice, Payment, Promise,
                           Task)
from ledger.money import decimal_str, quantize

APPLIED = ("auto_applied", "confirmed")  # application statuses that reduced an open amount
_EMAIL = re.compile(r"^[^@\s<>\"']{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$")
_REASON = re.compile(r"^[a-z_]{1,32}$")


@dataclass
class ToolContext:
    session: Session
    scope: Scope
    today: date
    company: Company
    documents_dir: Path


# --- scope ----------------------------------------------------------------------------------

def _customer(ctx: ToolContext) -> Customer:
    if ctx.scope.role != "customer" or ctx.scope.customer_pk is None:
        raise ToolError("forbidden", "this tool serves a customer conversation only")
    customer = ctx.session.get(Customer, ctx.scope.customer_pk)
    if customer is None:
        raise ToolError("not_found", "customer not found")
    return customer


def _own_invoice(ctx: ToolContext, number: str) -> Invoice:
    """The scoped customer's invoice, or ToolError: another customer's is 'not found' too."""
    customer = _customer(ctx)
    inv = ctx.session.scalars(select(Invoice).where(
        Invoice.customer_pk == customer.id,
        Invoice.invoice_number == str(number).strip())).first()
    if inv is None:
        raise ToolError("not_found", f"no invoice {str(number).strip()[:40]} on your account",
                        invoice_number=str(number).strip()[:40])
    return inv


def _open_own(ctx: ToolContext, numbers: list[str]) -> list[Invoice]:
    out = []
    for n in dict.fromkeys(numbers):
        inv = _own_invoice(ctx, n)
        if inv.open_amount <= 0:
            raise ToolError("not_open", f"invoice {inv.invoice_number} is already settled",
                            invoice_number=inv.invoice_number)
        out.append(inv)
    return out


def add_task(ctx: ToolContext, customer_pk: int | None, kind: str, detail: str) -> Task:
    task = Task(customer_pk=customer_pk, kind=kind, detail=detail, status="open")
    ctx.session.add(task)
    ctx.session.flush()
    audit.record(ctx.session, ctx.scope.actor, "task_created", "task", task.id, kind=kind)
    return task


def _inv_view(inv: Invoice, today: date) -> dict[str, Any]:
    late = (today - inv.due_date).days
    return {"invoice_number": inv.invoice_number, "issue_date": inv.issue_date.isoformat(),
            "due_date": inv.due_date.isoformat(), "currency": inv.currency,
            "amount": decimal_str(inv.amount), "open_amount": decimal_str(inv.open_amount),
            "days_overdue": max(late, 0), "overdue": late > 0,
            "on_hold": bool(inv.on_hold_reason)}


def totals_by_currency(rows: list[Invoice]) -> dict[str, str]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for inv in rows:
        totals[inv.currency] += inv.open_amount
    return {k: decimal_str(v) for k, v in sorted(totals.items())}


def open_invoice_rows(session: Session, customer_pk: int) -> list[Invoice]:
    return list(session.scalars(select(Invoice).where(
        Invoice.customer_pk == customer_pk, Invoice.open_amount > Decimal(0))
        .order_by(Invoice.due_date, Invoice.invoice_number)))


# --- customer: reads ------------------------------------------------------------------------

def account_balance(ctx: ToolContext) -> dict[str, Any]:
    """Open invoices, what is due in total and what is overdue."""
    customer = _customer(ctx)
    rows = open_invoice_rows(ctx.session, customer.id)
    overdue = [i for i in rows if i.due_date < ctx.today]
    return {"customer_name": customer.name, "invoices": [_inv_view(i, ctx.today) for i in rows],
            "count": len(rows), "overdue_count": len(overdue), "totals": totals_by_currency(rows),
            "overdue_totals": totals_by_currency(overdue), "today": ctx.today.isoformat()}


def _applied(session: Session, invoice_pk: int) -> list[Application]:
    return list(session.scalars(select(Application).where(
        Application.invoice_pk == invoice_pk, Application.status.in_(APPLIED))
        .order_by(Application.id)))


def invoice_details(ctx: ToolContext, invoice_number: str) -> dict[str, Any]:
    """One of the customer's invoices: amounts, dates, payments applied, promise, dispute."""
    inv = _own_invoice(ctx, invoice_number)
    out = _inv_view(inv, ctx.today)
    out["po_number"] = inv.po_number
    out["payments"] = [{"amount": decimal_str(a.amount), "currency": a.currency,
                        "value_date": a.payment.value_date.isoformat()
                        if a.payment.value_date else None}
                       for a in _applied(ctx.session, inv.id)]
    promise = ctx.session.scalars(select(Promise).where(
        Promise.invoice_pk == inv.id, Promise.status == "open")
        .order_by(Promise.id.desc())).first()
    out["promised_date"] = promise.promised_date.isoformat() if promise and \
        promise.promised_date else None
    dispute = ctx.session.scalars(select(Dispute).where(
        Dispute.invoice_pk == inv.id, Dispute.status == "open")).first()
    out["dispute_reason"] = dispute.reason if dispute else None
    return out


# --- customer: documents --------------------------------------------------------------------

def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "x"


def _write(ctx: ToolContext, customer: Customer, filename: str, data: bytes) -> Path:
    folder = ctx.documents_dir / _safe(customer.customer_id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    path.write_bytes(data)
    return path


def send_statement(ctx: ToolContext) -> dict[str, Any]:
    """Generate the customer's statement of account (PDF) and return where it is."""
    customer = _customer(ctx)
    rows = open_invoice_rows(ctx.session, customer.id)
    lines = [StatementLine(i.invoice_number, i.issue_date, i.due_date, i.currency, i.amount,
                           i.open_amount) for i in rows]
    data = statement_pdf(ctx.company, customer.customer_id, customer.name, lines, ctx.today,
                         template_language(customer.language))
    path = _write(ctx, customer, f"statement-{_safe(customer.customer_id)}-"
                                 f"{ctx.today.isoformat()}.pdf", data)
    audit.record(ctx.session, ctx.scope.actor, "document_generated", "customer", customer.id,
                 kind="statement", file=str(path))
    return {"document": "statement", "file": str(path), "count": len(rows),
            "totals": totals_by_currency(rows)}


def send_invoice_copy(ctx: ToolContext, invoice_number: str) -> dict[str, Any]:
    """Generate a copy of one of the customer's invoices (PDF) and return where it is."""
    customer = _customer(ctx)
    inv = _own_invoice(ctx, invoice_number)
    line = StatementLine(inv.invoice_number, inv.issue_date, inv.due_date, inv.currency,
                         inv.amount, inv.open_amount)
    data = invoice_copy_pdf(ctx.company, customer.customer_id, customer.name, line,
                            inv.po_number, template_language(customer.language))
    path = _write(ctx, customer, f"invoice-{_safe(inv.invoice_number)}.pdf", data)
    audit.record(ctx.session, ctx.scope.actor, "document_generated", "invoice", inv.id,
                 kind="invoice_copy", file=str(path))
    return {"document": "invoice_copy", "invoice_number": inv.invoice_number,
            "file": str(path)}


# --- customer: binding actions (check, then record after a yes) -----------------------------

def _parse_date(value: object) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ToolError("bad_date", f"{str(value)[:20]!r} is not a date (YYYY-MM-DD)") from exc


def _parse_amount(value: object | None) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, float):
        raise ToolError("bad_amount", "amounts are decimal strings")
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise ToolError("bad_amount", f"{str(value)[:20]!r} is not an amount") from exc
    if not amount.is_finite() or amount <= 0:
        raise ToolError("bad_amount", f"{str(value)[:20]!r} is not a positive amount")
    return amount


def check_promise(ctx: ToolContext, invoice_numbers: list[str], promised_date: object,
                  promised_amount: object | None = None) -> dict[str, Any]:
    """Validate a promise to pay: the customer's open invoices, a date from today to a year."""
    if not invoice_numbers:
        raise ToolError("missing_invoice", "which invoice?")
    invoices = _open_own(ctx, invoice_numbers)
    when = _parse_date(promised_date)
    if not ctx.today <= when <= ctx.today + timedelta(days=366):
        raise ToolError("bad_date", f"{when.isoformat()} is not between today and a year from "
                                    f"now", promised_date=when.isoformat())
    amount = _parse_amount(promised_amount)
    currencies = {i.currency for i in invoices}
    if amount is not None and (len(invoices) > 1 or amount > invoices[0].open_amount):
        amount = None  # a part-payment of one invoice only; otherwise the open amounts
    total = sum((i.open_amount for i in invoices), Decimal(0))
    return {"invoice_numbers": [i.invoice_number for i in invoices],
            "promised_date": when.isoformat(),
            "promised_amount": decimal_str(amount) if amount is not None else None,
            "total": decimal_str(total) if len(currencies) == 1 else None,
            "currency": invoices[0].currency if len(currencies) == 1 else None}


def record_promise(ctx: ToolContext, invoice_numbers: list[str], promised_date: object,
                   promised_amount: object | None = None) -> dict[str, Any]:
    checked = check_promise(ctx, invoice_numbers, promised_date, promised_amount)
    customer = _customer(ctx)
    when = date.fromisoformat(checked["promised_date"])
    ids = []
    for inv in _open_own(ctx, checked["invoice_numbers"]):
        amount = Decimal(checked["promised_amount"]) if checked["promised_amount"] else \
            inv.open_amount
        promise = Promise(customer_pk=customer.id, invoice_pk=inv.id, promised_date=when,
                          promised_amount=quantize(amount, inv.currency), currency=inv.currency,
                          status="open")
        ctx.session.add(promise)
        ctx.session.flush()
        ids.append(promise.id)
        audit.record(ctx.session, ctx.scope.actor, "promise_recorded", "promise", promise.id,
                     invoice=inv.invoice_number, promised_date=when.isoformat(),
                     promised_amount=decimal_str(amount), source="chat")
    task = add_task(ctx, customer.id, "promise_to_pay",
                 f"promised in chat: {', '.join(checked['invoice_numbers'])} by "
                 f"{when.isoformat()}")
    return {**checked, "promise_ids": ids, "task_id": task.id}


def check_dispute(ctx: ToolContext, invoice_number: str, reason: str | None,
                  comment: str | None = None) -> dict[str, Any]:
    """Validate a dispute: one of the customer's open invoices and a reason label."""
    inv = _open_own(ctx, [invoice_number])[0]
    label = (reason or "other").strip().lower()
    if not _REASON.match(label):
        label = "other"
    return {"invoice_number": inv.invoice_number, "reason": label,
            "comment": (comment or "").strip()[:1000] or None,
            "open_amount": decimal_str(inv.open_amount), "currency": inv.currency}


def record_dispute(ctx: ToolContext, invoice_number: str, reason: str | None,
                   comment: str | None = None) -> dict[str, Any]:
    """Open a dispute, put the invoice on hold (dunning pauses) and tell the collector."""
    checked = check_dispute(ctx, invoice_number, reason, comment)
    customer = _customer(ctx)
    inv = _own_invoice(ctx, checked["invoice_number"])
    dispute = Dispute(customer_pk=customer.id, invoice_pk=inv.id, reason=checked["reason"],
                      comment=checked["comment"], status="open")
    ctx.session.add(dispute)
    inv.on_hold_reason = f"dispute: {checked['reason']}"[:255]
    ctx.session.flush()
    audit.record(ctx.session, ctx.scope.actor, "dispute_opened", "dispute", dispute.id,
                 invoice=inv.invoice_number, reason=checked["reason"], source="chat")
    audit.record(ctx.session, ctx.scope.actor, "invoice_on_hold", "invoice", inv.id,
                 reason=inv.on_hold_reason)
    task = add_task(ctx, customer.id, "dispute",
                 f"disputed in chat: {inv.invoice_number} ({checked['reason']})"
                 + (f": {checked['comment']}" if checked["comment"] else ""))
    return {**checked, "dispute_id": dispute.id, "task_id": task.id, "on_hold": True}


def check_payment_plan(ctx: ToolContext, invoice_numbers: list[str] | None,
                       proposal: str) -> dict[str, Any]:
    customer = _customer(ctx)
    invoices = _open_own(ctx, invoice_numbers) if invoice_numbers else \
        open_invoice_rows(ctx.session, customer.id)
    if not invoices:
        raise ToolError("not_open", "nothing is open on your account")
    text = " ".join(str(proposal or "").split())[:1000]
    if not text:
        raise ToolError("missing_terms", "what terms would you propose?")
    return {"invoice_numbers": [i.invoice_number for i in invoices], "proposal": text,
            "totals": totals_by_currency(invoices)}


def record_payment_plan_request(ctx: ToolContext, invoice_numbers: list[str] | None,
                                proposal: str) -> dict[str, Any]:
    """Pass the proposed terms to a collector as a Task: a request, never a grant."""
    checked = check_payment_plan(ctx, invoice_numbers, proposal)
    customer = _customer(ctx)
    task = add_task(ctx, customer.id, "payment_plan_request",
                 f"instalments requested in chat for {', '.join(checked['invoice_numbers'])}: "
                 f"{checked['proposal']} (not granted: a collector decides)")
    return {**checked, "task_id": task.id, "granted": False}


# --- customer: payments and contacts --------------------------------------------------------

def find_payment(ctx: ToolContext, invoice_numbers: list[str] | None = None) -> dict[str, Any]:
    """Payments received from the customer and what they were applied to."""
    customer = _customer(ctx)
    wanted = {i.id for i in (_own_invoice(ctx, n) for n in invoice_numbers or [])}
    found = []
    apps = ctx.session.scalars(select(Application).join(Invoice).where(
        Invoice.customer_pk == customer.id, Application.status.in_(APPLIED))
        .order_by(Application.id.desc())).all()
    for a in apps:
        if wanted and a.invoice_pk not in wanted:
            continue
        found.append({"invoice_number": a.invoice.invoice_number,
                      "amount": decimal_str(a.amount), "currency": a.currency,
                      "value_date": a.payment.value_date.isoformat()
                      if a.payment.value_date else None, "status": "applied"})
    if not found:
        pending = ctx.session.scalars(select(Payment).where(
            Payment.customer_pk == customer.id, Payment.status != "applied",
            Payment.amount > Decimal(0)).order_by(Payment.id.desc()).limit(5)).all()
        found = [{"invoice_number": None, "amount": decimal_str(p.amount),
                  "currency": p.currency, "status": "received, not yet applied",
                  "value_date": p.value_date.isoformat() if p.value_date else None}
                 for p in pending if p.kind == "bank"]
    return {"found": bool(found), "payments": found[:5],
            "invoice_numbers": [n for n in invoice_numbers or []]}


def report_payment(ctx: ToolContext, invoice_numbers: list[str] | None,
                   details: str) -> dict[str, Any]:
    """The customer's account of a payment we cannot see: a Task for a collector."""
    customer = _customer(ctx)
    numbers = [_own_invoice(ctx, n).invoice_number for n in invoice_numbers or []]
    text = " ".join(str(details or "").split())[:1000]
    task = add_task(ctx, customer.id, "already_paid",
                 f"customer says paid in chat{' ' + ', '.join(numbers) if numbers else ''}: "
                 f"{text}")
    return {"invoice_numbers": numbers, "task_id": task.id}


def update_contact(ctx: ToolContext, email: str, name: str | None = None) -> dict[str, Any]:
    """Add the customer's new AP contact, pending a collector's review (never used before)."""
    customer = _customer(ctx)
    address = str(email or "").strip().lower()
    if not _EMAIL.match(address):
        raise ToolError("bad_email", "that does not look like an email address")
    contact = ctx.session.scalars(select(Contact).where(
        Contact.customer_pk == customer.id, Contact.email == address)).first()
    if contact is None:
        contact = Contact(customer_pk=customer.id, email=address,
                          name=(name or "").strip()[:255] or None, status="pending_review",
                          status_changed_at=now_utc())
        ctx.session.add(contact)
        ctx.session.flush()
        audit.record(ctx.session, ctx.scope.actor, "contact_added", "contact", contact.id,
                     status="pending_review", source="chat")
    task = add_task(ctx, customer.id, "contact_update",
                 f"new AP contact given in chat: {address}"
                 + (f" ({name.strip()[:100]})" if name and name.strip() else "")
                 + ": review before use")
    return {"email": address, "status": contact.status, "task_id": task.id}
