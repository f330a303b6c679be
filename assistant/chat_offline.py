"""The offline dialogue manager: what to do with one chat message, without a model.

Intent and slots come from the injected `Understand` (inbox's classifiers) plus a few chat
cues the email classifiers have no reason to know ("what do I owe", "yes", "the big one").
Missing slots are asked for ("which invoice?", "what date?"); anything binding (promise,
dispute, payment plan request) is confirmed with a yes/no before it is recorded.

Pure: no database, no clock, no I/O. `decide_customer`/`decide_collector` return a `Step`;
chat_service runs the tool it names and renders the reply with chat_replies.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from assistant.chat_types import MAX_MESSAGE_CHARS, Understanding

BINDING = {"promise_to_pay": "record_promise", "dispute": "record_dispute",
           "payment_plan_request": "record_payment_plan_request"}

_F = re.IGNORECASE
# Each cue: a phrase family in English and French (the languages chat answers in).
_CUES: dict[str, re.Pattern[str]] = {k: re.compile(v, _F) for k, v in {
    "yes": r"^\W*(yes|y|yeah|yep|sure|ok(ay)?|correct|right|please do|go ahead|confirm(ed)?"
           r"|that'?s (right|correct)|oui|ouais|d'accord|exact(ement)?|c'est (ça|ca|bon)"
           r"|je confirme|confirme[rz]?|volontiers|bien sûr|parfait)\b",
    "no": r"^\W*(no|nope|nah|cancel|don'?t|do not|stop|non|annule[rz]?|pas (maintenant|du tout)"
          r"|surtout pas|laisse[rz]? tomber)\b",
    "balance": r"\b(owe|owing|balance|outstanding|overdue|open invoices?|how much|what'?s due"
               r"|what is due|unpaid|late invoices?|dois|devons|doit|solde|en retard|impayée?s?"
               r"|combien|factures? (ouvertes?|en cours|échues?)|reste à payer)\b",
    "details": r"\b(details?|tell me about|info(rmation)?s? (on|about)|what is invoice"
               r"|détails?|d[ée]tail de|à propos de la facture|infos? sur)\b",
    "statement": r"\b(statement|relev[ée]|extrait de compte)\b",
    "copy": r"\b(cop(y|ies)|duplicate|pdf|resend|send (me|us)|copie|duplicata|renvoye[rz]"
            r"|envoye[rz]|transmettre|m'envoyer|nous envoyer)\b",
    "plan": r"(instal+ments?|payment plan|in (several|two|three|four|\d+) (parts|payments)"
            r"|spread (the|it|out)|split the payment|monthly payments|échéancier|plusieurs fois"
            r"|étaler|mensualités|en (deux|trois|quatre|\d+) (fois|versements)"
            r"|paiement échelonné)",
    "already_paid": r"\b(already paid|already settled|have paid|has been paid|we paid|i paid"
                    r"|paid (it|this|that|already)|déjà (payé|réglé)e?s?|avons (payé|réglé)"
                    r"|ai (payé|réglé)|a été (payée?|réglée?))\b",
    "contact": r"\b(ap contact|contact|e-?mail address|accounts payable|interlocut\w+"
               r"|adresse (e-?mail|mail|électronique)|comptabilité fournisseurs?)\b",
    "dispute": r"\b(disputes?|disputing|contest\w*|disagree|wrong|incorrect|not received"
               r"|never received|damaged|overcharged|conteste[rz]?|contestons|litige|erron\w+"
               r"|erreur|pas reçu|jamais reçu|endommagé\w*|abîmé\w*)\b",
    "promise": r"(\bwill pay\b|'ll pay\b|\bgoing to pay\b|\bcan pay (it |this |that )?(on|by)\b"
               r"|\bpaierai\b|\bpaierons\b|\bréglerai\b|\bréglerons\b|\bvais payer\b"
               r"|\ballons payer\b|\bpaiement (le|d'ici|avant)\b)",
    "greeting": r"^\W*(hi|hello|hey|good (morning|afternoon|evening)|help|bonjour|bonsoir"
                r"|salut|aide)\b",
    "thanks": r"^\W*(thanks?|thank you|merci)\b",
}.items()}

# Manipulation attempts: answered with a polite refusal, never passed to a model or a tool.
_INJECTION = re.compile(
    r"((ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompt|guidelines"
    r"|polic(y|ies)|restrictions)|system prompt|prompt (système|systeme)|your (instructions|prompt"
    r"|rules|configuration)|(tes|vos) (instructions|consignes|règles)|oublie\w*.{0,30}"
    r"(instructions|consignes)|developer mode|jailbreak|you are now|tu es maintenant|act as"
    r"|pretend (to be|you)|mark (everything|all|them|it|every|the)\b.{0,30}\bpaid|as paid\b"
    r"|marque\w*.{0,40}(payée?s?|réglée?s?)|other customers?|another customer|autres? clients?"
    r"|all (the )?customers|tous les clients|\bdelete\b|supprime\w*|write.?off|cancel (the|my|all)"
    r" (debt|invoices?)|annule\w* (la|les|toutes?|ma) (dette|factures?)|<\s*/?\s*system\s*>"
    r"|\bsql\b|drop table"
    # German and Spanish: answered in English, refused all the same
    r"|ignorier\w*.{0,40}(anweisungen|regeln)|als bezahlt|andere[nrs]? kunden|systemprompt"
    r"|ignora\w*.{0,40}(instrucciones|reglas)|como pagad[ao]s?|otros? clientes?"
    r"|marc[ao]\w*.{0,40}pagad[ao]s?)", _F)
_OTHER_ID = re.compile(r"\b(customer|client|account|compte|société|company)\s*(#|n°|no\.?|number"
                       r"|numéro|id)?\s*:?\s*([A-Za-z]{0,4}-?\d+)\b", _F)

_ORDINAL = {
    "largest": re.compile(r"\b(the )?(big(gest)?|largest|highest|biggest) (one|invoice)\b|\bbiggest\b"
                          r"|\blargest\b|la plus (grosse|grande|élevée|importante)|\bla grosse\b"
                          r"|\ble plus gros\b|\bplus gros montant\b", _F),
    "oldest": re.compile(r"\b(the )?(oldest|earliest)( one| invoice)?\b|la plus (ancienne|vieille)"
                         r"|\bl'ancienne\b", _F),
    "newest": re.compile(r"\b(the )?(newest|latest|most recent)( one| invoice)?\b"
                         r"|la plus récente|\bla dernière\b", _F),
    "all": re.compile(r"\b(all of them|all of those|all invoices|both|all my invoices|toutes"
                      r"|les deux|tout le solde)\b", _F),
}
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"']{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}")
_TERMS = re.compile(r"\d|\b(month|months|weeks?|weekly|monthly|instalments? of|half|mois|semaines?"
                    r"|moitié|mensuel\w*|deux|trois|quatre|six|two|three|four|six)\b", _F)
_BECAUSE = re.compile(r"\b(because|as|since|due to|reason|car|parce que|puisque|en raison|motif)\b"
                      r"|:", _F)
_ENGLISH = re.compile(r"\b(the|is|are|and|you|we|i|my|our|your|please|what|can|will|would|to"
                      r"|of|it|this|that|have|has|pay|send|invoice)\b", _F)
_FRENCH_SHORT = re.compile(r"^\W*(oui|non|ouais|d'accord|merci|bonjour|salut|la |le |les )", _F)


@dataclass(frozen=True, slots=True)
class InvoiceRef:
    """One of the scoped customer's invoices, as the dialogue needs it."""

    invoice_number: str
    open_amount: Decimal
    currency: str
    issue_date: date
    due_date: date


