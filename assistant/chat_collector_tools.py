"""The collector assistant's tools over the whole ledger: today's priorities, an account's
summary, a firmer reminder drafted for approval (never sent), why payments were applied, and
countback DSO. Each refuses a customer scope itself.

Results are JSON-ready dicts; `draft_reminder` adds a Draft and an audit entry in the caller's
transaction.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.chat_tools import APPLIED, ToolContext, open_invoice_rows, totals_by_currency
from assistant.chat_types import ToolError
from assistant.compliance import Grounding, check_draft
from assistant.templates import render, template_language
from ledger import audit
from ledger.money import decimal_str
from ledger.models import (Analysis, Application, Customer, Dispute, Draft, DunningState,
                           Invoice, Message, Promise, Task)

REMINDER_TEMPLATES = ("reminder_1", "reminder_2", "reminder_3", "final_notice")


def _collector(ctx: ToolContext) -> None:
    if ctx.scope.role != "collector":
        raise ToolError("forbidden", "this tool serves collectors only")


def find_customers(session: Session, text: str) -> list[Customer]:
    """Customers a collector names in free text: by ERP id, or by name (typos tolerated)."""
    from rapidfuzz import fuzz
    t = text.lower()
    customers = session.scalars(select(Customer).order_by(Customer.customer_id)).all()
    by_id = [c for c in customers if re.search(rf"(?<![\w-]){re.escape(c.customer_id.lower())}"
                                               rf"(?![\w-])", t)]
    if by_id:
        return by_id
    exact = [c for c in customers if c.name.lower() in t]
    if exact:
        return exact
    words = [w for w in re.findall(r"[\w&'-]{3,}", t)]
    scored = []
    for c in customers:
        head = c.name.lower().split()[0] if c.name.split() else c.name.lower()
        best = max((fuzz.ratio(head, w) for w in words), default=0)
        if len(head) >= 3 and best >= 85:
            scored.append((best, c))
    top = max((s for s, _ in scored), default=0)
    return [c for s, c in scored if s == top]


def _resolve_customer(ctx: ToolContext, customer: str) -> Customer:
    _collector(ctx)
    found = find_customers(ctx.session, str(customer))
    if len(found) != 1:
        raise ToolError("ambiguous_customer" if found else "customer_not_found",
                        f"customer {str(customer)[:60]!r}: "
                        f"{'several match' if found else 'none matches'}",
                        candidates=[c.name for c in found[:5]])
    return found[0]


def priorities(ctx: ToolContext) -> dict[str, Any]:
    """Today's work: broken promises, new disputes, legal holds, top overdue accounts."""
    _collector(ctx)
    s, today = ctx.session, ctx.today
    names = {c.id: c for c in s.scalars(select(Customer))}
    broken = []
    for p in s.scalars(select(Promise).where(Promise.status.in_(("open", "broken")))
                       .order_by(Promise.promised_date)):
        inv = s.get(Invoice, p.invoice_pk) if p.invoice_pk else None
        late = p.status == "broken" or (p.promised_date is not None and p.promised_date < today
                                        and (inv is None or inv.open_amount > 0))
        if late:
            broken.append({"customer": names[p.customer_pk].name,
                           "customer_id": names[p.customer_pk].customer_id,
                           "invoice_number": inv.invoice_number if inv else None,
                           "promised_date": p.promised_date.isoformat()
                           if p.promised_date else None})
    since = today - timedelta(days=7)
    disputes = [{"customer": names[d.customer_pk].name,
                 "customer_id": names[d.customer_pk].customer_id,
                 "invoice_number": s.get(Invoice, d.invoice_pk).invoice_number
                 if d.invoice_pk else None, "reason": d.reason,
                 "opened_date": d.created_at.date().isoformat()}
                for d in s.scalars(select(Dispute).where(Dispute.status == "open")
                                   .order_by(Dispute.id.desc()))
                if d.created_at.date() >= since]
    holds = [{"customer": c.name, "customer_id": c.customer_id, "legal_hold": c.legal_hold}
             for c in sorted(names.values(), key=lambda c: c.customer_id) if c.legal_hold]
    overdue: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    oldest: dict[tuple[int, str], int] = defaultdict(int)
    for inv in s.scalars(select(Invoice).where(Invoice.open_amount > Decimal(0),
                                               Invoice.due_date < today)):
        key = (inv.customer_pk, inv.currency)
        overdue[key] += inv.open_amount
        oldest[key] = max(oldest[key], (today - inv.due_date).days)
    top = sorted(overdue.items(), key=lambda kv: (-kv[1], names[kv[0][0]].customer_id))[:5]
    return {"today": today.isoformat(), "broken_promises": broken[:10],
            "new_disputes": disputes[:10], "legal_holds": holds,
            "top_overdue": [{"customer": names[k[0]].name,
                             "customer_id": names[k[0]].customer_id, "currency": k[1],
                             "overdue_amount": decimal_str(v), "oldest_days": oldest[k]}
                            for k, v in top],
            "open_tasks": len(s.scalars(select(Task.id).where(Task.status == "open")).all())}


