"""The normalised key of an invoice number, stored beside it for exact look-ups.

"INV-2026-00417", "inv 2026/417" and "INV2026417" share a key: upper case, letters and
digits only, leading zeros of each digit group dropped.
"""
from __future__ import annotations

import re

_GROUPS = re.compile(r"[A-Z]+|\d+")


def reference_key(number: str) -> str:
    parts = _GROUPS.findall(number.upper())
    return "".join(p.lstrip("0") or "0" if p.isdigit() else p for p in parts)
