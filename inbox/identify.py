"""Who wrote: the sender's address, else their domain, else the invoices and company names
their text mentions. Says when it is ambiguous instead of guessing.

Pure: takes a `Directory` snapshot of contacts and customers built by the service.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process, utils

# Addresses on these domains belong to people, not to one company: a domain match means nothing.
FREEMAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk", "hotmail.com",
    "hotmail.fr", "outlook.com", "outlook.fr", "live.com", "live.fr", "msn.com", "icloud.com",
    "me.com", "aol.com", "gmx.de", "gmx.net", "gmx.fr", "web.de", "orange.fr", "wanadoo.fr",
    "free.fr", "laposte.net", "sfr.fr", "protonmail.com", "proton.me", "mail.com", "t-online.de",
    "yandex.ru", "mail.ru", "bluewin.ch", "libero.it", "free.fr", "neuf.fr", "bbox.fr",
})
_LEGAL_SUFFIXES = {"ltd", "limited", "inc", "llc", "plc", "corp", "corporation", "co", "company",
                   "gmbh", "ag", "kg", "sa", "sas", "sarl", "sasu", "eurl", "srl", "sl", "bv", "nv",
                   "spa", "the", "group", "groupe", "holding", "et", "and", "&"}


@dataclass(frozen=True, slots=True)
class Directory:
    """A snapshot of who is who: contact emails, domains and names → customer ids."""

    by_email: dict[str, tuple[str, ...]]
    by_domain: dict[str, tuple[str, ...]]
    names: dict[str, str]  # customer_id → name

    @classmethod
    def build(cls, contacts: Iterable[tuple[str, str]], names: dict[str, str]) -> Directory:
        """contacts: (email, customer_id) pairs."""
        by_email: dict[str, set[str]] = defaultdict(set)
        by_domain: dict[str, set[str]] = defaultdict(set)
        for email, customer_id in contacts:
            email = email.lower()
            by_email[email].add(customer_id)
            domain = email.rpartition("@")[2]
            if domain and domain not in FREEMAIL_DOMAINS:
                by_domain[domain].add(customer_id)
        return cls({k: tuple(sorted(v)) for k, v in by_email.items()},
                   {k: tuple(sorted(v)) for k, v in by_domain.items()}, dict(names))


@dataclass(frozen=True, slots=True)
class Identification:
    customer_id: str | None
    method: str  # email / domain / invoice_reference / company_name / ambiguous / unknown
    confidence: float
    explanation: str
    candidates: tuple[str, ...] = field(default_factory=tuple)


def _name_key(name: str) -> str:
    words = utils.default_process(name).split()
    kept = [w for w in words if w not in _LEGAL_SUFFIXES]
    return " ".join(kept or words)


def identify_customer(sender: str | None, text: str, directory: Directory,
                      referenced_customers: Sequence[str] = ()) -> Identification:
    """referenced_customers: owners of the ledger invoices the customer's text refers to."""
    sender = (sender or "").lower()
    owners = set(directory.by_email.get(sender, ()))
    if len(owners) == 1:
        (only,) = owners
        return Identification(only, "email", 0.99, f"sender {sender} is a contact of {only}")
    refs = set(referenced_customers)
    if len(owners) > 1:
        narrowed = owners & refs
        if len(narrowed) == 1:
            (only,) = narrowed
            return Identification(only, "email", 0.95,
                                  f"sender {sender} is a contact of several customers; "
                                  f"the invoices mentioned belong to {only}", tuple(sorted(owners)))
        return Identification(None, "ambiguous", 0.0,
                              f"sender {sender} is a contact of {', '.join(sorted(owners))}",
                              tuple(sorted(owners)))
    domain = sender.rpartition("@")[2]
    by_domain = set(directory.by_domain.get(domain, ())) if domain else set()
    if len(by_domain) == 1:
        (only,) = by_domain
        return Identification(only, "domain", 0.9,
                              f"sender's domain {domain} is the domain of {only}'s contacts")
    if len(by_domain) > 1 and len(by_domain & refs) == 1:
        (only,) = by_domain & refs
        return Identification(only, "domain", 0.85,
                              f"domain {domain} is shared by several customers; "
                              f"the invoices mentioned belong to {only}", tuple(sorted(by_domain)))
    if len(refs) == 1:
        (only,) = refs
        return Identification(only, "invoice_reference", 0.85,
                              f"the invoices mentioned all belong to {only}")
    if len(refs) > 1:
        return Identification(None, "ambiguous", 0.0,
                              "the invoices mentioned belong to several customers",
                              tuple(sorted(refs)))
    by_name = _match_company_name(text, directory)
    if by_name is not None:
        return by_name
    if by_domain:
        return Identification(None, "ambiguous", 0.0,
                              f"domain {domain} is shared by several customers",
                              tuple(sorted(by_domain)))
    return Identification(None, "unknown", 0.0,
                          "no contact, domain, invoice or company name matches")


def _match_company_name(text: str, directory: Directory) -> Identification | None:
    if not directory.names or not text:
        return None
    haystack = utils.default_process(text[:4000])
    keys = {cid: _name_key(name) for cid, name in directory.names.items()}
    keys = {cid: key for cid, key in keys.items() if len(key) >= 4}
    hits = process.extract(haystack, keys, scorer=fuzz.partial_ratio, score_cutoff=92, limit=3,
                           processor=None)
    if not hits:
        return None
    best_score = hits[0][1]
    top = [h for h in hits if h[1] >= best_score - 2]
    if len(top) > 1:
        return Identification(None, "ambiguous", 0.0,
                              "the text names several customers: "
                              + ", ".join(str(h[2]) for h in top), tuple(str(h[2]) for h in top))
    cid = str(hits[0][2])
    return Identification(cid, "company_name", 0.75,
                          f'the text names "{directory.names[cid]}" '
                          f"(similarity {best_score:.0f}/100)")
