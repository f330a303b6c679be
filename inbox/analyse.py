"""The offline understanding of one message: parse, strip quotes, detect bounces and
auto-replies, identify the customer, classify, extract facts. Bytes in, `Understanding` out.

Pure: the ledger arrives as a `LedgerView` snapshot built by inbox.service.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from inbox import amounts, dates, remittance
from inbox.amounts import identifier_spans
from inbox.attachments import attachment_rows
from inbox.autoreplies import detect_auto_reply
from inbox.bounces import detect_bounce
from inbox.classify import IntentScore, classify_intents
from inbox.intent_model import IntentModel
from inbox.plan_terms import PlanTerms, find_plan_terms
from inbox.disputes import dispute_reason
from inbox.identify import Directory, Identification, identify_customer
from inbox.language import detect_language
from inbox.message import ParsedMessage
from inbox.mime import parse_message
from inbox.quotes import split_reply
from inbox.references import (ReferenceIndex, ReferenceMention, find_reference_candidates,
                              normalize_reference)
from ledger.errors import InputError

_REPLY_PREFIXES = ("re:", "aw:", "sv:", "tr:", "fw:", "fwd:", "wg:", "rv:", "réf:", "ref:")
_REMITTANCE_TYPES = ("text/csv", "application/pdf", "application/vnd.ms-excel",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "text/html")


@dataclass(frozen=True, slots=True)
class LedgerView:
    """What analysis needs to know of the ledger, loaded once per run."""

    directory: Directory
    invoice_owner: dict[str, str]  # invoice_number → customer_id
    invoices_by_customer: dict[str, tuple[str, ...]]
    invoice_currency: dict[str, str]
    all_invoices: ReferenceIndex

    def customer_index(self, customer_id: str) -> ReferenceIndex:
        return ReferenceIndex(self.invoices_by_customer.get(customer_id, ()))


@dataclass(frozen=True, slots=True)
class RemittanceFacts:
    payment_amount: Decimal | None
    currency: str | None
    payment_date: date | None
    lines: tuple[dict[str, Any], ...]  # invoice_number, reference, paid_amount, deduction_*


@dataclass(frozen=True, slots=True)
class Understanding:
    message: ParsedMessage
    own_text: str
    language: str | None
    intents: tuple[IntentScore, ...]
    identification: Identification
    invoice_refs: tuple[str, ...]
    promised_date: date | None = None
    promised_amount: Decimal | None = None
    promised_currency: str | None = None
    dispute_reason: str | None = None
    disputed_invoices: tuple[str, ...] = ()
    remittance: RemittanceFacts | None = None
    return_date: date | None = None
    bounced_recipient: str | None = None
    payment_plan: PlanTerms | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def primary_intent(self) -> str:
        return self.intents[0].label if self.intents else "other"

    def has(self, label: str) -> bool:
        return any(i.label == label for i in self.intents)


def customer_subject(subject: str) -> str:
    """The subject when the customer wrote it; a reply keeps our reminder's subject, so skip it."""
    lowered = subject.strip().lower()
    return "" if lowered.startswith(_REPLY_PREFIXES) else subject


def _resolve(mentions: Sequence[ReferenceMention], index: ReferenceIndex) -> list[Any]:
    return [index.resolve(m) for m in mentions if m.kind != "po"]


# A bare number with leading zeros or of 5+ digits ("00472 got stuck", "100398 is paid").
_BARE_NUMBER = re.compile(r"(?<![\w.,/:+-])(0\d{2,}|\d{5,})(?![\w,/-]|\.\d)")


def _bare_numbers(own: str, mentions: Sequence[ReferenceMention], index: ReferenceIndex
                  ) -> list[Any]:
    """Numbers written without any invoice word that are, unambiguously, the end of one of
    the writer's own invoice numbers. Only tried once the customer is known, where the
    candidates are few; anything looking like an amount, a phone or an id is skipped."""
    taken = [(m.start, m.end) for m in mentions]
    blocked = identifier_spans(own)
    found = []
    for match in _BARE_NUMBER.finditer(own):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or any(
                s < end and start < e for s, e in blocked):
            continue
        mention = ReferenceMention(match.group(0), start, end,
                                   normalize_reference(match.group(0)), "unknown")
        res = index.resolve(mention)
        if res.invoice_number and res.method in ("exact", "normalized", "suffix"):
            found.append(res)
    return found


