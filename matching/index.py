"""Look-up tables over all open invoices and known payers, built once, read by match_payment.

Pure: built from records the service layer loads; never changed after `InvoiceIndex.build`.
Sized for a million open invoices: the tables hold positions (ints) into one tuple of
invoices, a key seen once is stored as a bare int, a list only when it repeats.
"""
from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from rapidfuzz import fuzz, process

from ledger.money import minor_unit
from matching.records import MatchPolicy, OpenInvoice, PaymentToMatch
from matching.reference_text import key_shape

_DIGITS = re.compile(r"\d+")
_LINE_PREFIX = re.compile(r"^[A-Z]*", re.MULTILINE)
_LINE_TAIL = re.compile(r"^[^\n]*?(\d*)[^\d\n]*$", re.MULTILINE)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Words that say what kind of company it is, not which: dropped before names are compared.
_LEGAL_WORDS = frozenset(
    "gmbh mbh ag kg ohg ug ltd limited inc incorporated corp corporation co company llc llp "
    "plc sa sas sarl sasu srl spa bv nv oy ab as aps sl slu kft sp zoo pty the and und et "
    "cie group groupe holding holdings".split())


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    customer_id: str
    name: str
    accounts: tuple[str, ...] = ()  # accounts this customer pays from (IBAN / number)


@dataclass(frozen=True, slots=True)
class KnownPayer:
    """Someone who pays for customers other than itself: a factor, a parent company, a shared
    service centre. An empty `customer_ids` means it may pay for any customer."""

    name: str | None
    accounts: tuple[str, ...] = ()
    customer_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scope:
    """The customers a payment may be for. `customer_ids` None: any customer."""

    customer_ids: frozenset[str] | None
    source: str  # hint / account / payer / name / none
    strength: Decimal  # 1: known for sure (hint, account); less: a resembling payer name
    evidence: tuple[str, ...]

    def contains(self, customer_id: str) -> bool | None:
        """True / False when the scope is known; None when any customer is possible."""
        if self.customer_ids is None:
            return None
        return customer_id in self.customer_ids

    @property
    def known(self) -> bool:
        return self.customer_ids is not None and self.strength >= Decimal("0.99")


def normalise_account(account: str) -> str:
    return "".join(ch for ch in account.upper() if ch.isalnum())


