"""Turn the raw bytes of one email into a ParsedMessage.

Pure: bytes in, record out; no I/O. Mail in the wild is broken in every way a parser can
imagine (unknown charsets, 8-bit headers, missing boundaries, lying Content-Types), so this
module repairs what it can, notes each repair in `ParsedMessage.defects`, and raises
InputError only for bytes that are not an email at all (empty, or a binary file).
"""
from __future__ import annotations

import base64
import binascii
import codecs
import email.header
import email.parser
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.message import Message

import charset_normalizer

from inbox.html_text import html_to_text
from inbox.message import Attachment, DeliveryStatus, ParsedMessage
from ledger.errors import InputError

MAX_DEPTH = 40  # MIME nesting we follow; deeper parts are dropped with a defect
MAX_DEFECTS = 50
MAX_HEADER_CHARS = 100_000  # one decoded header value; longer ones are cut (flanker has a 200 KB one)

# Labels seen in real mail that Python does not know, or knows as something narrower than
# what senders actually use (a "gb2312" message often holds GBK characters, "iso-8859-1" is
# usually windows-1252 with curly quotes, Outlook's "ks_c_5601-1987" is cp949).
_CHARSET_CANDIDATES: dict[str, tuple[str, ...]] = {
    "us-ascii": ("ascii",),
    "ascii": ("ascii",),
    "iso-8859-1": ("cp1252", "latin-1"),
    "latin1": ("cp1252", "latin-1"),
    "latin-1": ("cp1252", "latin-1"),
    "iso_8859-1": ("cp1252", "latin-1"),
    "windows-1252": ("cp1252", "latin-1"),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "x-gbk": ("gb18030",),
    "cn-gb": ("gb18030",),
    "euc-cn": ("gb18030",),
    "big5": ("big5hkscs", "cp950"),
    "iso-2022-jp": ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3"),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "shift-jis": ("cp932", "shift_jis_2004"),
    "x-sjis": ("cp932",),
    "sjis": ("cp932",),
    "euc-jp": ("euc_jp", "euc_jis_2004"),
    "ks_c_5601-1987": ("cp949",),
    "ks_c_5601": ("cp949",),
    "euc-kr": ("cp949",),
    "iso-8859-8-i": ("iso-8859-8",),
    "iso-8859-6-i": ("iso-8859-6",),
    "x-mac-cyrillic": ("mac_cyrillic",),
    "x-mac-roman": ("mac_roman",),
    "macintosh": ("mac_roman",),
    "tis-620": ("cp874",),
    "windows-874": ("cp874",),
    "unicode-1-1-utf-7": ("utf-7",),
    "utf8": ("utf-8",),
    "utf-8": ("utf-8",),
}
_WESTERN_LABELS = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1", "iso_8859-1", "iso-8859-15", "windows-1252", "cp1252"})
# Labels that say "I don't know": guess instead.
_UNKNOWN_CHARSETS = frozenset({"x-unknown", "unknown", "unknown-8bit", "x-user-defined", "default", ""})

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"\?=[ \t\r\n]+=\?")
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_BARE_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_MSGID = re.compile(r"<([^<>\s]+)>")
_STATUS_CODE = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
_BOILERPLATE_PREAMBLE = re.compile(r"(?i)multi-?part message in MIME format|MIME-compliant|MIME format")
_DSN_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$")


@dataclass
class _Collected:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    delivery: list[DeliveryStatus] = field(default_factory=list)
    enclosed: list[str] = field(default_factory=list)  # text of forwarded message/rfc822 parts
    preamble: list[str] = field(default_factory=list)


@dataclass
class _Limits:
    max_attachment_bytes: int
    max_attachments: int
    dropped: int = 0


class _Defects:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> None:
        if text not in self.items and len(self.items) < MAX_DEFECTS:
            self.items.append(text)


