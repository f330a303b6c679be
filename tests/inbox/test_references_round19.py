"""Round 19: invoice references in Danish/Swedish words, bare numbers a customer writes
around brackets, lists and verbs, "number - amount" advice lines, and forwarded headers."""
from inbox.references import find_bare_numbers, find_reference_candidates
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
