"""Candidate invoices for a payment, each with how its reference was found, and how a paid
amount fits an open amount (exact, early-payment discount, bank charges, partial, over).

Pure: reads the InvoiceIndex, decides nothing; matching.engine scores and ranks.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ledger.money import quantize
from matching.index import InvoiceIndex, Scope
from matching.records import MatchPolicy, OpenInvoice
from matching.reference_text import RefToken, one_edit_variants

# How a reference was found, strongest first.
KINDS = ("structured", "exact", "suffix", "one_edit", "fuzzy")
_RANK = {kind: i for i, kind in enumerate(KINDS)}
SUFFIX_BUCKET_MAX = 3000  # a tail like "1" is shared by too many invoices to mean anything
ONE_EDIT_TOKENS = 12  # tokens whose near misses are looked up, per payment
FUZZY_SCOPE_MAX = 3000  # invoices compared one by one when the customers are known


@dataclass(frozen=True, slots=True)
class Candidate:
    position: int  # in index.invoices
    kind: str  # one of KINDS
    written: str  # the text as the payer wrote it


def _ref_like(token: RefToken, min_len: int) -> bool:
    digits = sum(ch.isdigit() for ch in token.key)
    return len(token.key) >= min_len and digits >= 3


def reference_candidates(tokens: tuple[RefToken, ...], index: InvoiceIndex, scope: Scope,
                         amount: Decimal | None = None,
                         currency: str | None = None) -> dict[int, Candidate]:
    """Invoices the payment text points at, each under its strongest kind of evidence.

    With the payment's amount and currency, a token naming an invoice of exactly that open
    amount is taken as it is: its near misses are not looked up."""
    found: dict[int, Candidate] = {}

    def offer(pos: int, kind: str, written: str) -> None:
        old = found.get(pos)
        if old is None or _RANK[kind] < _RANK[old.kind]:
            found[pos] = Candidate(pos, kind, written)

    invoices = index.invoices
    settled: set[str] = set()  # tokens naming an invoice the payment pays exactly
    for t in tokens:
        for pos in index.with_key(t.key):
            offer(pos, "structured" if t.structured else "exact", t.written)
            inv = invoices[pos]
            if inv.open_amount == amount and inv.currency == currency:
                settled.add(t.key)
    # Dropped prefix: "00417" or "2026-417" for INV-2026-00417.
    for t in tokens:
        if t.tail is None or len(t.tail) < 3 or not t.key[0].isdigit():
            continue
        bucket = index.with_tail(t.tail)
        if len(bucket) > SUFFIX_BUCKET_MAX:
            continue
        for pos in bucket:
            key = invoices[pos].reference_key
            if key != t.key and key.endswith(t.key):
                offer(pos, "suffix", t.written)
    # One slip: look the near misses up (cheap at any size: the variants are few).
    tried = 0
    get = index.by_key.get
    for t in tokens:
        if tried >= ONE_EDIT_TOKENS:
            break
        if t.key in settled or not _ref_like(t, 6) or not index.shaped_like_a_key(t.key):
            continue
        tried += 1
        for variant in one_edit_variants(t.key):
            hit = get(variant)
            if hit is None:
                continue
            for pos in ((hit,) if type(hit) is int else hit):
                offer(pos, "one_edit", t.written)
    # Known customers: compare with each of their invoices, also with a prefix left out.
    strong_in_scope = any(c.kind in ("exact", "structured")
                          and scope.contains(invoices[c.position].customer_id)
                          for c in found.values())
    if scope.customer_ids is not None and not strong_in_scope:
        positions = [p for cid in sorted(scope.customer_ids) for p in index.of_customer(cid)]
        if 0 < len(positions) <= FUZZY_SCOPE_MAX:
            keys = [invoices[p].reference_key for p in positions]
            for t in tokens:
                if not _ref_like(t, 5):
                    continue
                q = t.key
                for _, _, j in process.extract(q, keys, scorer=OSA.distance, score_cutoff=1,
                                               limit=None):
                    offer(positions[j], "fuzzy", t.written)
                if q[0].isdigit():
                    tails = [k[-len(q):] for k in keys]
                    for _, _, j in process.extract(q, tails, scorer=OSA.distance,
                                                   score_cutoff=1, limit=None):
                        if len(keys[j]) > len(q):
                            offer(positions[j], "fuzzy", t.written)
    return found


@dataclass(frozen=True, slots=True)
class AmountFit:
    """How a paid amount fits one invoice's open amount."""

    kind: str  # exact / discount / discount_late / bank_charges / partial / over
    applied: Decimal  # what goes on the invoice
    deduction: Decimal | None  # what closes the rest of it
    reason: str | None
    words: str  # for the evidence


def amount_fit(paid: Decimal, invoice: OpenInvoice, value_date: date | None,
               policy: MatchPolicy) -> AmountFit:
    cur = invoice.currency
    open_amount = invoice.open_amount
    if paid == open_amount:
        return AmountFit("exact", paid, None, None,
                         f"the amount {paid} {cur} equals the open amount of "
                         f"{invoice.invoice_number}")
    if paid > open_amount:
        return AmountFit("over", open_amount, None, None,
                         f"the amount {paid} {cur} is more than the open amount {open_amount} of "
                         f"{invoice.invoice_number}: {paid - open_amount} would stay unapplied")
    short = open_amount - paid
    for rate in policy.discount_rates:
        expected = quantize(open_amount * (1 - rate), cur)
        if abs(paid - expected) <= policy.discount_tolerance:
            pct = f"{(rate * 100).normalize():f}%"
            days = (value_date - invoice.issue_date).days if value_date else None
            if policy.discount_days is not None and days is not None \
                    and days > policy.discount_days:
                return AmountFit("discount_late", paid, short, "early_payment_discount",
                                 f"the amount is the open amount of {invoice.invoice_number} less "
                                 f"{pct} ({short} {cur}), but paid {days} days after the invoice "
                                 f"date, later than the {policy.discount_days} days a discount "
                                 f"allows")
            return AmountFit("discount", paid, short, "early_payment_discount",
                             f"the amount is the open amount {open_amount} of "
                             f"{invoice.invoice_number} less a {pct} early-payment discount "
                             f"({short} {cur})")
    if short <= policy.bank_charge_max and short * 10 <= open_amount:
        return AmountFit("bank_charges", paid, short, "bank_charges",
                         f"the amount is the open amount {open_amount} of "
                         f"{invoice.invoice_number} less {short} {cur}, as bank charges")
    return AmountFit("partial", paid, None, None,
                     f"partial payment: {paid} {cur} of the open {open_amount} of "
                     f"{invoice.invoice_number}; the rest stays open")
