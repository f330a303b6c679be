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
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(Problem(f"{source}:1", None,
                                f"missing column(s): {', '.join(missing)} "
                                f"(expected: {','.join(REQUIRED_COLUMNS)})"))
        return rows, problems
    positions = [header.index(c) for c in REQUIRED_COLUMNS]
    width = len(header)
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if len(record) > width:
            problems.append(Problem(f"{source}:{line}", None,
                                    "more fields than the header has columns"))
            continue
        cells = [record[i].strip() if i < len(record) else "" for i in positions]
        if not any(cells):
            continue
        row = _row(cells, line, source, seen)
        if isinstance(row, InvoiceRow):
            seen[row.invoice_number] = line
            rows.append(row)
        else:
            problems.extend(row)
    return rows, problems


def _row(cells: list[str], line: int, source: str, seen: dict[str, int]
         ) -> InvoiceRow | list[Problem]:
    (customer_id, customer_name, contact_email, number, po_number, issue_text, due_text,
     currency_text, amount_text, open_text) = cells
    where = f"{source}:{line}"
    bad: list[Problem] = []
    for col, value in zip(REQUIRED_COLUMNS, cells, strict=True):
        if not value and col not in _OPTIONAL_EMPTY:
            bad.append(Problem(where, col, "is empty"))
    email = contact_email.lower() or None
    if email and not _EMAIL.match(email):
        bad.append(Problem(where, "contact_email", f'"{contact_email}" is not an email address'))
    dates: dict[str, date] = {}
    for col, value in (("issue_date", issue_text), ("due_date", due_text)):
        if value:
            try:
                dates[col] = _parse_date(value)
            except ValueError:
                bad.append(Problem(where, col,
                                   f'"{value}" is not a date (expected YYYY-MM-DD)'))
    currency = currency_text.upper()
    if currency_text and not _CURRENCY.match(currency):
        bad.append(Problem(where, "currency",
                           f'"{currency_text}" is not an ISO 4217 code (expected e.g. EUR)'))
    amounts: dict[str, Decimal] = {}
    for col, value in (("amount", amount_text), ("open_amount", open_text)):
        if value:
            if not _AMOUNT.match(value):
                bad.append(Problem(where, col, f'"{value}" is not an amount (expected e.g. '
                                               f'1234.56, "." as decimal separator, no '
                                               f"thousands separator)"))
                continue
            try:
                amounts[col] = Decimal(value)
            except InvalidOperation:
                bad.append(Problem(where, col, f'"{value}" is not an amount'))
    if "amount" in amounts and "open_amount" in amounts:
        a, o = amounts["amount"], amounts["open_amount"]
        if (a >= 0 and not Decimal(0) <= o <= a) or (a < 0 and not a <= o <= 0):
            bad.append(Problem(where, "open_amount", f"{o} must lie between 0 and the amount {a}"))
    if number and number in seen:
        bad.append(Problem(where, "invoice_number",
                           f'"{number}" already appears on line {seen[number]}'))
    if bad:
        return bad
    return InvoiceRow(line=line, customer_id=customer_id, customer_name=customer_name,
                      contact_email=email, invoice_number=number, po_number=po_number or None,
                      issue_date=dates["issue_date"], due_date=dates["due_date"],
                      currency=currency, amount=amounts["amount"],
                      open_amount=amounts["open_amount"])
