"""Read remittance advice attachments: PDF, CSV, XLSX and HTML, as text and as table rows.

Pure: bytes in, text or rows out. Attachments come from strangers and are often broken, so
every failure of the underlying parser becomes an InputError naming the file and the reason,
and the work is bounded (pages, rows, columns) whatever the file claims.
"""
from __future__ import annotations

import csv
import io
import warnings
import zipfile
from datetime import date, datetime, time

import lxml.etree
import lxml.html

from inbox.html_text import html_to_text
from inbox.message import Attachment
from inbox.mime import decode_bytes
from ledger.errors import InputError

MAX_PAGES = 50
MAX_ROWS = 10_000
MAX_COLUMNS = 200
MAX_TEXT_CHARS = 2_000_000

_PDF = "pdf"
_CSV = "csv"
_XLSX = "xlsx"
_HTML = "html"
_TEXT = "text"


def attachment_text(att: Attachment) -> str:
    """The readable text of a remittance attachment. Raises InputError if it cannot be read."""
    kind = _kind(att)
    if kind == _PDF:
        return _guard(att, "PDF", _pdf_text, att.data)
    if kind == _XLSX:
        rows = _guard(att, "XLSX", _xlsx_rows, att.data)
        return "\n".join(" | ".join(row) for row in rows)
    if kind == _HTML:
        return _guard(att, "HTML", lambda data: html_to_text(_decode(data)), att.data)
    if kind in (_CSV, _TEXT):
        return _decode(att.data)[:MAX_TEXT_CHARS]
    raise InputError(f"{_name(att)}: cannot read {att.content_type} attachments (PDF, CSV, XLSX or HTML expected)")


def attachment_rows(att: Attachment) -> list[list[str]]:
    """Table rows of a remittance attachment (cells as strings). Raises InputError if unreadable.

    PDF: the tables pdfplumber finds on each page; CSV: every row; XLSX: every non-empty row
    of every sheet; HTML: every <tr>. Plain text is read as CSV when a delimiter is found.
    """
    kind = _kind(att)
    if kind == _PDF:
        return _guard(att, "PDF", _pdf_rows, att.data)
    if kind == _XLSX:
        return _guard(att, "XLSX", _xlsx_rows, att.data)
    if kind == _HTML:
        return _guard(att, "HTML", _html_rows, att.data)
    if kind in (_CSV, _TEXT):
        return _guard(att, "CSV", _csv_rows, att.data)
    raise InputError(f"{_name(att)}: cannot read {att.content_type} attachments (PDF, CSV, XLSX or HTML expected)")


# --- dispatch ------------------------------------------------------------------------------


def _kind(att: Attachment) -> str | None:
    data = att.data
    ctype = (att.content_type or "").lower()
    name = (att.filename or "").lower()
    if data[:1024].lstrip().startswith(b"%PDF") or ctype == "application/pdf" or name.endswith(".pdf"):
        return _PDF
    if data[:2] == b"PK" and (name.endswith((".xlsx", ".xlsm")) or "spreadsheetml" in ctype or _is_xlsx(data)):
        return _XLSX
    if name.endswith((".xlsx", ".xlsm")) or "spreadsheetml" in ctype:
        return _XLSX
    if ctype in ("text/html", "application/xhtml+xml") or name.endswith((".html", ".htm")):
        return _HTML
    if ctype in ("text/csv", "application/csv", "text/comma-separated-values") or name.endswith((".csv", ".tsv")):
        return _CSV
    if ctype.startswith("text/") or name.endswith(".txt"):
        return _TEXT
    return None


def _is_xlsx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _guard(att: Attachment, what: str, read, data: bytes):
    # The one place we catch everything: pdfminer, openpyxl and lxml raise dozens of exception
    # types on hostile files (PDFSyntaxError, KeyError, zlib.error, struct.error ...), and a
    # broken attachment must be reported, not crash the message it came with.
    try:
        with warnings.catch_warnings():
            # openpyxl and pdfminer warn about oddities of files they still read
            warnings.simplefilter("ignore")
            return read(data)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - edge of third-party parsers, see above
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
        raise InputError(f"{_name(att)}: cannot read {what}: {detail}") from error


def _name(att: Attachment) -> str:
    return f"attachment {att.filename!r}" if att.filename else f"attachment ({att.content_type})"


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return decode_bytes(data[:MAX_TEXT_CHARS * 2], None)


# --- PDF -----------------------------------------------------------------------------------


def _pdf_pages(data: bytes):
    import pdfplumber  # heavy import, only when a PDF arrives

    pdf = pdfplumber.open(io.BytesIO(data))
    return pdf


def _pdf_text(data: bytes) -> str:
    with _pdf_pages(data) as pdf:
        texts = []
        for page in pdf.pages[:MAX_PAGES]:
            texts.append(page.extract_text() or "")
            page.flush_cache()
    return "\n\n".join(t for t in texts if t.strip())[:MAX_TEXT_CHARS]


def _pdf_rows(data: bytes) -> list[list[str]]:
    rows: list[list[str]] = []
    with _pdf_pages(data) as pdf:
        for page in pdf.pages[:MAX_PAGES]:
            for table in page.extract_tables():
                for row in table:
                    cells = [_cell_text(c) for c in row[:MAX_COLUMNS]]
                    if any(cells):
                        rows.append(cells)
                    if len(rows) >= MAX_ROWS:
                        return rows
            page.flush_cache()
    return rows


# --- CSV -----------------------------------------------------------------------------------


def _csv_rows(data: bytes) -> list[list[str]]:
    text = _decode(data)
    sample = text[:20_000]
    delimiter = _delimiter(sample)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    for row in reader:
        cells = [c.strip() for c in row[:MAX_COLUMNS]]
        if any(cells):
            rows.append(cells)
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        # Sniffer gives up on short or ragged files: take the most frequent candidate
        # on the first lines (European exports use ";", since "," is the decimal mark).
        head = "\n".join(sample.splitlines()[:20])
        counts = {d: head.count(d) for d in (";", "\t", ",", "|")}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


# --- XLSX ----------------------------------------------------------------------------------


def _xlsx_rows(data: bytes) -> list[list[str]]:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    rows: list[list[str]] = []
    try:
        for sheet in workbook.worksheets:
            for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
                cells = [_cell_text(v) for v in values]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    rows.append(cells)
                if len(rows) >= MAX_ROWS:
                    return rows
    finally:
        workbook.close()
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # Cells hold binary floats; repr gives the shortest string that round-trips
        # ("1234.56", not "1234.5599999"), and amount parsing starts from that string.
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


# --- HTML ----------------------------------------------------------------------------------


def _html_rows(data: bytes) -> list[list[str]]:
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True, recover=True)
    try:
        root = lxml.html.fromstring(_decode(data).encode("utf-8"), parser=parser)
    except lxml.etree.ParserError:
        return []
    rows: list[list[str]] = []
    for tr in root.iter("tr"):
        cells = [" ".join(cell.text_content().split()) for cell in tr if cell.tag in ("td", "th")]
        if any(cells):
            rows.append(cells[:MAX_COLUMNS])
        if len(rows) >= MAX_ROWS:
            break
    return rows