def parse_message(
    raw: bytes, *, max_attachment_bytes: int = 10_000_000, max_attachments: int = 50
) -> ParsedMessage:
    """Parse one RFC 5322 message; repairs are listed in `defects`, never raised.

    Raises InputError only when `raw` is not an email at all: empty, or binary data
    with no header block.
    """
    raw = bytes(raw)
    if not raw.strip():
        raise InputError("message is empty")
    defects = _Defects()
    raw = _trim_leading_junk(raw, defects)
    # compat32, not policy.default: we decode every header ourselves from its raw value (with
    # charset fallbacks policy.default lacks), and policy.default builds a header object for
    # each lookup, which costs 10x on header-heavy mail (flanker's enclosed-endless.eml: 3 s
    # against 0.3 s). compat32 never raises on broken headers; it records defects.
    raw = _repair_unfolded_lines(raw, defects)
    msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    raw_headers = list(msg.raw_items())
    if not raw_headers and b"\x00" in raw[:4096]:
        raise InputError("not an email: binary data without a header block")
    _note_stdlib_defects(msg, defects)

    hint = _header_charset_hint(msg)
    headers: dict[str, str] = {}
    for name, value in raw_headers:
        key = name.strip().lower()
        if key and key not in headers:
            headers[key] = decode_header_value(value, defects, hint=hint, name=key)

    from_name, from_address = _first_address(_raw(msg, "from"), headers.get("from", ""), defects, hint)
    to_addresses = _all_addresses(_raw(msg, "to"), defects, hint)
    collected = _Collected()
    limits = _Limits(max_attachment_bytes, max_attachments)
    _collect(msg, 0, collected, limits, defects, in_report=False)
    if limits.dropped:
        defects.add(f"{limits.dropped} attachment(s) over max_attachments={max_attachments} dropped")

    plain = "\n\n".join(p for p in collected.plain if p.strip())
    html = collected.html[0] if collected.html else None
    text = plain if plain.strip() else "\n\n".join(filter(None, (html_to_text(h) for h in collected.html)))
    if not text.strip():
        # Old bounces put their only human text in the multipart preamble; a message that
        # only forwards another one (message/rfc822 as the body) reads as the forwarded text.
        text = "\n\n".join(collected.preamble) or "\n\n".join(collected.enclosed)

    content_type = _content_type(msg)
    report_type = None
    if content_type == "multipart/report":
        report_type = _param(msg, "report-type")
        report_type = report_type.strip().lower() if report_type else None

    sent = _parse_date(headers.get("date"), defects)
    return ParsedMessage(
        message_id=_message_id(headers.get("message-id")),
        subject=headers.get("subject", "").strip(),
        from_address=from_address,
        from_name=from_name,
        to_addresses=to_addresses,
        date=sent,
        local_date=_local_date(headers.get("date"), sent),
        headers=headers,
        text=text.strip("\n"),
        html=html,
        attachments=tuple(collected.attachments),
        delivery_status=tuple(collected.delivery),
        content_type=content_type,
        report_type=report_type,
        in_reply_to=_message_id(headers.get("in-reply-to")),
        references=_references(headers.get("references")),
        defects=tuple(defects.items),
    )


# --- bytes and charsets -------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None, defects: _Defects | None = None, *, where: str = "body") -> str:
    """Decode `data` declared as `charset`, falling back when the label is unknown or lies.

    Order: the declared charset (normalised) strictly, then UTF-8, then charset_normalizer's
    guess, then windows-1252 which accepts any byte. Every fallback is noted as a defect.
    """
    label = _normalise_charset(charset)
    if not data:
        return ""
    if label is not None and label not in _UNKNOWN_CHARSETS:
        candidates = _CHARSET_CANDIDATES.get(label, (label,))
        for codec in candidates:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                if codec == "iso2022_jp_3":  # last of the iso-2022-jp candidates
                    text = _iso2022jp_via_cp932(data)
                    if text is not None:
                        return text
                continue
            except (LookupError, ValueError):  # ValueError: a label with a NUL in it
                if defects is not None:
                    defects.add(f"{where}: unknown charset {charset!r}")
                break
            # "iso-8859-1"/"us-ascii" labels on UTF-8 bytes: UTF-8 multi-byte runs almost
            # never occur by chance in real Latin-1 text, so trust them.
            if codecs.lookup(codec).name in ("cp1252", "ascii", "iso8859-1") and _is_utf8_multibyte(data):
                if defects is not None:
                    defects.add(f"{where}: labelled {charset!r} but is UTF-8")
                return data.decode("utf-8")
            return text
        else:
            if defects is not None:
                defects.add(f"{where}: bytes are not valid {charset!r}")
    elif label in _UNKNOWN_CHARSETS and charset is not None and defects is not None:
        defects.add(f"{where}: charset {charset!r} says nothing; guessed")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.isascii():
        return data.decode("ascii")
    if label in _WESTERN_LABELS or _looks_single_byte(data):
        # Declared ASCII/Latin-1 but not: almost always windows-1252 (Outlook's curly quotes,
        # en dashes, euro sign); statistics on short text guess worse (cp850, mac_roman).
        if defects is not None:
            defects.add(f"{where}: decoded as windows-1252 (fallback)")
        return data.decode("cp1252", "replace")
    guess = _guess_encoding(data)
    if guess:
        if defects is not None:
            defects.add(f"{where}: decoded as {guess} (guessed)")
        return data.decode(guess, "replace")
    if defects is not None:
        defects.add(f"{where}: decoded as windows-1252 (fallback)")
    return data.decode("cp1252", "replace")


