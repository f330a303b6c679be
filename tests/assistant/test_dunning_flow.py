"""Issue 6: dunning run → approve → send delivers exactly the expected reminders to a real SMTP
server, and each exclusion holds (dispute, legal hold, excluded, promise, bounced contact,
contact hours, payment after drafting); settled accounts reset; PDFs carry the right totals."""
from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from assistant.compliance import Grounding, check_draft
from assistant.dunning import load_policy
from assistant.dunning_service import run_dunning
from assistant.outbox import approve, reject, send_approved
from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.models import Contact, Customer, Draft, DunningState, Invoice, Promise
from ledger.settings import Settings

TODAY = date(2026, 11, 24)
MONDAY_10_PARIS = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SUNDAY = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
HEADER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,"
          "currency,amount,open_amount\n")
LEDGER = HEADER + "\n".join([
    "C1,Acme Ltd,ap@acme.test,A-1,,2026-09-01,2026-10-01,EUR,1200.00,1200.00",
    "C1,Acme Ltd,ap@acme.test,A-2,,2026-10-01,2026-11-20,EUR,300.50,300.50",
    "C2,Dispute Co,ap@dispute.test,D-1,,2026-09-01,2026-10-01,EUR,500.00,500.00",
    "C3,Legal Hold SA,ap@legal.test,L-1,,2026-09-01,2026-10-01,EUR,500.00,500.00",
    "C4,Excluded GmbH,ap@excluded.test,E-1,,2026-09-01,2026-10-01,EUR,500.00,500.00",
    "C5,Promise Inc,ap@promise.test,P-1,,2026-09-01,2026-10-01,USD,800.00,800.00",
    "C6,Bounced Ltd,old@bounced.test,B-1,,2026-09-01,2026-10-01,GBP,900.00,900.00",
    "C7,Tiny SARL,compta@tiny.test,T-1,,2026-09-01,2026-10-01,EUR,5.00,5.00",
    "C8,Boulangerie Martin,compta@martin.test,F2026/0193,,2026-09-01,2026-10-20,EUR,1480.40,1480.40",
    "C9,Paid Up Ltd,ap@paid.test,Z-1,,2026-09-01,2026-10-01,EUR,100.00,0.00",
]) + "\n"


@pytest.fixture
def ledger(factory):
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
        by_id = {c.customer_id: c for c in s.scalars(select(Customer))}
        inv = {i.invoice_number: i for i in s.scalars(select(Invoice))}
        inv["D-1"].on_hold_reason = "dispute: damaged"
        by_id["C3"].legal_hold = "insolvency_notice"
        by_id["C4"].excluded_from_dunning = True
        s.add(Promise(customer_pk=by_id["C5"].id, invoice_pk=inv["P-1"].id,
                      promised_date=date(2026, 11, 30), status="open"))
        s.scalars(select(Contact).where(Contact.email == "old@bounced.test")).one().status = \
            "bounced"
        by_id["C8"].language = "fr"
    return factory


def _settings(port: int) -> Settings:
    return Settings(smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False,
                    ar_address="ar@northwind.test", company_name="Northwind Supplies")


def _run(factory):
    with transaction(factory) as s:
        known = frozenset(s.scalars(select(Invoice.invoice_number)))
        return run_dunning(s, load_policy(), TODAY, {"name": "Northwind Supplies"}, known)


def test_run_drafts_only_what_may_be_dunned_and_is_idempotent(ledger):
    outcomes = _run(ledger)
    drafted = {o.customer_id for o in outcomes if o.draft_id}
    assert drafted == {"C1", "C8"}
    reasons = {o.customer_id: " ".join(o.reasons) for o in outcomes if not o.draft_id}
    assert "on hold" in reasons["C2"]
    assert "legal hold" in reasons["C3"]
    assert "excluded" in reasons["C4"]
    assert "promised for 2026-11-30" in reasons["C5"]
    assert "no active contact" in reasons["C6"]
    assert "below the minimum" in reasons["C7"]
    assert not any(o.customer_id == "C9" and o.draft_id for o in outcomes)
    assert not [o for o in _run(ledger) if o.draft_id], "second run the same day drafts nothing"