def _ageing(rows: list[Invoice], today: date) -> dict[str, dict[str, str]]:
    buckets = ("current", "1-30", "31-60", "61-90", "90+")
    out: dict[str, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(buckets, Decimal(0)))
    for inv in rows:
        late = (today - inv.due_date).days
        b = "current" if late <= 0 else "1-30" if late <= 30 else "31-60" if late <= 60 \
            else "61-90" if late <= 90 else "90+"
        out[inv.currency][b] += inv.open_amount
    return {cur: {b: decimal_str(v) for b, v in row.items()} for cur, row in sorted(out.items())}


def account_summary(ctx: ToolContext, customer: str) -> dict[str, Any]:
    """One account: open amount, ageing, promises, disputes, holds and the last contacts."""
    c = _resolve_customer(ctx, customer)
    s = ctx.session
    rows = open_invoice_rows(s, c.id)
    promises = [{"invoice_number": s.get(Invoice, p.invoice_pk).invoice_number
                 if p.invoice_pk else None,
                 "promised_date": p.promised_date.isoformat() if p.promised_date else None,
                 "status": p.status}
                for p in s.scalars(select(Promise).where(Promise.customer_pk == c.id)
                                   .order_by(Promise.id.desc()).limit(5))]
    disputes = [{"invoice_number": s.get(Invoice, d.invoice_pk).invoice_number
                 if d.invoice_pk else None, "reason": d.reason, "status": d.status}
                for d in s.scalars(select(Dispute).where(Dispute.customer_pk == c.id,
                                                         Dispute.status == "open"))]
    contacts = []
    for a, m in s.execute(select(Analysis, Message).join(Message).where(
            Analysis.customer_pk == c.id).order_by(Message.received_at.desc()).limit(3)):
        contacts.append({"date": m.received_at.date().isoformat(), "direction": "in",
                         "what": a.primary_intent})
    for d in s.scalars(select(Draft).where(Draft.customer_pk == c.id, Draft.status == "sent")
                       .order_by(Draft.sent_at.desc()).limit(3)):
        contacts.append({"date": d.sent_at.date().isoformat() if d.sent_at else None,
                         "direction": "out", "what": f"{d.kind} email"})
    contacts.sort(key=lambda x: x["date"] or "", reverse=True)
    return {"customer": c.name, "customer_id": c.customer_id, "totals": totals_by_currency(rows),
            "overdue_totals": totals_by_currency([i for i in rows if i.due_date < ctx.today]),
            "count": len(rows), "ageing": _ageing(rows, ctx.today), "promises": promises,
            "disputes": disputes, "legal_hold": c.legal_hold, "last_contacts": contacts[:4],
            "collector": c.collector}


def draft_reminder(ctx: ToolContext, customer: str) -> dict[str, Any]:
    """Draft the next, firmer dunning email for a collector's approval: never sends."""
    c = _resolve_customer(ctx, customer)
    if c.legal_hold:
        raise ToolError("legal_hold", f"{c.name} is under legal hold ({c.legal_hold}): no "
                                      f"reminder", customer=c.name)
    if c.excluded_from_dunning:
        raise ToolError("excluded", f"{c.name} is excluded from dunning", customer=c.name)
    rows = [i for i in open_invoice_rows(ctx.session, c.id)
            if i.due_date < ctx.today and not i.on_hold_reason]
    if not rows:
        raise ToolError("nothing_overdue", f"{c.name} has nothing overdue to remind about",
                        customer=c.name)
    state = ctx.session.scalars(select(DunningState).where(
        DunningState.customer_pk == c.id)).first()
    level = min((state.level if state else 0) + 1, len(REMINDER_TEMPLATES))
    template = REMINDER_TEMPLATES[level - 1]
    totals = totals_by_currency(rows)
    invoices = [{"number": i.invoice_number, "due_date": i.due_date.isoformat(),
                 "open_amount": decimal_str(i.open_amount), "currency": i.currency,
                 "days_overdue": (ctx.today - i.due_date).days} for i in rows]
    lang = template_language(c.language)
    bank = ""
    if ctx.company.iban:
        label = "Coordonnées bancaires" if lang == "fr" else "Bank details"
        bank = f"{label}: IBAN {ctx.company.iban} BIC {ctx.company.bic}\n"
    rendered = render("dunning", lang, template, customer_name=c.name,
                      company_name=ctx.company.name, invoices=invoices,
                      totals=[f"{v} {k}" for k, v in totals.items()], payment_details=bank)
    facts = Grounding(invoice_numbers=frozenset(i.invoice_number for i in rows),
                      amounts=frozenset([*(i.open_amount for i in rows),
                                         *(Decimal(v) for v in totals.values())]),
                      dates=frozenset(i.due_date for i in rows))
    to = next((ct.email for ct in sorted(c.contacts, key=lambda x: x.id)
               if ct.status == "active"), None)
    draft = Draft(customer_pk=c.id, kind="dunning", language=rendered.language, to=to,
                  subject=rendered.subject, body=rendered.body, status="drafted",
                  dunning_level=level,
                  attachments=[{"filename": f"statement-{c.customer_id}-"
                                            f"{ctx.today.isoformat()}.pdf", "kind": "statement",
                                "invoices": [i.invoice_number for i in rows]}],
                  evidence={"level": level, "template": template, "source": "chat",
                            "requested_by": ctx.scope.collector,
                            "invoices": [i.invoice_number for i in rows],
                            "open_amounts": {i.invoice_number: decimal_str(i.open_amount)
                                             for i in rows},
                            "compliance": check_draft(rendered.body, facts)})
    ctx.session.add(draft)
    ctx.session.flush()
    audit.record(ctx.session, ctx.scope.actor, "draft_created", "draft", draft.id,
                 kind="dunning", level=level, invoices=draft.evidence["invoices"],
                 source="chat")
    return {"draft_id": draft.id, "customer": c.name, "level": level, "template": template,
            "to": to, "subject": rendered.subject, "invoice_numbers": draft.evidence["invoices"],
            "totals": totals, "status": "drafted"}


