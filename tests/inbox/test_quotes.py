"""split_reply: own words vs quoted history vs signature, inline and on the corpus fixtures."""
from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.mime import parse_message
from inbox.quotes import Reply, split_reply
from ledger.errors import InputError
from tests.inbox.test_mime_corpus import corpus_bytes, corpus_rows, is_body_only, needs_corpus

OWN = "We will pay invoice INV-1001 on Friday."
REMINDER = "Dear customer, invoice INV-1001 of 1,200.00 EUR is overdue.\nPlease pay INV-1002 too."
QUOTED_REMINDER = "> " + REMINDER.replace("\n", "\n> ")


@pytest.mark.parametrize(
    "marker",
    [
        "On Mon, 2 Mar 2026 at 10:00, Accounts <ar@ourco.example> wrote:",
        "On Mon, 2 Mar 2026 at 10:00, Accounts Receivable of Our Company <\nar@ourco.example> wrote:",
        "Le lun. 2 mars 2026 à 10:00, Comptabilité <ar@ourco.example> a écrit :",
        "Am 02.03.2026 um 10:00 schrieb Buchhaltung <ar@ourco.example>:",
        "El lun, 2 mar 2026 a las 10:00, Cuentas (<ar@ourco.example>) escribió:",
        "Il giorno lun 2 mar 2026 alle ore 10:00 Contabilità <ar@ourco.example> ha scritto:",
        "Op ma 2 mrt. 2026 om 10:00 schreef Boekhouding <ar@ourco.example>:",
        "Em seg., 2 de mar. de 2026 às 10:00, Contas <ar@ourco.example> escreveu:",
        "-----Original Message-----\nFrom: ar@ourco.example\nSent: Monday, March 2, 2026 10:00\nTo: you",
        "-----Message d'origine-----\nDe : ar@ourco.example\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : vous\nObjet : Relance",
        "De : Comptabilité <ar@ourco.example>\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : Client\nObjet : Relance",
        "From: Accounts <ar@ourco.example>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Customer\nSubject: Reminder",
        "Von: Buchhaltung <ar@ourco.example>\nGesendet: Montag, 2. März 2026 10:00\nAn: Kunde\nBetreff: Mahnung",
        "De: Contas <ar@ourco.example>\nEnviado: segunda-feira, 2 de março de 2026 10:00\nPara: Cliente\nAssunto: Lembrete",
        "---------- Forwarded message ---------\nFrom: Accounts <ar@ourco.example>\nDate: Mon, Mar 2, 2026",
        "-------- Message transféré --------\nSujet : Relance\nDate : Mon, 2 Mar 2026",
        "________________________________\nFrom: Accounts <ar@ourco.example>\nSent: Monday, March 2, 2026",
    ],
)
def test_top_posted_markers(marker):
    reply = split_reply(f"{OWN}\n\n{marker}\n\n{REMINDER}\n")
    assert reply.own_text == OWN
    assert "INV-1002" in reply.quoted_text
    assert marker.splitlines()[0] in reply.quoted_text


def test_angle_bracket_quotes_top_posted():
    reply = split_reply(f"{OWN}\n\n{QUOTED_REMINDER}\n")
    assert reply.own_text == OWN
    assert reply.quoted_text.startswith("> Dear customer")


def test_bottom_posted_and_interleaved():
    text = (
        "On Mon, 2 Mar 2026, Accounts <ar@ourco.example> wrote:\n"
        "> Invoice INV-1001 is overdue.\n\n"
        "It was paid on 28 February.\n\n"
        "> Invoice INV-1002 is overdue too.\n\n"
        "That one is disputed: the goods were damaged.\n"
    )
    reply = split_reply(text)
    assert reply.own_text == "It was paid on 28 February.\n\nThat one is disputed: the goods were damaged."
    assert "INV-1001" not in reply.own_text and "INV-1002" not in reply.own_text


def test_no_quote_at_all():
    reply = split_reply("Thanks, paid today.\n")
    assert reply == Reply(own_text="Thanks, paid today.", quoted_text="", signature=None)