@dataclass(frozen=True, slots=True)
class Step:
    intent: str
    state: dict[str, Any]  # the conversation's state after this turn
    say: str | None = None  # a reply template to render without a tool
    context: dict[str, Any] = field(default_factory=dict)
    tool: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    confirm: bool = False  # binding: validate, store as pending, ask yes/no


def cues(text: str) -> set[str]:
    return {name for name, rx in _CUES.items() if rx.search(text)}


def is_manipulation(text: str, own_customer_id: str | None = None) -> bool:
    """A request to break the rules: another customer's data, the prompt, marking paid."""
    if _INJECTION.search(text):
        return True
    for m in _OTHER_ID.finditer(text):
        if own_customer_id is None or m.group(3).lower() != own_customer_id.lower():
            return True
    return False


def turn_language(text: str, detected: str | None, current: str | None) -> str:
    """The language to answer in: the message's when it says enough, else the conversation's."""
    words = len(text.split())
    if _FRENCH_SHORT.search(text) and words <= 3:
        return "fr"
    if detected == "en" and current and current != "en" and not _ENGLISH.search(text):
        return current  # "en" is the guess for text with no stopword at all
    if detected in ("en", "fr") and (detected != "en" or words >= 3):
        return detected
    if detected not in (None, "en", "fr") and words >= 3:
        return current or "en"
    return current or "en"


