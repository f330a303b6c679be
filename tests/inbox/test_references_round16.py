"""Invoice numbers written alone that the rules missed: after a full stop ("... the ticket. 5521 is
approved"), a four-digit number that looks like a year after a feminine article ("die 2047", "la
2031"), the invoice "of" its amount ("a 1333 de 968,24 €"), a number opening a sentence followed by
"still"/"noch"/"toujours", and a coded number followed by its amount ("AB26/03301 euro 1.199,67").
And the near misses that must stay out: years, quantities, abbreviations, amounts.

The sentences are written for these tests, not taken from the labelled sets.
"""
from __future__ import annotations

import pytest

from inbox.references import (
    ReferenceIndex,
    find_bare_numbers,
    find_ending_references,
    find_reference_candidates,
)

CUSTOMER = ["RG26/02031", "RG26/02047", "RG26/05521", "RG26/01333", "RG26/04417", "RG26/01350",
            "RG26/02026", "RG26/02025", "RG26/784512", "RG26/784530"]


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


# --- the word before a full stop says nothing about the number after it --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Thanks for sending the ticket. 784512 is approved for payment.", ["RG26/784512"]),
    ("Sorry for the delay last week. 5521 will go out on Friday.", ["RG26/05521"]),
    ("Merci pour la copie reçue en octobre. 784530 sera réglée lundi.", ["RG26/784530"]),
    ("Danke für die Geduld seit Oktober! 4417 wird morgen bezahlt.", ["RG26/04417"]),
])
def test_number_opening_a_sentence_after_a_full_stop(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "Please quote ref. 4417 on the transfer.",       # an abbreviation: the label still counts
    "We need approx. 5521 more units next month.",
    "Tel. 0316 71 44 02, ticket 784512 closed.",     # a ticket number is no invoice
    "Delivered in week 5521 of the plan.",
])
def test_abbreviation_or_label_before_the_number_still_blocks(text):
    assert read_bare(text) == []


# --- a year-like number after a feminine article ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hallo, die 2047 überweisen wir am Freitag.", ["RG26/02047"]),
    ("ok, die 2031 überweis ich nächste Woche", ["RG26/02031"]),
    ("Buongiorno, la 2047 la paghiamo venerdì.", ["RG26/02047"]),
    ("Bonjour, on règle la 2031 demain.", ["RG26/02031"]),
    ("Pagaremos la 2047 el lunes.", ["RG26/02047"]),
])
def test_year_like_number_after_a_feminine_article(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "Wir zahlen seit 2025 pünktlich und auch in 2026.",
    "Depuis la crise de 2025, les prix ont augmenté.",
    "Since 2025 we have paid on time, and the 2026 budget is tight.",
    "Nel 2026 paghiamo tutto entro 60 giorni.",
    "El 2025 fue difícil, en la 2026 veremos.",
    "Die 2025 war ein gutes Jahr für uns.",           # article + year opening the sentence
    "La 2026 sarà una stagione difficile.",
])
def test_years_stay_years(text):
    assert read_bare(text) == []


def test_german_verb_after_the_number_is_no_plural_noun():
    # German nouns take a capital: "die 220 Kartons" is a quantity, "die 4417 überweis ich" a reference
    assert read_bare("die 4417 überweis ich morgen") == ["RG26/04417"]
    assert read_bare("die 4417 Kartons kommen morgen") == []
    assert read_bare("we shipped the 4417 crates") == []


# --- "the invoice of its amount" -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A 1333 de 968,24 € pago no fim do mês.", ["RG26/01333"]),
    ("La 4417 de 1.250,00 € se paga el viernes.", ["RG26/04417"]),
])
def test_number_of_an_amount(text, expected):
    assert read_bare(text) == expected


@pytest.mark.parametrize("text", [
    "Recebemos 1333 de 2000 caixas.",
    "Only 1350 of 2000 units arrived.",
    "A 1333 de 12 caixas chegou partida.",
])
def test_number_of_a_number_stays_a_count(text):
    assert read_bare(text) == []


# --- a number opening a sentence, then "still" ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("784512 is paid. 5521 still waiting on the credit note.", ["RG26/784512", "RG26/05521"]),
    ("Merci. 4417 toujours en attente de l'avoir.", ["RG26/04417"]),
    ("Danke. 5521 noch offen wegen der Gutschrift.", ["RG26/05521"]),
])
def test_number_opening_a_sentence_then_still(text, expected):
    assert read_bare(text) == expected


def test_round_hundred_opening_a_sentence_is_no_reference():
    assert read_bare("We ordered 1200 units. 1300 still missing from the pallet.",
                     CUSTOMER + ["RG26/01300"]) == []


# --- a coded number followed by its amount --------------------------------------------------

@pytest.mark.parametrize("text", [
    "a saldo delle fatture\nAB26/03301 euro 1.199,67\nAB26/03314 euro 447,05\n",
    "Paid today: AB26/03301 EUR 1,199.67 and AB26/03314 EUR 447.05",
    "Virement pour AB26/03301 € 1 199,67 et AB26/03314 € 447,05",
])
def test_code_followed_by_its_amount_is_read_exactly(text):
    found = find_reference_candidates(text)
    assert [(m.text, m.kind) for m in found] == [("AB26/03301", "exact"), ("AB26/03314", "exact")]
    index = ReferenceIndex(["AB26/03301", "AB26/03314", "AB26/03310"], customer=True)
    assert [index.resolve(m).invoice_number for m in found] == ["AB26/03301", "AB26/03314"]


def test_code_followed_by_its_amount_is_never_read_fuzzily():
    found = find_reference_candidates("AB26/03391 euro 1.199,67")
    index = ReferenceIndex(["AB26/03301"], customer=True)
    assert [index.resolve(m).invoice_number for m in found] == [None]


@pytest.mark.parametrize("text", [
    "ABC123 € is the unit price",      # no amount after the currency: the code is the amount
    "the HT1200 € total",
])
def test_code_glued_to_a_currency_or_decimals_is_not_kept(text):
    assert find_reference_candidates(text) == []
