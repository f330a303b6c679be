"""Invariants of every proposal, whatever the ledger and the payment: an application never
exceeds its invoice's open amount, the applications never exceed the payment, and a payment
is only applied to invoices in its own currency."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching.engine import (CustomerRecord, InvoiceIndex, KnownPayer, MatchPolicy,
                             OpenInvoice, PaymentToMatch, RemittanceItem, match_payment)

CENTS = st.integers(min_value=1, max_value=500_000).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def ledgers_and_payments(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    invoices = []
    for i in range(n):
        customer = draw(st.sampled_from(("C1", "C2")))
        currency = draw(st.sampled_from(("EUR", "EUR", "EUR", "USD")))
        amount = draw(CENTS)
        due = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 200)))
        invoices.append(OpenInvoice.of(f"INV-2026-{100 + i * draw(st.integers(1, 3)):05d}",
                                       customer, currency, amount, due, due - timedelta(30)))
    # Invoice numbers are unique in a ledger.
    seen: dict[str, OpenInvoice] = {}
    for inv in invoices:
        seen.setdefault(inv.invoice_number, inv)
    invoices = list(seen.values())
    picked = draw(st.lists(st.sampled_from(invoices), max_size=3))
    how = draw(st.sampled_from(("sum", "random", "one_less", "discount")))
    if how == "sum" and picked:
        amount = sum((inv.open_amount for inv in picked), Decimal(0))
    elif how == "one_less" and picked:
        amount = max(Decimal("0.01"), picked[0].open_amount - draw(CENTS) / 1000)
    elif how == "discount" and picked:
        amount = (picked[0].open_amount * Decimal("0.98")).quantize(Decimal("0.01"))
    else:
        amount = draw(CENTS)
    words = [draw(st.sampled_from((inv.invoice_number, inv.invoice_number.replace("-", " "),
                                   inv.invoice_number[:-1], inv.invoice_number[-5:])))
             for inv in picked]
    lines = ()
    if draw(st.booleans()) and picked:
        lines = tuple(RemittanceItem(inv.invoice_number, draw(st.none() | CENTS),
                                     draw(st.none() | CENTS), "damaged goods")
                      for inv in picked)
    payment = PaymentToMatch(
        "P", amount, draw(st.sampled_from(("EUR", "USD"))), date(2026, 3, 1),
        draw(st.sampled_from((None, "Acme", "Beta GmbH", "Factor SA"))),
        draw(st.sampled_from((None, "ACC1", "ACC2", "FACT"))),
        draw(st.sampled_from((" ".join(words), None, "PAYMENT " + " / ".join(words)))),
        draw(st.sampled_from((None, "C1"))), lines)
    return invoices, payment


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ledgers_and_payments())
def test_proposals_never_over_apply_nor_cross_currencies(case):
    invoices, payment = case
    index = InvoiceIndex.build(invoices,
                               (CustomerRecord("C1", "Acme Corp", ("ACC1",)),
                                CustomerRecord("C2", "Beta GmbH", ("ACC2",))),
                               (KnownPayer("Factor SA", ("FACT",), ("C1", "C2")),))
    by_number = {inv.invoice_number: inv for inv in invoices}
    decision = match_payment(payment, index, MatchPolicy())
    assert decision.status in ("auto_apply", "suggest", "exception")
    assert (decision.best is None) == (decision.status == "exception")
    for proposal in (decision.best, *decision.alternatives):
        if proposal is None:
            continue
        assert Decimal(0) <= proposal.score <= Decimal(1)
        assert proposal.evidence
        numbers = [a.invoice_number for a in proposal.applications]
        assert len(numbers) == len(set(numbers))
        assert sum(a.amount for a in proposal.applications) <= payment.amount, proposal
        for a in proposal.applications:
            inv = by_number[a.invoice_number]
            assert inv.currency == payment.currency, proposal
            assert Decimal(0) < a.amount <= inv.open_amount, proposal
            assert a.amount + (a.deduction_amount or 0) <= inv.open_amount, proposal
            assert (a.deduction_amount or 0) >= 0, proposal


def test_a_discount_never_applies_nothing_to_a_cent_invoice():
    """Found by the property above: two named invoices, one of 0.01, and a payment equal to the
    other less 2%. The discount on both would apply 0.00 to the cent invoice; no proposal may
    apply nothing (or a negative amount) to an invoice."""
    due = date(2026, 1, 31)
    invoices = [OpenInvoice.of("INV-2026-00100", "C1", "EUR", Decimal("500.00"), due, due - timedelta(30)),
                OpenInvoice.of("INV-2026-00101", "C1", "EUR", Decimal("0.01"), due, due - timedelta(30))]
    payment = PaymentToMatch("P", Decimal("490.00"), "EUR", date(2026, 3, 1), "Acme", None,
                             "INV-2026-00100 INV-2026-00101", "C1", ())
    index = InvoiceIndex.build(invoices, (CustomerRecord("C1", "Acme Corp", ("ACC1",)),), ())
    decision = match_payment(payment, index, MatchPolicy())
    for proposal in (decision.best, *decision.alternatives):
        if proposal is not None:
            assert all(a.amount > 0 for a in proposal.applications), proposal
