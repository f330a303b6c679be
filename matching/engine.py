"""Cash application: propose how one payment settles open invoices, score each proposal, and
decide whether arbox may apply it on its own.

Pure: no database, no clock. The service layer builds an InvoiceIndex of the open invoices,
calls `match_payment` per payment and posts what it returns. A wrong posting costs far more
than a suggestion, so a proposal is applied automatically only when it is confident and
clearly ahead of the next one; two equally good proposals are always left to a person.

Rules, each naming its proposals: remittance_advice, reference, references_sum,
references_in_order, amount, oldest_first, combination, cross_currency.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from ledger.money import quantize
from ledger.references import reference_key
from matching.candidates import (KINDS, AmountFit, Candidate, amount_fit,
                                 reference_candidates)
from matching.combinations import find_subsets, prefix_fits
from matching.index import (CustomerRecord, InvoiceIndex, KnownPayer, Scope, normalise_name,
                            to_minor)
from matching.records import (MatchDecision, MatchPolicy, OpenInvoice, PaymentToMatch,
                              Proposal, ProposedApplication, RemittanceItem)
from matching.reference_text import reference_tokens

__all__ = ["CustomerRecord", "InvoiceIndex", "KnownPayer", "MatchDecision", "MatchPolicy",
           "OpenInvoice", "PaymentToMatch", "Proposal", "ProposedApplication",
           "RemittanceItem", "match_payment", "normalise_name"]

D = Decimal
NEVER_AUTO = frozenset({"cross_currency", "references_in_order"})
STRONG = frozenset({"exact", "structured"})

# Score of a one-invoice proposal by how its reference was found (rows) and how the amount
# fits (columns). Two independent agreements (reference and amount) make a proposal strong;
# a reference alone is strong only when it is exact.
_SINGLE = {
    #             exact     discount  late      charges   partial   over
    "structured": (D("0.99"), D("0.97"), D("0.85"), D("0.97"), D("0.96"), D("0.75")),
    "exact": (D("0.99"), D("0.97"), D("0.85"), D("0.97"), D("0.96"), D("0.75")),
    "suffix": (D("0.97"), D("0.94"), D("0.80"), D("0.94"), D("0.80"), D("0.60")),
    "one_edit": (D("0.97"), D("0.93"), D("0.75"), D("0.93"), D("0.60"), D("0.50")),
    "fuzzy": (D("0.96"), D("0.92"), D("0.75"), D("0.92"), D("0.55"), D("0.45")),
}
_FIT_COLUMN = {"exact": 0, "discount": 1, "discount_late": 2, "bank_charges": 3, "partial": 4,
               "over": 5}


@dataclass(frozen=True, slots=True)
class _Context:
    payment: PaymentToMatch
    index: InvoiceIndex
    policy: MatchPolicy
    scope: Scope
    candidates: dict[int, Candidate]
    strong_refs: frozenset[int]  # exact references, same currency, not contradicted by scope
    unknown_refs: tuple[str, ...]  # written like an invoice number, but no open invoice's

    def invoice(self, pos: int) -> OpenInvoice:
        return self.index.invoices[pos]


def match_payment(payment: PaymentToMatch, index: InvoiceIndex,
                  policy: MatchPolicy = MatchPolicy()) -> MatchDecision:
    """Rank the ways this payment may settle open invoices and decide what to do with it."""
    if payment.amount <= 0:
        return MatchDecision("exception", None, (), None,
                             (f"the amount {payment.amount} {payment.currency} is not money "
                              f"received",))
    scope = index.resolve_scope(payment, policy)
    tokens = reference_tokens(payment.reference)
    candidates = reference_candidates(tokens, index, scope, payment.amount, payment.currency)
    strong = frozenset(
        pos for pos, c in candidates.items()
        if c.kind in STRONG and index.invoices[pos].currency == payment.currency
        and scope.contains(index.invoices[pos].customer_id) is not False)
    named = [c.written.upper() for c in candidates.values() if c.kind in STRONG]
    unknown = tuple(dict.fromkeys(
        t.written for t in tokens
        if (t.structured or index.shaped_like_a_key(t.key))
        and sum(ch.isdigit() for ch in t.key) >= 4
        and (any(ch.isalpha() for ch in t.key) or len(t.key) >= 7)
        and not any(t.written.upper() in w or w in t.written.upper() for w in named)))
    ctx = _Context(payment, index, policy, scope, candidates, strong, unknown)
    notes: list[str] = list(scope.evidence)
    proposals: list[Proposal] = []
    proposals += _remittance(ctx, notes)
    proposals += _single_references(ctx, notes)
    proposals += _several_references(ctx)
    proposals += _amounts(ctx)
    if not any(p.score >= policy.auto_apply_min_score for p in proposals):
        proposals += _combinations(ctx, True, notes)
    else:
        proposals += _combinations(ctx, False, notes)
    return _decide(ctx, proposals, notes)


# -- helpers -------------------------------------------------------------------------------

def _customer_factor(ctx: _Context, invoices: Iterable[OpenInvoice]) -> tuple[Decimal, list[str]]:
    """How the invoices' customers agree with who paid: 1 agrees, lower contradicts."""
    factor = D(1)
    words: list[str] = []
    outside = sorted({inv.customer_id for inv in invoices
                      if ctx.scope.contains(inv.customer_id) is False})
    if outside:
        who = ", ".join(ctx.index.customer_name(c) for c in outside)
        if ctx.scope.known:
            factor = D("0.80")
            words.append(f"the invoice belongs to {who}, not to the customer the payer is known "
                         f"as")
        else:
            factor = D("0.92")
            words.append(f"the invoice belongs to {who}, whose name the payer's does not "
                         f"resemble most")
    elif ctx.scope.customer_ids is None:
        factor = D("0.99")
    return factor, words


