"""Classify a customer's reply to a payment reminder into intents, offline and deterministic.

Pure: no I/O, no clock, no model download. spaCy blank pipelines tokenise; the rules in
intent_rules match phrase families in English, French, German and Spanish.

Confidence scheme (0..1, rounded to 3 places):
- Each rule has a weight, the confidence one match gives on its own: STRONG 0.93 for an
  explicit phrase ("joint administrators", "Zahlungsavis"), CLEAR 0.82, MEDIUM 0.68,
  WEAK 0.52 for a suggestive cue, HINT 0.38 for words that only add to other evidence
  (a label made of hints alone is dropped).
- A match in the subject counts at 0.4x its weight when the subject is a reply ("Re: ...",
  mostly our own reminder's words) and 0.7x otherwise; reminder words are removed first.
- An insolvency match about a third party or a rumour ("our customer went into
  administration") counts at 0.5x.
- Matches for one label combine as a noisy OR, 1 - prod(1 - w), one term per rule, capped
  at 0.99: two independent cues are surer than one.
- Flags from header/structure detection: is_bounce gives bounce 0.99 and nothing else (the
  body is a delivery report quoting our reminder); is_auto_reply adds auto_reply 0.95 and
  scales the other labels by 0.6, except the legal ones and contact_update;
  has_remittance_lines, has_promised_date and has_amounts add 0.2-0.75 to the payment
  labels they support.
- A label is present at 0.35 or more; insolvency_notice and cease_contact at 0.2 or more
  (recall first: either stops all collection). With nothing present the answer is
  [other 0.5].
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from inbox.intent_engine import HINT, SUPPORTED_LANGUAGES, Hit, RuleSet, Tokens, tokenise
from inbox.intent_legal import INSOLVENCY
from inbox.intent_payment import CONDITIONAL_PROMISE
from inbox.intent_rules import BODY_RULES, LABELS, LEGAL_LABELS, SUBJECT_RULES
from inbox.intent_text import clean_subject, fold, guess_language, may_hold_insolvency, normalise_text, strip_boilerplate

PRESENCE = 0.35
LEGAL_PRESENCE = 0.2
SUBJECT_REPLY_FACTOR = 0.4
SUBJECT_NEW_FACTOR = 0.7
HEDGE_FACTOR = 0.5
HEDGED_INSOLVENCY_CAP = 0.5
AUTO_REPLY_FACTOR = 0.6
AUTO_REPLY_FLAG = 0.95
AUTO_REPLY_DEMOTED = 0.6
CONTENT_OVER_AUTO_REPLY = 0.9
CAP = 0.99
OTHER_CONFIDENCE = 0.5
MODEL_WEIGHT = 0.3
_PAYMENT_STORY = ("remittance_advice", "already_paid", "promise_to_pay")


@dataclass(frozen=True, slots=True)
class IntentScore:
    label: str
    confidence: float
    evidence: tuple[str, ...]  # rule names and the phrases they matched, for the collector


@lru_cache(maxsize=1)
def _body_rules() -> RuleSet:
    return RuleSet(BODY_RULES)


@lru_cache(maxsize=1)
def _subject_rules() -> RuleSet:
    return RuleSet(SUBJECT_RULES)


@lru_cache(maxsize=1)
def _insolvency_rules() -> RuleSet:
    return RuleSet(INSOLVENCY)


@lru_cache(maxsize=1)
def _conditional_rules() -> RuleSet:
    return RuleSet(CONDITIONAL_PROMISE)


class _Evidence:
    """Per label: the best weight of each rule that matched, and what it matched."""

    def __init__(self) -> None:
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)
        self.notes: dict[str, list[str]] = defaultdict(list)
        self.hedged_insolvency = False
        self.own_insolvency = False

    def add(self, label: str, key: str, weight: float, note: str) -> None:
        if weight > self.weights[label].get(key, 0.0):
            self.weights[label][key] = weight
        if note not in self.notes[label]:
            self.notes[label].append(note)

    def add_hits(self, hits: list[Hit], factor: float = 1.0, where: str = "") -> None:
        for hit in hits:
            weight = hit.rule.weight * factor
            if hit.rule.label == "insolvency_notice" and weight > HINT:
                if hit.hedged:
                    weight *= HEDGE_FACTOR
                    self.hedged_insolvency = True
                else:
                    self.own_insolvency = True
            self.add(hit.rule.label, where + hit.rule.name, weight, f'{where}{hit.rule.name}: "{hit.text}"')

    def has(self, label: str) -> bool:
        return any(weight > HINT for weight in self.weights.get(label, {}).values())

    def confidence(self, label: str) -> float:
        if not self.has(label):
            return 0.0
        miss = 1.0
        for weight in self.weights[label].values():
            miss *= 1.0 - weight
        return min(CAP, 1.0 - miss)


def classify_intents(
    own_text: str,
    subject: str,
    language: str | None,
    *,
    is_bounce: bool = False,
    is_auto_reply: bool = False,
    has_remittance_lines: bool = False,
    has_promised_date: bool = False,
    has_amounts: bool = False,
    model_scores: dict[str, float] | None = None,
) -> list[IntentScore]:
    """Every intent present in a customer's message, highest confidence first; never empty.

    `own_text` is the customer's own words (quoted history removed); `subject` may still be
    our reminder's subject. The flags come from header and structure detection.
    """
    if is_bounce:
        return [IntentScore("bounce", CAP, ("flag:is_bounce",))]
    if language not in SUPPORTED_LANGUAGES:
        language = guess_language(f"{subject}\n{own_text}")

    evidence = _Evidence()
    stripped = strip_boilerplate(own_text)
    body = normalise_text(stripped)
    body_tokens = tokenise(body, language)
    body_hits = _body_rules().find(body_tokens)
    evidence.add_hits(body_hits)
    if stripped != own_text and may_hold_insolvency(own_text):
        # Disclaimers were cut, but an administrator's footer is itself a notice.
        evidence.add_hits(_insolvency_rules().find(tokenise(normalise_text(own_text), language)))
    cleaned_subject, is_reply = clean_subject(subject)
    if cleaned_subject:
        subject_hits = _subject_rules().find(tokenise(normalise_text(cleaned_subject), language))
        for hit in subject_hits:
            subject_only = hit.rule.name.split(".")[1] == "subject"
            factor = 1.0 if subject_only else SUBJECT_REPLY_FACTOR if is_reply else SUBJECT_NEW_FACTOR
            evidence.add_hits([hit], factor, where="subject:")

    _add_flags(evidence, is_auto_reply, has_remittance_lines, has_promised_date, has_amounts)
    confidences = {label: evidence.confidence(label) for label in LABELS if evidence.has(label)}
    _resolve_content(confidences, evidence, body_tokens, body_hits)
    _resolve(confidences, is_auto_reply, has_remittance_lines)

    scores = [
        IntentScore(label, round(confidence, 3), tuple(evidence.notes[label]))
        for label, confidence in confidences.items()
        if confidence >= (LEGAL_PRESENCE if label in LEGAL_LABELS else PRESENCE)
    ]
    if not scores:
        scores = [IntentScore("other", OTHER_CONFIDENCE, ("no rule matched",))]
    scores.sort(key=lambda score: (-score.confidence, LABELS.index(score.label)))
    primary = scores[0].label
    deduction = bool(_DEDUCTION.search(fold(body)))
    kept = scores[:1] + [score for score in scores[1:]
                         if _secondary_stands(score, primary, evidence, has_promised_date, deduction)]
    return _second_opinion(kept, model_scores, is_auto_reply) if model_scores else kept


def _second_opinion(scores: list[IntentScore], model: dict[str, float], is_auto_reply: bool
                    ) -> list[IntentScore]:
    """Blend the trained model's probabilities into the rules' confidences.

    Every label's confidence becomes (1 - MODEL_WEIGHT) * rules + MODEL_WEIGHT * model; the
    labels reported are the rules' labels, plus the model's best label when it then ranks
    first (the rules found nothing, or only weak cues). Legal labels the rules found are
    never removed, and the model never introduces one on its own (rules decide those). The
    weight was chosen by leaving one author out at a time (bench/intent_cv.py).
    """
    rules = {s.label: s.confidence for s in scores}
    if scores[0].label in LEGAL_LABELS or (is_auto_reply and "auto_reply" in rules):
        return scores  # a legal notice leads, and RFC 3834 headers are not overruled by wording
    notes = {s.label: s.evidence for s in scores}
    blended = {label: (1 - MODEL_WEIGHT) * rules.get(label, 0.0) + MODEL_WEIGHT * p
               for label, p in model.items() if label in rules or label not in LEGAL_LABELS}
    best = max(blended, key=lambda label: (blended[label], -LABELS.index(label)))
    keep = set(rules) | {best}
    if best != "other" and "other" in rules and rules["other"] == OTHER_CONFIDENCE:
        keep.discard("other")  # "no rule matched" was only the default answer
    out = [IntentScore(label, round(min(CAP, blended.get(label, rules.get(label, 0.0))), 3),
                       notes.get(label, ()) + (f"model: {model.get(label, 0.0):.2f}",))
           for label in keep]
    out.sort(key=lambda score: (-score.confidence, LABELS.index(score.label)))
    return out


# --- Secondary labels -------------------------------------------------------------------
# The primary label is what the message is about; a further label is reported only with its
# own explicit evidence in the customer's words, not hints, flags or the subject line, and not
# words that belong to the primary's own story (a deduction explained in an advice, a credit
# note asked for in a dispute, the lawyer's address in a cease-contact letter). The legal
# labels are never filtered: recall first.
_CONTEST = re.compile(  # matched on folded text (lowercase, no accents)
    r"disput|contest|challeng|disagree|reject|refus|will not|won't|cannot pay|not pay|not settle|"
    r"not approve|not accept|not agree|not owe|not order|never order|hold|withh|block|litig|"
    r"wrong|incorrect|erron|should have been|expertise|"
    r"differend|desaccord|suspen|bestreit|widersp|beanstand|einspruch|nicht freigeb|"
    r"nicht bezahl|nicht begleich|gesperrt|zuruckgehalten|zahlungssperre|falsch|impugn|"
    r"no pagaremos|no vamos a pagar|bloquead|retenid|reglerons pas|paierons pas|payerons pas")
_COPY = re.compile(  # folded text
    r"cop(y|ie|ia)|duplicat|kopie|statement|relev|kontoauszug|extracto|again|nochmal|erneut|"
    r"de nouveau|otra vez|proof|justificati|bon de livraison|lieferschein|albar|certificat|"
    r"bescheinigung|w-?9|w-?8|bank letter|\brib\b|document")
_CORRECTIVE = re.compile(  # folded text
    r"credit|avoir|gutschrift|abono|nota de cr|revised|correct|corrig|rectif|reissue|re-issue|"
    r"amended|storno|all (?:of )?(?:your |the )?invoices|toutes (?:les|vos) factures|vos factures|"
    r"dorenavant|desormais|kunftig|alle rechnungen|todas las facturas|"
    r"en adelante|aplazamiento|une facture|a new invoice|neue rechnung")
_DEPARTURE_RULES = ("no_longer", "ne_plus", "nicht_mehr", "ya_no")
_DEPARTURE = re.compile(  # folded text
    r"no longer|has left|have left|left the company|leaving|replac|successor|new contact|"
    r"ne fait plus|a quitte|quitte|remplac|nouveau contact|nouvelle interlocutrice|nouvel interlocuteur|"
    r"verlassen|nicht mehr|ausgeschieden|nachfolger|neuer ansprechpartner|neue ansprechpartnerin|"
    r"ya no|ha dejado|nuevo contacto|sustitu")
_DEDUCTION = re.compile(  # folded text: an advice explaining why it paid less
    r"\bless\b|deduct|deduc|abzug|abzuglich|minderung|debit memo|\badj\b|adjust|escompte|skonto|"
    r"short[- ]?paid|retenue|descontad|descuento aplicado|\bminus\b")
_PAYMENT_PRIMARIES = ("remittance_advice", "already_paid", "promise_to_pay", "payment_plan_request",
                      "auto_reply")
SECONDARY_PLAN_PRESENCE = 0.8


def _body_notes(evidence: _Evidence, label: str) -> list[tuple[str, str]]:
    """(rule name, matched text) of the label's body matches above hint weight."""
    out = []
    for note in evidence.notes.get(label, []):
        if note.startswith(("subject:", "flag:")) or ': "' not in note:
            continue
        name, text = note.split(': "', 1)
        if evidence.weights[label].get(name, 0.0) > HINT:
            out.append((name, fold(text.rstrip('"'))))
    return out


