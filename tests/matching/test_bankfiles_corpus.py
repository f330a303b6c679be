"""Every file of the bank corpus through read_bank_file, against the independent figures in EXPECTED.csv.

The corpus lives outside the repo: $ARBOX_CORPUS_DIR, default ../shared/corpus
relative to the repository root. Where EXPECTED.csv has figures they must match
exactly; where the reference parser rejected a file (empty figures) the test
pins what arbox decided: a clean InputError, or a parse whose figures were
checked against a raw text count of the entry tags.
"""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from ledger.errors import InputError
from matching.bankfiles.csvfile import CsvMapping
from matching.bankfiles.reader import read_bank_file
from tests.conftest import corpus_root

CORPUS = corpus_root() / "bank"
EXPECTED = CORPUS / "EXPECTED.csv"

# Files no sniffing can read right: no header row, or a sign convention the file cannot show.
CSV_MAPPINGS = {
    "csv/csv2ofx/mint_headerless.csv": CsvMapping(
        header=False, date=0, amount=3, direction=4, name=1, reference=2, default_currency="USD"
    ),
    "csv/oca-bank-statement-import/original_currency_no_header.csv": CsvMapping(
        header=False, date=0, reference=1, currency=2, amount=3, name=5
    ),
    # Card export: charges are positive.
    "csv/csv2ofx/pcmastercard.csv": CsvMapping(
        date="Date", amount="Amount", name="Merchant Name", sign_convention="debit_positive", default_currency="CAD"
    ),
    # Ledger view: "Debit" holds money in, "Credit" money out, with stray signs.
    "csv/oca-bank-statement-import/debit_credit_amount.csv": CsvMapping(
        date="Date", credit="Debit", debit="Credit", name="Partner Name", account="Bank Account",
        reference="Label", sign_convention="by_column",
    ),
}

# Decisions for the files the reference parser rejected (or whose count is 0 but we refuse them).
# InputError: the file is refused, the message must contain the text given.
REJECTED = {
    # Cut short after the 03 account record: no 49/98/99 trailers.
    "bai2/dnsbty-bai2/test3.bai": "file ends before the account is closed",
    # The bai2 package glues the 88 continuation of an 03 summary onto the previous type code.
    "bai2/moov-io-bai2/sample2.txt": "Type code '190500000' is not supported",
    "bai2/moov-io-bai2/errors/sample-parseError.txt": "not a BAI2 file",
    "camt052/viafintech-camt_parser/052/valid_namespace.xml": "no camt.052/053/054 message",
    "camt053/viafintech-camt_parser/053/valid_namespace.xml": "no camt.052/053/054 message",
    "camt053/viafintech-camt_parser/general/invalid_namespace.xml": "no camt.052/053/054 message",
    # :61: lines without a transaction type code: mt-940 merges them; refused rather than half-read.
    "mt940/fruitl00p-php-mt940/Zetb/sample": "read 1 of 8 :61: entry lines",
    # "EURO0,00" opening balance and a ":62F" tag without its colon.
    "mt940/jejik-mt940/lbbw2.txt": "malformed MT940 content",
    "mt940/wolph-mt940/self-provided/invalid_statement.sta": "not an MT940 statement",
    "mt942/svenstaro-mt940-rs/mt942/full/cmxl/mt942_1.sta": "empty file",
}

