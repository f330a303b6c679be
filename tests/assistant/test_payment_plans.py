"""Issue 6: a payment-plan request is answered with a schedule within the policy's limits —
the customer's terms restated when they fit, the closest plan within the limits when they do
not, a default schedule when they named none — in English and French, every amount and date
grounded, the instalments summing exactly to the open amount."""
from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from assistant.compliance import check_draft
from assistant.dunning import load_policy
from assistant.payment_plans import (OpenInvoice, Plan, PlanLimits, Refusal, RequestedTerms,
                                     propose_plan)
from assistant.replies import ReplyFacts, draft_reply, reply_grounding
from cli.main import app
from ledger.db import transaction
from ledger.errors import InputError
from ledger.importing import import_invoice_csv
from ledger.models import AuditEntry, Customer, Draft, Message

TODAY = date(2026, 11, 24)
LIMITS = PlanLimits()  # 6 instalments, 100.00 each at least, 6 months, first within 14 days


def inv(number: str = "INV-1", amount: str = "1000.00", currency: str = "EUR") -> OpenInvoice:
    return OpenInvoice(number, currency, Decimal(amount), date(2026, 10, 31))


def schedule(plan: Plan | Refusal) -> list[tuple[str, str]]:
    assert isinstance(plan, Plan), plan
    return [(i.due_date.isoformat(), str(i.amount)) for i in plan.instalments]


# --- propose_plan: pure ---------------------------------------------------------------------

def test_no_terms_gets_the_default_schedule_and_the_last_instalment_absorbs_rounding():
    plan = propose_plan([inv(amount="1000.00")], None, LIMITS, TODAY)
    assert schedule(plan) == [("2026-12-08", "333.33"), ("2027-01-08", "333.33"),
                              ("2027-02-08", "333.34")]
    assert (plan.basis, plan.reasons, plan.total, plan.currency) == (
        "default", (), Decimal("1000.00"), "EUR")


def test_terms_that_fit_are_restated_exactly():
    asked = RequestedTerms(instalments=3, amounts=(Decimal("400.00"), Decimal("300.00"),
                                                   Decimal("300.00")), currency="EUR",
                           dates=(date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 29)))
    plan = propose_plan([inv(amount="1000.00")], asked, LIMITS, TODAY)
    assert schedule(plan) == [("2026-11-30", "400.00"), ("2026-12-31", "300.00"),
                              ("2027-01-29", "300.00")]
    assert (plan.basis, plan.reasons) == ("requested", ())


def test_a_count_that_fits_is_kept_with_equal_monthly_instalments():
    plan = propose_plan([inv(amount="900.00"), inv("INV-2", "300.00")],
                        RequestedTerms(instalments=4), LIMITS, TODAY)
    assert schedule(plan) == [("2026-12-08", "300.00"), ("2027-01-08", "300.00"),
                              ("2027-02-08", "300.00"), ("2027-03-08", "300.00")]
    assert plan.basis == "requested" and plan.invoices == ("INV-1", "INV-2")


def test_too_many_instalments_become_the_most_the_limits_allow():
    plan = propose_plan([inv(amount="12000.00")], RequestedTerms(instalments=12), LIMITS, TODAY)
    assert plan.basis == "adjusted" and len(schedule(plan)) == 6
    assert plan.reasons == ("12 instalments asked for; at most 6 fit the limits (6 instalments "
                            "within 6 months, each at least 100.00 EUR): equal instalments",)


def test_the_minimum_instalment_caps_the_count():
    plan = propose_plan([inv(amount="350.00")], RequestedTerms(instalments=6), LIMITS, TODAY)
    assert schedule(plan) == [("2026-12-08", "116.66"), ("2027-01-08", "116.66"),
                              ("2027-02-08", "116.68")]
    assert plan.basis == "adjusted"


def test_a_first_date_too_far_out_is_brought_into_the_window():
    asked = RequestedTerms(instalments=2, dates=(date(2026, 12, 20),))
    plan = propose_plan([inv(amount="500.00")], asked, LIMITS, TODAY)
    assert schedule(plan) == [("2026-12-08", "250.00"), ("2027-01-08", "250.00")]
    assert plan.reasons == ("the first instalment must fall within 14 days: 2026-12-08 "
                            "instead of 2026-12-20",)


def test_a_first_date_in_the_window_is_kept_and_months_follow_it():
    plan = propose_plan([inv(amount="600.00")], RequestedTerms(instalments=3,
                        dates=(date(2026, 11, 30),)), LIMITS, TODAY)
    assert [d for d, _ in schedule(plan)] == ["2026-11-30", "2026-12-30", "2027-01-30"]
    assert plan.basis == "requested"


