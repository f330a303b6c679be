"""Write an invoice export into the ledger: all of a file or nothing of it.

Re-importing updates customers, contacts and invoices in place (keyed by customer_id,
email and invoice_number) instead of duplicating them.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import ImportFailed, Problem
from ledger.invoice_csv import InvoiceRow, parse_invoice_csv
from ledger.models import Contact, Customer, Invoice
from ledger.references import reference_key


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows: int
    customers_created: int
    invoices_created: int
    invoices_updated: int


def import_invoice_rows(session: Session, rows: list[InvoiceRow], source: str,
                        actor: str = "import") -> ImportSummary:
    customers = {c.customer_id: c for c in session.scalars(
        select(Customer).where(Customer.customer_id.in_({r.customer_id for r in rows})))}
    existing: dict[str, Invoice] = {}
    numbers = [r.invoice_number for r in rows]
    for start in range(0, len(numbers), 5000):
        chunk = numbers[start:start + 5000]
        existing.update((i.invoice_number, i) for i in session.scalars(
            select(Invoice).where(Invoice.invoice_number.in_(chunk))))
    contacts = {(c.customer_pk, c.email) for c in session.scalars(
        select(Contact).where(Contact.customer_pk.in_([c.id for c in customers.values()])))}
    problems: list[Problem] = []
    created_customers = created = updated = 0
    for row in rows:
        customer = customers.get(row.customer_id)
        if customer is None:
            customer = Customer(customer_id=row.customer_id, name=row.customer_name)
            session.add(customer)
            session.flush()
            customers[row.customer_id] = customer
            created_customers += 1
        elif customer.name != row.customer_name:
            customer.name = row.customer_name
        if row.contact_email and (customer.id, row.contact_email) not in contacts:
            session.add(Contact(customer_pk=customer.id, email=row.contact_email))
            contacts.add((customer.id, row.contact_email))
        invoice = existing.get(row.invoice_number)
        if invoice is None:
            invoice = Invoice(customer_pk=customer.id, invoice_number=row.invoice_number,
                              reference_key=reference_key(row.invoice_number))
            session.add(invoice)
            existing[row.invoice_number] = invoice
            created += 1
        else:
            if invoice.customer_pk != customer.id:
                problems.append(Problem(f"{source}:{row.line}", "customer_id",
                                        f'invoice "{row.invoice_number}" belongs to another '
                                        f"customer in the ledger"))
                continue
            if invoice.currency != row.currency:
                problems.append(Problem(f"{source}:{row.line}", "currency",
                                        f'invoice "{row.invoice_number}" is in {invoice.currency} '
                                        f"in the ledger"))
                continue
            updated += 1
        invoice.po_number = row.po_number
        invoice.issue_date = row.issue_date
        invoice.due_date = row.due_date
        invoice.currency = row.currency
        invoice.amount = row.amount
        invoice.open_amount = row.open_amount
    if problems:
        raise ImportFailed(problems)
    session.flush()
    audit.record(session, actor, "invoices_imported", "file", None, source=source,
                 rows=len(rows), invoices_created=created, invoices_updated=updated)
    return ImportSummary(len(rows), created_customers, created, updated)


def import_invoice_csv(session: Session, text: str, source: str) -> ImportSummary:
    """Parse and import; raises ImportFailed (and writes nothing) if any row is bad."""
    rows, problems = parse_invoice_csv(text, source)
    if problems:
        raise ImportFailed(problems)
    return import_invoice_rows(session, rows, source)