def _secondary_stands(score: IntentScore, primary: str, evidence: _Evidence, has_promised_date: bool,
                      deduction: bool) -> bool:
    label = score.label
    if label in LEGAL_LABELS:
        return True
    if label == "auto_reply":
        return False  # the content is the message; the auto-sent marker only says how it came
    notes = _body_notes(evidence, label)
    if not notes:
        return False  # subject words, flags or hints only
    if label == "dispute":
        contest = any(".other." in name and (name.endswith("_neg") or _CONTEST.search(text))
                      or _CONTEST.search(text) for name, text in notes)
        specific = {name for name, _ in notes if ".other." not in name}
        if primary == "auto_reply":
            return contest
        if primary in ("remittance_advice", "already_paid"):
            # A reason next to money sent that paid less ("less 120.00 - damaged pallet",
            # "Abzug wg. Transportschaden") explains the deduction; it disputes only if it contests.
            return contest or (bool(specific) and not deduction)
        if primary in _PAYMENT_PRIMARIES:
            return contest or bool(specific and len({name for name, _ in notes}) >= 2)
        return contest or bool(specific)
    if label == "document_request":
        requests = [text for name, text in notes if ".doc_word" not in name and not _CORRECTIVE.search(text)]
        has_doc_word = any(".doc_word" in name for name, _ in notes)
        return any(_COPY.search(text) or has_doc_word for text in requests)
    if label == "contact_update":
        if primary in LEGAL_LABELS:
            return False  # the lawyer's or administrator's address belongs to the notice
        return any(name.rsplit(".", 1)[-1] in _DEPARTURE_RULES or _DEPARTURE.search(text) for name, text in notes)
    if label == "already_paid" and primary == "remittance_advice":
        return len({text.lower() for _, text in notes}) >= 2  # the advice is itself the claim
    if label == "promise_to_pay":
        if primary == "dispute":
            return False  # "we'll pay once corrected" is the dispute's condition
        if primary == "remittance_advice":
            return has_promised_date
    if label == "payment_plan_request":
        return score.confidence >= SECONDARY_PLAN_PRESENCE
    return True