def test_an_amount_per_month_until_cleared_sets_the_count_and_the_last_is_smaller():
    asked = RequestedTerms(amounts=(Decimal("2000.00"),), currency="GBP", frequency="monthly")
    plan = propose_plan([inv(amount="9809.76", currency="GBP")], asked, LIMITS, TODAY)
    assert [a for _, a in schedule(plan)] == ["2000.00"] * 4 + ["1809.76"]
    assert plan.basis == "requested"


def test_an_amount_needing_too_many_payments_becomes_equal_instalments_within_limits():
    asked = RequestedTerms(amounts=(Decimal("2000.00"),), currency="GBP")
    plan = propose_plan([inv(amount="12809.76", currency="GBP")], asked, LIMITS, TODAY)
    assert [a for _, a in schedule(plan)] == ["2134.96"] * 5 + ["2134.96"]
    assert plan.reasons[0].startswith("instalments of 2000.00 GBP need 7 payments; at most 6")


def test_instalments_below_the_minimum_are_raised():
    asked = RequestedTerms(amounts=(Decimal("50.00"),), currency="EUR")
    plan = propose_plan([inv(amount="400.00")], asked, LIMITS, TODAY)
    assert plan.basis == "adjusted" and all(i.amount >= 100 for i in plan.instalments)
    assert sum(i.amount for i in plan.instalments) == Decimal("400.00")


def test_the_balance_restated_is_not_taken_for_an_instalment():
    asked = RequestedTerms(instalments=2, amounts=(Decimal("1000.00"),), currency="EUR")
    plan = propose_plan([inv(amount="1000.00")], asked, LIMITS, TODAY)
    assert schedule(plan) == [("2026-12-08", "500.00"), ("2027-01-08", "500.00")]
    assert plan.basis == "requested"


def test_weekly_terms_keep_their_cadence():
    plan = propose_plan([inv(amount="400.00")], RequestedTerms(instalments=4, frequency="weekly"),
                        LIMITS, TODAY)
    assert [d for d, _ in schedule(plan)] == ["2026-12-08", "2026-12-15", "2026-12-22",
                                              "2026-12-29"]


def test_terms_that_say_nothing_usable_get_the_default_and_one_payment_is_not_a_plan():
    monthly = propose_plan([inv()], RequestedTerms(frequency="monthly"), LIMITS, TODAY)
    assert monthly.basis == "default" and len(monthly.instalments) == 3
    one = propose_plan([inv()], RequestedTerms(instalments=1), LIMITS, TODAY)
    assert (one.basis, one.reasons) == ("adjusted", ("1 instalment asked for is not a plan",))


def test_currencies_without_cents_split_in_whole_units():
    plan = propose_plan([inv(amount="100000", currency="JPY")], None,
                        PlanLimits(min_instalment_amount=Decimal("1000")), TODAY)
    assert [a for _, a in schedule(plan)] == ["33333", "33333", "33334"]


def test_no_plan_when_the_balance_is_too_small_or_in_several_currencies_or_nothing_is_open():
    assert propose_plan([inv(amount="150.00")], None, LIMITS, TODAY) == Refusal(
        ("150.00 EUR cannot be split into 2 instalments of at least 100.00 EUR",))
    mixed = propose_plan([inv(), inv("INV-2", currency="USD")], None, LIMITS, TODAY)
    assert isinstance(mixed, Refusal) and "several currencies (EUR, USD)" in mixed.reasons[0]
    assert propose_plan([inv(amount="0.00")], None, LIMITS, TODAY) == Refusal(
        ("nothing is open on the account",))


@settings(max_examples=300, deadline=None)
@given(total=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000000"), places=2),
       count=st.one_of(st.none(), st.integers(min_value=1, max_value=40)),
       each=st.one_of(st.none(), st.decimals(min_value=Decimal("1"), max_value=Decimal("50000"),
                                             places=2)),
       first=st.one_of(st.none(), st.integers(min_value=-30, max_value=60)),
       frequency=st.sampled_from([None, "monthly", "fortnightly", "weekly"]),
       max_instalments=st.integers(min_value=2, max_value=12),
       max_months=st.integers(min_value=1, max_value=12),
       within=st.integers(min_value=0, max_value=31),
       minimum=st.decimals(min_value=Decimal("0"), max_value=Decimal("1000"), places=2))
