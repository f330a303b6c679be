"""Cash application engine: one test per rule, each on a small ledger written inline."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from matching.engine import (CustomerRecord, InvoiceIndex, KnownPayer, MatchPolicy,
                             OpenInvoice, PaymentToMatch, ProposedApplication, RemittanceItem,
                             match_payment)
from matching.index import numeric_tail
from matching.reference_text import creditor_reference, one_edit_variants, reference_tokens

ACME = "C001"
ACME_ACCOUNT = "DE89370400440532013000"
BETA = "C002"
BETA_ACCOUNT = "FR7630006000011234567890189"


def make_invoice(number: str = "INV-2026-00417", open_amount: str = "1200.00",
                 customer_id: str = ACME, currency: str = "EUR",
                 due_date: date = date(2026, 5, 31),
                 issue_date: date = date(2026, 5, 1)) -> OpenInvoice:
    return OpenInvoice.of(number, customer_id, currency, open_amount, due_date, issue_date)


def make_payment(amount: str = "1200.00", reference: str | None = "INV-2026-00417",
                 currency: str = "EUR", payer_account: str | None = ACME_ACCOUNT,
                 payer_name: str | None = "ACME CORP", value_date: date = date(2026, 5, 8),
                 customer_hint: str | None = None,
                 remittance_lines: tuple = ()) -> PaymentToMatch:
    return PaymentToMatch("P1", Decimal(amount), currency, value_date, payer_name, payer_account,
                          reference, customer_hint, remittance_lines)


def make_index(*invoices: OpenInvoice, payers: tuple[KnownPayer, ...] = ()) -> InvoiceIndex:
    customers = (CustomerRecord(ACME, "Acme Corp", (ACME_ACCOUNT,)),
                 CustomerRecord(BETA, "Betaworks Logistik GmbH", (BETA_ACCOUNT,)))
    return InvoiceIndex.build(invoices, customers, payers)


def ledger() -> InvoiceIndex:
    return make_index(
        make_invoice("INV-2026-00417", "1200.00"),
        make_invoice("INV-2026-00418", "530.10", due_date=date(2026, 6, 2)),
        make_invoice("INV-2026-00421", "89.90", due_date=date(2026, 6, 9)),
        make_invoice("INV-2026-00425", "2400.00", customer_id=BETA),
        make_invoice("INV-2026-00426", "310.00", customer_id=BETA),
    )


def only(decision) -> ProposedApplication:
    assert decision.best is not None
    assert len(decision.best.applications) == 1
    return decision.best.applications[0]


def test_exact_reference_in_free_text_is_applied():
    decision = match_payment(make_payment(reference="Payment INV 2026 417 thank you"), ledger(),
                             MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision) == ProposedApplication("INV-2026-00417", Decimal("1200.00"))
    assert decision.best.rule == "reference"
    assert 'the payment text "INV 2026 417" is invoice INV-2026-00417' in decision.best.evidence
    assert decision.customer_id == ACME


def test_structured_creditor_reference_is_applied():
    rf = creditor_reference("INV2026417")
    spaced = " ".join(rf[i:i + 4] for i in range(0, len(rf), 4))
    decision = match_payment(make_payment(reference=spaced), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision).invoice_number == "INV-2026-00417"
    assert decision.best.evidence[0].startswith("creditor reference RF")


def test_creditor_reference_with_bad_check_digits_is_not_one():
    rf = creditor_reference("INV2026417")
    bad = rf[:2] + f"{(int(rf[2:4]) + 1) % 100:02d}" + rf[4:]
    assert [t for t in reference_tokens(bad) if t.structured] == []


def test_typo_in_reference_is_applied_when_the_amount_agrees():
    decision = match_payment(make_payment(reference="INV-2026-00471"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision).invoice_number == "INV-2026-00417"
    assert "one character away" in decision.best.evidence[0]


def test_typo_landing_on_another_invoice_is_not_applied_blindly():
    # "00418" exists (530.10) but the payment is the 1200.00 of 00417: never auto-apply 00418.
    decision = match_payment(make_payment(reference="INV-2026-00418"), ledger(), MatchPolicy())
    assert decision.status == "suggest"
    numbers = {p.invoice_numbers for p in (decision.best, *decision.alternatives)}
    assert ("INV-2026-00417",) in numbers


def test_letter_o_for_zero_is_a_typo():
    decision = match_payment(make_payment(reference="INV-2026-0O417"), ledger(), MatchPolicy())
    assert only(decision).invoice_number == "INV-2026-00417"
    assert decision.status == "auto_apply"


def test_dropped_prefix_is_applied():
    decision = match_payment(make_payment(reference="Rechnung 00417"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision).invoice_number == "INV-2026-00417"
    assert "prefix" in decision.best.evidence[0]


def test_separators_dropped_between_year_and_number():
    decision = match_payment(make_payment(reference="inv202600417"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision).invoice_number == "INV-2026-00417"


def test_partial_payment_with_exact_reference_leaves_the_rest_open():
    decision = match_payment(make_payment("500.00", "INV-2026-00417"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision) == ProposedApplication("INV-2026-00417", Decimal("500.00"))
    assert any("partial payment" in e for e in decision.best.evidence)


def test_partial_payment_is_suggested_when_the_policy_says_so():
    policy = replace(MatchPolicy(), auto_apply_partial=False)
    decision = match_payment(make_payment("500.00", "INV-2026-00417"), ledger(), policy)
    assert decision.status == "suggest"


def test_early_payment_discount_within_tolerance():
    decision = match_payment(make_payment("1175.97"), ledger(), MatchPolicy())  # 1176.00 - 0.03
    assert decision.status == "auto_apply"
    assert only(decision) == ProposedApplication("INV-2026-00417", Decimal("1175.97"),
                                                 Decimal("24.03"), "early_payment_discount")
    assert any("2% early-payment discount" in e for e in decision.best.evidence)


def test_discount_outside_tolerance_is_a_partial_payment():
    policy = replace(MatchPolicy(), discount_tolerance=Decimal("0.01"))
    decision = match_payment(make_payment("1175.90"), ledger(), policy)
    assert only(decision).deduction_amount is None


def test_discount_taken_late_is_only_suggested():
    decision = match_payment(make_payment("1176.00", value_date=date(2026, 7, 15)), ledger(),
                             MatchPolicy())
    assert decision.status == "suggest"
    assert any("later than the 30 days" in e for e in decision.best.evidence)


def test_bank_charges_are_deducted():
    decision = match_payment(make_payment("1192.50"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision) == ProposedApplication("INV-2026-00417", Decimal("1192.50"),
                                                 Decimal("7.50"), "bank_charges")


def test_bank_charges_above_the_limit_are_a_partial_payment():
    policy = replace(MatchPolicy(), bank_charge_max=Decimal("5"))
    decision = match_payment(make_payment("1192.50"), ledger(), policy)
    assert only(decision).deduction_amount is None


def test_short_payment_keeps_the_advised_deduction_and_reason():
    lines = (RemittanceItem("INV-2026-00417", Decimal("1000.00"), Decimal("200.00"),
                            "damaged goods"),
             ("INV 2026 418", Decimal("530.10"), None, None))  # plain tuples are accepted
    decision = match_payment(make_payment("1530.10", "REMITTANCE 77", customer_hint=ACME,
                                          remittance_lines=lines), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert decision.best.rule == "remittance_advice"
    assert decision.best.applications == (
        ProposedApplication("INV-2026-00417", Decimal("1000.00"), Decimal("200.00"),
                            "damaged goods"),
        ProposedApplication("INV-2026-00418", Decimal("530.10")))
    assert any('"damaged goods", as the advice says' in e for e in decision.best.evidence)


def test_several_references_adding_up_are_applied_together():
    decision = match_payment(make_payment("1730.10", "INV-2026-00417, INV-2026-00418"),
                             ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert decision.best.rule == "references_sum"
    assert decision.best.invoice_numbers == ("INV-2026-00417", "INV-2026-00418")


def test_lump_sum_of_the_oldest_invoices_without_reference():
    decision = match_payment(make_payment("1730.10", "SAMMELZAHLUNG"), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert decision.best.rule == "oldest_first"
    assert set(decision.best.invoice_numbers) == {"INV-2026-00417", "INV-2026-00418"}


def test_lump_sum_combination_of_some_invoices():
    index = make_index(*(make_invoice(f"INV-2026-{500 + i:05d}", amount,
                                      due_date=date(2026, 4, 1 + i))
                         for i, amount in enumerate(("130.00", "2210.35", "80.20", "947.13",
                                                     "3120.00", "15.99", "611.48"))))
    decision = match_payment(make_payment("2821.83", None), index, MatchPolicy())  # 2210.35+611.48
    assert decision.best.rule == "combination"
    assert decision.best.invoice_numbers == ("INV-2026-00501", "INV-2026-00506")
    assert decision.status == "auto_apply"
    assert sum(a.amount for a in decision.best.applications) == Decimal("2821.83")


def test_amount_only_is_applied_when_unique_for_a_known_payer():
    decision = match_payment(make_payment("89.90", None), ledger(), MatchPolicy())
    assert decision.status == "auto_apply"
    assert only(decision).invoice_number == "INV-2026-00421"
    assert decision.best.rule == "amount"


def test_two_invoices_with_the_same_amount_are_never_auto_applied():
    index = make_index(make_invoice("INV-2026-00417", "450.00"),
                       make_invoice("INV-2026-00430", "450.00", due_date=date(2026, 6, 30)))
    decision = match_payment(make_payment("450.00", "PAYMENT"), index, MatchPolicy())
    assert decision.status == "suggest"
    shown = {p.invoice_numbers for p in (decision.best, *decision.alternatives)}
    assert {("INV-2026-00417",), ("INV-2026-00430",)} <= shown
    assert any("fits almost as well" in e for e in decision.evidence)


def test_payment_in_another_currency_is_refused():
    decision = match_payment(make_payment(currency="USD"), ledger(), MatchPolicy())
    assert decision.status == "exception"
    assert decision.best is None
    assert any("never applied across currencies" in e for e in decision.evidence)


def test_payment_in_another_currency_with_a_rate_is_only_suggested():
    policy = replace(MatchPolicy(), exchange_rates=(("USD", "EUR", Decimal("0.92")),))
    decision = match_payment(make_payment("1304.35", currency="USD"), ledger(), policy)
    assert decision.status == "suggest"
    assert decision.best.rule == "cross_currency"
    assert only(decision) == ProposedApplication("INV-2026-00417", Decimal("1200.00"))


def test_factor_paying_for_two_customers():
    factor = KnownPayer("Eurofactor SA", ("BE68539007547034",), (ACME, BETA))
    base = ledger()
    index = make_index(*base.invoices, payers=(factor,))
    # A reference to the second customer's invoice: in scope, applied.
    by_ref = match_payment(make_payment("2400.00", "INV-2026-00425", payer_name="EUROFACTOR",
                                        payer_account="BE68 5390 0754 7034"), index, MatchPolicy())
    assert by_ref.status == "auto_apply"
    assert by_ref.customer_id == BETA
    assert any("is known for" in e and "Betaworks" in e and "Acme" in e
               for e in by_ref.evidence)
    # No reference: the amount is looked for among both customers' invoices.
    by_amount = match_payment(make_payment("310.00", None, payer_name="Eurofactor SA",
                                           payer_account="BE68539007547034"), index,
                              MatchPolicy())
    assert by_amount.status == "auto_apply"
    assert only(by_amount).invoice_number == "INV-2026-00426"


def test_factor_with_the_same_amount_at_two_customers_is_ambiguous():
    factor = KnownPayer("Eurofactor SA", ("BE68539007547034",), (ACME, BETA))
    index = make_index(make_invoice("INV-2026-00417", "310.00"),
                       make_invoice("INV-2026-00426", "310.00", customer_id=BETA),
                       payers=(factor,))
    decision = match_payment(make_payment("310.00", None, payer_account="BE68539007547034"),
                             index, MatchPolicy())
    assert decision.status == "suggest"


def test_payer_who_pays_for_anyone_opens_the_scope():
    shared = KnownPayer("Group Treasury", ("CH9300762011623852957",), ())
    index = make_index(*ledger().invoices, payers=(shared,))
    decision = match_payment(make_payment("2400.00", "INV-2026-00425",
                                          payer_account="CH9300762011623852957"), index,
                             MatchPolicy())
    assert decision.status == "auto_apply"
    assert decision.customer_id == BETA


def test_reference_to_another_customer_than_the_known_payer_is_suggested():
    decision = match_payment(make_payment("2400.00", "INV-2026-00425",
                                          payer_account=ACME_ACCOUNT), ledger(), MatchPolicy())
    assert decision.status == "suggest"
    assert any("not to the customer the payer is known as" in e for e in decision.best.evidence)


def test_payer_name_variant_scopes_the_customer():
    decision = match_payment(make_payment("310.00", None, payer_account=None,
                                          payer_name="BETAWORKS LOGISTIK"), ledger(),
                             MatchPolicy())
    assert only(decision).invoice_number == "INV-2026-00426"
    assert any('resembles Betaworks Logistik GmbH' in e for e in decision.evidence)


def test_nothing_fits_is_an_exception():
    decision = match_payment(make_payment("77.77", "no idea", payer_account=None,
                                          payer_name=None), ledger(), MatchPolicy())
    assert decision.status == "exception"
    assert decision.best is None
    assert any("no open invoice fits" in e for e in decision.evidence)


def test_overpayment_applies_the_open_amount_only_and_is_suggested():
    decision = match_payment(make_payment("1500.00"), ledger(), MatchPolicy())
    assert decision.status == "suggest"
    assert only(decision).amount == Decimal("1200.00")


def test_negative_amount_is_an_exception():
    decision = match_payment(make_payment("-10.00"), ledger(), MatchPolicy())
    assert decision.status == "exception"


def test_alternatives_are_at_most_the_policy_number():
    index = make_index(*(make_invoice(f"INV-2026-{600 + i:05d}", "99.00") for i in range(6)))
    decision = match_payment(make_payment("99.00", None), index, MatchPolicy())
    assert decision.status == "suggest"
    assert len(decision.alternatives) == 3


def test_index_tables():
    index = ledger()
    assert numeric_tail("INV-2026-00417") == "417"
    assert numeric_tail("SI/2026/0000") == "0"
    assert numeric_tail("ABC") is None
    assert [index.invoices[p].invoice_number for p in index.with_key("INV2026417")] == [
        "INV-2026-00417"]
    assert [index.invoices[p].invoice_number for p in index.with_amount("EUR", 31000)] == [
        "INV-2026-00426"]
    assert [index.invoices[p].invoice_number for p in index.of_customer(ACME)] == [
        "INV-2026-00417", "INV-2026-00418", "INV-2026-00421"]


def test_one_edit_variants_cover_swaps_drops_and_misreadings():
    variants = one_edit_variants("INV2026417")
    assert {"INV2026471", "INV202641", "INV20264117", "INV2026418"} <= variants
    assert "INV2026417" not in variants
    assert "INV26417" in one_edit_variants("INV2026417")  # "2" dropped: no leading zero left


def test_an_empty_ledger_gives_an_exception_not_a_crash():
    from decimal import Decimal as D

    from matching.engine import match_payment
    from matching.index import InvoiceIndex
    from matching.records import PaymentToMatch

    decision = match_payment(PaymentToMatch("1", D("10.00"), "EUR", reference="INV-1"),
                             InvoiceIndex.build([]))
    assert decision.status == "exception" and decision.best is None
