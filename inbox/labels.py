"""Read labelled sets (docs/labelling.md): JSON Lines files naming the emails they label.

Label files sit in <set>/labels/ and name emails relative to <set>/ (or sit beside them).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ledger.errors import InputError


def read_labels(paths: Iterable[Path]) -> list[tuple[Path, dict[str, Any]]]:
    """(email path, label) for every line of every file; a bad line names its file and line."""
    out: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        base = path.parent.parent if path.parent.name == "labels" else path.parent
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc})") from exc
            out.append((base / label["file"], label))
    return out
