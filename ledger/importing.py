"""Write an invoice export into the ledger: all of a file or nothing of it.

Re-importing updates customers, contacts and invoices in place (keyed by customer_id,
email and invoice_number) instead of duplicating them.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import ImportFailed, Problem
from ledger.invoice_csv import InvoiceRow, parse_invoice_csv
from ledger.models import Contact, Customer, Invoice
from ledger.references import reference_key

_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows: int
    customers_created: int
    invoices_created: int
    invoices_updated: int


def import_invoice_rows(session: Session, rows: list[InvoiceRow], source: str,
                        actor: str = "import") -> ImportSummary:
    """Insert or update in bulk (a million rows in about a minute); raises ImportFailed and
    writes nothing when a row contradicts the ledger."""
    customers: dict[str, tuple[int, str]] = {}
    wanted = sorted({r.customer_id for r in rows})
    for start in range(0, len(wanted), _CHUNK):
        customers.update((cid, (pk, name)) for pk, cid, name in session.execute(
            select(Customer.id, Customer.customer_id, Customer.name)
            .where(Customer.customer_id.in_(wanted[start:start + _CHUNK]))))
    names = {r.customer_id: r.customer_name for r in rows}  # the last row's name wins
    new_customers = [{"customer_id": cid, "name": name} for cid, name in names.items()
                     if cid not in customers]
    if new_customers:
        for pk, cid in session.execute(insert(Customer).returning(Customer.id,
                                                                  Customer.customer_id),
                                       new_customers):
            customers[cid] = (pk, names[cid])
    renamed = [{"id": customers[cid][0], "name": name} for cid, name in names.items()
               if customers[cid][1] != name]
    if renamed:
        session.execute(update(Customer), renamed)

    pks = [pk for pk, _ in customers.values()]
    contacts: set[tuple[int, str]] = set()
    for start in range(0, len(pks), _CHUNK):
        contacts.update(session.execute(select(Contact.customer_pk, Contact.email).where(
            Contact.customer_pk.in_(pks[start:start + _CHUNK]))).all())
    new_contacts = []
    for row in rows:
        key = (customers[row.customer_id][0], row.contact_email)
        if row.contact_email and key not in contacts:
            contacts.add(key)
            new_contacts.append({"customer_pk": key[0], "email": key[1]})
    if new_contacts:
        session.execute(insert(Contact), new_contacts)

    existing: dict[str, tuple[int, int, str]] = {}
    numbers = [r.invoice_number for r in rows]
    for start in range(0, len(numbers), _CHUNK):
        existing.update((number, (pk, cpk, cur)) for pk, number, cpk, cur in session.execute(
            select(Invoice.id, Invoice.invoice_number, Invoice.customer_pk, Invoice.currency)
            .where(Invoice.invoice_number.in_(numbers[start:start + _CHUNK]))))
    problems: list[Problem] = []
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for row in rows:
        customer_pk = customers[row.customer_id][0]
        values = {"po_number": row.po_number, "issue_date": row.issue_date,
                  "due_date": row.due_date, "currency": row.currency, "amount": row.amount,
                  "open_amount": row.open_amount}
        found = existing.get(row.invoice_number)
        if found is None:
            inserts.append({"customer_pk": customer_pk, "invoice_number": row.invoice_number,
                            "reference_key": reference_key(row.invoice_number), **values})
        elif found[1] != customer_pk:
            problems.append(Problem(f"{source}:{row.line}", "customer_id",
                                    f'invoice "{row.invoice_number}" belongs to another '
                                    f"customer in the ledger"))
        elif found[2] != row.currency:
            problems.append(Problem(f"{source}:{row.line}", "currency",
                                    f'invoice "{row.invoice_number}" is in {found[2]} in the '
                                    f"ledger"))
        else:
            updates.append({"id": found[0], **values})
    if problems:
        raise ImportFailed(problems)
    for start in range(0, len(inserts), _CHUNK):
        session.execute(Invoice.__table__.insert(), inserts[start:start + _CHUNK])
    for start in range(0, len(updates), _CHUNK):
        session.execute(update(Invoice), updates[start:start + _CHUNK])
    audit.record(session, actor, "invoices_imported", "file", None, source=source,
                 rows=len(rows), invoices_created=len(inserts), invoices_updated=len(updates))
    return ImportSummary(len(rows), len(new_customers), len(inserts), len(updates))


def import_invoice_csv(session: Session, text: str, source: str) -> ImportSummary:
    """Parse and import; raises ImportFailed (and writes nothing) if any row is bad."""
    rows, problems = parse_invoice_csv(text, source)
    if problems:
        raise ImportFailed(problems)
    return import_invoice_rows(session, rows, source)