def test_levels_tone_and_languages(ledger):
    _run(ledger)
    with ledger() as s:
        drafts = {d.to: d for d in s.scalars(select(Draft).where(Draft.kind == "dunning"))}
        acme, martin = drafts["ap@acme.test"], drafts["compta@martin.test"]
        # A-1 is 54 days overdue: level 5 (final notice, +45) covers both Acme invoices
        assert acme.dunning_level == 5 and acme.evidence["tone"] == "final"
        assert "A-1" in acme.body and "A-2" in acme.body and "1500.50 EUR" in acme.body
        assert acme.language == "en" and acme.subject.startswith("Final reminder")
        assert martin.language == "fr" and "F2026/0193" in martin.body
        assert "Total dû : 1480.40 EUR" in martin.body
        state = s.scalars(select(DunningState)).all()
        assert {st.level for st in state} == {5, 4}  # F2026/0193: 35 days → third reminder


def test_approved_drafts_reach_the_smtp_server_with_pdf_statement(ledger, smtp_sink):
    sink, port = smtp_sink
    _run(ledger)
    with transaction(ledger) as s:
        ids = [d.id for d in s.scalars(select(Draft).where(Draft.kind == "dunning"))]
        for i in ids:
            approve(s, i, "alice")
    with transaction(ledger) as s:
        results = send_approved(s, _settings(port), load_policy(), MONDAY_10_PARIS, TODAY)
    assert sorted(r.status for r in results) == ["sent", "sent"]
    assert sorted(m["To"] for m in sink.messages) == ["ap@acme.test", "compta@martin.test"]
    acme = next(m for m in sink.messages if m["To"] == "ap@acme.test")
    assert acme["From"] == "ar@northwind.test"
    pdfs = [p for p in acme.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1
    text = pdfplumber.open(io.BytesIO(pdfs[0].get_content())).pages[0].extract_text()
    assert "A-1" in text and "A-2" in text and "1500.50 EUR" in text
    with ledger() as s:
        assert {d.status for d in s.scalars(select(Draft))} == {"sent"}
        assert all(st.sent_at is not None for st in s.scalars(select(DunningState)))


def test_nothing_is_sent_without_approval_or_outside_contact_hours(ledger, smtp_sink):
    sink, port = smtp_sink
    _run(ledger)
    with transaction(ledger) as s:
        assert send_approved(s, _settings(port), load_policy(), MONDAY_10_PARIS, TODAY) == []
        first = s.scalars(select(Draft)).first()
        approve(s, first.id, "alice")
    with transaction(ledger) as s:
        results = send_approved(s, _settings(port), load_policy(), SUNDAY, TODAY)
    assert [r.status for r in results] == ["waiting"]
    assert sink.messages == []


def test_payment_applied_after_drafting_cancels_the_draft(ledger, smtp_sink):
    sink, port = smtp_sink
    _run(ledger)
    with transaction(ledger) as s:
        acme = s.scalars(select(Draft).where(Draft.to == "ap@acme.test")).one()
        approve(s, acme.id, "alice")
        s.scalars(select(Invoice).where(Invoice.invoice_number == "A-1")).one().open_amount = \
            Decimal("0")
    with transaction(ledger) as s:
        results = send_approved(s, _settings(port), load_policy(), MONDAY_10_PARIS, TODAY)
    assert [(r.status, r.detail) for r in results] == [
        ("cancelled", "payment applied to A-1 since drafting")]
    assert sink.messages == []


def test_legal_hold_after_drafting_cancels(ledger, smtp_sink):
    sink, port = smtp_sink
    _run(ledger)
    with transaction(ledger) as s:
        d = s.scalars(select(Draft).where(Draft.to == "ap@acme.test")).one()
        approve(s, d.id, "alice")
        s.scalars(select(Customer).where(Customer.customer_id == "C1")).one().legal_hold = \
            "cease_contact"
    with transaction(ledger) as s:
        results = send_approved(s, _settings(port), load_policy(), MONDAY_10_PARIS, TODAY)
    assert results[0].status == "cancelled" and "legal hold" in results[0].detail
    assert sink.messages == []


def test_settled_account_resets_the_level(ledger):
    _run(ledger)
    with transaction(ledger) as s:
        for inv in s.scalars(select(Invoice).where(Invoice.invoice_number.in_(["A-1", "A-2"]))):
            inv.open_amount = Decimal("0")
    _run(ledger)
    with ledger() as s:
        c1 = s.scalars(select(Customer).where(Customer.customer_id == "C1")).one()
        state = s.scalars(select(DunningState).where(DunningState.customer_pk == c1.id)).one()
        assert state.level == 0 and state.sent_at is None


def test_rejection_needs_a_reason(ledger):
    _run(ledger)
    with pytest.raises(Exception, match="needs a reason"), transaction(ledger) as s:
        reject(s, s.scalars(select(Draft)).first().id, "alice", " ")


def test_grounding_rejects_a_wrong_amount():
    facts = Grounding(invoice_numbers=frozenset({"A-1"}), amounts=frozenset({Decimal("1200.00")}),
                      dates=frozenset({date(2026, 10, 1)}),
                      known_numbers=frozenset({"A-1", "A-2"}))
    assert check_draft("Invoice A-1 for 1,200.00 EUR was due on 2026-10-01.", facts) == []
    problems = check_draft("Invoice A-1 for 1,250.00 EUR, and A-2 too. We will take legal "
                           "action.", facts)
    assert any("1,250.00" in p for p in problems)
    assert any("A-2" in p for p in problems)
    assert any("legal action" in p for p in problems)


def test_promises_are_kept_partial_or_broken_and_a_broken_one_resumes_dunning(ledger):
    from assistant.promises import decide_promise, review_promises
    from ledger.models import Application, Payment, Task

    assert decide_promise(Decimal("800"), Decimal("800"), date(2026, 11, 30), TODAY) == "kept"
    assert decide_promise(Decimal("800"), Decimal("0"), date(2026, 11, 30), TODAY) is None
    assert decide_promise(Decimal("800"), Decimal("100"), date(2026, 11, 20), TODAY) == "partial"
    assert decide_promise(Decimal("800"), Decimal("0"), date(2026, 11, 20), TODAY) == "broken"
    later = date(2026, 12, 5)
    with transaction(ledger) as s:
        assert review_promises(s, TODAY) == []  # C5 promised 2026-11-30: still open
        reviews = review_promises(s, later)
        assert [(r.invoice_number, r.status) for r in reviews] == [("P-1", "broken")]
        assert s.scalars(select(Task.kind)).all() == ["broken_promise"]
    with transaction(ledger) as s:
        outcomes = run_dunning(s, load_policy(), later, {"name": "N"}, frozenset())
        assert any(o.customer_id == "C5" and o.draft_id for o in outcomes)
    with transaction(ledger) as s:
        c1_inv = s.scalars(select(Invoice).where(Invoice.invoice_number == "A-1")).one()
        s.add(Promise(customer_pk=c1_inv.customer_pk, invoice_pk=c1_inv.id,
                      promised_date=date(2026, 11, 28), status="open"))
        s.flush()
        pay = Payment(kind="bank", dedupe_key="x", amount=Decimal("1200.00"), currency="EUR",
                      status="applied")
        s.add(pay)
        s.flush()
        s.add(Application(payment_pk=pay.id, invoice_pk=c1_inv.id, amount=Decimal("1200.00"),
                          currency="EUR", status="auto_applied"))
        c1_inv.open_amount = Decimal("0")
    with transaction(ledger) as s:
        assert [(r.invoice_number, r.status) for r in review_promises(s, TODAY)] == [
            ("A-1", "kept")]
