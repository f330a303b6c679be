"""The approval queue and sending: approve, reject or edit drafts; send approved ones through
SMTP after re-checking the ledger (a payment since drafting, a legal hold or a bounced contact
cancels; outside the customer's contact hours waits). Every transition is audited.
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.contact_rules import within_window
from assistant.documents import Company, StatementLine, invoice_copy_pdf, statement_pdf
from assistant.dunning import DunningPolicy
from ledger import audit
from ledger.clock import now_utc
from ledger.errors import ExternalError, LedgerError
from ledger.models import Contact, Customer, Draft, DunningState, Invoice
from ledger.settings import Settings

EDITABLE = ("drafted", "edited")


def _get(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id, with_for_update=True)
    if draft is None:
        raise LedgerError(f"no draft {draft_id}")
    return draft


def approve(session: Session, draft_id: int, by: str) -> Draft:
    draft = _get(session, draft_id)
    if draft.status not in EDITABLE:
        raise LedgerError(f"draft {draft_id} is {draft.status}; only drafted or edited drafts "
                          f"can be approved")
    problems = (draft.evidence or {}).get("compliance") or []
    if problems:
        raise LedgerError(f"draft {draft_id} failed the compliance check: {'; '.join(problems)}")
    draft.status, draft.decided_by, draft.decided_at = "approved", by, now_utc()
    if draft.kind == "dunning":
        state = session.scalars(select(DunningState).where(
            DunningState.customer_pk == draft.customer_pk)).first()
        if state is not None:
            state.approved_at = draft.decided_at
    audit.record(session, by, "draft_approved", "draft", draft.id)
    return draft


def reject(session: Session, draft_id: int, by: str, reason: str) -> Draft:
    draft = _get(session, draft_id)
    if draft.status not in (*EDITABLE, "approved"):
        raise LedgerError(f"draft {draft_id} is {draft.status} and cannot be rejected")
    if not reason.strip():
        raise LedgerError("a rejection needs a reason")
    draft.status, draft.decided_by, draft.decided_at = "rejected", by, now_utc()
    draft.status_reason = reason
    audit.record(session, by, "draft_rejected", "draft", draft.id, reason=reason)
    return draft


def edit(session: Session, draft_id: int, by: str, body: str, subject: str | None = None
         ) -> Draft:
    from assistant.compliance import fair_practice_problems
    draft = _get(session, draft_id)
    if draft.status not in EDITABLE:
        raise LedgerError(f"draft {draft_id} is {draft.status} and cannot be edited")
    draft.body = body
    if subject:
        draft.subject = subject
    draft.status = "edited"
    draft.evidence = {**(draft.evidence or {}), "compliance": fair_practice_problems(body)}
    audit.record(session, by, "draft_edited", "draft", draft.id)
    return draft


@dataclass(frozen=True, slots=True)
class SendResult:
    draft_id: int
    status: str  # sent / cancelled / waiting / failed
    detail: str


def _cancel(session: Session, draft: Draft, reason: str) -> SendResult:
    draft.status, draft.status_reason = "cancelled", reason
    draft.decided_at = now_utc()
    audit.record(session, "outbox", "draft_cancelled", "draft", draft.id, reason=reason)
    return SendResult(draft.id, "cancelled", reason)


def recheck(session: Session, draft: Draft, customer: Customer | None) -> str | None:
    """Why this approved draft must not go out any more, or None."""
    if customer is not None and customer.legal_hold and draft.kind == "dunning":
        return f"legal hold ({customer.legal_hold}) since drafting"
    if customer is not None and customer.legal_hold and draft.kind == "reply":
        return f"legal hold ({customer.legal_hold}): replies go through a collector"
    if customer is not None and customer.excluded_from_dunning and draft.kind == "dunning":
        return "customer excluded from dunning since drafting"
    if draft.to:
        contact = session.scalars(select(Contact).where(
            Contact.email == draft.to.lower(), Contact.customer_pk == draft.customer_pk)).first()
        if contact is not None and contact.status != "active":
            return f"contact {draft.to} is {contact.status}"
    if draft.kind == "dunning":
        drafted = (draft.evidence or {}).get("open_amounts", {})
        if drafted:
            rows = session.scalars(select(Invoice).where(
                Invoice.invoice_number.in_(list(drafted)))).all()
            for inv in rows:
                if inv.open_amount < Decimal(drafted[inv.invoice_number]):
                    return f"payment applied to {inv.invoice_number} since drafting"
                if inv.on_hold_reason:
                    return f"{inv.invoice_number} put on hold since drafting ({inv.on_hold_reason})"
    return None


def _attachments(session: Session, draft: Draft, customer: Customer, company: Company,
                 today: date) -> list[tuple[str, bytes]]:
    files = []
    for spec in draft.attachments or []:
        if not isinstance(spec, dict):
            continue
        if spec.get("kind") == "statement":
            invoices = session.scalars(select(Invoice).where(
                Invoice.customer_pk == customer.id, Invoice.open_amount > Decimal(0))).all()
            lines = [StatementLine(i.invoice_number, i.issue_date, i.due_date, i.currency,
                                   i.amount, i.open_amount) for i in invoices]
            files.append((spec["filename"], statement_pdf(company, customer.customer_id,
                                                          customer.name, lines, today,
                                                          draft.language)))
        elif spec.get("kind") == "invoice_copy":
            inv = session.scalars(select(Invoice).where(
                Invoice.invoice_number == spec["invoice"],
                Invoice.customer_pk == customer.id)).first()
            if inv is not None:
                line = StatementLine(inv.invoice_number, inv.issue_date, inv.due_date,
                                     inv.currency, inv.amount, inv.open_amount)
                files.append((spec["filename"], invoice_copy_pdf(
                    company, customer.customer_id, customer.name, line, inv.po_number,
                    draft.language)))
    return files


def build_email(draft: Draft, sender: str, attachments: list[tuple[str, bytes]],
                when: datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = draft.to or ""
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "arbox.local")
    if draft.in_reply_to:
        msg["In-Reply-To"] = f"<{draft.in_reply_to}>"
        msg["References"] = f"<{draft.in_reply_to}>"
    msg["Auto-Submitted"] = "no"
    msg.set_content(draft.body)
    for filename, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=filename)
    return msg


def company_from(settings: Settings) -> Company:
    return Company(settings.company_name, settings.company_address, settings.company_iban,
                   settings.company_bic, settings.company_logo)


def _smtp(settings: Settings) -> smtplib.SMTP:
    if not settings.smtp_host:
        raise ExternalError("ARBOX_SMTP_HOST is not set: cannot send")
    try:
        if settings.smtp_ssl:
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                    timeout=settings.smtp_timeout_seconds,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port,
                                  timeout=settings.smtp_timeout_seconds)
            if settings.smtp_starttls and client.has_extn("starttls"):
                client.starttls(context=ssl.create_default_context())
        if settings.smtp_user and settings.smtp_password:
            client.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        return client
    except (OSError, smtplib.SMTPException) as exc:
        raise ExternalError(f"SMTP {settings.smtp_host}:{settings.smtp_port}: {exc}") from exc


def send_approved(session: Session, settings: Settings, policy: DunningPolicy, now: datetime,
                  today: date) -> list[SendResult]:
    """Send every approved draft that may go out now; the caller commits."""
    drafts = session.scalars(select(Draft).where(Draft.status == "approved")
                             .order_by(Draft.id).with_for_update(skip_locked=True)).all()
    results: list[SendResult] = []
    client: smtplib.SMTP | None = None
    company = company_from(settings)
    try:
        for draft in drafts:
            customer = session.get(Customer, draft.customer_pk) if draft.customer_pk else None
            why = recheck(session, draft, customer)
            if why:
                results.append(_cancel(session, draft, why))
                continue
            if not draft.to:
                results.append(SendResult(draft.id, "waiting", "no recipient address"))
                continue
            if draft.kind == "dunning" and not within_window(
                    now, customer.timezone if customer else None, policy.default_timezone,
                    policy.window_weekdays, policy.window_start, policy.window_end):
                results.append(SendResult(draft.id, "waiting", "outside the customer's contact "
                                                               "hours"))
                continue
            files = _attachments(session, draft, customer, company, today) if customer else []
            message = build_email(draft, settings.ar_address, files, now)
            if client is None:
                client = _smtp(settings)
            try:
                client.send_message(message)
            except smtplib.SMTPException as exc:
                results.append(SendResult(draft.id, "failed", str(exc)))
                audit.record(session, "outbox", "send_failed", "draft", draft.id, error=str(exc))
                continue
            draft.status, draft.sent_at = "sent", now
            draft.sent_message_id = str(message["Message-ID"]).strip("<>")
            if draft.kind == "dunning" and customer is not None:
                state = session.scalars(select(DunningState).where(
                    DunningState.customer_pk == customer.id)).first()
                if state is not None:
                    state.sent_at = now
            audit.record(session, "outbox", "draft_sent", "draft", draft.id, to=draft.to,
                         message_id=draft.sent_message_id)
            results.append(SendResult(draft.id, "sent", f"to {draft.to}"))
    finally:
        if client is not None:
            try:
                client.quit()
            except smtplib.SMTPException:
                pass
    return results
