"""Bank file readers on small inline files: detection, fields, CSV mappings, zip safety, clean refusals."""
from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from ledger.errors import InputError, Problem
from matching.bankfiles.amounts import parse_amount
from matching.bankfiles.archive import zip_members
from matching.bankfiles.csvfile import CsvMapping, sniff_mapping
from matching.bankfiles.detect import detect_format
from matching.bankfiles.mt940 import structured_details
from matching.bankfiles.reader import read_bank_file

MT940 = (
    ":20:STMT1\r\n:25:NL91ABNA0417164300\r\n:28C:1/1\r\n:60F:C260301EUR1000,00\r\n"
    ":61:2603020302C250,00NTRFNONREF//B1\r\n"
    ":86:/CNTP/NL57ABNA0876543211/ABNANL2A/Acme Ltd///REMI/USTD//INV-1001/\r\n"
    ":62F:C260302EUR1250,00\r\n-"
)
MT942 = ":20:R1\n:25:ACC1\n:28C:1/1\n:34F:EURD0,00\n:13D:2603021730+0100\n:61:2603020302D0,42NMSCNONREF\n"


def camt(version: str, body: str, message: str = "BkToCstmrStmt", block: str = "Stmt") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:{version}"><{message}>'
        f"<GrpHdr><MsgId>1</MsgId></GrpHdr><{block}><Id>S1</Id>"
        f"<Acct><Id><IBAN>CH9300762011623852957</IBAN></Id><Ccy>CHF</Ccy></Acct>{body}</{block}>"
        f"</{message}></Document>"
    ).encode()


CREDIT_NTRY = (
    '<Ntry><Amt Ccy="CHF">1500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd>'
    "<Sts><Cd>PDNG</Cd></Sts><BookgDt><DtTm>2026-03-02T10:00:00</DtTm></BookgDt><ValDt><Dt>2026-03-03</Dt></ValDt>"
    "<AcctSvcrRef>BANK-REF-1</AcctSvcrRef><NtryDtls><TxDtls>"
    "<RltdPties><Dbtr><Pty><Nm>Acme Ltd</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>"
    "<Cdtr><Nm>Us GmbH</Nm></Cdtr></RltdPties>"
    "<RmtInf><Ustrd>Invoice INV-1001</Ustrd><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>"
    "</TxDtls></NtryDtls></Ntry>"
)
BAI2 = (
    "01,BANK,CUST,260302,1200,1,80,1,2/\n02,CUST,BANK,1,260302,,USD,2/\n03,12345,USD,010,100000,,/\n"
    "16,195,123456,Z,BREF1,CREF1,WIRE FROM ACME\n88,INV-1001/\n16,475,2500,Z,,,CHECK/\n49,225956,4/\n"
    "98,225956,1,6/\n99,225956,1,8/\n"
)
OFX_SGML = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0"
    "<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>99<ACCTTYPE>CHECKING</BANKACCTFROM>"
    "<BANKTRANLIST><DTSTART>20260301<DTEND>20260331<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260302<TRNAMT>250.00"
    "<FITID>F1<REFNUM>R77<NAME>ACME LTD<MEMO>INV-1001</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>250.00"
    "<DTASOF>20260331</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
)
OFX_XML = (
    '<?xml version="1.0" encoding="UTF-8"?><?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE"?>'
    + OFX_SGML.split("\n\n", 1)[1].replace("<TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>", "")
)


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (MT940.encode(), None, "mt940"),
        (MT942.encode(), None, "mt942"),
        (camt("camt.053.001.02", CREDIT_NTRY), None, "camt053"),
        (camt("camt.052.001.08", CREDIT_NTRY, "BkToCstmrAcctRpt", "Rpt"), None, "camt052"),
        (camt("camt.054.001.04", CREDIT_NTRY, "BkToCstmrDbtCdtNtfctn", "Ntfctn"), None, "camt054"),
        (camt("camt.053.001.02", "").replace(b' xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"', b""), None, "camt053"),
        (BAI2.encode(), None, "bai2"),
        (OFX_SGML.encode(), None, "ofx"),
        (OFX_XML.encode(), None, "ofx"),
        (b"Date;Betrag;Waehrung\n02.03.2026;-1,50;EUR\n", None, "csv"),
        (b"\x00\x01\x02 binary junk", None, "unknown"),
        (b"just some text", "statement.sta", "mt940"),
        (zipped({"a.xml": camt("camt.053.001.04", CREDIT_NTRY)}), "statements.zip", "camt053"),
    ],
)
def test_detect_format_by_content_then_extension(data, filename, expected):
    assert detect_format(data, filename) == expected


