"""Who wrote: the sender's address, else their domain, else the invoices and company names
their text mentions. Says when it is ambiguous instead of guessing.

Company names are compared without case, accents, punctuation or legal form ("HOLLIS & GRANT
ENGINEERING LTD" is "Hollis & Grant Engineering Ltd", "quincaillerie Boisvert" is
"Quincaillerie Boisvert ltée"); a shortened name counts when two or more of its words follow
each other in the text, the first word of the name among them, half its words at least, and
one of them belongs to no other customer's name ("Boulangerie Guérin" for
"Boulangerie-Pâtisserie Guérin SARL", "Ashcombe Hospitals NHS FT"; not "oak joinery" for
"Bramble & Oak Joinery Ltd").

Pure: takes a `Directory` snapshot of contacts and customers built by the service.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

# Addresses on these domains belong to people, not to one company: a domain match means nothing.
FREEMAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk", "hotmail.com",
    "hotmail.fr", "outlook.com", "outlook.fr", "live.com", "live.fr", "msn.com", "icloud.com",
    "me.com", "aol.com", "gmx.de", "gmx.net", "gmx.fr", "web.de", "orange.fr", "wanadoo.fr",
    "free.fr", "laposte.net", "sfr.fr", "protonmail.com", "proton.me", "mail.com", "t-online.de",
    "yandex.ru", "mail.ru", "bluewin.ch", "libero.it", "free.fr", "neuf.fr", "bbox.fr",
    # more personal mail and internet-provider domains
    "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca", "yahoo.com.au", "ymail.com", "rocketmail.com",
    "hotmail.co.uk", "hotmail.de", "hotmail.es", "hotmail.it", "hotmail.be", "live.co.uk",
    "live.be", "live.ca", "outlook.de", "outlook.es", "outlook.be", "mac.com", "hey.com",
    "fastmail.com", "tutanota.com", "zoho.com", "gmx.at", "gmx.ch", "freenet.de", "posteo.de",
    "mailbox.org", "arcor.de", "aon.at", "chello.at", "club-internet.fr", "numericable.fr",
    "aliceadsl.fr", "cegetel.net", "noos.fr", "videotron.ca", "sympatico.ca", "rogers.com",
    "shaw.ca", "telus.net", "bell.net", "comcast.net", "att.net", "verizon.net", "sbcglobal.net",
    "bellsouth.net", "cox.net", "earthlink.net", "charter.net", "optonline.net", "btinternet.com",
    "sky.com", "virginmedia.com", "ntlworld.com", "talktalk.net", "eircom.net", "telenet.be",
    "skynet.be", "hispeed.ch", "sunrise.ch", "xs4all.nl", "ziggo.nl", "kpnmail.nl", "tiscali.it",
    "virgilio.it", "alice.it", "tin.it", "terra.es", "telefonica.net", "seznam.cz", "wp.pl",
    "onet.pl", "o2.pl", "bigpond.com", "bigpond.net.au", "optusnet.com.au", "iinet.net.au",
    "xtra.co.nz", "qq.com", "163.com", "naver.com", "rediffmail.com",
})
_LEGAL_SUFFIXES = {"ltd", "limited", "inc", "llc", "plc", "corp", "corporation", "co", "company",
                   "gmbh", "ag", "kg", "sa", "sas", "sarl", "sasu", "eurl", "srl", "sl", "bv", "nv",
                   "spa", "the", "group", "groupe", "holding", "et", "and", "&", "ltee", "llp",
                   "lp", "pty", "pte", "pvt", "oy", "ab", "as", "aps", "asa", "kft", "sro", "ohg",
                   "ug", "kgaa", "se", "sprl", "bvba", "srls", "sapa", "scs", "snc", "sci", "sca",
                   "scop", "ltda", "sac", "cv", "de", "incorporated", "cie", "compagnie"}
# Words too common to tell two customers apart on their own.
_COMMON_WORDS = {"de", "la", "le", "les", "du", "des", "et", "and", "the", "of", "y", "und", "der",
                 "die", "das", "von", "van", "den", "el", "los", "las", "di", "da", "en", "for",
                 "a", "l", "d"}
_WORD = re.compile(r"[^\W_]+")
_JOINERS = {"and", "et", "und"}


@dataclass(frozen=True, slots=True)
class Directory:
    """A snapshot of who is who: contact emails, domains and names → customer ids."""

    by_email: dict[str, tuple[str, ...]]
    by_domain: dict[str, tuple[str, ...]]
    names: dict[str, str]  # customer_id → name
    _names: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

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
    method: str  # email / domain / invoice_reference / contact_in_text / company_name / ambiguous / unknown
    confidence: float
    explanation: str
    candidates: tuple[str, ...] = field(default_factory=tuple)


def _fold(text: str) -> str:
    """Lower case, no accents, words separated by single spaces: "Guérin & Fils" → "guerin fils"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain))