def _normalise_charset(charset: str | None) -> str | None:
    if charset is None:
        return None
    label = str(charset).strip().strip("\"'").strip().lower()
    if label.startswith("charset="):  # enmime: charset="charset=us-ascii"
        label = label[len("charset="):].strip("\"'")
    label = label.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*en
    if label.startswith("cp-"):
        label = "cp" + label[3:]
    return label


def _is_utf8_multibyte(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _iso2022jp_via_cp932(data: bytes) -> str | None:
    """Decode ISO-2022-JP that uses Microsoft's NEC/IBM extensions (CP50220, "№", "①").

    Python has no CP50220 codec; transcoding JIS to Shift_JIS and decoding as cp932 is the
    usual workaround (php-mime-mail-parser issue116.eml has such a subject).
    """
    out = bytearray()
    mode = "ascii"
    i = 0
    while i < len(data):
        if data[i] == 0x1B:
            seq = data[i + 1:i + 3]
            if seq in (b"$B", b"$@"):
                mode = "jis"
            elif seq in (b"(B", b"(J"):
                mode = "ascii"
            elif seq == b"(I":
                mode = "kana"
            else:
                return None
            i += 3
            continue
        byte = data[i]
        if mode == "ascii" or byte in (0x0A, 0x0D):
            out.append(byte)
            i += 1
        elif mode == "kana":
            out.append(byte + 0x80)
            i += 1
        else:
            if i + 1 >= len(data):
                return None
            j1, j2 = byte, data[i + 1]
            s1 = ((j1 - 0x21) >> 1) + 0x81
            if s1 > 0x9F:
                s1 += 0x40
            if j1 & 1:
                s2 = j2 + 0x1F + (1 if j2 >= 0x60 else 0)
            else:
                s2 = j2 + 0x7E
            out += bytes((s1 & 0xFF, s2 & 0xFF))
            i += 2
    try:
        return bytes(out).decode("cp932")
    except UnicodeDecodeError:
        return None


def _looks_single_byte(data: bytes) -> bool:
    """True when 8-bit bytes stand alone between ASCII ("J\xfcrgen"), as in Western text.

    CJK and Cyrillic legacy charsets put high bytes in runs; statistics on a short header
    guess wildly (cp775 for a Latin-1 name), so only runs are left to charset_normalizer.
    """
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return False
    lone = sum(1 for i in high if (i == 0 or data[i - 1] < 0x80) and (i + 1 == len(data) or data[i + 1] < 0x80))
    return lone / len(high) > 0.6


def _guess_encoding(data: bytes) -> str | None:
    if len(data) < 8:
        return None
    best = charset_normalizer.from_bytes(data[:100_000]).best()
    if best is None:
        return None
    try:
        codecs.lookup(best.encoding)
    except LookupError:
        return None
    return best.encoding


# --- headers -------------------------------------------------------------------------------


def decode_header_value(value: object, defects: _Defects | None = None, *, hint: str | None = None, name: str = "header") -> str:
    """Decode one raw header value: 8-bit bytes, folding and RFC 2047 encoded words."""
    if isinstance(value, email.header.Header):  # compat32 hands these back for 8-bit values
        value = str(value)
    text = str(value)
    cut = len(text) > MAX_HEADER_CHARS
    text = text[: MAX_HEADER_CHARS * 4]
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        # Raw 8-bit bytes (RFC 6532 UTF-8, or a legacy charset sent unencoded).
        data = text.encode("utf-8", "surrogateescape")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_short(data, hint, defects, f"header {name}")
    text = re.sub(r"\r?\n(?=[ \t])", "", text)
    text = re.sub(r"[\r\n]+", " ", text)
    if "=?" in text:
        text = _decode_encoded_words(text, defects, name)
    if cut:
        text = text[:MAX_HEADER_CHARS]
        if defects is not None:
            defects.add(f"header {name}: longer than {MAX_HEADER_CHARS} characters, cut")
    return text.strip()


def _decode_short(data: bytes, hint: str | None, defects: _Defects | None, where: str) -> str:
    # A header is too short for statistics: try the body's charset first.
    for label in (hint,):
        if label and _normalise_charset(label) not in _UNKNOWN_CHARSETS:
            for codec in _CHARSET_CANDIDATES.get(_normalise_charset(label), (_normalise_charset(label),)):
                try:
                    decoded = data.decode(codec)
                except (LookupError, ValueError):  # UnicodeDecodeError, or a NUL in the label
                    continue
                if defects is not None:
                    defects.add(f"{where}: unencoded 8-bit bytes, decoded as {codec}")
                return decoded
    return decode_bytes(data, None, defects, where=where)


def _decode_encoded_words(text: str, defects: _Defects | None, name: str) -> str:
    text = _BETWEEN_WORDS.sub("?==?", text)  # whitespace between encoded words is not content
    out: list[str] = []
    pending: list[tuple[str, bytes]] = []  # adjacent words in one charset: a multi-byte
    pos = 0                                 # character may be split across them

    def flush() -> None:
        if pending:
            charset = pending[0][0]
            out.append(decode_bytes(b"".join(d for _, d in pending), charset, defects, where=f"header {name}"))
            pending.clear()

    for match in _ENCODED_WORD.finditer(text):
        if match.start() > pos:
            flush()
            out.append(text[pos:match.start()])
        charset, encoding, payload = match.groups()
        data = _decode_word_payload(encoding, payload)
        if data is None:
            flush()
            out.append(match.group(0))
            if defects is not None:
                defects.add(f"header {name}: broken encoded word")
        else:
            label = _normalise_charset(charset) or ""
            if pending and pending[0][0] != label:
                flush()
            pending.append((label, data))
        pos = match.end()
    flush()
    out.append(text[pos:])
    return "".join(out)


def _decode_word_payload(encoding: str, payload: str) -> bytes | None:
    if encoding in "qQ":
        payload = payload.replace("_", " ")
        return re.sub(
            rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), payload.encode("ascii", "replace")
        )
    if re.search(r"[^A-Za-z0-9+/=]", payload):
        return None
    cleaned = payload.rstrip("=")
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned)
    except (binascii.Error, ValueError):
        return None


