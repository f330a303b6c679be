"""The tools each conversation may use, with the argument schemas a model's calls are
validated against (unknown fields refused: a customer id never comes from a model).

Binding customer tools carry a `check`: validated first, run only after the customer's yes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.chat_collector_tools import (account_summary, draft_reminder, dso,
                                            explain_application, priorities)
from assistant.chat_tools import (account_balance, check_dispute, check_payment_plan,
                                  check_promise, find_payment, invoice_details, record_dispute,
                                  record_payment_plan_request, record_promise, report_payment,
                                  send_invoice_copy, send_statement, update_contact)
from assistant.chat_types import Scope


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=1000)


class NoArgs(_Args):
    pass


class InvoiceArg(_Args):
    invoice_number: str = Field(description="an invoice number exactly as a tool returned it")


class InvoicesArg(_Args):
    invoice_numbers: list[str] = Field(default_factory=list, max_length=50,
                                       description="invoice numbers as tools returned them")


class PromiseArgs(_Args):
    invoice_numbers: list[str] = Field(min_length=1, max_length=50)
    promised_date: date = Field(description="YYYY-MM-DD, resolved against today")
    promised_amount: str | None = Field(default=None, description="decimal string, optional")


class DisputeArgs(_Args):
    invoice_number: str
    reason: Literal["invoice_not_received", "duplicate_billing", "not_received_goods",
                    "damaged", "quantity", "pricing", "tax", "other"]
    comment: str | None = Field(default=None, description="the customer's words")


class PlanArgs(_Args):
    invoice_numbers: list[str] = Field(default_factory=list, max_length=50)
    proposal: str = Field(min_length=1, description="the terms the customer proposes")


class ReportPaymentArgs(_Args):
    invoice_numbers: list[str] = Field(default_factory=list, max_length=50)
    details: str = Field(min_length=1, description="date, amount, reference of the payment")


class ContactArgs(_Args):
    email: str
    name: str | None = None


class CustomerArg(_Args):
    customer: str = Field(description="customer name or ERP id as the collector wrote it")


@dataclass(frozen=True, slots=True)
class ToolSpec:
    name: str
    description: str
    args: type[BaseModel]
    run: Callable[..., dict[str, Any]]
    check: Callable[..., dict[str, Any]] | None = None  # binding: validate, then ask yes/no


CUSTOMER_TOOLS: dict[str, ToolSpec] = {t.name: t for t in (
    ToolSpec("account_balance", "The customer's open invoices, total due and overdue.",
             NoArgs, account_balance),
    ToolSpec("invoice_details", "Details of one of the customer's invoices.", InvoiceArg,
             invoice_details),
    ToolSpec("send_statement", "Generate the customer's statement of account (PDF).", NoArgs,
             send_statement),
    ToolSpec("send_invoice_copy", "Generate a copy of one invoice (PDF).", InvoiceArg,
             send_invoice_copy),
    ToolSpec("record_promise", "Propose to record a promise to pay; the customer confirms.",
             PromiseArgs, record_promise, check_promise),
    ToolSpec("record_dispute", "Propose to open a dispute on an invoice (puts it on hold); "
             "the customer confirms.", DisputeArgs, record_dispute, check_dispute),
    ToolSpec("record_payment_plan_request", "Propose to pass instalment terms to a collector "
             "(never grants them); the customer confirms.", PlanArgs,
             record_payment_plan_request, check_payment_plan),
    ToolSpec("find_payment", "Look for payments received and applied.", InvoicesArg,
             find_payment),
    ToolSpec("report_payment", "Pass the customer's payment details to a collector.",
             ReportPaymentArgs, report_payment),
    ToolSpec("update_contact", "Add a new AP contact, pending review.", ContactArgs,
             update_contact),
)}

COLLECTOR_TOOLS: dict[str, ToolSpec] = {t.name: t for t in (
    ToolSpec("priorities", "Today's priorities over the ledger.", NoArgs, priorities),
    ToolSpec("account_summary", "Summary of one customer's account.", CustomerArg,
             account_summary),
    ToolSpec("draft_reminder", "Draft the next, firmer reminder for approval (never sends).",
             CustomerArg, draft_reminder),
    ToolSpec("explain_application", "Why payments were applied to an invoice.", InvoiceArg,
             explain_application),
    ToolSpec("dso", "Countback DSO this month against last month.", NoArgs, dso),
)}


def tools_for(scope: Scope) -> dict[str, ToolSpec]:
    return CUSTOMER_TOOLS if scope.role == "customer" else COLLECTOR_TOOLS