def _words(text: str) -> list[str]:
    """Folded words; initials joined ("S.A." → "sa", "B.V." → "bv"); "and", "et", "und" left out."""
    out: list[str] = []
    glue = False
    for word in _fold(text).split():
        if len(word) == 1 and word.isalpha():
            if glue:
                out[-1] += word
                continue
            glue = True
        else:
            glue = False
        if word not in _JOINERS:
            out.append(word)
    return out


def _name_key(name: str) -> str:
    words = _words(name)
    kept = [w for w in words if w not in _LEGAL_SUFFIXES]
    return " ".join(kept or words)


_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_ALTERNATE = "\x00"  # customer id + _ALTERNATE + n: the n-th other way of writing its name


def _name_variants(name: str) -> list[str]:
    """The name, and for a sole trader written "Trade name (Owner)" or "Owner (Trade name)" each
    part alone: "Électricité MAG enr. (Marc-André Gagnon)" is written "Électricité MAG" too."""
    inside = [part.strip() for part in _PARENTHESIS.findall(name) if part.strip()]
    outside = _PARENTHESIS.sub(" ", name).strip()
    return [name] + ([outside] + inside if inside and outside else [])


def _customer(key_id: str) -> str:
    return key_id.partition(_ALTERNATE)[0]


_NameTables = tuple[dict[str, str], dict[str, frozenset[str]], dict[str, tuple[tuple[str, bool], ...]]]


def _name_tables(directory: Directory) -> _NameTables:
    """Name keys of the customers (4+ characters; more than one for a name with a part in
    parentheses, the others keyed customer id + _ALTERNATE + n); for every word of them, its
    customers; and per customer its keys, each with whether it is an alternate one."""
    cached = directory._names.get("tables")
    if cached is None:
        keys: dict[str, str] = {}
        seen: set[str] = set()
        for cid, name in directory.names.items():
            for n, variant in enumerate(_name_variants(name)):
                key = _name_key(variant)
                # a part alone counts with two words at least: not "(Europe)", "(UK)"; a
                # customer's own name always counts (two customers of one name stay ambiguous)
                if len(key) >= 4 and (n == 0 or key not in seen and len(key.split()) >= 2):
                    keys[cid if n == 0 else f"{cid}{_ALTERNATE}{n}"] = key
                    seen.add(key)
        words: dict[str, set[str]] = defaultdict(set)
        by_customer: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for key_id, key in keys.items():
            for word in key.split():
                words[word].add(_customer(key_id))
            by_customer[_customer(key_id)].append((key, _ALTERNATE in key_id))
        cached = directory._names["tables"] = (keys, {w: frozenset(c) for w, c in words.items()},
                                               {cid: tuple(k) for cid, k in by_customer.items()})
    return cached


