"""Ledger rows → API models: one place that formats invoices and drafts for every page, and
the pager every long list uses."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

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


@dataclass(frozen=True, slots=True)
class Pager:
    """One page of a long list: which page (from 1), how many per page, how many in all, and
    the query parameters its links keep (a status filter, another list's page)."""

    number: int
    size: int
    total: int
    param: str = "page"
    keep: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, number: int, size: int, total: int, param: str = "page",
           keep: Iterable[tuple[str, str]] = ()) -> Pager:
        """The page asked for, moved into range (a page past the end shows the last one)."""
        pages = max(1, -(-total // size))
        return cls(min(max(1, number), pages), size, total, param, tuple(keep))

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @property
    def first(self) -> int:
        return min(self.total, self.offset + 1)

    @property
    def last(self) -> int:
        return min(self.total, self.offset + self.size)

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None

    def href(self, number: int) -> str:
        return "?" + urlencode([*self.keep, (self.param, str(number))])
