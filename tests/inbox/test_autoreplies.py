"""detect_auto_reply: headers, subjects and wording; the corpus auto-replies."""
from __future__ import annotations

import pytest

from inbox.autoreplies import AutoReply, detect_auto_reply
from inbox.bounces import detect_bounce
from inbox.mime import parse_message
from tests.inbox.test_mime_corpus import corpus_message, corpus_rows, needs_corpus


def make_message(subject: str = "Re: Invoice INV-1001", body: str = "Thanks, paid.", **headers: str):
    lines = ["From: marie@customer.example", "To: ar@ourco.example", f"Subject: {subject}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return parse_message(("\n".join(lines) + "\n\n" + body).encode("utf-8"))


@pytest.mark.parametrize(
    "headers, evidence",
    [
        ({"Auto_Submitted": "auto-replied"}, "header Auto-Submitted: auto-replied"),
        ({"Auto_Submitted": "auto-generated"}, "header Auto-Submitted: auto-generated"),
        ({"X_Autoreply": "yes"}, "header x-autoreply: yes"),
        ({"X_Autorespond": "Vacation"}, "header x-autorespond: Vacation"),
        ({"Precedence": "auto_reply"}, "header Precedence: auto_reply"),
    ],
)
def test_headers(headers, evidence):
    result = detect_auto_reply(make_message(body="Some text", **headers))
    assert result == AutoReply(evidence, "other")


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "no"},
        {"X_Auto_Response_Suppress": "All"},  # Outlook sets it on ordinary mail too
        {"Precedence": "bulk"},
        {"X_MS_Exchange_Inbox_Rules_Loop": "marie@customer.example"},
    ],
)
def test_weak_headers_alone_are_not_enough(headers):
    assert detect_auto_reply(make_message(**headers)) is None


@pytest.mark.parametrize(
    "subject, kind",
    [
        ("Out of Office: Invoice INV-1001", "out_of_office"),
        ("Automatic reply: Invoice INV-1001", "other"),
        ("Réponse automatique : Relance facture", "other"),
        ("Absence du bureau", "out_of_office"),
        ("Automatische Antwort: Rechnung 4711", "other"),
        ("Abwesenheitsnotiz: Rechnung 4711", "out_of_office"),
        ("Respuesta automática: Factura 12", "other"),
        ("Fuera de la oficina", "out_of_office"),
        ("Autoreply: invoice", "other"),
        ("AUTO: Smith, John is out of the office (returning 05/01)", "out_of_office"),
    ],
)
def test_subjects(subject, kind):
    result = detect_auto_reply(make_message(subject=subject, body="Some text"))
    assert result is not None
    assert result.kind == kind
    assert result.evidence.startswith("subject ")


@pytest.mark.parametrize(
    "body",
    [
        "I am out of the office until 12 March with limited access to email.",
        "Bonjour, je suis absente du bureau jusqu'au 12 mars.",
        "Guten Tag, ich bin bis zum 12. März nicht im Büro.",
        "Hola, estoy fuera de la oficina hasta el 12 de marzo.",
    ],
)
def test_out_of_office_text_with_an_exchange_header(body):
    result = detect_auto_reply(make_message(subject="RE: Invoice", body=body, X_MS_Exchange_Inbox_Rules_Loop="m@c.example"))
    assert result is not None and result.kind == "out_of_office"


def test_out_of_office_text_with_automated_wording():
    body = "This is an automatic reply. I am away until Monday 12 March."
    result = detect_auto_reply(make_message(subject="Invoice", body=body))
    assert result is not None and result.kind == "out_of_office"


def test_a_person_saying_they_were_away_is_not_an_auto_reply():
    body = "Sorry for the delay, I was out of the office last week. We will pay invoice INV-1001 on Friday."
    assert detect_auto_reply(make_message(body=body)) is None


def test_acknowledgement():
    result = detect_auto_reply(
        make_message(subject="Thank you for your email", body="We have received your message.", Return_Path="<>")
    )
    assert result is not None and result.kind == "auto_ack"


def test_read_receipt():
    result = detect_auto_reply(make_message(subject="Read: Invoice INV-1001", body="Your message was read."))
    assert result == AutoReply("subject 'Read:' (read receipt)", "other")


# --- corpus ---------------------------------------------------------------------------------


@needs_corpus
def test_corpus_auto_replies():
    """Pipeline order: bounce first, then auto-reply."""
    found, missed, false_alarms, others = 0, [], [], 0
    for row in corpus_rows():
        msg = corpus_message(row)
        if msg is None:
            continue
        if detect_bounce(msg) is not None:
            continue
        result = detect_auto_reply(msg)
        if row["kind"] == "auto_reply":
            if result:
                found += 1
            else:
                missed.append(row["file"])
        else:
            others += 1
            if result:
                false_alarms.append(row["file"])
    # reached 18/19 (the miss is an all-"x" anonymised read receipt) and 0 false alarms in 804
    assert found >= 18, missed
    assert len(false_alarms) <= 2, false_alarms
    assert others > 800


@pytest.mark.parametrize("subject", ["Absence", "Absence : Relance facture 4410", "Abwesenheit: Ihre Mahnung"])
def test_absence_titles(subject):
    result = detect_auto_reply(make_message(subject=subject, body="Je suis absente jusqu'au 6 novembre."))
    assert result is not None and result.kind == "out_of_office"


@pytest.mark.parametrize("body", [
    "I am out of the office for the holiday and will be back on Monday 23 November.",
    "Nous sommes fermés pour congé annuel et serons de retour le mercredi 2 décembre.",
    "Our office is closed today. We will answer your email when we reopen on Tuesday.",
    "Estamos cerrados por vacaciones. Volvemos el lunes 23 de noviembre.",
])
def test_absence_notice_without_headers(body):
    result = detect_auto_reply(make_message(subject="Re: Rappel factures", body=body))
    assert result is not None and result.kind == "out_of_office"


@pytest.mark.parametrize("subject, body", [
    # a person away who promises a payment is writing themselves
    ("Re: Invoice 4410", "I am out of the office this week, will be back on Monday and will pay then."),
    ("Re: Invoice 4410", "I was on holiday; we will pay on Friday."),  # no return phrase
    ("Absence of delivery note", "The absence of a delivery note blocks invoice 4410."),  # a title, not a notice
])
def test_absence_notice_negative(subject, body):
    assert detect_auto_reply(make_message(subject=subject, body=body)) is None