def identify_customer(sender: str | None, text: str, directory: Directory,
                      referenced_customers: Sequence[str] = (), *, bounced: bool = False) -> Identification:
    """referenced_customers: owners of the ledger invoices the customer's text refers to.
    bounced: `sender` is the address a bounce says our mail failed to reach."""
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
        if len(refs) == 1 and only not in refs:
            # A shared-service centre or an accountant on a customer's domain, writing for
            # another customer: believed only when the text also names that customer.
            (other,) = refs
            named = _match_company_name(text, directory)
            if named is not None and named.customer_id == other:
                return Identification(other, "invoice_reference", 0.8,
                                      f"sender's domain {domain} is {only}'s, but the invoices "
                                      f"mentioned belong to {other} and the text names it: "
                                      f"{named.explanation}", (only, other))
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
    by_address = _match_written_address(text, directory, sender)
    if by_address is not None:
        return by_address
    by_name = _match_company_name(text, directory)
    if by_name is not None:
        return by_name
    by_spelling = _match_address_spelling(sender, directory)
    if by_spelling is not None:
        return by_spelling
    by_owner = _match_owner_address(sender, text, directory, bounced)
    if by_owner is not None:
        return by_owner
    by_platform = _match_platform_sender(sender, directory)
    if by_platform is not None:
        return by_platform
    if by_domain:
        return Identification(None, "ambiguous", 0.0,
                              f"domain {domain} is shared by several customers",
                              tuple(sorted(by_domain)))
    return Identification(None, "unknown", 0.0,
                          "no contact, domain, invoice or company name matches")


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def _match_written_address(text: str, directory: Directory, sender: str) -> Identification | None:
    """A customer's contact address written in the text ("billing questions go to
    office@example.ch", "our accounts team at ap@example.com"): a writer from a personal
    address, a lawyer or an office holder naming whose account it is. The address itself,
    else its (non-personal) domain; only when it points at one customer."""
    written = {m.group(0).lower().strip(".'-") for m in _ADDRESS.finditer(text[:4000])} - {sender}
    for table, what in ((directory.by_email, "address"), (directory.by_domain, "domain")):
        owners: set[str] = set()
        seen = []
        for address in sorted(written):
            key = address if what == "address" else address.rpartition("@")[2]
            found = table.get(key, ())
            if found:
                owners.update(found)
                seen.append(key)
        if len(owners) == 1:
            (only,) = owners
            return Identification(only, "contact_in_text", 0.8,
                                  f"the text gives {what} {seen[0]}, a contact {what} of {only}")
        if owners:
            return None
    return None


_OWNER_WORD = 5  # letters: a surname or a trade word, not "sarl", "bv", "ltd"


def _distinctive(word: str, least: int = _OWNER_WORD) -> bool:
    """A word that can name one business: long enough, not common, not a legal form."""
    return len(word) >= least and word not in _COMMON_WORDS and word not in _LEGAL_SUFFIXES


def _match_owner_address(sender: str, text: str, directory: Directory, bounced: bool = False
                         ) -> Identification | None:
    """The owner of a family business writing from a personal address: a surname of the address
    ("jl.lemaitre@orange.fr", "p_jansen@gmail.com") that is a word of one customer's name only,
    and the text naming that customer by another word of the name ("la Biscuiterie", "de
    bakkerij", "the Garage"): "Biscuiterie Lemaître SARL" (round 16, dev101/057). Personal
    domains only; both words of 5+ letters.

    Without another word of the name, the address alone when it is a person's two names, one
    of them (6+ letters) a word of one customer's name only ("nathalie.garnier69@gmail.com" for
    "Épicerie Fine Garnier SARL"), and that person signs with both, or our mail to it bounced: the
    owner who closed the shop writing from home, a reminder sent to the owner's own address
    (round 18, dev108/019 and 059)."""
    local, _, domain = sender.partition("@")
    if not local or domain not in FREEMAIL_DOMAINS or not directory.names or not text:
        return None
    _, words, by_customer = _name_tables(directory)
    parts = {_fold(p) for p in re.split(r"[._+-]", local)}
    owners = {cid for p in parts if _distinctive(p) for cid in words.get(p, ()) if len(words[p]) == 1}
    if not owners:
        # first name and surname run together, digits after: "lucamoretti74@libero.it" for
        # "Ristorante Il Gabbiano di Moretti Luca" (round 17, dev104/065)
        run = re.sub(r"[^a-z]", "", _fold(local).replace(" ", ""))
        owned = directory._names.get("owned_words")
        if owned is None:  # the words a run-together address may hold, once per directory
            owned = directory._names["owned_words"] = [
                w for w, cids in words.items()
                if len(cids) == 1 and w.isalpha() and _distinctive(w, _OWNER_WORD + 1)]
        inside = {w for w in owned if w in run}
        parts |= inside
        owners = {cid for w in inside for cid in words[w]}
    if len(owners) != 1:
        return None
    (cid,) = owners
    text_words = set(_words(text[:4000]))
    named = sorted({w for key, _ in by_customer.get(cid, ()) for w in key.split()
                    if w not in parts and _distinctive(w) and w in text_words})
    if not named:
        return _owner_by_name_alone(sender, text, cid, words, directory, bounced)
    return Identification(cid, "company_name", 0.65,
                          f'the address {sender} carries a word of "{directory.names[cid]}" and the text '
                          f'names it by "{named[0]}"')