def understand(raw: bytes, view: LedgerView, *, max_attachment_bytes: int = 10_000_000,
               max_attachments: int = 50, intent_model: IntentModel | None = None
               ) -> Understanding:
    """Everything arbox reads from one message. Raises InputError if it is not an email."""
    msg = parse_message(raw, max_attachment_bytes=max_attachment_bytes,
                        max_attachments=max_attachments)
    evidence: dict[str, Any] = {"defects": list(msg.defects)}
    sent = (msg.date.date() if msg.date else None)
    bounce = detect_bounce(msg)
    auto = None if bounce else detect_auto_reply(msg)
    reply = split_reply(msg.text, msg.html)
    own = reply.own_text.strip()
    subject = customer_subject(msg.subject)
    language = detect_language(own) or detect_language(msg.text[:2000])

    rem_text_lines = remittance.find_remittance_lines(own)
    table_lines: list[remittance.RemittanceLine] = []
    for att in msg.attachments:
        if att.content_type in _REMITTANCE_TYPES or (att.filename or "").lower().endswith(
                (".csv", ".pdf", ".xlsx", ".xls", ".html")):
            try:
                table_lines.extend(remittance.rows_to_remittance_lines(attachment_rows(att)))
            except InputError as exc:
                evidence.setdefault("attachment_errors", []).append(
                    f"{att.filename}: {exc}")
    rem_lines = rem_text_lines + table_lines

    mentions = find_reference_candidates(own)
    taken = {(m.start, m.end) for m in mentions}
    # Bare numbers under an "Invoice" column of a remittance table are references too.
    mentions += [ln.reference for ln in rem_text_lines
                 if (ln.reference.start, ln.reference.end) not in taken]
    if subject:
        known = {m.key for m in mentions}
        mentions += [replace(m, start=-1 - m.start, end=-1 - m.end)  # not positions in `own`
                     for m in find_reference_candidates(subject) if m.key not in known]
    mentions += [ln.reference for ln in table_lines]
    global_res = _resolve(mentions, view.all_invoices)
    owners = sorted({view.invoice_owner[r.invoice_number] for r in global_res
                     if r.invoice_number and r.method in ("exact", "normalized")})
    if bounce:
        ident = identify_customer(bounce.recipient, own, view.directory, owners)
    else:
        ident = identify_customer(msg.from_address, own, view.directory, owners)
        if ident.customer_id is None and not owners:
            fuzzy_owners = sorted({view.invoice_owner[r.invoice_number] for r in global_res
                                   if r.invoice_number})
            if len(fuzzy_owners) == 1:
                ident = identify_customer(msg.from_address, own, view.directory, fuzzy_owners)
    evidence["customer"] = ident.explanation

    if ident.customer_id:
        index = view.customer_index(ident.customer_id)
        resolutions = _resolve(mentions, index)
        resolutions += _bare_numbers(own, mentions, index)
    else:
        resolutions = [r for r in global_res if r.method in ("exact", "normalized")]
    refs: list[str] = []
    for r in resolutions:
        if r.invoice_number and r.invoice_number not in refs:
            refs.append(r.invoice_number)
    evidence["references"] = [
        {"text": r.mention.text, "invoice_number": r.invoice_number, "method": r.method,
         "score": round(r.score, 3), "explanation": r.explanation} for r in resolutions]
    resolved_by_text = {(r.mention.start, r.mention.text): r.invoice_number for r in resolutions}

    found_amounts = amounts.find_amounts(own)
    promised = dates.find_promised_date(own, sent, language) if sent else None
    intents = classify_intents(own, subject, language, is_bounce=bounce is not None,
                               is_auto_reply=auto is not None,
                               has_remittance_lines=any(ln.paid_amount is not None
                                                        for ln in rem_lines),
                               has_promised_date=promised is not None,
                               has_amounts=bool(found_amounts),
                               model_scores=(intent_model.scores(own, subject)
                                             if intent_model and bounce is None else None))
    evidence["intents"] = {i.label: list(i.evidence) for i in intents}
    labels = {i.label for i in intents}

    result = Understanding(message=msg, own_text=own, language=language, intents=tuple(intents),
                           identification=ident, invoice_refs=tuple(refs), evidence=evidence)
    changes: dict[str, Any] = {}
    if bounce:
        changes["bounced_recipient"] = bounce.recipient
        evidence["bounce"] = bounce.evidence
    if auto and sent:
        changes["return_date"] = dates.find_return_date(own or msg.text, sent, language)
        evidence["auto_reply"] = auto.evidence
    if "promise_to_pay" in labels or "payment_plan_request" in labels:
        if promised:
            changes["promised_date"] = promised.value
            evidence["promised_date"] = promised.text
        money = [a for a in found_amounts if a.amount > 0]
        if money:
            changes["promised_amount"] = money[0].amount
            changes["promised_currency"] = money[0].currency
    if "payment_plan_request" in labels:
        terms = find_plan_terms(own, sent, language, found_amounts)
        if terms is not None:
            changes["payment_plan"] = terms
            evidence["payment_plan"] = list(terms.evidence)
    if "dispute" in labels:
        reason = dispute_reason(own, language)
        changes["dispute_reason"] = reason[0] if reason else "other"
        evidence["dispute_reason"] = reason[1] if reason else "no specific reason stated"
        paid_refs = {resolved_by_text.get((ln.reference.start, ln.reference.text))
                     for ln in rem_text_lines}
        disputed = [r for r in refs if r not in paid_refs]
        changes["disputed_invoices"] = tuple(disputed or refs)
    # Lines only make a remittance when the message is an advice, not when "advice" is a
    # weak second reading of a claim or a promise: what it carries may be posted.
    advice = next((i for i in intents if i.label == "remittance_advice"), None)
    if rem_lines and advice is not None and (advice is intents[0] or advice.confidence >= 0.7):
        changes["remittance"] = _remittance_facts(own, rem_lines, resolutions, view, ident, sent)
        evidence["remittance_lines"] = [
            {"reference": ln.reference.text, "paid_amount": str(ln.paid_amount)
             if ln.paid_amount is not None else None, "text": ln.text.strip()[:200]}
            for ln in rem_lines]
    if changes:
        result = replace(result, **changes)
    return result


