"""Issue 4: two processes posting cash to the same invoice at once never over-apply it
(the invoice row is locked and re-checked in the transaction)."""
from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.models import Application, Invoice, Payment
from ledger.settings import Settings
from matching.service import match_payments, reverse_application

LEDGER = ("customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,"
          "due_date,currency,amount,open_amount\n"
          "C1,Acme Ltd,ap@acme.test,INV-2026-00417,,2026-09-01,2026-10-01,EUR,100.00,100.00\n")


@pytest.mark.postgres
def test_two_concurrent_payments_never_over_apply_one_invoice(factory, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serialises writers: the race needs PostgreSQL")
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
        ids = []
        for n in range(2):
            p = Payment(kind="bank", dedupe_key=f"k{n}", amount=Decimal("100.00"), currency="EUR",
                        value_date=date(2026, 11, 20), payer_name="Acme Ltd",
                        reference="INV-2026-00417", status="unmatched")
            s.add(p)
            s.flush()
            ids.append(p.id)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(pid: int) -> None:
        try:
            barrier.wait()
            with transaction(factory) as s:
                match_payments(s, [pid], Settings())
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(pid,)) for pid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with factory() as s:
        invoice = s.scalars(select(Invoice)).one()
        assert invoice.open_amount == Decimal("0")
        statuses = sorted(s.scalars(select(Application.status)))
        assert statuses == ["auto_applied", "suggested"]


def test_reversal_restores_the_open_amount_exactly(factory):
    with transaction(factory) as s:
        import_invoice_csv(s, LEDGER, "ledger.csv")
        p = Payment(kind="bank", dedupe_key="k", amount=Decimal("100.00"), currency="EUR",
                    value_date=date(2026, 11, 20), payer_name="Acme Ltd",
                    reference="INV-2026-00417", status="unmatched")
        s.add(p)
        s.flush()
        assert match_payments(s, [p.id], Settings()) == ["applied"]
    with transaction(factory) as s:
        app_id = s.scalars(select(Application.id)).one()
        reverse_application(s, app_id, "wrong customer", "finance:bob")
    with factory() as s:
        assert s.scalars(select(Invoice.open_amount)).one() == Decimal("100.00")
        assert s.scalars(select(Application.status)).one() == "reversed"
        assert s.scalar(select(func.count()).select_from(Application)) == 1