def test_mt940_entry_fields_from_structured_details():
    result = read_bank_file(MT940.replace("\r\n", "\r").encode("cp1252"), "ing.sta")  # CR-only line endings
    (entry,) = result.entries
    assert (entry.amount, entry.credit, entry.currency) == (Decimal("250.00"), True, "EUR")
    assert (entry.value_date, entry.booking_date) == (date(2026, 3, 2), date(2026, 3, 2))
    assert (entry.payer_name, entry.payer_account, entry.reference) == ("Acme Ltd", "NL57ABNA0876543211", "INV-1001")
    assert entry.bank_reference == "B1"
    assert entry.raw.startswith(":61:2603020302C250,00")
    (statement,) = result.statements
    assert (statement.opening_balance, statement.closing_balance) == (Decimal("1000.00"), Decimal("1250.00"))


def test_structured_details_of_ing_86():
    assert structured_details("/EREF/E2E-1//CNTP/NL57ABNA0876543211/ABNANL2A/B Bert///REMI/USTD//Invoice 7/") == {
        "account": "NL57ABNA0876543211", "name": "B Bert", "reference": "Invoice 7 E2E-1",
    }
    assert structured_details("plain text") == {}


def test_camt_credit_counterparty_is_the_debtor_with_refs_status_and_reversal():
    result = read_bank_file(camt("camt.053.001.08", CREDIT_NTRY), "stmt.xml")
    (entry,) = result.entries
    assert result.format == "camt053" and result.problems == ()
    assert (entry.amount, entry.credit, entry.currency) == (Decimal("1500.00"), True, "CHF")
    assert (entry.payer_name, entry.payer_account) == ("Acme Ltd", "DE89370400440532013000")
    assert entry.reference == "RF18539007547034 | Invoice INV-1001"
    assert (entry.bank_reference, entry.status, entry.reversal) == ("BANK-REF-1", "pending", True)
    assert (entry.booking_date, entry.value_date) == (date(2026, 3, 2), date(2026, 3, 3))
    assert result.statements[0].account == "CH9300762011623852957"


def test_camt_debit_counterparty_is_the_creditor():
    body = CREDIT_NTRY.replace("CRDT", "DBIT")
    (entry,) = read_bank_file(camt("camt.053.001.02", body), "stmt.xml").entries
    assert (entry.credit, entry.payer_name, entry.payer_account) == (False, "Us GmbH", None)


def test_camt_refuses_entity_declarations():
    evil = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>'
    with pytest.raises(InputError, match=r"^evil.xml: XML with a DOCTYPE"):
        read_bank_file(evil, "evil.xml", fmt="camt053")


def test_bai2_amounts_are_minor_units_and_88_continues_the_text():
    result = read_bank_file(BAI2.encode(), "cash.bai2")
    credit, debit = result.entries
    assert (credit.amount, credit.credit, credit.currency) == (Decimal("1234.56"), True, "USD")
    assert credit.reference == "CREF1 WIRE FROM ACME INV-1001" and credit.bank_reference == "BREF1"
    assert (debit.amount, debit.credit) == (Decimal("25.00"), False)


def test_bai2_bad_control_total_is_a_problem_not_a_rejection():
    result = read_bank_file(BAI2.replace("49,225956,4/", "49,999,4/").encode(), "cash.bai2")
    assert len(result.entries) == 2
    assert "control totals do not match" in result.problems[0].message


@pytest.mark.parametrize("text", [OFX_SGML, OFX_XML])
def test_ofx_fields(text):
    result = read_bank_file(text.encode(), "bank.ofx")
    (entry,) = result.entries
    assert (entry.amount, entry.credit, entry.currency) == (Decimal("250.00"), True, "USD")
    assert (entry.payer_name, entry.reference, entry.bank_reference) == ("ACME LTD", "INV-1001 R77", "F1")
    assert entry.booking_date == date(2026, 3, 2)
    assert result.statements[0].account == "99"


def test_csv_mapping_reports_a_bad_row_by_file_line_and_column():
    data = (
        "Datum;Empfänger;Betrag;Verwendungszweck\n"
        "02.03.2026;Acme Ltd;1.234,56;INV-1001\n"
        "03.03.2026;Beta SAS;12..34;INV-1002\n"
        "04.03.2026;Gamma;-4,50;Gebühr\n"
    ).encode("cp1252")
    mapping = CsvMapping(
        date="Datum", amount="Betrag", name="Empfänger", reference="Verwendungszweck",
        delimiter=";", decimal=",", thousands=".", date_format="%d.%m.%Y", default_currency="EUR",
    )
    result = read_bank_file(data, "umsatz.csv", csv_mapping=mapping)
    assert [(e.amount, e.credit) for e in result.entries] == [(Decimal("1234.56"), True), (Decimal("4.50"), False)]
    assert result.problems == (Problem("umsatz.csv:3", "betrag", "'12..34' is not an amount; row skipped"),)
    assert str(result.problems[0]) == 'umsatz.csv:3: column "betrag": \'12..34\' is not an amount; row skipped'
    first = result.entries[0]
    assert (first.booking_date, first.payer_name, first.reference, first.currency) == (
        date(2026, 3, 2), "Acme Ltd", "INV-1001", "EUR")