def test_words_that_look_like_markers_inside_own_text():
    text = (
        "On the surface the invoice looks right.\n"
        "From: our side, nothing is missing.\n"
        "The notification was sent from my iPhone app to all users.\n"
        "I wanted to discuss this with regards to the payment.\n"
    )
    reply = split_reply(text)
    assert reply.own_text == text.strip()
    assert reply.signature is None


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nMarie Dupont\nComptable",
        "Best regards,\nJohn Smith\nAccounts Payable | ACME Ltd\n+44 20 7946 0000",
        "Cordialement,\n\nMarie Dupont\nService comptabilité\n12 rue de la Paix, 75002 Paris",
        "Mit freundlichen Grüßen\nHans Müller\nBuchhaltung",
        "Sent from my iPhone",
        "Envoyé de mon iPhone",
        "This email and any attachments are confidential and intended solely for the addressee.",
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
    ],
)
def test_signatures(signature):
    reply = split_reply(f"{OWN}\n\n{signature}\n\nOn Mon, Accounts <ar@ourco.example> wrote:\n{QUOTED_REMINDER}")
    assert reply.own_text == OWN
    assert reply.signature == signature


def test_valediction_in_the_middle_is_not_a_signature():
    text = "Thanks,\nwe paid INV-1001 yesterday and will pay INV-1002 next week once our director signs it, which should be on Monday at the latest."
    assert split_reply(text).signature is None


def test_sent_from_line_above_pasted_history():
    history = "Your invoice INV-1001 is overdue. " * 10
    reply = split_reply(f"{OWN}\n\nSent from my iPhone\n\n{history}")
    assert reply.own_text == OWN
    assert reply.signature == "Sent from my iPhone"
    assert "INV-1001 is overdue" in reply.quoted_text


@pytest.mark.parametrize(
    "container",
    [
        '<div id="divRplyFwdMsg"><b>From:</b> Accounts</div><div>{quote}</div>',
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Accounts wrote:</div><blockquote>{quote}</blockquote></div>',
        '<blockquote type="cite">{quote}</blockquote>',
    ],
    ids=["outlook", "gmail", "apple"],
)
def test_html_quote_containers(container):
    html = f"<html><body><div>{OWN}</div><div><br></div>{container.format(quote=REMINDER)}</body></html>"
    reply = split_reply("", html)
    assert reply.own_text == OWN
    assert "INV-1002" in reply.quoted_text


def test_html_cut_is_preferred_over_the_text_part():
    text = f"{OWN}\n\n{REMINDER}"  # a client that dropped the marker from text/plain
    html = f'<p>{OWN}</p><div class="gmail_quote">{REMINDER}</div>'
    assert split_reply(text, html).own_text == OWN


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab >-_:\n@<1") + ["On ", "wrote:", "From: x", "Sent: y", "-- ", "Regards,"]),
        max_size=120,
    ).map("".join)
)
def test_never_crashes_and_own_lines_come_from_the_text(text):
    reply = split_reply(text, None)
    lines = {line.strip() for line in text.split("\n")}
    assert all(line.strip() in lines for line in reply.own_text.split("\n") if line.strip())


def test_long_input_is_bounded():
    started = time.perf_counter()
    split_reply(("> quoted line\n" * 20_000) + ("word " * 100_000), "<div>" * 5_000)
    assert time.perf_counter() - started < 10


# --- corpus ---------------------------------------------------------------------------------

# Lines that must never be left in own_text: the start of quoted history.
_MARKER_LINE = re.compile(
    r"(?im)^(>|on\b.{0,200}\bwrote:\s*$|le\b.{0,200}a écrit\s*:\s*$|am\b.{0,200}schrieb.{0,100}:\s*$|"
    r"el\b.{0,200}escribió:\s*$|-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|"
    r"forwarded message)|from:.{0,200}\n\s*(sent|date):)"
)


def _fixture_body(row) -> tuple[str, str | None]:
    data = corpus_bytes(row)
    if "body-only HTML" in row["notes"]:
        return "", data.decode("utf-8", "replace")
    if is_body_only(row):
        return data.decode("utf-8", "replace"), None
    msg = parse_message(data)
    return msg.text, msg.html


