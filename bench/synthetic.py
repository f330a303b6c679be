"""Seeded synthetic AR ledgers and bank payments with their ground truth, for benchmarks and
tests of cash application.

A ledger has customers with similar names ("Nordwind Logistik GmbH", "Nordwind Logistics BV"),
several invoice numbering styles (sparse sequences, as only a fraction of invoices is still
open, so a typing slip often lands on another real invoice), recurring same-amount invoices,
factors paying for several customers, and several currencies. Payments carry realistic noise
and say what a careful person would apply (`expected`) and whether a machine may apply it on
its own (`auto_expected`: False for ambiguous, wrong-currency and unknown payments).

Pure: a seed in, records out; `write_invoice_csv` is the one function writing a file.
"""
from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from ledger.money import quantize
from ledger.references import reference_key
from matching.index import CustomerRecord, InvoiceIndex, KnownPayer
from matching.records import OpenInvoice, PaymentToMatch, ProposedApplication, RemittanceItem
from matching.reference_text import creditor_reference

_ROOTS_A = ("Nord", "Sud", "Blue", "Sun", "Alp", "River", "Stone", "Oak", "Iron", "Silver",
            "Green", "Red", "Star", "Lake", "High", "West", "East", "Gold", "Bright", "Clear",
            "Frost", "Pine", "Maple", "Eagle", "Falcon", "Delta", "Nova", "Terra", "Aqua", "Vita",
            "Ever", "Prime", "Zen", "Metro", "Astra", "Lumen", "Orbi", "Vega", "Kappa", "Sigma")
_ROOTS_B = ("wind", "peak", "ridge", "field", "stone", "gate", "bridge", "wood", "line", "tech",
            "works", "mark", "port", "haven", "point", "crest", "vale", "dale", "brook", "land",
            "way", "star", "light", "wave", "rock", "forge", "mill", "berg", "feld", "tal")
_SECTORS = (("Logistics", "Logistik"), ("Industries", "Industrie"), ("Foods", "Food"),
            ("Engineering", "Engineering"), ("Retail", "Retail"), ("Pharma", "Pharma"),
            ("Software", "Software"), ("Textiles", "Textil"), ("Automotive", "Automotive"),
            ("Energy", "Energie"), ("Construction", "Bau"), ("Medical", "Medical"),
            ("Packaging", "Verpackung"), ("Chemicals", "Chemie"), ("Electronics", "Elektronik"),
            ("Trading", "Handel"), ("Consulting", "Consulting"), ("Furniture", "Moebel"),
            ("Paper", "Papier"), ("Metals", "Metall"))
_LEGAL = ("GmbH", "AG", "Ltd", "Limited", "Inc", "Corp", "SA", "SARL", "BV", "NV", "LLC", "Plc",
          "S.p.A.", "Oy", "AB")
_FACTORS = ("Eurofactor SA", "Coface Finanz GmbH", "Nordic Factoring AB", "BNP Paribas Factor",
            "Deutsche Factoring Bank", "Bibby Financial Services Ltd", "Santander Factoring SA",
            "Abacus Shared Services GmbH")
_CURRENCIES = (("EUR", 0.70), ("USD", 0.14), ("GBP", 0.08), ("CHF", 0.05), ("JPY", 0.03))
_REASONS = ("damaged goods", "pricing difference", "returned items", "promotional allowance",
            "freight deduction", "quantity shortage")
_NOISE_WORDS = ("PAYMENT", "THANK YOU", "SEPA CT", "TRANSFER", "ZAHLUNG", "VIREMENT")