def _ref_words(c: Candidate, inv: OpenInvoice) -> str:
    if c.kind == "structured":
        return f"creditor reference {c.written} is invoice {inv.invoice_number}"
    if c.kind == "exact":
        return f'the payment text "{c.written}" is invoice {inv.invoice_number}'
    if c.kind == "suffix":
        return (f'"{c.written}" is the end of invoice number {inv.invoice_number} (its prefix '
                f"left out)")
    if c.kind == "one_edit":
        return (f'"{c.written}" is one character away from invoice {inv.invoice_number} '
                f"(a typing slip)")
    return f'"{c.written}" resembles invoice {inv.invoice_number} of a customer who may have paid'


def _elsewhere(ctx: _Context, positions: Iterable[int],
               factor: Decimal = D("0.75")) -> tuple[Decimal, list[str]]:
    """A proposal weighs less when the payment names other open invoices exactly."""
    other = ctx.strong_refs - set(positions)
    if not other:
        return D(1), []
    names = ", ".join(sorted(ctx.invoice(p).invoice_number for p in other))
    return factor, [f"but the payment text names {names} exactly"]


def _unexplained(ctx: _Context, factor: Decimal = D("0.90")) -> tuple[Decimal, list[str]]:
    """An amount-only proposal weighs less when the text names an invoice that is not open:
    the money may be for that one (paid twice, credited, or someone else's)."""
    if not ctx.unknown_refs:
        return D(1), []
    names = ", ".join(f'"{w}"' for w in ctx.unknown_refs[:3])
    return factor, [f"but the payment text names {names}, which is no open invoice"]


def _proposal(apps: Sequence[ProposedApplication], score: Decimal, evidence: Iterable[str],
              rule: str) -> Proposal:
    score = min(max(score, D(0)), D(1)).quantize(D("0.001"))
    return Proposal(tuple(apps), score, tuple(evidence), rule)


def _app(inv: OpenInvoice, fit: AmountFit) -> ProposedApplication:
    return ProposedApplication(inv.invoice_number, fit.applied, fit.deduction, fit.reason)


def _full(inv: OpenInvoice) -> ProposedApplication:
    return ProposedApplication(inv.invoice_number, inv.open_amount)


# -- rules ---------------------------------------------------------------------------------

def _resolve_line(ctx: _Context, reference: str) -> tuple[int, Candidate] | None:
    found = reference_candidates(reference_tokens(reference), ctx.index, ctx.scope)
    usable = [c for c in found.values()
              if ctx.scope.contains(ctx.invoice(c.position).customer_id) is not False
              or c.kind in STRONG]
    if not usable:
        return None
    best_rank = min(KINDS.index(c.kind) for c in usable)
    best = [c for c in usable if KINDS.index(c.kind) == best_rank]
    if len(best) != 1:
        return None
    return best[0].position, best[0]


