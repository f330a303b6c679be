"""Money: a Decimal amount with an ISO 4217 currency, and the one place amounts are rounded."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from ledger.errors import CurrencyMismatch

# Currencies whose minor unit is not 2 digits (ISO 4217); everything else rounds to cents.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "VND": 0, "XOF": 0, "XAF": 0,
                "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3}


def minor_unit(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def to_decimal(value: str | int | Decimal) -> Decimal:
    """Build a Decimal from a string or int; floats are refused, they are not money."""
    if isinstance(value, float):
        raise TypeError("money is never built from a float")
    try:
        result = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not a decimal amount: {value!r}") from exc
    if not result.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return result


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit (banker's rounding): the only rounding of money."""
    return amount.quantize(Decimal(1).scaleb(-minor_unit(currency)), rounding=ROUND_HALF_EVEN)


def decimal_str(amount: Decimal) -> str:
    """Decimal as a plain string for JSON: no exponent, no trailing zeros beyond two decimals
    ("1234.50", "0.1234")."""
    normalized = amount.normalize()
    if normalized.as_tuple().exponent > -2:  # type: ignore[operator]
        normalized = amount.quantize(Decimal("0.01"))
    return format(normalized, "f")


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217, "EUR"

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        return cls(to_decimal(amount), currency.upper())

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatch(self, other)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def rounded(self) -> Money:
        return Money(quantize(self.amount, self.currency), self.currency)

    def __str__(self) -> str:
        return f"{decimal_str(self.amount)} {self.currency}"
