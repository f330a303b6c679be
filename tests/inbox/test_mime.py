"""parse_message on small messages written inline: headers, bodies, attachments, DSNs."""
from __future__ import annotations

import base64
from datetime import datetime, timezone

import pytest

from inbox.html_text import html_to_text
from inbox.mime import parse_message, parse_delivery_status
from ledger.errors import InputError


def make_raw(headers: str, body: str | bytes = "Hello\n") -> bytes:
    head = headers.strip("\n").encode("utf-8", "surrogateescape")
    data = body.encode("utf-8") if isinstance(body, str) else body
    return head + b"\n\n" + data


SIMPLE = make_raw(
    """
From: "Marie Dupont" <Marie.Dupont@Example.FR>
To: ar@ourco.example, "Compta" <compta@ourco.example>
Subject: =?utf-8?q?Re=C3=A7u_votre_relance?=
Date: Tue, 3 Mar 2026 10:15:00 +0100
Message-ID: <abc123@mail.example.fr>
In-Reply-To: <reminder-42@ourco.example>
References: <first@ourco.example>
 <reminder-42@ourco.example>
Content-Type: text/plain; charset=utf-8
""",
    "Bonjour,\nLe paiement de la facture INV-1001 part vendredi.\n",
)


def test_simple_message_fields():
    msg = parse_message(SIMPLE)

    assert msg.message_id == "abc123@mail.example.fr"
    assert msg.subject == "Reçu votre relance"
    assert msg.from_address == "marie.dupont@example.fr"
    assert msg.from_name == "Marie Dupont"
    assert msg.to_addresses == ("ar@ourco.example", "compta@ourco.example")
    assert msg.date == datetime(2026, 3, 3, 9, 15, tzinfo=timezone.utc)
    assert msg.in_reply_to == "reminder-42@ourco.example"
    assert msg.references == ("first@ourco.example", "reminder-42@ourco.example")
    assert msg.text == "Bonjour,\nLe paiement de la facture INV-1001 part vendredi."
    assert msg.html is None
    assert msg.content_type == "text/plain"
    assert msg.headers["subject"] == "Reçu votre relance"
    assert msg.defects == ()


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  ", b"\x00\x01\x02binary\x00" * 10])
def test_not_an_email_raises_input_error(raw):
    with pytest.raises(InputError):
        parse_message(raw)


def test_headerless_text_still_parses():
    msg = parse_message(b"Thanks, we paid yesterday.\n\nOn Mon, Bob wrote:\n> pay\n")
    assert "we paid yesterday" in msg.text
    assert msg.from_address is None
    assert "MissingHeaderBodySeparatorDefect" in msg.defects


def test_missing_and_bad_date_are_none():
    assert parse_message(make_raw("Subject: x")).date is None
    bad = parse_message(make_raw("Subject: x\nDate: Pn, 29 paX 2007 21:13:00 +0100"))
    assert bad.date is None
    assert any(d.startswith("header date") for d in bad.defects)


def test_date_without_zone_is_utc():
    msg = parse_message(make_raw("Date: Wed, 4 Mar 2026 08:00:00 -0000"))
    assert msg.date == datetime(2026, 3, 4, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "header, expected",
    [
        ("=?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=", "テスト"),
        ("=?gb2312?B?suLK1A==?=", "测试"),
        ("=?x-unknown?Q?caf=C3=A9?=", "café"),
        ("=?windows-1252?Q?=93quoted=94?=", "\u201cquoted\u201d"),
        ("=?iso-8859-1?Q?=93smart=94?=", "\u201csmart\u201d"),  # really windows-1252
        ("=?utf-8?B?w6k=?= =?utf-8?B?w6k=?=", "éé"),  # whitespace between words is dropped
        ("=?utf-8?B?4oK=?= =?utf-8?B?rA==?=", "€"),  # a character split across two words
        ("=?utf-8?B?!!!broken?=", "=?utf-8?B?!!!broken?="),
        ("=?fakescii?Q?plain?=", "plain"),
    ],
)
def test_encoded_word_subjects(header, expected):
    msg = parse_message(make_raw(f"Subject: {header}"))
    assert msg.subject == expected


def test_raw_8bit_headers_utf8_and_latin1():
    utf8 = parse_message("Subject: Café crème\n\nx".encode("utf-8"))
    assert utf8.subject == "Café crème"
    latin = parse_message("Subject: Café\nContent-Type: text/plain; charset=iso-8859-1\n\nx".encode("latin-1"))
    assert latin.subject == "Café"
    assert any("header subject" in d for d in latin.defects)


def test_unknown_body_charset_falls_back_with_defect():
    raw = make_raw("Content-Type: text/plain; charset=x-unknown", "Paiement effectué le 3 mars".encode("utf-8"))
    msg = parse_message(raw)
    assert msg.text == "Paiement effectué le 3 mars"
    assert any("x-unknown" in d for d in msg.defects)


def test_mislabelled_windows_1252_body():
    raw = make_raw("Content-Type: text/plain; charset=us-ascii", "Invoice \u2013 paid \u20ac120".encode("cp1252"))
    msg = parse_message(raw)
    assert msg.text == "Invoice \u2013 paid \u20ac120"


def test_blank_line_before_headers_is_repaired():
    msg = parse_message(b"\n      \nFrom: a@b.example\nSubject: hi\n\nbody\n")
    assert msg.subject == "hi"
    assert msg.text == "body"
    assert "blank lines before the header block removed" in msg.defects