def _remittance(ctx: _Context, notes: list[str]) -> list[Proposal]:
    """The customer's own account of the payment: one application per advice line."""
    lines = [RemittanceItem(*line) for line in ctx.payment.remittance_lines]
    if not lines:
        return []
    cur = ctx.payment.currency
    apps: list[ProposedApplication] = []
    evidence: list[str] = []
    score = D("0.99")
    used: set[int] = set()
    invoices: list[OpenInvoice] = []
    for line in lines:
        resolved = _resolve_line(ctx, line.reference)
        if resolved is None:
            notes.append(f'remittance line "{line.reference}" matches no open invoice')
            score = min(score, D("0.70"))
            continue
        pos, cand = resolved
        inv = ctx.invoice(pos)
        if pos in used:
            score = min(score, D("0.60"))
            evidence.append(f"the advice names {inv.invoice_number} twice")
            continue
        if inv.currency != cur:
            notes.append(f"remittance line {line.reference}: invoice {inv.invoice_number} is in "
                         f"{inv.currency}, the payment in {cur}: never applied across currencies "
                         f"without a rate")
            score = min(score, D("0.50"))
            continue
        used.add(pos)
        invoices.append(inv)
        evidence.append(_ref_words(cand, inv))
        if cand.kind not in STRONG:
            score = min(score, D("0.93"))
        paid = line.paid_amount if line.paid_amount is not None else inv.open_amount
        deduction = line.deduction_amount or None
        if paid <= 0:
            evidence.append(f"the advice gives {paid} for {inv.invoice_number}")
            score = min(score, D("0.50"))
            continue
        if paid > inv.open_amount:
            evidence.append(f"the advice pays {paid} on {inv.invoice_number}, more than its open "
                            f"amount {inv.open_amount}: only the open amount is applied")
            paid, deduction = inv.open_amount, None
            score = min(score, D("0.80"))
        elif deduction is not None and paid + deduction > inv.open_amount:
            evidence.append(f"the advice deducts {deduction} from {inv.invoice_number}, more than "
                            f"is left open after {paid}: the deduction is capped")
            deduction = inv.open_amount - paid or None
            score = min(score, D("0.85"))
        reason = line.deduction_reason if deduction else None
        if deduction:
            evidence.append(f"{paid} {cur} on {inv.invoice_number}, {deduction} deducted"
                            + (f' ("{reason}", as the advice says)' if reason else ""))
        elif line.paid_amount is None:
            evidence.append(f"the advice gives no amount for {inv.invoice_number}: its open "
                            f"amount {inv.open_amount} is assumed")
        apps.append(ProposedApplication(inv.invoice_number, paid, deduction, reason))
    if not apps:
        return []
    total = sum((a.amount for a in apps), D(0))
    if total == ctx.payment.amount:
        evidence.append(f"the advice lines add up to the payment, {total} {cur}")
    elif total > ctx.payment.amount:
        evidence.append(f"the advice lines add up to {total} {cur}, more than the payment "
                        f"{ctx.payment.amount}")
        return [_proposal(_trim(apps, ctx.payment.amount), min(score, D("0.70")), evidence,
                          "remittance_advice")]
    else:
        evidence.append(f"the advice lines add up to {total} {cur}, less than the payment "
                        f"{ctx.payment.amount}: {ctx.payment.amount - total} stays unapplied")
        score = min(score, D("0.85"))
    factor, words = _customer_factor(ctx, invoices)
    return [_proposal(apps, score * factor, [*evidence, *words], "remittance_advice")]


def _trim(apps: list[ProposedApplication], available: Decimal) -> list[ProposedApplication]:
    """Keep the applications in order until the payment is used up (the last one partly)."""
    out = []
    for a in apps:
        if available <= 0:
            break
        amount = min(a.amount, available)
        keep_deduction = amount == a.amount
        out.append(ProposedApplication(a.invoice_number, amount,
                                       a.deduction_amount if keep_deduction else None,
                                       a.deduction_reason if keep_deduction else None))
        available -= amount
    return out


