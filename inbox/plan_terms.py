"""The terms of a payment plan a customer proposes: how many instalments, how much, when.

Pure: no I/O, no clock. "Could we pay in 3 monthly instalments of £500 starting 15 December?",
"paiement en trois fois", "4 Raten à 250 €", "500 € par mois", "half now and the rest at the
end of January". Every field is optional: a customer who only asks "can we spread it?"
proposes no terms, and the collector's reply proposes a schedule within policy instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox.amounts import AmountMention
from inbox.dates import find_future_dates
from inbox.intent_text import fold

_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "douze": 12, "zwei": 2, "drei": 3, "vier": 4, "funf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwolf": 12, "dos": 2,
    "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12,
    "tre": 3, "quattro": 4, "cinque": 5, "dieci": 10, "dodici": 12, "twee": 2, "drie": 3,
    "vijf": 5, "vyf": 5, "zes": 6, "ses": 6, "tien": 10, "twaalf": 12, "duas": 2, "quatro": 4,
    "dues": 2, "quatre": 4, "cinc": 5, "sis": 6,
}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_PARTS = (r"(?:monthly\s+|weekly\s+|equal\s+|mensuel\w*\s+|gleiche\w*\s+|monatliche\w*\s+|"
          r"mensuales\s+)?(?:instal+ments?|payments?|parts?|tranches?|monthly\s+payments?|"
          r"fois|mensualites?|echeances?|versements?|paiements?|raten|teilzahlungen|"
          r"monatsraten|zahlungen|plazos|cuotas|pagos|mensualidades|partes|vencimientos|"
          r"rate|termijnen|betalingen|paaiemente|betalings|parcelas|prestacoes|pagamentos|terminis|pagaments)")
_COUNT_PATTERNS = (
    re.compile(rf"\b(?:in|into|over|across|en|sur|in|en)\s+{_COUNT}\s+{_PARTS}\b"),
    re.compile(rf"\b{_COUNT}\s+{_PARTS}\b"),
    re.compile(rf"\b(?:over|across|sur|uber|en|durante|su|em|ao\s+longo\s+de)\s+(?:the\s+next\s+|les\s+)?{_COUNT}\s+"
               rf"(?P<unit>months|mois|monate[n]?|meses|weeks|semaines|wochen|semanas|mesi|maanden|maande|mesos"
               rf"|settimane|weken|weke|setmanes)\b"),
)
_MONTHLY = re.compile(r"\b(?:a|per|each|every|par|chaque|pro|jeden|al|cada|por)\s+"
                      r"(?:month|mois|monat|mes)\b|\bmonthly\b|\bmensuel|\bmonatlich|\bmensual"
                      r"|\b(?:al|per|ogni|por|elke|elk)\s+(?:mese|maand|mes|m[eê]s)\b|\bmensil|\bmaandelijks|\bmaandeliks")
_WEEKLY = re.compile(r"\b(?:a|per|each|every|par|chaque|pro|jede|a\s+la|cada|por)\s+"
                     r"(?:week|semaine|woche|semana)\b|\bweekly\b|\bhebdomadaire|\bwochentlich"
                     r"|\bsemanal|\b(?:a|per|ogni|por|elke)\s+(?:settimana|week|semana|setmana)\b"
                     r"|\bsettimanal|\bwekelijks|\bweekliks")
_FORTNIGHTLY = re.compile(r"\bfortnight|\bevery\s+(?:two|2)\s+weeks|\btoutes\s+les\s+(?:deux|2)"
                          r"\s+semaines|\balle\s+(?:zwei|2)\s+wochen|\bquincenal|\bcada\s+(?:dos|2)"
                          r"\s+semanas")
_HALF = re.compile(r"\b(?:half|moitie|halfte|mitad)\b")
MAX_INSTALMENTS = 36
_NUMBERED = re.compile(r"(?:invoice|inv|facture|rechnung|factura|n°|no\.?|nr\.?|#)\s*$")


@dataclass(frozen=True, slots=True)
class PlanTerms:
    instalments: int | None  # how many payments the customer proposes
    frequency: str | None  # "weekly", "fortnightly", "monthly"
    amounts: tuple[Decimal, ...]  # instalment amounts named, in order
    currency: str | None
    dates: tuple[date, ...]  # instalment dates named, in order
    evidence: tuple[str, ...]  # the phrases the terms came from

    @property
    def is_empty(self) -> bool:
        return not (self.instalments or self.amounts or self.dates or self.frequency)


def _count(text: str) -> tuple[int | None, str | None, str | None]:
    """(instalments, unit word of an "over N months" phrase, matched text)."""
    for pattern in _COUNT_PATTERNS:
        for m in pattern.finditer(text):
            raw = m["n"]
            n = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw)
            if n is None or not 2 <= n <= MAX_INSTALMENTS:
                continue
            if _NUMBERED.search(text[max(0, m.start("n") - 14):m.start("n")]):
                continue  # "invoice 12 payments ...": a document number, not a count
            return n, m.groupdict().get("unit"), m.group(0)
    return None, None, None


def find_plan_terms(own_text: str, sent: date | None, language: str | None,
                    amounts: list[AmountMention]) -> PlanTerms | None:
    """The terms proposed in `own_text` (the customer's own words), or None if it names none.

    `amounts` are the money amounts found in the same text (inbox.amounts.find_amounts);
    totals the customer quotes ("the £3,000 balance") are kept apart from instalment amounts
    when a count and a per-instalment amount both appear.
    """
    folded = fold(own_text)
    evidence: list[str] = []
    instalments, unit, matched = _count(folded)
    if matched:
        evidence.append(matched)
    frequency = None
    if _FORTNIGHTLY.search(folded):
        frequency = "fortnightly"
    elif _WEEKLY.search(folded) or (unit or "").startswith(("week", "semai", "woch", "seman", "settim", "weke", "setman")):
        frequency = "weekly"
    elif _MONTHLY.search(folded) or unit is not None:
        frequency = "monthly"
    money = [a for a in amounts if a.amount > 0]
    currency = next((a.currency for a in money if a.currency), None)
    plan_amounts = [a.amount for a in money]
    if instalments and len(plan_amounts) >= 2:
        # "3 instalments of 500 against the 1,500 balance": the repeated or smaller figure is
        # the instalment; a sum of the others is the total the customer restates.
        total = max(plan_amounts)
        rest = [a for a in plan_amounts if a != total]
        if rest and sum(rest) != total and all(a * instalments == total for a in set(rest)):
            plan_amounts = rest[:1]
        elif rest and sum(rest) == total:
            plan_amounts = rest
    elif frequency and instalments is None and len(plan_amounts) >= 2:
        # "500 a month until the 1,500 balance is cleared": the count is total / instalment.
        total, each = max(plan_amounts), min(plan_amounts)
        if each and total != each and (total / each) == int(total / each) <= MAX_INSTALMENTS:
            instalments = int(total / each)
            plan_amounts = [each]
    if _HALF.search(folded) and not plan_amounts and instalments is None:
        instalments = 2
        evidence.append("half")
    dates = tuple(d.value for d in find_future_dates(own_text, sent, language)) if sent else ()
    if len(dates) >= 2 and instalments is None:
        instalments = len(dates)
    terms = PlanTerms(instalments, frequency, tuple(plan_amounts), currency, dates,
                      tuple(evidence))
    return None if terms.is_empty else terms
