"""Importing an ERP invoice export: all or nothing, updates in place, exact errors."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ledger.db import transaction
from ledger.errors import ImportFailed
from ledger.importing import import_invoice_csv
from ledger.models import Contact, Customer, Invoice

HEADER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,"
          "due_date,currency,amount,open_amount,erp_extra\n")
GOOD = HEADER + (
    "C1,Acme Ltd,ap@acme.test,INV-001,PO-9,2026-09-01,2026-10-01,EUR,1200.00,1200.00,x\n"
    "C1,Acme Ltd,billing@acme.test,INV-002,,2026-09-05,2026-10-05,EUR,99.99,50.00,y\n"
    "C2,Beta SAS,compta@beta.test,F2026/0193,,2026-08-01,2026-08-31,USD,0.10,0.10,z\n")


def test_import_creates_customers_contacts_and_exact_amounts(factory):
    with transaction(factory) as s:
        summary = import_invoice_csv(s, GOOD, "invoices.csv")
    assert (summary.customers_created, summary.invoices_created) == (2, 3)
    with factory() as s:
        inv = s.scalars(select(Invoice).where(Invoice.invoice_number == "INV-002")).one()
        assert inv.amount == Decimal("99.99") and inv.open_amount == Decimal("50.00")
        assert isinstance(inv.open_amount, Decimal)
        emails = set(s.scalars(select(Contact.email)))
        assert emails == {"ap@acme.test", "billing@acme.test", "compta@beta.test"}
        assert s.scalars(select(Invoice.currency).where(
            Invoice.invoice_number == "F2026/0193")).one() == "USD"


def test_reimport_updates_instead_of_duplicating(factory):
    with transaction(factory) as s:
        import_invoice_csv(s, GOOD, "a.csv")
    changed = GOOD.replace("99.99,50.00", "99.99,0.00")
    with transaction(factory) as s:
        summary = import_invoice_csv(s, changed, "b.csv")
    assert (summary.invoices_created, summary.invoices_updated) == (0, 3)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 3
        assert s.scalar(select(func.count()).select_from(Customer)) == 2
        assert s.scalars(select(Invoice.open_amount).where(
            Invoice.invoice_number == "INV-002")).one() == Decimal("0")


def test_bad_row_names_file_line_and_column_and_imports_nothing(factory):
    bad = GOOD + "C3,Gamma,g@gamma.test,INV-9,,31/02/2026,2026-10-01,EUR,10.00,10.00,\n"
    bad += "C3,Gamma,g@gamma.test,INV-10,,2026-09-01,2026-10-01,EUR,1.234,56,10.00\n"
    with pytest.raises(ImportFailed) as err, transaction(factory) as s:
        import_invoice_csv(s, bad, "invoices.csv")
    messages = [str(p) for p in err.value.problems]
    assert ('invoices.csv:5: column "issue_date": "31/02/2026" is not a date '
            "(expected YYYY-MM-DD)") in messages
    assert any(m.startswith('invoices.csv:6: column "open_amount"') for m in messages)
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0


def test_missing_column_is_reported():
    from ledger.invoice_csv import parse_invoice_csv
    rows, problems = parse_invoice_csv("customer_id,amount\nC1,10\n", "x.csv")
    assert rows == []
    assert str(problems[0]).startswith("x.csv:1: missing column(s): customer_name")


def test_open_amount_above_amount_is_refused():
    from ledger.invoice_csv import parse_invoice_csv
    _, problems = parse_invoice_csv(
        HEADER + "C1,A,a@a.test,I1,,2026-01-01,2026-02-01,EUR,10.00,11.00,\n", "x.csv")
    assert [str(p) for p in problems] == [
        'x.csv:2: column "open_amount": 11.00 must lie between 0 and the amount 10.00']
