"""parse_message on the whole shared email corpus, and on random and mutated bytes.

The corpus lives outside the repo (ARBOX_CORPUS_DIR, default <repo>/../shared/corpus);
these tests skip when it is absent. Other inbox corpus tests import `corpus_rows` from here.
"""
from __future__ import annotations

import csv
import os
import random
import time
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inbox.message import ParsedMessage
from inbox.mime import parse_message
from ledger.errors import InputError

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("ARBOX_CORPUS_DIR", REPO.parent / "shared" / "corpus"))
EMAILS = CORPUS / "emails"

# Files that are not an email at all; the corpus's own "parses" column only says whether
# the stdlib raised, and it never raises on these.
NOT_EMAIL = {"spamscope-mail-parser/mail_outlook_1.eml"}  # an Outlook .msg (OLE2) file
PER_MESSAGE_SECONDS = 5.0
WHOLE_CORPUS_SECONDS = 120.0

needs_corpus = pytest.mark.skipif(not (EMAILS / "INDEX.csv").exists(), reason=f"no corpus at {EMAILS}")


@lru_cache(maxsize=1)
def corpus_rows() -> tuple[dict[str, str], ...]:
    """INDEX.csv rows joined with the labels.csv notes, one dict per file."""
    with open(EMAILS / "labels.csv", newline="", encoding="utf-8") as f:
        notes = {row["file"]: row["notes"] for row in csv.DictReader(f)}
    with open(EMAILS / "INDEX.csv", newline="", encoding="utf-8") as f:
        return tuple({**row, "notes": notes.get(row["file"], "")} for row in csv.DictReader(f))


def corpus_bytes(row: dict[str, str]) -> bytes:
    return (EMAILS / row["file"]).read_bytes()


@lru_cache(maxsize=None)
def _parsed(name: str) -> ParsedMessage | None:
    try:
        return parse_message((EMAILS / name).read_bytes())
    except InputError:
        return None


def corpus_message(row: dict[str, str]) -> ParsedMessage | None:
    """The parsed corpus message (cached across tests), or None for the non-email files."""
    return _parsed(row["file"])


def is_body_only(row: dict[str, str]) -> bool:
    return "body-only" in row["notes"]


@needs_corpus
def test_every_corpus_file_parses_in_bounded_time():
    rows = corpus_rows()
    assert len(rows) == 1119
    refused, slow = [], []
    started = time.perf_counter()
    for row in rows:
        data = corpus_bytes(row)
        t0 = time.perf_counter()
        try:
            msg = parse_message(data)
        except InputError:
            refused.append(row["file"])
            continue
        elapsed = time.perf_counter() - t0
        if elapsed > PER_MESSAGE_SECONDS:
            slow.append((row["file"], round(elapsed, 2)))
        assert isinstance(msg.text, str) and isinstance(msg.subject, str)
        assert msg.date is None or msg.date.utcoffset() is not None
        assert msg.from_address is None or msg.from_address == msg.from_address.lower()
        assert msg.message_id is None or not msg.message_id.startswith("<")
    assert set(refused) == NOT_EMAIL
    assert slow == []
    assert time.perf_counter() - started < WHOLE_CORPUS_SECONDS


@needs_corpus
def test_files_python_cannot_decode_still_give_text():
    # INDEX "parses=no": the stdlib's get_content() raises LookupError on their charsets
    # (x-mac-cyrillic, X-UNKNOWN, fakescii, "charset=us-ascii"); we decode them anyway.
    broken = [row for row in corpus_rows() if row["parses"] == "no"]
    assert len(broken) == 7
    for row in broken:
        msg = parse_message(corpus_bytes(row))
        assert len(msg.text.strip()) > 10, row["file"]
        assert "\ufffd" not in msg.text, row["file"]


@needs_corpus
def test_corpus_attachments_match_index():
    # INDEX has_attachments counts every file-like leaf. We differ on purpose for files inside
    # a bounce's returned original (not the customer's) and for inline text parts with a file
    # name, which mail clients show as body and so do we.
    missing = []
    for row in corpus_rows():
        if row["has_attachments"] != "yes" or row["file"] in NOT_EMAIL or row["kind"] == "bounce":
            continue
        msg = parse_message(corpus_bytes(row))
        if not msg.attachments and not any("dropped" in d for d in msg.defects):
            missing.append(row["file"])
    assert len(missing) <= 10, missing


@needs_corpus
def test_corpus_headers_decode():
    rows = [r for r in corpus_rows() if not is_body_only(r) and r["file"] not in NOT_EMAIL]
    encoded_left = [r["file"] for r in rows if "=?" in parse_message(corpus_bytes(r)).subject]
    assert encoded_left == []
    msg = parse_message((EMAILS / "php-mime-mail-parser/issue116.eml").read_bytes())  # iso-2022-jp
    assert not msg.subject.isascii()


# --- fuzz -----------------------------------------------------------------------------------


def _mutations(data: bytes, rng: random.Random):
    yield data[: rng.randrange(len(data) + 1)]  # truncated
    flipped = bytearray(data)
    for _ in range(max(1, len(data) // 200)):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    yield bytes(flipped)
    lines = data.split(b"\n")
    rng.shuffle(lines)
    yield b"\n".join(lines[:200])
    cut = rng.randrange(len(data) + 1)
    yield data[:cut] + bytes(rng.randrange(256) for _ in range(64)) + data[cut:]
    yield data.replace(b"\n", b"\r", rng.randrange(1, 50))
    yield data.replace(b"boundary", b"boundery", 1).replace(b"charset=", b"charset=x-", 1)


def _parse_or_refuse(data: bytes) -> None:
    t0 = time.perf_counter()
    try:
        parse_message(data)
    except InputError:
        pass
    assert time.perf_counter() - t0 < PER_MESSAGE_SECONDS


@needs_corpus
def test_mutated_corpus_messages_never_crash():
    rng = random.Random(20260301)
    rows = [r for r in corpus_rows() if not is_body_only(r)]
    for row in rng.sample(rows, 150):
        data = corpus_bytes(row)[:300_000]
        if not data:
            continue
        for mutated in _mutations(data, rng):
            _parse_or_refuse(mutated)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data):
    _parse_or_refuse(data)


_HEADER_NAMES = st.sampled_from(
    ["From", "To", "Subject", "Date", "Message-ID", "References", "Content-Type",
     "Content-Transfer-Encoding", "Content-Disposition", "In-Reply-To"]
)
_HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "multipart/mixed; boundary=x", "multipart/report; report-type=delivery-status; boundary=x",
        "text/plain; charset=x-unknown", "text/html; charset=\"charset=us-ascii\"", "message/rfc822",
        "message/delivery-status", "base64", "quoted-printable", "=?utf-8?B?w6k?=", "=?bogus?Q?=FF?=",
        "attachment; filename*=UTF-8''%FF%FE", "<a@b> <c@d", "\"unterminated <x@y>", "Mon, 99 Foo 10000 99:99",
    ]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_HEADER_NAMES, _HEADER_VALUES), max_size=8),
    st.lists(st.one_of(st.just("--x"), st.just("--x--"), _HEADER_VALUES, st.text(max_size=40)), max_size=20),
)
def test_random_header_structures_never_crash(headers, body_lines):
    head = "\n".join(f"{name}: {value}" for name, value in headers)
    raw = (head + "\n\n" + "\n".join(body_lines)).encode("utf-8", "surrogatepass")
    _parse_or_refuse(raw)