def _remittance_facts(own: str, lines: Sequence[remittance.RemittanceLine],
                      resolutions: Sequence[Any], view: LedgerView, ident: Identification,
                      sent: date | None) -> RemittanceFacts:
    by_mention = {(r.mention.start, r.mention.text): r for r in resolutions}
    index = view.customer_index(ident.customer_id) if ident.customer_id else view.all_invoices
    out: list[dict[str, Any]] = []
    currency = None
    for ln in lines:
        res = by_mention.get((ln.reference.start, ln.reference.text)) or index.resolve(ln.reference)
        number = res.invoice_number if res.method != "ambiguous" else None
        if number is None:
            continue  # kept in the evidence, never posted: see `understand`
        currency = currency or ln.currency or view.invoice_currency.get(number)
        line = {"invoice_number": number, "reference": ln.reference.text,
                "paid_amount": ln.paid_amount, "deduction_amount": ln.deduction_amount,
                "deduction_reason": ln.deduction_reason}
        same = next((x for x in out if x["invoice_number"] == number), None)
        if same is None:
            out.append(line)
        elif same["paid_amount"] is None and ln.paid_amount is not None:
            same.update(line)  # the table row names the amount the text line left out
    total = remittance.total_payment(own)
    if total is not None:
        amount, currency = total.amount, total.currency or currency
    else:
        paid = [ln["paid_amount"] for ln in out if ln["paid_amount"] is not None]
        amount = sum(paid, Decimal(0)) if paid else None
    return RemittanceFacts(amount, currency, sent, tuple(out))