def test_csv_mapping_naming_a_missing_column_is_refused():
    with pytest.raises(InputError, match=r'^x.csv: column "Amount" \(amount\) not in the header'):
        read_bank_file(b"Date,Value\n2026-03-02,1\n", "x.csv", csv_mapping=CsvMapping(amount="Amount"))


@pytest.mark.parametrize(
    ("text", "credits", "debits"),
    [
        ("Date,Description,Amount,Currency\n2026-03-02,Acme,\"1,200.00\",USD\n2026-03-03,Fee,-5.00,USD\n",
         ["1200.00"], ["5.00"]),
        ("Buchungstag;Verwendungszweck;Soll;Haben;Währung\n02.03.2026;Miete;1.234,56;;EUR\n03.03.2026;Gehalt;;3.500,00;EUR\n",
         ["3500.00"], ["1234.56"]),
        ("Date opération;Libellé;Débit;Crédit;Devise\n02/03/2026;Loyer;1234,56;;EUR\n05/03/2026;Salaire;;3500,00;EUR\n",
         ["3500.00"], ["1234.56"]),
        ("Fecha;Concepto;Importe;Moneda\n02/03/2026;Alquiler;-1.234,56;EUR\n05/03/2026;Nómina;3.500,00;EUR\n",
         ["3500.00"], ["1234.56"]),
    ],
    ids=["en", "de", "fr", "es"],
)
def test_csv_sniffs_common_headers(text, credits, debits):
    result = read_bank_file(text.encode(), "export.csv")
    assert [str(e.amount) for e in result.entries if e.credit] == credits
    assert [str(e.amount) for e in result.entries if not e.credit] == debits
    assert all(e.booking_date is not None for e in result.entries)
    assert result.problems == ()


def test_sniffed_mapping_finds_the_header_below_a_preamble():
    mapping = sniff_mapping("Account:,123\n\nTransaction Date,Reference,Debit Amount,Credit Amount\n")
    assert (mapping.skip_rows, mapping.date, mapping.debit, mapping.credit) == (
        2, "transaction date", "debit amount", "credit amount")


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("-1.234,56 €", ",", "-1234.56"), ("$1,234.56", ".", "1234.56"), ("+ $73.01", ".", "73.01"),
        ("- $12.01", ".", "-12.01"), ("11'373.94", ".", "11373.94"), ("(5.00)", ".", "-5.00"),
        ("000000000300.00", ".", "300.00"), ("1,525", ".", "1525"), ("", ".", None),
    ],
)
def test_parse_amount(text, decimal, expected):
    result = parse_amount(text, decimal)
    assert result == (Decimal(expected) if expected is not None else None)


@pytest.mark.parametrize(("text", "decimal"), [("12..34", "."), ("1.234,56", "."), ("12,,5", ","), ("abc", "."), ("-", ".")])
def test_parse_amount_refuses_garbled_numbers(text, decimal):
    with pytest.raises(ValueError, match="is not an amount"):
        parse_amount(text, decimal)


def test_zip_bomb_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("statement.xml", "w") as member:
            for _ in range(60):
                member.write(b"\0" * (1024 * 1024))  # 60 MB of zeros, ~60 KB compressed
    with pytest.raises(InputError, match=r"^bomb.zip: zip member statement.xml inflates beyond the allowed size"):
        read_bank_file(buffer.getvalue(), "bomb.zip")


def test_zip_with_too_many_members_is_refused():
    data = zipped({f"s{n}.xml": b"<x/>" for n in range(5)})
    with pytest.raises(InputError, match=r"^many.zip: zip archive has 5 members, more than the 3 allowed"):
        zip_members(data, "many.zip", max_members=3)


def test_zip_of_camt_statements_reads_every_member():
    data = zipped({"a.xml": camt("camt.053.001.02", CREDIT_NTRY), "b.xml": camt("camt.053.001.02", CREDIT_NTRY)})
    result = read_bank_file(data, "statements.zip")
    assert [e.entry_index for e in result.entries] == [0, 1] and len(result.statements) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty.txt: empty file"),
        (b" \r\n\r\n", "empty.txt: empty file"),
        (b"\x00\x01\x02\xff binary junk", "empty.txt: not a bank statement in a supported format"),
        (b"<html><body>Hello</body></html>", "empty.txt: not a bank statement in a supported format"),
        (zipped({"readme.txt": b"hello"}), "empty.txt: zip archive without a bank statement inside"),
    ],
)
def test_unreadable_input_is_refused_with_the_file_name(data, message):
    with pytest.raises(InputError) as error:
        read_bank_file(data, "empty.txt")
    assert str(error.value).startswith(message)
