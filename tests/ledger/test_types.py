"""Amounts and timestamps survive a round trip through each database exactly."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from ledger.db import transaction
from ledger.models import Customer, Invoice


def test_amounts_are_exact_and_timestamps_aware(factory):
    paris = timezone(timedelta(hours=1))
    with transaction(factory) as s:
        c = Customer(customer_id="C1", name="Acme", created_at=datetime(2026, 1, 1, 12, tzinfo=paris))
        s.add(c)
        s.flush()
        s.add(Invoice(customer_pk=c.id, invoice_number="I1", reference_key="I1",
                      issue_date=date(2026, 1, 1), due_date=date(2026, 2, 1), currency="EUR",
                      amount=Decimal("12345678901234.1234"), open_amount=Decimal("0.1")))
    with factory() as s:
        inv = s.scalars(select(Invoice)).one()
        assert inv.amount == Decimal("12345678901234.1234")
        assert inv.open_amount + Decimal("0.2") == Decimal("0.3")
        created = s.scalars(select(Customer.created_at)).one()
        assert created == datetime(2026, 1, 1, 11, tzinfo=UTC) and created.tzinfo is not None
        assert s.scalars(select(Invoice).where(Invoice.open_amount > Decimal("0.05"))).one()


def test_naive_timestamp_is_refused(factory):
    with pytest.raises(Exception, match="naive datetime"), transaction(factory) as s:
        s.add(Customer(customer_id="C2", name="B", created_at=datetime(2026, 1, 1)))
        s.flush()
