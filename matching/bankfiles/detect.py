"""Tell which bank file format some bytes are: by content first, file extension second.

Returns one of mt940, mt942, camt052, camt053, camt054, bai2, ofx, csv, zip,
or "unknown". A zip is reported as the format of its first member (see
`detect_format`); reading the members is `archive.zip_members`' job. Pure.
"""
from __future__ import annotations

import re

from matching.bankfiles.archive import is_zip, zip_members
from matching.bankfiles.text import decode

FORMATS = ("mt940", "mt942", "camt052", "camt053", "camt054", "bai2", "ofx", "csv")

_CAMT_MESSAGES = {
    "BkToCstmrAcctRpt": "camt052",
    "BkToCstmrStmt": "camt053",
    "BkToCstmrDbtCdtNtfctn": "camt054",
}
_CAMT_NAMESPACE = re.compile(r"camt\.(05[234])\.\d{3}\.\d{2}")
_EXTENSIONS = {
    "sta": "mt940", "940": "mt940", "mt940": "mt940", "mta": "mt940", "swi": "mt940",
    "942": "mt942", "mt942": "mt942",
    "bai": "bai2", "bai2": "bai2",
    "ofx": "ofx", "qfx": "ofx", "qbo": "ofx",
    "csv": "csv", "tsv": "csv",
    "xml": "camt053",
}
_HEAD = 4096


def detect_format(data: bytes, filename: str | None = None) -> str:
    """The format of a bank file, or "unknown"."""
    if is_zip(data):
        return _zip_format(data, filename)
    found = _by_content(data)
    if found != "unknown":
        return found
    extension = (filename or "").rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    return _EXTENSIONS.get(extension, "unknown")


def _zip_format(data: bytes, filename: str | None) -> str:
    try:
        members = zip_members(data, filename or "<zip>")
    except Exception:  # noqa: BLE001 - detection never raises; the reader reports the reason
        return "zip"
    for name, member in members:
        found = detect_format(member, name)
        if found != "unknown":
            return found
    return "zip"


def _by_content(data: bytes) -> str:
    head = decode(data[:_HEAD]).lstrip("\ufeff \t\r\n\x00")
    if not head:
        return "unknown"
    if re.search(r"OFXHEADER\s*:|<OFX>|<\?OFX\b", head, re.IGNORECASE):
        return "ofx"
    if head.startswith("<"):
        return _xml_format(decode(data[: 8 * _HEAD]))
    if re.match(r"01,[^,\n]*,[^,\n]*,\d{6},", head) or re.match(r"\d{2},[^\n]*/[ \t]*(\n|$)", head):
        return "bai2"
    if re.search(r"^\{2:[IO]942|^:34F:", head, re.MULTILINE) or re.search(rb"^:34F:", data, re.MULTILINE):
        return "mt942"
    if re.search(r"^(\{1:|:20:|:940:|:25:|:28C?:|:60[FM]:|:61:)", head, re.MULTILINE) and re.search(
        r"^:(25|6[01]|60F|28C?):", decode(data), re.MULTILINE
    ):
        return "mt940"
    if _looks_like_csv(head):
        return "csv"
    return "unknown"


def _xml_format(text: str) -> str:
    for element, fmt in _CAMT_MESSAGES.items():
        if re.search(rf"<(\w+:)?{element}(V\d\d)?[\s>]", text):
            return fmt
    match = _CAMT_NAMESPACE.search(text)
    if match:
        return "camt" + match.group(1)
    return "unknown"


def _looks_like_csv(head: str) -> bool:
    lines = [line for line in head.replace("\r", "\n").split("\n")[:20] if line.strip()]
    if not lines:
        return False
    for delimiter in (",", ";", "\t", "|"):
        counts = [line.count(delimiter) for line in lines]
        if max(counts) >= 2 and sum(1 for c in counts if c >= 1) >= max(1, len(counts) // 2):
            return True
    return False
