"""Ledger rows → API models: one place that formats invoices and drafts for every page."""
from __future__ import annotations

from datetime import date

from api.kpis import bucket_of
from api.schemas import DraftOut, InvoiceOut
from ledger.models import Draft, Invoice
from ledger.money import decimal_str


def invoice_out(inv: Invoice, customer_id: str, today: date) -> InvoiceOut:
    return InvoiceOut(invoice_number=inv.invoice_number, customer_id=customer_id,
                      issue_date=inv.issue_date, due_date=inv.due_date, currency=inv.currency,
                      amount=decimal_str(inv.amount), open_amount=decimal_str(inv.open_amount),
                      days_overdue=max(0, (today - inv.due_date).days),
                      ageing_bucket=bucket_of(inv.due_date, today),
                      on_hold_reason=inv.on_hold_reason)


def draft_out(d: Draft, customer_id: str | None, customer_name: str | None) -> DraftOut:
    return DraftOut(id=d.id, customer_id=customer_id, customer_name=customer_name, kind=d.kind,
                    to=d.to, subject=d.subject, body=d.body, status=d.status,
                    language=d.language, created_at=d.created_at,
                    compliance=[str(p) for p in (d.evidence or {}).get("compliance") or []],
                    attachments=[a["filename"] if isinstance(a, dict) else str(a)
                                 for a in d.attachments or []])
