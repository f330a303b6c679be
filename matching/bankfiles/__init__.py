"""Readers for bank statement and payment files (MT940/942, camt.052/053/054, BAI2, OFX, CSV).

Pure: bytes in, `BankStatement` records out; no database.
"""
