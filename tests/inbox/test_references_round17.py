"""Round 17 (the arrival of dev104-dev107): invoice numbers written alone after a Portuguese "a"/"da"
("A 1317 e a 1319 vão no pagamento", "a nota de crédito da 1386"), a year-shaped number after "per la" /
"pour la" / "para la" (a year is masculine: "la" names the invoice), an invoice number typed with a
space after its series and year ("la fattura FV26 1788"); a dispute settled by a credit note told as
arrived or by a cancellation thanked for; a charge asked to be credited; documents needed announced
with a colon; invoices no longer wanted by e-mail (a contact update); an absence with its day of
return and no verb ("Sono in ferie, di ritorno il 28/10": an auto-reply); a payment advice attached as
plain text (.txt) read for its exact ledger numbers; an invoice word misspelt before numbers in brackets.

The sentences are written for these tests, not taken from the labelled sets.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from inbox.analyse import LedgerView, understand
from inbox.classify import classify_intents
from inbox.identify import Directory
from inbox.references import (
    ReferenceIndex,
    find_bare_numbers,
    find_ending_references,
    find_reference_candidates,
)

CUSTOMER = ["OL26-01317", "OL26-01319", "OL26-01386", "FV26-01956", "FV26-01970", "FV26-02014",
            "FV26-01998", "FV26-01788", "OL26-00316"]


def read_bare(text, numbers=CUSTOMER):
    """Invoice numbers read from the numbers written alone in `text` (a short one needs a cue)."""
    index = ReferenceIndex(numbers, customer=True)
    taken = [(m.start, m.end) for m in find_reference_candidates(text) + find_ending_references(text)]
    out = []
    for b in find_bare_numbers(text, taken):
        if b.short and b.cue is None:
            continue
        r = index.resolve(b.mention)
        if r.invoice_number and r.method in ("exact", "normalized", "suffix", "ending"):
            out.append(r.invoice_number)
    return out


def labels(text, language):
    return [s.label for s in classify_intents(text, "", language)]


# --- Portuguese "a" / "da" before a number written alone --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Obrigada pela fatura retificativa. A 1317 e a 1319 vão no pagamento de sexta-feira.",
     ["OL26-01317", "OL26-01319"]),
    ("A fatura foi paga juntamente com a 1319 na transferência de 30/10.", ["OL26-01319"]),
    ("A nota de crédito da 1386 já chegou, obrigada.", ["OL26-01386"]),
    ("A devolução da 1386 foi aceite.", ["OL26-01386"]),
])
def test_portuguese_article_or_contraction_before_the_number(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "we ordered a 316 en route to the site",  # an English "a" + a word that is no sentence going on
    "I have a 316 steel sink in stock",
])
def test_english_a_before_a_product_number_stays_out(text):
    assert read_bare(text) == []


# --- a year-shaped number after "for the" (feminine) -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ciao, la 1956 la paghiamo entro venerdì. Per la 1970 ti faccio sapere la settimana prossima.",
     ["FV26-01956", "FV26-01970"]),
    ("Pour la 2014 je vous rappelle demain.", ["FV26-02014"]),
    ("para la 1998 te aviso mañana", ["FV26-01998"]),
])
def test_year_shaped_number_after_for_the_feminine(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "per il 1970 non so nulla",
    "desde la 2020 nada ha cambiado",
    "in 2014 we moved offices",
])
def test_years_after_other_words_stay_years(text):
    assert read_bare(text) == []


# --- series and year, then the number, after an invoice word ------------------------------------

@pytest.mark.parametrize(("text", "written"), [
    ("vi confermo il bonifico di oggi per la fattura FV26 1788, € 2.804,30, come promesso.", "FV26 1788"),
    ("invoice FA26 00417 is still open", "FA26 00417"),
    ("die Rechnung RE25 4711 ist bezahlt", "RE25 4711"),
    ("la factura TV 2025 1934 sigue abierta", "TV 2025 1934"),  # as before
])
def test_series_with_year_then_number_typed_with_a_space(text, written):
    assert [m.text for m in find_reference_candidates(text) if m.kind == "invoice"] == [written]


def test_series_with_year_resolves_to_the_ledger_number():
    index = ReferenceIndex(CUSTOMER, customer=True)
    (mention,) = find_reference_candidates("per la fattura FV26 1788, € 2.804,30, come promesso")
    assert index.resolve(mention).invoice_number == "FV26-01788"


# --- a dispute already settled: credit note arrived, cancellation thanked for --------------------

@pytest.mark.parametrize(("text", "language"), [
    ("A nota de crédito da 1386 já chegou, obrigada. A segunda prestação segue no dia 15.", "pt"),
    ("La nota de crédito de la 1386 ya llegó, gracias.", "es"),
    ("La nota di credito per la fattura doppia 1386 è arrivata, grazie.", "it"),
    ("L'avoir pour la facture en double 1386 est bien arrivé, merci.", "fr"),
])
def test_credit_note_told_as_arrived_contests_nothing(text, language):
    assert "dispute" not in labels(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Gracias por confirmar la anulación de la factura duplicada 1215. Pagaremos la 1200 el próximo lunes.", "es"),
    ("Merci pour l'annulation de la facture en double 1215. Nous réglerons la 1200 lundi prochain.", "fr"),
    ("Danke für die Stornierung der doppelten Rechnung 1215. Die 1200 zahlen wir nächsten Montag.", "de"),
    ("Bedankt voor het crediteren van de dubbele factuur 1215. De 1200 betalen we volgende maandag.", "nl"),
    ("Grazie per aver stornato la fattura doppia 1215. La 1200 la paghiamo lunedì prossimo.", "it"),
    ("Thanks for confirming the cancellation of duplicate invoice 1215. We will pay 1200 next Monday.", "en"),
])
def test_cancellation_thanked_for_leaves_the_promise(text, language):
    assert labels(text, language) == ["promise_to_pay"]


def test_credit_note_still_awaited_stays_a_dispute():
    assert labels("Gracias por la factura duplicada 1215, no la pagaremos.", "es")[0] == "dispute"


# --- a charge asked to be credited --------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Kunnen jullie die rit crediteren? De handtekening op het afleverbewijs kennen we niet.", "nl"),
    ("Could you credit us for that trip?", "en"),
    ("Pourriez-vous nous créditer ce transport ?", "fr"),
    ("Könnten Sie uns die Fahrt gutschreiben? Bei uns hat niemand unterschrieben.", "de"),
    ("Potete stornarci quel viaggio? Da noi nessuno ha firmato.", "it"),
])
def test_charge_asked_to_be_credited_is_a_dispute(text, language):
    assert "dispute" in labels(text, language)


def test_payment_credited_to_an_invoice_is_no_dispute():
    assert "dispute" not in labels("Could you credit our payment to invoice 820?", "en")


# --- documents needed, listed after a colon -------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Pour toucher la subvention, il me faut :\n- l'attestation de fin de travaux,\n- le procès-verbal de réception.", "fr"),
    ("Pour mandater votre facture, le comptable public nous demande :\n- le procès-verbal de réception,\n"
     "- l'attestation de conformité.", "fr"),
    ("mi servirebbero le bolle di consegna firmate per la fattura 1707 di ottobre.", "it"),
    ("Per chiudere la pratica ci servono:\n- il DDT firmato\n- la fattura quietanzata", "it"),
    ("To release the payment we need:\n- the signed delivery notes\n- the test certificate", "en"),
    ("Für die Freigabe benötigen wir noch:\n- den unterschriebenen Lieferschein", "de"),
    ("Para tramitar el pago necesitamos:\n- el albarán firmado", "es"),
])
def test_documents_needed_with_a_colon_are_a_document_request(text, language):
    assert labels(text, language)[0] == "document_request"


# --- invoices no longer by e-mail -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Could you please stop sending me the invoice PDFs by email? Just upload them to our supplier portal.", "en"),
    ("Merci de ne plus m'envoyer les factures en PDF par mail. Tout doit passer par notre portail fournisseurs.", "fr"),
    ("Bitte schicken Sie uns keine Rechnungen mehr per E-Mail, nur noch über das Portal.", "de"),
    ("Por favor, no nos envíen más las facturas por correo, súbanlas al portal.", "es"),
    ("Geen facturen meer per mail graag, alles via het portaal.", "nl"),
    ("Per favore non inviateci più le fatture via mail, caricatele sul portale.", "it"),
    ("Por favor deixem de enviar as faturas por email, usem o portal.", "pt"),
])
def test_invoices_no_longer_by_email_is_a_contact_update(text, language):
    assert labels(text, language)[0] == "contact_update"


# --- the invoice word typed with two letters swapped, before the numbers in brackets ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ik mag de oude factruen (1317, 1319) niet meer betalen", ["OL26-01317", "OL26-01319"]),
    ("the two invocies we discussed (1317 and 1319) are with the budget holder", ["OL26-01317", "OL26-01319"]),
    ("las fatcuras (1317, 1319) ya están pagadas", ["OL26-01317", "OL26-01319"]),
])
def test_misspelt_invoice_word_before_brackets(text, expected):
    assert read_bare(text) == expected


def test_other_word_before_brackets_gives_no_cue():
    assert read_bare("the factory (1317, 1319) was closed") == []


# --- the date of return without a verb: an out-of-office answer -------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Grazie per la vostra mail.\nSono in ferie, di ritorno il 28/10. Per ordini scrivere a ordini@esempio.it.", "it"),
    ("Estoy de vacaciones, de vuelta el 28/10. Para pedidos escribir a pedidos@ejemplo.es.", "es"),
    ("Estou de férias, de volta no dia 28/10. Para encomendas escrever para encomendas@exemplo.pt.", "pt"),
])
def test_back_on_a_date_after_an_absence_is_an_auto_reply(text, language):
    assert labels(text, language)[0] == "auto_reply"


def test_goods_sent_back_is_no_auto_reply():
    assert "auto_reply" not in labels("Mandámos de volta a mercadoria danificada.", "pt")


# --- a plain-text payment advice attached (.txt): its exact ledger numbers --------------------------

LEDGER = [("MH26-00622", "C1", "13085.79"), ("MH26-00630", "C1", "14723.22"), ("MH26-00641", "C1", "900.00")]


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("ap@tulpenveld.example", "C1")], {"C1": "Tulpenveld Tea BV"})
    owner = {n: c for n, c, _ in LEDGER}
    return LedgerView(directory=directory, invoice_owner=owner, invoices_by_customer={"C1": tuple(owner)},
                      invoice_currency={n: "EUR" for n in owner}, all_invoices=ReferenceIndex(owner),
                      invoice_po={}, invoice_amounts={n: (Decimal(a), Decimal(a)) for n, _, a in LEDGER})


def email_with_text_attachment(body, name, data):
    return ("From: Priya <ap@tulpenveld.example>\r\nTo: AR <ar@supplier.example>\r\nSubject: Remittance\r\n"
            "Date: Fri, 30 Oct 2026 11:50:00 +0100\r\nMessage-ID: <t@example>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--b\r\n"
            f'Content-Type: text/plain; charset=utf-8; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n' + data + "\r\n--b--\r\n").encode()


ADVICE = ("TULPENVELD TEA - PAYMENT ADVICE\r\nPayment date: 30-10-2026\r\n\r\n"
          "Invoice        Inv. date    Amount EUR\r\n"
          "MH26-00622     25-07-2026   13,085.79\r\n"
          "MH26-00630     13-08-2026   14,723.22\r\n"
          "Total                       27,809.01\r\n")


def test_plain_text_advice_attachment_gives_its_invoices(view):
    u = understand(email_with_text_attachment("Hi, please find attached the remittance for today's payment.",
                                              "Remittance_TULP_20261030.txt", ADVICE), view)
    assert sorted(u.invoice_refs) == ["MH26-00622", "MH26-00630"]
