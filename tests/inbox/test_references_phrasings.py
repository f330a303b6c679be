"""How customers name invoices when they do not copy the number: the number alone ("we'll pay
7731 Friday"), its end ("the one ending 015"), a typo ("inv 7713"), the purchase order, the
amount, a remittance attachment or a forwarded bank confirmation — and the numbers that only
look like references (quantities, addresses, phones, years, payment traces).

The phrasings are written for these tests, not taken from the labelled sets.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inbox.analyse import LedgerView, understand
from inbox.identify import Directory
from inbox.references import (
    ReferenceIndex,
    ReferenceMention,
    find_bare_numbers,
    find_ending_references,
    find_reference_candidates,
    normalize_reference,
)

CUSTOMER = ["INV/2025/07731", "INV/2025/07802", "INV/2025/08015", "INV/2025/08150"]


def mention(text, kind="invoice"):
    return ReferenceMention(text, 0, len(text), normalize_reference(text), kind)


def read_bare(text, numbers=CUSTOMER):
    """Invoice numbers read from the numbers written alone in `text` (cue required)."""
    index = ReferenceIndex(numbers, customer=True)
    taken = [(m.start, m.end) for m in find_reference_candidates(text) + find_ending_references(text)]
    out = []
    for b in find_bare_numbers(text, taken):
        if b.short and b.cue is None:
            continue
        r = index.resolve(b.mention)
        if r.invoice_number and r.method in ("exact", "normalized", "suffix"):
            out.append(r.invoice_number)
    return out


# --- numbers written alone --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Quick one: 7731 cleared our bank on Tuesday.", ["INV/2025/07731"]),
    ("Can you resend 7802? Our copy is illegible.", ["INV/2025/07802"]),
    ("Regarding 8015, the pallets arrived damaged.", ["INV/2025/08015"]),
    ("We will settle 7731 and 7802 next Thursday.", ["INV/2025/07731", "INV/2025/07802"]),
    ("the 7802 one is with our MD for approval", ["INV/2025/07802"]),
    ("7802 was queried by our site manager last week.", ["INV/2025/07802"]),
    ("Nous avons réglé la 7731 hier, et la 8015 partira vendredi.", ["INV/2025/07731", "INV/2025/08015"]),
    ("Die 7802 ist bereits bezahlt.", ["INV/2025/07802"]),
    ("El pago de la 8015 sale el viernes.", ["INV/2025/08015"]),
    ("Payment for 07731 is scheduled.", ["INV/2025/07731"]),
    ("Hi Sam, 7731 was paid in full last week.", ["INV/2025/07731"]),
    ("The two August invoices for the Leeds site (7731 and 7802, 1,200.00 each) are due.",
     ["INV/2025/07731", "INV/2025/07802"]),
    ("Your invoice for the extra chairs (8015) is on hold.", ["INV/2025/08015"]),
    ("Please upload every unpaid invoice, including 7802, to the portal.", ["INV/2025/07802"]),
    ("07802 is approved.", ["INV/2025/07802"]),
])
def test_a_number_written_alone_with_a_cue(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "We received 120 of the 150 chairs, and 7731 of the 8015 screws.",
    "Please deliver to 7731 Harbor Boulevard, Springfield.",
    "Our new address: 14 Kingsway, Unit 7802, Leeds",
    "Call me on 0161 496 7731 any time.",
    "Tel: 7731 8015",
    "The meeting is at 1530 in room 7802.",
    "We paid 7,731.00 on Friday and $8015 on Monday.",
    "For 7731 widgets the price is too high.",
    "the 7802 stainless flanges are out of stock",
    "Pricing for 2026 stays the same; we met in 2025 and since 1998 we have traded.",
    "Ticket 7731 was opened with your service desk.",
    "Your ref TBM PAY 7802 is on the statement.",
    "Please quote case 8015 and PIN 7731.",
    "Rue de la Paix 7731 – 8015 Zürich",
    "Landsberger Straße 7802, 80687 München",
    "BACS trace 7731 8015 0042",
    "Pursuant to section 7731 of the Code, see Form 8015.",
    "we need 8150 by the end of the month",
])
def test_numbers_that_are_something_else(text):
    assert read_bare(text) == []


def test_a_number_written_alone_never_resolves_fuzzily():
    index = ReferenceIndex(CUSTOMER, customer=True)
    [b] = find_bare_numbers("We paid 7713 yesterday.")  # 7731 with two digits swapped
    assert index.resolve(b.mention).method not in ("exact", "normalized", "suffix")


def test_round_hundreds_wait_for_confirmation():
    [b] = find_bare_numbers("We will pay 8100 on Friday.")
    assert b.short and b.cue is None  # could be money: only our quoted reminder confirms it


def test_numbers_in_a_list_share_the_cue():
    found = {b.mention.text: b.cue for b in find_bare_numbers("We'll get 7731, 7802 and 8015 paid Friday.")}
    assert all(found.values()), found


units = st.sampled_from(["units", "pcs", "cases", "boxes", "pallets", "kg", "hours", "days", "x", "bottles",
                         "palettes", "cartons", "Stück", "unidades", "m", "litres", "%", "€", "EUR", "USD",
                         "Street", "Road", "Avenue", "rue", "jours", "semaines"])


@settings(database=None, max_examples=150)
@given(number=st.integers(100, 9999), unit=units,
       before=st.sampled_from(["We received", "Send", "the", "for", "about", "Please deliver", "la", "pour", "on"]))
def test_a_quantity_is_never_a_reference(number, unit, before):
    text = f"{before} {number} {unit} next week."
    assert all(b.cue is None for b in find_bare_numbers(text) if b.short)


@settings(database=None, max_examples=150)
@given(run=st.integers(100, 99999), width=st.integers(3, 6), prefix=st.sampled_from(["INV/2025/", "FA25-", "SI-", "R"]),
       cue=st.sampled_from(["We'll pay", "Paid", "Can you resend", "Regarding", "pour la", "on", "for the",
                            "Nous avons réglé la", "Die", "Sobre la"]),
       after=st.sampled_from([" tomorrow.", ", thanks.", " last week.", "?", " - see attached.", "."]))
def test_the_number_of_an_invoice_with_a_cue_resolves(run, width, prefix, cue, after):
    number = f"{prefix}{run:0{width}d}"
    written = str(run)
    if len(written) > 4 or written.endswith("00") or 1900 <= run <= 2099:
        return  # long numbers need no cue; round hundreds and years need our reminder
    others = [f"{prefix}{(run + k) % 100000:0{width}d}" for k in (1, 7, 50)]
    assert read_bare(f"{cue} {written}{after}", [number, *others]) == [number]


# --- short typos ------------------------------------------------------------------------

def test_a_labelled_short_number_with_a_typo_resolves_among_the_customers_invoices():
    index = ReferenceIndex(["INV/2025/07731", "INV/2025/08015"], customer=True)
    r = index.resolve(mention("7713"))
    assert (r.invoice_number, r.method) == ("INV/2025/07731", "fuzzy")
    assert "two neighbouring characters swapped" in r.explanation and "this customer" in r.explanation
    assert r.score < index.resolve(mention("7731")).score


def test_a_short_typo_close_to_two_invoices_is_ambiguous():
    index = ReferenceIndex(["INV/2025/07731", "INV/2025/07714"], customer=True)
    r = index.resolve(mention("7713"))  # 7731 swapped, or 7714 with one digit wrong
    assert r.invoice_number is None and r.method == "ambiguous"


def test_short_typos_are_never_resolved_across_the_ledger():
    index = ReferenceIndex(["INV/2025/07731", "INV/2025/08015"])
    assert index.resolve(mention("7713")).invoice_number is None


def test_a_zero_padded_typo_keeps_its_width():
    index = ReferenceIndex(["FA25-00754", "FA25-00612"], customer=True)
    assert index.resolve(mention("00745")).invoice_number == "FA25-00754"
    assert index.resolve(mention("745")).invoice_number is None  # three digits: too short to tell


@settings(database=None, max_examples=100)
@given(st.integers(1000, 99999), st.integers(0, 3), st.data())
def test_a_swapped_pair_resolves_when_no_other_invoice_is_that_close(run, at, data):
    digits = str(run)
    at = at % (len(digits) - 1)
    swapped = digits[:at] + digits[at + 1] + digits[at] + digits[at + 2:]
    if swapped == digits or swapped[0] == "0":
        return
    number = f"INV-25-{digits}"
    far = [f"INV-25-{9_000_000 + run + k}" for k in (3331, 5557)]  # 7 digits: never one edit away
    index = ReferenceIndex([number, *far], customer=True)
    assert index.resolve(mention(swapped)).invoice_number == number


# --- endings ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "digits"), [
    ("the one ending 015 is wrong", "015"),
    ("invoice ending in 8015 was paid", "8015"),
    ("the one that ends with 802", "802"),
    ("last 4 digits 7731", "7731"),
    ("celle qui se termine par 015", "015"),
    ("die Rechnung, die auf 802 endet", None),
    ("die Rechnung endet auf 802", "802"),
    ("la factura terminada en 015", "015"),
    ("the …731 one", "731"),
    ("invoice ***8015", "8015"),
    ("our account ending 5678", None),
    ("card ending in 4417", None),
])
def test_endings_are_found(text, digits):
    assert [m.text for m in find_ending_references(text)] == ([digits] if digits else [])


def test_an_ending_resolves_to_the_customers_only_invoice_ending_so():
    index = ReferenceIndex(CUSTOMER, customer=True)
    [m] = find_ending_references("the one ending 015")
    r = index.resolve(m)
    assert (r.invoice_number, r.method) == ("INV/2025/08015", "ending")
    assert "only invoice of this customer ending in 015" in r.explanation
    assert index.resolve(mention("150", "ending")).invoice_number == "INV/2025/08150"
    assert find_ending_references("the one ending 15") == []  # two digits say too little


def test_an_ending_two_invoices_share_is_ambiguous_and_never_resolved_across_the_ledger():
    index = ReferenceIndex(["A-10712", "B-20712"], customer=True)
    assert index.resolve(mention("712", "ending")).method == "ambiguous"
    assert ReferenceIndex(["A-10712"]).resolve(mention("712", "ending")).invoice_number is None


# --- whole messages: POs, amounts, attachments, forwards, subjects ------------------------

LEDGER = [
    # number, customer, PO, amount, open amount
    ("9100051234", "C1", "4500123456", "11400.00", "11400.00"),
    ("9100051301", "C1", "4500123999", "2750.10", "2750.10"),
    ("9100051302", "C1", "4500123999", "980.00", "980.00"),
    ("9100051400", "C1", None, "2750.10", "0.00"),
    ("9100060001", "C2", "PO-77/2026", "315.00", "315.00"),
    ("9100060002", "C2", None, "640.00", "640.00"),
]


@pytest.fixture(scope="module")
def view() -> LedgerView:
    directory = Directory.build([("ap@pinecrest-fab.example", "C1"), ("finance@lakeview-dental.example", "C2")],
                                {"C1": "Pinecrest Fabrication Inc", "C2": "Lakeview Dental Group Ltd"})
    owner = {n: c for n, c, *_ in LEDGER}
    by_customer: dict[str, tuple[str, ...]] = {}
    for n, c, *_ in LEDGER:
        by_customer[c] = (*by_customer.get(c, ()), n)
    return LedgerView(directory=directory, invoice_owner=owner, invoices_by_customer=by_customer,
                      invoice_currency={n: "USD" for n in owner}, all_invoices=ReferenceIndex(owner),
                      invoice_po={n: po for n, _, po, *_ in LEDGER if po},
                      invoice_amounts={n: (Decimal(a), Decimal(o)) for n, _, _, a, o in LEDGER})


def email(body, sender="ap@pinecrest-fab.example", subject="Re: Payment reminder", to="ar@supplier.example",
          attachment=None):
    head = (f"From: Sam <{sender}>\r\nTo: Credit Control <{to}>\r\nSubject: {subject}\r\n"
            "Date: Mon, 16 Nov 2026 09:00:00 +0000\r\nMessage-ID: <t@example>\r\nMIME-Version: 1.0\r\n")
    if attachment is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
    name, data = attachment
    return (head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--b\r\n"
            f'Content-Type: text/csv; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n\r\n'
            + data + "\r\n--b--\r\n").encode()


def refs(view, *args, **kwargs):
    u = understand(email(*args, **kwargs), view)
    return list(u.invoice_refs), u


def test_the_invoice_for_a_po(view):
    found, u = refs(view, "The invoice for PO 4500123456 went out in Friday's run.")
    assert found == ["9100051234"]
    assert any(r["method"] == "purchase_order" for r in u.evidence["references"])


def test_the_invoices_under_one_po_only_when_the_sentence_says_several(view):
    assert sorted(refs(view, "Both invoices under order 4500123999 are approved.")[0]) == [
        "9100051301", "9100051302"]
    found, u = refs(view, "The invoice under order 4500123999 is approved.")
    assert found == []
    assert any(r["method"] == "ambiguous" for r in u.evidence["references"])


def test_a_po_next_to_its_own_invoice_adds_nothing(view):
    assert refs(view, "Invoice 9100051301 (our PO 4500123999) is approved.")[0] == ["9100051301"]


def test_a_ten_digit_invoice_number_is_not_taken_for_a_po(view):
    assert refs(view, "9100051234 was paid today against PO 4500123999 -- please check.")[0] == ["9100051234"]


def test_an_amount_names_an_invoice_only_when_unique_and_exact(view):
    found, u = refs(view, "We are disputing the $11,400.00 invoice: the parts were never delivered.")
    assert found == ["9100051234"]
    [r] = [r for r in u.evidence["references"] if r["method"] == "amount"]
    assert "only invoice of this customer for exactly 11400.00" in r["explanation"]
    # 2,750.10 is the amount of two invoices (one already paid): ambiguous, so nothing.
    assert refs(view, "The $2,750.10 one is approved.")[0] == []
    # Not exactly any invoice's amount, or not describing an invoice: nothing.
    assert refs(view, "The $11,399 invoice is disputed.")[0] == []
    assert refs(view, "We will pay $980.00 on Friday.")[0] == []


def test_a_remittance_attachment_names_our_invoice_in_any_column(view):
    csv = ("Payment Run,Supplier No,Document No,Your Reference,Gross Amount,Net Amount\r\n"
           "R-1,0000712455,5100882231,9100051301,2750.10,2750.10\r\n"
           "R-1,0000712455,5100882517,9100051302,980.00,980.00\r\n")
    found, _ = refs(view, "Please find attached our remittance.", attachment=("remit.csv", csv))
    assert sorted(found) == ["9100051301", "9100051302"]


def test_a_forwarded_bank_confirmation_is_the_customers_but_our_quoted_reminder_is_not(view):
    body = ("See the bank's confirmation below.\r\n\r\n"
            "---------- Forwarded message ---------\r\n"
            "From: Online Banking <alerts@bank.example>\r\nDate: Fri, 13 Nov 2026\r\n"
            "Subject: Payment sent\r\nTo: <ap@pinecrest-fab.example>\r\n\r\n"
            "Your payment of $2,750.10 has been sent.\r\nReference: INV 9100051301\r\n")
    assert refs(view, body)[0] == ["9100051301"]
    ours = ("Fine, see below.\r\n\r\n---------- Forwarded message ---------\r\n"
            "From: Credit Control <ar@supplier.example>\r\nDate: Fri, 13 Nov 2026\r\n"
            "Subject: Reminder\r\nTo: <ap@pinecrest-fab.example>\r\n\r\n"
            "Invoice 9100051302 is overdue.\r\n")
    assert refs(view, ours)[0] == []
    # Our reminder sent by a billing platform, not from the address the customer answers.
    platform = ours.replace("Credit Control <ar@supplier.example>", "Billing <noreply@billing-platform.example>")
    platform = platform.replace("Subject: Reminder", "Subject: Payment reminder - overdue invoices")
    assert refs(view, platform)[0] == []


def test_an_auto_replys_subject_is_not_the_customers_words(view):
    u = understand(email("I am out of the office until Monday 23 November with no access to email.",
                         subject="Automatic reply: Reminder - invoice 9100051302"), view)
    assert u.has("auto_reply") and u.invoice_refs == ()


def test_trace_numbers_and_phones_next_to_real_references(view):
    body = ("Paid 9100051234 by wire, trace 9100051301 5567.\r\n"
            "Our confirmation # 9100051302.\r\nCall 0800 9100051 400 if needed.")
    assert refs(view, body)[0] == ["9100051234"]


def test_numbers_in_brackets_after_the_invoices_they_name():
    assert read_bare("The two oldest ones (7731 and 7802) go out Thursday.") == ["INV/2025/07731", "INV/2025/07802"]
    assert read_bare("We ordered 3 boxes (7731 and 7802) today.") == []


@pytest.mark.parametrize("text", [
    "Payment No: 0007731 dated 11/04/2026",
    "Supplier no.: 7802",
    "High Court, Insolvency List, No. 8015 of 2026",
    "Transaction # 7731",
])
def test_labelled_numbers_that_are_not_invoices(text):
    assert [m for m in find_reference_candidates(text) if m.kind != "po"] == []


def test_an_unknown_sender_answering_our_reminder_is_the_customer_it_was_sent_to(view):
    body = ("will pay the 1302 one friday\r\n\r\n"
            "On Mon, 9 Nov 2026 at 09:00, Credit Control <ar@supplier.example> wrote:\r\n"
            "> Dear Pinecrest Fabrication,\r\n> Invoice 9100051302 is overdue.\r\n")
    u = understand(email(body, sender="sam.home@gmail.com"), view)
    assert u.identification.customer_id == "C1" and u.identification.method == "quoted_reminder"
    assert u.invoice_refs == ()  # "1302" is not the end of a run of 9100051302's digits
    body = body.replace("the 1302 one", "the 9100051302 one")
    assert understand(email(body, sender="sam.home@gmail.com"), view).invoice_refs == ("9100051302",)


def test_a_sellers_code_before_the_invoice_prefix_is_one_reference():
    found = [(m.text, m.kind) for m in find_reference_candidates(
        "Please settle invoices MLS/INV/26-01050 and MLS/INV/26-01062 first.")]
    assert found == [("MLS/INV/26-01050", "invoice"), ("MLS/INV/26-01062", "invoice")]


def test_digit_groups_without_the_letters_resolve_among_the_customers_invoices():
    index = ReferenceIndex(["MLS/INV/26-01226", "MLS/INV/26-01227"], customer=True)
    [m] = find_reference_candidates("26-01226 outstanding balance will be paid by month end.")
    assert index.resolve(m).invoice_number == "MLS/INV/26-01226"


@pytest.mark.parametrize(("written", "expected"), [
    ("inv 4302", "BH204302"),  # the tail of a run of digits
    ("invoice 841", "BH204841"),
    ("inv 4301", None),  # ends no invoice of this customer
    ("invoice 02", None),  # too short to say
])
def test_the_tail_of_a_digit_run_names_one_invoice(written, expected):
    index = ReferenceIndex(["BH204302", "BH204841", "BH204116"], customer=True)
    assert index.resolve(mention(written)).invoice_number == expected


def test_the_balance_on_a_number_is_a_reference_not_an_amount():
    assert read_bare("I paid the balance on 7802 last week.") == ["INV/2025/07802"]


def test_a_pair_written_with_a_slash_is_two_invoices():
    assert read_bare("malgré nos échanges sur la double facturation de la 7731/7802, vous relancez") == [
        "INV/2025/07731", "INV/2025/07802"]


def test_two_capitals_before_five_digits_are_a_zip_code_only_for_a_us_state():
    assert [b.mention.text for b in find_bare_numbers("heute haben wir die RE 18535 angewiesen")] == ["18535"]
    assert find_bare_numbers("1401 25th Ave S, Fargo, ND 58103") == []


# --- Italian, Dutch, Portuguese and Catalan invoice words ---------------------------------

def read_labelled(text, numbers=CUSTOMER):
    index = ReferenceIndex(numbers, customer=True)
    return [r.invoice_number for r in (index.resolve(m) for m in find_reference_candidates(text))
            if r.invoice_number]


@pytest.mark.parametrize(("text", "expected"), [
    ("la fattura 7802 l'abbiamo già saldata", ["INV/2025/07802"]),
    ("Le fatture 7731 e 8015 le paghiamo a fine mese.", ["INV/2025/07731", "INV/2025/08015"]),
    ("Factuur nr. 8150 betalen we volgende week.", ["INV/2025/08150"]),
    ("De facturen 7731 en 7802 zijn goedgekeurd.", ["INV/2025/07731", "INV/2025/07802"]),
    ("A fatura n.º 7802 foi paga ontem.", ["INV/2025/07802"]),
    ("Die faktuur 8015 sal Vrydag betaal word.", ["INV/2025/08015"]),
    ("La factura núm. 7731 la pagarem divendres.", ["INV/2025/07731"]),
    ("La factura INV 2025 7731 se abonará el lunes.", ["INV/2025/07731"]),  # typed with spaces
])
def test_invoice_words_of_more_languages(text, expected):
    assert read_labelled(text) == expected


@pytest.mark.parametrize("text", [
    "Graag een offerte, zelfde model als bestelbon 7731.",  # an order, not an invoice
    "Il nostro conto 7802 presso la banca è cambiato.",  # an account
    "BTW-nummer 8015 7731 op de factuur vermelden aub.",
    "la fattura di EUR 1 234,00 è corretta",  # an amount in groups after a currency
])
def test_numbers_beside_those_words_that_are_not_invoices(text):
    assert read_labelled(text) == []


def test_a_currency_letter_glued_to_an_amount_in_groups_is_no_reference():
    assert find_reference_candidates("the November one for R401 719,05 is still open") == []
    assert [m.text for m in find_reference_candidates("invoice R-401882 is still open")] == ["R-401882"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Per la 7731 e la 7802 aspettiamo la nota di credito.", ["INV/2025/07731", "INV/2025/07802"]),
    ("Il saldo della 8015 lo paghiamo lunedì.", ["INV/2025/08015"]),  # "della": the invoice, not a balance of 8015
    ("Pour la 7802 j'ai fait le virement hier.", ["INV/2025/07802"]),  # "j'ai", not "7802 j" (days)
    ("Voor de 8150 volgt de betaling vrijdag.", ["INV/2025/08150"]),
])
def test_numbers_alone_in_more_languages(text, expected):
    assert read_bare(text) == expected


def test_a_round_hundred_closing_a_list_in_brackets_after_invoices():
    numbers = ["FAC26-00404", "FAC26-00700", "FAC26-00815"]
    assert read_bare("Je vous règle les 2 factures (404 et 700) dès la réouverture.", numbers) == [
        "FAC26-00404", "FAC26-00700"]
    assert read_bare("Je vous règle les 2 factures (404 et 700 euros) en avril.", numbers) == ["FAC26-00404"]
    assert read_bare("On vous verse 700 la semaine prochaine, puis le reste.", numbers) == []
    assert read_bare("Les 2 factures (404 et 815) partent lundi.", numbers) == ["FAC26-00404", "FAC26-00815"]


# --- Belgian structured communications --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the invoice's digits in the communication: 2025 + 07731
    ("Virement effectué avec la communication +++202/5077/31065+++.", "INV/2025/07731"),
    ("Betaald met mededeling ***202/5080/15092*** vanmorgen.", "INV/2025/08015"),
    # the last digit run, with its zeros
    ("communication structurée +++042/6007/73127+++", "INV/2025/07731"),
    # holds no invoice number of this customer
    ("communication +++412/0000/00785+++", None),
])
def test_a_structured_communication_names_the_invoice_it_holds(text, expected):
    [m] = find_reference_candidates(text)
    assert m.kind == "structured"
    assert ReferenceIndex(CUSTOMER, customer=True).resolve(m).invoice_number == expected
    # across the whole ledger the digits prove nothing
    assert ReferenceIndex(CUSTOMER).resolve(m).invoice_number is None


def test_a_structured_communication_with_a_wrong_check_is_nothing():
    assert find_reference_candidates("communication +++202/5077/31067+++") == []


def test_a_structured_communication_holding_two_invoices_is_ambiguous():
    index = ReferenceIndex(["INV/2025/07731", "AB/0250/77310"], customer=True)
    [m] = find_reference_candidates("communication +++202/5077/31065+++")
    assert index.resolve(m).method == "ambiguous"


# --- remittance lines --------------------------------------------------------------------

def remitted(text):
    from inbox.remittance import find_remittance_lines
    return [(ln.reference.text, ln.paid_amount, ln.deduction_amount) for ln in find_remittance_lines(text)]


D = Decimal


@pytest.mark.parametrize(("text", "expected"), [
    # numbers written alone, each right before its amount
    ("Sent by EFT this morning:\n7731 - $1,250.00\n7802 - $430.10\n",
     [("7731", D("1250.00"), None), ("7802", D("430.10"), None)]),
    ("We settled 7731 (£310.00) and 7802 (£95.50) today.", [("7731", D("310.00"), None), ("7802", D("95.50"), None)]),
    # the deduction explained in brackets after the amount paid: the amount is what was paid
    ("INV-7731  $980.00 (less $20.00 for the dented panel)", [("INV-7731", D("980.00"), D("20.00"))]),
    ("fattura INV-7802 – EUR 1.200,00 (trattenute EUR 12,00 spese bancarie)", [("INV-7802", D("1200.00"), D("12.00"))]),
    # the paid word after the amount
    ("Rechnung INV-8015 haben wir mit EUR 980,00 bezahlt, abzüglich 2 % Skonto (EUR 20,00).",
     [("INV-8015", D("980.00"), D("20.00"))]),
    ("Fattura INV-8150 – importo € 500,00 – sconto € 10,00 – pagato € 490,00", [("INV-8150", D("490.00"), D("10.00"))]),
    ("Factuur INV-7731 - 700,00 € - betaald 650,00 € (korting 50,00 €)", [("INV-7731", D("650.00"), D("50.00"))]),
    # a return note after the amounts does not make them shared
    ("Fatura INV-7802 - 300,00 € - pago 280,00 € (guia de devolução GD-0931)",
     [("INV-7802", D("280.00"), None), ("GD-0931", None, None)]),
    # a "less" line under an invoice line reduces it
    ("Invoice INV-7731   EUR 1,000.00\nless your credit note CN-0044   EUR -150.00\n",
     [("INV-7731", D("850.00"), D("150.00"))]),
])
def test_remittance_lines_in_more_shapes(text, expected):
    assert remitted(text) == expected


@pytest.mark.parametrize("text", [
    "Invoice INV-7731 is on hold until the rate is confirmed.",
    "Les factures 7731 et 7802 suivront au prochain cycle.",
    "INV-8015 will follow with our April run.",
    "Invoice 7802 is in approval and will be on a later check.",
    "Die Rechnung INV-8150 bezahlen wir nicht: es fehlen zwei Kisten.",
    "La factura INV-7731 no la vamos a pagar: nos cobran 14,80 €/ud y el precio pactado es 12,95 €/ud.",
])
def test_a_line_about_an_invoice_not_paid_now_is_no_remittance_line(text):
    assert remitted(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # still lines: no "not now" in them, or an amount paid
    ("We will pay INV-7731 next week", [("INV-7731", None, None)]),
    ("INV-7802 paid 120.00, the rest will follow", [("INV-7802", D("120.00"), None)]),
    # a number alone before an amount but with nothing making it a reference
    ("we ordered 120 - $1,250.00 worth of panels", []),
    ("Room 1402 - $1,250.00 per night", []),
])
def test_lines_that_stay_as_they_were(text, expected):
    assert remitted(text) == expected


@pytest.mark.parametrize(("header", "reference", "paid"), [
    (["PO number", "Invoice", "Gross", "Net paid"], "INV-7731", D("95.00")),
    (["Document no.", "Reference", "Gross amount", "Net amount"], "INV-7731", D("95.00")),
    (["N° mandat", "Fournisseur", "N° facture", "Montant TTC"], "INV-7731", D("100.00")),
    (["payment_id", "invoice", "amount_paid", "adjustment"], "INV-7731", D("100.00")),
    (["Factuurnummer", "Inkoopordernummer", "Factuurbedrag", "Betaald bedrag"], "INV-7731", D("95.00")),
    (["facture", "montant_ttc", "retenue", "montant_regle"], "INV-7731", D("95.00")),
])
def test_remittance_table_headers(header, reference, paid):
    from inbox.remittance import rows_to_remittance_lines
    first = {"PO number": "4500012345", "Document no.": "5100043321", "N° mandat": "2026-004512",
             "payment_id": "ACH-7781"}.get(header[0], "INV-7731")
    rows = {4: [first, "INV-7731", "100.00", "95.00"]}[len(header)]
    if header[0] == "N° mandat":
        rows = [first, "ACME SA", "INV-7731", "100.00"]
    elif header[0] == "payment_id":
        rows = [first, "INV-7731", "100.00", "-5.00"]
    elif header[0] == "facture":
        rows = ["INV-7731", "100,00", "5,00", "95,00"]
    elif header[0] == "Factuurnummer":
        rows = ["INV-7731", "VL-1972", "100.00", "95.00"]
    [line] = rows_to_remittance_lines([header, rows])
    assert (line.reference.text, line.paid_amount) == (reference, paid)


def test_an_amount_cell_with_a_remark_in_brackets():
    from inbox.remittance import find_remittance_lines
    text = "Facture      | Montant | Réglé\nINV-7731     | 900,00  | 250,00 (acompte)\n"
    assert [(ln.reference.text, ln.paid_amount) for ln in find_remittance_lines(text)] == [("INV-7731", D("250.00"))]


@pytest.mark.parametrize(("text", "expected"), [
    # the communication beside the invoice on its line is the payment's, not a second reference
    ("Facture INV-7731 – communication +++202/5077/31065+++ – 1.200,00 EUR", [("INV-7731", D("1200.00"), None)]),
    # a "less" line naming what is left
    ("Paid today:\n7731 - USD 1,000.00\nless USD 15 bank charges, net credited USD 985.00\n",
     [("7731", D("985.00"), D("15"))]),
    # a bracketed remark with a date in it before the deduction
    ("- 7802: EUR 2'000.00 (Preisdifferenz gemäss Mail vom 22.10. abgezogen: EUR 150.00)",
     [("7802", D("2000.00"), D("150.00"))]),
])
def test_remittance_lines_beside_communications_and_charges(text, expected):
    assert remitted(text) == expected


def test_a_less_line_that_does_not_add_up_is_left_alone():
    text = "Paid today:\n7731 - USD 1,000.00\nless USD 15 bank charges, net credited USD 990.00\n"
    assert remitted(text)[0] == ("7731", D("1000.00"), None)


@pytest.mark.parametrize("numbers", [["INV-000001", "INV-004711"], ["FA-00012", "FA-04711"]])
def test_a_structured_communication_of_zeros_names_no_small_invoice(numbers):
    # ten digits 0000001234: a padded customer number, not invoice 1 or 12
    [m] = find_reference_candidates("paid with communication +++000/0001/23470+++")
    assert ReferenceIndex(numbers, customer=True).resolve(m).invoice_number is None


@pytest.mark.parametrize(("text", "expected"), [
    # "en" + a year is "in", not the Dutch "and" of a list
    ("La factura 5530 en 2025 ya quedó abonada.", ["5530"]),
    ("Nous avons réglé la facture 5530 en 2026.", ["5530"]),
    # the Dutch list goes on
    ("Factuur 5530 en 5531 betalen we morgen.", ["5530", "5531"]),
])
def test_en_before_a_year_ends_an_invoice_list(text, expected):
    assert [m.text for m in find_reference_candidates(text)] == expected


@pytest.mark.parametrize("text", [
    "EFT 774120 - $2,480.10",
    "Remittance 774120: $2,480.10",
    "Voucher 774120 – $2,480.10",
])
def test_the_number_of_the_payment_itself_is_no_remitted_invoice(text):
    assert remitted(text) == []


def test_a_number_alone_before_its_amount_is_still_remitted():
    assert remitted("774120 - $2,480.10") == [("774120", D("2480.10"), None)]
    assert [b.mention.text for b in find_bare_numbers("We'll run 5232 with Thursday's batch.")] == ["5232"]


@pytest.mark.parametrize("text", [
    "De levering van 240 dozen is eindelijk binnen.",
    "Per la consegna di 180 pezzi aspettiamo la nota di credito.",
    "O pagamento das 320 caixas segue na sexta.",
    "Die aflewering van 150 bokse het gister aangekom.",
])
def test_a_count_of_goods_in_the_new_languages_is_no_bare_invoice(text):
    assert [b.mention.text for b in find_bare_numbers(text)] == []


def test_a_bare_invoice_after_van_is_still_read():
    assert [b.mention.text for b in find_bare_numbers("De betaling van 4417 volgt vrijdag.")] == ["4417"]