def _add_flags(
    evidence: _Evidence,
    is_auto_reply: bool,
    has_remittance_lines: bool,
    has_promised_date: bool,
    has_amounts: bool,
) -> None:
    if is_auto_reply:
        evidence.add("auto_reply", "flag:is_auto_reply", AUTO_REPLY_FLAG, "flag:is_auto_reply")
    if has_remittance_lines:
        note = "flag:has_remittance_lines"
        if evidence.has("remittance_advice"):
            evidence.add("remittance_advice", note, 0.5, note)
        elif evidence.has("already_paid"):
            # "INV-1 ($1,200.00) was paid by wire on 14 Aug" answering a reminder is still a
            # claim to check, not an advice to post: the lines only hint at an advice.
            evidence.add("remittance_advice", note, 0.3, note)
        elif not any(evidence.has(label) for label in ("promise_to_pay", "dispute", "payment_plan_request")):
            evidence.add("remittance_advice", note, 0.45, note)
    if has_promised_date:
        note = "flag:has_promised_date"
        if evidence.has("promise_to_pay"):
            evidence.add("promise_to_pay", note, 0.55, note)
        elif not (evidence.has("already_paid") or evidence.has("remittance_advice")):
            # A date alone ("see you at the meeting on the 12th") is no promise: a hint only.
            evidence.add("promise_to_pay", note, 0.3, note)
    if has_amounts:
        for label in _PAYMENT_STORY:
            if evidence.has(label):
                evidence.add(label, "flag:has_amounts", 0.2, "flag:has_amounts")


