"""attachment_text / attachment_rows on small files built in the test itself."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from inbox.attachments import attachment_rows, attachment_text
from inbox.message import Attachment
from ledger.errors import InputError


def make_pdf(lines: list[str], table: list[list[str]]) -> bytes:
    """A one-page PDF: text lines at the top, then a ruled table pdfplumber can find."""
    ops = ["BT /F1 11 Tf 50 780 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    x0, top, col_w, row_h = 50, 700, 150, 20
    n_rows, n_cols = len(table), len(table[0])
    ops.append("0.5 w")
    for r in range(n_rows + 1):
        y = top - r * row_h
        ops.append(f"{x0} {y} m {x0 + n_cols * col_w} {y} l S")
    for c in range(n_cols + 1):
        x = x0 + c * col_w
        ops.append(f"{x} {top} m {x} {top - n_rows * row_h} l S")
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            ops.append(f"BT /F1 10 Tf {x0 + c * col_w + 5} {top - (r + 1) * row_h + 6} Td ({cell}) Tj ET")
    content = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Remittance"
    sheet.append(["Invoice", "Amount", "Paid on"])
    sheet.append(["INV-1001", 1234.56, datetime(2026, 3, 2)])
    sheet.append(["INV-1002", 100, None])
    sheet.append([None, None, None])
    other = workbook.create_sheet("Notes")
    other.append(["Total", "=B2+B3"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


REMITTANCE_TABLE = [["Invoice", "Amount"], ["INV-1001", "1234.56"], ["INV-1002", "100.00"]]


def test_pdf_text_and_tables():
    att = Attachment("advice.pdf", "application/pdf", make_pdf(["Payment advice", "ACME Corp (supplier 42)"], REMITTANCE_TABLE))
    text = attachment_text(att)
    assert "Payment advice" in text
    assert "ACME Corp (supplier 42)" in text
    assert "INV-1001" in text
    assert attachment_rows(att) == REMITTANCE_TABLE


def test_pdf_is_recognised_by_magic_bytes():
    att = Attachment(None, "application/octet-stream", make_pdf(["Hello"], [["a", "b"]]))
    assert "Hello" in attachment_text(att)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nthis is not really a pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20, b""],
    ids=["garbage", "binary", "empty"],
)
def test_broken_pdf_is_an_input_error(data):
    att = Attachment("advice.pdf", "application/pdf", data)
    with pytest.raises(InputError, match=r"^attachment 'advice.pdf': cannot read PDF: "):
        attachment_text(att)
    with pytest.raises(InputError, match=r"^attachment 'advice.pdf': cannot read PDF: "):
        attachment_rows(att)


def test_truncated_pdf_is_an_input_error():
    data = make_pdf(["Payment advice"], REMITTANCE_TABLE)
    att = Attachment("advice.pdf", "application/pdf", data[: len(data) // 3])
    with pytest.raises(InputError):
        attachment_rows(att)


def test_xlsx_rows_and_text():
    att = Attachment("remittance.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx())
    assert attachment_rows(att) == [
        ["Invoice", "Amount", "Paid on"],
        ["INV-1001", "1234.56", "2026-03-02"],
        ["INV-1002", "100"],
        ["Total"],  # data_only: a formula never calculated by Excel has no cached value
    ]
    assert attachment_text(att).splitlines()[1] == "INV-1001 | 1234.56 | 2026-03-02"


def test_xlsx_by_content_not_name():
    att = Attachment("export", "application/octet-stream", make_xlsx())
    assert attachment_rows(att)[0] == ["Invoice", "Amount", "Paid on"]


def test_broken_xlsx_is_an_input_error():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-a-workbook")
    att = Attachment("remittance.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer.getvalue())
    with pytest.raises(InputError, match=r"^attachment 'remittance.xlsx': cannot read XLSX: "):
        attachment_rows(att)
    with pytest.raises(InputError):
        attachment_rows(Attachment("r.xlsx", "application/octet-stream", b"PK\x03\x04garbage"))


def test_csv_semicolon_windows_1252():
    data = "Facture;Montant;Libellé\nINV-1001;1 234,56;règlement\nINV-1002;100,00;\n".encode("cp1252")
    att = Attachment("virement.csv", "text/csv", data)
    assert attachment_rows(att) == [
        ["Facture", "Montant", "Libellé"],
        ["INV-1001", "1 234,56", "règlement"],
        ["INV-1002", "100,00", ""],
    ]
    assert "règlement" in attachment_text(att)


def test_csv_comma_utf8_bom_and_tab():
    att = Attachment("r.csv", "text/csv", "\ufeffInvoice,Amount\n\"INV-1, part\",10.00\n".encode("utf-8"))
    assert attachment_rows(att) == [["Invoice", "Amount"], ["INV-1, part", "10.00"]]
    tsv = Attachment("r.tsv", "text/tab-separated-values", b"Invoice\tAmount\nINV-9\t5\n")
    assert attachment_rows(tsv) == [["Invoice", "Amount"], ["INV-9", "5"]]


def test_csv_row_limit():
    data = "".join(f"INV-{i};1\n" for i in range(20_000)).encode()
    assert len(attachment_rows(Attachment("big.csv", "text/csv", data))) == 10_000


def test_html_table_rows_and_text():
    html = (
        "<html><body><p>Remittance advice</p><table>"
        "<tr><th>Invoice</th><th>Amount</th></tr>"
        "<tr><td>INV-1001</td><td>1&nbsp;234,56&nbsp;€</td></tr>"
        "</table><script>x()</script></body></html>"
    ).encode("utf-8")
    att = Attachment("advice.html", "text/html", html)
    assert attachment_rows(att) == [["Invoice", "Amount"], ["INV-1001", "1 234,56 €"]]
    assert attachment_text(att) == "Remittance advice\n\nInvoice | Amount\nINV-1001 | 1 234,56 €"


def test_unsupported_type_is_an_input_error():
    att = Attachment("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0")
    with pytest.raises(InputError, match=r"^attachment 'photo.jpg': cannot read image/jpeg attachments"):
        attachment_text(att)
