"""The records that flow between inbox stages: a parsed message and its attachments.

Pure data: frozen dataclasses, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str | None
    content_type: str  # lowercased "application/pdf"
    data: bytes


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """One per-recipient block of an RFC 3464 message/delivery-status part."""

    final_recipient: str | None  # bare address, lowercased
    original_recipient: str | None
    action: str | None  # failed / delayed / delivered / relayed / expanded
    status: str | None  # "5.1.1"
    diagnostic: str | None


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """A MIME message reduced to what the later stages need.

    `text` is the best plain-text rendering of the body (text/plain, or HTML converted to text);
    `html` is the raw HTML part when there is one (never displayed unsanitised).
    """

    message_id: str | None  # without angle brackets
    subject: str
    from_address: str | None  # addr-spec, lowercased
    from_name: str | None
    to_addresses: tuple[str, ...]
    date: datetime | None  # aware UTC, from the Date header
    headers: dict[str, str]  # lowercased name -> decoded value (first occurrence)
    text: str
    html: str | None
    attachments: tuple[Attachment, ...] = ()
    delivery_status: tuple[DeliveryStatus, ...] = ()  # from message/delivery-status parts
    content_type: str = "text/plain"  # top-level, lowercased ("multipart/report")
    report_type: str | None = None  # multipart/report; report-type=...
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    defects: tuple[str, ...] = field(default_factory=tuple)  # what the parser had to repair
    local_date: date | None = None  # the sender's calendar day (the Date header's own offset)