def test_every_plan_sums_exactly_and_stays_within_the_limits(
        total, count, each, first, frequency, max_instalments, max_months, within, minimum):
    limits = PlanLimits(max_instalments=max_instalments, min_instalment_amount=minimum,
                        max_months=max_months, first_instalment_within_days=within)
    asked = RequestedTerms(instalments=count, amounts=(each,) if each else (), currency="EUR",
                           dates=(TODAY + timedelta(days=first),) if first is not None else (),
                           frequency=frequency)
    plan = propose_plan([inv(amount=str(total))], asked, limits, TODAY)
    if isinstance(plan, Refusal):
        (reason,) = plan.reasons
        if "cannot be split" in reason:
            assert total < 2 * max(minimum, Decimal("0.01"))
        else:
            assert reason == f"no 2 instalments fit within {max_months} months"
        return
    amounts = [i.amount for i in plan.instalments]
    dates = [i.due_date for i in plan.instalments]
    assert sum(amounts) == total
    assert 2 <= len(amounts) <= max_instalments
    assert all(a >= minimum and a > 0 and a == a.quantize(Decimal("0.01")) for a in amounts)
    assert TODAY <= dates[0] <= TODAY + timedelta(days=within)
    assert dates == sorted(set(dates))
    assert dates[-1] <= TODAY + relativedelta(months=max_months)
    assert plan.basis in ("requested", "adjusted", "default")
    if asked.is_empty:
        assert plan.basis == "default"


# --- the policy -----------------------------------------------------------------------------

def test_the_policy_carries_the_limits_and_refuses_nonsense(tmp_path: Path):
    assert load_policy().payment_plans == PlanLimits()
    text = (Path(__file__).parents[2] / "assistant" / "policies" / "default.toml").read_text()
    custom = tmp_path / "policy.toml"
    custom.write_text(text.replace("max_instalments = 6", "max_instalments = 4")
                      .replace('min_instalment_amount = "100.00"',
                               'min_instalment_amount = "250.00"'))
    assert load_policy(custom).payment_plans == PlanLimits(
        max_instalments=4, min_instalment_amount=Decimal("250.00"))
    custom.write_text(text.replace("max_instalments = 6", "max_instalments = 1"))
    with pytest.raises(InputError, match=r"policy.toml: \[payment_plans\]: max_instalments"):
        load_policy(custom)


# --- the reply draft ------------------------------------------------------------------------

LEDGER = """customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,currency,amount,open_amount
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00417,,2026-09-01,2026-10-01,GBP,1840.00,1840.00
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00452,,2026-09-15,2026-10-15,GBP,612.50,612.50
C2,Boulangerie Martin SARL,compta@martin.test,F2026/0193,,2026-08-20,2026-09-19,EUR,1480.40,1480.40
"""


def _draft(factory, customer_id: str, language: str, invoices: tuple[str, ...],
           terms: RequestedTerms | None, ledger: str = LEDGER) -> Draft:
    with transaction(factory) as s:
        import_invoice_csv(s, ledger, "ledger.csv")
        customer = s.scalars(select(Customer).where(Customer.customer_id == customer_id)).one()
        message = Message(message_id=f"plan-{customer_id}@test", content_hash=customer_id * 8,
                          source="test", raw=b"", status="processed")
        s.add(message)
        s.flush()
        facts = ReplyFacts(intent="payment_plan_request", language=language,
                           subject="Re: Relance", customer_name=customer.name,
                           company_name="Northwind Supplies", invoices=invoices,
                           plan_terms=terms)
        draft = draft_reply(s, message, customer, "ap@test", facts, plan_limits=LIMITS,
                            today=TODAY)
        assert draft is not None
        return draft


def test_english_reply_restates_the_customers_terms_for_approval(factory):
    draft = _draft(factory, "C1", "en", ("INV-2026-00417",),
                   RequestedTerms(instalments=2, evidence=("in two payments",)))
    assert draft.body == (
        "Dear Harbour Foods Ltd,\n\n"
        "Thank you for your request to pay in instalments for invoice INV-2026-00417. We can "
        "agree to your proposal, on the following schedule:\n\n"
        "  1. 2026-12-08  920.00 GBP\n"
        "  2. 2027-01-08  920.00 GBP\n\n"
        "Total: 1840.00 GBP, without interest.\n\n"
        "Please reply to confirm that this schedule suits you, and pay each instalment by its "
        "date with the invoice number as the payment reference. If a date becomes difficult, "
        "tell us before it falls due.\n\n"
        "Kind regards,\nNorthwind Supplies — Accounts Receivable\n")
    assert draft.status == "drafted" and draft.evidence["compliance"] == []
    plan = draft.evidence["payment_plan"]
    assert (plan["status"], plan["basis"], plan["total"], plan["currency"]) == (
        "proposed", "requested", "1840.00", "GBP")
    assert plan["requested"]["instalments"] == 2
    assert plan["requested"]["evidence"] == ["in two payments"]
    assert plan["instalments"] == [{"number": 1, "due_date": "2026-12-08", "amount": "920.00"},
                                   {"number": 2, "due_date": "2027-01-08", "amount": "920.00"}]
    assert plan["limits"]["max_instalments"] == 6
    with factory() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "draft_created")).one()
        assert audit.entity_pk == draft.id