def _sentence_of(tokens: Tokens, index: int) -> int:
    return sum(1 for i in range(index) if tokens.breaks[i] and tokens.norms[i] != " ")


def _resolve_content(confidences: dict[str, float], evidence: _Evidence, body_tokens: Tokens,
                     body_hits: list[Hit]) -> None:
    """What one label's evidence says about another's.

    - "We never received this invoice, please send a copy": asking for the document is the
      request; without anything else contesting the invoice it is no dispute.
    - "We will pay once the credit note is received": a payment conditional on correcting a
      disputed invoice is part of the dispute, not a promise.
    - A promise next to a paid claim, an advice or a plan request ranks after it.
    """
    if evidence.hedged_insolvency and not evidence.own_insolvency and "insolvency_notice" in confidences:
        # Only a customer's customer or a rumour is insolvent: still flagged (recall first),
        # but the customer's own request ("can we pay in instalments?") leads.
        confidences["insolvency_notice"] = min(confidences["insolvency_notice"], HEDGED_INSOLVENCY_CAP)
    if "dispute" in confidences and "document_request" in confidences:
        dispute_rules = [key for key, weight in evidence.weights["dispute"].items() if weight > HINT]
        if dispute_rules and all(".invoice_not_received." in key for key in dispute_rules):
            del confidences["dispute"]
    if "dispute" in confidences and "promise_to_pay" in confidences:
        conditions = {_sentence_of(body_tokens, hit.start) for hit in _conditional_rules().find(body_tokens)}
        promises = {_sentence_of(body_tokens, hit.start) for hit in body_hits
                    if hit.rule.label == "promise_to_pay" and hit.rule.weight > HINT}
        if conditions and promises and promises <= conditions | {sentence + 1 for sentence in conditions}:
            del confidences["promise_to_pay"]  # every promise sits in (or right after) a condition
    if "promise_to_pay" in confidences:
        # "INV-1 was paid on 3 Nov; INV-2 will be paid Friday": the claim or the advice about
        # money already sent is what the collector checks first; a first instalment promised
        # inside a plan request is part of the plan.
        before = [confidences[label] for label in ("remittance_advice", "already_paid", "payment_plan_request")
                  if confidences.get(label, 0.0) >= 0.68]
        if before and max(before) <= confidences["promise_to_pay"]:
            confidences["promise_to_pay"] = max(before) - 0.01