@needs_corpus
def test_corpus_own_text_never_contains_a_quote_marker():
    rows = [r for r in corpus_rows() if r["kind"] == "reply"]
    assert len(rows) == 243
    leaks = []
    for row in rows:
        try:
            text, html = _fixture_body(row)
        except InputError:
            continue
        own = split_reply(text, html).own_text
        found = _MARKER_LINE.search(own)
        if found:
            leaks.append((row["file"], found.group(0)[:60]))
    assert leaks == []


# Expected own text of common fixtures, judged by reading them: (file, must start with,
# must not contain).
EXPECTED = [
    ("github-email-reply-parser/email_1_2.eml", "Hi,\n\nYou can list the keys for the bucket", "Hi folks"),
    ("github-email-reply-parser/email_1_3.eml", "Oh thanks.\n\nHaving the", "> Hi,"),
    ("github-email-reply-parser/email_2_1.eml", "Outlook with a reply", "From:"),
    ("github-email-reply-parser/email_iPhone.eml", "Here is another email", "Sent from my iPhone"),
    ("github-email-reply-parser/correct_sig.eml", "this is an email with a correct -- signature.", "rick"),
    ("crisp-email-reply-parser/email_german_outlook.eml", "Fusce bibendum", "Ursprüngliche Nachricht"),
    ("crisp-email-reply-parser/email_ios_outlook_fr.eml", "Fusce bibendum", "Outlook pour iOS"),
    ("crisp-email-reply-parser/email_gmail_split_line_from.eml", "Fusce bibendum", "wrote:"),
    ("crisp-email-reply-parser/email_portuguese.eml", "Fusce bibendum", "escreveu"),
    ("crisp-email-reply-parser/email_italian.eml", "Fusce bibendum", "ha scritto"),
    ("crisp-email-reply-parser/email_russian.eml", "Fusce bibendum", "doe@example.com"),
    ("crisp-email-reply-parser/email_tricky_18_inline_reply.eml", "I think option A is great.", "What about option B"),
    ("crisp-email-reply-parser/email_tricky_1_on_false_positive.eml", "On the surface", "\x00"),
    ("crisp-email-reply-parser/email_tricky_8_sent_from_in_content.eml", "The notification was sent from my iPhone", "\x00"),
    ("discourse-email-reply-trimmer/email_headers_1.eml", "This is a reply from Outlook!", "-----"),
    ("discourse-email-reply-trimmer/embedded_email_dutch_1.eml", "Nice of you to pick it up!", "schreef"),
    ("discourse-email-reply-trimmer/embedded_email_german_4.eml", "Hi there! I am replying", "schrieb"),
    ("discourse-email-reply-trimmer/embedded_email_french_1.eml", "C'est super !", "a écrit"),
    ("discourse-email-reply-trimmer/embedded_email_spanish_2.eml", "Igual que siempre", "escribió"),
    ("discourse-email-reply-trimmer/embedded_email_portuguese.eml", "Olá,\nQualquer dúvida estamos ai.", "escreveu"),
    ("discourse-email-reply-trimmer/embedded_email_polish_2.eml", "Hi Neil,", "napisał"),
    ("discourse-email-reply-trimmer/forwarded_gmail.eml", "This email has been forwarded from Gmail.", "Forwarded"),
    ("willdurand-email-reply-parser/email_thread.eml", "This is new email reply in thread from bellow.", "On Nov"),
    ("willdurand-email-reply-parser/email_23.eml", "Fusce bibendum", "написав"),
    ("mailgun-talon/outlook.eml", "Hello", "From:"),
    ("mailgun-talon/html_replies__gmail.eml", "Hi. I am fine.", "wrote"),
    ("mailgun-talon/html_replies__ms_outlook_2010.eml", "Hi. I am fine.", "From:"),
    ("mailgun-talon/html_replies__thunderbird.eml", "Hi. I am fine.", "wrote"),
]


@needs_corpus
@pytest.mark.parametrize("name, starts, absent", EXPECTED, ids=[e[0].split("/")[-1] for e in EXPECTED])
def test_corpus_fixtures_expected_reply(name, starts, absent):
    row = next(r for r in corpus_rows() if r["file"] == name)
    text, html = _fixture_body(row)
    own = split_reply(text, html).own_text
    assert own.startswith(starts)
    assert absent not in own
