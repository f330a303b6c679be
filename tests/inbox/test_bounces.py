"""detect_bounce: inline DSN and free-text bounces, and the corpus floors."""
from __future__ import annotations

import pytest

from inbox.bounces import Bounce, detect_bounce
from inbox.mime import parse_message
from tests.inbox.test_mime_corpus import corpus_bytes, corpus_message, corpus_rows, needs_corpus


def parse(text: str):
    return parse_message(text.strip("\n").encode("utf-8"))


DSN = """
From: Mail Delivery System <MAILER-DAEMON@mx.ourco.example>
To: ar@ourco.example
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Your message could not be delivered.
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ourco.example

Final-Recipient: rfc822; gone@customer.example
Action: {action}
Status: {status}
Diagnostic-Code: smtp; 550 5.1.1 user unknown
--b--
"""


def test_rfc3464_failed():
    bounce = detect_bounce(parse(DSN.format(action="failed", status="5.1.1")))
    assert bounce == Bounce(
        recipient="gone@customer.example",
        status="5.1.1",
        permanent=True,
        evidence="RFC 3464 delivery-status: Action: failed, Status: 5.1.1, Diagnostic-Code: 550 5.1.1 user unknown",
    )


def test_rfc3464_delayed_is_not_permanent():
    bounce = detect_bounce(parse(DSN.format(action="delayed", status="4.4.1")))
    assert bounce is not None
    assert bounce.permanent is False
    assert bounce.status == "4.4.1"


def test_rfc3464_delivered_is_not_a_bounce():
    assert detect_bounce(parse(DSN.format(action="delivered", status="2.0.0"))) is None


QMAIL = """
From: MAILER-DAEMON@mail.customer.example
To: ar@ourco.example
Subject: failure notice

Hi. This is the qmail-send program at mail.customer.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jdoe@customer.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <ar@ourco.example>
To: jdoe@customer.example
Subject: Reminder: invoice INV-1001
"""

EXIM = """
From: Mail Delivery System <Mailer-Daemon@smtp.customer.example>
To: ar@ourco.example
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: Compta@Customer.example

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@customer.example
    SMTP error from remote mail server after RCPT TO:<compta@customer.example>:
    550 5.1.1 User unknown
"""

EXCHANGE_FR = """
From: postmaster@customer.example
To: ar@ourco.example
Subject: Non remis : Relance facture INV-1001

La remise du message aux destinataires suivants a échoué.

marie.dupont@customer.example
Le serveur a renvoyé : 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""

DELAY = """
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.ourco.example>
To: ar@ourco.example
Subject: Warning: message 1abc-00 delayed 24 hours

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue. No action is required on your part.

  slow@customer.example
    Delay reason: mailbox is full
"""


@pytest.mark.parametrize(
    "raw, recipient, status, permanent",
    [
        (QMAIL, "jdoe@customer.example", "5.1.1", True),
        (EXIM, "compta@customer.example", "5.1.1", True),
        (EXCHANGE_FR, "marie.dupont@customer.example", "5.1.1", True),
        (DELAY, "slow@customer.example", None, False),
    ],
    ids=["qmail", "exim", "exchange-fr", "delay"],
)
def test_free_text_bounces(raw, recipient, status, permanent):
    bounce = detect_bounce(parse(raw))
    assert bounce is not None
    assert (bounce.recipient, bounce.status, bounce.permanent) == (recipient, status, permanent)
    assert bounce.evidence


def test_customer_quoting_an_error_is_not_a_bounce():
    msg = parse(
        """
From: Jean Martin <jean@customer.example>
To: ar@ourco.example
Subject: Re: Undeliverable: Reminder

Your previous reminder bounced with "550 5.1.1 User unknown" because marie left.
Please write to compta@customer.example instead. We will pay on Friday.
"""
    )
    assert detect_bounce(msg) is None


def test_out_of_office_is_not_a_bounce():
    msg = parse(
        """
From: marie@customer.example
To: ar@ourco.example
Subject: Automatic reply: Reminder
Auto-Submitted: auto-replied

I am out of the office until 12 March.
"""
    )
    assert detect_bounce(msg) is None


# --- corpus ---------------------------------------------------------------------------------

BOUNCE_FLOOR = 0.99  # reached: 294/296 (one all-"x" anonymised DSN, one SES *delivery* notice)
RECIPIENT_FLOOR = 0.96  # reached: 286/294
NON_BOUNCE_FLOOR = 0.998  # reached: 821/822 (enmime's boundary-less "Delivery Status Notification")


def _corpus_messages(kind_is_bounce: bool):
    for row in corpus_rows():
        if (row["kind"] == "bounce") != kind_is_bounce:
            continue
        msg = corpus_message(row)
        if msg is not None:
            yield row, msg


@needs_corpus
def test_corpus_bounces_are_detected():
    results = [(row, detect_bounce(msg)) for row, msg in _corpus_messages(True)]
    found = [b for _, b in results if b is not None]
    rate = len(found) / len(results)
    with_recipient = sum(1 for b in found if b.recipient) / len(found)
    assert len(results) == 296
    assert rate >= BOUNCE_FLOOR, [row["file"] for row, b in results if b is None]
    assert with_recipient >= RECIPIENT_FLOOR


@needs_corpus
def test_corpus_non_bounces_are_not_bounces():
    results = [(row, detect_bounce(msg)) for row, msg in _corpus_messages(False)]
    clean = sum(1 for _, b in results if b is None) / len(results)
    assert clean >= NON_BOUNCE_FLOOR, [row["file"] for row, b in results if b is not None]


@needs_corpus
def test_corpus_delay_warnings_are_not_permanent():
    delays = [
        "cfortune-php-bounce-handler/29.eml",
        "cfortune-php-bounce-handler/46.eml",
        "sisimai-set-of-emails/lhost-exim-41.eml",
    ]
    rows = {row["file"]: row for row in corpus_rows()}
    for name in delays:
        bounce = detect_bounce(parse_message(corpus_bytes(rows[name])))
        assert bounce is not None and bounce.permanent is False, name


def test_a_mailbox_full_phishing_mail_is_not_a_bounce():
    raw = (b"From: Mail Administrator <admin@mailcheck-portal.info>\r\n"
           b"To: ar@example.com\r\nSubject: ACTION REQUIRED: Mailbox storage full\r\n"
           b"Date: Sat, 14 Nov 2026 00:12:00 +0000\r\nMessage-ID: <p1@mailcheck-portal.info>\r\n\r\n"
           b"Your mailbox has exceeded its storage limit. Incoming messages will be rejected.\r\n"
           b"Click here to validate your account: http://mailcheck-portal.info/verify\r\n")
    assert detect_bounce(parse_message(raw)) is None