def _single_references(ctx: _Context, notes: list[str]) -> list[Proposal]:
    out: list[tuple[Candidate, AmountFit, Proposal]] = []
    pay = ctx.payment
    crossed: list[Proposal] = []
    for pos, cand in ctx.candidates.items():
        inv = ctx.invoice(pos)
        if inv.currency != pay.currency:
            crossed += _cross_currency(ctx, inv, cand, notes)
            continue
        if inv.open_amount <= 0:
            continue
        fit = amount_fit(pay.amount, inv, pay.value_date, ctx.policy)
        score = _SINGLE[cand.kind][_FIT_COLUMN[fit.kind]]
        if fit.kind == "partial" and cand.kind in STRONG:
            if not ctx.policy.auto_apply_partial:
                score = D("0.90")
            elif ctx.scope.contains(inv.customer_id) is not True:
                score = D("0.93")  # part of an unknown payer's money: a person should look
        factor, words = _customer_factor(ctx, [inv])
        if cand.kind not in STRONG:
            other, more = _elsewhere(ctx, [pos], D("0.90"))
            factor, words = factor * other, [*words, *more]
        out.append((cand, fit, _proposal([_app(inv, fit)], score * factor,
                                         [_ref_words(cand, inv), fit.words, *words],
                                         "reference")))
    # An invoice named exactly that the amount does not fit, and one a slip away that it
    # fits: either the customer paid part of the first, or mistyped the second.
    exact_misfit = [p for c, f, p in out if c.kind in STRONG and f.kind in ("partial", "over")]
    near_fit = [p for c, f, p in out if c.kind not in STRONG
                and f.kind in ("exact", "discount", "bank_charges")]
    if exact_misfit and near_fit:
        cap = D("0.90")
        doubt = (f"{', '.join(exact_misfit[0].invoice_numbers)} is named exactly but the amount "
                 f"does not fit it, while {', '.join(near_fit[0].invoice_numbers)}, a slip "
                 f"away, has exactly this amount open")
        capped = {id(p) for p in (*exact_misfit, *near_fit)}
        return [*crossed, *(replace(p, score=min(p.score, cap), evidence=(*p.evidence, doubt))
                            if id(p) in capped else p for _, _, p in out)]
    return [*crossed, *(p for _, _, p in out)]


def _cross_currency(ctx: _Context, inv: OpenInvoice, cand: Candidate,
                    notes: list[str]) -> list[Proposal]:
    pay = ctx.payment
    if cand.kind not in STRONG:
        return []
    rate = ctx.policy.rate(pay.currency, inv.currency)
    if rate is None:
        notes.append(f"invoice {inv.invoice_number} matches the reference but is in "
                     f"{inv.currency} and the payment in {pay.currency}: never applied across "
                     f"currencies without an exchange rate")
        return []
    converted = quantize(pay.amount * rate, inv.currency)
    words = [_ref_words(cand, inv),
             f"{pay.amount} {pay.currency} at the rate {rate} is {converted} {inv.currency}"]
    if abs(converted - inv.open_amount) <= inv.open_amount * ctx.policy.exchange_tolerance:
        words.append(f"close to the open amount {inv.open_amount} {inv.currency}: suggested, "
                     f"never applied automatically across currencies")
        return [_proposal([_full(inv)], D("0.90"), words, "cross_currency")]
    applied = min(converted, inv.open_amount)
    words.append(f"applied {applied} {inv.currency} of the open {inv.open_amount}")
    return [_proposal([ProposedApplication(inv.invoice_number, applied)], D("0.70"), words,
                      "cross_currency")]


