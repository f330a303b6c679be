"""The synthetic ledger and payments: reproducible, importable, and with a consistent truth."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from bench.synthetic import MIXES, generate_ledger, generate_payments, write_invoice_csv
from ledger.invoice_csv import REQUIRED_COLUMNS, parse_invoice_csv
from ledger.references import reference_key


def test_same_seed_same_data():
    a, b = generate_ledger(2_000, 4), generate_ledger(2_000, 4)
    assert a.invoices == b.invoices
    assert generate_payments(a, 100, 5) == generate_payments(b, 100, 5)
    assert generate_ledger(2_000, 5).invoices != a.invoices


def test_ledger_shape():
    ledger = generate_ledger(5_000, 1)
    assert len(ledger.invoices) == 5_000
    numbers = [inv.invoice_number for inv in ledger.invoices]
    assert len(set(numbers)) == len(numbers)
    assert all(inv.reference_key == reference_key(inv.invoice_number) for inv in ledger.invoices)
    assert all(0 < inv.open_amount <= amount
               for inv, amount in zip(ledger.invoices, ledger.amounts, strict=True))
    styles = {n[:3] if not n[0].isdigit() else "digits" for n in numbers}
    assert len(styles) >= 3
    per_customer_amount = Counter((inv.customer_id, inv.currency, inv.open_amount)
                                  for inv in ledger.invoices)
    assert any(count > 1 for count in per_customer_amount.values())  # same-amount invoices
    assert len({inv.currency for inv in ledger.invoices}) >= 3
    assert ledger.payers and all(len(p.customer_ids) >= 2 for p in ledger.payers)
    roots = Counter(c.name.split()[0] for c in ledger.customers)
    assert any(count > 1 for count in roots.values())  # similar names


def test_invoice_csv_imports_without_problems(tmp_path: Path):
    ledger = generate_ledger(1_000, 2)
    path = tmp_path / "invoices.csv"
    write_invoice_csv(ledger, path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(REQUIRED_COLUMNS)
    rows, problems = parse_invoice_csv(text, "invoices.csv")
    assert problems == []
    assert len(rows) == 1_000
    assert {r.invoice_number for r in rows} == {i.invoice_number for i in ledger.invoices}


def test_payments_carry_a_consistent_truth():
    ledger = generate_ledger(5_000, 3)
    payments = generate_payments(ledger, 600, 4)
    assert len(payments) == 600
    kinds = Counter(p.kind for p in payments)
    assert set(kinds) == set(MIXES["realistic"])
    by_number = {inv.invoice_number: inv for inv in ledger.invoices}
    used: set[str] = set()
    for p in payments:
        if p.kind in ("wrong_currency", "unknown"):
            assert p.expected == () and not p.auto_expected
            continue
        assert p.expected
        if p.kind != "lump_sum":  # a lump sum without references may be ambiguous too
            assert p.auto_expected == (p.kind != "ambiguous")
        assert sum(a.amount for a in p.expected) == p.payment.amount
        for a in p.expected:
            inv = by_number[a.invoice_number]
            assert inv.currency == p.payment.currency
            assert a.amount + (a.deduction_amount or Decimal(0)) <= inv.open_amount
            assert a.invoice_number not in used  # each payment settles its own invoices
            used.add(a.invoice_number)
    assert any(p.payment.remittance_lines for p in payments if p.kind == "short_pay_deduction")


def test_wrong_currency_payments_are_in_another_currency():
    ledger = generate_ledger(3_000, 6)
    by_number = {inv.invoice_number: inv for inv in ledger.invoices}
    for p in generate_payments(ledger, 400, 7):
        if p.kind == "wrong_currency":
            ref = p.payment.reference or ""
            named = [i for n, i in by_number.items() if n in ref]
            inv = max(named, key=lambda i: len(i.invoice_number))
            assert inv.currency != p.payment.currency


def test_noise_levels():
    ledger = generate_ledger(3_000, 8)
    clean = Counter(p.kind for p in generate_payments(ledger, 300, 9, noise="clean"))
    assert "typo" not in clean and clean["exact"] > 150