# Parsed although the reference parser rejected them: (entries, credits, credit sum, debits,
# debit sum, problems reported or not). Counts and sums agree with a raw text count of the entry tags.
PARSED = {
    # Several records per physical line, split first (26 "16" records in the raw text).
    "bai2/moov-io-bai2/sample3.txt": (26, 13, "397.13", 13, "594.18", True),
    # A garbled <Amt> "12..34": the entry is left out and reported.
    "camt053/bankstatementparser/golden/camt053_garbled_amount.xml": (0, 0, "0", 0, "0", True),
    # ASN / SNS: counterparty IBAN in the reference, name on the next line (mt-940's StatementASNB).
    "mt940/fruitl00p-php-mt940/Asn/sample": (3, 0, "0", 3, "2081.78", False),
    "mt940/wolph-mt940/ASNB/0708271685_09022020_164516.940.txt": (8, 3, "2828.90", 5, "2771.96", False),
    "mt940/zilverline-mt940/sns/sns.txt": (4, 4, "45012.45", 0, "0", False),
    # Old Rabobank: decimal-dot amounts, rewritten to the SWIFT comma (39 :61: lines).
    "mt940/fruitl00p-php-mt940/Rabo/sample": (39, 26, "1943308.78", 13, "592206.96", False),
    # Garbled :65: forward balance "Dnullnull7414,3": dropped and reported, the entry kept.
    "mt940/jejik-mt940/K4262927_20200905-080000-952.txt": (1, 1, "230.00", 0, "0", True),
    "mt940/jejik-mt940/oldenburgischelandesbank2.txt": (1, 1, "230.00", 0, "0", True),
    # OFX that ofxparse refuses strictly: read leniently, discarded transactions reported.
    "ofx/asgrim-ofxparser/ofxdata-banking-xml200.ofx": (0, 0, "0", 0, "0", True),
    "ofx/asgrim-ofxparser/ofxdata-selfclose.ofx": (5, 2, "700.00", 3, "115.00", True),
    "ofx/oca-bank-statement-import/test_ofx_wrong.ofx": (3, 0, "0", 3, "270", True),
    "ofx/ofxparse/ofx-v102-empty-tags.ofx": (0, 0, "0", 0, "0", True),
    "ofx/ofxparse/fail_nice/date_missing.ofx": (0, 0, "0", 0, "0", True),
    "ofx/ofxparse/fail_nice/decimal_error.ofx": (0, 0, "0", 0, "0", True),
    "ofx/ofxparse/fail_nice/empty_balance.ofx": (1, 1, "120", 0, "0", True),
}


def _rows() -> list[dict[str, str]]:
    if not EXPECTED.is_file():
        return []
    with EXPECTED.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()
needs_corpus = pytest.mark.skipif(not ROWS, reason=f"bank corpus not found at {CORPUS} (set ARBOX_CORPUS_DIR)")


def figures(entries) -> tuple:
    """(entries, credits, credit sum, debits, debit sum); zero amounts count in entries only."""
    credits = [e.amount for e in entries if e.credit and e.amount]
    debits = [e.amount for e in entries if not e.credit and e.amount]
    return (len(entries), len(credits), sum(credits, Decimal(0)), len(debits), sum(debits, Decimal(0)))


@needs_corpus
def test_every_reference_rejection_has_a_decision():
    rejected_by_reference = {r["file"] for r in ROWS if r["entries"] == ""}
    assert rejected_by_reference <= set(REJECTED) | set(PARSED)
    assert set(REJECTED) | set(PARSED) <= {r["file"] for r in ROWS}


@needs_corpus
@pytest.mark.parametrize("row", ROWS or [None], ids=[r["file"] for r in ROWS] or ["no-corpus"])
def test_corpus_file(row):
    file = row["file"]
    data = (CORPUS / file).read_bytes()
    mapping = CSV_MAPPINGS.get(file)
    if file in REJECTED:
        with pytest.raises(InputError) as error:
            read_bank_file(data, file, csv_mapping=mapping)
        assert REJECTED[file] in str(error.value)
        assert str(error.value).startswith(file + ":")
        return
    result = read_bank_file(data, file, csv_mapping=mapping)
    if file in PARSED:
        entries, credits, credit_sum, debits, debit_sum, reported = PARSED[file]
        expected = (entries, credits, Decimal(credit_sum), debits, Decimal(debit_sum))
        assert bool(result.problems) == reported, [str(p) for p in result.problems]
        assert all(p.source.startswith(file) for p in result.problems)
    else:
        expected = (
            int(row["entries"]), int(row["credits_count"]), Decimal(row["credits_sum"]),
            int(row["debits_count"]), Decimal(row["debits_sum"]),
        )
    assert figures(result.entries) == expected
    # An "MT942" that carries :60F:/:62F: balances and no :34F: floor limit reads as the MT940 it is.
    allowed = {"mt940", "mt942"} if row["format"].startswith("mt94") else {row["format"]}
    assert result.format in allowed
    assert [e.entry_index for e in result.entries] == list(range(len(result.entries)))
    assert all(e.amount >= 0 for e in result.entries)