def _several_references(ctx: _Context) -> list[Proposal]:
    """Several invoices named in the text: the ones that add up to the payment."""
    pay = ctx.payment
    named = [(pos, c) for pos, c in ctx.candidates.items()
             if ctx.invoice(pos).currency == pay.currency and ctx.invoice(pos).open_amount > 0
             and c.kind != "fuzzy"]
    if len(named) < 2:
        return []
    if len(named) > 16:
        named = [(pos, c) for pos, c in named if c.kind in STRONG]
        if len(named) < 2 or len(named) > 16:
            return []
    named.sort(key=lambda pc: (ctx.invoice(pc[0]).due_date, ctx.invoice(pc[0]).invoice_number))
    invs = [ctx.invoice(pos) for pos, _ in named]
    target = to_minor(pay.amount, pay.currency)
    if target is None:
        return []
    amounts = [to_minor(inv.open_amount, inv.currency) or 0 for inv in invs]
    out: list[Proposal] = []
    charge = to_minor(ctx.policy.bank_charge_max, pay.currency) or 0
    search = find_subsets(amounts, target, target + charge, min_size=2,
                          max_size=min(len(amounts), 6), budget=50_000, max_solutions=4)
    for subset in search.solutions:
        chosen = [invs[i] for i in subset]
        kinds = [named[i][1].kind for i in subset]
        total = sum((inv.open_amount for inv in chosen), D(0))
        apps = [_full(inv) for inv in chosen]
        words = [_ref_words(named[i][1], invs[i]) for i in subset]
        short = total - pay.amount
        if short:
            # The bank kept its fee off the transfer: booked against the largest invoice.
            largest = max(range(len(chosen)), key=lambda i: chosen[i].open_amount)
            big = chosen[largest]
            if short >= big.open_amount:
                continue
            apps[largest] = ProposedApplication(big.invoice_number, big.open_amount - short,
                                                short, "bank_charges")
            words.append(f"the invoices add up to {total} {pay.currency}; {short} less was "
                         f"received, as bank charges")
            score = D("0.95") if all(k in STRONG for k in kinds) else D("0.90")
        else:
            words.append(f"their open amounts add up to the payment, {total} {pay.currency}")
            score = D("0.99") if all(k in STRONG for k in kinds) else D("0.96")
        factor, cwords = _customer_factor(ctx, chosen)
        out.append(_proposal(apps, score * factor, [*words, *cwords], "references_sum"))
    # Discount on every named invoice.
    strong_invs = [inv for (pos, c), inv in zip(named, invs, strict=True) if c.kind in STRONG]
    if len(strong_invs) >= 2:
        for rate in ctx.policy.discount_rates:
            apps = []
            for inv in strong_invs:
                paid = quantize(inv.open_amount * (1 - rate), inv.currency)
                apps.append(ProposedApplication(inv.invoice_number, paid,
                                                inv.open_amount - paid, "early_payment_discount"))
            if any(a.amount <= 0 for a in apps):
                continue  # a cent's invoice discounted to nothing: no payment applies to it
            total = sum((a.amount for a in apps), D(0))
            if abs(total - pay.amount) <= ctx.policy.discount_tolerance:
                diff = pay.amount - total
                if diff and (apps[-1].deduction_amount - diff <= 0 or apps[-1].amount + diff <= 0):
                    continue
                if diff:
                    last = apps[-1]
                    apps[-1] = ProposedApplication(last.invoice_number, last.amount + diff,
                                                   last.deduction_amount - diff,
                                                   last.deduction_reason)
                factor, cwords = _customer_factor(ctx, strong_invs)
                names = ", ".join(inv.invoice_number for inv in strong_invs)
                out.append(_proposal(apps, D("0.97") * factor,
                                     [f"the payment text names {names}",
                                      f"their open amounts less a "
                                      f"{(rate * 100).normalize():f}% early-payment discount "
                                      f"add up to the payment", *cwords],
                                     "references_sum"))
                break
    if not out:
        strong = [(inv, c) for (pos, c), inv in zip(named, invs, strict=True) if c.kind in STRONG]
        if len(strong) >= 2:
            out.append(_in_order(ctx, strong))
    return out


def _in_order(ctx: _Context, named: list[tuple[OpenInvoice, Candidate]]) -> Proposal:
    """The named invoices, oldest first, until the payment is used up."""
    pay = ctx.payment
    apps = _trim([_full(inv) for inv, _ in named], pay.amount)
    total = sum((inv.open_amount for inv, _ in named), D(0))
    words = [_ref_words(c, inv) for inv, c in named]
    if total > pay.amount:
        words.append(f"the named invoices add up to {total} {pay.currency}, more than the "
                     f"payment: applied oldest first, the last one partly")
    else:
        words.append(f"the named invoices add up to {total} {pay.currency}, less than the "
                     f"payment: {pay.amount - total} stays unapplied")
    factor, cwords = _customer_factor(ctx, [inv for inv, _ in named])
    return _proposal(apps, D("0.80") * factor, [*words, *cwords], "references_in_order")