def _raw(msg: Message, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.strip().lower() == name:
            return str(value)
    return None


def _header_charset_hint(msg: Message) -> str | None:
    for part in _iter_parts(msg, limit=20):
        charset = _param(part, "charset")
        if charset:
            return charset
    return None


def _first_address(raw: str | None, decoded: str, defects: _Defects, hint: str | None) -> tuple[str | None, str | None]:
    if raw is None:
        return None, None
    pairs = _address_pairs(raw, defects, hint)
    for display, address in pairs:
        if address:
            return display or None, address
    found = _BARE_ADDRESS.search(decoded)
    if found:
        defects.add("header from: address recovered from an unparseable value")
        return None, found.group(0).lower()
    names = [display for display, _ in pairs if display]
    if names:
        return names[0], None
    name = decoded.replace("<>", "").strip().strip('"').strip()
    return (name or None), None


def _all_addresses(raw: str | None, defects: _Defects, hint: str | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    seen: list[str] = []
    for _, address in _address_pairs(raw, defects, hint):
        if address and address not in seen:
            seen.append(address)
    return tuple(seen)


def _address_pairs(raw: str, defects: _Defects, hint: str | None) -> list[tuple[str, str]]:
    # Parse on the undecoded value: a decoded display name may contain commas or "<".
    value = raw
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        value = decode_header_value(value, defects, hint=hint, name="address")
    value = re.sub(r"\r?\n[ \t]*", " ", value)
    pairs: list[tuple[str, str]] = []
    try:
        parsed = email.utils.getaddresses([value[:MAX_HEADER_CHARS]])
    except (ValueError, IndexError, TypeError, RecursionError):
        # the stdlib recurses once per group in a list (MimeKit's stack-overflow.eml)
        defects.add("address list too deeply nested: addresses found by pattern")
        parsed = []
    for display, address in parsed:
        address = address.strip().strip("<>").strip().lower()
        if "@" not in address:
            address = ""
        if address and not _BARE_ADDRESS.fullmatch(address):
            found = _BARE_ADDRESS.search(address)
            address = found.group(0).lower() if found else ""
        pairs.append((decode_header_value(display, defects, name="address").strip().strip('"').strip(), address))
    if not any(a for _, a in pairs):
        decoded = decode_header_value(value, defects, hint=hint, name="address")
        pairs = [("", m.group(0).lower()) for m in _BARE_ADDRESS.finditer(decoded)]
    return pairs


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    found = _MSGID.search(value)
    if found:
        return found.group(1)
    token = value.strip().split()
    return token[0].strip("<>") or None if token else None


def _references(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    ids = _MSGID.findall(value)
    if not ids:
        ids = [t.strip("<>,") for t in value.split() if t.strip("<>,")]
    return tuple(dict.fromkeys(ids))


def _local_date(value: str | None, utc: datetime | None) -> date | None:
    """The sender's calendar day: "tomorrow" written at 07:40 +1000 means the day after their
    date, which is still yesterday in UTC."""
    if utc is None or not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        return parsed.date() if parsed.tzinfo is not None else utc.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return utc.date()


def _parse_date(value: str | None, defects: _Defects) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        defects.add(f"header date: {value[:60]!r} is not a date")
        return None
    if parsed.tzinfo is None:  # "-0000": UTC, origin unknown (RFC 5322 3.3)
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        defects.add(f"header date: {value[:60]!r} is out of range")
        return None


# --- structure -----------------------------------------------------------------------------


def _trim_leading_junk(raw: bytes, defects: _Defects) -> bytes:
    # cfortune's Exchange samples and flanker's enclosed-endless.eml open with a blank line
    # or a line of spaces, which would make every header part of the body.
    stripped = raw.lstrip(b" \t\r\n")
    if stripped is not raw and len(stripped) != len(raw) and _HEADER_LINE.match(stripped):
        defects.add("blank lines before the header block removed")
        return stripped
    return raw


def _repair_unfolded_lines(raw: bytes, defects: _Defects) -> bytes:
    # A long header wrapped without the leading space (MimeKit issue358.eml: an Exchange
    # anti-spam header) ends the header block early and pushes Content-Type into the body.
    # A nameless line between header lines is joined to the header above it.
    head_end = raw.find(b"\n\n")
    head_end_crlf = raw.find(b"\r\n\r\n")
    ends = [e for e in (head_end, head_end_crlf) if e >= 0]
    limit = min(ends) if ends else len(raw)
    lines = raw[:limit].split(b"\n")
    if len(lines) < 3 or len(lines) > 2000:
        return raw
    repaired = False
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if not line.strip(b"\r") or line[:1] in (b" ", b"\t") or _HEADER_LINE.match(line):
            continue
        if line.startswith(b"--") or any(l.startswith(b"--") for l in lines[i + 1:i + 6]):
            continue  # a MIME boundary: the body started without a blank line (enmime)
        previous_ok = _HEADER_LINE.match(lines[i - 1]) or lines[i - 1][:1] in (b" ", b"\t")
        following = lines[i + 1:i + 6]
        if previous_ok and sum(1 for l in following if _HEADER_LINE.match(l)) >= 2:
            lines[i] = b" " + line
            repaired = True
    if not repaired:
        return raw
    defects.add("header line without a name joined to the header above")
    return b"\n".join(lines) + raw[limit:]


def _note_stdlib_defects(msg: Message, defects: _Defects) -> None:
    for part in _iter_parts(msg, limit=500):
        for defect in getattr(part, "defects", ()):
            defects.add(type(defect).__name__)


def _iter_parts(msg: Message, *, limit: int):
    stack = [(msg, 0)]
    count = 0
    while stack and count < limit:
        part, depth = stack.pop()
        count += 1
        yield part
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list) and depth < MAX_DEPTH:
            stack.extend((p, depth + 1) for p in reversed(payload) if isinstance(p, Message))


def _content_type(part: Message) -> str:
    try:
        ctype = part.get_content_type()
    except (ValueError, IndexError, TypeError, AttributeError):
        return "text/plain"
    # a missing ";" leaves parameters glued on: "multipart/mixed\n\tboundary=..."
    return ctype.split()[0].lower() if ctype.split() else "text/plain"


def _param(part: Message, name: str) -> str | None:
    try:
        value = part.get_param(name)
    except (ValueError, IndexError, TypeError, AttributeError):
        return None
    if isinstance(value, tuple):  # RFC 2231: (charset, language, value)
        value = email.utils.collapse_rfc2231_value(value)
    return str(value) if value is not None else None


def _disposition(part: Message) -> str | None:
    value = _raw(part, "content-disposition")
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _filename(part: Message, defects: _Defects) -> str | None:
    try:
        name = part.get_filename() or _param(part, "name")
    except (ValueError, IndexError, TypeError, AttributeError, LookupError):
        name = _param(part, "name")
    if not name:
        return None
    return decode_header_value(name, defects, name="filename") or None


def _payload_bytes(part: Message, defects: _Defects) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, AttributeError, binascii.Error, LookupError, UnicodeError) as error:
        defects.add(f"payload could not be decoded: {type(error).__name__}")
        payload = part.get_payload()
        return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
    if data is None:
        return b""
    return data


def _text_of(part: Message, defects: _Defects) -> str:
    data = _payload_bytes(part, defects)
    text = decode_bytes(data, _param(part, "charset"), defects, where=_content_type(part))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _collect(part: Message, depth: int, out: _Collected, limits: _Limits, defects: _Defects, *, in_report: bool) -> None:
    if depth > MAX_DEPTH:
        defects.add(f"MIME nesting deeper than {MAX_DEPTH}: inner parts ignored")
        return
    ctype = _content_type(part)
    maintype = ctype.split("/", 1)[0]
    disposition = _disposition(part)

    if ctype == "message/delivery-status" or ctype == "message/global-delivery-status":
        out.delivery.extend(parse_delivery_status(_delivery_status_text(part, defects)))
        return
    if maintype == "message" or ctype == "text/rfc822-headers":
        # The returned original inside a bounce is not the customer's: ignore it. A forwarded
        # message is not our body either, but its files are (a remittance PDF forwarded along),
        # and its text is the fallback body when the outer message has none.
        if in_report or ctype == "text/rfc822-headers":
            return
        if disposition == "attachment":
            _add_attachment(part, ctype, out, limits, defects, data=_message_bytes(part, defects))
        payload = part.get_payload()
        if isinstance(payload, list):
            for inner in payload[:1]:
                if isinstance(inner, Message):
                    sub = _Collected()
                    _collect(inner, depth + 1, sub, limits, defects, in_report=False)
                    out.attachments.extend(sub.attachments)
                    body = "\n\n".join(p for p in sub.plain if p.strip()) or "\n\n".join(
                        html_to_text(h) for h in sub.html
                    )
                    out.enclosed.extend(t for t in [body, *sub.enclosed] if t.strip())
        return
    if part.is_multipart():
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        preamble = part.preamble if isinstance(part.preamble, str) else ""
        if preamble.strip() and not _BOILERPLATE_PREAMBLE.search(preamble):
            data = preamble.encode("utf-8", "surrogateescape")  # 8-bit bytes come back escaped
            out.preamble.append(decode_bytes(data, None, defects, where="preamble").replace("\r\n", "\n").strip())
        if ctype == "multipart/alternative":
            _collect_alternative(children, depth, out, limits, defects, in_report)
        else:
            report = in_report or ctype == "multipart/report"
            for child in children:
                _collect(child, depth + 1, out, limits, defects, in_report=report)
        return
    if maintype == "multipart":
        defects.add(f"{ctype} without parts: read as text")
        out.plain.append(_text_of(part, defects))
        return
    filename = _filename(part, defects)
    is_file = disposition == "attachment" or (filename is not None and disposition != "inline")
    if ctype in ("text/plain", "text/html") and not is_file:
        text = _text_of(part, defects)
        (out.plain if ctype == "text/plain" else out.html).append(text)
        return
    if depth == 0 and maintype == "text" and not is_file:
        out.plain.append(_text_of(part, defects))
        return
    _add_attachment(part, ctype, out, limits, defects, filename=filename)


def _collect_alternative(children, depth, out, limits, defects, in_report) -> None:
    plain_taken = html_taken = False
    for child in children:
        sub = _Collected()
        _collect(child, depth + 1, sub, limits, defects, in_report=in_report)
        if sub.plain and any(p.strip() for p in sub.plain) and not plain_taken:
            out.plain.extend(sub.plain)
            plain_taken = True
        if sub.html and not html_taken:
            out.html.extend(sub.html)
            html_taken = True
        out.attachments.extend(sub.attachments)
        out.delivery.extend(sub.delivery)
        out.enclosed.extend(sub.enclosed)
        out.preamble.extend(sub.preamble)


def _add_attachment(part, ctype, out, limits, defects, *, filename=None, data=None) -> None:
    if filename is None:
        filename = _filename(part, defects)
    if len(out.attachments) >= limits.max_attachments:
        limits.dropped += 1
        return
    if data is None:
        raw_payload = part.get_payload()
        # base64 is 4/3 of the data: refuse before decoding a huge part
        if isinstance(raw_payload, str) and len(raw_payload) * 3 // 4 > limits.max_attachment_bytes * 1.1:
            defects.add(f"attachment {filename!r} dropped: over {limits.max_attachment_bytes} bytes")
            return
        data = _payload_bytes(part, defects)
    if len(data) > limits.max_attachment_bytes:
        defects.add(f"attachment {filename!r} dropped: over {limits.max_attachment_bytes} bytes")
        return
    out.attachments.append(Attachment(filename=filename, content_type=ctype, data=data))


def _message_bytes(part: Message, defects: _Defects) -> bytes:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message):
        try:
            return inner.as_bytes(policy=email.policy.compat32)
        except (ValueError, TypeError, LookupError, UnicodeError, AttributeError, IndexError) as error:
            defects.add(f"enclosed message could not be re-serialised: {type(error).__name__}")
            return b""
    return _payload_bytes(part, defects)


