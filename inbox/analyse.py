"""The offline understanding of one message: parse, strip quotes, detect bounces and
auto-replies, identify the customer, classify, extract facts. Bytes in, `Understanding` out.

Pure: the ledger arrives as a `LedgerView` snapshot built by inbox.service.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from inbox import amounts, dates, remittance
from inbox.attachments import attachment_rows, attachment_text
from inbox.autoreplies import detect_auto_reply
from inbox.bounces import detect_bounce
from inbox.classify import IntentScore, classify_intents, mass_mailing
from inbox.intent_model import IntentModel
from inbox.plan_terms import PlanTerms, find_plan_terms
from inbox.disputes import dispute_reason
from inbox.identify import Directory, Identification, identify_customer
from inbox.intent_text import sentence_bounds
from inbox.language import detect_language
from inbox.message import ParsedMessage
from inbox.mime import parse_message
from inbox.quotes import split_reply
from inbox.references import (BareNumber, ReferenceIndex, ReferenceMention, ReferenceResolution,
                              _parts, find_bare_numbers, find_ending_references, find_listed_codes,
                              find_reference_candidates, normalize_reference)
from ledger.errors import InputError

_REPLY_PREFIXES = ("re:", "aw:", "sv:", "tr:", "fw:", "fwd:", "wg:", "rv:", "réf:", "ref:")
_FORWARD_PREFIXES = ("fw:", "fwd:", "wg:", "tr:", "rv:", "enc:", "i:", "doorst:")
_REMITTANCE_TYPES = ("text/csv", "application/pdf", "application/vnd.ms-excel",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "text/html")


_INDEX_CACHE = 512  # customers whose indexes a view keeps


@dataclass(frozen=True, slots=True)
class LedgerView:
    """What analysis needs to know of the ledger, loaded once per run."""

    directory: Directory
    invoice_owner: dict[str, str]  # invoice_number → customer_id
    invoices_by_customer: dict[str, tuple[str, ...]]
    invoice_currency: dict[str, str]
    all_invoices: ReferenceIndex
    invoice_po: dict[str, str] = field(default_factory=dict)  # invoice_number → PO, when known
    # invoice_number → (amount, open amount)
    invoice_amounts: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    _cache: dict[Any, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def customer_index(self, customer_id: str) -> ReferenceIndex:
        """The customer's invoices, indexed once (a few hundred customers are kept)."""
        return self._cached(("invoices", customer_id), lambda: ReferenceIndex(
            self.invoices_by_customer.get(customer_id, ()), customer=True))

    def customer_orders(self, customer_id: str
                        ) -> tuple[ReferenceIndex, dict[str, tuple[str, ...]]]:
        """The customer's PO numbers indexed, and the invoices carrying each."""
        def build() -> tuple[ReferenceIndex, dict[str, tuple[str, ...]]]:
            by_po: dict[str, list[str]] = {}
            for number in self.invoices_by_customer.get(customer_id, ()):
                po = self.invoice_po.get(number)
                if po:
                    by_po.setdefault(po, []).append(number)
            return ReferenceIndex(by_po), {k: tuple(v) for k, v in by_po.items()}
        return self._cached(("orders", customer_id), build)

    def customer_amounts(self, customer_id: str) -> dict[Decimal, tuple[str, ...]]:
        """The customer's invoices by amount and by open amount (an invoice once per amount)."""
        def build() -> dict[Decimal, tuple[str, ...]]:
            by_amount: dict[Decimal, set[str]] = {}
            for number in self.invoices_by_customer.get(customer_id, ()):
                for value in self.invoice_amounts.get(number, ()):
                    by_amount.setdefault(value, set()).add(number)
            return {k: tuple(sorted(v)) for k, v in by_amount.items()}
        return self._cached(("amounts", customer_id), build)

    def invoices_with_po(self, key: str) -> tuple[str, ...]:
        """Every invoice of the ledger whose PO number has this `normalize_reference` key."""
        table = self._cache.get("po_keys")
        if table is None:
            built: dict[str, list[str]] = {}
            for number, po in self.invoice_po.items():
                built.setdefault(normalize_reference(po), []).append(number)
            table = self._cache["po_keys"] = {k: tuple(v) for k, v in built.items()}
        return table.get(key, ())

    def _cached(self, key: tuple[str, str], build: Any) -> Any:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > _INDEX_CACHE:
                for old in [k for k in list(self._cache) if k != "po_keys"][:_INDEX_CACHE // 4]:
                    self._cache.pop(old, None)
            found = self._cache[key] = build()
        return found


@dataclass(frozen=True, slots=True)
class RemittanceFacts:
    payment_amount: Decimal | None
    currency: str | None
    payment_date: date | None
    lines: tuple[dict[str, Any], ...]  # invoice_number, reference, paid_amount, deduction_*


@dataclass(frozen=True, slots=True)
class Understanding:
    message: ParsedMessage
    own_text: str
    language: str | None
    intents: tuple[IntentScore, ...]
    identification: Identification
    invoice_refs: tuple[str, ...]
    promised_date: date | None = None
    promised_amount: Decimal | None = None
    promised_currency: str | None = None
    dispute_reason: str | None = None
    disputed_invoices: tuple[str, ...] = ()
    remittance: RemittanceFacts | None = None
    return_date: date | None = None
    bounced_recipient: str | None = None
    payment_plan: PlanTerms | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def primary_intent(self) -> str:
        return self.intents[0].label if self.intents else "other"

    def has(self, label: str) -> bool:
        return any(i.label == label for i in self.intents)


def customer_subject(subject: str) -> str:
    """The subject when the customer wrote it; a reply keeps our reminder's subject, so skip it."""
    lowered = subject.strip().lower()
    return "" if lowered.startswith(_REPLY_PREFIXES) else subject


def _resolve(mentions: Sequence[ReferenceMention], index: ReferenceIndex) -> list[Any]:
    return [index.resolve(m) for m in mentions if m.kind != "po"]


def _bare_numbers(bare: Sequence[BareNumber], index: ReferenceIndex, confirming: str
                  ) -> list[ReferenceResolution]:
    """Numbers written without any invoice word that are, unambiguously, one of the writer's
    own invoice numbers or the end of one ("4502" → INV/2026/04502). Only tried once the
    customer is known, where the candidates are few, and never fuzzily. A short number (3-4
    digits) also needs a cue in the sentence ("pay 4671", "la 746") or our quoted reminder
    listing that invoice in full (`confirming`)."""
    found = []
    for b in bare:
        res = index.resolve(b.mention)
        if not res.invoice_number or res.method not in ("exact", "normalized", "suffix", "ending"):
            continue
        if b.short:
            listed = res.invoice_number in confirming
            if b.cue is None and not listed:
                continue
            why = b.cue or "no cue in the sentence"
            if listed:
                why += "; the quoted reminder lists " + res.invoice_number
            res = replace(res, score=min(res.score, 0.8),
                          explanation=f"{res.explanation}, a number written alone ({why})")
        found.append(res)
    return found


_PLURAL = re.compile(r"(?i)\b(?:invoices|bills|both|all|two|three|four|several|factures"
                     r"|deux|trois|toutes|rechnungen|beide|alle|zwei|drei|facturas|ambas|todas"
                     r"|dos|tres)\b")


def _order_references(mentions: Sequence[ReferenceMention], bare: Sequence[BareNumber],
                      resolved: dict[tuple[int, str], ReferenceResolution], customer_id: str,
                      view: LedgerView, own: str, refs: Sequence[str]) -> list[ReferenceResolution]:
    """Invoices named by their purchase order: "the invoice for PO 4500123456", "the two
    invoices under order WBC171619", "that order (LP2990)". A PO written next to one of its
    invoices adds nothing; a PO carrying several invoices gives them all only when the
    sentence speaks of several ("the two invoices", "both"), else none (ambiguous)."""
    if not view.invoice_po:
        return []
    orders, by_po = view.customer_orders(customer_id)
    if not by_po:
        return []

    def unresolved(m: ReferenceMention) -> bool:
        res = resolved.get((m.start, m.text))
        return res is None or res.invoice_number is None

    candidates = [m for m in mentions if m.kind == "po" or (m.kind == "unknown" and unresolved(m))]
    candidates += [b.mention for b in bare if not b.short]
    out: list[ReferenceResolution] = []
    for m in candidates:
        res = orders.resolve(replace(m, kind="invoice"))
        # "PO 92923" may be the end of "ACM-PO-92923"; anything else must be the PO number.
        rules = ("exact", "normalized", "suffix") if m.kind == "po" else ("exact", "normalized")
        if res.invoice_number is None or res.method not in rules:
            continue
        po = res.invoice_number
        invoices = by_po[po]
        if set(invoices) & set(refs):
            continue
        how = "is" if res.method == "exact" else f"matches ({res.method})"
        near = own[max(0, m.start - 60):m.start] if m.start >= 0 else ""
        plural = _PLURAL.search(near)
        if len(invoices) > 1:
            if plural is None:
                shown = ", ".join(invoices[:10])
                out.append(ReferenceResolution(
                    m, None, 0.0, "ambiguous",
                    f'wrote "{m.text}", which {how} purchase order {po}, carried by '
                    f"{len(invoices)} invoices ({shown}); not resolved", tuple(invoices[:10])))
                continue
        for number in invoices:
            which = (f"its only invoice is {number}" if plural is None or len(invoices) == 1 else
                     f'one of its {len(invoices)} invoices, all meant ("{plural[0]}")')
            out.append(ReferenceResolution(
                m, number, 0.8, "purchase_order",
                f'wrote "{m.text}", which {how} purchase order {po}: {which}'))
    return out


def _forwarded_open_invoices(codes: Sequence[ReferenceMention], index: ReferenceIndex,
                             view: LedgerView) -> list[ReferenceResolution]:
    """Codes without an invoice word in what the customer forwards (their bank's "Addenda:
    DAL-319088 DAL-319453" below "see below, this was paid"), asked only when the customer's
    message names no invoice otherwise (else the forward is context: a colleague's "also 10629
    is on hold"): references when the code is, as written or but for case and separators, an
    invoice of this customer still open in the ledger."""
    out: list[ReferenceResolution] = []
    for m in codes:
        res = index.resolve(m)
        number = res.invoice_number
        if number is None or res.method not in ("exact", "normalized"):
            continue
        amounts_ = view.invoice_amounts.get(number)
        if amounts_ is None or amounts_[1] <= 0:
            continue
        out.append(replace(res, explanation=f"{res.explanation}, in the message the customer forwarded "
                                            "(an open invoice of theirs)"))
    return out


def _listed_invoice_codes(text: str, view: LedgerView) -> list[ReferenceMention]:
    """`find_listed_codes` kept only when exactly a ledger invoice number ("CP26-04205")."""
    return [m for m in find_listed_codes(text) if view.all_invoices.lookup(m.text)]


# Between a number and the amount written with it: "4289 = 638,90", "invoice 10254 ($2,145.90)",
# "CP26-04188 du 27/08 : 2 340,00 €" is not (the date is in between).
_NUMBER_THEN_AMOUNT = re.compile(r"[ \t]*(?:[=:(\-–—]|for|pour|de|of|über|von|por|per|für)?[ \t]*")


def _one_swap(a: str, b: str) -> bool:
    """ "4424" and "4244", "10254" and "10452": the same digits but two of them exchanged."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _amount_confirmed(own: str, candidates: Sequence[ReferenceMention], customer_id: str, view: LedgerView,
                      refs: Sequence[str]) -> list[ReferenceResolution]:
    """A number written with an amount ("4289 = 638,90", "invoice 10254 ($2,145.90)") that no
    other rule read: the customer's only invoice with exactly that amount (or open amount), when
    the number is that invoice's number (its last digit run, "4289" for CP26-04289) or that
    number, 4+ digits, with two of its digits exchanged ("4424" for CP26-04244, "10254" for
    CV26-10452: digits transposed). The amount alone never names it (see `_amount_references`),
    nor the number alone (a short one needs a cue; a transposition is never read otherwise)."""
    if not view.invoice_amounts:
        return []
    by_amount = view.customer_amounts(customer_id)
    out: list[ReferenceResolution] = []
    for m in candidates:
        line_end = own.find("\n", m.end)
        segment = own[m.end:line_end if line_end >= 0 else len(own)][:40]
        found = [a for a in amounts.find_amounts(segment, bare=True) if a.amount > 0]
        if not found or not _NUMBER_THEN_AMOUNT.fullmatch(segment[:found[0].start]):
            continue
        same = by_amount.get(found[0].amount, ())
        if len(same) != 1 or same[0] in refs:
            continue
        number = same[0]
        last, written = _parts(number)[-1], "".join(c for c in m.text if c.isdigit()).lstrip("0")
        if not last.isdigit() or len(written) < 3:
            continue
        last = last.lstrip("0")
        if written == last:
            how = "its number"
        elif len(written) >= 4 and _one_swap(written, last):
            how = "its number with two digits swapped"
        else:
            continue
        out.append(ReferenceResolution(
            m, number, 0.7, "amount_confirmed",
            f'wrote "{m.text}" with {found[0].text}: {number} is the only invoice of this customer for '
            f"exactly {found[0].amount}, and \"{m.text}\" is {how}"))
        refs = [*refs, number]
    return out


_AMOUNT_THE = re.compile(r"(?i)(?:^|[^\w])(?:the|that|this|la|le|celle|celui|die|der|el)\s+$")
_AMOUNT_NOUN = re.compile(
    r"(?i)^\s*(?:[^\W\d]+\s+){0,2}?(?:one|invoice|bill|facture|rechnung|factura)\b")
_AMOUNT_OF = re.compile(r"(?i)\b(?:invoice|bill|facture|rechnung|factura)\s+"
                        r"(?:of|for|de|d'un\s+montant\s+de|über|von|por)\s+$")


def _amount_references(own: str, customer_id: str, view: LedgerView, refs: Sequence[str]
                       ) -> list[ReferenceResolution]:
    """An invoice named by its amount alone: "the $11,400.00 one", "invoice for €950.82", "la
    facture de 950,82 €". Only when the amount describes an invoice and exactly one of the
    customer's invoices has exactly that amount (or open amount); never when the message
    names an invoice by number already."""
    if refs or not view.invoice_amounts:
        return []
    out: list[ReferenceResolution] = []
    by_amount = view.customer_amounts(customer_id)
    for a in amounts.find_amounts(own):
        if a.amount <= 0:
            continue
        before, after = own[max(0, a.start - 40):a.start], own[a.end:a.end + 40]
        if not ((_AMOUNT_THE.search(before) and _AMOUNT_NOUN.match(after))
                or _AMOUNT_OF.search(before)):
            continue
        same = by_amount.get(a.amount, ())
        if len(same) == 1:
            out.append(ReferenceResolution(
                ReferenceMention(a.text, a.start, a.end, "", "amount"), same[0], 0.7, "amount",
                f'wrote "{a.text}" for an invoice without its number: {same[0]} is the only '
                f"invoice of this customer for exactly {a.amount}"))
    return out


def _attachment_mentions(rows: Sequence[Sequence[str]], view: LedgerView, first: int
                         ) -> list[ReferenceMention]:
    """Cells of a remittance attachment that are a ledger invoice number exactly (or but for
    case, separators and zeros): "Your Reference 9100035676" when the reference column was
    read elsewhere. Positions are negative, below `first` (they are not in the text)."""
    out: list[ReferenceMention] = []
    seen: set[str] = set()
    for row in rows[:2000]:
        for cell in row:
            text = cell.strip()
            if not 4 <= len(text) <= 40 or " " in text or not any(c.isdigit() for c in text):
                continue
            key = normalize_reference(text)
            if key in seen:
                continue
            if len(view.all_invoices.lookup(text)) == 1:
                seen.add(key)
                at = first - len(out)
                out.append(ReferenceMention(text, at, at, key, "invoice"))
    return out


_FORWARD_START = re.compile(
    r"(?im)^[ \t>]*(?:-{2,}|_{2,}|={2,}|\*{2,})?[ \t]*(?:forwarded message"
    r"|message transf[ée]r[ée]|weitergeleitete nachricht|mensaje reenviado|begin forwarded message"
    r"|d[ée]but du message r[ée]exp[ée]di[ée]|anfang der weitergeleiteten nachricht"
    r"|inicio del mensaje reenviado|messaggio inoltrato)[ \t]*:?[ \t]*"
    r"(?:-{2,}|_{2,}|={2,}|\*{2,})?[ \t]*$")
_HEADER_FROM = re.compile(r"(?im)^[ \t>*]*(?:from|de|von|van|da)[ \t]*:[ \t]*\**(?P<value>.*)$")
_HEADER_SUBJECT = re.compile(r"(?im)^[ \t>*]*(?:subject|objet|betreff|asunto|oggetto)[ \t]*:(?P<value>.*)$")
_REMINDER_WORDS = re.compile(
    r"(?i)remind|overdue|outstanding|past\s+due|statement|dunning|final\s+notice|relance|rappel|[ée]chu"
    r"|impay|mahnung|zahlungserinnerung|erinnerung|recordatorio|vencid|sollecito|herinnering")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_NEXT_MESSAGE = re.compile(
    r"(?im)^[ \t>]*(?:-{2,}[ \t]*(?:original message|message d'origine|ursprüngliche nachricht"
    r"|mensaje original)"
    r"|_{10,}|on .{0,200}wrote:|le .{0,200}a [ée]crit ?:|am .{0,200}schrieb .{0,100}:)")


def _forwarded_material(quoted: str, to_addresses: Sequence[str], whole: bool = False) -> list[tuple[str, str]]:
    """(sender, text) of each message the customer forwarded that is not ours: a bank's
    payment confirmation, their accountant's letter, their AP system's advice. Ours is the
    one sent from an address (or domain) the customer wrote to; without a To header, none.
    `whole`: the subject says the message is a forward ("WG:", "TR:"), so the quoted text
    is one even without a "Forwarded message" line (Outlook starts it at "Von:")."""
    ours = {a.lower() for a in to_addresses}
    our_domains = {a.rpartition("@")[2] for a in ours}
    if not ours:
        return []
    out = []
    starts = [m.end() for m in _FORWARD_START.finditer(quoted)]
    if whole and not starts:
        starts = [0]
    for start in starts:
        block = quoted[start:start + 20_000]
        header = _HEADER_FROM.search(block, 0, 400)
        address = _ADDRESS.search(header["value"]) if header else None
        if address is None:
            continue
        sender = address.group(0).lower()
        if sender in ours or sender.rpartition("@")[2] in our_domains:
            continue
        body = block[header.end():]
        subject = _HEADER_SUBJECT.search(block, 0, 800)
        if subject and _REMINDER_WORDS.search(subject["value"]):
            continue  # a reminder of ours, sent from an address the customer did not answer
        nested = [m.start() for m in (_NEXT_MESSAGE.search(body), _FORWARD_START.search(body),
                                      _HEADER_FROM.search(body, 200)) if m]
        out.append((sender, body[:min(nested)] if nested else body))
    return out


_TOKEN = re.compile(r"(?<![\w/-])[A-Za-z0-9][A-Za-z0-9/_.-]{2,38}(?<![./_-])(?![\w/-])")


def _exact_numbers_in(text: str, view: LedgerView, first: int, limit: int = 5000
                      ) -> list[ReferenceMention]:
    """Tokens of an attachment's text that are a ledger invoice number exactly (or but for
    case, separators and zeros). Positions are negative, from `first` down."""
    out: list[ReferenceMention] = []
    seen: set[str] = set()
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i >= limit:
            break
        token = m.group(0)
        if not any(c.isdigit() for c in token):
            continue
        key = normalize_reference(token)
        if key in seen or len(key) < 4:
            continue
        if len(view.all_invoices.lookup(token)) == 1:
            seen.add(key)
            out.append(ReferenceMention(token, first - len(out), first - len(out), key, "invoice"))
    return out


def _by_quoted_reminder(ident: Identification, quoted: str, view: LedgerView) -> Identification:
    """Whoever wrote, they answer the reminder they quote: when nothing else tells, the
    customer whose invoices it lists (all of them one customer's) is the one writing."""
    if not quoted:
        return ident
    listed = {view.invoice_owner[n] for m in _exact_numbers_in(quoted[:20_000], view, 0, limit=2000)
              for n in view.all_invoices.lookup(m.text)}
    if ident.method == "ambiguous" and ident.candidates:
        listed &= set(ident.candidates)
    if len(listed) != 1:
        return ident
    (only,) = listed
    why = ("; of those, " if ident.method == "ambiguous" else "; ") + \
        f"the reminder quoted in the reply lists invoices of {only} only"
    return Identification(only, "quoted_reminder", 0.7, ident.explanation + why, ident.candidates)


# "To: Dean Hollis <dean@procleanfs.co.uk>" in the header lines of a forwarded message
_FORWARDED_HEADER = re.compile(r"(?im)^[ \t>*]*(?:from|to|cc|de|à|a|von|an|para|fra|til|från|till|da|van|aan)[ \t]*:.*$")


def _by_forwarded_addresses(ident: Identification, blocks: Sequence[tuple[Any, str]], view: LedgerView
                            ) -> Identification:
    """A customer's employee forwarding from a personal address what was sent to their work one
    (the administrator's letter to "dean@procleanfs.co.uk"): the forwarded message's own header
    lines name one customer's contact address or domain."""
    headers = "\n".join(m.group(0) for _, block in blocks for m in _FORWARDED_HEADER.finditer(block[:3000]))
    found = identify_customer(None, headers, view.directory) if headers else None
    if found is None or found.customer_id is None or found.method != "contact_in_text":
        return ident
    return Identification(found.customer_id, "forwarded_headers", 0.75,
                          f"{ident.explanation}; the forwarded message's headers: {found.explanation}")


_TEXT_ATTACHMENT = -5_000_000  # positions of a plain-text attachment's references: not in `own`


def understand(raw: bytes, view: LedgerView, *, max_attachment_bytes: int = 10_000_000,
               max_attachments: int = 50, intent_model: IntentModel | None = None
               ) -> Understanding:
    """Everything arbox reads from one message. Raises InputError if it is not an email."""
    msg = parse_message(raw, max_attachment_bytes=max_attachment_bytes,
                        max_attachments=max_attachments)
    evidence: dict[str, Any] = {"defects": list(msg.defects)}
    sent = msg.local_date or (msg.date.date() if msg.date else None)
    bounce = detect_bounce(msg)
    auto = None if bounce else detect_auto_reply(msg)
    reply = split_reply(msg.text, msg.html)
    own = reply.own_text.strip()
    subject = customer_subject(msg.subject)
    language = detect_language(own) or detect_language(msg.text[:2000])

    rem_text_lines = remittance.find_remittance_lines(own)
    table_lines: list[remittance.RemittanceLine] = []
    attachment_refs: list[ReferenceMention] = []
    for att in msg.attachments:
        name = (att.filename or "").lower()
        if att.content_type in _REMITTANCE_TYPES or name.endswith(
                (".csv", ".pdf", ".xlsx", ".xls", ".html", ".txt")):
            try:
                rows = attachment_rows(att)
                text: str | None = None  # the attachment's text, read once when needed
                read = remittance.rows_to_remittance_lines(rows)
                if not read and name.endswith(".txt"):
                    # an advice printed in aligned columns is no CSV: its text, as a table
                    text = attachment_text(att)
                    read = [replace(ln, reference=replace(ln.reference, start=_TEXT_ATTACHMENT - ln.reference.start,
                                                          end=_TEXT_ATTACHMENT - ln.reference.end))
                            for ln in remittance.find_remittance_lines(text)]
                table_lines.extend(read)
                cells = _attachment_mentions(rows, view, -100_000 - len(attachment_refs))
                # a PDF without tables, or a plain-text advice in columns: its text
                if not cells and (not rows or name.endswith(".txt")):
                    cells = _exact_numbers_in(attachment_text(att) if text is None else text, view,
                                              -100_000 - len(attachment_refs))
                attachment_refs += cells
            except InputError as exc:
                evidence.setdefault("attachment_errors", []).append(
                    f"{att.filename}: {exc}")
    rem_lines = rem_text_lines + table_lines

    mentions = find_reference_candidates(own)
    # "CP26-04205": letters that usually mark a postcode or a unit, read only as exactly a
    # ledger invoice number (`find_listed_codes`)
    mentions += _listed_invoice_codes(own, view)
    taken = {(m.start, m.end) for m in mentions}
    # Bare numbers under an "Invoice" column of a remittance table are references too.
    mentions += [ln.reference for ln in rem_text_lines
                 if (ln.reference.start, ln.reference.end) not in taken]
    endings = find_ending_references(own)
    bare = find_bare_numbers(own, [(m.start, m.end) for m in mentions + endings])
    # Our reminder's subject is not the customer's words (nor an auto-reply's or a bounce's).
    if subject and auto is None and bounce is None:
        known = {m.key for m in mentions}
        mentions += [replace(m, start=-1 - m.start, end=-1 - m.end)  # not positions in `own`
                     for m in find_reference_candidates(subject) + _listed_invoice_codes(subject, view)
                     if m.key not in known]
    mentions += [ln.reference for ln in table_lines]
    known = {m.key for m in mentions}
    mentions += [m for m in attachment_refs if m.key not in known]
    # What the customer forwarded (not our reminder) is theirs: "see the bank's confirmation".
    forwarded_blocks = _forwarded_material(reply.quoted_text, msg.to_addresses)
    if not forwarded_blocks and msg.subject.strip().lower().startswith(_FORWARD_PREFIXES):
        # no "Forwarded message" line, but the subject says it is one: the whole quote is
        forwarded_blocks = _forwarded_material(reply.quoted_text, msg.to_addresses, whole=True)
    # A bare code in it ("Addenda: DAL-319088") counts only as exactly an open invoice of the
    # customer, once known (see `_forwarded_open_invoices`).
    forwarded_codes: list[ReferenceMention] = []
    for n, (_, block) in enumerate(forwarded_blocks):
        known = {m.key for m in mentions + forwarded_codes}
        base = -200_000 - 10_000 * n  # not positions in `own`
        for m in find_reference_candidates(block):
            if m.key not in known:
                moved = replace(m, start=base - m.start, end=base - m.end)
                (forwarded_codes if m.kind == "unknown" else mentions).append(moved)
        # "Payee account: CV26-10611": a token under another label is asked the same way
        known = {m.key for m in mentions + forwarded_codes}
        forwarded_codes += [replace(m, start=base - 5_000 + m.start, end=base - 5_000 + m.end, kind="unknown")
                            for m in _exact_numbers_in(block, view, 0, limit=2000) if m.key not in known]
    global_res = _resolve(mentions, view.all_invoices)
    owners = sorted({view.invoice_owner[r.invoice_number] for r in global_res
                     if r.invoice_number and r.method in ("exact", "normalized")})
    if not owners:
        # A long number written alone that is exactly a ledger invoice number ("9100036063
        # and 9100036260 are with the budget holders") tells who the invoices are about.
        owners = sorted({view.invoice_owner[n] for b in bare
                         if not b.short and len(b.mention.text) >= 7
                         for n in view.all_invoices.lookup(b.mention.text)})
    if not owners and view.invoice_po:
        by_order = [set(view.invoice_owner[n] for n in view.invoices_with_po(m.key))
                    for m in mentions if m.kind in ("po", "unknown") and len(m.key) >= 5]
        owners = sorted(set().union(*[o for o in by_order if len(o) == 1]))
    if bounce:
        ident = identify_customer(bounce.recipient, own, view.directory, owners, bounced=True)
    else:
        # The sender's display name may be their company ("Lone Pine Diner AP").
        signed = f"{own}\n{msg.from_name}" if msg.from_name else own
        # A lawyer's or an office holder's subject names the customer ("Électro-Boréal inc. -
        # Avis aux créanciers"); after the customer's own words, so a name they write wins.
        signed = f"{signed}\n{msg.subject}" if msg.subject else signed
        ident = identify_customer(msg.from_address, signed, view.directory, owners)
        if ident.customer_id is None and not owners:
            fuzzy_owners = sorted({view.invoice_owner[r.invoice_number] for r in global_res
                                   if r.invoice_number})
            if len(fuzzy_owners) == 1:
                ident = identify_customer(msg.from_address, signed, view.directory, fuzzy_owners)
        if ident.customer_id is None and ident.method in ("unknown", "ambiguous"):
            ident = _by_quoted_reminder(ident, reply.quoted_text, view)
        if ident.customer_id is None and ident.method == "unknown" and forwarded_blocks:
            ident = _by_forwarded_addresses(ident, forwarded_blocks, view)
    evidence["customer"] = ident.explanation

    if ident.customer_id:
        index = view.customer_index(ident.customer_id)
        resolutions = _resolve(mentions + endings, index)
        confirming = "\n".join((msg.subject, msg.text, msg.html or ""))
        resolutions += _bare_numbers(bare, index, confirming)
        direct = [r.invoice_number for r in resolutions if r.invoice_number]
        read = {(r.mention.start, r.mention.text) for r in resolutions if r.invoice_number}
        unread = [m for m in mentions if m.start >= 0 and m.kind in ("invoice", "unknown")
                  and (m.start, m.text) not in read]
        unread += [b.mention for b in bare if (b.mention.start, b.mention.text) not in read]
        resolutions += _amount_confirmed(own, unread, ident.customer_id, view, direct)
        direct = [r.invoice_number for r in resolutions if r.invoice_number]
        by_mention = {(r.mention.start, r.mention.text): r for r in resolutions}
        resolutions += _order_references(mentions, bare, by_mention, ident.customer_id, view, own,
                                         direct)
        direct = [r.invoice_number for r in resolutions if r.invoice_number]
        if not direct:
            forwarded = _forwarded_open_invoices(forwarded_codes, index, view)
            resolutions += forwarded
            direct = [r.invoice_number for r in forwarded]
        resolutions += _amount_references(own, ident.customer_id, view, direct)
    else:
        resolutions = [r for r in global_res if r.method in ("exact", "normalized")]
    refs: list[str] = []
    for r in resolutions:
        if r.invoice_number and r.invoice_number not in refs:
            refs.append(r.invoice_number)
    evidence["references"] = [
        {"text": r.mention.text, "invoice_number": r.invoice_number, "method": r.method,
         "score": round(r.score, 3), "explanation": r.explanation} for r in resolutions]
    resolved_by_text = {(r.mention.start, r.mention.text): r.invoice_number for r in resolutions}

    found_amounts = amounts.find_amounts(own)
    promised = dates.find_promised_date(own, sent, language) if sent else None
    forwarded = "\n\n".join(block for _, block in forwarded_blocks)
    intents = classify_intents(own, subject, language, is_bounce=bounce is not None,
                               forwarded_text=forwarded,
                               is_mass_mailing=mass_mailing(msg.headers, own),
                               is_auto_reply=auto is not None,
                               has_remittance_lines=any(ln.paid_amount is not None
                                                        for ln in rem_lines),
                               has_promised_date=promised is not None,
                               has_amounts=bool(found_amounts),
                               model_scores=(intent_model.scores(own, subject)
                                             if intent_model and bounce is None else None))
    evidence["intents"] = {i.label: list(i.evidence) for i in intents}
    labels = {i.label for i in intents}

    result = Understanding(message=msg, own_text=own, language=language, intents=tuple(intents),
                           identification=ident, invoice_refs=tuple(refs), evidence=evidence)
    changes: dict[str, Any] = {}
    if bounce:
        changes["bounced_recipient"] = bounce.recipient
        evidence["bounce"] = bounce.evidence
    # An out-of-office read from its words alone (no header, no known layout) still says when
    # the person is back (docs/labelling.md: return_date goes with auto-replies).
    if sent and (auto or "auto_reply" in labels):
        changes["return_date"] = dates.find_return_date(own or msg.text, sent, language)
        if auto:
            evidence["auto_reply"] = auto.evidence
    if "promise_to_pay" in labels or "payment_plan_request" in labels:
        if promised:
            changes["promised_date"] = promised.value
            evidence["promised_date"] = promised.text
        pick = _promised_amount(own, [a for a in found_amounts if a.amount > 0], promised)
        if pick is not None:
            changes["promised_amount"] = pick.amount
            changes["promised_currency"] = pick.currency
    elif "dispute" in labels and promised:
        # "We contest 4411; the others will be paid on the 24th": the undisputed invoices'
        # promise (labelled promise_to_pay beside the dispute). Only the date: the first
        # amount is usually the disputed one.
        changes["promised_date"] = promised.value
        evidence["promised_date"] = promised.text
        # ... unless the amount is said in the promise's own sentence: "I'll pay 4464 ($516.59) Friday"
        first, last = sentence_bounds(own, promised.start, promised.end)
        near = [a for a in found_amounts if a.amount > 0 and first <= a.start and a.end <= last + 1]
        if len(near) == 1:
            changes["promised_amount"] = near[0].amount
            changes["promised_currency"] = near[0].currency
    if "payment_plan_request" in labels:
        terms = find_plan_terms(own, sent, language, found_amounts)
        if terms is not None:
            changes["payment_plan"] = terms
            evidence["payment_plan"] = list(terms.evidence)
    if "dispute" in labels:
        reason = dispute_reason(own, language)
        changes["dispute_reason"] = reason[0] if reason else "other"
        evidence["dispute_reason"] = reason[1] if reason else "no specific reason stated"
        paid_refs = {resolved_by_text.get((ln.reference.start, ln.reference.text))
                     for ln in rem_text_lines}
        disputed = [r for r in refs if r not in paid_refs]
        changes["disputed_invoices"] = tuple(disputed or refs)
    # Lines only make a remittance when the message is an advice, not when "advice" is a
    # weak second reading of a claim or a promise: what it carries may be posted.
    advice = next((i for i in intents if i.label == "remittance_advice"), None)
    if rem_lines and advice is not None and (advice is intents[0] or advice.confidence >= 0.7):
        changes["remittance"] = _remittance_facts(own, rem_lines, resolutions, view, ident, sent)
        evidence["remittance_lines"] = [
            {"reference": ln.reference.text, "paid_amount": str(ln.paid_amount)
             if ln.paid_amount is not None else None, "text": ln.text.strip()[:200]}
            for ln in rem_lines]
    if changes:
        result = replace(result, **changes)
    return result


# A total named as such next to its parts: "£2,970.85 will be with you", "£1,838.00 in total",
# "soit 3 776,64 €", "insgesamt CHF 4'200.00", "en total 2.595,93 €".
_TOTAL_BEFORE = re.compile(r"(?i)(?:\b(?:total|totalling|totaling|soit|insgesamt|gesamt|zusammen|en\s+total"
                           r"|au\s+total|altogether|together|in\s+all|making|which\s+makes)\b|\bi\.e\.)\W{0,4}"
                           r"(?:of\s+|de\s+|von\s+)?(?:[A-Za-z$€£.]{1,4}\s?)?$")
_TOTAL_AFTER = re.compile(r"(?i)^\W{0,3}(?:in\s+total|total|au\s+total|en\s+total|insgesamt|altogether|together"
                          r"|between\s+them|combined|in\s+all|all\s+in|en\s+tout|im\s+total)\b")


def _promised_amount(own: str, money: list[amounts.AmountMention],
                     promised: dates.DateMention | None) -> amounts.AmountMention | None:
    """The amount said with the promise: in the promised date's sentence (its total when it
    lists the parts too), else the message's first amount."""
    if not promised:
        return money[0] if money else None
    # "6,170 stays disputed; we release 18,510 on the 30th": the amount said with the date
    first, last = sentence_bounds(own, promised.start, promised.end)
    near = [a for a in money if first <= a.start and a.end <= last + 1]
    if not near:
        # "I will pay invoice 48362 716,28 on monday": a two-decimal number, no currency, said
        # with the date (never an identifier: amounts' bare reading already leaves those out)
        # ("15.10" or "10.30" may be a date or a time: a dot-decimal number must be above 31)
        near = [a for a in amounts.find_amounts(own[first:last + 1], bare=True)
                if a.amount > 0 and (a.amount >= 32 or "," in a.text)]
        near = [replace(a, start=a.start + first, end=a.end + first) for a in near]
        if not near:
            return money[0] if money else None
    if len(near) > 1:
        for a in near:
            if (_TOTAL_BEFORE.search(own, max(0, a.start - 20), a.start)
                    or _TOTAL_AFTER.search(own[a.end:a.end + 20])):
                return a
        for a in near:  # "paying 047139 (£865.05) and 047283 (£2,105.80) - so £2,970.85 ..."
            rest = [b.amount for b in near if b is not a]
            if len(rest) >= 2 and sum(rest, Decimal(0)) == a.amount:
                return a
    return near[0]


def _remittance_facts(own: str, lines: Sequence[remittance.RemittanceLine],
                      resolutions: Sequence[Any], view: LedgerView, ident: Identification,
                      sent: date | None) -> RemittanceFacts:
    by_mention = {(r.mention.start, r.mention.text): r for r in resolutions}
    index = view.customer_index(ident.customer_id) if ident.customer_id else view.all_invoices
    out: list[dict[str, Any]] = []
    currency = None
    for ln in lines:
        res = by_mention.get((ln.reference.start, ln.reference.text)) or index.resolve(ln.reference)
        number = res.invoice_number if res.method != "ambiguous" else None
        if number is None:
            continue  # kept in the evidence, never posted: see `understand`
        currency = currency or ln.currency or view.invoice_currency.get(number)
        line = {"invoice_number": number, "reference": ln.reference.text,
                "paid_amount": ln.paid_amount, "deduction_amount": ln.deduction_amount,
                "deduction_reason": ln.deduction_reason}
        same = next((x for x in out if x["invoice_number"] == number), None)
        if same is None:
            out.append(line)
        elif same["paid_amount"] is None and ln.paid_amount is not None:
            same.update(line)  # the table row names the amount the text line left out
    total = remittance.total_payment(own)
    if total is not None:
        amount, currency = total.amount, total.currency or currency
    else:
        paid = [ln["paid_amount"] for ln in out if ln["paid_amount"] is not None]
        amount = sum(paid, Decimal(0)) if paid else None
    return RemittanceFacts(amount, currency, sent, tuple(out))
