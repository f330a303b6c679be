"""Typed request and response bodies of the JSON API (and what the pages render).

Amounts are decimal strings, business dates `date`, events aware UTC `datetime`.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["collector", "finance", "admin"]
DisputeReason = Literal["invoice_not_received", "duplicate_billing", "not_received_goods",
                        "damaged", "quantity", "pricing", "tax", "other"]
AmountStr = str  # "1234.56"


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(Out):
    detail: str


class UserOut(Out):
    username: str
    role: Role


class UserIn(Out):
    username: str = Field(min_length=1, max_length=64)
    role: Role
    password: str = Field(min_length=10, max_length=1024)


class TokenIn(Out):
    name: str = Field(min_length=1, max_length=64)


class TokenOut(Out):
    token: str
    name: str


class InvoiceOut(Out):
    invoice_number: str
    customer_id: str
    issue_date: date
    due_date: date
    currency: str
    amount: AmountStr
    open_amount: AmountStr
    days_overdue: int
    ageing_bucket: str
    on_hold_reason: str | None


class MessageOut(Out):
    id: int
    subject: str | None
    from_address: str | None
    sent_at: datetime | None
    safe_html: str  # sanitised with nh3: no script, no remote images


class UnderstandingOut(Out):
    primary_intent: str
    intents: list[dict[str, Any]]
    invoice_refs: list[str]
    promised_date: str | None
    promised_amount: str | None
    dispute_reason: str | None
    disputed_invoices: list[str]
    evidence: dict[str, Any]


class DraftOut(Out):
    id: int
    customer_id: str | None
    customer_name: str | None
    kind: str
    to: str | None
    subject: str
    body: str
    status: str
    language: str
    created_at: datetime
    compliance: list[str]
    attachments: list[str]


class QueueItemOut(Out):
    draft: DraftOut
    message: MessageOut | None
    understanding: UnderstandingOut | None
    open_invoices: list[InvoiceOut]


class DraftEditIn(Out):
    body: str = Field(min_length=1, max_length=100_000)
    subject: str | None = Field(default=None, max_length=998)


class ReasonIn(Out):
    reason: str = Field(min_length=1, max_length=2000)


class SendResultOut(Out):
    draft_id: int
    status: str
    detail: str


class CustomerBriefOut(Out):
    customer_id: str
    name: str
    legal_hold: str | None
    legal_hold_at: datetime | None


class TaskOut(Out):
    id: int
    customer_id: str | None
    kind: str
    detail: str
    created_at: datetime


class FailedMessageOut(Out):
    id: int
    source: str
    subject: str | None
    reason: str | None
    received_at: datetime


class OverdueAccountOut(Out):
    customer_id: str
    name: str
    currency: str
    overdue_amount: AmountStr
    oldest_days_overdue: int


class WorklistOut(Out):
    legal_holds: list[CustomerBriefOut]
    tasks: list[TaskOut]
    failed_messages: list[FailedMessageOut]
    top_overdue: list[OverdueAccountOut]


class TimelineEventOut(Out):
    at: datetime
    kind: Literal["message", "promise", "dispute", "payment", "draft"]
    title: str
    detail: str


class CustomerOut(Out):
    customer_id: str
    name: str
    language: str | None
    legal_hold: str | None
    excluded_from_dunning: bool
    collector: str | None
    contacts: list[str]
    open_invoices: list[InvoiceOut]
    open_totals: dict[str, AmountStr]
    timeline: list[TimelineEventOut]


class HoldIn(Out):
    invoice_number: str = Field(min_length=1, max_length=64)
    reason: str = Field(min_length=1, max_length=200)


class ReleaseIn(Out):
    invoice_number: str = Field(min_length=1, max_length=64)


class ExcludeIn(Out):
    excluded: bool
    reason: str = Field(min_length=1, max_length=2000)


class PortalLinkOut(Out):
    url: str
    expires_in_days: int


class ApplicationOut(Out):
    application_id: int
    invoice_number: str
    amount: AmountStr
    status: str
    deduction_amount: AmountStr | None
    deduction_reason: str | None
    evidence: list[Any]


class PaymentOut(Out):
    payment_id: int
    amount: AmountStr
    currency: str
    value_date: date | None
    payer_name: str | None
    reference: str | None
    customer_id: str | None
    status: str
    applications: list[ApplicationOut]
    evidence: list[Any]


class PortalOut(Out):
    customer_id: str
    name: str
    open_invoices: list[InvoiceOut]
    paid_invoices: list[InvoiceOut]


class DisputeIn(Out):
    invoice_number: str = Field(min_length=1, max_length=64)
    reason: DisputeReason
    comment: str = Field(default="", max_length=2000)


class PromiseIn(Out):
    invoice_number: str = Field(min_length=1, max_length=64)
    promised_date: date
    promised_amount: AmountStr | None = Field(default=None, max_length=32)


class DisputeOut(Out):
    id: int
    invoice_number: str
    reason: str
    status: str


class PromiseOut(Out):
    id: int
    invoice_number: str
    promised_date: date
    promised_amount: AmountStr | None
    currency: str | None


class BucketOut(Out):
    label: str
    amount: AmountStr


class DashboardOut(Out):
    currency: str
    today: date
    ageing: list[BucketOut]
    open_total: AmountStr
    dso_days: float | None
    cei_percent: float | None
    average_days_delinquent: float | None
    promise_kept_rate: float | None
    auto_match_rate: float | None
    disputes_open: int
    dispute_average_age_days: float | None
    dispute_oldest_age_days: int | None