def _scoped_positions(ctx: _Context) -> list[int]:
    ids = ctx.scope.customer_ids
    if ids is None:
        return []
    cur = ctx.payment.currency
    invoices = ctx.index.invoices
    return [p for cid in sorted(ids) for p in ctx.index.of_customer(cid)
            if invoices[p].currency == cur]


def _amounts(ctx: _Context) -> list[Proposal]:
    """No usable reference: an open invoice whose amount fits, among the payer's customers."""
    pay = ctx.payment
    policy = ctx.policy
    out: list[Proposal] = []
    referenced = set(ctx.candidates)
    if ctx.scope.customer_ids is not None:
        known = ctx.scope.known
        strength = ctx.scope.strength
        paid = pay.amount
        upper = max(paid + policy.bank_charge_max,
                    paid / (1 - max(policy.discount_rates, default=D(0)))
                    + policy.discount_tolerance)
        invoices = ctx.index.invoices
        for pos in _scoped_positions(ctx):
            inv = invoices[pos]
            if inv.open_amount < paid or inv.open_amount > upper or pos in referenced:
                continue  # does not fit, or already proposed with its reference
            fit = amount_fit(pay.amount, inv, pay.value_date, policy)
            if fit.kind == "exact":
                score = D("0.96") if known else (D("0.90") if strength >= D("0.95") else D("0.84"))
            elif fit.kind == "discount":
                score = D("0.90") if known else D("0.82")
            elif fit.kind == "bank_charges":
                score = D("0.88") if known else D("0.80")
            else:
                continue
            factor, words = _elsewhere(ctx, [pos])
            other, more = _unexplained(ctx)
            factor, words = factor * other, [*words, *more]
            who = ctx.index.customer_name(inv.customer_id)
            out.append(_proposal([_app(inv, fit)], score * factor,
                                 [fit.words, f"{inv.invoice_number} is an open invoice of {who}",
                                  *words], "amount"))
        return out
    target = to_minor(pay.amount, pay.currency)
    if target is None:
        return out
    hits = [p for p in ctx.index.with_amount(pay.currency, target) if p not in referenced]
    if 0 < len(hits) <= 10:
        only = len(hits) == 1
        for pos in hits:
            inv = ctx.invoice(pos)
            fit = amount_fit(pay.amount, inv, pay.value_date, policy)
            factor, words = _elsewhere(ctx, [pos])
            note = ("no other open invoice has this amount" if only else
                    f"{len(hits)} open invoices of different customers have this amount")
            out.append(_proposal([_app(inv, fit)], (D("0.75") if only else D("0.60")) * factor,
                                 [fit.words, f"the payer is not known; {note}", *words],
                                 "amount"))
    return out