def _owner_by_name_alone(sender: str, text: str, cid: str, words: dict[str, frozenset[str]],
                         directory: Directory, bounced: bool) -> Identification | None:
    local = sender.partition("@")[0]
    # two names apart, each written out: "nathalie.garnier69", not "p_jansen" or "garnier"
    names = [re.sub(r"\d+$", "", _fold(p)) for p in re.split(r"[._-]", local)]
    if len(names) != 2 or not all(n.isalpha() and len(n) >= 3 for n in names):
        return None
    owned = [n for n in names if words.get(n) == frozenset({cid}) and _distinctive(n, _OWNER_WORD + 1)]
    if len(owned) != 1:
        return None
    if not bounced and f"{names[0]} {names[1]}" not in _fold(text[-4000:]):
        return None
    how = "our mail to it bounced" if bounced else "the writer signs with that name"
    return Identification(cid, "company_name", 0.6,
                          f'the address {sender} is a person\'s name, "{owned[0]}" as in '
                          f'"{directory.names[cid]}" (no other customer\'s), and {how}')


_PLATFORM_NAME = 6  # characters of a domain's first label: "peeterskoffie", not "info", "mail"


def _match_platform_sender(sender: str, directory: Directory) -> Identification | None:
    """A customer writing through an accounting or invoicing platform that sends as the company
    ("peeterskoffie@inbox.exact-online.be", "acme-gmbh@invoices.example-erp.com"): the address's
    local part is the first label of one customer's own (non-personal) domain, "peeterskoffie.be"
    (round 17, dev105/053)."""
    local, _, domain = sender.partition("@")
    stem = re.sub(r"[^a-z0-9]", "", _fold(local))
    # (not a personal mailbox: "nordwerk@gmail.com" is one word of a name, nobody's platform)
    if len(stem) < _PLATFORM_NAME or not domain or domain in directory.by_domain or domain in FREEMAIL_DOMAINS:
        return None
    stems = directory._names.get("domain_stems")
    if stems is None:  # the first label of each customer domain → its customers, once
        table: dict[str, set[str]] = defaultdict(set)
        for known, cids in directory.by_domain.items():
            table[re.sub(r"[^a-z0-9]", "", known.split(".")[0])].update(cids)
        stems = directory._names["domain_stems"] = dict(table)
    owners = stems.get(stem, set())
    if len(owners) != 1:
        return None
    (cid,) = owners
    return Identification(cid, "domain", 0.7,
                          f"the address {sender} is named after {cid}'s own domain")


def _match_address_spelling(sender: str, directory: Directory) -> Identification | None:
    """An address that spells a customer's whole name, words run together:
    "redwoodyouththeater@gmail.com" for Redwood Youth Theater, "ap@harbourgroupltd.co.uk" for
    The Harbour Group Ltd (names of 8+ letters; only when one customer's name fits)."""
    local, _, domain = sender.partition("@")
    if not local or not directory.names:
        return None
    parts = [local] + ([domain.split(".")[0]] if domain and domain not in FREEMAIL_DOMAINS else [])
    written = [re.sub(r"[^a-z0-9]", "", _fold(p)) for p in parts]
    compact = directory._names.get("compact")
    if compact is None:
        keys, _, _ = _name_tables(directory)
        compact = directory._names["compact"] = [
            (_customer(key_id), key.replace(" ", "")) for key_id, key in keys.items()
            if len(key.replace(" ", "")) >= 8 and len(key.split()) >= 2]
    found = {cid: spelled for cid, spelled in compact if any(spelled in w for w in written)}
    # "harboursidedentalclinic" spells "Harbourside Dental Clinic", not "Harbourside Dental" too
    found = {cid: spelled for cid, spelled in found.items()
             if not any(spelled != other and spelled in other for other in found.values())}
    if len(found) != 1:
        return None
    ((cid, spelled),) = found.items()
    return Identification(cid, "company_name", 0.7,
                          f'the address {sender} spells "{directory.names[cid]}"')


def _match_company_name(text: str, directory: Directory) -> Identification | None:
    if not directory.names or not text:
        return None
    words_of_text = _words(text[:4000])
    found = _match_in(" ".join(words_of_text), directory)
    if found is None:
        # An administrator or a lawyer writes the name in full ("Scheepswerf De Vries Harlingen
        # B.V. (in administration)", "The Harbour Group Ltd"): the words names are keyed without
        # ("de", "the", "group", legal forms) left out of the text too.
        bare = [w for w in words_of_text if w not in _LEGAL_SUFFIXES]
        if len(bare) < len(words_of_text):
            found = _match_in(" ".join(bare), directory)
    return found