def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation gone, legal forms ("GmbH", "Ltd") dropped."""
    text = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = [w for w in _NON_ALNUM.split(text) if w and w not in _LEGAL_WORDS]
    return " ".join(words)


def numeric_tail(invoice_number: str) -> str | None:
    """The last group of digits without its leading zeros: "INV-2026-00417" → "417"."""
    runs = _DIGITS.findall(invoice_number)
    if not runs:
        return None
    return runs[-1].lstrip("0") or "0"


def to_minor(amount: Decimal, currency: str) -> int | None:
    """The amount in minor units (cents), or None when it has finer precision than those."""
    scaled = amount.scaleb(minor_unit(currency))
    if scaled != scaled.to_integral_value():
        return None
    return int(scaled)


def _positions(table: dict, key: object) -> Sequence[int]:
    found = table.get(key)
    if found is None:
        return ()
    if type(found) is int:
        return (found,)
    return found


@dataclass(frozen=True, slots=True)
class _NameEntry:
    normalised: str
    display: str
    customer_ids: tuple[str, ...]  # empty: any customer
    payer: bool  # a factor / parent, not the customer itself


@dataclass(frozen=True, slots=True)
class InvoiceIndex:
    """Read-only tables; build with `InvoiceIndex.build`."""

    invoices: tuple[OpenInvoice, ...]
    by_key: dict[str, int | list[int]]
    by_tail: dict[str, int | list[int]]
    by_amount: dict[str, dict[int, int | list[int]]]  # currency → minor units → positions
    by_customer: dict[str, tuple[int, ...]]  # oldest due date first, ties in the given order
    customers: dict[str, CustomerRecord]
    by_account: dict[str, tuple[str, ...] | None]  # None: pays for any customer
    names: tuple[_NameEntry, ...]
    name_strings: tuple[str, ...]
    by_name_word: dict[str, tuple[int, ...]]
    shapes: frozenset[tuple[str, int]]  # key_shape of every invoice's reference key
    minor_amounts: np.ndarray  # open amounts in minor units (cents), beside `invoices`

    @classmethod
    def build(cls, invoices: Iterable[OpenInvoice], customers: Iterable[CustomerRecord] = (),
              payers: Iterable[KnownPayer] = ()) -> InvoiceIndex:
        enabled = gc.isenabled()
        gc.disable()  # a million small lists and tuples: the cyclic collector only slows it
        try:
            return cls._build(tuple(invoices), customers, payers)
        finally:
            if enabled:
                gc.enable()

    @classmethod
    def _build(cls, items: tuple[OpenInvoice, ...], customers: Iterable[CustomerRecord],
               payers: Iterable[KnownPayer]) -> InvoiceIndex:
        by_key: dict = {}
        by_tail: dict = {}
        by_amount: dict = {}
        per_customer: dict[str, list[int]] = {}
        scales: dict[str, int] = {}
        minor: list[int] = []
        # Last digit group of every number, in one regex pass ("" when there is none).
        numbers = [" ".join(inv.invoice_number.split()) for inv in items]  # one line each
        tails = _LINE_TAIL.findall("\n".join(numbers)) if numbers else []
        for pos, inv in enumerate(items):
            # The three look-ups below are _push, inlined: this loop runs a million times.
            key = inv.reference_key
            found = by_key.get(key)
            if found is None:
                by_key[key] = pos
            elif type(found) is int:
                by_key[key] = [found, pos]
            else:
                found.append(pos)
            tail = tails[pos]
            if tail:
                tail = tail.lstrip("0") or "0"
                found = by_tail.get(tail)
                if found is None:
                    by_tail[tail] = pos
                elif type(found) is int:
                    by_tail[tail] = [found, pos]
                else:
                    found.append(pos)
            scale = scales.get(inv.currency)
            if scale is None:
                scale = scales[inv.currency] = minor_unit(inv.currency)
                by_amount[inv.currency] = {}
            cents = int(inv.open_amount.scaleb(scale))
            minor.append(cents)
            table = by_amount[inv.currency]  # int keys: cheaper than (currency, cents) tuples
            found = table.get(cents)
            if found is None:
                table[cents] = pos
            elif type(found) is int:
                table[cents] = [found, pos]
            else:
                found.append(pos)
            group = per_customer.get(inv.customer_id)
            if group is None:
                per_customer[inv.customer_id] = [pos]
            else:
                group.append(pos)
        # Oldest due date first (ties: the order given), by one numpy sort of all invoices.
        due = np.fromiter((inv.due_date.toordinal() for inv in items), dtype=np.int64,
                          count=len(items))
        rank = np.empty(len(items), dtype=np.int64)
        rank[np.argsort(due, kind="stable")] = np.arange(len(items))
        rank_of = rank.tolist()
        by_customer = {cid: tuple(sorted(group, key=rank_of.__getitem__))
                       for cid, group in per_customer.items()}
        del due, rank, rank_of

        known = {c.customer_id: c for c in customers}
        by_account: dict[str, tuple[str, ...] | None] = {}
        names: list[_NameEntry] = []
        for c in known.values():
            for account in c.accounts:
                key = normalise_account(account)
                previous = by_account.get(key, ())
                if previous is not None and c.customer_id not in previous:
                    by_account[key] = (*previous, c.customer_id)
            names.append(_NameEntry(normalise_name(c.name), c.name, (c.customer_id,), False))
        for p in payers:
            ids = tuple(p.customer_ids) or None
            for account in p.accounts:
                by_account[normalise_account(account)] = ids
            if p.name:
                names.append(_NameEntry(normalise_name(p.name), p.name, p.customer_ids, True))
        words: dict[str, list[int]] = {}
        for i, entry in enumerate(names):
            for word in set(entry.normalised.split()):
                if len(word) >= 3:
                    words.setdefault(word, []).append(i)
        keys = list(by_key)
        # One regex pass over all keys at once: a million Python-level calls cost seconds.
        shapes = frozenset(zip(_LINE_PREFIX.findall("\n".join(keys)), map(len, keys),
                               strict=True)) if keys else frozenset()
        return cls(items, by_key, by_tail, by_amount, by_customer, known, by_account,
                   tuple(names), tuple(e.normalised for e in names),
                   {w: tuple(ids) for w, ids in words.items()}, shapes,
                   np.array(minor, dtype=np.int64))

    def shaped_like_a_key(self, key: str, slack: int = 1) -> bool:
        prefix, length = key_shape(key)
        return any((prefix, length + d) in self.shapes for d in range(-slack, slack + 1))

    # -- invoices --------------------------------------------------------------------------
    def with_key(self, key: str) -> Sequence[int]:
        return _positions(self.by_key, key)

    def with_tail(self, tail: str) -> Sequence[int]:
        return _positions(self.by_tail, tail)

    def with_amount(self, currency: str, minor: int) -> Sequence[int]:
        return _positions(self.by_amount.get(currency, {}), minor)

    def of_customer(self, customer_id: str) -> tuple[int, ...]:
        return self.by_customer.get(customer_id, ())

    def customer_name(self, customer_id: str) -> str:
        record = self.customers.get(customer_id)
        return f"{record.name} ({customer_id})" if record else customer_id

    # -- who paid ------------------------------------------------------------------------------
    def resolve_scope(self, payment: PaymentToMatch, policy: MatchPolicy) -> Scope:
        """The customers the payment may be for: from the hint, the payer account, the name."""
        ids: set[str] = set()
        evidence: list[str] = []
        if payment.customer_hint:
            ids.add(payment.customer_hint)
            evidence.append(f"the remittance advice comes from customer "
                            f"{self.customer_name(payment.customer_hint)}")
        if payment.payer_account:
            key = normalise_account(payment.payer_account)
            if key in self.by_account:
                found = self.by_account[key]
                if found is None:
                    evidence.append(f"payer account {payment.payer_account} belongs to a payer "
                                    f"who pays for any customer")
                    if not ids:
                        return Scope(None, "payer", Decimal(0), tuple(evidence))
                else:
                    ids.update(found)
                    who = ", ".join(self.customer_name(c) for c in found)
                    evidence.append(f"payer account {payment.payer_account} is known for {who}")
        if ids:
            source = "hint" if payment.customer_hint else "account"
            return Scope(frozenset(ids), source, Decimal(1), tuple(evidence))
        if payment.payer_name:
            return self._scope_by_name(payment.payer_name, policy, evidence)
        evidence.append("the payer is unknown: every customer's invoices are considered")
        return Scope(None, "none", Decimal(0), tuple(evidence))

    def _scope_by_name(self, payer_name: str, policy: MatchPolicy,
                       evidence: list[str]) -> Scope:
        query = normalise_name(payer_name)
        scores = self.name_scores(query)
        if not scores:
            evidence.append(f'payer name "{payer_name}" resembles no known customer: every '
                            f"customer's invoices are considered")
            return Scope(None, "none", Decimal(0), tuple(evidence))
        best = max(scores.values())
        if best < policy.name_min_score:
            evidence.append(f'payer name "{payer_name}" resembles no known customer closely '
                            f"enough (best {best:.0f}/100): every customer's invoices are "
                            f"considered")
            return Scope(None, "none", Decimal(0), tuple(evidence))
        kept = sorted((i for i, s in scores.items() if s >= best - policy.name_margin),
                      key=lambda i: -scores[i])
        ids: set[str] = set()
        for i in kept:
            entry = self.names[i]
            if not entry.customer_ids:
                evidence.append(f'payer name "{payer_name}" is {entry.display}, who pays for '
                                f"any customer")
                return Scope(None, "payer", Decimal(0), tuple(evidence))
            ids.update(entry.customer_ids)
            evidence.append(f'payer name "{payer_name}" resembles {entry.display} '
                            f"({scores[i]:.0f}/100)")
        strength = Decimal(int(best)) / 100
        if len(ids) > 1 or len(kept) > 1:
            strength -= Decimal("0.05")
        return Scope(frozenset(ids), "name", strength, tuple(evidence))

    def name_scores(self, query: str) -> dict[int, float]:
        """Names resembling `query` (already normalised), scored 0..100."""
        if not query:
            return {}
        # Names sharing the query's rarer words ("Nordwind", not "Logistics").
        buckets = sorted((self.by_name_word[w] for w in set(query.split())
                          if w in self.by_name_word), key=len)
        pool: set[int] = set()
        for bucket in buckets[:2]:
            pool.update(bucket)
        scores: dict[int, float] = {}
        if pool and len(pool) <= 5000:
            ordered = sorted(pool)
            for _, score, j in process.extract(query, [self.name_strings[i] for i in ordered],
                                               scorer=fuzz.token_sort_ratio, limit=10,
                                               score_cutoff=60):
                scores[ordered[j]] = score
        if not scores or max(scores.values()) < 90:
            # A slip in each rare word: compare against every name, plainly.
            for _, score, i in process.extract(query, self.name_strings, scorer=fuzz.ratio,
                                               limit=10, score_cutoff=75):
                scores[i] = max(score, scores.get(i, 0.0))
        if len(query) >= 12:  # banks cut names to 18..35 characters
            for i in pool:
                if self.name_strings[i].startswith(query):
                    scores[i] = max(scores.get(i, 0.0), 96.0)
        return scores
