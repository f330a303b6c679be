"""Read an ERP invoice export (CSV) into plain rows, collecting every problem with file:line.

Pure: text in, rows and problems out. ledger.importing writes them to the database.
Required columns: customer_id, customer_name, contact_email, invoice_number, po_number,
issue_date, due_date, currency, amount, open_amount. Extra columns are ignored.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ledger.errors import Problem

REQUIRED_COLUMNS = ("customer_id", "customer_name", "contact_email", "invoice_number",
                    "po_number", "issue_date", "due_date", "currency", "amount", "open_amount")
_OPTIONAL_EMPTY = {"po_number", "contact_email"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_AMOUNT = re.compile(r"^-?\d+(\.\d{1,4})?$")


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    line: int
    customer_id: str
    customer_name: str
    contact_email: str | None
    invoice_number: str
    po_number: str | None
    issue_date: date
    due_date: date
    currency: str
    amount: Decimal
    open_amount: Decimal


def _parse_date(value: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError
    return date.fromisoformat(value)


def parse_invoice_csv(text: str, source: str) -> tuple[list[InvoiceRow], list[Problem]]:
    """Parse the whole file; return the good rows and every problem found (never stops early)."""
    problems: list[Problem] = []
    rows: list[InvoiceRow] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(Problem(f"{source}:1", None,
                                f"missing column(s): {', '.join(missing)} "
                                f"(expected: {','.join(REQUIRED_COLUMNS)})"))
        return rows, problems
    reader.fieldnames = header
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        where = f"{source}:{line}"
        if None in record:
            problems.append(Problem(where, None, "more fields than the header has columns"))
            continue
        values = {k: (record.get(k) or "").strip() for k in REQUIRED_COLUMNS}
        if not any(values.values()):
            continue
        row_problems: list[Problem] = []

        def bad(field: str, message: str) -> None:
            row_problems.append(Problem(where, field, message))  # noqa: B023

        for col in REQUIRED_COLUMNS:
            if not values[col] and col not in _OPTIONAL_EMPTY:
                bad(col, "is empty")
        email = values["contact_email"].lower() or None
        if email and not _EMAIL.match(email):
            bad("contact_email", f'"{values["contact_email"]}" is not an email address')
        dates: dict[str, date] = {}
        for col in ("issue_date", "due_date"):
            if values[col]:
                try:
                    dates[col] = _parse_date(values[col])
                except ValueError:
                    bad(col, f'"{values[col]}" is not a date (expected YYYY-MM-DD)')
        currency = values["currency"].upper()
        if values["currency"] and not _CURRENCY.match(currency):
            bad("currency", f'"{values["currency"]}" is not an ISO 4217 code (expected e.g. EUR)')
        amounts: dict[str, Decimal] = {}
        for col in ("amount", "open_amount"):
            if values[col]:
                if not _AMOUNT.match(values[col]):
                    bad(col, f'"{values[col]}" is not an amount (expected e.g. 1234.56, '
                             f'"." as decimal separator, no thousands separator)')
                    continue
                try:
                    amounts[col] = Decimal(values[col])
                except InvalidOperation:
                    bad(col, f'"{values[col]}" is not an amount')
        if "amount" in amounts and "open_amount" in amounts:
            a, o = amounts["amount"], amounts["open_amount"]
            if (a >= 0 and not Decimal(0) <= o <= a) or (a < 0 and not a <= o <= 0):
                bad("open_amount", f"{o} must lie between 0 and the amount {a}")
        number = values["invoice_number"]
        if number and number in seen:
            bad("invoice_number", f'"{number}" already appears on line {seen[number]}')
        if row_problems:
            problems.extend(row_problems)
            continue
        seen[number] = line
        rows.append(InvoiceRow(line=line, customer_id=values["customer_id"],
                               customer_name=values["customer_name"], contact_email=email,
                               invoice_number=number, po_number=values["po_number"] or None,
                               issue_date=dates["issue_date"], due_date=dates["due_date"],
                               currency=currency, amount=amounts["amount"],
                               open_amount=amounts["open_amount"]))
    return rows, problems