ALTERNATIVE = make_raw(
    """
From: a@b.example
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"
""",
    """--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8

Plain body
--inner
Content-Type: text/html; charset=utf-8

<p>HTML body</p>
--inner--
--outer
Content-Type: application/pdf; name="remittance.pdf"
Content-Disposition: attachment; filename="remittance.pdf"
Content-Transfer-Encoding: base64

"""
    + base64.b64encode(b"%PDF-1.4 fake").decode()
    + """
--outer
Content-Type: text/csv
Content-Disposition: attachment; filename*=UTF-8''virement%20%C3%A9t%C3%A9.csv

invoice;amount
INV-1;10,00
--outer--
""",
)


def test_multipart_alternative_prefers_plain_and_keeps_html():
    msg = parse_message(ALTERNATIVE)
    assert msg.text == "Plain body"
    assert msg.html == "<p>HTML body</p>"
    assert msg.content_type == "multipart/mixed"
    assert [(a.filename, a.content_type) for a in msg.attachments] == [
        ("remittance.pdf", "application/pdf"),
        ("virement été.csv", "text/csv"),
    ]
    assert msg.attachments[0].data == b"%PDF-1.4 fake"
    assert msg.attachments[1].data.startswith(b"invoice;amount")


def test_attachment_limits_drop_with_defect():
    msg = parse_message(ALTERNATIVE, max_attachment_bytes=5)
    assert msg.attachments == ()
    assert "attachment 'remittance.pdf' dropped: over 5 bytes" in msg.defects

    msg = parse_message(ALTERNATIVE, max_attachments=1)
    assert [a.filename for a in msg.attachments] == ["remittance.pdf"]
    assert "1 attachment(s) over max_attachments=1 dropped" in msg.defects


def test_html_only_message_is_converted_to_text():
    raw = make_raw(
        "Content-Type: text/html; charset=utf-8",
        "<html><head><style>p{color:red}</style></head><body><p>Dear AR,</p>"
        "<table><tr><th>Invoice</th><th>Amount</th></tr><tr><td>INV-7</td><td>1 234,56 €</td></tr></table>"
        "<script>alert(1)</script>Regards<br>Bob</body></html>",
    )
    msg = parse_message(raw)
    assert msg.text == "Dear AR,\n\nInvoice | Amount\nINV-7 | 1 234,56 €\n\nRegards\nBob"
    assert msg.html is not None and msg.html.startswith("<html>")


def test_html_to_text_handles_empty_and_comments():
    assert html_to_text("") == ""
    assert html_to_text("<!-- only a comment -->") == ""
    assert html_to_text("a<br/>b<div>c</div>") == "a\nb\nc"


DSN = make_raw(
    """
From: Mail Delivery System <MAILER-DAEMON@mx.ourco.example>
To: ar@ourco.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"
""",
    """--b
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ourco.example

Final-Recipient: rfc822; Gone@Customer.example
Original-Recipient: rfc822;gone@customer.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gone@customer.example>:
    Recipient address rejected: User unknown

Final-Recipient: RFC822; <slow@customer.example>
Action: delayed
Status: 4.4.1

--b
Content-Type: message/rfc822

From: ar@ourco.example
To: gone@customer.example
Subject: Reminder

Please pay.
--b--
""",
)


def test_delivery_status_records():
    msg = parse_message(DSN)
    assert msg.content_type == "multipart/report"
    assert msg.report_type == "delivery-status"
    assert msg.from_address == "mailer-daemon@mx.ourco.example"
    assert msg.text == "I'm sorry to have to inform you that your message could not be delivered."
    assert [(d.final_recipient, d.original_recipient, d.action, d.status) for d in msg.delivery_status] == [
        ("gone@customer.example", "gone@customer.example", "failed", "5.1.1"),
        ("slow@customer.example", None, "delayed", "4.4.1"),
    ]
    assert msg.delivery_status[0].diagnostic == (
        "550 5.1.1 <gone@customer.example>: Recipient address rejected: User unknown"
    )
    assert msg.attachments == ()  # the returned original is not a file


def test_delivery_status_without_blank_lines_between_recipients():
    records = parse_delivery_status(
        "Final-Recipient: rfc822;a@x.example\nAction: failed\nStatus: 5.0.0\n"
        "Final-Recipient: rfc822;b@x.example\nAction: failed\nStatus: 5.2.2\n"
    )
    assert [(r.final_recipient, r.status) for r in records] == [("a@x.example", "5.0.0"), ("b@x.example", "5.2.2")]


def test_forwarded_message_attachment_files_are_kept():
    raw = make_raw(
        'From: a@b.example\nContent-Type: multipart/mixed; boundary="o"',
        """--o
Content-Type: text/plain

See below.
--o
Content-Type: message/rfc822

From: bank@bank.example
Subject: Payment advice
Content-Type: multipart/mixed; boundary="i"

--i
Content-Type: text/plain

Advice attached
--i
Content-Type: application/pdf; name=advice.pdf
Content-Disposition: attachment; filename=advice.pdf

%PDF-1.4
--i--
--o--
""",
    )
    msg = parse_message(raw)
    assert msg.text == "See below."
    assert [a.filename for a in msg.attachments] == ["advice.pdf"]


def test_from_without_domain_keeps_the_name():
    msg = parse_message(make_raw("From: MAILER-DAEMON <>"))
    assert msg.from_address is None
    assert msg.from_name == "MAILER-DAEMON"


def test_deeply_nested_multipart_is_bounded():
    depth = 120
    parts = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    raw = b"From: a@b.example\n" + parts.encode() + b"Content-Type: text/plain\n\ndeep\n"
    msg = parse_message(raw)
    assert "MIME nesting deeper than 40: inner parts ignored" in msg.defects


def test_a_charset_label_with_a_nul_byte_is_an_unknown_charset_not_a_crash():
    raw = (b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=\"utf\x008\"\r\n\r\n"
           b"caf\xc3\xa9\r\n")
    assert "caf" in parse_message(raw).text