def _combinations(ctx: _Context, search: bool, notes: list[str]) -> list[Proposal]:
    """A lump sum: open invoices of one customer that add up to the payment."""
    ids = ctx.scope.customer_ids
    if ids is None or len(ids) > 8:
        return []
    pay = ctx.payment
    policy = ctx.policy
    target = to_minor(pay.amount, pay.currency)
    if target is None:
        return []
    out: list[Proposal] = []
    known = ctx.scope.known
    for cid in sorted(ids):
        invoices = ctx.index.invoices
        positions = [p for p in ctx.index.of_customer(cid)
                     if invoices[p].currency == pay.currency and invoices[p].open_amount > 0]
        if len(positions) < 2:
            continue
        amounts = ctx.index.minor_amounts[positions]
        who = ctx.index.customer_name(cid)
        k = prefix_fits(amounts, target, target)
        prefix_key = None
        if k is not None:
            chosen = [ctx.invoice(p) for p in positions[:k]]
            prefix_key = tuple(range(k))
            factor, words = _elsewhere(ctx, positions[:k])
            other, more = _unexplained(ctx)
            factor, words = factor * other, [*words, *more]
            # A newer invoice of the same amount as one of these would do as well.
            twins = set(int(a) for a in amounts[:k]) & set(int(a) for a in amounts[k:])
            if twins:
                factor *= D("0.90")
                words.append("newer invoices have the same amounts as some of these: which "
                             "ones were paid is a guess")
            out.append(_proposal(
                [_full(inv) for inv in chosen], (D("0.96") if known else D("0.88")) * factor,
                [f"the {k} oldest open invoices of {who} add up to the payment, "
                 f"{pay.amount} {pay.currency}", *words], "oldest_first"))
        if not search or not (known or len(ids) == 1):
            continue  # several customers resembling the payer: a lump sum is only a guess
        found = find_subsets(amounts, target, target, min_size=2,
                             max_size=policy.combination_max_size,
                             budget=policy.combination_budget, max_solutions=4)
        if not found.complete:
            notes.append(f"the search for invoices of {who} adding up to the payment covered "
                         f"the oldest {found.searched} of {len(amounts)} only")
        for subset in found.solutions:
            if subset == prefix_key:
                continue
            chosen = [ctx.invoice(positions[i]) for i in subset]
            if found.chance <= 0.0005 and len(found.solutions) == 1:
                score = D("0.96") if known else D("0.88")
            elif found.chance <= 0.01:
                score = D("0.88") if known else D("0.80")
            else:
                score = D("0.70")
            factor, words = _elsewhere(ctx, [positions[i] for i in subset])
            other, more = _unexplained(ctx)
            factor, words = factor * other, [*words, *more]
            names = ", ".join(inv.invoice_number for inv in chosen)
            detail = (f"about {found.chance:.2g} other sets of {who}'s invoices would add up "
                      f"to such an amount by chance")
            if not found.complete:
                detail += "; the search stopped at its budget, others may exist"
            out.append(_proposal([_full(inv) for inv in chosen], score * factor,
                                 [f"{names} of {who} add up to the payment, {pay.amount} "
                                  f"{pay.currency}", detail, *words], "combination"))
    return out


# -- decision ------------------------------------------------------------------------------

def _signature(p: Proposal) -> tuple:
    return tuple(sorted((a.invoice_number, a.amount, a.deduction_amount or D(0))
                        for a in p.applications))


def _decide(ctx: _Context, proposals: list[Proposal], notes: list[str]) -> MatchDecision:
    policy = ctx.policy
    best_by_sig: dict[tuple, Proposal] = {}
    for p in proposals:
        if not p.applications:
            continue
        sig = _signature(p)
        old = best_by_sig.get(sig)
        if old is None or p.score > old.score:
            best_by_sig[sig] = p
    ranked = sorted((p for p in best_by_sig.values() if p.score >= policy.suggest_min_score),
                    key=lambda p: (-p.score, len(p.applications), p.invoice_numbers))
    if not ranked:
        notes.append("no open invoice fits this payment: left for a person to apply")
        return MatchDecision("exception", None, (), None, tuple(notes))
    best, rest = ranked[0], ranked[1:1 + policy.alternatives]
    customer = _customer_of(ctx, best)
    status = "suggest"
    if best.rule in NEVER_AUTO:
        notes.append(f"a {best.rule.replace('_', ' ')} proposal is never applied automatically")
    elif best.score < policy.auto_apply_min_score:
        notes.append(f"the best proposal scores {best.score}, below the "
                     f"{policy.auto_apply_min_score} needed to apply it automatically")
    elif rest and best.score - rest[0].score < policy.auto_apply_min_margin:
        notes.append(f"not applied automatically: {', '.join(rest[0].invoice_numbers)} fits almost "
                     f"as well ({rest[0].score} against {best.score})")
    else:
        status = "auto_apply"
    return MatchDecision(status, best, tuple(rest), customer, tuple(notes))


def _customer_of(ctx: _Context, proposal: Proposal) -> str | None:
    ids = set()
    for a in proposal.applications:
        for pos in ctx.index.with_key(reference_key(a.invoice_number)):
            inv = ctx.invoice(pos)
            if inv.invoice_number == a.invoice_number:
                ids.add(inv.customer_id)
    return ids.pop() if len(ids) == 1 else None
