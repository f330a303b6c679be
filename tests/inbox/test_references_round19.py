"""Round 19: invoice references in Danish/Swedish words, bare numbers a customer writes
around brackets, lists and verbs, "number - amount" advice lines, and forwarded headers."""
import pytest

from inbox.analyse import LedgerView, understand
from inbox.identify import Directory
from inbox.references import ReferenceIndex, find_bare_numbers, find_reference_candidates
from inbox.remittance import find_remittance_lines


def _refs(text):
    return [m.text for m in find_reference_candidates(text) if m.kind == "invoice"]


def _cued(text):
    return [b.mention.text for b in find_bare_numbers(text) if b.cue]


def test_scandinavian_invoice_words():
    assert _refs("Fakt. 4671 betales ikke før vi har en løsning.") == ["4671"]
    assert _refs("alltså fakturorna 4572, 4658 och 4746, och att de hanteras") == ["4572", "4658", "4746"]
    assert _refs("fakturanr. 4417 og 4418 er betalt") == ["4417", "4418"]
    assert _refs("Fakturan 4417 är betald") == ["4417"]


def test_scandinavian_near_misses():
    assert _refs("fakta 4417 om produktet") == []
    assert _refs("vi har 40 palletanke") == []


def test_bare_numbers_in_brackets_lists_and_before_verbs():
    assert _cued("The November one (4540) is post-petition") == ["4540"]
    assert _cued("Le reste (4971) n'est pas encore échu") == ["4971"]
    assert _cued("für offene Rechnungen (z. B. 5093, 5195) 90 Tage") == ["5093", "5195"]
    assert _cued("Hi Aoife, 4299 (£1,950) is scheduled for our payment run") == ["4299"]
    assert _cued("Aoife,\n\n4318 and 4409 are for the cloud backup service.") == ["4318", "4409"]
    assert _cued("4394 looks like a duplicate. Can you cancel 4394 please?") == ["4394", "4394"]
    assert _cued("And could the 4948 be split over two months?") == ["4948"]
    assert _cued("I can see 724 and 820 are overdue.") == ["724", "820"]
    assert _cued("I can't find 1088 in our AP inbox") == ["1088"]


def test_bare_number_near_misses():
    assert _cued("We ordered 1200 (e.g. 400 units) last week") == []
    assert _cued("There are 240 in stock (e.g. 1200)") == []
    assert _cued("the 316 flanges arrived") == []
    assert _cued("between 100-150 units, pages 3 – 4") == []


def test_number_dash_amount_lines_are_an_advice():
    text = "Så er der betalt som lovet:\n4617 - 8.735,50\n4702 - 15.210,00\nI alt 23.945,50 kr.\n"
    lines = find_remittance_lines(text)
    assert [(ln.reference.text, str(ln.paid_amount)) for ln in lines] == [("4617", "8735.50"), ("4702", "15210.00")]
    assert find_remittance_lines("Pages 100 - 150 are missing\n") == []


# --- The customer of a forwarded message, from its own header lines -------------------------

_FWD_LEDGER = {"PC26-00101": "C1", "PC26-00102": "C2"}


@pytest.fixture(scope="module")
def forward_view() -> LedgerView:
    directory = Directory.build([("accounts@procleanfs.example", "C1"), ("ap@northbay.example", "C2")],
                                {"C1": "ProClean Facility Services Ltd", "C2": "Northbay Leisure Ltd"})
    return LedgerView(directory=directory, invoice_owner=dict(_FWD_LEDGER),
                      invoices_by_customer={"C1": ("PC26-00101",), "C2": ("PC26-00102",)},
                      invoice_currency={n: "GBP" for n in _FWD_LEDGER},
                      all_invoices=ReferenceIndex(_FWD_LEDGER), invoice_po={}, invoice_amounts={})


def forwarded(to_line: str) -> bytes:
    return ("From: Dean H <dean.h.1979@gmail.example>\r\nTo: AR <ar@supplier.example>\r\n"
            "Subject: Fwd: Notice to creditors\r\nDate: Tue, 10 Nov 2026 09:00:00 +0000\r\n"
            "Message-ID: <fwd@example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "FYI, see below - I think you should have had this directly.\r\n\r\n"
            "---------- Forwarded message ---------\r\n"
            "From: Joint Administrators <admin@ip-firm.example>\r\n"
            "Date: Mon, 9 Nov 2026 at 17:02\r\nSubject: Notice to creditors\r\n"
            f"To: {to_line}\r\n\r\n"
            "The company entered administration on 6 November 2026.\r\n").encode()


def test_a_forward_from_an_unknown_address_is_the_customer_its_headers_name(forward_view):
    u = understand(forwarded("Dean Hollis <accounts@procleanfs.example>"), forward_view)
    assert u.identification.customer_id == "C1"
    assert "forwarded message" in u.identification.explanation


def test_a_forward_whose_headers_name_no_customer_stays_unknown(forward_view):
    u = understand(forwarded("Dean Hollis <dean@elsewhere.example>"), forward_view)
    assert u.identification.customer_id is None