# --- RFC 3464 delivery status ----------------------------------------------------------------


def _delivery_status_text(part: Message, defects: _Defects) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        # The stdlib parses each blank-line separated block as a header-only message.
        blocks = []
        for block in payload:
            if not isinstance(block, Message):
                continue
            lines = [f"{k}: {decode_header_value(v, defects, name='dsn')}" for k, v in block.raw_items()]
            body = block.get_payload()
            if isinstance(body, str) and body.strip():
                lines.append(body)
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
    return _text_of(part, defects)


def parse_delivery_status(text: str) -> list[DeliveryStatus]:
    """Per-recipient records of an RFC 3464 delivery-status body (per-message block skipped)."""
    records: list[DeliveryStatus] = []
    current: dict[str, str] = {}

    def flush() -> None:
        if "final-recipient" in current or "original-recipient" in current or "action" in current:
            if "final-recipient" in current or "original-recipient" in current:
                records.append(_delivery_record(current))
        current.clear()

    last_key: str | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            flush()
            last_key = None
            continue
        if line[0] in " \t" and last_key:
            current[last_key] = current[last_key] + " " + line.strip()
            continue
        match = _DSN_FIELD.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        # Several recipients without blank lines between them: a repeated field starts a new one.
        if key in ("final-recipient", "original-recipient") and key in current:
            flush()
        if key not in current:
            current[key] = value
        last_key = key
    flush()
    return records


def _delivery_record(fields: dict[str, str]) -> DeliveryStatus:
    status = None
    if fields.get("status"):
        found = _STATUS_CODE.search(fields["status"])
        status = found.group(1) if found else fields["status"].strip() or None
    action = fields.get("action", "").strip().split()
    diagnostic = fields.get("diagnostic-code")
    if diagnostic:
        diagnostic = re.sub(r"\s+", " ", diagnostic)
        diagnostic = re.sub(r"^\s*[A-Za-z0-9-]+\s*;\s*", "", diagnostic).strip() or None
    return DeliveryStatus(
        final_recipient=_recipient(fields.get("final-recipient")),
        original_recipient=_recipient(fields.get("original-recipient")),
        action=action[0].lower().rstrip(";") if action else None,
        status=status,
        diagnostic=diagnostic,
    )


def _recipient(value: str | None) -> str | None:
    """ "rfc822; <User@Example.com>" -> "user@example.com"."""
    if not value:
        return None
    if ";" in value:
        value = value.split(";", 1)[1]
    value = value.strip().strip("<>").strip()
    found = _BARE_ADDRESS.search(value)
    if found:
        return found.group(0).lower()
    return value.lower() or None
