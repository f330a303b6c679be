"""Money never mixes currencies, never comes from a float, rounds in one place."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger.errors import CurrencyMismatch
from ledger.money import Money, decimal_str, quantize


def test_adding_two_currencies_raises():
    with pytest.raises(CurrencyMismatch):
        Money.of("1.00", "EUR") + Money.of("1.00", "USD")


def test_float_is_refused():
    with pytest.raises(TypeError):
        Money.of(1.5, "EUR")  # type: ignore[arg-type]


def test_rounding_uses_the_currency_minor_unit():
    assert quantize(Decimal("10.005"), "EUR") == Decimal("10.00")
    assert quantize(Decimal("10.5"), "JPY") == Decimal("10")
    assert quantize(Decimal("1.2345"), "KWD") == Decimal("1.234")


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2))
def test_decimal_str_round_trips(value):
    assert Decimal(decimal_str(value)) == value
    assert "E" not in decimal_str(value)