def pick_intent(found: set[str], labels: Sequence[str]) -> str | None:
    """One intent for the turn: the most consequential first (a dispute beats a promise)."""
    labels = set(labels)
    if "dispute" in found or ("dispute" in labels and "promise" not in found):
        return "dispute"
    if "plan" in found or "payment_plan_request" in labels:
        return "payment_plan_request"
    if "already_paid" in found or ("already_paid" in labels and "promise" not in found) \
            or "remittance_advice" in labels:
        return "already_paid"
    if "promise" in found or "promise_to_pay" in labels:
        return "promise_to_pay"
    if "contact" in found or "contact_update" in labels:
        return "contact_update"
    if "statement" in found:
        return "statement"
    if "copy" in found or "document_request" in labels:
        return "invoice_copy"
    if "details" in found:
        return "invoice_details"
    if "balance" in found:
        return "balance"
    if "greeting" in found:
        return "greeting"
    if "thanks" in found:
        return "thanks"
    return None


def mentioned_invoices(text: str, u: Understanding, invoices: Sequence[InvoiceRef],
                       shown: Sequence[str]) -> list[str]:
    """Invoices the message points at: references, numbers as written, "the big one"."""
    known = {i.invoice_number for i in invoices}
    out = [n for n in u.invoice_numbers if n in known]
    lowered = text.lower()
    for inv in invoices:
        if inv.invoice_number not in out and re.search(
                rf"(?<![\w-]){re.escape(inv.invoice_number.lower())}(?![\w-])", lowered):
            out.append(inv.invoice_number)
    if out:
        return out
    open_ = [i for i in invoices if i.open_amount > 0]
    pool = [i for i in open_ if i.invoice_number in set(shown)] or open_
    if not pool:
        return []
    if _ORDINAL["all"].search(text):
        return [i.invoice_number for i in pool]
    if _ORDINAL["largest"].search(text):
        return [max(pool, key=lambda i: (i.open_amount, i.due_date)).invoice_number]
    if _ORDINAL["oldest"].search(text):
        return [min(pool, key=lambda i: (i.due_date, i.issue_date)).invoice_number]
    if _ORDINAL["newest"].search(text):
        return [max(pool, key=lambda i: (i.issue_date, i.due_date)).invoice_number]
    return []


def _ask(intent: str, state: dict[str, Any], ask: str, slots: dict[str, Any],
         context: dict[str, Any] | None = None) -> Step:
    new = {**state, "pending": {"intent": intent, "ask": ask, "slots": slots}}
    return Step(intent, new, say=f"ask_{ask}", context=context or {})


def _open_list(invoices: Sequence[InvoiceRef]) -> list[dict[str, Any]]:
    return [{"invoice_number": i.invoice_number, "open_amount": str(i.open_amount),
             "currency": i.currency, "due_date": i.due_date.isoformat()}
            for i in invoices if i.open_amount > 0]


def _plan(intent: str, slots: dict[str, Any], state: dict[str, Any],
          invoices: Sequence[InvoiceRef]) -> Step:
    """Ask for the next missing slot, or name the tool to run (binding ones confirmed)."""
    base = {k: v for k, v in state.items() if k != "pending"}
    numbers: list[str] = slots.get("invoices") or []
    open_ = _open_list(invoices)
    if intent == "balance":
        return Step(intent, base, tool="account_balance")
    if intent == "statement":
        return Step(intent, base, tool="send_statement")
    if intent in ("invoice_copy", "invoice_details"):
        if not numbers:
            return _ask(intent, {**base, "shown": [i["invoice_number"] for i in open_]},
                        "invoice", slots, {"invoices": open_, "purpose": intent})
        tool = "send_invoice_copy" if intent == "invoice_copy" else "invoice_details"
        return Step(intent, base, tool=tool, args={"invoice_number": numbers[0]})
    if intent == "promise_to_pay":
        if not numbers and len(open_) == 1:
            numbers = [open_[0]["invoice_number"]]
        if not numbers:
            return _ask(intent, {**base, "shown": [i["invoice_number"] for i in open_]},
                        "invoice", slots, {"invoices": open_, "purpose": intent})
        if not slots.get("promised_date"):
            return _ask(intent, base, "date", {**slots, "invoices": numbers})
        return Step(intent, base, tool="record_promise", confirm=True, args={
            "invoice_numbers": numbers, "promised_date": slots["promised_date"],
            "promised_amount": None})
    if intent == "dispute":
        if not numbers and len(open_) == 1:
            numbers = [open_[0]["invoice_number"]]
        if not numbers:
            return _ask(intent, {**base, "shown": [i["invoice_number"] for i in open_]},
                        "invoice", slots, {"invoices": open_, "purpose": intent})
        if not slots.get("reason") and not slots.get("comment"):
            return _ask(intent, base, "reason", {**slots, "invoices": numbers})
        return Step(intent, base, tool="record_dispute", confirm=True, args={
            "invoice_number": numbers[0], "reason": slots.get("reason") or "other",
            "comment": slots.get("comment")})
    if intent == "payment_plan_request":
        if not slots.get("proposal"):
            return _ask(intent, base, "terms", slots)
        return Step(intent, base, tool="record_payment_plan_request", confirm=True, args={
            "invoice_numbers": numbers, "proposal": slots["proposal"]})
    if intent == "already_paid":
        if slots.get("details"):
            return Step(intent, base, tool="report_payment",
                        args={"invoice_numbers": numbers, "details": slots["details"]})
        return Step(intent, base, tool="find_payment", args={"invoice_numbers": numbers})
    if intent == "contact_update":
        if not slots.get("email"):
            return _ask(intent, base, "email", slots)
        return Step(intent, base, tool="update_contact",
                    args={"email": slots["email"], "name": None})
    if intent == "thanks":
        return Step(intent, base, say="thanks")
    return Step(intent, base, say="help")


