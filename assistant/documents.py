"""PDF documents generated from the ledger: an account statement and an invoice copy, with the
company's name, address, bank details and logo from settings. Uses reportlab (maintained,
pure Python, its standard fonts cover €, £ and accented Latin text without font files).

Pure: records in, PDF bytes out.
"""
from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ledger.money import decimal_str


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    address: str = ""
    iban: str = ""
    bic: str = ""
    logo: Path | None = None


@dataclass(frozen=True, slots=True)
class StatementLine:
    invoice_number: str
    issue_date: date
    due_date: date
    currency: str
    amount: Decimal
    open_amount: Decimal


_LABELS = {
    "en": {"statement": "Statement of account", "invoice": "Invoice copy", "date": "Date",
           "customer": "Customer", "number": "Invoice", "issued": "Issued", "due": "Due",
           "amount": "Amount", "open": "Open", "total": "Total due", "pay": "Please pay to",
           "overdue": "days overdue"},
    "fr": {"statement": "Relevé de compte", "invoice": "Duplicata de facture", "date": "Date",
           "customer": "Client", "number": "Facture", "issued": "Émise le", "due": "Échéance",
           "amount": "Montant", "open": "Reste dû", "total": "Total dû", "pay": "Règlement à",
           "overdue": "jours de retard"},
}


def _header(company: Company, title: str) -> list[object]:
    styles = getSampleStyleSheet()
    parts: list[object] = []
    if company.logo and company.logo.is_file():
        parts.append(Image(str(company.logo), width=40 * mm, height=15 * mm, kind="proportional"))
    parts.append(Paragraph(company.name, styles["Title"]))
    if company.address:
        parts.append(Paragraph(company.address.replace("\n", "<br/>"), styles["Normal"]))
    parts += [Spacer(1, 6 * mm), Paragraph(title, styles["Heading2"])]
    return parts


def _footer(company: Company, labels: dict[str, str]) -> list[object]:
    if not (company.iban or company.bic):
        return []
    styles = getSampleStyleSheet()
    return [Spacer(1, 8 * mm), Paragraph(
        f"{labels['pay']}: {company.name} — IBAN {company.iban} — BIC {company.bic}",
        styles["Normal"])]


def _build(parts: list[object]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm).build(parts)
    return out.getvalue()


def _table(rows: list[list[str]]) -> Table:
    table = Table(rows, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
    ]))
    return table


def statement_pdf(company: Company, customer_id: str, customer_name: str,
                  lines: list[StatementLine], today: date, language: str = "en") -> bytes:
    labels = _LABELS.get(language, _LABELS["en"])
    styles = getSampleStyleSheet()
    parts = _header(company, labels["statement"])
    parts.append(Paragraph(f"{labels['customer']}: {customer_name} ({customer_id}) — "
                           f"{labels['date']}: {today.isoformat()}", styles["Normal"]))
    parts.append(Spacer(1, 4 * mm))
    rows = [[labels["number"], labels["issued"], labels["due"], labels["amount"], labels["open"]]]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for ln in sorted(lines, key=lambda x: (x.due_date, x.invoice_number)):
        if ln.open_amount <= 0:
            continue
        late = (today - ln.due_date).days
        due = ln.due_date.isoformat() + (f" ({late} {labels['overdue']})" if late > 0 else "")
        rows.append([ln.invoice_number, ln.issue_date.isoformat(), due,
                     f"{decimal_str(ln.amount)} {ln.currency}",
                     f"{decimal_str(ln.open_amount)} {ln.currency}"])
        totals[ln.currency] += ln.open_amount
    total_text = " + ".join(f"{decimal_str(v)} {k}" for k, v in sorted(totals.items())) or "0.00"
    rows.append([labels["total"], "", "", "", total_text])
    parts.append(_table(rows))
    return _build(parts + _footer(company, labels))


def invoice_copy_pdf(company: Company, customer_id: str, customer_name: str,
                     line: StatementLine, po_number: str | None, language: str = "en") -> bytes:
    labels = _LABELS.get(language, _LABELS["en"])
    styles = getSampleStyleSheet()
    parts = _header(company, f"{labels['invoice']} {line.invoice_number}")
    parts.append(Paragraph(f"{labels['customer']}: {customer_name} ({customer_id})"
                           + (f" — PO {po_number}" if po_number else ""), styles["Normal"]))
    parts.append(Spacer(1, 4 * mm))
    rows = [[labels["number"], labels["issued"], labels["due"], labels["amount"], labels["open"]],
            [line.invoice_number, line.issue_date.isoformat(), line.due_date.isoformat(),
             f"{decimal_str(line.amount)} {line.currency}",
             f"{decimal_str(line.open_amount)} {line.currency}"],
            [labels["total"], "", "", "", f"{decimal_str(line.open_amount)} {line.currency}"]]
    parts.append(_table(rows))
    return _build(parts + _footer(company, labels))
