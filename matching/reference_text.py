"""Find what may be invoice references in a payment's free text, and their near misses.

"RE INV 2026 418 / INV-2026-00417 THX" holds the keys INV2026418 and INV2026417 (see
ledger.references.reference_key); a structured creditor reference (ISO 11649, "RF18 5390 0754
7034") is checked with its mod-97 digits and read as a key. Pure: text in, tokens out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ledger.references import reference_key

_GROUP = re.compile(r"[A-Z]+|\d+")
_JOINERS = frozenset("-/._#: ")
_LEADING_ZERO = re.compile(r"(?:^|(?<=[A-Z]))0")
_YEAR_RUN = re.compile(r"^((?:19|20)\d\d)(0\d+)$")
_RF = re.compile(r"\bRF\s?(\d{2})((?:\s?[0-9A-Z]){1,21})\b")
MAX_TEXT = 2000  # a remittance pasted into a bank field: the references come first
MAX_GROUPS = 4  # "SI / 2026 / 0417" is three groups; four leaves room for a suffix letter

# Characters read for one another on paper and by OCR.
_CONFUSABLE = {"0": "O", "O": "0", "1": "IL", "I": "1", "L": "1", "5": "S", "S": "5",
               "8": "B", "B": "8", "2": "Z", "Z": "2", "6": "G", "G": "6"}
_DIGITS = "0123456789"


@dataclass(frozen=True, slots=True)
class RefToken:
    """A run of letter and digit groups that may be an invoice number."""

    written: str  # as it appears in the text
    key: str  # reference_key of it
    tail: str | None  # last digit group without leading zeros, if it ends in digits
    structured: bool = False  # from a valid creditor reference (RF..)


def reference_tokens(text: str | None) -> tuple[RefToken, ...]:
    """Every run of 1..MAX_GROUPS adjacent groups holding a digit, longest first per start."""
    if not text:
        return ()
    upper = text[:MAX_TEXT].upper()
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(upper)]
    seen: set[str] = set()
    found: list[RefToken] = []
    for i in range(len(groups)):
        end = i
        # Extend while the gap to the next group is a short joiner ("-", " / ", "").
        while end + 1 < len(groups) and end + 1 - i < MAX_GROUPS:
            gap = upper[groups[end][1]:groups[end + 1][0]]
            if len(gap) > 3 or any(ch not in _JOINERS for ch in gap):
                break
            end += 1
        for j in range(end, i - 1, -1):
            parts = [g[2] for g in groups[i:j + 1]]
            if not any(p.isdigit() for p in parts):
                continue
            key = "".join((p.lstrip("0") or "0") if p.isdigit() else p for p in parts)
            if key in seen:
                continue
            seen.add(key)
            last = parts[-1]
            tail = (last.lstrip("0") or "0") if last.isdigit() else None
            found.append(RefToken(text[groups[i][0]:groups[j][1]], key, tail))
            # "INV202600417": separators dropped, year and number run together.
            year = _YEAR_RUN.match(tail) if tail and len(tail) >= 7 else None
            if year:
                split = key[:len(key) - len(tail)] + year.group(1) + (
                    year.group(2).lstrip("0") or "0")
                if split not in seen:
                    seen.add(split)
                    found.append(RefToken(text[groups[i][0]:groups[j][1]], split,
                                          year.group(2).lstrip("0") or "0"))
    return (*structured_references(upper), *found)


def _rf_valid(check: str, payload: str) -> bool:
    digits = "".join(str(int(ch, 36)) for ch in payload + "RF" + check)
    return int(digits) % 97 == 1


def creditor_reference(payload: str) -> str:
    """The ISO 11649 structured reference ("RF" + check digits + payload) for a payload."""
    compact = "".join(ch for ch in payload.upper() if ch.isalnum())
    digits = "".join(str(int(ch, 36)) for ch in compact + "RF00")
    return f"RF{98 - int(digits) % 97:02d}{compact}"


def structured_references(text: str) -> tuple[RefToken, ...]:
    """Creditor references (RF + 2 check digits + up to 21 characters) whose check holds."""
    found = []
    for m in _RF.finditer(text.upper()):
        payload = m.group(2).replace(" ", "")
        if _rf_valid(m.group(1), payload):
            last = re.search(r"(\d+)$", payload)
            tail = (last.group(1).lstrip("0") or "0") if last else None
            found.append(RefToken(m.group(0), reference_key(payload), tail, structured=True))
    return tuple(found)


def one_edit_variants(key: str) -> set[str]:
    """Keys one slip away: a digit changed, dropped, added, two neighbours swapped, or a
    character misread (O/0, I/1, S/5...). Normalised like reference_key."""
    out: set[str] = set()
    n = len(key)
    for i in range(n):
        head, ch, rest = key[:i], key[i], key[i + 1:]
        out.add(head + rest)
        if i + 1 < n and key[i + 1] != ch:
            out.add(head + key[i + 1] + ch + key[i + 2:])
        if ch.isdigit():
            for d in _DIGITS:
                if d != ch:
                    out.add(head + d + rest)
        for alt in _CONFUSABLE.get(ch, ""):
            out.add(head + alt + rest)
    for i in range(n + 1):
        if (i > 0 and key[i - 1].isdigit()) or (i < n and key[i].isdigit()):
            for d in _DIGITS:
                out.add(key[:i] + d + key[i:])
    # A change at the start of a digit group can leave a leading zero: normalise those.
    normalised = {reference_key(v) if _LEADING_ZERO.search(v) else v for v in out}
    normalised.discard(key)
    return normalised


def key_shape(key: str) -> tuple[str, int]:
    """The letters before the first digit and the length: one slip changes the length by
    one at most, so only tokens shaped like some invoice's key are worth a near-miss look-up."""
    for i, ch in enumerate(key):
        if ch.isdigit():
            return key[:i], len(key)
    return key, len(key)
