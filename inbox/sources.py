"""Where messages come from on disk: an .eml file, a directory of them, an mbox or a Maildir.

Yields (source, raw bytes) in a stable order; reading is lazy so huge mailboxes stream.
"""
from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from ledger.errors import InputError


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _maildir(path: Path) -> Iterator[tuple[str, bytes]]:
    for sub in ("new", "cur"):
        for file in sorted((path / sub).iterdir()):
            if file.is_file():
                yield str(file), file.read_bytes()


def _mbox(path: Path) -> Iterator[tuple[str, bytes]]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            yield f"{path}#{index + 1}", box.get_bytes(key)
    finally:
        box.close()


def iter_messages(paths: list[Path]) -> Iterator[tuple[str, bytes]]:
    """Every message under the given paths; raises InputError for a path that does not exist."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            if _is_maildir(path):
                yield from _maildir(path)
                continue
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() == ".eml":
                    yield str(file), file.read_bytes()
                elif _is_maildir(file.parent.parent) and file.parent.name in ("cur", "new"):
                    yield str(file), file.read_bytes()
        elif path.suffix.lower() != ".eml" and _is_mbox(path):
            yield from _mbox(path)
        else:
            yield str(path), path.read_bytes()