# Share of each kind of payment at each noise level.
MIXES: dict[str, dict[str, float]] = {
    "clean": {"exact": 0.80, "structured": 0.05, "lump_sum": 0.05, "discount": 0.04,
              "partial": 0.03, "short_pay_deduction": 0.03},
    "realistic": {"exact": 0.38, "structured": 0.04, "typo": 0.07, "dropped_prefix": 0.06,
                  "missing_reference": 0.10, "lump_sum": 0.08, "short_pay_deduction": 0.04,
                  "discount": 0.05, "bank_charges": 0.05, "partial": 0.03, "factor": 0.03,
                  "wrong_currency": 0.02, "ambiguous": 0.03, "unknown": 0.02},
    "hard": {"exact": 0.20, "typo": 0.15, "dropped_prefix": 0.10, "missing_reference": 0.15,
             "lump_sum": 0.12, "short_pay_deduction": 0.05, "discount": 0.05,
             "bank_charges": 0.05, "factor": 0.03, "wrong_currency": 0.03, "ambiguous": 0.05,
             "unknown": 0.02},
}


@dataclass(frozen=True, slots=True)
class SyntheticCustomer:
    customer_id: str
    name: str
    contact_email: str
    currency: str
    accounts: tuple[str, ...]
    accounts_known: bool  # the AR team has these accounts on file
    style: int  # invoice numbering style


@dataclass(frozen=True)
class Ledger:
    customers: tuple[SyntheticCustomer, ...]
    invoices: tuple[OpenInvoice, ...]
    amounts: tuple[Decimal, ...]  # invoice amounts, beside `invoices`
    po_numbers: tuple[str | None, ...]
    payers: tuple[KnownPayer, ...]  # factors and parents paying for several customers
    seed: int

    def customer_records(self) -> tuple[CustomerRecord, ...]:
        return tuple(CustomerRecord(c.customer_id, c.name,
                                    c.accounts if c.accounts_known else ())
                     for c in self.customers)

    def build_index(self) -> InvoiceIndex:
        return InvoiceIndex.build(self.invoices, self.customer_records(), self.payers)


@dataclass(frozen=True, slots=True)
class SyntheticPayment:
    payment: PaymentToMatch
    kind: str
    expected: tuple[ProposedApplication, ...]  # empty: nothing should be applied
    auto_expected: bool  # one right answer a machine may apply


def _number(style: int, year: int, seq: int) -> str:
    if style == 0:
        return f"INV-{year}-{seq:06d}"
    if style == 1:
        return f"{40000000 + seq:08d}"
    if style == 2:
        return f"SI/{year}/{seq:05d}"
    return f"F{year}{seq:06d}"


def _iban(rng: random.Random) -> str:
    country = rng.choice(("DE", "FR", "NL", "GB", "CH", "AT", "BE", "IT", "ES"))
    return f"{country}{rng.randint(10, 99)}{rng.randint(10 ** 17, 10 ** 18 - 1)}"


