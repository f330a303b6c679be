"""Find the date a customer promises to pay, and the return date in an out-of-office reply.

Pure: no clock. Relative expressions resolve against `sent`, the message's Date header
(style guide §5). Regular expressions only, English, French, German and Spanish together
(mixed-language mail is common); `language` only decides how to read "05/12".

Conventions (precision first: None is better than a wrong date):

* Numbers. "30.11.", "30.11.2026" are day.month. With `language` "fr", "de" or "es",
  "05/12" is 5 December. Otherwise a first number above 12 means D/M, a second above 12
  means M/D ("11/30"), and when both fit the date is kept only if exactly one reading falls
  within 120 days on or after `sent`. "2026-11-30" is ISO. Two-digit years are 20yy.
* Years omitted: the next occurrence on or after `sent`; a date up to 60 days before
  `sent` is taken as quoted history, not a promise (None). A weekday written with the date
  ("Monday 23 November") picks the year in which it is that weekday, when one fits.
* Weekdays ("Friday", "this Friday", "by Friday", "next Friday", "vendredi prochain",
  "nächsten Freitag", "el próximo viernes"): the first such day after `sent` (never `sent`
  itself). "Friday next week" / "vendredi de la semaine prochaine": that day of next week.
* Weeks (Monday to Friday): "next week" alone → None (too vague; "beginning of next week"
  → its Monday); "this week" and "end of the week" → Friday of this week (next week's when sent on a weekend); "end of next week" →
  Friday of next week. Months: "end of the month" → its last day; "mid-December" → the 15th.
  "within 10 days", "in two weeks", "sous 30 jours", "innerhalb von 14 Tagen", "en 15 días"
  → `sent` + that many days; "business days" / "jours ouvrés" / "Werktagen" skip weekends.
  Day only ("d'ici le 15", "by the 15th", "am 15.", "el 15"): the next such day of a month.
  "before"/"by"/"avant" do not move the date: the promise is that day.
* Choosing: dates quoted as invoice/issue/due dates or in a past-tense clause ("we paid on
  Monday") are dropped, as are dates before `sent` or more than a year after. Among the
  rest, the first one near a payment word (pay, virement, Zahlung, pago...) wins; without a
  payment word there must be only one date.
* Out-of-office (`find_return_date`): "back on X", "de retour le X", "ab X wieder im Büro"
  → X. "until X" / "jusqu'au X (inclus)" / "bis (einschließlich) X" / "hasta X" / "du 10 au X"
  → the first weekday after X (X is the last day away; reminders wait a day rather than
  arrive early). Years omitted take the occurrence nearest `sent` (the reply may be stale).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_future_dates", "find_promised_date", "find_return_date"]


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Found:
    value: date | None  # None: recognised but not resolvable (ambiguous, impossible)
    start: int
    end: int


# --- vocabulary -------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan janvier janv januar jänner janner enero ene",
    "february feb février fevrier févr fevr fév fev februar febrero",
    "march mar mars märz maerz mrz marzo",
    "april apr avril avr abril abr",
    "may mai mayo",
    "june jun juin juni junio",
    "july jul juillet juil juli julio",
    "august aug août aout agosto",
    "september sept sep septembre septiembre setiembre",
    "october oct octobre oktober okt octubre",
    "november nov novembre noviembre",
    "december dec décembre decembre déc dezember dez diciembre dic",
], start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate([
    "monday lundi montag lunes", "tuesday mardi dienstag martes",
    "wednesday mercredi mittwoch miércoles miercoles", "thursday jeudi donnerstag jueves",
    "friday vendredi freitag viernes", "saturday samedi samstag sonnabend sábado sabado",
    "sunday dimanche sonntag domingo",
]):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6, "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5,
                 "dim": 6, "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "vierzehn": 14,
    "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30,
}


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_ABBR = [m for m in _MONTHS if len(m) <= 4 and m not in ("mai", "juni", "juli", "mars", "june", "july", "juin")]
# Only abbreviations take a dot ("Nov.", "déc."), so "le 30 novembre." ends before the full stop.
_MONTH = (rf"(?P<month>{_alts([m for m in _MONTHS if m not in _MONTH_ABBR])}"
          rf"|(?:{_alts(_MONTH_ABBR)})\.?)")
_WD = _alts(_WEEKDAYS)
_WD_ANY = _alts(list(_WEEKDAYS) + list(_WEEKDAY_ABBR))
_NUMWORD = _alts(_NUMBER_WORDS)
_B = r"(?<![^\W_])"  # left word boundary that also works before accented letters
_E = r"(?![^\W_])"

_F = re.IGNORECASE | re.VERBOSE

_DAY_MONTH = re.compile(rf"""{_B}
    (?:(?P<wd>{_WD_ANY})\.?,?\s+(?:(?:the|le|den|el)\s+)?)?
    (?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+)?{_MONTH}{_E}
    (?:,?\s+(?:de\s+|del\s+)?(?P<year>20\d\d)(?!\d))?""", _F)
_MONTH_DAY = re.compile(rf"""{_B}
    (?:(?P<wd>{_WD_ANY})\.?,?\s+(?:the\s+)?)?
    {_MONTH}\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\s*(?:%|€|\$|h\b))
    (?:,?\s+(?P<year>20\d\d)(?!\d))?""", _F)
_ISO = re.compile(r"(?<![\d./-])(?P<year>20\d\d)-(?P<a>\d\d)-(?P<b>\d\d)(?![\d])")
_NUMERIC = re.compile(
    r"(?<![\d./,-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d|[./-]\d)")
_NUMERIC_SHORT = re.compile(r"(?<![\d./,-])(?P<a>\d{1,2})(?:(?P<sep>/)(?P<b>\d{1,2})(?![\d/]|[.,]\d)"
                            r"|(?P<dsep>\.)(?P<b2>\d{1,2})\.(?!\d))")
_DAY_ONLY = re.compile(rf"""{_B}(?:
      (?:d'ici|avant|pour|au\ plus\ tard|jusqu'au|jusqu'à)\s+le\s+(?P<fr>[0-3]?\d)(?!\d)(?:er)?
    | (?<![^\s(])le\s+(?P<fr2>[0-3]?\d)(?!\d)(?:er)?
    | (?:on|by|before|until|for|from|after|around|of)\s+the\s+(?P<en>[0-3]?\d)(?!\d)(?:st|nd|rd|th)
    | (?:am|bis\ zum|bis|zum|vor\ dem|spätestens\ am)\s+(?P<de>[0-3]?\d)(?!\d)\.
    | (?:el|el\ día|para\ el|antes\ del|hasta\ el)\s+(?P<es>[0-3]?\d)(?!\d)
    )(?![\d/.,:]\d|\s*(?:%|€|\$|h\b|heures?|jours?|days?|Tage|días|de\s+(?:{_alts(_MONTHS)})\b|[./]?\s*(?:{_alts(_MONTHS)})\b))""", _F)

_NEXT_MOD = r"next|coming|prochain|prochaine|qui\s+vient|nächsten|nächster|kommenden|próximo|proximo|que\s+viene"
_PAST_MOD = r"last|past|dernier|passé|letzten|vergangenen|pasado"
_WEEKDAY = re.compile(rf"""{_B}
    (?:(?P<pre>{_NEXT_MOD}|{_PAST_MOD}|this|ce|diesen|el|este)\s+)?
    (?P<wd>{_WD}){_E}
    (?P<nextweek>\s+(?:of\s+)?next\s+week|\s+de\s+la\s+semaine\s+prochaine|\s+nächster\s+woche
        |\s+(?:de\s+)?la\s+(?:próxima|proxima)\s+semana|\s+de\s+la\s+semana\s+que\s+viene)?
    (?:\s+(?P<post>{_NEXT_MOD}|{_PAST_MOD}){_E})?""", _F)

_NEXT_WEEK = r"(?:next\s+week|(?:la\s+)?semaine\s+prochaine|nächste[rn]?\s+woche|kommende[rn]?\s+woche|(?:la\s+)?(?:próxima|proxima)\s+semana|(?:la\s+)?semana\s+que\s+viene)"
_THIS_WEEK = r"(?:(?:the|this)\s+week|(?:la|cette)\s+semaine|(?:der|dieser)\s+woche|(?:la|esta)\s+semana)"
_NEXT_MONTH = r"(?:next\s+month|(?:du\s+)?mois\s+prochain|(?:des\s+)?nächsten\s+monats|(?:del\s+)?(?:próximo|proximo)\s+mes|(?:del\s+)?mes\s+que\s+viene)"
_RELATIVE = re.compile(rf"""{_B}(?:
      (?P<dayafter>the\s+day\s+after\s+tomorrow|après-demain|apres-demain|übermorgen|pasado\s+mañana)
    | (?P<tomorrow>tomorrow|demain|(?<!guten\s)(?<!gegen\s)morgen(?!\s+(?:früh|vormittag|nachmittag|abend))|mañana(?<!la\ mañana)(?<!esta\ mañana))
    | (?P<today>today|aujourd'hui|heute|hoy)
    | (?P<endnextweek>(?:the\s+)?end\s+of\s+next\s+week|fin\s+de\s+(?:la\s+)?semaine\s+prochaine
        |ende\s+(?:der\s+)?nächste[nr]\s+woche|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+de\s+{_NEXT_WEEK})
    | (?P<startnextweek>(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week|début\s+de\s+(?:la\s+)?semaine\s+prochaine
        |anfang\s+nächste[rn]?\s+woche|(?:a\s+)?principios\s+de\s+{_NEXT_WEEK})
    | (?P<endweek>(?:the\s+)?end\s+of\s+{_THIS_WEEK}|(?:en\s+)?fin\s+de\s+(?:cette\s+|la\s+)?semaine
        |ende\s+{_THIS_WEEK}|wochenende|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+de\s+{_THIS_WEEK})
    | (?P<nextweek>{_NEXT_WEEK})
    | (?P<thisweek>this\s+week|cette\s+semaine|diese\s+woche|esta\s+semana)
    | (?P<endnextmonth>(?:the\s+)?end\s+of\s+{_NEXT_MONTH}|fin\s+(?:du\s+|de\s+)?mois\s+prochain
        |ende\s+{_NEXT_MONTH}|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+(?:de(?:l)?\s+)?{_NEXT_MONTH})
    | (?P<endmonth>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[-\s]end|(?:à\s+la\s+)?fin\s+(?:du\s+|de\s+|de\s+ce\s+)?mois
        |monatsende|ende\s+(?:des|dieses)\s+monats|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+de(?:l)?\s+(?:este\s+)?mes)
    | (?P<endof>(?:the\s+)?end\s+of|fin(?:\s+d[eu'])?|ende|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+de)\s+{_MONTH}{_E}
    | (?P<midof>mid-?\s?|mi-|mitte\s+|(?:a\s+)?mediados\s+de\s+)(?P<month2>{_alts(_MONTHS)})\.?{_E}
    | (?P<within>(?:within|in|in\s+the\s+next|under|sous|dans|d'ici|dans\s+les|endéans(?:\s+les)?|endeans(?:\s+les)?|innerhalb\s+(?:von|der\s+nächsten)
        |in\s+den\s+nächsten|binnen|en|dentro\s+de|en\s+los\s+próximos|en\s+un\s+plazo\s+de)\s+
        (?P<n>\d{{1,3}}|{_NUMWORD})\s+(?P<business>business\s+|working\s+)?
        (?P<unit>days?|weeks?|months?|jours?|semaines?|mois|tagen?|wochen?|monat(?:en)?|werktagen?|arbeitstagen?
          |días|dias|día|semanas?|mes(?:es)?)(?P<business2>\s+(?:ouvrés|ouvrables|hábiles|habiles|laborables))?)
    | (?P<huitaine>sous\s+(?:huitaine|quinzaine))
    ){_E}""", _F)

_PAYMENT = re.compile(
    r"(?i)\b(?:pay|pays|paid|paying|payment|payments|settle\w*|transfer\w*|wire|wired|wiring|remit\w*"
    r"|virement|virer|virerons|virerai|vir[ée]|règlement|reglement|régler|regler|r[ée]glerons|r[ée]glerai|réglons|r[ée]gl[ée]e?s?"
    r"|payer|payerons|payerai|paierons|paierai|payons|pay[ée]e?s?|verserons|verserai|versons|solder|solderons"
    r"|paiement|versement|verser|zahlen|zahlung|bezahlen|bezahlt|überweisen|überweisung|überweisen"
    r"|begleichen|beglichen|ausgleichen|ausgeglichen|überwiesen|zahllauf|zahlungslauf"
    r"|pago|pagar|pagaremos|pagamos|pagado|pagar[áa]|transferencia|transferiremos|abonar|abonaremos|abono|liquidar)\b")
_QUOTED = re.compile(
    r"(?i)(?:\b(?:invoice|facture|rechnung|factura)\s+(?:\S+\s+)?(?:dated|of|from|du|en\s+date\s+du|vom|del|de\s+fecha)"
    r"|\b(?:dated|issued|due|due\s+date|[ée]ch[ée]ance|[ée]chue?|[ée]mise?|datée?|fällig|fälligkeit\w*"
    r"|vencimiento|vencid[ao]|vence|con\s+fecha|emitida|rappel\s+du|reminder\s+of|mahnung\s+vom"
    r"|(?:your|votre|ihre?|su)\s+(?:e-?mail|mail|letter|courrier|courriel|relance|schreiben|correo|carta)\s+(?:of|dated|du|vom|del)))"
    r"\b[^.\n]{0,12}$")
_PAST = re.compile(
    r"(?i)\b(?:paid|sent|made|transferred|wired|received|already|payé|réglé|viré|envoyé|effectué|reçu|déjà"
    r"|bezahlt|überwiesen|gezahlt|erhalten|bereits|schon|pagado|pagamos|transferido|enviado|recibido|ya)\b")
_FUTURE = re.compile(
    r"(?i)(?:\b(?:will|shall|going\s+to|plan|intend|expect|allons|vais|va|sera|serons|pourrons|prévoyons|prévu"
    r"|werden|wird|vamos|voy|pagaremos|haremos|realizaremos|enviaremos|transferiremos)\b|'ll\b)")


# --- resolving pieces -------------------------------------------------------------------

def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _next_weekday(sent: date, weekday: int) -> date:
    return sent + timedelta(days=(weekday - sent.weekday() - 1) % 7 + 1)


def _next_business_day(d: date) -> date:
    d += timedelta(days=1)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _add_business_days(d: date, n: int) -> date:
    for _ in range(n):
        d = _next_business_day(d)
    return d


class _Policy:
    """How to place a date written without a year: promises look ahead, returns look around."""

    def __init__(self, sent: date, forward: bool):
        self.sent = sent
        self.forward = forward

    def year_for(self, month: int, day: int, weekday: int | None) -> date | None:
        sent = self.sent
        years = [sent.year, sent.year + 1] if self.forward else [sent.year - 1, sent.year, sent.year + 1]
        options = [d for y in years if (d := _safe_date(y, month, day))]
        if weekday is not None and any(d.weekday() == weekday for d in options):
            options = [d for d in options if d.weekday() == weekday]
        if not options:
            return None
        if not self.forward:
            return min(options, key=lambda d: abs((d - sent).days))
        this_year = _safe_date(sent.year, month, day)
        if this_year and sent - timedelta(days=60) <= this_year < sent and weekday is None:
            return None  # a recent past date: quoted, not promised
        ahead = [d for d in options if d >= sent]
        return min(ahead) if ahead else None

    def day_month(self, a: int, b: int, year: int | None, language: str | None, dotted: bool) -> date | None:
        """Read "a/b[/year]" as a date; None if impossible or ambiguous."""
        readings = []
        european = dotted or (language or "").lower()[:2] in ("fr", "de", "es", "it", "nl", "pt")
        for day, month in ([(a, b)] if european else [(a, b), (b, a)]):
            if 1 <= month <= 12 and 1 <= day <= 31:
                value = _safe_date(year, month, day) if year else self.year_for(month, day, None)
                if value and value not in readings:
                    readings.append(value)
        if len(readings) == 1:
            return readings[0]
        if len(readings) == 2:
            near = [d for d in readings if self.sent - timedelta(days=0 if self.forward else 30)
                    <= d <= self.sent + timedelta(days=120)]
            return near[0] if len(near) == 1 else None
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _weekday_of(name: str | None) -> int | None:
    if not name:
        return None
    name = name.lower()
    return _WEEKDAYS.get(name, _WEEKDAY_ABBR.get(name))


def _relative(m: re.Match[str], sent: date) -> date | None:
    g = m.group
    if g("dayafter"):
        return sent + timedelta(days=2)
    if g("tomorrow"):
        return sent + timedelta(days=1)
    if g("today"):
        return sent
    this_friday = _monday(sent) + timedelta(days=4)
    if g("endnextweek"):
        return this_friday + timedelta(days=7)
    if g("startnextweek"):
        return _monday(sent) + timedelta(days=7)
    if g("nextweek"):
        return None  # "next week" alone names no day: too vague to hold a customer to
    if g("endweek") or g("thisweek"):
        return this_friday if this_friday >= sent else this_friday + timedelta(days=7)
    if g("endnextmonth"):
        nxt = _add_months(sent.replace(day=1), 1)
        return _month_end(nxt.year, nxt.month)
    if g("endmonth"):
        return _month_end(sent.year, sent.month)
    if g("endof"):
        month = _MONTHS[g("month").lower().rstrip(".")]
        year = sent.year if month >= sent.month else sent.year + 1
        return _month_end(year, month)
    if g("midof"):
        month = _MONTHS[g("month2").lower()]
        mid = date(sent.year, month, 15)
        return mid if mid >= sent else date(sent.year + 1, month, 15) if month < sent.month else None
    if g("huitaine"):
        return sent + timedelta(days=8 if "huit" in g("huitaine").lower() else 15)
    if g("within"):
        raw = g("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = g("unit").lower()
        if g("business") or g("business2") or unit.startswith(("werk", "arbeit")):
            return _add_business_days(sent, n)
        if unit.startswith(("week", "semaine", "woche", "semana")):
            return sent + timedelta(weeks=n)
        if unit.startswith(("month", "mois", "monat", "mes")):
            return _add_months(sent, n)
        return sent + timedelta(days=n)
    return None


def _find(text: str, sent: date, language: str | None, policy: _Policy) -> list[_Found]:
    found: list[_Found] = []

    def add(m: re.Match[str], value: date | None) -> None:
        found.append(_Found(value, m.start(), m.end()))

    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            month, day = _MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
            year = _year(m["year"])
            if year:
                add(m, _safe_date(year, month, day))
            else:
                add(m, policy.year_for(month, day, _weekday_of(m["wd"])))
    for m in _ISO.finditer(text):
        add(m, _safe_date(int(m["year"]), int(m["a"]), int(m["b"])))
    for m in _NUMERIC.finditer(text):
        add(m, policy.day_month(int(m["a"]), int(m["b"]), _year(m["year"]), language, m["sep"] == "."))
    for m in _NUMERIC_SHORT.finditer(text):
        b = m["b"] or m["b2"]
        add(m, policy.day_month(int(m["a"]), int(b), None, language, bool(m["dsep"])))
    for m in _DAY_ONLY.finditer(text):
        day = int(next(v for v in (m["fr"], m["fr2"], m["en"], m["de"], m["es"]) if v))
        value = None
        for months_ahead in range(0, 3):
            first = _add_months(policy.sent.replace(day=1), months_ahead)
            candidate = _safe_date(first.year, first.month, day)
            if candidate and candidate >= policy.sent:
                value = candidate
                break
        add(m, value)
    for m in _WEEKDAY.finditer(text):
        modifiers = " ".join(filter(None, (m["pre"], m["post"]))).lower()
        if re.search(_PAST_MOD, modifiers, re.I):
            add(m, None)
            continue
        weekday = _WEEKDAYS[m["wd"].lower()]
        if m["nextweek"]:
            add(m, _monday(policy.sent) + timedelta(days=7 + weekday))
        else:
            add(m, _next_weekday(policy.sent, weekday))
    for m in _RELATIVE.finditer(text):
        add(m, _relative(m, policy.sent))

    # Overlaps: the longest reading wins ("le 30 novembre" over "le 30").
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if not any(k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _clause(text: str, start: int, end: int, before: int = 60, after: int = 40) -> tuple[str, str]:
    """Text around a date within its sentence: (before, after)."""
    left = text[max(0, start - before):start]
    cut = max(left.rfind("\n"), left.rfind(". "), left.rfind("! "), left.rfind("? "))
    if cut >= 0:
        left = left[cut + 1:]
    right = text[end:end + after]
    cuts = [i for i in (right.find("\n"), right.find(". "), right.find("! "), right.find("? ")) if i >= 0]
    if cuts:
        right = right[:min(cuts)]
    return left, right


def find_future_dates(text: str, sent: date, language: str | None) -> list[DateMention]:
    """Every date in `text` from `sent` to a year after it, in order (instalment schedules)."""
    return [DateMention(f.value, f.start, f.end, text[f.start:f.end])
            for f in _find(text, sent, language, _Policy(sent, forward=True))
            if f.value is not None and sent <= f.value <= sent + timedelta(days=366)]


def find_promised_date(text: str, sent: date, language: str | None) -> DateMention | None:
    """The date the customer promises to pay by, or None; see the module docstring."""
    candidates: list[tuple[_Found, bool]] = []
    for f in _find(text, sent, language, _Policy(sent, forward=True)):
        if f.value is None or not sent <= f.value <= sent + timedelta(days=366):
            continue
        left, right = _clause(text, f.start, f.end)
        if _QUOTED.search(text[max(0, f.start - 40):f.start]) and not _FUTURE.search(left):
            continue  # "invoice dated 3 Nov", but not "sera réglée à son échéance, le 23/11"
        if _PAST.search(left + " " + right) and not _FUTURE.search(left + " " + right):
            continue
        wide_left, wide_right = _clause(text, f.start, f.end, before=90, after=60)
        candidates.append((f, bool(_PAYMENT.search(wide_left) or _PAYMENT.search(wide_right))))
    if not candidates:
        return None
    paying = [f for f, near_payment in candidates if near_payment]
    if paying:
        chosen = paying[0]
    elif len({f.value for f, _ in candidates}) == 1:
        chosen = candidates[0][0]
    else:
        return None
    assert chosen.value is not None
    return DateMention(chosen.value, chosen.start, chosen.end, text[chosen.start:chosen.end])


_BACK_BEFORE = re.compile(
    r"(?i)\b(?:back|return|returns|returning|be\s+back|in\s+the\s+office|available|de\s+retour|retour|reviens"
    r"|reviendrai|rentre|serai\s+(?:au\s+bureau|disponible|joignable)|disponible|zurück|wieder\s+(?:da|im\s+büro"
    r"|erreichbar|verfügbar|zurück)|regres\w*|volver\w*|vuelvo|de\s+vuelta|reincorpor\w*)\b[^.\n]{0,30}$")
_BACK_AFTER = re.compile(r"(?i)^[^.\n]{0,25}\b(?:wieder|zurück|de\s+retour|back|de\s+vuelta)\b")
_UNTIL_BEFORE = re.compile(
    rf"(?i)\b(?:until|till|through|up\s+to\s+and\s+including|to|jusqu'au|jusqu'à|jusqu’au|au|bis"
    rf"(?:\s+einschließlich|\s+einschliesslich|\s+zum|\s+und\s+mit)?|hasta(?:\s+el)?|al)"
    rf"\s+(?:et\s+y\s+compris\s+)?(?:(?:le|the|dem|el|den)\s+)?(?:(?:{_WD_ANY})\.?,?\s+(?:(?:le|the|den|el)\s+)?)?$")


def find_return_date(text: str, sent: date, language: str | None) -> date | None:
    """First day back in an out-of-office reply, or None; see the module docstring."""
    back: list[date] = []
    until: list[date] = []
    for f in _find(text, sent, language, _Policy(sent, forward=False)):
        if f.value is None:
            continue
        left, right = _clause(text, f.start, f.end, before=70, after=40)
        if _UNTIL_BEFORE.search(left):
            until.append(_next_business_day(f.value))
        elif _BACK_BEFORE.search(left) or _BACK_AFTER.search(right):
            back.append(f.value)
    if back:
        return back[0]
    return until[0] if until else None
