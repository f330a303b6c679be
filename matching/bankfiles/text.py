"""Turn bank file bytes into text: pick the encoding, normalise line endings.

Bank exports arrive as UTF-8 (with or without BOM), cp1252 or latin-1, with
LF, CRLF or classic-Mac CR-only line endings. Pure: bytes in, str out.
"""
from __future__ import annotations


def decode(data: bytes) -> str:
    """Decode as UTF-8 (BOM dropped), else cp1252, else latin-1 (which never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def normalise_newlines(text: str) -> str:
    """CRLF and CR-only line endings become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_lines(data: bytes) -> str:
    """`decode` then `normalise_newlines`."""
    return normalise_newlines(decode(data))