def _slots_from(text: str, u: Understanding, refs: list[str], ask: str | None,
                own_words: bool) -> dict[str, Any]:
    """Slot values this message gives; free text fills the slot that was asked for."""
    slots: dict[str, Any] = {}
    if refs:
        slots["invoices"] = refs
    if u.promised_date:
        slots["promised_date"] = u.promised_date.isoformat()
    if u.dispute_reason:
        slots["reason"] = u.dispute_reason
    email = _EMAIL.search(text)
    if email:
        slots["email"] = email.group(0).strip(".").lower()
    clean = " ".join(text.split())[:1000]
    if ask == "reason" or (own_words and (u.dispute_reason or _BECAUSE.search(text))):
        slots["comment"] = clean
    if ask == "terms" or (own_words and _TERMS.search(text)):
        slots["proposal"] = clean
    if ask == "remittance":
        slots["details"] = clean
    return slots


def decide_customer(state: dict[str, Any], text: str, u: Understanding,
                    invoices: Sequence[InvoiceRef], own_customer_id: str | None) -> Step:
    """The next step of a customer conversation (see the module docstring)."""
    state = dict(state or {})
    pending = state.get("pending")
    if len(text) > MAX_MESSAGE_CHARS:
        return Step("too_long", state, say="too_long")
    if is_manipulation(text, own_customer_id):
        return Step("refused", {k: v for k, v in state.items() if k != "pending"}, say="refuse")
    found = cues(text)
    intent = pick_intent(found, u.intents)
    refs = mentioned_invoices(text, u, invoices, state.get("shown") or [])
    free_text = bool(pending) and pending.get("ask") in ("reason", "terms", "remittance", "email")
    if u.unresolved_references and not refs and not free_text:
        base = {k: v for k, v in state.items() if k != "pending"}
        if pending and pending.get("ask") in ("invoice", "confirm"):
            base["pending"] = pending
        return Step("unknown_invoice", base, say="unknown_invoice",
                    context={"references": list(u.unresolved_references)[:3],
                             "invoices": _open_list(invoices)})
    if pending and pending.get("ask") == "confirm":
        yes, no = "yes" in found, "no" in found
        if yes and not no and intent in (None, pending["intent"]):
            base = {k: v for k, v in state.items() if k != "pending"}
            return Step(pending["intent"], base, tool=pending["tool"], args=pending["args"])
        if no and not yes:
            base = {k: v for k, v in state.items() if k != "pending"}
            return Step("cancelled", base, say="cancelled")
        if intent in (None, pending["intent"]):
            new = _slots_from(text, u, refs, None, own_words=False)
            if new:
                slots = {**pending["slots"], **new}
                return _plan(pending["intent"], slots, state, invoices)
            return Step(pending["intent"], state, say="ask_yes_no", context={"pending": pending})
    elif pending:
        if intent in (None, pending["intent"]) or (pending["ask"] in ("reason", "terms",
                                                                      "remittance") and
                                                    intent not in ("balance", "statement")):
            new = _slots_from(text, u, refs, pending["ask"], own_words=False)
            slots = {**pending["slots"], **new}
            if pending["ask"] == "invoice" and not new.get("invoices"):
                return Step(pending["intent"], state, say="ask_invoice", context={
                    "invoices": _open_list(invoices), "purpose": pending["intent"]})
            if pending["ask"] == "date" and not new.get("promised_date"):
                return Step(pending["intent"], state, say="ask_date", context={"again": True})
            return _plan(pending["intent"], slots, state, invoices)
    if intent is None:
        return Step("help", {k: v for k, v in state.items() if k != "pending"}, say="help")
    slots = _slots_from(text, u, refs, None, own_words=intent in ("dispute",
                                                                  "payment_plan_request"))
    return _plan(intent, slots, state, invoices)