def _match_in(haystack: str, directory: Directory) -> Identification | None:
    keys, words, by_customer = _name_tables(directory)
    hits = process.extract(haystack, keys, scorer=fuzz.partial_ratio, score_cutoff=92, limit=6,
                           processor=None)
    if hits:
        best_score = hits[0][1]
        top = [h for h in hits if h[1] >= best_score - 2]
        named = tuple(dict.fromkeys(_customer(str(h[2])) for h in top))
        if len(named) > 1:
            return Identification(None, "ambiguous", 0.0,
                                  "the text names several customers: " + ", ".join(named), named)
        cid = named[0]
        return Identification(cid, "company_name", 0.75,
                              f'the text names "{directory.names[cid]}" '
                              f"(similarity {best_score:.0f}/100)")
    return _match_short_name(haystack, words, by_customer, directory)


def _match_short_name(haystack: str, words: dict[str, frozenset[str]],
                      by_customer: dict[str, tuple[tuple[str, bool], ...]],
                      directory: Directory) -> Identification | None:
    """Two or more words of one customer's name, in its order and next to each other in the
    text, one of them found in no other customer's name: "Boulangerie Guérin, Nantes"."""
    tokens = haystack.split()
    found: dict[str, str] = {}
    for i, token in enumerate(tokens):
        owners = words.get(token)
        if not owners or len(owners) != 1 or len(token) < 4 or token in _COMMON_WORDS:
            continue
        (cid,) = owners
        for key, alternate in by_customer[cid]:
            best = _run_around(tokens, i, key.split())
            # one part of the name, shortened, is too little: "Jean-Luc" of "(Jean-Luc Vautrin)"
            if best is not None and (not alternate or best == key):
                found.setdefault(cid, best)
                break
    if not found:
        found = _shared_word_runs(tokens, words, by_customer)
    if len(found) == 1:
        ((cid, written),) = found.items()
        return Identification(cid, "company_name", 0.7,
                              f'the text names "{written}", part of the name of '
                              f'"{directory.names[cid]}" and of no other customer')
    if len(found) > 1:
        return Identification(None, "ambiguous", 0.0,
                              "the text names several customers: " + ", ".join(sorted(found)),
                              tuple(sorted(found)))
    return None


def _shared_word_runs(tokens: list[str], words: dict[str, frozenset[str]],
                      by_customer: dict[str, tuple[tuple[str, bool], ...]]) -> dict[str, str]:
    """Three or more words of one customer's name, next to each other in its order, that no
    other name holds together, when each word alone is shared: "Big D Comfort" for "Big D
    Comfort Systems" beside "Alamo Comfort Solutions"."""
    found: dict[str, str] = {}
    for i, token in enumerate(tokens):
        owners = words.get(token)
        if not owners or len(owners) > 4 or len(token) < 3 or token in _COMMON_WORDS:
            continue  # a word of many names ("services", "plumbing") starts no run: bounded work
        for cid in owners:
            for key, alternate in by_customer[cid]:
                name = key.split()
                best = _run_around(tokens, i, name) if not alternate else None
                if best is None or len(best.split()) < 3 or len(best) < 10 \
                        or f" {best} " not in f" {' '.join(name)} ":
                    continue
                if not any(f" {best} " in f" {other} " for other_cid, keys in by_customer.items()
                           if other_cid != cid for other, _ in keys):
                    found.setdefault(cid, best)
    return found


def _run_around(tokens: list[str], i: int, name: list[str]) -> str | None:
    """The longest run of text tokens around tokens[i] that are words of `name` in its order
    (words of the name may be left out between them), if it holds two meaningful words."""
    if tokens[i] not in name:
        return None
    at = name.index(tokens[i])
    start, position = i, at
    while start > 0 and tokens[start - 1] in name[:position]:
        start -= 1
        position = name.index(tokens[start], 0, position)
    end, position = i, at
    while end + 1 < len(tokens) and tokens[end + 1] in name[position + 1:]:
        end += 1
        position = name.index(tokens[end], position + 1)
    run = tokens[start:end + 1]
    if sum(1 for w in run if w not in _COMMON_WORDS and len(w) >= 2) < 2:
        return None
    # The name's first word (its own, as a rule: "Bramble" in "Bramble & Oak Joinery") must be
    # there, and half the name: "oak joinery" or "tool hire" are words, not a company.
    if name[0] not in run or 2 * len(set(run)) < len(set(name)):
        return None
    return " ".join(run)