def test_french_reply_offers_the_closest_plan_within_limits(factory):
    draft = _draft(factory, "C2", "fr", ("F2026/0193",),
                   RequestedTerms(instalments=10, evidence=("en 10 fois",)))
    assert draft.language == "fr" and draft.subject == "RE: Relance"
    assert ("Nous avons bien reçu votre demande d'échéancier pour la facture F2026/0193. Nous ne "
            "pouvons pas accepter l'échéancier exactement tel que vous le proposez, mais nous "
            "pouvons vous proposer le suivant :") in draft.body
    assert ("  1. 2026-12-08  246.73 EUR\n  2. 2027-01-08  246.73 EUR\n"
            "  3. 2027-02-08  246.73 EUR\n  4. 2027-03-08  246.73 EUR\n"
            "  5. 2027-04-08  246.73 EUR\n  6. 2027-05-08  246.75 EUR\n") in draft.body
    assert "Total : 1480.40 EUR, sans intérêts." in draft.body
    plan = draft.evidence["payment_plan"]
    assert plan["basis"] == "adjusted" and plan["reasons"][0].startswith(
        "10 instalments asked for; at most 6 fit the limits")
    assert draft.evidence["compliance"] == []


def test_no_terms_and_no_invoice_named_covers_every_open_invoice(factory):
    draft = _draft(factory, "C1", "en", (), None)
    assert "for invoices INV-2026-00417, INV-2026-00452. We can offer you the following " \
           "schedule:" in draft.body
    assert "Total: 2452.50 GBP, without interest." in draft.body
    assert draft.evidence["payment_plan"]["basis"] == "default"
    assert draft.evidence["payment_plan"]["requested"] is None


def test_every_amount_and_date_of_the_schedule_is_grounded(factory):
    draft = _draft(factory, "C1", "en", ("INV-2026-00417",), RequestedTerms(instalments=2))
    with factory() as s:
        plan = propose_plan([OpenInvoice("INV-2026-00417", "GBP", Decimal("1840.00"),
                                         date(2026, 10, 1))], RequestedTerms(instalments=2),
                            LIMITS, TODAY)
        facts = ReplyFacts(intent="payment_plan_request", language="en", subject="x",
                           customer_name="Harbour Foods Ltd", company_name="N",
                           invoices=("INV-2026-00417",), plan=plan)
        grounding = reply_grounding(s, facts, None)
    assert check_draft(draft.body, grounding) == []
    wrong = draft.body.replace("2027-01-08  920.00", "2027-01-09  902.00")
    assert check_draft(wrong, grounding) == ["amount 902.00 is not one of the amounts due",
                                             "date 2027-01-09 is not one of the facts"]


def test_no_plan_possible_keeps_the_collector_will_propose_wording(factory):
    ledger = LEDGER.replace("1840.00,1840.00", "1840.00,150.00").replace("612.50,612.50",
                                                                          "612.50,0.00")
    draft = _draft(factory, "C1", "en", ("INV-2026-00417",), RequestedTerms(instalments=3),
                   ledger)
    assert "A member of our team will review it and come back to you with a proposed " \
           "schedule shortly." in draft.body
    assert draft.evidence["payment_plan"]["status"] == "none_offered"
    assert draft.evidence["payment_plan"]["reasons"] == [
        "150.00 GBP cannot be split into 2 instalments of at least 100.00 GBP"]


# --- through `arbox process`: the understanding stage's terms reach the draft ---------------

REQUEST = """From: Tom <ap@harbour.test>
To: ar@example.com
Subject: INV-2026-00417
Date: Wed, 18 Nov 2026 09:12:00 +0000
Message-ID: <plan-1@harbour.test>
Content-Type: text/plain; charset=utf-8

Hello,

cash is tight this quarter. Could we pay invoice INV-2026-00417 in 4 monthly instalments?

Thanks,
Tom
"""


def test_process_drafts_the_plan_from_the_extracted_terms(arbox_env, tmp_path: Path):
    runner = CliRunner()
    (tmp_path / "ledger.csv").write_text(LEDGER)
    assert runner.invoke(app, ["import", "invoices", str(tmp_path / "ledger.csv")]).exit_code == 0
    (tmp_path / "m.eml").write_text(REQUEST)
    result = runner.invoke(app, ["process", str(tmp_path / "m.eml"), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.splitlines()[0])
    assert out["primary_intent"] == "payment_plan_request"
    assert out["payment_plan"]["instalments"] == 4
    shown = json.loads(runner.invoke(app, ["drafts", "list", "--json"]).stdout.splitlines()[0])
    assert shown["id"] == out["draft_id"] and shown["kind"] == "reply"
    assert ("  1. 2026-12-08  460.00 GBP\n  2. 2027-01-08  460.00 GBP\n"
            "  3. 2027-02-08  460.00 GBP\n  4. 2027-03-08  460.00 GBP\n") in shown["body"]
    assert "We can agree to your proposal, on the following schedule:" in shown["body"]