def pending_after_check(step: Step, checked: dict[str, Any]) -> dict[str, Any]:
    """The state once a binding step's arguments passed their check: waiting for yes/no."""
    return {**step.state, "pending": {"intent": step.intent, "ask": "confirm",
                                      "tool": step.tool, "args": step.args,
                                      "slots": _slots_of(step), "summary": checked}}


def _slots_of(step: Step) -> dict[str, Any]:
    a = step.args
    slots: dict[str, Any] = {}
    if "invoice_numbers" in a and a["invoice_numbers"]:
        slots["invoices"] = a["invoice_numbers"]
    if "invoice_number" in a:
        slots["invoices"] = [a["invoice_number"]]
    for key in ("promised_date", "reason", "comment", "proposal"):
        if a.get(key):
            slots[key] = a[key]
    return slots


def after_find_payment(state: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """Nothing found: the next message is taken as the customer's remittance details."""
    if result.get("found"):
        return state
    return {**state, "pending": {"intent": "already_paid", "ask": "remittance",
                                 "slots": {"invoices": result.get("invoice_numbers") or []}}}


# --- collector ------------------------------------------------------------------------------

_COLLECTOR_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (k, re.compile(v, _F)) for k, v in (
        ("dso", r"\b(dso|days sales outstanding|délai (moyen )?de (paiement|recouvrement)"
                r"|kpis?)\b"),
        ("explain_application", r"\b(why|pourquoi)\b.{0,60}\b(appl\w+|imput\w+|lettr\w+"
                                r"|affect\w+)\b|\bapplication of\b"),
        ("draft_reminder", r"\b(draft|write|prepare|prépare\w*|rédige\w*)\b.{0,40}"
                           r"\b(reminder|relance|rappel|dunning)\b|\b(firmer|plus ferme)\b"),
        ("priorities", r"\b(priorit\w*|today|to ?do|urgent|aujourd'hui|à faire)\b"),
        ("account_summary", r"\b(summary|summari[sz]e|overview|account|status of|résumé"
                            r"|situation|compte|point sur)\b"),
        ("greeting", r"^\W*(hi|hello|help|bonjour|aide)\b"),
    ))


def decide_collector(state: dict[str, Any], text: str, u: Understanding,
                     customer_names: Sequence[str]) -> Step:
    """The next step of a collector conversation. `customer_names` are the customers the
    message names (chat_tools.find_customers), the invoice numbers come from `u`."""
    state = dict(state or {})
    pending = state.get("pending")
    if len(text) > MAX_MESSAGE_CHARS:
        return Step("too_long", state, say="too_long")
    if re.search(r"system prompt|prompt système|(ignore|disregard)\b.{0,40}\binstructions",
                 text, _F):
        return Step("refused", state, say="refuse")
    intent = next((name for name, rx in _COLLECTOR_CUES if rx.search(text)), None)
    base = {k: v for k, v in state.items() if k != "pending"}
    if pending and intent in (None, pending["intent"]):
        intent = pending["intent"]
    if intent in ("account_summary", "draft_reminder"):
        if len(customer_names) == 1:
            base["customer"] = customer_names[0]
            return Step(intent, base, tool=intent, args={"customer": customer_names[0]})
        if not customer_names and state.get("customer") and re.search(
                r"\b(them|their|it|this (one|customer|account)|same|eux|leur|ce client)\b",
                text, _F):
            return Step(intent, base, tool=intent, args={"customer": state["customer"]})
        return Step(intent, {**base, "pending": {"intent": intent, "ask": "customer",
                                                 "slots": {}}},
                    say="ask_customer", context={"candidates": list(customer_names)[:5]})
    if intent == "explain_application":
        numbers = list(u.invoice_numbers)
        if not numbers:
            return Step(intent, {**base, "pending": {"intent": intent, "ask": "invoice",
                                                     "slots": {}}}, say="ask_invoice",
                        context={"references": list(u.unresolved_references)[:3]})
        return Step(intent, base, tool="explain_application",
                    args={"invoice_number": numbers[0]})
    if intent in ("priorities", "dso"):
        return Step(intent, base, tool=intent)
    return Step("help", base, say="help")