def _resolve(confidences: dict[str, float], is_auto_reply: bool, has_remittance_lines: bool) -> None:
    """Adjust labels that explain each other; see the module docstring."""
    if is_auto_reply:
        content = max(
            (c for label, c in confidences.items() if label not in ("auto_reply", "contact_update")), default=0.0
        )
        if content >= CONTENT_OVER_AUTO_REPLY:
            # System-sent remittance advices carry Auto-Submitted too: the content is the message.
            confidences["auto_reply"] = AUTO_REPLY_DEMOTED
        else:
            for label in confidences:
                if label not in LEGAL_LABELS and label not in ("auto_reply", "contact_update"):
                    confidences[label] *= AUTO_REPLY_FACTOR
    if confidences.get("bounce", 0.0) >= 0.8:
        for label in confidences:
            if label not in LEGAL_LABELS and label != "bounce":
                confidences[label] *= 0.5
    if confidences.get("remittance_advice", 0.0) >= 0.8 and "already_paid" in confidences:
        confidences["already_paid"] *= 0.75


def primary_intent(scores: list[IntentScore]) -> str:
    """The label to act on: highest confidence; ties go to the legal labels first (see LABELS)."""
    if not scores:
        return "other"
    return min(scores, key=lambda score: (-score.confidence, LABELS.index(score.label))).label
