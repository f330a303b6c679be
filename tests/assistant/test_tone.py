"""Issue 6: a reminder's tone comes from its level and from the customer's history — broken
promises or repeated late payment make it one step firmer, a long clean record keeps a firm
reminder courteous — with the reasons in the draft's evidence, and every tone's wording free of
threats and false legal urgency."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from assistant.compliance import fair_practice_problems
from assistant.dunning import DunningLevel, DunningPlan, InvoiceState, load_policy
from assistant.dunning_service import render_dunning, run_dunning
from assistant.tone import TONES, PaymentHistory, ToneRules, choose_tone
from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.models import Application, Customer, Draft, Invoice, Payment, Promise

TODAY = date(2026, 11, 24)


# --- choose_tone: pure ----------------------------------------------------------------------

def test_no_history_keeps_the_levels_tone():
    for tone in TONES:
        assert choose_tone(tone, PaymentHistory()) == (tone, ())


def test_a_broken_promise_makes_the_reminder_one_step_firmer():
    assert choose_tone("courteous", PaymentHistory(broken_promises=1)) == (
        "firm", ("1 broken promise to pay in the last 365 days",
                 "one step firmer: firm instead of courteous"))
    assert choose_tone("firm", PaymentHistory(broken_promises=2))[0] == "final"


def test_repeated_late_payment_makes_it_firmer_once_it_repeats():
    assert choose_tone("courteous", PaymentHistory(paid_late=1, paid_on_time=9)) == (
        "courteous", ())
    assert choose_tone("courteous", PaymentHistory(paid_late=2)) == (
        "firm", ("2 invoices paid late in the last 365 days",
                 "one step firmer: firm instead of courteous"))


def test_final_stays_final_and_says_why():
    assert choose_tone("final", PaymentHistory(broken_promises=1)) == (
        "final", ("1 broken promise to pay in the last 365 days", "already the final tone"))


def test_a_long_clean_record_late_for_the_first_time_gets_the_courteous_variant():
    clean = PaymentHistory(paid_on_time=6)
    assert choose_tone("firm", clean) == (
        "courteous", ("6 invoices paid on time in the last 365 days and none late: courteous "
                      "instead of firm",))
    assert choose_tone("final", clean) == ("final", ())  # a final notice keeps its tone
    assert choose_tone("firm", PaymentHistory(paid_on_time=5)) == ("firm", ())
    assert choose_tone("firm", PaymentHistory(paid_on_time=20, paid_late=1)) == ("firm", ())


def test_the_rules_come_from_the_policy():
    rules = ToneRules(history_days=180, firmer_after_broken_promises=2, clean_record_min_paid=3)
    assert choose_tone("courteous", PaymentHistory(broken_promises=1), rules) == (
        "courteous", ())
    assert choose_tone("firm", PaymentHistory(paid_on_time=3), rules)[0] == "courteous"
    assert load_policy().tone_rules == ToneRules()


# --- the templates: wording by tone, fair in every tone ---------------------------------------

TEMPLATES = ("pre_due", "reminder_1", "reminder_2", "reminder_3", "final_notice")


def _plan(template: str, tone: str, count: int = 2) -> DunningPlan:
    invoices = tuple(InvoiceState(f"A-{n}", "EUR", Decimal("100.00"), Decimal("100.00"),
                                  date(2026, 9, 1), date(2026, 10, 1)) for n in range(count))
    return DunningPlan("C1", DunningLevel(3, "x", 15, tone, template), invoices, "ap@x.test",
                       {"EUR": Decimal("100.00") * count})


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_each_template_has_a_wording_per_tone_and_none_threatens(template, language):
    bodies = {}
    for tone in TONES:
        for count in (1, 2):
            out = render_dunning(_plan(template, tone, count), "Acme Ltd", language, TODAY,
                                 {"name": "Northwind"}, tone)
            assert fair_practice_problems(out.subject + "\n" + out.body) == [], (tone, count)
            assert "{" not in out.body and "A-0" in out.body
        bodies[tone] = out.body
    distinct = {"pre_due": 2}.get(template, 3)  # a pre-due note is at most firm
    assert len(set(bodies.values())) == distinct


def test_without_a_tone_the_template_speaks_in_its_levels_tone():
    level_tone = {"pre_due": "courteous", "reminder_1": "courteous", "reminder_2": "firm",
                  "reminder_3": "firm", "final_notice": "final"}
    for template, tone in level_tone.items():
        plan = _plan(template, tone)
        assert render_dunning(plan, "Acme", "en", TODAY, {"name": "N"}).body == \
            render_dunning(plan, "Acme", "en", TODAY, {"name": "N"}, tone).body


# --- through the dunning run: history loaded from the ledger, reasons in the evidence ----------

HEADER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,"
          "currency,amount,open_amount\n")
# Every customer has one invoice 20 days overdue today: level 3 (second reminder, firm).
LEDGER = HEADER + "\n".join([
    "C1,Plain Ltd,ap@plain.test,P-1,,2026-09-01,2026-11-04,EUR,500.00,500.00",
    "C2,Promiser Ltd,ap@promiser.test,B-1,,2026-09-01,2026-11-04,EUR,500.00,500.00",
    "C3,Clean Co,ap@clean.test,K-1,,2026-09-01,2026-11-04,EUR,500.00,500.00",
    "C4,Slow Payer SA,ap@slow.test,S-1,,2026-09-01,2026-11-04,EUR,500.00,500.00",
    *(f"C3,Clean Co,ap@clean.test,K-P{n},,2026-0{n}-01,2026-0{n + 1}-01,EUR,200.00,0.00"
      for n in range(1, 8)),
    *(f"C4,Slow Payer SA,ap@slow.test,S-P{n},,2026-0{n}-01,2026-0{n + 1}-01,EUR,200.00,0.00"
      for n in range(1, 4)),
]) + "\n"


def _paid(session, invoice: Invoice, days_after_due: int, n: int) -> None:
    payment = Payment(kind="bank", dedupe_key=f"pay-{invoice.invoice_number}-{n}",
                      customer_pk=invoice.customer_pk, amount=invoice.amount,
                      currency=invoice.currency, status="applied",
                      value_date=invoice.due_date + timedelta(days=days_after_due))
    session.add(payment)
    session.flush()
    session.add(Application(payment_pk=payment.id, invoice_pk=invoice.id, amount=invoice.amount,
                            currency=invoice.currency, status="confirmed"))


@pytest.fixture
def history_ledger(factory):
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
        customers = {c.customer_id: c for c in s.scalars(select(Customer))}
        invoices = {i.invoice_number: i for i in s.scalars(select(Invoice))}
        s.add(Promise(customer_pk=customers["C2"].id, invoice_pk=invoices["B-1"].id,
                      promised_date=date(2026, 11, 10), status="broken",
                      created_at=datetime(2026, 11, 5, tzinfo=UTC)))
        for n in range(1, 8):
            _paid(s, invoices[f"K-P{n}"], -2 if n % 2 else 3, n)  # early, or within grace
        for n in range(1, 4):
            _paid(s, invoices[f"S-P{n}"], 20 if n < 3 else 0, n)  # two paid 20 days late
    return factory


def test_the_run_chooses_each_customers_tone_from_its_history(history_ledger):
    with transaction(history_ledger) as s:
        outcomes = run_dunning(s, load_policy(), TODAY, {"name": "Northwind"}, frozenset())
    assert {o.customer_id: o.level for o in outcomes if o.draft_id} == {
        "C1": 3, "C2": 3, "C3": 3, "C4": 3}
    with history_ledger() as s:
        drafts = {d.to: d for d in s.scalars(select(Draft))}
    plain, promiser = drafts["ap@plain.test"], drafts["ap@promiser.test"]
    clean, slow = drafts["ap@clean.test"], drafts["ap@slow.test"]

    assert (plain.evidence["tone"], plain.evidence["level_tone"],
            plain.evidence["tone_reasons"]) == ("firm", "firm", [])
    assert "Please arrange payment, or let us know by return" in plain.body

    assert promiser.evidence["tone"] == "final"
    assert promiser.evidence["history"] == {"broken_promises": 1, "paid_on_time": 0,
                                            "paid_late": 0}
    assert promiser.evidence["tone_reasons"] == [
        "1 broken promise to pay in the last 365 days", "one step firmer: final instead of firm"]
    assert "We now ask you to settle the amount due within 7 days" in promiser.body

    assert clean.evidence["tone"] == "courteous"
    assert clean.evidence["history"] == {"broken_promises": 0, "paid_on_time": 7,
                                         "paid_late": 0}
    assert "We would be grateful if you could arrange payment" in clean.body
    assert clean.body.rstrip().endswith("Kind regards,\nNorthwind — Accounts Receivable")

    assert slow.evidence["tone"] == "final"
    assert slow.evidence["tone_reasons"][0] == "2 invoices paid late in the last 365 days"

    for draft in drafts.values():
        assert draft.evidence["compliance"] == [], draft.to
        assert draft.subject.startswith("Second reminder")  # the level decides the subject