def _amount(rng: random.Random, currency: str) -> Decimal:
    value = rng.lognormvariate(6.9, 1.1)
    if currency == "JPY":
        value *= 150
        return Decimal(max(100, int(value)))
    if rng.random() < 0.2:  # round amounts: fees, retainers, deposits
        step = rng.choice((10, 50, 100))
        return Decimal(max(step, int(value) // step * step))
    return Decimal(max(1000, int(value * 100))).scaleb(-2)


def generate_ledger(n_invoices: int, seed: int, n_customers: int | None = None) -> Ledger:
    """A ledger of `n_invoices` open invoices (10k..1M), reproducible from `seed`, spread over
    `n_customers` customers (default: one per 40 invoices)."""
    rng = random.Random(seed)
    n_customers = n_customers or max(8, n_invoices // 40)
    weights = [min(rng.paretovariate(1.2), 40.0) for _ in range(n_customers)]
    total = sum(weights)
    counts = [max(1, int(w / total * n_invoices)) for w in weights]
    i = 0
    while sum(counts) < n_invoices:
        counts[i % n_customers] += 1
        i += 1
    while sum(counts) > n_invoices:
        j = rng.randrange(n_customers)
        if counts[j] > 1:
            counts[j] -= 1

    used_names: set[str] = set()
    customers: list[SyntheticCustomer] = []
    currencies = [c for c, _ in _CURRENCIES]
    cweights = [w for _, w in _CURRENCIES]
    for n in range(n_customers):
        while True:
            root = rng.choice(_ROOTS_A) + rng.choice(_ROOTS_B)
            if rng.random() < 0.3:
                root += " " + rng.choice(_ROOTS_A)
            english, german = rng.choice(_SECTORS)
            legal = rng.choice(_LEGAL)
            sector = german if legal in ("GmbH", "AG") else english
            name = f"{root} {sector} {legal}"
            if name not in used_names:
                used_names.add(name)
                break
        slug = "".join(ch for ch in root.lower() if ch.isalpha())
        accounts = tuple(_iban(rng) for _ in range(rng.choice((1, 1, 1, 2))))
        customers.append(SyntheticCustomer(
            f"C{n:06d}", name, f"ap@{slug}{n}.example", rng.choices(currencies, cweights)[0],
            accounts, rng.random() < 0.85, rng.choices((0, 1, 2, 3), (0.45, 0.25, 0.15, 0.15))[0]))

    # Numbering: each style counts per year; numbers are sparse, most invoices being paid.
    invoices: list[OpenInvoice] = []
    amounts: list[Decimal] = []
    pos: list[str | None] = []
    per_style_year: dict[tuple[int, int], list[int]] = {}
    order = [(c, k) for c, cnt in zip(customers, counts, strict=True) for k in range(cnt)]
    rng.shuffle(order)
    start = date(2024, 7, 1)
    plan = []
    for c, _ in order:
        issue = start + timedelta(days=rng.randrange(730))
        plan.append((issue, c))
    plan.sort(key=lambda ic: ic[0])
    recurring = {c.customer_id: _amount(rng, c.currency) for c in customers if rng.random() < 0.1}
    terms = (14, 30, 30, 30, 45, 60)
    for issue, c in plan:
        key = (c.style, 0 if c.style == 1 else issue.year)  # plain numbers never restart
        counter = per_style_year.setdefault(key, [0])
        counter[0] += rng.randint(1, 6)
        number = _number(c.style, issue.year, counter[0])
        currency = c.currency if rng.random() < 0.97 else ("USD" if c.currency != "USD" else "EUR")
        amount = recurring.get(c.customer_id) if currency == c.currency else None
        if amount is None or rng.random() < 0.2:
            amount = _amount(rng, currency)
        open_amount = amount
        if rng.random() < 0.12 and amount > 100:
            open_amount = quantize(amount * Decimal(rng.randint(20, 80)) / 100, currency)
        invoices.append(OpenInvoice(number, c.customer_id, currency, open_amount,
                                    issue + timedelta(days=rng.choice(terms)), issue,
                                    reference_key(number)))
        amounts.append(amount)
        pos.append(f"PO-{rng.randint(100000, 999999)}" if rng.random() < 0.5 else None)

    payers = []
    for k in range(max(1, n_customers // 400)):
        members = tuple(sorted(rng.sample([c.customer_id for c in customers],
                                          min(n_customers, rng.randint(2, 5)))))
        name = _FACTORS[k % len(_FACTORS)] + ("" if k < len(_FACTORS) else f" {k}")
        payers.append(KnownPayer(name, (_iban(rng),), members))
    return Ledger(tuple(customers), tuple(invoices), tuple(amounts), tuple(pos), tuple(payers),
                  seed)


def write_invoice_csv(ledger: Ledger, path: str | Path) -> None:
    """The ledger in the import format of `arbox import invoices`."""
    by_id = {c.customer_id: c for c in ledger.customers}
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(("customer_id", "customer_name", "contact_email", "invoice_number",
                      "po_number", "issue_date", "due_date", "currency", "amount",
                      "open_amount"))
        for inv, amount, po in zip(ledger.invoices, ledger.amounts, ledger.po_numbers,
                                   strict=True):
            c = by_id[inv.customer_id]
            out.writerow((c.customer_id, c.name, c.contact_email, inv.invoice_number, po or "",
                          inv.issue_date.isoformat(), inv.due_date.isoformat(), inv.currency,
                          format(amount, "f"), format(inv.open_amount, "f")))


# -- payments ------------------------------------------------------------------------------

def _written(rng: random.Random, number: str) -> str:
    """An invoice number as a customer types it: spacing, case, zeros may differ."""
    r = rng.random()
    if r < 0.55:
        return number
    if r < 0.70:
        return number.replace("-", " ").replace("/", " ")
    if r < 0.80:
        return number.lower()
    if r < 0.92:
        return "-".join(p.lstrip("0") or "0" if p.isdigit() else p
                        for p in number.replace("/", "-").split("-"))
    return number.replace("-", "").replace("/", "")


def _typo(rng: random.Random, number: str) -> str:
    """One slip in the digits: changed, swapped, dropped, doubled, or O for 0."""
    key = reference_key(number)
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    for _ in range(50):
        i = rng.choice(digits[-6:])
        chars = list(number)
        kind = rng.random()
        if kind < 0.35:
            chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
        elif kind < 0.65 and i + 1 < len(chars) and chars[i + 1].isdigit():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif kind < 0.80:
            del chars[i]
        elif kind < 0.92:
            chars.insert(i, chars[i])
        elif chars[i] == "0":
            chars[i] = "O"
        else:
            continue
        typo = "".join(chars)
        if reference_key(typo) != key:
            return typo
    return number


def _dropped_prefix(rng: random.Random, number: str) -> str | None:
    if number[0].isdigit():
        return None  # a plain number has no prefix to leave out
    if number.startswith("F"):
        return number[1:]
    parts = number.replace("/", "-").split("-")
    return rng.choice(("-".join(parts[1:]), parts[-1], parts[-1].lstrip("0") or "0"))


def _payer_name(rng: random.Random, name: str) -> str:
    r = rng.random()
    if r < 0.35:
        return name
    if r < 0.55:
        return name.upper()
    if r < 0.70:
        return name.upper()[:18]  # banks truncate
    if r < 0.82:
        return " ".join(name.split()[:-1])  # legal form left out
    if r < 0.92:
        return name.replace("ue", "ü").replace("ae", "ä") + " Treasury"
    chars = list(name)
    i = rng.randrange(1, len(chars) - 1)
    chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def _text(rng: random.Random, refs: Sequence[str], customer: SyntheticCustomer,
          po: str | None) -> str:
    joined = ", ".join(refs)
    templates = ("{r}", "Invoice {r}", "RE: {r} THANK YOU", "EREF+NOTPROVIDED SVWZ+{r}",
                 "Payment {r} cust {c}", "Rechnung {r}", "/ROC/{r}", "INV {r}",
                 "Facture {r} client {c}")
    text = rng.choice(templates).format(r=joined, c=customer.customer_id)
    if po and rng.random() < 0.3:
        text += f" PO {po}"
    return text


class _Picker:
    """Open invoices not yet used by an earlier payment (each payment settles its own)."""

    def __init__(self, ledger: Ledger, rng: random.Random):
        self.ledger = ledger
        self.rng = rng
        self.used: set[int] = set()
        self._by_customer: dict[str, list[int]] | None = None

    @property
    def by_customer(self) -> dict[str, list[int]]:
        if self._by_customer is None:
            groups: dict[str, list[int]] = {}
            for p, inv in enumerate(self.ledger.invoices):
                groups.setdefault(inv.customer_id, []).append(p)
            for g in groups.values():  # as InvoiceIndex orders them: due date, then given order
                g.sort(key=lambda p: (self.ledger.invoices[p].due_date, p))
            self._by_customer = groups
        return self._by_customer

    def one(self, test=lambda p: True) -> int | None:
        n = len(self.ledger.invoices)
        for _ in range(200):
            p = self.rng.randrange(n)
            if p not in self.used and test(p):
                self.used.add(p)
                return p
        return None


def generate_payments(ledger: Ledger, n: int, seed: int,
                      noise: str = "realistic") -> tuple[SyntheticPayment, ...]:
    """`n` payments against the ledger with their ground truth; `noise`: clean / realistic /
    hard (see MIXES)."""
    rng = random.Random(seed)
    mix = MIXES[noise]
    kinds = list(mix)
    weights = [mix[k] for k in kinds]
    picker = _Picker(ledger, rng)
    customers = {c.customer_id: c for c in ledger.customers}
    factor_of: dict[str, KnownPayer] = {}
    for payer in ledger.payers:
        for cid in payer.customer_ids:
            factor_of.setdefault(cid, payer)
    existing = {inv.reference_key for inv in ledger.invoices}
    out: list[SyntheticPayment] = []
    while len(out) < n:
        kind = rng.choices(kinds, weights)[0]
        made = _make(kind, rng, ledger, picker, customers, factor_of, existing, len(out))
        if made is not None:
            out.append(made)
    return tuple(out)


def _make(kind: str, rng: random.Random, ledger: Ledger, picker: _Picker,
          customers: dict[str, SyntheticCustomer], factor_of: dict[str, KnownPayer],
          existing: set[str], k: int) -> SyntheticPayment | None:
    invs = ledger.invoices
    pid = f"P{k:07d}"

    def payer(c: SyntheticCustomer) -> tuple[str | None, str | None]:
        r = rng.random()
        if r < 0.65:
            return _payer_name(rng, c.name), rng.choice(c.accounts)
        if r < 0.95:
            return _payer_name(rng, c.name), _iban(rng)  # a new account
        return None, None

    def value_date(inv: OpenInvoice, lo: int = 5, hi: int = 60) -> date:
        return inv.issue_date + timedelta(days=rng.randint(lo, hi))

    def simple(inv: OpenInvoice, amount: Decimal, text: str | None,
               expected: tuple[ProposedApplication, ...], auto: bool,
               currency: str | None = None, vdate: date | None = None,
               who: tuple[str | None, str | None] | None = None) -> SyntheticPayment:
        c = customers[inv.customer_id]
        name, account = who if who is not None else payer(c)
        return SyntheticPayment(
            PaymentToMatch(pid, amount, currency or inv.currency, vdate or value_date(inv),
                           name, account, text), kind, expected, auto)

    def positive(p: int) -> bool:
        return invs[p].open_amount > 0

    if kind in ("exact", "structured", "typo", "dropped_prefix", "partial"):
        p = picker.one(positive if kind != "dropped_prefix"
                       else lambda q: positive(q) and not invs[q].invoice_number[0].isdigit())
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        po = ledger.po_numbers[p]
        full = (ProposedApplication(inv.invoice_number, inv.open_amount),)
        if kind == "exact":
            return simple(inv, inv.open_amount, _text(rng, [_written(rng, inv.invoice_number)],
                                                       c, po), full, True)
        if kind == "structured":
            rf = creditor_reference(inv.reference_key)
            spaced = " ".join(rf[i:i + 4] for i in range(0, len(rf), 4))
            return simple(inv, inv.open_amount, spaced, full, True)
        if kind == "typo":
            return simple(inv, inv.open_amount, _text(rng, [_typo(rng, inv.invoice_number)], c,
                                                       po), full, True)
        if kind == "dropped_prefix":
            short = _dropped_prefix(rng, inv.invoice_number)
            return simple(inv, inv.open_amount, _text(rng, [short or inv.invoice_number], c, po),
                          full, True)
        step = Decimal(1) if inv.currency == "JPY" else Decimal("0.01")
        paid = quantize(inv.open_amount * Decimal(rng.randint(20, 75)) / 100, inv.currency)
        if rng.random() < 0.5 and paid > 100:
            paid = Decimal(int(paid) // 100 * 100)
        paid = max(paid, step)
        return simple(inv, paid, _text(rng, [_written(rng, inv.invoice_number)], c, po),
                      (ProposedApplication(inv.invoice_number, paid),), True)

    if kind in ("missing_reference", "ambiguous"):
        want_twin = kind == "ambiguous"

        def twin_test(q: int) -> bool:
            inv = invs[q]
            if inv.open_amount <= 0:
                return False
            same = sum(1 for r in picker.by_customer[inv.customer_id]
                       if invs[r].currency == inv.currency and invs[r].open_amount
                       == inv.open_amount)
            return (same > 1) if want_twin else (same == 1)

        p = picker.one(twin_test)
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        texts = (None, "PAYMENT", "THANK YOU", f"cust {c.customer_id}", "SEPA CT",
                 f"PO {ledger.po_numbers[p]}" if ledger.po_numbers[p] else "ZAHLUNG")
        return simple(inv, inv.open_amount, rng.choice(texts),
                      (ProposedApplication(inv.invoice_number, inv.open_amount),),
                      not want_twin)

    if kind == "discount":
        p = picker.one(lambda q: invs[q].open_amount >= 50)
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        rate = rng.choice((Decimal("0.02"), Decimal("0.02"), Decimal("0.03")))
        paid = quantize(inv.open_amount * (1 - rate), inv.currency)
        text = (_text(rng, [_written(rng, inv.invoice_number)], c, ledger.po_numbers[p])
                if rng.random() < 0.85 else "SKONTO")
        return simple(inv, paid, text,
                      (ProposedApplication(inv.invoice_number, paid, inv.open_amount - paid,
                                           "early_payment_discount"),), True,
                      vdate=value_date(inv, 3, 12))

    if kind == "bank_charges":
        p = picker.one(lambda q: invs[q].open_amount >= 200 and invs[q].currency != "JPY")
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        while True:
            charge = rng.choice((Decimal("1.50"), Decimal("2.50"), Decimal("5.00"),
                                 Decimal("7.50"), Decimal("10.00"), Decimal("12.00"),
                                 Decimal(rng.randint(50, 1500)).scaleb(-2)))
            paid = inv.open_amount - charge
            near_discount = any(abs(paid - quantize(inv.open_amount * (1 - r), inv.currency))
                                <= Decimal("0.05") for r in (Decimal("0.01"), Decimal("0.02"),
                                                             Decimal("0.03")))
            if not near_discount:
                break
        written = (_typo(rng, inv.invoice_number) if rng.random() < 0.1
                   else _written(rng, inv.invoice_number))
        return simple(inv, paid, _text(rng, [written], c, ledger.po_numbers[p]),
                      (ProposedApplication(inv.invoice_number, paid, charge, "bank_charges"),),
                      True)

    if kind == "factor":
        p = picker.one(lambda q: positive(q) and invs[q].customer_id in factor_of)
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        f = factor_of[inv.customer_id]
        text = (_text(rng, [_written(rng, inv.invoice_number)], c, None)
                if rng.random() < 0.8 else f"ACCOUNT {c.name[:12]}")
        return simple(inv, inv.open_amount, text,
                      (ProposedApplication(inv.invoice_number, inv.open_amount),), True,
                      who=(f.name.upper() if rng.random() < 0.5 else f.name, f.accounts[0]))

    if kind == "wrong_currency":
        p = picker.one(positive)
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        other = "USD" if inv.currency != "USD" else "EUR"
        return simple(inv, inv.open_amount, _text(rng, [inv.invoice_number], c, None), (), False,
                      currency=other)

    if kind == "unknown":
        p = picker.one(positive)
        if p is None:
            return None
        inv = invs[p]
        c = customers[inv.customer_id]
        for _ in range(100):
            ghost = _number(c.style, inv.issue_date.year, rng.randint(1, 10 ** 5))
            if reference_key(ghost) not in existing:
                break
        else:
            return None
        amount = _amount(rng, inv.currency)
        return simple(inv, amount, _text(rng, [ghost], c, None), (), False)

    if kind == "lump_sum":
        return _lump_sum(rng, ledger, picker, customers, pid)

    if kind == "short_pay_deduction":
        return _short_pay(rng, ledger, picker, customers, pid, payer)
    raise ValueError(f"unknown payment kind {kind!r}")


def _customer_group(rng: random.Random, ledger: Ledger, picker: _Picker,
                    min_open: int) -> tuple[str, list[int]] | None:
    invs = ledger.invoices
    for _ in range(100):
        p = rng.randrange(len(invs))
        cid = invs[p].customer_id
        group = [q for q in picker.by_customer[cid]
                 if q not in picker.used and invs[q].currency == invs[p].currency
                 and invs[q].open_amount > 0]
        if len(group) >= min_open:
            return cid, group
    return None


def _lump_sum(rng: random.Random, ledger: Ledger, picker: _Picker,
              customers: dict[str, SyntheticCustomer], pid: str) -> SyntheticPayment | None:
    found = _customer_group(rng, ledger, picker, 3)
    if found is None:
        return None
    cid, group = found
    invs = ledger.invoices
    k = rng.randint(2, min(5, len(group)))
    chosen = group[:k] if rng.random() < 0.6 else sorted(rng.sample(group, k), key=group.index)
    picker.used.update(chosen)
    c = customers[cid]
    total = sum((invs[q].open_amount for q in chosen), Decimal(0))
    named = rng.random() < 0.5
    text = (_text(rng, [_written(rng, invs[q].invoice_number) for q in chosen], c, None)
            if named else rng.choice(("PAYMENT", "SAMMELZAHLUNG", None, f"cust {cid}")))
    account = rng.choice(c.accounts) if rng.random() < 0.7 else None
    first = invs[chosen[0]]
    # Without references, an unpaid invoice of the same amount as a paid one would do as
    # well: no single right answer.
    rest = {invs[q].open_amount for q in group if q not in chosen}
    unique = named or not any(invs[q].open_amount in rest for q in chosen)
    return SyntheticPayment(
        PaymentToMatch(pid, total, first.currency, first.due_date, _payer_name(rng, c.name),
                       account, text),
        "lump_sum", tuple(ProposedApplication(invs[q].invoice_number, invs[q].open_amount)
                          for q in chosen), unique)


def _short_pay(rng: random.Random, ledger: Ledger, picker: _Picker,
               customers: dict[str, SyntheticCustomer], pid: str,
               payer) -> SyntheticPayment | None:
    found = _customer_group(rng, ledger, picker, 1)
    if found is None:
        return None
    cid, group = found
    invs = ledger.invoices
    chosen = rng.sample(group, min(len(group), rng.randint(1, 3)))
    picker.used.update(chosen)
    c = customers[cid]
    lines = []
    expected = []
    for i, q in enumerate(chosen):
        inv = invs[q]
        if i == 0:
            deduction = quantize(inv.open_amount * Decimal(rng.randint(3, 30)) / 100,
                                 inv.currency)
            deduction = max(deduction, Decimal(1))
            reason = rng.choice(_REASONS)
            paid = inv.open_amount - deduction
            lines.append(RemittanceItem(_written(rng, inv.invoice_number), paid, deduction,
                                        reason))
            expected.append(ProposedApplication(inv.invoice_number, paid, deduction, reason))
        else:
            lines.append(RemittanceItem(_written(rng, inv.invoice_number), inv.open_amount))
            expected.append(ProposedApplication(inv.invoice_number, inv.open_amount))
    total = sum((a.amount for a in expected), Decimal(0))
    name, account = payer(c)
    first = invs[chosen[0]]
    return SyntheticPayment(
        PaymentToMatch(pid, total, first.currency, first.due_date, name, account,
                       f"REMITTANCE {pid}", cid if rng.random() < 0.7 else None, tuple(lines)),
        "short_pay_deduction", tuple(expected), True)
