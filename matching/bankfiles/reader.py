"""Read any supported bank file: detect the format, hand the bytes to its reader.

Pure: bytes in, `BankFile` out. Bad content raises only `InputError`, with a
message naming the file and what is wrong; recoverable issues are in
`BankFile.problems`. This is the one entry point the import service calls.
"""
from __future__ import annotations

from ledger.errors import InputError
from matching.bankfiles.archive import is_zip, zip_members
from matching.bankfiles.bai2 import read_bai2
from matching.bankfiles.camt import read_camt
from matching.bankfiles.csvfile import CsvMapping, read_csv
from matching.bankfiles.detect import FORMATS, detect_format
from matching.bankfiles.mt940 import read_mt940
from matching.bankfiles.ofx import read_ofx
from matching.bankfiles.records import BankFile


def read_bank_file(
    data: bytes,
    filename: str | None = None,
    fmt: str | None = None,
    csv_mapping: CsvMapping | None = None,
) -> BankFile:
    """Parse a bank statement / payment file of any supported format."""
    source = filename or "<bank file>"
    if not data or not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(f"{source}: empty file")
    if fmt is None:
        fmt = "csv" if csv_mapping is not None and not is_zip(data) else detect_format(data, filename)
    if fmt not in FORMATS:
        if fmt == "zip":
            zip_members(data, source)  # a zip bomb or broken archive says so first
            raise InputError(f"{source}: zip archive without a bank statement inside")
        raise InputError(
            f"{source}: not a bank statement in a supported format "
            f"(MT940/MT942, camt.052/053/054, BAI2, OFX/QFX or CSV)"
        )
    if fmt.startswith("camt"):
        documents = zip_members(data, source) if is_zip(data) else [(source, data)]
        documents = [(f"{source}:{name}" if name != source else name, member) for name, member in documents]
        if not documents:
            raise InputError(f"{source}: empty zip archive")
        return read_camt(documents)
    if is_zip(data):
        raise InputError(f"{source}: zip archives are read for camt files only")
    if fmt in ("mt940", "mt942"):
        return read_mt940(data, source, fmt)
    if fmt == "bai2":
        return read_bai2(data, source)
    if fmt == "ofx":
        return read_ofx(data, source)
    return read_csv(data, source, csv_mapping)
