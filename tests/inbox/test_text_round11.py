"""Round 11 text fixes: the Italian e-invoicing "codice destinatario" is no disclaimer; post
swapped for email is a contact update in more phrasings; an out-of-office read from its words
alone gets its return date; codes in a forwarded bank advice that are exactly open invoices of
the customer. Phrasings are made up for these tests."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from inbox.analyse import LedgerView, understand
from inbox.autoreplies import detect_auto_reply
from inbox.classify import classify_intents
from inbox.identify import Directory
from inbox.intent_text import strip_boilerplate
from inbox.mime import parse_message
from inbox.references import ReferenceIndex

# --- disclaimers ---------------------------------------------------------------------------

_SDI = ("Vi comunico che dal mese prossimo le fatture vanno intestate alla nuova sede di Bergamo, "
        "via Roma 12. Il codice destinatario SDI resta invariato: KRRH6B9. Grazie a tutti.")
_SDI_PLAIN = ("Per la fatturazione elettronica: partita IVA 01234567890, Codice Destinatario W7YVJK9, "
              "PEC amministrazione@pec.example. Vi prego di aggiornare l'anagrafica del cliente.")
_IT_DISCLAIMER = ("Questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario indicato. "
                  "Se lo avete ricevuto per errore vi preghiamo di cancellarlo e di avvisare il mittente.")


@pytest.mark.parametrize("paragraph", [_SDI, _SDI_PLAIN])
def test_the_e_invoicing_recipient_code_is_kept(paragraph):
    text = f"Buongiorno,\n\n{paragraph}\n\nCordiali saluti"
    assert paragraph in strip_boilerplate(text)


def test_an_italian_disclaimer_is_still_cut():
    text = f"Buongiorno,\n\npaghiamo venerdì.\n\n{_IT_DISCLAIMER}"
    assert _IT_DISCLAIMER not in strip_boilerplate(text)
    assert "paghiamo" in strip_boilerplate(text)


# --- post swapped for email ----------------------------------------------------------------

def labels(text, language):
    return [i.label for i in classify_intents(text, "", language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Please stop writing to us by post and email us instead at finance@harrowgate-dental.example.", "en"),
    ("Dejen de enviarnos recordatorios en papel; por favor envíenlos por email a pagos@olmedo.example.", "es"),
    ("Bitte stellen Sie den Versand der Mahnungen per Post ein und schicken Sie diese per E-Mail an "
     "buchhaltung@sauer-holz.example.", "de"),
    ("Merci de ne plus nous écrire par courrier postal, mais par mail à compta@boisjoli.example.", "fr"),
    ("Merci d'arrêter les relances papier, envoyez-les par mail à compta@boisjoli.example.", "fr"),
])
def test_post_swapped_for_email_is_not_a_stop(text, language):
    assert "cease_contact" not in labels(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # a call stopped in the same sentence: a channel of collection contact (docs/labelling.md)
    ("Stop calling us and stop writing to us by post, email only: finance@harrowgate-dental.example.", "en"),
    ("Merci de ne plus nous appeler ni nous écrire par la poste, uniquement par mail à compta@boisjoli.example.", "fr"),
    # the other way round: email stopped, post only
    ("Stop sending reminders by email, by post only please, to 12 Mill Lane.", "en"),
    ("Stop emailing us. Write to us by post only.", "en"),
    # post stopped for a lawyer, not for email
    ("Please stop writing to us by post. Any correspondence must go through our solicitors, Bray & Co, "
     "at info@bray.example.", "en"),
])
def test_a_real_stop_next_to_the_post_stays(text, language):
    assert "cease_contact" in labels(text, language)


# --- whole messages ------------------------------------------------------------------------

LEDGER = [  # number, customer, amount, open amount
    ("KMS-204411", "C1", "1200.00", "1200.00"),
    ("KMS-204520", "C1", "310.50", "310.50"),
    ("KMS-204399", "C1", "99.00", "0.00"),
    ("KMS-204600", "C2", "50.00", "50.00"),
]


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("ap@harrowgate-dental.example", "C1"), ("ops@brindle-foods.example", "C2")],
                                {"C1": "Harrowgate Dental Ltd", "C2": "Brindle Foods Ltd"})
    owner = {n: c for n, c, *_ in LEDGER}
    by_customer: dict[str, tuple[str, ...]] = {}
    for n, c, *_ in LEDGER:
        by_customer[c] = (*by_customer.get(c, ()), n)
    return LedgerView(directory=directory, invoice_owner=owner, invoices_by_customer=by_customer,
                      invoice_currency={n: "GBP" for n in owner}, all_invoices=ReferenceIndex(owner),
                      invoice_amounts={n: (Decimal(a), Decimal(o)) for n, _, a, o in LEDGER})


def email(body, subject="Re: Payment reminder", sender="ap@harrowgate-dental.example"):
    return (f"From: Sam <{sender}>\r\nTo: Credit Control <ar@supplier.example>\r\nSubject: {subject}\r\n"
            "Date: Mon, 16 Nov 2026 09:00:00 +0000\r\nMessage-ID: <t@example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def test_an_out_of_office_told_in_words_alone_gets_its_return_date(view):
    raw = email("Hello, I'm away from my desk until Wednesday 25 November, please contact "
                "accounts@harrowgate-dental.example.", subject="Re: reminder")
    assert detect_auto_reply(parse_message(raw)) is None  # no header, no known layout
    u = understand(raw, view)
    assert u.has("auto_reply")
    assert u.return_date == date(2026, 11, 26)  # "until Wednesday": back the next working day


_BANK = ("---------- Forwarded message ---------\r\nFrom: Bank Alerts <alerts@northbank.example>\r\n"
         "Date: Fri, 13 Nov 2026\r\nSubject: Faster payment sent\r\nTo: <ap@harrowgate-dental.example>\r\n\r\n"
         "Payee: SUPPLIER LTD\r\nAmount: GBP 1,609.50\r\nPayment details: KMS-204411 KMS-204520 KMS-204399\r\n")


def test_codes_in_a_forwarded_bank_advice_that_are_open_invoices(view):
    u = understand(email("Please see below from our bank - both went out on Friday.\r\n\r\n" + _BANK,
                         subject="Fwd: Faster payment sent"), view)
    # KMS-204399 is no longer open: a code of the bank's, not a claim on an invoice we chase
    assert sorted(u.invoice_refs) == ["KMS-204411", "KMS-204520"]


def test_a_forward_is_context_when_the_customer_names_the_invoice(view):
    body = ("KMS-204411 will be paid on Friday, see the thread below.\r\n\r\n"
            "---------- Forwarded message ---------\r\nFrom: Jo Lee <jo@harrowgate-dental.example>\r\n"
            "Date: Fri, 13 Nov 2026\r\nSubject: hold\r\nTo: <ap@harrowgate-dental.example>\r\n\r\n"
            "Approved now. KMS-204520 is still on hold.\r\n")
    assert understand(email(body, subject="Fwd: hold"), view).invoice_refs == ("KMS-204411",)


def test_codes_in_our_quoted_reminder_are_not_the_customers(view):
    body = ("We paid these last week, please check.\r\n\r\n"
            "On Fri, 13 Nov 2026, Credit Control <ar@supplier.example> wrote:\r\n"
            "> Our records show these as overdue:\r\n> KMS-204411  GBP 1,200.00\r\n> KMS-204520  GBP 310.50\r\n")
    assert understand(email(body), view).invoice_refs == ()


# --- a payment advice's letterhead is no quoted header block --------------------------------

def test_a_payment_advice_letterhead_stays_the_customers():
    from inbox.quotes import split_reply
    text = ("PAYMENT ADVICE\n\nFrom:    Harrowgate Dental Ltd, 4 Kiln Yard, Leeds LS9 8AB\n"
            "To:      Supplier Ltd\nDate:    12/11/2026\nMethod:  BACS\n\n"
            "Invoice        Paid (GBP)\nKMS-204411     1,200.00\nKMS-204520     310.50\n")
    reply = split_reply(text)
    assert "KMS-204520" in reply.own_text and reply.quoted_text == ""


@pytest.mark.parametrize("header", [
    "From: Credit Control\nSent: 12 November 2026 08:00\nTo: Sam\nSubject: Overdue invoices",
    "From: Credit Control <ar@supplier.example>\nDate: 12 Nov 2026\nTo: Sam",
    "De : Service recouvrement\nEnvoyé : jeudi 12 novembre 2026 08:00\nÀ : Sam\nObjet : Relance",
])
def test_a_mail_header_block_still_starts_the_history(header):
    from inbox.quotes import split_reply
    reply = split_reply(f"Paid yesterday.\n\n{header}\n\nInvoice KMS-204411 is overdue.\n")
    assert reply.own_text == "Paid yesterday." and "KMS-204411" in reply.quoted_text
