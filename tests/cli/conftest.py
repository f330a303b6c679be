"""Fixtures for the CLI tests: a small two-customer ledger (GBP and EUR) and the remittance
advice that pays two of its invoices exactly."""
from __future__ import annotations

from pathlib import Path

import pytest

LEDGER = """customer_id,customer_name,contact_email,invoice_number,po_number,issue_date,due_date,currency,amount,open_amount
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00417,PO-1,2026-09-01,2026-10-01,GBP,1840.00,1840.00
C1,Harbour Foods Ltd,ap@harbour.test,INV-2026-00452,,2026-09-15,2026-10-15,GBP,612.50,612.50
C2,Boulangerie Martin SARL,compta@martin.test,F2026/0193,,2026-08-20,2026-09-19,EUR,960.00,960.00
"""
# Pays both of C1's invoices to the penny: the offline reader is sure of it.
REMITTANCE = """From: AP <ap@harbour.test>
To: ar@example.com
Subject: Remittance advice
Date: Wed, 18 Nov 2026 09:12:00 +0000
Message-ID: <rem-1@harbour.test>
Content-Type: text/plain; charset=utf-8

Hello, we paid the following invoices today by BACS:

INV-2026-00417   1,840.00
INV-2026-00452     612.50

Total paid: GBP 2,452.50
"""


@pytest.fixture
def ledger_csv(tmp_path: Path) -> Path:
    """LEDGER written to tmp_path/ledger.csv, ready for `arbox import invoices`."""
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER)
    return path