def explain_application(ctx: ToolContext, invoice_number: str) -> dict[str, Any]:
    """Why payments went on an invoice: each application's status, score and evidence."""
    _collector(ctx)
    inv = ctx.session.scalars(select(Invoice).where(
        Invoice.invoice_number == str(invoice_number).strip())).first()
    if inv is None:
        raise ToolError("not_found", f"no invoice {str(invoice_number).strip()[:40]}",
                        invoice_number=str(invoice_number).strip()[:40])
    apps = ctx.session.scalars(select(Application).where(Application.invoice_pk == inv.id)
                               .order_by(Application.id)).all()
    return {"invoice_number": inv.invoice_number, "customer": inv.customer.name,
            "applications": [{
                "amount": decimal_str(a.amount), "currency": a.currency, "status": a.status,
                "score": decimal_str(a.score) if a.score is not None else None,
                "payment_amount": decimal_str(a.payment.amount),
                "value_date": a.payment.value_date.isoformat() if a.payment.value_date
                else None, "payer_name": a.payment.payer_name,
                "reference": a.payment.reference,
                "evidence": [str(e) for e in (a.evidence or [])][:8]} for a in apps]}


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _prev_month_end(d: date) -> date:
    return _month_start(d) - timedelta(days=1)


def countback_dso(receivable: Decimal, periods: list[tuple[int, Decimal]]) -> Decimal:
    """Countback DSO: walk back through periods (days, sales), newest first, absorbing the
    receivable with each period's sales; a partly absorbed period counts pro rata."""
    days, remaining = Decimal(0), receivable
    for n_days, sales in periods:
        if remaining <= 0:
            break
        if sales <= 0 or remaining >= sales:
            days += n_days
            remaining -= max(sales, Decimal(0))
        else:
            days += Decimal(n_days) * remaining / sales
            remaining = Decimal(0)
    return days.quantize(Decimal("0.1"))


def _dso_at(session: Session, end: date, invoices: list[Invoice],
            applied_after: dict[int, Decimal]) -> dict[str, str]:
    by_currency: dict[str, list[Invoice]] = defaultdict(list)
    for inv in invoices:
        by_currency[inv.currency].append(inv)
    out = {}
    for cur, rows in sorted(by_currency.items()):
        receivable = sum((i.open_amount + applied_after.get(i.id, Decimal(0))
                          for i in rows if i.issue_date <= end), Decimal(0))
        periods = []
        period_end = end
        for _ in range(24):
            start = _month_start(period_end)
            sales = sum((i.amount for i in rows if start <= i.issue_date <= period_end),
                        Decimal(0))
            periods.append(((period_end - start).days + 1, sales))
            period_end = start - timedelta(days=1)
        out[cur] = str(countback_dso(receivable, periods))
    return out


def dso(ctx: ToolContext) -> dict[str, Any]:
    """Countback DSO over the ledger, per currency: this month to date against last month."""
    _collector(ctx)
    s = ctx.session
    invoices = list(s.scalars(select(Invoice)))
    last_end = _prev_month_end(ctx.today)

    def applied_after(end: date) -> dict[int, Decimal]:
        out: dict[int, Decimal] = defaultdict(Decimal)
        for a in s.scalars(select(Application).where(Application.status.in_(APPLIED))):
            if a.created_at.date() > end:
                out[a.invoice_pk] += a.amount + (a.deduction_amount or Decimal(0))
        return out

    return {"this_month": _dso_at(s, ctx.today, invoices, applied_after(ctx.today)),
            "last_month": _dso_at(s, last_end, invoices, applied_after(last_end)),
            "this_month_end": ctx.today.isoformat(), "last_month_end": last_end.isoformat(),
            "method": "countback"}
