"""Find the date a customer promises to pay, and the return date in an out-of-office reply.

Pure: no clock. Relative expressions resolve against `sent`, the message's Date header
(style guide §5). Regular expressions only, English, French, German and Spanish together
(mixed-language mail is common), with the month and weekday names and the common phrasings of
Italian, Dutch, Afrikaans, Portuguese and Catalan ("entro il 10", "fine mese", "volgende week
vrijdag", "teen maandeinde", "até ao fim do mês", "el dia 15 d'aquest mes") and of Polish ("do piątku",
"do końca miesiąca", "za tydzień", "w ciągu 14 dni", "do 15-go"); `language` only
decides how to read "05/12".

Conventions (precision first: None is better than a wrong date):

* Numbers. "30.11.", "30.11.2026" are day.month. With `language` "fr", "de" or "es",
  "05/12" is 5 December. Otherwise a first number above 12 means D/M, a second above 12
  means M/D ("11/30"), and when both fit the date is kept only if exactly one reading falls
  within 120 days on or after `sent`; when the other reading is a recent past day, the future
  one is kept only if nearer ("by 4/3" on 30 March is 3 April). "2026-11-30" and "2026/11/30"
  are Y-M-D. Two-digit years are 20yy.
* Years omitted: the next occurrence on or after `sent`; a date up to 60 days before
  `sent` is taken as quoted history, not a promise (None). A weekday written with the date
  ("Monday 23 November") picks the year in which it is that weekday, when one fits.
* Weekdays ("Friday", "this Friday", "by Friday", "next Friday", "vendredi prochain",
  "nächsten Freitag", "el próximo viernes", "fri", "Thurs"): the first such day after `sent`
  (never `sent` itself). "Friday next week" / "vendredi de la semaine prochaine": that day of
  next week; "Monday week", "a week on Monday", "lundi en huit": a week after the next Monday.
  A weekday with a day number ("Friday 27th", "vendredi 27", "el viernes 27") is the next
  such day that falls on that weekday; a weekday just before a date ("Fri 27/11") is the date.
* Weeks (Monday to Friday): "next week", "this week", "next week's run", "first thing next
  week" → None (they name no day; "beginning of next week" → its Monday); "end of the week" /
  "fin de semaine" → Friday of this week (next week's when sent on a weekend; "Bonne fin de
  semaine" is a greeting); "end of next week" → Friday of next week. Months: "end of the
  month" → its last day; "mid-December" → the 15th; "next month", "in December", "début
  décembre" → None. "within 10 days", "in two weeks", "sous 30 jours", "sous huitaine" (8),
  "innerhalb von 14 Tagen", "en 15 días" → `sent` + that many days; "business days" /
  "jours ouvrés" / "Werktagen" skip weekends. Day only ("d'ici le 15", "by the 15th", "am
  15.", "el 15"): the next such day of a month, even a Sunday ("le 10 du mois prochain": next
  month's). "before"/"by"/"avant" do not move the date: the promise is that day. "EOW" is
  Friday, "EOD"/"end of day" today, "net 15 from today" `sent` + 15; "the Tuesday after
  Easter"/"le mardi après Pâques" counts from Easter Sunday. A day named by an earlier date
  ("the board meets on the 14th; the run goes out the day after the board meeting", "released
  that same day", "le lundi suivant la séance") takes that date (plus the day, or the next
  such weekday); a date corrected in the next breath ("Wed -- actually Wed is a holiday, so
  Thursday") is the corrected one.
* Dropped as no promise: dates before `sent` or more than a year after, and year-less dates
  more than six months ahead (quoted history, "BL du 19/08"); dates quoted as another
  document's or message's (invoice/due/order dates, "your letter of", "meiner Mail von
  Dienstag") or another event's ("the meeting on Monday", "closed Thursday and Friday",
  "I'll get back to you by Friday"); dates in a past clause ("we paid on Monday", "I told your
  colleague on Monday", "released today", "se realizó el lunes"), a denied one ("we cannot
  pay by the end of the month", but "no later than"), a condition put on the supplier ("if you
  send the credit note by Friday"; "once the boss signs it off on the 30th" stays), a request
  to the supplier ("please send it by Friday"), a question or proposal ("could we pay on the
  15th?", "we propose ... at the end of January", "if you agree"), a period's start or end or
  a repeating day ("starting mid-December", "from 1 January", "de novembre à fin mars", "le 10
  de chaque mois", "in Leeds until Thursday"), payment terms ("30 jours fin de mois"),
  timestamps ("16-11-2026 11:04:57"), and an insolvency notice's own steps (the claims deadline,
  a hearing, a moratorium's end: "déclarer votre créance dans un délai de deux mois").
* Choosing: the first remaining date near a payment word wins (pay, virement, Zahlung, pago,
  payment/cheque/BACS run, value date...; "near" stays on the date's side of a comma or "and"
  when another date shares the sentence, so "approved on Monday, payment goes out Friday" is
  Friday; a date after an approval word, "validé aujourd'hui", is not near the payment; a part
  payment's first date is the promise; an instalment plan's dates give way to a payment committed
  to beside the plan). If none is, but a vague time is
  ("released in next week's BACS run"), None. Otherwise there must be exactly one date, in a
  message about money or in a commitment ("will do by Friday"); beside an insolvency notice, in
  a sentence about money.
* Out-of-office (`find_return_date`): "back on X", "de retour le X", "ab X wieder im Büro"
  → X. "until X" / "jusqu'au X (inclus)" / "bis (einschließlich) X" / "hasta X" / "du 10 au X"
  → the first weekday after X (X is the last day away; reminders wait a day rather than
  arrive early). Years omitted take the occurrence nearest `sent` (the reply may be stale).
"""
from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from inbox.intent_text import sentence_bounds
from inbox.regex_prefix import leading_guard

__all__ = ["DateMention", "find_future_dates", "find_promised_date", "find_return_date"]


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Found:
    value: date | None  # None: recognised but not resolvable (ambiguous, impossible, vague)
    start: int
    end: int
    vague: bool = False  # "next week", "this week": a time named, but no day
    kind: str = ""  # "weekday": a weekday alone


# --- vocabulary -------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan janvier janv januar jänner janner enero ene gennaio januari januarie janeiro gener styczeń styczen stycznia",
    "february feb février fevrier févr fevr fév fev februar febrero febbraio februari februarie fevereiro febrer luty lutego",
    "march mar mars märz maerz mrz marzo maart março març mrt marzec marca",
    "april apr avril avr abril abr aprile kwiecień kwiecien kwietnia",
    "may mai mayo maggio mei maio maig maj maja",
    "june jun juin juni junio giugno junho juny czerwiec czerwca",
    "july jul juillet juil juli julio luglio julho juliol lipiec lipca",
    "august aug août aout agosto augustus agost sierpień sierpien sierpnia",
    "september sept sep septembre septiembre setiembre settembre setembro setembre wrzesień wrzesien września wrzesnia",
    "october oct octobre oktober okt octubre ottobre outubro październik pazdziernik października pazdziernika",
    "november nov novembre noviembre novembro listopad listopada",
    "december dec décembre decembre déc dezember dez diciembre dic dicembre desember dezembro desembre grudzień grudzien grudnia",
], start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number
# Danish and Swedish (round 19): the names the other languages do not already hold
for _name, _number in (("marts", 3), ("augusti", 8), ("januari", 1), ("februari", 2)):
    _MONTHS.setdefault(_name, _number)
# Czech (round 20), in the cases a date takes ("do konce listopadu", "v prosinci", "15. října"), with and
# without háčky and čárky ("listopad" is also the Polish November)
for _number, _names in enumerate([
    "leden ledna lednu", "únor února únoru unor unora unoru", "březen března březnu brezen brezna breznu",
    "duben dubna dubnu", "květen května květnu kveten kvetna kvetnu", "červen června červnu cerven cervna cervnu",
    "červenec července červenci cervenec cervence cervenci", "srpen srpna srpnu", "září zari",
    "říjen října říjnu rijen rijna rijnu", "listopadu", "prosinec prosince prosinci",
], start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate([
    "monday lundi montag lunes lunedì lunedi maandag segunda-feira dilluns poniedziałek poniedzialek poniedziałku poniedzialku",
    "tuesday mardi dienstag martes martedì martedi dinsdag terça-feira terca-feira dimarts tuseday teusday wtorek wtorku",
    "wednesday mercredi mittwoch miércoles miercoles mercoledì mercoledi woensdag quarta-feira dimecres wensday wednsday wendsday środa sroda środę srode środy srody",
    "thursday jeudi donnerstag jueves giovedì giovedi donderdag quinta-feira dijous thrusday thurday czwartek czwartku",
    "friday vendredi freitag viernes venerdì venerdi vrijdag vrydag sexta-feira divendres firday fryday vierenes piątek piatek piątku piatku",
    "saturday samedi samstag sonnabend sábado sabado zaterdag saterdag dissabte sobota sobotę sobote soboty",
    "sunday dimanche sonntag domingo domenica zondag sondag diumenge niedziela niedzielę niedziele niedzieli",
]):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number
# Danish and Swedish (round 19): "på fredag", "senest torsdag", "nästa måndag"
for _number, _names in enumerate(["mandag måndag mandagen", "tirsdag tisdag", "onsdag", "torsdag", "fredag fredagen",
                                  "lørdag lördag", "søndag söndag"]):
    for _name in _names.split():
        _WEEKDAYS.setdefault(_name, _number)
# Czech (round 20): "v pondělí", "do středy", "ve čtvrtek", "v pátek", "do pátku"
for _number, _names in enumerate(["pondělí pondeli pondělka pondelka", "úterý utery úterka uterka",
                                  "středa středu středy streda stredu stredy", "čtvrtek čtvrtka ctvrtek ctvrtka",
                                  "pátek pátku patek patku", "sobotu soboty", "neděle neděli nedele nedeli"]):
    for _name in _names.split():
        _WEEKDAYS.setdefault(_name, _number)
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6, "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5,
                 "dim": 6, "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
                 # Portuguese days without "-feira" ("nesta sexta"; _WD_SHORT says where they stand alone)
                 "segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}

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
    "dieci": 10, "quindici": 15, "venti": 20, "trenta": 30, "tien": 10, "veertien": 14, "vijftien": 15,
    "dertig": 30, "trinta": 30, "quinze": 15,
    "dwa": 2, "dwóch": 2, "dwoch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "pięć": 5, "siedem": 7, "dziesięć": 10,
    "dziesiec": 10, "czternaście": 14, "czternascie": 14, "trzydzieści": 30, "trzydziesci": 30,
}


def _alts(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_ABBR = [m for m in _MONTHS if len(m) <= 4 and m not in ("mai", "juni", "juli", "mars", "june", "july", "juin")]
_FULL_MONTHS = [m for m in _MONTHS if m not in _MONTH_ABBR] + ["may", "mayo", "märz", "maerz", "août", "aout"]
# Only abbreviations take a dot ("Nov.", "déc."), so "le 30 novembre." ends before the full stop.
_MONTH = (rf"(?P<month>{_alts([m for m in _MONTHS if m not in _MONTH_ABBR])}"
          rf"|(?:{_alts(_MONTH_ABBR)})\.?)")
_WD = _alts(_WEEKDAYS)
_WD_ANY = _alts(list(_WEEKDAYS) + list(_WEEKDAY_ABBR))
_NUMWORD = _alts(_NUMBER_WORDS)
# Danish and Swedish counts, kept apart: "en", "to", "sex" are other words in other languages
_NORDIC_NUMBERS = {"en": 1, "et": 1, "ett": 1, "to": 2, "två": 2, "tva": 2, "tre": 3, "fire": 4, "fyra": 4, "fem": 5,
                   "seks": 6, "sex": 6, "syv": 7, "sju": 7, "otte": 8, "åtte": 8, "atte": 8, "åtta": 8, "atta": 8, "ti": 10, "tio": 10, "fjorten": 14, "fjorton": 14}
_B = r"(?<![^\W_])(?=[^\W_])"  # start of a word, also before accented letters (a cheap first test)
_E = r"(?![^\W_])"

_F = re.IGNORECASE | re.VERBOSE


def _at_word_start(source: str) -> re.Pattern[str]:
    """Compile a pattern matching at the start of a word, behind a lookahead for the first four
    characters its matches can begin with (see regex_prefix): the same matches, but most words
    are turned down without trying each alternative of the pattern."""
    guard = leading_guard(source, _F, depth=4)
    return re.compile(_B + guard + source, _F)


# A cheap first test at each word: its first two letters begin some weekday or month name.
_NAME_START = "(?=" + _alts({n[:2] for n in list(_MONTHS) + list(_WEEKDAYS) + list(_WEEKDAY_ABBR)}) + ")"
_DAY_MONTH = _at_word_start(rf"""(?=\d|{_NAME_START[3:-1]})
    (?:(?P<wd>{_WD_ANY})\.?,?\s+(?:(?:the|le|den|el)\s+)?)?
    (?P<day>[0-3]?\d)(?:st|nd|rd|th|er|ste|de|e|º|°|\.)?(?:\s+(?:of\s+|de\s+|d['’])?|-(?=[^\W\d_]+\.?-\d))  # "27-Nov-2026": a hyphen only with a year
    {_MONTH}{_E}
    (?:(?:,?\s+(?:de\s+|del\s+)?|-)(?P<year>(?:19|20)\d\d)(?!\d))?""")
_MONTH_DAY = _at_word_start(rf"""{_NAME_START}
    (?:(?P<wd>{_WD_ANY})\.?,?\s+(?:the\s+)?)?
    {_MONTH}\s+(?:the\s+)?(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![\d:.,]\d|\s*(?:%|€|\$|h\b))
    (?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?""")
_ISO = re.compile(r"(?<![\d./-])(?P<year>20\d\d)(?P<isep>[-/])(?P<a>\d\d)(?P=isep)(?P<b>\d\d)(?![\d])")
_NUMERIC = re.compile(
    r"(?<![\d./,-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d|[./-]\d)")
_NUMERIC_SHORT = re.compile(r"(?<![\d./,-])(?P<a>\d{1,2})(?:(?P<sep>/)(?P<b>\d{1,2})(?![\d/]|[.,]\d)"
                            r"|(?P<dsep>\.)(?P<b2>\d{1,2})\.(?!\d))")
_DAY_ONLY = _at_word_start(rf"""(?:
      (?:(?:d'ici|avant|pour|au\ plus\ tard|jusqu'au|jusqu'à)\s+le
        # "notre comité d'engagement du 14": a meeting's day, which a payment may follow
        |(?:comit[ée]|s[ée]ance|r[ée]union|conseil|commission|assembl[ée]e)(?:\s+(?:d['’]\w+|de\s+\w+))?\s+du)
        \s+(?P<fr>[0-3]?\d)(?!\d)(?:er)?
    | (?<![^\s(])le\s+(?P<fr2>[0-3]?\d)(?!\d)(?:er)?
    | (?:on|by|before|until|for|from|after|around|of)\s+the\s+(?P<en>[0-3]?\d)(?!\d)(?:st|nd|rd|th)
    | (?:am|bis\ zum|bis|zum|vor\ dem|spätestens\ am)\s+(?P<de>[0-3]?\d)(?!\d)\.(?!\s?\d)
    | (?:el|el\ d[íi]a|para\ el|para\ el\ d[íi]a|antes\ del|antes\ del\ d[íi]a|hasta\ el|hasta\ el\ d[íi]a
        |(?:(?<=pago\ )|(?<=pagos\ )|(?<=remesa\ )|(?<=transferencia\ ))del(?:\ d[íi]a)?)\s+(?P<es>[0-3]?\d)(?!\d)
    | (?:on|by|before)\s+day\s+(?P<en2>[0-3]?\d)(?!\d)(?:\s+of\s+this\s+month)?
    | (?:entro\s+il|per\s+il|prima\s+del|il|entro\s+il\s+giorno|il\s+giorno
        # a payment run's day: "inserita nel giro bonifici del 10", "nella distinta di pagamento del 15"
        |(?:giro|distinta|ciclo|lotto|tornata)\s+(?:di\s+|dei\s+)?(?:bonifici|pagamento|pagamenti)\s+del)\s+(?P<it>[0-3]?\d)(?!\d)
        (?![°º]?\s*(?:sollecit|acconto|acconti|rat[ae]\b|pezz|coll[io]|cartoni|bancali|fattur|per\s*cento|percento|volt[ae]
          |avvis|richiam|unit|articol|euro|posto|trimestre|semestre|anno|anni|ore\b|minuti)|[°º]\s*(?:e\b|,))
    | (?:voor|vóór|op|tegen|uiterlijk|teen|per|(?:betaalrun|betalingsrun|betaalronde|betaalbatch)\s+van)\s+(?:de|die)\s+(?P<nl>[0-3]?\d)(?:e|de|ste)(?!\w)
    | (?:no\s+dia|n[oa]\s+dia|at[ée]\s+(?:ao\s+|o\s+)?dia|para\s+o\s+dia|abans\s+del?(?:\s+dia)?|(?:per\s+a\s+)?el\s+dia|d[ií]a)\s+(?P<pt>[0-3]?\d)(?!\d)
    | (?:(?:najp[óo][źz]niej\s+)?do|przed|na)\s+(?:dnia\s+)?(?P<pl>[0-3]?\d)(?:-?go|-?tego)(?!\w)
    # Czech: "do 15.", "nejpozději do 20." (the ordinal's dot, as German writes it)
    | (?:nejpozději\s+do|nejpozdeji\s+do|do)\s+(?P<cs>[0-3]?\d)\.(?!\s?\d)
    # Danish and Swedish: "den 15.", "d. 15." (Danish writes the ordinal's dot); "senast den 15" (Swedish does not)
    | (?:den|d\.)\s+(?P<da>[0-3]?\d)\.(?!\s?\d)
    | (?:senest|senast|inden|innen|innan|før|för|före|fore|til|till)\s+(?:den|d\.)\s+(?P<sv>[0-3]?\d)(?![\d.])
    )(?P<nextmonth>\s+(?:du\s+mois\s+prochain|of\s+next\s+month|des\s+nächsten\s+monats
        |del\s+(?:próximo|proximo)\s+mes|del\s+mes\s+que\s+viene|del\s+mese\s+prossimo|del\s+prossimo\s+mese
        |van\s+(?:de\s+)?volgende\s+maand|do\s+pr[óo]ximo\s+m[êe]s|del\s+mes\s+que\s+ve|del\s+proper\s+mes
        |p\.\s?v\.|prossimo\s+venturo))?(?![\d/.,:]\d|\s*(?:%|€|\$|h\b|heures?|jours?|days?|Tage|días|dias|dies|giorni|dagen|dae|dage|dagar|kr\b|de\s+(?:{_alts(_MONTHS)})\b|d['’](?:{_alts(_MONTHS)})\b|[./]?\s*(?:{_alts(_MONTHS)})\b))""")

# "notre prochain paiement fournisseurs du 25", "le virement du 30": the day of a payment run
# ("du 25" alone is mostly a document's date, "facture du 25", or a past one, "le virement du 25
# a été rejeté": the run must be ahead, "prochain", or the one the invoice goes "avec").
_PAYRUN_DAY = re.compile(
    r"(?i)\b(?:prochaine?s?|avec\s+(?:le|la|les|notre|nos))\s+(?:\w+\s+)?(?:paiements?|virements?|règlements?|reglements?|campagnes?\s+de\s+paiement|prélèvements?)"
    r"(?:\s+(?:fournisseurs?|mensuels?|groupés?))?\s+(?P<du>du\s+(?P<day>[0-3]?\d)(?:er)?)(?![\d/.,:]\d)"
    rf"(?!\s*(?:%|€|\$|h\b|heures?|jours?|de\s+chaque|[./]?\s*(?:{_alts(_MONTHS)})\b))")

# "the day after the board meeting on the 12th", "le lendemain de l'audience du 12", "zwei Tage nach
# der Sitzung am 12.", "el día siguiente a la junta del 12": the date moved by that many days.
_OFFSET = re.compile(rf"""{_B}(?:
      (?:the|a)\s+day\s+after|le\s+lendemain|au\s+lendemain|(?:am\s+)?tag\s+nach|einen\s+tag\s+nach
    | el\s+d[íi]a\s+(?:siguiente\s+a|despu[ée]s\s+de)
    | (?P<n>\d|{_NUMWORD})\s+(?:days?|jours?|tage|d[íi]as)\s+(?:after|apr[èe]s|nach|despu[ée]s\s+de)
    )(?P<gap>[^.,;:!?\n\d]{{0,40}}?)$""", _F)
# A day named by an earlier date in the text: "our board meets on the 14th; the cheque run goes out
# the day after the board meeting", "funds will be released that same day", "le lundi suivant la séance".
_EVENT_NOUN = (r"(?:meeting|board|sitting|hearing|session|séance|seance|réunion|conseil|audience|sitzung|junta"
               r"|reunión|commission|coll[èe]ge|comit[ée]|committee|riunione|consiglio|vergadering)\w*")
_ANAPHOR = re.compile(rf"""{_B}(?:
      (?P<same>(?:that|the)\s+same\s+day|le\s+jour\s+m[êe]me|le\s+m[êe]me\s+jour|ce\s+m[êe]me\s+jour|am\s+selben\s+tag
        |am\s+gleichen\s+tag|ese\s+mismo\s+d[íi]a|el\s+mismo\s+d[íi]a|lo\s+stesso\s+giorno|dezelfde\s+dag)
    | (?P<after>(?:(?:the|a)\s+day\s+after|le\s+lendemain\s+d[eu']|le\s+jour\s+suivant|el\s+d[íi]a\s+siguiente\s+a|am\s+tag\s+nach
        |il\s+giorno\s+dopo|de\s+dag\s+na)\s*(?:the|our|that|la|le|l['’]|el|der|dem|de|het)?\s*[^.,;:!?\n\d]{{0,25}}?{_EVENT_NOUN}
      # alone at a clause's end, after a meeting's date: "qui se réunit le 14 mai. Le paiement sera libéré le lendemain."
      | (?:le\s+lendemain|au\s+lendemain|the\s+(?:next|following)\s+day|the\s+day\s+after|el\s+d[íi]a\s+siguiente
        |am\s+(?:n[äa]chsten|folgenden)\s+tag|il\s+giorno\s+(?:dopo|seguente|successivo)|de\s+(?:volgende\s+dag|dag\s+erna)
        |no\s+dia\s+seguinte|l['’]endem[àa])(?=\s*(?:[.,;:!?\n]|$)))
    | (?:(?:the|le|el|il|de)\s+)?(?P<wd>{_WD})\s+(?:following|after|suivant|d['’]apr[èe]s|apr[èe]s|siguiente\s+a|nach|dopo|na)
        \s+(?:the|that|our|la|le|l['’]|cette|el|der|dem|de|het)?\s*[^.,;:!?\n\d]{{0,25}}?{_EVENT_NOUN}
    )""", _F)
_ANAPHOR_HINT = re.compile(rf"(?i)\b(?:same|m[êe]me|selben|gleichen|mismo|stesso|dezelfde)\b|\b{_EVENT_NOUN}"
                           r"|\b(?:lendemain|endem[àa])\b")
_WEEKDAY_JOIN = re.compile(r",?\s*(?:(?:the|le|den|el|el\s+d[íi]a|d[íi]a|o\s+dia)\s+)?", re.I)
_NEXT_MOD = (r"næste|naeste|neste|nästa|nasta|kommende|kommande|next|coming|prochain|prochaine|qui\s+vient|nächsten|nächster|kommenden|próximo|proximo|que\s+viene"
             r"|prossim[oa]|volgende|komende|aanstaande|pr[óo]xima|que\s+vem|vinent|que\s+ve"
             r"|przysz[łl][ąya]|najbli[żz]sz[ąya]")
_PAST_MOD = r"last|past|dernier|passé|letzten|vergangenen|pasado"
# "next Friday" said on a Thursday means a week on: tomorrow would be "tomorrow" or "this Friday".
_STRICT_NEXT = re.compile(r"(?i)\b(?:next|prochaine?|nächste[nr]?|pr[óo]xim[oa]|que\s+viene|prossim[oa]|volgende|komende"
                          r"|przysz[łl][ąya])(?!\w)")
# "the Wednesday before", "le lundi d'avant": a weekday counted back from another date, past.
_WD_BEFORE = r"before|prior|earlier|d['’]avant|précédent|davor|zuvor|vorher|anterior|antes"
# English abbreviations standing alone ("will pay fri."); "mon" only after on/by/next/this, as
# French "mon" is "my". "sat"/"sun" are English words ("it sat in our queue"): not alone.
_WD_SHORT = (r"tues|tue|wed|thurs|thur|thu|fri|(?:(?<=on\s)|(?<=by\s)|(?<=next\s)|(?<=this\s)|(?<=until\s))mon"
             # Portuguese "sexta" alone is also "sixth" and "quinta" a wine estate: only after a
             # determiner that makes them days ("nesta sexta", "na quinta", "até segunda")
             r"|(?:(?<=\bna\s)|(?<=\bnesta\s)|(?<=\besta\s)|(?<=\bnessa\s)|(?<=\baté\s)|(?<=\bate\s)"
             r"|(?<=\bpróxima\s)|(?<=\bproxima\s))(?:segunda|terça|terca|quarta|quinta|sexta)(?!-)")
_WEEKDAY = _at_word_start(rf"""
    (?P<aweek>a\s+week\s+(?:on|from)\s+)?(?:(?:by\s+)?(?:eod|cob|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business\s+)?(?:day|business))\s+(?:on\s+)?)?(?P<nwpre>(?:volgende|komende|next)\s+week\s+(?:op\s+)?)?
    (?:(?P<pre>{_NEXT_MOD}|{_PAST_MOD}|übernächsten|this|ce|diesen|el|este)\s+)?
    (?P<wd>{_WD}|{_WD_SHORT})(?:s(?=\s+(?:payment\s+|pay\s+|bacs\s+|cheque\s+|check\s+)?(?:run|batch|cycle)\b))?{_E}
    (?:(?P<nextweek>\s+(?:of\s+)?next\s+week|\s+de\s+la\s+semaine\s+prochaine|\s+nächster\s+woche
        |\s+(?:de\s+)?la\s+(?:próxima|proxima)\s+semana|\s+de\s+la\s+semana\s+que\s+viene
        |\s+(?:van\s+)?(?:volgende|komende)\s+week|\s+(?:della\s+)?(?:prossima\s+settimana|settimana\s+prossima)
        |\s+(?:da\s+)?(?:pr[óo]xima\s+semana|semana\s+que\s+vem)|\s+de\s+la\s+setmana\s+que\s+ve)
      |(?P<thisweek>\s+(?:of\s+)?this\s+week|\s+de\s+cette\s+semaine|\s+dieser\s+woche|\s+de\s+esta\s+semana)
      |(?P<later>\s+week|\s+after\s+next|\s+en\s+huit|\s+en\s+quinze|\s+in\s+einer\s+woche){_E}(?!['’]s))?
    (?:\s+(?P<post>{_NEXT_MOD}|{_PAST_MOD}){_E}
      |\s+(?P<before>{_WD_BEFORE})(?=\s*(?:[,.;:!?)\n]|$|(?:and|et|und|y)\b)))?""")
# "Friday 27th", "vendredi 27", "Freitag, den 27.", "el viernes 27", "el viernes que viene, día 27",
# "next Friday, the 27th": the day of the month, checked against the weekday.
_WD_DAY = _at_word_start(rf"""
    (?:(?:this|on|by|ce|le|am|el|este)\s+)?(?:(?:{_NEXT_MOD})\s+)?
    (?P<wd>{_WD}|tues|tue|wed|thurs|thur|thu|fri|sat|sun|mon)(?:\s+(?:{_NEXT_MOD}))?
    \.?,?\s+(?:(?:the|le|den|el|el\s+d[íi]a|d[íi]a|soit\s+le|i\.e\.\s+the)\s+)?
    (?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.(?!\d))?
    (?![\d/.:,-]?\d|\s*(?:%|€|\$|h\b|uhr|am\b|pm\b|heures?|hrs?\b|[:/])|[\s\u00a0\u202f]\d{{3}}(?!\d))""")

_VAGUE_GROUPS = ("nextweek", "thisweek", "nextmonth", "monthonly")
_NEXT_WEEK = (r"(?:next\s+week|(?:la\s+)?(?:prossima\s+settimana|settimana\s+prossima)|volgende\s+week|komende\s+week"
              r"|(?:a\s+)?(?:pr[óo]xima\s+semana|semana\s+que\s+vem)|(?:la\s+)?setmana\s+que\s+ve|"
              r"(?:the\s+)?following\s+week|(?:la\s+)?semaine\s+(?:prochaine|suivante)"
              r"|(?:la\s+)?semana\s+siguiente|übernächste[rn]?\s+woche|nächste[rn]?\s+woche|"
              r"kommende[rn]?\s+woche|(?:la\s+)?(?:próxima|proxima)\s+semana|(?:la\s+)?semana\s+que\s+viene"
              r"|(?:w\s+)?(?:przysz[łl]ym|nast[ęe]pnym)\s+tygodniu"
              r"|(?:i\s+)?(?:næste|naeste|kommende)\s+uge|(?:i\s+)?(?:neste|kommende)\s+uke|(?:i\s+|under\s+)?(?:nästa|nasta|kommande)\s+vecka"
              r"|(?:v\s+|během\s+|behem\s+)?p[řr][íi][šs]t[íi](?:m|ho)?\s+t[ýy](?:den|dnu|dne))")
_THIS_WEEK = (r"(?:(?:the|this)\s+week|(?:la|cette)\s+semaine|(?:der|dieser)\s+woche|(?:la|esta)\s+semana"
              r"|(?:della\s+|questa\s+)?settimana|(?:de|deze)\s+week|(?:da|desta)\s+semana|(?:la|aquesta)\s+setmana)")
_NEXT_MONTH = (r"(?:(?:del\s+)?mese\s+prossimo|(?:del\s+)?prossimo\s+mese|(?:van\s+)?volgende\s+maand|(?:do\s+)?pr[óo]ximo\s+m[êe]s"
               r"|(?:del\s+)?mes\s+que\s+ve|(?:del\s+)?proper\s+mes|"
               r"next\s+month|(?:du\s+)?mois\s+prochain|(?:des\s+)?nächsten\s+monats|(?:del\s+)?(?:próximo|proximo)\s+mes|(?:del\s+)?mes\s+que\s+viene"
               r"|(?:w\s+)?(?:przysz[łl]ym|nast[ęe]pnym)\s+miesi[ąa]cu"
               r"|(?:i\s+)?(?:næste|naeste)\s+måned|(?:i\s+|under\s+)?(?:nästa|nasta)\s+månad"
               r"|(?:v\s+|během\s+|behem\s+)?p[řr][íi][šs]t[íi](?:m|ho)?\s+m[ěe]s[íi](?:c|ci|ce))")
# Polish "koniec" in its cases: "do końca miesiąca", "na koniec tygodnia", "z końcem listopada"
_KONIEC = r"(?:(?:do|na|z|pod)\s+)?ko(?:niec|ńca|nca|ńcem|ncem|ńcu|ncu)"
# Czech "konec" in its cases: "do konce měsíce", "koncem listopadu", "ke konci měsíce"
_KONEC = r"(?:(?:do|ke|na|ku)\s+)?kon(?:ce|cem|ci)"
_RELATIVE = _at_word_start(rf"""(?:
      (?P<dayafter>the\s+day\s+after\s+tomorrow|après-demain|apres-demain|übermorgen|pasado\s+mañana|pojutrze)
    | (?P<tomorrow>tomorrow|tmrw|tmr|tomoz|2moro|2morrow|tomorow|tommorow|tommorrow|demain|(?<!guten\s)(?<!gegen\s)morgen(?!\s+(?:früh|vormittag|nachmittag|abend))|mañana(?<!la\ mañana)(?<!esta\ mañana)|domani|môre|amanh[ãa]|dem[àa]|jutro)
    | (?P<cejour>(?<!à\ )(?<!a\ )(?<!jusqu'à\ )ce\s+jour(?![\s-]*l[àa]))
    | (?P<today>today|aujourd['’\s]?hui|heute|hoy|(?<![\w.])eod(?![\w.])(?!\s+(?:on\s+)?(?:tomorrow|{_WD}|{_WD_SHORT}))
        |(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day(?!\s+(?:on\s+)?(?:tomorrow|{_WD}|{_WD_SHORT}))(?<!the\ end\ of\ the\ day)
        |close\s+of\s+business(?!\s+(?:on\s+)?(?:tomorrow|{_WD}|{_WD_SHORT}))|oggi|vandaag|vandag|hoje|avui|dzi[śs]|dzisiaj
        |tonight|tonite|this\s+evening|(?<!à\ )(?<!a\ )ce\s+soir|heute\s+abend|esta\s+noche|stasera|vanavond|aquesta\s+nit
        |(?:right\s+)?now(?=,?\s+(?:and|with|\+)\s+(?:the\s+)?(?:rest|remaining|remainder|balance|other))
        |maintenant(?=,?\s+et\s+(?:le|la)\s+(?:reste|solde|suite))|ahora(?=,?\s+y\s+el\s+(?:resto|saldo)))
    | (?P<endnextweek>(?:the\s+)?end\s+of\s+next\s+week|(?:en\s+)?fin\s+de\s+(?:la\s+)?semaine\s+(?:prochaine|suivante)
        |ende\s+(?:der\s+)?nächste[nr]\s+woche|(?:a\s+)?(?:fin|finales|final|finals)(?:es)?\s+de\s+{_NEXT_WEEK}
        |fine\s+(?:della\s+)?{_NEXT_WEEK}|einde?\s+(?:van\s+)?(?:de\s+)?{_NEXT_WEEK}|(?:o\s+)?(?:fim|final)\s+da\s+{_NEXT_WEEK}
        |{_KONIEC}\s+(?:przysz[łl]ego|nast[ęe]pnego)\s+tygodnia
        |(?:i\s+)?(?:slutningen\s+af|sidst\s+i|slutet\s+av|slutet\s+på|i\s+slutet\s+av|sist\s+i|slutten\s+av)\s+{_NEXT_WEEK})
    | (?P<startnextweek>(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week|début\s+de\s+(?:la\s+)?semaine\s+prochaine
        |anfang\s+nächste[rn]?\s+woche|(?:a\s+)?principios\s+de\s+{_NEXT_WEEK})
    | (?P<endweek>(?:the\s+)?end\s+of\s+{_THIS_WEEK}|(?:en\s+)?(?<!bonne\s)(?<!bon\s)(?<!belle\s)fin\s+de\s+(?:cette\s+|la\s+)?semaine(?!\s+(?:prochaine|suivante))
        |ende\s+{_THIS_WEEK}|wochenende|(?:a\s+)?(?:fin|finales|final|finals)(?:es)?\s+de\s+{_THIS_WEEK}
        |(?<![\w.])e\.?o\.?w\.?(?![\w.])|(?<!buon\ )(?<!buona\ )fine\s+{_THIS_WEEK}|einde?\s+(?:van\s+)?{_THIS_WEEK}
        |(?:o\s+)?(?:fim|final)\s+(?:d[ae]\s+)?{_THIS_WEEK}|{_KONIEC}\s+(?:tego\s+|bie[żz][ąa]cego\s+)?tygodnia)
    | (?P<nextweek>{_NEXT_WEEK})
    | (?P<thisweek>(?:later\s+)?this\s+week|cette\s+semaine|diese\s+woche|dieser\s+woche|esta\s+semana
        |questa\s+settimana|deze\s+week|hierdie\s+week|aquesta\s+setmana|w\s+tym\s+tygodniu)
    | (?P<endnextmonth>(?:the\s+)?end\s+of\s+{_NEXT_MONTH}|(?:la\s+)?fin\s+(?:du\s+|de\s+)?mois\s+prochain
        |ende\s+{_NEXT_MONTH}|(?:a\s+)?(?:fin|finales|final|finals)(?:es)?\s+(?:de(?:l)?\s+)?{_NEXT_MONTH}
        |fine\s+{_NEXT_MONTH}|einde?\s+{_NEXT_MONTH}|(?:o\s+)?(?:fim|final)\s+d[eo]\s+{_NEXT_MONTH}
        |{_KONIEC}\s+(?:przysz[łl]ego|nast[ęe]pnego)\s+miesi[ąa]ca)
    | (?P<endmonth>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[-\s]end(?!\s+(?:reconciliation|close|closing|report\w*|procedures?|process\w*|figures|accounts|rush|work|audit))|(?:à\s+la\s+)?fin\s+(?:du\s+|de\s+|de\s+ce\s+)?mois(?!\s+(?:prochain|suivant))
        |monatsende|(?:am|zum|per|bis\s+zum|bis)\s+monatsletzten|(?:bis|per|zum|zu|auf)\s+ultimo(?!\s+(?:{_alts(_MONTHS)}))
        |(?<![\w.])e\.?o\.?m\.?(?![\w.])|ende\s+(?:des|dieses)\s+monats?|ende\s+monat(?:s)?(?!\s+(?:{_alts(_MONTHS)}))|(?:a\s+)?(?:fin|finales|final|finals)(?:es)?\s+de(?:l)?\s+(?:este\s+)?mes
        |(?:a\s+)?(?:fin|final|finals)\s+d['’]aquest\s+mes|(?:a\s+)?fine\s+(?:del\s+|di\s+questo\s+|di\s+)?mese(?!\s+(?:prossimo|scorso))
        |einde?\s+(?:van\s+)?(?:de|deze|die)\s+maand|einde?\s+maand|maandeinde|maandeind|(?:o\s+)?(?:fim|final)\s+d[eo]\s+m[êe]s
        |(?:o\s+)?(?:fim|final)\s+deste\s+m[êe]s|{_KONIEC}\s+(?:tego\s+|bie[żz][ąa]cego\s+)?miesi[ąa]ca
        |ultimo\s+(?:måneden|maaneden|denne\s+måned|månaden|denna\s+månad)|(?:i\s+)?(?:slutningen\s+af|sidst\s+i)\s+(?:måneden|maaneden|denne\s+måned)
        |(?:i\s+)?slutet\s+(?:av|på)\s+(?:månaden|denna\s+månad)|(?:i\s+)?slutten\s+av\s+(?:måneden|denne\s+måneden)|ultimo\s+(?:denne\s+)?måneden|(?:den\s+)?sista\s+(?:dagen\s+i\s+)?månaden|månadsskiftet|månedsskiftet
        |{_KONEC}\s+(?:tohoto\s+|toho\s+|letošního\s+)?m[ěe]s[íi]ce)
    | (?P<endof>(?:the\s+)?end\s+of|fin(?:\s+d[eu'])?|ende|fine(?:\s+di)?|einde?(?:\s+van)?|(?:o\s+)?fim\s+de|finals?\s+de|(?:(?:bis|per|zum|zu|auf)\s+)?ultimo|(?:a\s+)?(?:fin|finales|final)(?:es)?\s+de|{_KONIEC}|{_KONEC})\s+{_MONTH}{_E}
    | (?P<kwwd>{_WD})\s+(?:der|in\s+der|de\s+la|of)\s+(?:KW|kalenderwoche|semaine|week)\s*(?P<kw>[1-5]?\d)(?!\d)
    | (?P<hwd>{_WD})\s+(?P<hdir>after|before|apr[èe]s|avant|nach|vor|despu[ée]s\s+de|antes\s+de|dopo|prima\s+di|na|voor|depois\s+d[ae])
        \s+(?:(?:the|la|le|de|het|die)\s+)?(?P<holiday>thanksgiving|christmas|xmas|new\s+year['’]?s?(?:\s+day)?|easter|p[âa]ques
        |ostern|pascua|pasqua|pasen|p[áa]scoa)
    | (?P<midof>mid-?\s?|mi-|mitte\s+|(?:a\s+)?mediados\s+de\s+|w\s+po[łl]owie\s+)(?P<month2>{_alts(_MONTHS)})\.?{_E}
    | (?P<nextmonth>{_NEXT_MONTH})
    | (?P<monthonly>(?:in|en|im|during|courant|dans\s+le\s+courant\s+de|au\s+cours\s+du\s+mois\s+de|early|late|début|debut
        |anfang|beginning\s+of|start\s+of|(?:a\s+)?principios\s+de|durante)\s+(?:(?:de\s+|d['’])?)(?P<month3>{_alts(_FULL_MONTHS)}){_E}
        (?!\s+(?:the\s+|de\s+)?[0-3]?\d(?!\d)))
    | (?P<within>(?:within|in|in\s+the\s+next|under|sous|dans|d'ici|dans\s+les|endéans(?:\s+les)?|endeans(?:\s+les)?|innerhalb\s+(?:von|der\s+nächsten)
        |in\s+den\s+nächsten|binnen|en|dentro\s+de|en\s+los\s+próximos|en\s+un\s+plazo\s+de
        |(?:dans|sous)\s+un\s+d[ée]lai\s+de|within\s+a\s+(?:period|time\s*frame)\s+of|innerhalb\s+einer\s+frist\s+von
        |(?:dentro\s+de|en)\s+(?:un\s+)?(?:plazo|periodo|período)\s+(?:m[áa]ximo\s+)?de
        |entro|tra|fra|entro\s+i\s+prossimi|binnen|binne|binnen\s+de\s+(?:komende|volgende)|em|no\s+prazo\s+de|d['’]aqu[íi]\s+a
        |dins\s+d(?:e|els)(?:\s+propers)?|en\s+un\s+termini\s+de|dentro\s+de|nos\s+pr[óo]ximos|em\s+at[ée]
        |w\s+ci[ąa]gu|za|w\s+terminie|během|behem|v\s+pr[ůu]b[ěe]hu
        # Czech "do 10 dnů" only before a Czech unit: "we can do 30 days net" is no date
        |do(?=\s+\d{{1,3}}\s+(?:dn[ůu]|dn[íi]|t[ýy]dn[ůu]|t[ýy]dny|m[ěe]s[íi]c[ůu])))\s+
        (?P<n>\d{{1,3}}|{_NUMWORD})\s+(?P<business>business\s+|working\s+)?
        (?P<unit>days?|weeks?|months?|jours?|semaines?|mois|tagen?|wochen?|monat(?:en)?|werktagen?|arbeitstagen?
          |días|dias|día|semanas?|mes(?:es)?|giorni|settimane|mesi|dagen|weken|maanden|dae|weke|dies|setmanes|mesos
          |werkdagen|werkdae|dni|tygodni|tygodnie|miesi[ęe]cy|miesi[ąa]ce|dn[ůu]|dn[íi]|t[ýy]dn[ůu]|m[ěe]s[íi]c[ůu])(?P<business2>\s+(?:ouvrés|ouvrables|hábiles|habiles|laborables
          |lavorativi|[úu]teis|h[àa]bils|feiners|roboczych))?)
    | (?P<nordicwithin>(?:inom|inden\s+for|indenfor|inden|innen|i\s+løpet\s+av|i\s+lopet\s+av|om|senest\s+om|senast\s+om)\s+
        (?P<nn>\d{{1,3}}|{_alts(_NORDIC_NUMBERS)})\s+
        (?P<nunit>dager|dage|dagar|dagene|virkedager|hverdager|arbeidsdager|bankdager|uker|uke|hverdage|bankdage|arbejdsdage|bankdagar|arbetsdagar|vardagar|uge|uger|vecka|veckor
          |måned|maned|måneder|maneder|månad|manad|månader|manader))
    | (?P<zaweek>za\s+tydzie[ńn])
    | (?P<huitaine>sous\s+(?:huitaine|quinzaine))
    | (?P<netfrom>net\s+(?P<netn>\d{{1,3}})(?:\s+days)?\s+from\s+(?:today|now|(?:the\s+)?date\s+of\s+this\s+(?:e-?mail|message)))
    | (?P<fortnight>(?:in|within)\s+a\s+fortnight|(?:a|one)\s+fortnight\s+from\s+(?:today|now))
    | (?P<firstnextmonth>(?:the\s+)?(?P<firstbiz>first\s+(?:working|business)\s+day|premier\s+jour\s+ouvr[ée]
        |ersten\s+(?:werktag|arbeitstag|bankarbeitstag)|primer\s+d[íi]a\s+(?:h[áa]bil|laborable))
        \s+(?:of|du|des|del)\s+{_NEXT_MONTH}
        |(?:the\s+)?(?:1st|first)\s+of\s+next\s+month|(?:le\s+)?(?:1er|premier)\s+du\s+mois\s+prochain
        |(?:the\s+)?(?:1st|first)\s+of\s+the\s+month|(?:el\s+)?primero\s+(?:del|de)\s+mes(?!\s+(?:que|pasado))
        |(?:o\s+)?(?:dia\s+)?primeiro\s+do\s+m[êe]s|(?:il\s+)?primo\s+del\s+mese|(?:de\s+)?eerste\s+van\s+de\s+maand
        |(?:am\s+)?(?:1\.|ersten)\s+(?:des\s+)?nächsten\s+monats|(?:el\s+)?(?:1|primero)\s+del\s+(?:próximo|proximo)\s+mes)
    ){_E}""")

_PAYMENT = re.compile(
    r"(?i)\b(?:pay|pays|paid|paying|payment|payments|payable|settle\w*|transfer\w*|wire|wired|wiring|remit\w*"
    r"|cheques?|check\s+runs?|pay\s*-?runs?|bacs|sepa|chaps|(?-i:ACH|EFT)|value\s+date|funds|direct\s+debit"
    r"|go(?:es)?\s+out|going\s+out|raus|hinaus"  # "die 18566 geht am Montag raus"
    # a cheque run's day: "checks are mailed on Friday, October 23"
    r"|checks\s+(?:are|will\s+be|get)\b"
    # Round 20: "we are cutting checks Friday", "we cut checks on the 15th": the cheque run's day
    r"|cut(?:s|ting)?\s+(?:(?:a|the|our|your)\s+)?(?:checks?|cheques?)\b"
    # "7077 and 7380 are in Tuesday's run"
    r"|(?<=['’]s\s)(?:payment\s+|pay\s+|cheque\s+|check\s+)?run\b"
    # the remainder of a debt: "the rest on the 30th", "den Rest bis Ende November"
    r"|the\s+(?:rest|balance|remainder)|le\s+(?:reste|solde)|den\s+rest\w*|el\s+(?:resto|saldo)|lo\s+restante"
    # the payment seen from the supplier's side: "you'll have it by Friday", "vous l'aurez lundi"
    r"|(?:you['’]ll|you\s+will|you\s+should)\s+(?:have|get|receive|see)\s+(?:it|the\s+(?:money|funds|payment|cash))"
    r"|vous\s+(?:l['’]aurez|le\s+recevrez|les\s+recevrez|recevrez|aurez\s+(?:le|les)\s+(?:fonds|virement|paiement))"
    r"|virement\w*|virer|virerons|virerai|vir[ée]|règlement|reglement|régler|regler|r[ée]glerons|r[ée]glerai|réglons|r[ée]gl[ée]e?s?"
    r"|payer|payerons|payerai|paierons|paierai|paiera|payera|payons|paie|paient|payez|payes|r[èe]gle|r[èe]glent|r[èe]glons"
    r"|money|argent|geld|dinero|pay[ée]e?s?|verserons|verserai|versons|solder|solderons"
    r"|paiements?|versements?|verser|chèques?|prélèvement|date\s+de\s+valeur"
    r"|zahlen|zahle|zahlt|zahl(?=\s+(?:ich|i|wir|mer|ma)\b)|zahlung\w*|bezahl\w*|begleiche|überweis\w*|überwiesen|gezahlt|zahllauf\w*|lastschrift"
    r"|valuta\w*|scheck"
    r"|begleichen|beglichen|ausgleichen|ausgeglichen"
    r"|pago|pagos|pagar\w*|pagamos|pagado|pagaremos|paga|pagan|pagará|pagarán|transferencia"
    # instruments that pay on their own due date: "confirming", "LCR", "pagaré", "Wechsel"
    r"|confirming|LCR|pagar[ée]s|lettres?\s+de\s+change|billets?\s+à\s+ordre|wechsel|transferiremos|abonar|abonaremos|abono|liquidar"
    r"|fecha\s+valor|remesa|domiciliaci[óo]n"
    r"|paghiamo|pagher\w+|pagat[oaie]|pagamento|pagamenti|bonific\w*|versament\w*|saldare|salder\w+|saldiamo|versiamo|verser\w+"
    r"|betal\w*|betaal\w*|overmak\w*|overgemaakt|overschrijving\w*|overboek\w*|oorbetal\w*|oorplasing"
    # Dutch: "gaat vrijdag de deur uit", "de rest volgt begin januari" (separable verbs: _NL_TRANSFER)
    r"|de\s+deur\s+uit|de\s+rest|het\s+(?:restant|saldo)"
    # a card charge retried: "you should be able to retry the charge tomorrow morning"
    r"|retry\s+the\s+(?:charge|card|payment|debit)|run\s+the\s+card"
    r"|pagamentos?|pagaremos|pagarei|pagamos|pagament\w*|pagarem|pagarà|transfer[èeê]ncias?|transf|pag[ao]s"
    r"|liquidad[oa]s?|liquidamos|liquidaremos|liquidarei|liquido|quitar|quitaremos|quitarei|quitamos"
    # Brazilian instruments and the balance: "o saldo vai via PIX até sexta", "o boleto vence dia 10"
    r"|pix|boletos?|o\s+(?:saldo|restante|resto)|il\s+(?:saldo|resto|rimanente)"
    # "we'll clear them within 30 days": paying off, not "to be clear"
    r"|clear(?:ed|ing)?\s+(?:them|it|these|those|the\s+(?:invoices?|bills?|balance|account|arrears|rest))"
    # ... or a numbered invoice: "we can clear 10530 within 15 days"
    r"|clear(?:ed|ing)?\s+(?:(?:inv(?:oice)?|no\.?|#)\s*)?\d{3,}"
    r"|pagher\w*|pagarlo|pagarla|pagarle"
    # Polish: "zapłacimy", "przelew", "wpłata", "ureguluję", "spłata", "puścimy 10 000 zł"
    r"|zap[łl]a[tc]\w*|p[łl]atno[śs]\w*|przelew\w*|przelej\w*|przela[ćc]|wp[łl]a[tc]\w*|sp[łl]a[tc]\w*|op[łl]a[tc]\w*"
    r"|uregul\w*|pu[śs]cimy|reszt[aęe]|pozosta[łl][aąy]\s+kwot[aęe]"
    # Czech (round 20): "uhradíme", "platba", "doplatek", "převedeme", "zbytek", "50 tisíc"
    r"|uhrad\w*|uhraz\w*|platb\w*|doplat\w*|spl[áa]t\w*|p[řr]eved\w*|p[řr]evod\w*|zbytek|pen[íi]ze|\d\s+tis(?:[íi]c)?"
    # Danish and Swedish ("betal" above): "beløbet overføres", "vi överför resten", "I får 10.000"
    r"|overf[øo]r\w*|överför\w*|indbetal\w*|inbetal\w*|bel[øo]b\w*|belopp\w*|resten|pengene|pengarna|(?:i|ni)\s+f[åa]r)\b"
    # an amount of money: "£400 on Monday and the rest on the 30th"
    r"|(?<![\w.,])[€$£]\s?\d|\d(?:,-)?\s?[€$£]|\d\s?(?-i:EUR|USD|GBP|CHF|CAD|PLN|DKK|SEK)\b|\d\s?kr\.?(?!\w)|\d\s?z[łl](?!\w)"
    # Swiss amounts: "Fr. 10'000.–"
    r"|\d['’]\d{3}\b|\d\.[–—-](?!\d)")
# A Dutch transfer verb split around the date: "Van 1071 maken we vrijdag 10.000 euro over", "Factuur 1489 gaat
# eind volgende week over", "schrijven we maandag over" (overmaken, overgaan, overschrijven).
_NL_TRANSFER = re.compile(r"(?i)\b(?:maken|maak|maakt|gaat|gaan|schrijven|schrijf|schrijft|boeken|boek|boekt)\b"
                          r"[^.!?;\n]{0,60}?\bover\b")
_QUOTED = re.compile(
    r"(?i)(?:\b(?:invoice|facture|rechnung|factura|fattura|factuur|faktuur|fatura)\s+(?:\S+\s+)?(?:dated|of|from|du|en\s+date\s+du|vom|del|de\s+fecha"
    r"|datata|van|gedateerd|gedateer|emessa\s+il)"
    r"|\b(?:dated|issued|due|due\s+date|[ée]ch[ée]ance|[ée]chue?|[ée]mise?|datée?|fällig|fälligkeit\w*"
    r"|vencimiento|vencid[ao]|vence|con\s+fecha|emitida|rappel\s+du|reminder\s+of|mahnung\s+vom"
    r"|scadenza|scadut[ao]|scade|vervaldatum|vervaldag|vervallen|vervaldae|vencimento|vencid[ao]|venciment|emess[ao]"
    # "your letter of", "meiner Mail von Dienstag", "notre appel de lundi": another message's date
    r"|(?:e-?mail|mail|message|letter|call|phone\s+call|reminder|statement|courrier|courriel|appel|relance"
    r"|nachricht|schreiben|anruf|telefonat|mahnung|erinnerung|correo|carta|llamada|mensaje|recordatorio"
    r"|order|commande|bon\s+de\s+\w+|lieferschein|bestellung|auftrag|pedido|albar[áa]n|credit\s+note|avoir"
    r"|gutschrift|devis|quote|quotation|angebot|presupuesto|contra[ct]t|vertrag|contrato"
    # "votre offre du 3 mars", "our offer of 12 May", "Offerte vom 3.3.", "la oferta del 3 de marzo"
    r"|offre|offer|proposal|proposition|offerte|oferta|cotizaci[óo]n"
    # a payment advice's own date is the day it was paid: "het betalingsbericht van vandaag",
    # "remittance advice of today", "l'avis de paiement du 10", "Zahlungsavis vom 10.11."
    r"|remittance(?:\s+advice)?|payment\s+advice|avis\s+de\s+(?:paiement|virement)|zahlungsavis|betalingsbericht"
    r"|betalingsadvies|aviso\s+de\s+(?:pago|transferencia)|avviso\s+di\s+pagamento)"
    r"\s+(?:[\w/#°-]*\d[\w/-]*\s+)?(?:of|from|dated|du|de|d'|vom|von|del|van)"
    # "BL n° 88213 du 19/08", "PO #4471 of 3 Nov": a numbered document's date
    r"|(?:n°|nº|no\.|nr\.|#)\s*[\w/-]+\s+(?:of|from|dated|du|de|d'|vom|von|del)))"
    r"\b[^.\n]{0,12}$")
# A payment instrument that falls due on a date: "par LCR à échéance du 30 octobre", "confirming con
# vencimiento el 20 de noviembre", "post-dated cheque dated 15/12", "Wechsel mit Fälligkeit 30.11.".
# Its maturity is the payment's date, not an invoice's due date quoted back.
_MATURITY = re.compile(
    r"(?i)\b(?:con\s+(?:fecha\s+de\s+)?vencimientos?|(?:à|a)\s+(?:l['’]\s*)?[ée]ch[ée]ance|mit\s+fälligkeit|maturing"
    r"|maturity(?:\s+date)?|fälligkeit|vencimientos?|[ée]ch[ée]ance|com\s+vencimentos?|vencimentos?|con\s+scadenz[ae]"
    r"|scadenz[ae]|met\s+vervaldatum|amb\s+venciments?|venciments?)"
    r"(?:\s+(?:on|of|du|au|le|el|del|am|zum|d[íi]a|:))*\s*$")
_INSTRUMENT = re.compile(
    r"(?i)\b(?:confirming|LCR|lettres?\s+de\s+change|traites?|effets?\s+de\s+commerce|billets?\s+à\s+ordre"
    r"|pagar[ée]s?|cheques?|chèques?|checks?|schecks?|wechsel|ri\.?ba\.?|ricevut[ae]\s+bancari[ae]|letras?)\b")
_INSTRUMENT_DATED = re.compile(
    r"(?i)\b(?:cheques?|chèques?|checks?|schecks?|pagar[ée]s?|traites?)\s+(?:[\w°#-]*\d[\w-]*\s+)?"
    r"(?:(?:is|are|will\s+be|sera|seront|est|sont)\s+)?(?:post-?dated|antidat\w+|postdat\w+|dated|datée?s?|fechad[oa]s?"
    r"|(?:voraus)?datiert)(?:\s+(?:on|for|to|du|au|le|el|del|auf|den|am|d[íi]a))*\s*$")
_PAST = re.compile(
    r"(?i)\b(?:paid|sent|made|transferred|wired|received|(?<!can\s)(?<!will\s)already|settled|released|processed|executed|initiated"
    r"|posted|went|deposited|payée?s?|r[ée]glée?s?|virée?s?|envoyée?s?|effectuée?s?|re[çc]ue?s?|émise?s?|(?<!peux\s)(?<!peut\s)(?<!pouvons\s)(?<!vais\s)(?<!allons\s)déjà(?!\s+\d)|d[ée]pos[ée]e?s?"
    # unaccented participles read as the present ("je paye fin du mois", "je regle lundi") unless
    # an auxiliary makes them past: "j'ai paye", "c'est regle"
    r"|(?:ai|as|a|avons|avez|ont|été|ete|est|sont|deja)\s+(?:\w+\s+)?(?:paye|regle|vire|envoye|effectue|depose)e?s?"
    r"|bezahlt|überwiesen|gezahlt|bereits|schon|veranlasst|ausgeführt|getätigt|angewiesen|freigegeben|gebucht"
    r"|pagado|transferido|enviado|recibido|ya|\w{2,}(?:ó|aron|ieron)"
    r"|pagat[oaie]|bonificat[oaie]|già|betaald|overgemaakt|reeds|efetuad[oa]s?|transferid[oa]s?"
    r"|effettuat[oaie]|eseguit[oaie]|(?<!di\s)(?<!il\s)(?<!del\s)fatt[oaie]"
    # accented only: "pague", "envie", "realice", "abone" are subjunctives ("en cuanto se realice el
    # pago", "que se pague el viernes"), "envie" also Portuguese "send" and French "wish"
    r"|pagué|transfer[íi]|envié|realicé|aboné|hice"
    # the Spanish perfect: "hoy os hemos mandado los pagarés"
    r"|(?:he|hemos|han|hab[ée]is)\s+(?:\w+\s+)?(?:\w+(?:ado|ido)s?|hech[oa]s?)"
    # Polish past tenses: "zapłaciliśmy", "wysłałem", "przelew został wykonany", "już"
    r"|\w{3,}(?:li[śs]my|[łl]y[śs]my|łem|łam)|zosta[łl][aoy]?|ju[żz]"
    r"|(?:wykona|wys[łl]a|zleco|zrealizowa|zaksi[ęe]gowa|zap[łl]aco|op[łl]aco|uregulowa|przela)n[yae]"
    # Danish and Swedish: "blev betalt", "vi betalte", "har redan betalat", "allerede overført"
    r"|betalte|betalade|betalat|allerede|redan|(?:blev|er|har|är|var)\s+(?:\w+\s+)?(?:betalt|betald|overført|överförd|överfört)"
    # Norwegian (round 20): "ble betalt", "har blitt overført", "innbetalte"
    r"|(?:ble|blitt)\s+(?:\w+\s+)?(?:betalt|overført|innbetalt)|innbetalte|overførte"
    # Czech past tenses: "zaplatili jsme", "uhradila", "poslali jsme", "převedl"
    r"|(?:za|u|do|pro)?(?:platil|hradil)[aiy]?|(?:po|ode)slal[aiy]?|p[řr]evedl[aiy]?)\b")
# A discourse tag, not the payment's past: "as already agreed", "comme déjà convenu", "wie bereits
# besprochen", "como ya le dije", "come già detto", "zoals al gezegd", "como já combinado".
_AS_SAID = re.compile(
    r"(?i)\b(?:as\s+(?:already\s+)?(?:said|mentioned|agreed|discussed|promised|stated|advised)|as\s+already\s+\w+"
    r"|comme\s+(?:déjà|deja)\s+\w+|wie\s+(?:bereits|schon)\s+\w+|como\s+ya\s+(?:(?:le|les|te|os|se)\s+)?\w+"
    r"|come\s+gi[àa]\s+\w+|zoals\s+(?:al|reeds)\s+\w+|como\s+j[áa]\s+\w+|com\s+ja\s+\w+)\b")
# Verbs that put the date just before them in the past: "I told your colleague on Monday", "they
# finally did on Monday", "the blocks have been released today", "meiner Mail, die wir am ... ".
_PAST_EVENT = re.compile(
    r"(?i)\b(?:told|said|mentioned|spoke|spoken|talked|called|phoned|rang|wrote|emailed|e-mailed|did|happened"
    r"|went|came|(?<!\d\s)left|got|gave|took"
    r"|was|were|had|ha(?:s|ve)\s+been|approved|released|posted|processed|booked|signed|entered|arrived"
    r"|delivered|shipped"
    # round 20: "check 20744 mailed today" is the advice's past; "checks are mailed on Friday" is the run's day
    r"|(?<!are\s)(?<!is\s)(?<!be\s)(?<!get\s)(?<!gets\s)(?<!been\s)mailed"
    r"|dit|parlé|appelé|téléphoné|écrit|mentionné|indiqué|évoqué|été|était|étaient|avait"
    r"|gesagt|gesprochen|angerufen|telefoniert|geschrieben|mitgeteilt|erwähnt|wurde|wurden|war|waren|hatte|hatten"
    r"|dije|dijo|dijimos|hablamos|hablé|llamé|llamamos|escribí|escribimos|comenté|comentamos|fue|fueron|hubo"
    r"|tuvimos|werd|werden|foi|foram)\b")
# A payment in the present after an approval: "is approved and goes out in Thursday's check run".
_GOES_OUT = re.compile(r"(?i)\b(?:goes\s+out|go\s+out|leaves|is\s+paid|gets\s+paid|part|partent|sort|geht\s+raus"
                       r"|sale|salen)\b")
_FOR_PAYMENT = re.compile(r"(?i)\b(?:for|zur|pour|au|para)\s+(?:payment|paiement|règlement|zahlung|pago)\b")
# Released now for a payment ahead: "I've released VDL-26-1291 (£487.20) for payment on Tuesday", "ich habe
# sie zur Zahlung am 4.12. freigegeben" (the perfect is the release, the date the payment's)
_FOR_PAYMENT_ON = re.compile(_FOR_PAYMENT.pattern + r"\s+(?:on|le|am|el|au|zum)?\s*(?:the\s+)?$")
_PERFECT = re.compile(r"(?i)(?:\b(?:I|we)['’]ve|\b(?:have|has|ai|avons|habe|haben|hat|hemos)\b)")
# The invoice paid on its own due date: "KP26-1697 zahlen wir termingerecht zum Fälligkeitstermin am 09.12.2026",
# "nous réglerons à l'échéance du 30/11", "we'll pay on the due date, 9 December"
_AT_DUE = re.compile(r"(?i)\b(?:zum|am|bei|à\s+l['’]\s*|a\s+l['’]\s*|on\s+the|at\s+the|al|en\s+la|op\s+de)\s*(?:fälligkeit\w*"
                     r"|[ée]ch[ée]ance|due\s+date|vencimiento|scadenza|vervaldatum|vervaldag)\s*(?:am|le|du|of|on|el|del|,|:)?\s*$")
# German perfect with the participle at the clause's end: "heute haben wir ... angewiesen"
_DE_PARTICIPLES = (r"(?:überwiesen|bezahlt|gezahlt|beglichen|ausgeglichen|angewiesen|veranlasst|ausgeführt"
                   r"|freigegeben|getätigt|gebucht|erfolgt)")
_DE_PERFECT = re.compile(
    rf"(?i)\s+(?:haben|hat|habe|hatten|hatte|wurde|wurden|sind|ist)\s+[^.;:!?\n]{{0,80}}?\b{_DE_PARTICIPLES}\b")
_DE_AUX = re.compile(r"(?i)\b(?:haben|hat|habe|hatten|hatte|wurde|wurden)\b")
_DE_PARTICIPLE = re.compile(rf"(?i)[^.;:!?\n]{{0,80}}?\b{_DE_PARTICIPLES}\b")
_UNTIL = re.compile(r"(?i)\b(?:until|till|jusqu['’]\s?(?:à|au)|hasta|tot(?:\s+en\s+met)?|fino\s+a[l]?|at[ée]|fins\s+a[l]?)"
                    r"\s+(?:(?:the|le|la|el|ao|a|o)\s+)?$")
_PAST_PARTICIPLE = re.compile(r"(?i)\b\w{3,}ed\s+(?:(?:on|at|in|during)\s+)?(?:the\s+)?$")
_SCHEDULED = re.compile(r"(?i)\b(?:scheduled|planned|expected|set\s+for|booked\s+for|prévu\w*|programm\w*|geplant"
                        r"|vorgesehen|terminiert|programad\w*|previst\w*)\b")
# A plan stated, then a consent tag asked after it: "I pay 200 on Friday and the rest in May, is that ok?",
# "je vous verse 250 € ce vendredi, ça vous va ?": the day is still the one promised.
_TAG_QUESTION = re.compile(
    r"(?i)[,;]\s*(?:(?:est-ce\s+que\s+)?(?:ça|ca|cela)\s+vous\s+(?:va|convient)|(?:is|would)\s+that\s+(?:be\s+)?"
    r"(?:ok|okay|alright|fine|acceptable)|does\s+that\s+(?:work|suit)(?:\s+for\s+you)?|ok|okay|d['’]accord|vale"
    r"|(?:te|le|les)\s+parece(?:\s+bien)?|passt\s+das|geht\s+das|ist\s+das\s+(?:ok|in\s+ordnung)"
    r"|pode\s+ser|tudo\s+bem|est[áa]\s+bem|(?:pode|podem)\s+ser\s+assim|va\s+bene|d['’]accordo|vi\s+va\s+bene"
    r"|is\s+dat\s+(?:goed|ok[ée]?|akkoord)|akkoord|(?:et|us|li)\s+(?:sembla|va)\s+b[ée])\s*\?$")
_FUTURE = re.compile(
    r"(?i)(?:\b(?:will|shall|going\s+to|plan|intend|expect|allons|vais|va|vont|sera|serons|seront|serez|serai"
    r"|pourrons|prévoyons|prévu"
    r"|ferons|ferai|fera|partira|partiront|passera|passeront|r[ée]glerons|r[ée]glerai|r[ée]glera|paierons|paierai|paiera"
    r"|payerons|payera|virerons|virera|versera|enverrons|enverra"
    r"|enverrai|verserons|werden|wird|vamos|voy|pagaremos|haremos|realizaremos|enviaremos|transferiremos"
    r"|should|devrai\w*|sollte\w*|deber[íi]a\w*|be\s+(?:paid|settled|transferred|sent|released|wired)"
    r"|(?:is|are|gets)\s+(?:paid|settled|transferred)|est\s+(?:pay|r[ée]gl)[ée]e?"
    r"|get\s+(?:\w+\s+)?paid"
    # the future perfect and the Spanish "tener" + participle: "quand la coop m'aura réglé",
    # "a final de mes lo tenéis todo pagado", "lo tendréis ingresado"
    r"|(?:aura|auront|aurai|aurons)\s+(?:\w+\s+)?(?:r[ée]gl|pay|vir|vers|sold)\w*|will\s+have|tendr\w+"
    r"|(?:lo|la|los|las)\s+ten[ée]is"
    r"|pagher\w+|sar[àa]|saranno|partir[àa]|verr[àa]|faremo|zal|zullen|sal|pagaremos|pagarei|iremos|ir[áa]|ser[áa]|ser[ãa]o"
    r"|pagarem|farem"
    # Dutch and Italian future passives: "worden volgende week betaald", "verranno pagate"; Portuguese
    # "fica liquidada até sexta-feira"; casual English "ill pay", "are being paid 12/11"
    r"|worden|wordt|verr\w+|fica(?:m|r[áã]o?)?\s+(?:\w+\s+)?(?:pag|liquid|transfer|agend|regulariz|saldad)\w*"
    r"|ill\s+(?=(?:pay|send|get|do|have|transfer|sort|clear|make|put|wire|drop|mail|post)\b)"
    r"|(?:is|are)\s+being\s+(?:paid|settled|transferred|sent|released|wired|processed)"
    r"|get\s+(?:\w+\s+)?(?:sorted|done|settled|cleared|squared)"
    # Polish perfective futures: "zapłacimy", "ureguluję", "puścimy", "przelew zostanie wysłany", "postaram się"
    r"|zap[łl]ac(?:imy|[ęe])|uregulu(?:jemy|j[ęe])|sp[łl]ac(?:imy|[ęe])|op[łl]ac(?:imy|[ęe])|przelej(?:emy|[ęe])"
    r"|wp[łl]ac(?:imy|[ęe])|pu[śs]cimy|wy[śs]lemy|zlecimy|zostan(?:ie|[ąa])|b[ęe]d(?:zie|[ąa]|ziemy)|postaram\w*|nast[ąa]pi"
    # Czech perfective futures: "zaplatíme", "uhradím", "pošleme", "převedeme", "bude uhrazena", "platba odejde"
    r"|(?:za|u|do)(?:plat|hrad)[íi](?:me|m)|po[šs]leme|po[šs]lu|ode[šs]leme|p[řr]evedeme|bud(?:e|ou|eme)|odejd(?:e|ou))\b|['’]ll\b)")
# Not a commitment: "we cannot pay by the end of the month", "on ne pourra pas payer fin novembre".
_NEGATION = re.compile(
    # Polish "nie" negates the verb right after it ("nie zapłacimy do piątku"): read with it, so that
    # the negated future is not taken for one said after the negation
    r"(?i)(?:\b(?:not|cannot|\w+n['’]t|unable|never|no\s+longer|pas|jamais|impossible|nicht|kein\w*|nie(?:\s+\w+)?|niemals"
    r"|unmöglich|nunca|imposible|niet|geen|n[ãa]o|ikke|inte|aldrig)\b|\bn(?:['’]|e\s+)\w+\s+plus\b"
    # "it has just missed the cut-off for next Wednesday's run": that run is not the promise
    r"|\b(?:missed|trop\s+tard\s+pour|zu\s+spät\s+für|verpasst|demasiado\s+tarde\s+para)\b"
    # Italian "non" before its verb ("non riusciamo a pagare"), not French "la partie non contestée"
    r"|\bnon\s+(?:(?:ci|vi|lo|la|le|li|ne|si|mi|ti)\s+)?(?:possiamo|posso|possono|può|riusciamo|riesco|riusciremo"
    r"|pagheremo|pagherò|paghiamo|sarà|saranno|è|sono|siamo|abbiamo|ho|ha|hanno|verrà|faremo|potremo|potrò)\b"
    r"|\bno\s+(?:pod\w+|pud\w+|vamos|va|será|sería|es|está|hemos|hay|tenemos|lo|la|le|se|nos|me|pagar\w*)\b"
    # Czech negates with the prefix ne- on the verb: "nemůžeme zaplatit", "nezaplatíme", "nestihneme"
    r"|\bne(?:m[ůu][žz]\w*|jsme|bud\w*|zaplat\w*|uhrad\w*|dok[áa][žz]\w*|stihn\w*|po[šs]l\w*|zvl[áa]dn\w*|m[áa]me)\b)")
_NOT_NEGATION = re.compile(
    r"(?i)\b(?:no|not)\s+later\s+than|\bpas\s+plus\s+tard|\bau\s+plus\s+tard|nicht\s+später\s+als|no\s+más\s+tarde"
    r"|\bne\s+manquer\w*\s+pas|\bn['’]hésite\w*\s+pas|\bpas\s+de\s+(?:souci|problème)|\bno\s+problem|\bkein\s+problem"
    r"|\bif\s+not\b|\bnot\s+only\b"
    # Dutch "pas" is "not until", the day still promised: "betalen we zeker, maar pas eind november",
    # "wij betalen pas op 30 november", "wordt pas vrijdag betaald"; French "pas" follows a French verb
    # ("ne pourrons pas") and is followed by one or by "avant", "encore", "de"
    r"|\b(?:maar|wordt|worden|zal|zullen|kunnen|kan|gaat|gaan|we|wij|ik|betalen|betaal|betaalt|dan)\s+pas\b"
    r"|\bpas\s+(?=(?:op|eind|einde|begin|na|in|volgende|komende|over|tegen|rond|vanaf|deze|morgen"
    r"|overmorgen|medio|midden|half|later|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)")
# The date is inside the condition ("if you send the credit note by Friday"), not the promise.
_CONDITION = re.compile(
    r"(?i)\b(?:if|unless|once|provided|as\s+soon\s+as|when|si|s['’]il|s['’]ils|dès\s+que|à\s+condition|une\s+fois\s+que"
    r"|à\s+moins|a\s+menos|es\s+sei\s+denn"
    r"|lorsque|quand|wenn|falls|sobald|sofern|nachdem|cuando|en\s+cuanto|siempre\s+que|una\s+vez\s+que)\b")
_NOT_CONDITION = re.compile(
    r"(?i)\b(?:as\s+soon\s+as\s+possible|dès\s+que\s+possible|so\s*bald\s+wie\s+möglich|sobald\s+als\s+möglich"
    r"|si\s+possible|if\s+possible|wenn\s+möglich|falls\s+möglich|if\s+so"
    # French "quand même" / "tout de même" is "all the same": "on va quand même vous payer d'ici la fin du mois"
    r"|quand\s+m[êe]me)\b")
# Whom a condition or a request binds: a date the supplier must meet, or the day something
# reaches us ("if we receive the credit note by Friday"), is not ours to pay by; "unless" always
# sets a condition against paying.
_RECEIVE = re.compile(r"(?i)\b(?:receiv\w*|get|gets|reçu\w*|recev\w*|reçoi\w*|erhalt\w*|bekomm\w*|recib\w*)\b")
_SUPPLIER = re.compile(
    r"(?i)\b(?:you|your|vous|votre|vos|tu|ton|ta|sie|ihr\w*|dich|dir|usted\w*|su|sus|vuestr\w+)\b"
    r"|(?<=unless\b)|(?<=à moins)|(?<=a menos)|(?<=es sei denn)|" + _RECEIVE.pattern.removeprefix("(?i)"), re.I)
_REQUEST = re.compile(
    r"(?i)\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|merci\s+de|veuillez|pourriez[- ]vous|pouvez[- ]vous"
    r"|bitte|könnten\s+sie|können\s+sie|würden\s+sie|por\s+favor|le\s+rogamos|les\s+rogamos|podría\w*\s+usted"
    # what we need from the supplier: "the line needs the parts by mid-December"
    r"|need|needs|needed|besoin|brauch\w*|benötig\w*|necesit\w*"
    r"|gelieve|graag|per\s+favore|si\s+prega|vi\s+preghiamo|asseblief|devem|dovete|u\s+moet|moet\s+u|si\s+us\s+plau)\b")
_PATIENCE = re.compile(r"(?i)\b(?:patien\w*|bear\s+with|give\s+us|allow\s+us|accorder|laisser|gedulden|geduld"
                       r"|gewähren|paciencia|esperar|attendre|warten)\b")
# A request or proposal, not a commitment: "we propose", "would it be possible", "Unser Vorschlag".
_PROPOSAL = re.compile(
    r"(?i)\b(?:propos(?:e|es|ed|ing|ons|er|ez|ais|erions)|(?:our|my|a|unser\w*|notre|ma|une|mi|nuestra|una)"
    r"\s+(?:proposal|suggestion|proposition|vorschlag|propuesta)|suggest\w*|would\s+(?:you|it|that)"
    r"|could\s+(?:we|you|it)|can\s+we|may\s+we|would\s+like"
    r"|we['’]d\s+like|is\s+it\s+possible|suggér\w*|aimeri\w+|aimerai\w*|souhaiteri\w+|serait[- ]il|est[- ]il\s+possible"
    r"|serait\s+possible|pourri\w+|pourrait|voudr\w+|vorschlagen|schlagen\s+(?:\w+\s+)?vor|würden|wäre|könnten|einverstanden"
    r"|propon\w+|propuesta|sugerimos|sugerir|nos\s+gustaría|quisiéramos|sería\s+posible|podríamos|solicit\w+"
    r"|sollicit\w+|ersuch\w*|bitten\s+(?:sie\s+)?um"
    r"|potremmo|sarebbe\s+possibile|zou\s+het\s+mogelijk|zouden\s+we|kunnen\s+we|sal\s+(?:julle|u|jy)|poder[íi]amos"
    r"|seria\s+poss[íi]vel|podr[íi]em|seria\s+possible|voorstel|stellen\s+voor|stel\s+voor"
    r"|pro[śs]b\w*|prosimy|proponuj\w+|propozycj\w+|czy\s+(?:mo[żz]emy|mogliby[śs]my|by[łl]oby|istnieje))\b")
# A payment run named a proposal: "reprises dans notre proposition de paiement de fin du mois",
# "opgenomen in ons betalingsvoorstel van vrijdag".
_PAYMENT_PROPOSAL = re.compile(
    r"(?i)\b(?:repris\w*|inclu\w*|inscrit\w*|figur\w*|included|listed|opgenomen|meegenomen)\s+(?:dans|à|in|on|op)\s+"
    r"(?:notre|la|le|our|the|ons|de|het)\s+(?:proposition\s+de\s+paiement|payment\s+proposal|betalingsvoorstel)")
_TODAY_WORD = re.compile(r"(?i)today|aujourd['’\s]?hui|heute|hoy|oggi|vandaag|vandag|hoje|avui")
# A date corrected in the next breath: "goes out Wed -- actually Wed is a holiday, so Thursday".
_CORRECTION = re.compile(r"(?i)\b(?:actually|correction|i\s+mean|make\s+that|scratch\s+that|en\s+fait|plutôt|pardon"
                         r"|eigentlich|korrektur|mejor\s+dicho|perdón|anzi|cioè|eigenlijk|of\s+liever)\b")
# An example, not a commitment: "la moitié le 10 décembre par exemple", "say the 15th, for instance".
_EXAMPLE = re.compile(r"(?i)[^.?!\n]{0,60}\b(?:par\s+exemple|for\s+example|for\s+instance|zum\s+beispiel|z\.\s?b\.|por\s+ejemplo)")
# "we can pay 500 on Friday, is that ok?": an offer in the speaker's own words, not a question
# ("can we pay on Friday?", "est-ce que je peux ...?", "¿podemos ...?")
_OFFER = re.compile(r"(?i)\b(?:I|we|je|nous|on|ich|wir)\s+(?:can|peux|pouvons|peut|kann|können)\b(?!-)|\b(?:puedo|podemos)\b")
_ASKING = re.compile(r"(?i)\b(?:est-ce\s+que|est-ce\s+qu['’])|¿|\b(?:can|could)\s+(?:we|i)\b|\b(?:können|kann)\s+(?:wir|ich)\b"
                     r"|\b(?:peux|pouvons|peut)-")
# H: the supplier asked to take the money: "can you retry the charge today?", "veuillez prélever le 30",
# "bitte buchen Sie am 30. ab", "pueden cargar la tarjeta el viernes".
_COLLECT = re.compile(
    r"(?i)\b(?:charge|re-?charge|debit|collect|run\s+the\s+card|take\s+the\s+payment|retry\s+the\s+(?:payment|card|debit)"
    r"|prél[eè]v\w*|prelev\w*|débit\w*|encaiss\w*|abbuch\w*|buchen\s+sie\s+[^.?!\n]{0,40}ab|einzieh\w*|einzuziehen"
    r"|cargar|carguen|cargad|cobr(?:ar|en|ad)|domicili\w*)\b")
_CONSENT = re.compile(
    r"(?i)\b(?:if\s+(?:you|that|this)\s+(?:agree|accept|approve|are\s+(?:ok|okay|happy)"
    r"|is\s+(?:ok|okay|acceptable|fine)|works|suits)"
    r"|si\s+(?:vous\s+(?:êtes|etes)\s+d['’]accord|cela\s+vous\s+convient|ça\s+vous\s+va|vous\s+acceptez)"
    r"|(?:wenn|falls)\s+sie\s+(?:einverstanden|zustimmen|damit\s+einverstanden)"
    r"|si\s+(?:está|están|estás)\s+de\s+acuerdo|si\s+le\s+parece)\b")
# A period's start or end, or a date that repeats, is no date by which to pay: "starting mid-December",
# "from 1 January", "à partir du 15", "beginnend am 15.12.", "de novembre à fin mars", "le 10 de chaque mois".
_START = re.compile(
    r"(?i)\b(?:starting|beginning|commencing|from|as\s+of|effective|à\s+partir|a\s+partir|à\s+compter|a\s+compter"
    r"|ab|beginnend|startend|desde|since|depuis|seit|start|begin|commence|empezando|comenzando|a\s+partir"
    r"|vanaf|van\s+af|a\s+partire\s+da|des\s+de|a\s+comptar\s+de"
    # "com início a 15 de novembro", "a começar em dezembro", "on commencerait le lundi 23", "con inizio il 15"
    r"|com\s+in[íi]cio\s+(?:a|em|no|na)?|a\s+come[çc]ar\s+(?:a|em|no|na)?|commencer\w*|commen[çc]ons|commen[çc]ant"
    r"|con\s+inizio|a\s+partire\s+dal|ingaande|te\s+beginnen\s+(?:op|in)?)\s*(?:(?:on|the|du|de|des|d['’]|le|dem|den|am|zum|mit|el|del|la)\s*)*$")
_RANGE_END = re.compile(
    rf"(?i)\b(?:from|between|de|du|von|vom|desde|entre)\s+(?:(?:mid-|mi-|early\s+|début\s+|the\s+|le\s+)?"
    rf"(?:{_alts(_MONTHS)}|{_WD}|\d[\d./]*)(?:\s+\d{{1,4}})?)\s+"
    rf"(?:to|till|until|through|à|au|a|al|bis|hasta|and|et|und|y)\s+(?:(?:the|le|la|dem|el)\s+)?$"
    rf"|\b(?:{_WD})s?\s+(?:to|through|thru|till|until|[-–]|à|au|bis|hasta|tot(?:\s+en\s+met)?|t/m)\s+$")
# The customer's own income, not its payment: "the mine only pays us on the 7th", "ons klant betaal ons".
# "money comes in thurs so ill send 300 then": the payment goes out on the income's day
_THEN = re.compile(r"(?i)\b(?:then|that\s+(?:same\s+)?day|alors|ce\s+jour-l[àa]|dann|entonces|ese\s+d[íi]a|allora|dan)\b")
_MEETING_DAY = re.compile(r"(?i)(?:comit[ée]|s[ée]ance|r[ée]union|conseil|commission|assembl[ée]e)\b")
_REMAINDER = re.compile(
    r"(?i)\b(?:the\s+)?(?:rest|remaining|remainder|balance|le\s+(?:reste|solde|restant)|den\s+rest\w*|el\s+(?:resto|saldo)"
    r"|lo\s+restante|il\s+(?:resto|saldo|rimanente)|het\s+(?:restant|resterende|saldo)|o\s+(?:resto|restante|saldo)"
    r"|la\s+resta|lo\s+dem[aá]s)\b")
_PAYS_US = re.compile(r"(?i)\b(?:pays|paid|pay)\s+us\b|\bnous\s+(?:paie|paye|paient|payent|r[èe]gle|r[èe]glent|verse|versent)\b"
                      r"|\buns\s+(?:zahlt|bezahlt|zahlen)\b|\bnos\s+pagan?\b|\bci\s+pagan?o?\b|\b(?:betaalt|betaal)\s+ons\b"
                      # "we get paid on the Henderson job Thursday", "the client pays me", "funding comes
                      # in at the end of the month", "que cobramos el 25": money coming in
                      r"|\b(?:pays|paid|pay)\s+me\b|\b(?:we|i)\s+(?:get|got|are|am)\s+paid\b"
                      r"|\b(?:funding|funds|money|cash)\s+(?:comes?|arrives?|lands?|is\s+coming)\s+in\b"
                      r"|\b(?:cobramos|cobraremos|cobro|encaissons|encaisserons|encaisse|incassiamo|incasseremo"
                      r"|recebemos|receberemos|cobrem|we\s+collect)\b")
# Payment terms, not a date: "paiement à 60 jours fin de mois", "30 days end of month".
_TERMS = re.compile(r"(?i)\b\d{1,3}\s*(?:jours|j|days|tage|días|dias|giorni|gg|dagen|dies)\s+(?:net\s+|netto\s+)?$")
_RECURRING_BEFORE = re.compile(
    r"(?i)\b(?:each|every|chaque|tous\s+les|toutes\s+les|jeden|jeweils|cada|todos\s+los|telkens|elke|iedere|ogni"
    r"|ka[żz]dego|co)\s+(?:(?:the|le|am|den|el|zum|au|a|al|à\s+la)\s+)?$"
    r"|\bon\s+an?\s+$")
_RECURRING_AFTER = re.compile(
    r"(?i)\s*(?:of\s+(?:each|every|the)\s+month|(?:de|of)\s+(?:chaque|each|every|cada)\s+(?:mois|month|mes)"
    r"|des\s+monats|jedes\s+monats|du\s+mois(?!\s+prochain)|del\s+mes(?!\s+que)|each\s+month|every\s+month"
    r"|chaque\s+mois|monthly|par\s+mois|pro\s+monat|al\s+mes)\b"
    rf"|\s*(?:to|through|thru|till|until|[-–]|à|au|bis|hasta|a|al|tot(?:\s+en\s+met)?|t/m|fino\s+a|fins\s+a|at[ée])\s+(?:{_WD})s?\b")
# A deadline's day, read with "of the month" after it as this month's: "bis zum 20. des Monats",
# "d'ici le 20 du mois", "by the 20th of the month", "hasta el 20 del mes", "entro il 20 del mese".
_DEADLINE_DAY = re.compile(
    r"(?i)(?:bis(?:\s+zum|\s+spätestens)?|spätestens\s+am|by|before|no\s+later\s+than|d['’]ici|avant|au\s+plus\s+tard"
    r"|jusqu['’]au|hasta|antes\s+del|entro|prima\s+del|uiterlijk|vóór|voor|at[ée]|abans\s+del?)\b")
# Other events' dates: "the meeting on Monday", "livraison le 25", "Urlaub ab Montag".
_EVENT = re.compile(
    r"(?i)\b(?:meeting|call|visit\w*|appointment|delivery|delivered|shipment|shipped|installation|audit\w*|inventory"
    r"|stocktake|holidays?|vacation|closed|closure|closes|closing|shutdown|goods\s+receipt|wareneingang"
    r"|(?:will\s+be|remains?|stays?)\s+open|spotkani\w+|dostaw\w+|dostarcz\w+|urlop\w*|zamkni[ęe]t\w+|nieobecn\w+|inwentaryzacj\w+"
    r"|chiude|chiudiamo|sluit|sluiten|réunion|rendez-vous|rdv|visite|livraison|livré\w*|expédition"
    r"|fermé\w*|fermeture|congés|vacances|termin|besprechung|lieferung|geliefert|urlaub|geschlossen|betriebsferien"
    r"|reunión|cita|visita|entrega|entregad\w*|vacaciones|cerrad\w*"
    # invitations, absences and availability: "Supplier Day on Thursday", "absente aujourd'hui"
    r"|invit\w*|event|conference|seminar|webinar|trade\s+(?:fair|show)|salon|foire|messe|einladung|veranstaltung"
    r"|evento|feria|absent\w*|abwesend|ausente"
    r"|consegna|consegnat\w*|levering|geleverd|afgeleverd|aflewering|lliurament|riunione|vergadering|ferie|vakantie|verlof"
    r"|f[ée]rias|vacances|chiuso|chiusura|gesloten|tancat|ufficio|kantoor|escrit[óo]rio"
    r"|afwezig|assente|behandel\w*|udienza|zitting|audi[êe]ncia"
    # seminars, boards and hearings, trips and jobs: "séminaire du 22 octobre", "the board meeting on the 12th"
    r"|s[ée]minaires?|seminario|workshop|training|formation|congr[eè]s|kongress|schulung|tagung|jornadas?"
    r"|board|conseil\s+d['’]administration|comit[ée]|committee|vorstand\w*|aufsichtsrat\w*|junta|consejo"
    r"|se\s+r[ée]unit|se\s+r[ée]unira|meets|will\s+meet|tagt|se\s+re[úu]ne|si\s+riunisce|si\s+riunir[àa]|vergadert|se\s+re[úu]ne"
    r"|hearing|audience|tribunal|verhandlung|gerichtstermin|juicio|comparecencia"
    r"|transports?|trip|voyage|fahrt|viaje|shift|intervention|einsatz|office|bureau|büro|oficina|joignable|erreichbar"
    # a move of premises: "Vonk Events verhuist op 1 december naar ...", "we're moving on the 1st"
    r"|verhuiz\w*|verhuist|d[ée]m[ée]nag\w*|relocat\w*|moving|umzug|umziehen|zieh\w*\s+um|mudanza|nos\s+mudamos|traslo\w*|mudan[çc]a"
    r"|active|actif|aktiv|activa|valid|valable|gültig|válid[oa]|gilt|gelten|applies|vaut|return\w*|retour|zurück"
    r"|vuelvo|regres\w*|response|réponse|antwort|respuesta|last\s+day|dernier\s+jour|letzter\s+tag|último\s+día"
    r"|ferme\s+(?:mon|ma|mes|notre|nos|son|sa|ses|le|la|les)|schließt|cierra"
    # an answer promised, not a payment: "I'll get back to you by Friday"
    r"|get\s+back\s+to|come\s+back\s+to|revert|let\s+you\s+know|update\s+you|reply|respond|answer"
    r"|revenir\s+vers|reviens\s+vers|reviendrai|reviendrons|tiendr\w+\s+informé|répondre|melde\w*|rückmeldung"
    r"|antworten|responder|contestar)\b")
# An approval step is not the payment: "le paiement sera validé aujourd'hui et le virement partira le
# 24/11" is the 24th. A date so approved is taken only when it is the message's one date ("the
# boss signs it off on the 30th").
_APPROVAL = re.compile(
    r"(?i)\b(?:approv\w*|validat\w*|valid[ée]\w*|valider|sign\w*(?:\s+\w+)?\s+off|sign-off|signed|authori[sz]\w*"
    r"|autoris\w*|freigabe|freigeben|genehmig\w*|aprob\w*|autoriz\w*|verif\w*|prüf\w*|geprüft)\b")
_BREAK = re.compile(
    r",(?![\d-])|;|:|\s[-–—]\s|\b(?:but|however|whereas|mais|cependant|aber|jedoch|sondern|pero|sino)\b", re.I)
_BREAK_AND = re.compile(_BREAK.pattern + r"|\b(?:and|then|et|puis|und|dann|y|luego)\b", re.I)
_TIMESTAMP = re.compile(r"(?:\s+|T)\d{1,2}:\d\d")


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


def _coming_day(sent: date, day: int, months_ahead: Iterable[int] = range(0, 3),
                weekday: int | None = None) -> date | None:
    """The first day-of-month `day` on or after `sent`, in the first of the months ahead that has it
    (and falls on `weekday`, when given): "le 15", "by 28th", "Friday 27th"."""
    for ahead in months_ahead:
        first = _add_months(sent.replace(day=1), ahead)
        candidate = _safe_date(first.year, first.month, day)
        if candidate and candidate >= sent and (weekday is None or candidate.weekday() == weekday):
            return candidate
    return None


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
        quoted = False  # one reading is a recent past date: "through 10/4" in October is 4 October
        past_gap = 999
        for day, month in ([(a, b)] if european else [(a, b), (b, a)]):
            if 1 <= month <= 12 and 1 <= day <= 31:
                value = _safe_date(year, month, day) if year else self.year_for(month, day, None)
                if value and value not in readings:
                    readings.append(value)
                past = None if value or year else _safe_date(self.sent.year, month, day)
                if past is not None:
                    quoted, past_gap = True, min(past_gap, abs((self.sent - past).days))
        if quoted and a != b and not european and not (
                len(readings) == 1 and (readings[0] - self.sent).days < min(past_gap, 45)):
            return None  # "through 10/4" in October; but "by 4/3" on 30 March is 3 April (nearer)
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


def _easter(year: int) -> date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def _relative(m: re.Match[str], sent: date) -> date | None:
    g = m.group
    if g("dayafter"):
        return sent + timedelta(days=2)
    if g("tomorrow"):
        return sent + timedelta(days=1)
    if g("today") or g("cejour"):
        return sent
    this_friday = _monday(sent) + timedelta(days=4)
    if g("endnextweek"):
        return this_friday + timedelta(days=7)
    if g("startnextweek"):
        return _monday(sent) + timedelta(days=7)
    if any(g(name) for name in _VAGUE_GROUPS):
        return None  # "next week", "this week", "in December" name no day: too vague
    if g("endweek"):
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
    if g("kwwd"):
        # "Dienstag der KW 49": the ISO week's day, this year or the next
        week, weekday = int(g("kw")), _WEEKDAYS[g("kwwd").lower()]
        for year in (sent.year, sent.year + 1):
            try:
                day = date.fromisocalendar(year, week, weekday + 1)
            except ValueError:
                continue
            if day >= sent:
                return day
        return None
    if g("hwd"):
        # "the Monday after Thanksgiving" (US: the fourth Thursday of November)
        holiday, weekday = g("holiday").lower(), _WEEKDAYS[g("hwd").lower()]
        for year in (sent.year, sent.year + 1):
            if holiday.startswith("thanksgiving"):
                first = date(year, 11, 1)
                anchor = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
            elif holiday.startswith(("christmas", "xmas")):
                anchor = date(year, 12, 25)
            elif not holiday.startswith("new"):
                anchor = _easter(year)
            else:
                anchor = date(year, 1, 1)
            if g("hdir").lower().startswith(("after", "apr", "nach", "desp", "dopo", "na", "depois")):
                day = anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
            else:
                day = anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
            if day >= sent:
                return day
        return None
    if g("midof"):
        month = _MONTHS[g("month2").lower()]
        mid = date(sent.year, month, 15)
        return mid if mid >= sent else date(sent.year + 1, month, 15) if month < sent.month else None
    if g("fortnight"):
        return sent + timedelta(days=14)
    if g("nordicwithin"):
        raw = g("nn").lower()
        n = int(raw) if raw.isdigit() else _NORDIC_NUMBERS[raw]
        unit = g("nunit").lower()
        if unit.startswith(("hverdag", "bankda", "arbe", "varda", "virke")):
            return _add_business_days(sent, n)
        if unit.startswith(("uge", "veck", "uke")):
            return sent + timedelta(weeks=n)
        if unit.startswith(("må", "ma")):
            return _add_months(sent, n)
        return sent + timedelta(days=n)
    if g("zaweek"):
        return sent + timedelta(days=7)
    if g("firstnextmonth"):
        first = _add_months(sent.replace(day=1), 1)
        return _next_business_day(first - timedelta(days=1)) if g("firstbiz") else first
    if g("netfrom"):
        return sent + timedelta(days=int(g("netn")))
    if g("huitaine"):
        return sent + timedelta(days=8 if "huit" in g("huitaine").lower() else 15)
    if g("within"):
        raw = g("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = g("unit").lower()
        if g("business") or g("business2") or unit.startswith(("werk", "arbeit")):
            return _add_business_days(sent, n)
        if unit.startswith(("week", "semaine", "woche", "semana", "tygod")):
            return sent + timedelta(weeks=n)
        if unit.startswith(("month", "mois", "monat", "mes", "miesi")):
            return _add_months(sent, n)
        return sent + timedelta(days=n)
    return None


# A weekday that names no day: any such day ("une fois un dimanche", "on a Sunday", "einen
# Sonntag", "un domingo", "una domenica", "een zondag", "num domingo") or an event's name
# ("Black Friday", "Cyber Monday"), or the first part of a compound ("Black Friday-omzet").
_NOT_A_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:a|un|une|una|uno|um|uma|num|numa|een|einen|einem|ein)"
                               r"|\b(?:black|cyber))[\s-]+$")
_NOT_A_DAY_AFTER = re.compile(r"-[a-zà-ÿ]")


# Bare ordinals, document stamps and a condition on something arriving (the ninth session's date probes).
# A deadline's bare ordinal, no article: "credited by 28th of this month", "pay on 25th", "bis zum
# 20. dieses Monats" ("dieses" is no Catalan "dies"). "of this month"/"dieses Monats" keeps this
# month's day (None when it has passed), "of next month" next month's, alone the next such day.
_BARE_ORDINAL = re.compile(
    r"(?i)(?<![\w-])(?:(?:by|before|on|until|till|no\s+later\s+than)\s+(?P<en>[0-3]?\d)(?:st|nd|rd|th)"
    r"(?!\s+(?:floor|time|attempt|try|instal\w*|reminder|notice|letter|quarter|half|week|day|page|line|place|round"
    r"|stage|class|invoice|payment|call|one|ones)\b)"
    r"|(?:bis\s+zum|bis\s+spätestens\s+zum|spätestens\s+am|am|zum)\s+(?P<de>[0-3]?\d)\.(?=\s+(?:dieses|des\s+laufenden|des\s+nächsten)\s))"
    r"(?P<scope>\s+(?:of\s+(?:this|the\s+current)\s+month|(?:dieses|des\s+laufenden)\s+Monats"
    r"|of\s+next\s+month|des\s+nächsten\s+Monats))?"
    r"(?![\w/.-]*\d)(?!\s+(?:of\s+)?(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\b)")
# A document's stamp line: "Updated 15/11/2026", "Last revised: 3 Nov", "Stand: 15.11.2026", "Mis à
# jour le 15/11": nothing but the stamp word before the date on its line, no payment's day.
_STAMP_LINE = re.compile(
    r"(?im)^[ \t]*(?:last\s+)?(?:updated|revised|modified|printed|generated|created|version|as\s+of"
    r"|mis\s+à\s+jour|mise\s+à\s+jour|modifié|imprimé|édité|généré|stand|aktualisiert|erstellt|gedruckt"
    r"|actualizado|impreso|aggiornato|stampato|bijgewerkt|afgedrukt)\s*[:,-]?\s*(?:on\s+|le\s+|am\s+|el\s+|il\s+|op\s+)?$")
# An "if" whose date is another thing's arrival: "if the credit note arrives by Friday we'll pay",
# "si l'avoir nous parvient d'ici vendredi, nous réglerons", "wenn die Gutschrift bis Freitag eintrifft".
# (only the words _CONDITION finds can reach it)
_IF_ARRIVAL = re.compile(r"(?i)if|unless|provided|si|s['’]ils?|à\s+condition|wenn|falls|sofern")
_ARRIVES = re.compile(
    r"(?i)\b(?:arriv\w*|comes?\s+in|reach\w*\s+us|lands?|turns?\s+up|shows?\s+up|parvien\w*|parvenu\w*"
    r"|eingeh\w*|eingeht|eintrifft|eintreffen|ankommt|ankommen|vorliegt|lleg\w*|perviene|pervengono|binnenkomt|aankomt)\b")

# German and Dutch put the arrival verb last: "wenn die Gutschrift bis Freitag eintrifft, zahlen wir".
_ARRIVES_LAST = re.compile(r"(?i)\s*(?:eintrifft|eingeht|ankommt|vorliegt|da\s+ist|binnenkomt|aankomt|arriveert)\b")

def _bare_ordinal_days(text: str, policy: "_Policy") -> list["_Found"]:
    """The bare-ordinal deadlines of _BARE_ORDINAL, resolved against `sent`."""
    out = []
    for m in _BARE_ORDINAL.finditer(text):
        day = int(m["en"] or m["de"])
        scope = (m["scope"] or "").lower()
        ahead = (1,) if "next" in scope or "nächsten" in scope else (0,) if scope else range(0, 3)
        out.append(_Found(_coming_day(policy.sent, day, ahead), m.start(), m.end(), False, ""))
    return out


def _find(text: str, sent: date, language: str | None, policy: _Policy) -> list[_Found]:
    found: list[_Found] = []

    def add(m: re.Match[str], value: date | None, vague: bool = False, kind: str = "") -> None:
        found.append(_Found(value, m.start(), m.end(), vague, kind))

    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            month, day = _MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
            year = _year(m["year"])
            if year:
                add(m, _safe_date(year, month, day))
            else:
                add(m, policy.year_for(month, day, _weekday_of(m["wd"])), kind="noyear")
    for m in _ISO.finditer(text):
        add(m, _safe_date(int(m["year"]), int(m["a"]), int(m["b"])))
    for m in _NUMERIC.finditer(text):
        add(m, policy.day_month(int(m["a"]), int(m["b"]), _year(m["year"]), language, m["sep"] == "."))
    for m in _NUMERIC_SHORT.finditer(text):
        b = m["b"] or m["b2"]
        add(m, policy.day_month(int(m["a"]), int(b), None, language, bool(m["dsep"])), kind="noyear")
    for m in _DAY_ONLY.finditer(text):
        if m["fr2"] and language == "it":
            continue  # Italian "le 10 in eccesso", "per le 10": the article of a count or an hour ("il 10" is the day)
        day = int(next(v for v in (m["fr"], m["fr2"], m["en"], m["en2"], m["de"], m["es"], m["it"], m["nl"],
                                   m["pt"], m["pl"], m["cs"], m["da"], m["sv"]) if v))
        add(m, _coming_day(policy.sent, day, (1,) if m["nextmonth"] else range(0, 3)))
    found.extend(_bare_ordinal_days(text, policy))  # "by 28th of this month"
    for m in _PAYRUN_DAY.finditer(text):
        found.append(_Found(_coming_day(policy.sent, int(m["day"])), m.start("du"), m.end("du"), False, ""))
    for m in _WEEKDAY.finditer(text):
        if _NOT_A_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NOT_A_DAY_AFTER.match(text, m.end()):
            continue  # "une fois un dimanche", "Black Friday-omzet": no day of the calendar
        modifiers = " ".join(filter(None, (m["pre"], m["post"]))).lower()
        if m["before"] or re.search(_PAST_MOD, modifiers, re.I):
            add(m, None)
            continue
        weekday = _weekday_of(m["wd"])
        assert weekday is not None
        if m["nextweek"] or m["nwpre"]:
            add(m, _monday(policy.sent) + timedelta(days=7 + weekday))
        elif m["thisweek"]:
            day = _monday(policy.sent) + timedelta(days=weekday)
            add(m, day if day >= policy.sent else None)
        else:
            day = _next_weekday(policy.sent, weekday)
            later = (m["later"] or "").lower()
            if later or (m["pre"] or "").lower() == "übernächsten" or m["aweek"]:
                day += timedelta(days=14 if "quinze" in later else 7)
            elif day == policy.sent + timedelta(days=1) and _STRICT_NEXT.search(modifiers):
                day += timedelta(days=7)  # "next Friday" on a Thursday
            plain = not (m["pre"] or m["post"] or later or m["aweek"])
            add(m, day, kind="weekday" if plain else "")
    for m in _WD_DAY.finditer(text):
        weekday, day_number = _weekday_of(m["wd"].rstrip(".")), int(m["day"])
        candidate = _coming_day(policy.sent, day_number, weekday=weekday)
        if candidate:
            add(m, candidate)  # otherwise the number is no day of this weekday: not a date
    for m in _RELATIVE.finditer(text):
        value = _relative(m, policy.sent)
        add(m, value, vague=value is None and any(m[name] for name in _VAGUE_GROUPS),
            kind="noyear" if m["endof"] or m["midof"] else "cejour" if m["cejour"] else "")

    # Overlaps: the longest reading wins ("le 30 novembre" over "le 30").
    kept: list[_Found] = []  # disjoint, in text order
    starts: list[int] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        i = bisect.bisect_right(starts, f.start)
        if (i and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        kept.insert(i, f)
        starts.insert(i, f.start)
    kept = [_offset(text, f) for f in kept]
    for m in _ANAPHOR.finditer(text) if _ANAPHOR_HINT.search(text) else ():
        inside = [f for f in kept if m.start() <= f.start and f.end <= m.end()]
        if any(f.start < m.end() and m.start() < f.end for f in kept if f not in inside):
            continue  # "the day after the board meeting on the 12th": counted from its own date
        anchor = next((f for f in reversed(kept) if f.end <= m.start() and f.value is not None
                       and m.start() - f.end <= 400), None)
        if anchor is None:
            continue
        assert anchor.value is not None
        if m["same"]:
            value = anchor.value
        elif m["after"]:
            value = anchor.value + timedelta(days=1)
        else:
            value = _next_weekday(anchor.value, _WEEKDAYS[m["wd"].lower()])
        kept = [f for f in kept if f not in inside]
        bisect.insort(kept, _Found(value, m.start(), m.end()), key=lambda f: f.start)
    # A bare weekday written just before a date names that date ("Fri, 27/11"): the date says it.
    return [f for f, nxt in zip(kept, kept[1:] + [None])
            if not (f.kind == "weekday" and nxt is not None
                    and _WEEKDAY_JOIN.fullmatch(text, f.end + (text[f.end:f.end + 1] == "."
                                                               and f.end - f.start <= 5), nxt.start))]


def _offset(text: str, f: _Found) -> _Found:
    """The date moved when it is counted from ("the day after the meeting on the 12th")."""
    if f.value is None:
        return f
    m = _OFFSET.search(text, max(0, f.start - 70), f.start)
    if m is None:
        return f
    n = 1 if not m["n"] else int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.get(m["n"].lower(), 1)
    return _Found(f.value + timedelta(days=n), m.start(), f.end, f.vague, "")


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


def _last_break(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _BREAK) -> int:
    """Where the clause of text[hi] begins, looking back no further than lo."""
    last = lo
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def _first_break(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _BREAK) -> int:
    m = pattern.search(text, lo, hi)
    return m.start() if m else hi


# What the customer answers or follows up: "Further to my note on Tuesday", "Following our call
# of Monday", "Suite à mon message de lundi", "Im Anschluss an mein Telefonat vom Montag", "Tras
# nuestra llamada del lunes", "A seguito della mia mail di martedì", "Naar aanleiding van mijn
# bericht van dinsdag", "No seguimento do meu email de segunda": that message's day, past.
_FURTHER_TO = re.compile(
    r"(?i)\b(?:further\s+to|following(?:\s+up\s+on)?|as\s+per|re|(?:pour\s+)?(?:faire\s+)?suite\s+[àa]|en\s+r[ée]ponse\s+[àa]"
    r"|im\s+anschluss\s+an|bezugnehmend\s+auf|bezüglich|tras|siguiendo|en\s+relaci[óo]n\s+con|a\s+seguito\s+d[ei]\w*"
    r"|in\s+seguito\s+a\w*|naar\s+aanleiding\s+van|(?:no|em)\s+seguimento\s+d[aeo]\w*)"
    r"\s+(?:(?:my|our|your|the|mon|ma|mes|notre|nos|votre|vos|l['’]|le|la|meine[mnrs]?|unsere[mnrs]?|ihre[mnrs]?|de[mnrs]|die|das"
    r"|mi|mis|nuestr[oa]s?|vuestr[oa]s?|su|el|la|l['’]|il\s+mio|la\s+mia|il\s+nostro|la\s+nostra|mijn|ons|onze|uw|het"
    r"|meu|minha|nosso|nossa|o|a)\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:note|e-?mail|mail|message|letter|call|phone\s+call|conversation|chat|reply|answer|mot|courriel|appel|échange|lettre|réponse"
    r"|nachricht|schreiben|anruf|telefonat|gespräch|antwort|correo|llamada|mensaje|conversaci[óo]n|respuesta|carta"
    r"|messaggio|telefonata|chiamata|conversazione|risposta|lettera|bericht|telefoongesprek|gesprek|brief|antwoord"
    r"|mensagem|telefonema|chamada|conversa|resposta)"
    r"\s+(?:on|of|from|last|de|du|d['’]|vom|von|am|del|di|van|do|da)\s+(?:the\s+)?$")


# Money already sent on its way: "Funds should reach your account within 2 working days", "le virement
# arrivera sur votre compte sous 48 h", "sollte innerhalb von 2 Tagen auf Ihrem Konto eingehen". A transit
# time counted from the payment is the bank's, not a day the customer commits to pay by.
_TRANSIT = re.compile(
    r"(?i)\b(?:reach|arrive|land|show|appear|be\s+credited|clear|hit)\s+(?:in\s+|on\s+|into\s+|to\s+)?(?:your|the)\s+"
    r"(?:[\w.&'-]+\s+){0,3}?(?:account|bank)\b|\b(?:arrivera|arriveront|sera\s+cr[ée]dit[ée]e?)\s+sur\s+votre\s+compte"
    r"|\bauf\s+Ihrem\s+Konto\b")
_WITHIN = re.compile(r"(?i)(?:within|in|under|sous|dans|innerhalb|binnen|en|dentro|entro|tra|w\s+ci[ąa]gu|za)\b")


_ASIDE = re.compile(r"\([^()\n]*\)")
_DATE_LEAD = re.compile(r"(?i)(?:of|from|du|vom|von|del)\s+(?:the\s+)?")


def _not_promised(text: str, f: _Found, prev: _Found | None, nxt: _Found | None,
                  first: int, stop: int) -> bool:
    """Whether the grammar around the date makes it no payment promise: quoted, past, denied,
    conditional, asked for, or a period's edge."""
    left_lo = max(first, prev.end if prev else first, f.start - 60)
    near_left = text[_last_break(text, left_lo, f.start):f.start]
    right_hi = min(stop, nxt.start if nxt else stop, f.end + 40)
    near_right = text[f.end:_first_break(text, f.end, right_hi)]
    wide_left = text[max(first, f.start - 60):f.start]
    close_left = text[max(first, f.start - 40):f.start]
    # "par LCR à échéance du 30 octobre", "cheque dated 15/12": the instrument's own date
    maturity = bool(_INSTRUMENT_DATED.search(close_left) or (
        _MATURITY.search(close_left) and _INSTRUMENT.search(text, max(0, f.start - 200), f.start)))
    # "as per my email of the 5th": the date's match took the "of" that ties it to the email
    lead = _DATE_LEAD.match(text, f.start, f.end)
    quote_end = lead.end() if lead else f.start
    if (not maturity and (_QUOTED.search(text[max(0, f.start - 40):quote_end])
                          or _FURTHER_TO.search(text[max(first, f.start - 40):quote_end]))
            and not _FUTURE.search(wide_left)
            and not (_AT_DUE.search(close_left) and _PAYMENT.search(near_left))):
        return True  # "invoice dated 3 Nov", but not "sera réglée à son échéance, le 23/11"
    if _WITHIN.match(text, f.start) and _TRANSIT.search(text, first, f.start):
        return True  # "funds should reach your account within 2 working days": the bank's transit time
    # An event reaches over "and" and other dates: "closed Thursday and Friday".
    clause_left = text[_last_break(text, max(first, f.start - 60), f.start):f.start]
    # The past is read in the date's own clause ("we paid 1,000 today and will pay the rest on
    # Friday"), a future anywhere before it in the sentence's clause saves it ("we'll get 4502
    # and 4654 paid by Friday"); a participle after the date may hang on a future auxiliary
    # before it ("wird am 27.11. zur Zahlung angewiesen").
    and_left = text[_last_break(text, left_lo, f.start, _BREAK_AND):f.start]
    and_left = _AS_SAID.sub(lambda m: " " * len(m[0]), and_left)
    near_right = _AS_SAID.sub(lambda m: " " * len(m[0]), near_right)
    past = _PAST.search(and_left)
    if past:
        # "sera payée à l'échéance de ... du 25": a future passive whose auxiliary is further out
        aux_at = f.start - len(and_left) + past.start()
        if _FUTURE.search(text, max(first, aux_at - 12), aux_at):
            past = None
    if ((past and not maturity and not _FUTURE.search(near_left)
         and not _SCHEDULED.search(and_left, past.end())
         and not (_FOR_PAYMENT_ON.search(and_left) and _PERFECT.search(and_left, 0, past.start())))
            or (_PAST.search(near_right) and not _FUTURE.search(near_left + " " + near_right))):
        return True  # "we paid on Monday"
    event = None
    for event in _PAST_EVENT.finditer(near_left):
        pass
    if event and not (_FUTURE.search(near_left) or _SCHEDULED.search(near_left)
                      or _FOR_PAYMENT.search(near_left, event.end())
                      or _GOES_OUT.search(near_left, event.end())):
        return True  # "I told your colleague on Monday", "were settled on the 12th"; not "approved for payment on"
    if ((_DE_PERFECT.match(text, f.end, stop)
         or (_DE_AUX.search(near_left) and _DE_PARTICIPLE.match(text, f.end, stop)))
            and not _FUTURE.search(near_left)):
        return True  # "heute haben wir folgende Rechnungen zur Zahlung angewiesen"
    if (_UNTIL.search(close_left) and not _PAYMENT.search(near_left)
            and not _PAYMENT.search(near_right)):
        return True  # "he's in Manchester until Tuesday": a period's end
    participle = _PAST_PARTICIPLE.search(near_left)
    if participle and not (_FUTURE.search(near_left) or _SCHEDULED.search(near_left)
                           or _PAYMENT.search(near_left, 0, participle.start())):
        return True  # "retired at the end of October"; not "payment is guaranteed on"
    negation = None
    for negation in _NEGATION.finditer(_NOT_NEGATION.sub(" ", near_left + " " + near_right[:30])):
        pass
    if negation and not (negation.end() <= len(near_left) and _FUTURE.search(near_left, negation.end())):
        # "we cannot pay by the end of the month", not "we haven't forgotten and will pay on Friday"
        return True
    condition = None
    for condition in _CONDITION.finditer(_NOT_CONDITION.sub(" ", near_left)):
        pass
    if (condition and (_SUPPLIER.search(near_left, condition.end())
                       or (_RECEIVE.search(near_right) and not _FUTURE.search(near_right)))
            and not _FUTURE.search(near_left, condition.end())):
        # "if you send the credit note by Friday, ...", but not "once the boss signs it off on the 30th"
        return True
    if (condition and _IF_ARRIVAL.fullmatch(condition[0])
            and (_ARRIVES.search(near_left, condition.end()) or _ARRIVES_LAST.match(near_right))
            and not _FUTURE.search(near_left, condition.end())):
        return True  # "if the credit note arrives by Friday we'll pay": the arrival's day
    request_left = text[_last_break(text, first, f.start):f.start]
    request = None
    for request in _REQUEST.finditer(request_left):
        pass
    if request and not (_FUTURE.search(request_left, request.end())
                        or _PAYMENT.search(request_left, request.end())
                        or _COLLECT.search(request_left, request.end())
                        or _PATIENCE.search(request_left, request.end())):
        return True  # "please send the corrected invoice by Friday": the supplier's deadline
    sentence_left = text[first:f.start]
    # "Could we pay 2,000 this Friday and split the rest into two instalments?", "Voorstel: deze
    # vrijdag maken wij 5.000 over en het restant in drie termijnen": the payment beside the plan
    # is committed to, though the plan itself is asked for; so is "Serait-il possible d'étaler le
    # solde en trois mensualités ? Nous pourrions verser 3 000 ce vendredi et le reste en décembre"
    beside_plan = bool(_REMAINDER.search(text, f.end, stop)
                       and (_PLAN_TERMS.search(text, f.end, stop) or _PLAN_TERMS.search(text, max(0, first - 300), first))
                       and not _PLAN_TERMS.search(text, max(first, f.start - 120), f.start))
    if (text[f.end:stop + 1].rstrip().endswith("?") and not _FUTURE.search(sentence_left) and not beside_plan
            and not _TAG_QUESTION.search(text[f.end:stop + 1].rstrip())
            and not (_OFFER.search(sentence_left) and not _ASKING.search(sentence_left))
            and not _COLLECT.search(sentence_left)):
        return True  # "could we pay on the 15th?"
    pays_us = _PAYS_US.search(near_left)
    if (pays_us and not _FUTURE.search(near_left[:pays_us.start()] + " " + near_left[pays_us.end():])
            and not _THEN.search(text, f.end, stop)):
        return True  # "the mine only pays us on the 7th"
    if _CONSENT.search(text, first, stop) or _EXAMPLE.match(text, f.end, stop):
        # "we'd pay on Friday if you agree", "si están de acuerdo empezamos el 15 de noviembre": an
        # offer awaiting the supplier's yes, the consent asked before or after the date
        return True
    proposal = None
    for proposal in _PROPOSAL.finditer(_PAYMENT_PROPOSAL.sub(" ", sentence_left)):
        pass
    if (proposal and not beside_plan and not _FUTURE.search(sentence_left, proposal.end())
            and not _COLLECT.search(sentence_left, proposal.end())
            and not (":" in sentence_left[proposal.end():] and _TODAY_WORD.fullmatch(text, f.start, f.end))):
        # "we propose to pay the rest at the end of January"; but "our proposal: today we transfer
        # 2,000 and the rest in three bills" pays today
        return True  # "we propose to pay the rest at the end of January"
    if (_START.search(close_left) or _RANGE_END.search(close_left) or _TERMS.search(close_left) or _RECURRING_BEFORE.search(close_left)
            or (_RECURRING_AFTER.match(text, f.end, stop) and not _DEADLINE_DAY.match(text, f.start, f.end))):
        return True  # "starting mid-December", "de novembre à fin mars", "le 10 de chaque mois"
    if _MEETING_DAY.match(text, f.start):
        return True  # "après notre conseil d'administration du 18": the meeting's day, not the payment's
    # an event in an aside is not the date's: "ist freigegeben (Wareneingang war lange nicht gebucht)
    # und wird Ende nächster Woche überwiesen"
    events = list(_EVENT.finditer(_ASIDE.sub(lambda m: " " * len(m[0]), clause_left)))
    if events and not _PAYMENT.search(clause_left, events[-1].end()):
        return True  # "the meeting on Monday", "closed Thursday and Friday"
    if (_EVENT.search(near_right[:25]) and not _PAYMENT.search(near_left)
            and not _PAYMENT.search(near_right)):
        return True  # "ce samedi un appel"
    if text[f.start].isdigit() and _TIMESTAMP.match(text, f.end):
        return True  # "16-11-2026 11:04:57": a timestamp
    if _ADVICE_OF.search(wide_left):
        return True  # "the remittance advice for our payment run of 29.10.2026": the advice's own day
    if (_VALUE_DATE.search(close_left) and _ADVICE_NAMED.search(text, 0, f.start)
            and not _FUTURE.search(text, first, stop)):
        return True  # "Please find attached the remittance advice ... value date 30.10.2026": the advice's money
    if _PROOF_SENT.search(text, first, stop) and not _PAYMENT.search(text, first, stop):
        return True  # "ik heb foto's genomen, stuur ik maandag door": the proof's day, no payment's
    return False


# An advice's own day, named right after it: "remittance advice for our payment run of 29.10.2026",
# "avis de virement du 12/11", "Zahlungsavis vom 3.11.", "betalingsadvies van 5 november".
_ADVICE_WORDS = (r"(?:(?:remittance|payment)\s+advices?|avis\s+de\s+(?:paiement|virement|r[èe]glement)|zahlungsavis\w*"
                 r"|avviso\s+di\s+(?:pagamento|bonifico)|betaaladvies|betalingsadvies|aviso\s+de\s+pagamento)")
_ADVICE_OF = re.compile(
    rf"(?i)\b{_ADVICE_WORDS}\b[^.\n]{{0,40}}\b(?:of|dated|from|du|vom|del|van|de)\s*(?:the\s+)?$")
_ADVICE_NAMED = re.compile(rf"(?i)\b{_ADVICE_WORDS}\b")
_VALUE_DATE = re.compile(r"(?i)\b(?:value\s+date|date\s+de\s+valeur|valuta(?:datum)?|data\s+(?:di\s+)?valuta|fecha\s+valor"
                         r"|valutadatum)\s*:?\s*$")
# Proof of a complaint sent on a day (photos, pictures): the day is the proof's, unless the
# sentence also speaks of paying.
_PROOF_SENT = re.compile(r"(?i)\b(?:photos?|pictures?|pics|images|foto['’]?s?|fotograf\w*|bilder|immagini|photographies"
                         # a document sent on, not paid: "el albarán ... lo mando mañana", "the signed delivery
                         # note follows on Monday", "je vous envoie le bon de livraison lundi"
                         r"|albar[áa]n\w*|delivery\s+notes?|bons?\s+de\s+livraison|lieferschein\w*|bolla|bolle|ddt"
                         r"|pakbon\w*|vrachtbrief\w*|guias?\s+de\s+remessa|esc[áa]ner|scanner)\b")


def _near_payment(text: str, f: _Found, prev: _Found | None, nxt: _Found | None,
                  first: int, stop: int) -> bool:
    """A payment word in the date's sentence, on its side of any neighbouring date: with
    "approved on Monday, payment goes out Friday" the payment word belongs to Friday."""
    if _MATURITY.search(text, max(first, f.start - 40), f.start) and _INSTRUMENT.search(
            text, max(0, f.start - 200), f.start):
        return True  # "los pagarés, con vencimientos 30/10/2026 y ...": the instrument pays that day
    lo = max(first, f.start - 90)
    if prev and prev.end > lo:
        lo = _last_break(text, prev.end, f.start, _BREAK_AND)
    hi = min(stop, f.end + 60)
    if nxt and nxt.start < hi:
        hi = _first_break(text, f.end, nxt.start, _BREAK_AND)
    payment = None
    for payment in _PAYMENT.finditer(text, lo, f.start):
        pass
    approval = None
    for approval in _APPROVAL.finditer(text, lo, f.start):
        pass
    if (approval and (payment is None or approval.start() > payment.start())
            and not _BREAK_AND.search(text, approval.end(), f.start)):
        # "approved today", "validé aujourd'hui": the approval's date, not the payment's; but
        # "ist geprüft und wird Ende nächster Woche bezahlt" dates the payment
        return False
    if payment or _PAYMENT.search(text, f.end, hi):
        return True
    return any(m.start() < f.start and m.end() > f.end for m in _NL_TRANSFER.finditer(text, lo, hi))


# Today's money described, not promised: "today's payment", "la transferencia de hoy".
_BALANCE = re.compile(r"(?i)\b(?:le\s+(?:solde|reste|restant)|the\s+(?:balance|rest|remainder)|den\s+rest\w*"
                      r"|el\s+(?:resto|saldo)|il\s+saldo|het\s+saldo|o\s+saldo)\b")
_TODAYS = re.compile(r"(?i)\b(?:today['’]s|(?:de|d['’]|von|of|van|di|do)\s+(?:hoy|aujourd['’\s]?hui|heute|today|vandaag|oggi|hoje))\b")
_FAR_DAYS = 183
# An insolvency notice's own dates are the procedure's, not a payment's: the claims deadline ("déclarer
# votre créance dans un délai de deux mois à compter de la publication au BODACC", "submit your proof of
# debt by 4 December"), a hearing or creditors' meeting, the end of a moratorium. A date in a sentence
# naming such a step is dropped; and in a message that holds a notice, a lone date whose sentence says
# nothing of money ("nous rouvrirons le 18 décembre" beside "placés sous procédure de sauvegarde") is none.
_INSOLVENCY_NOTICE = re.compile(
    r"(?i)\b(?:redressement\s+judiciaire|liquidation\s+judiciaire|proc[ée]dure\s+de\s+sauvegarde|mandataire\s+judiciaire"
    r"|administrateur\s+judiciaire|in\s+administration|(?:joint\s+)?administrators|liquidators?|receivership"
    r"|insolvency|insolvenzverfahren|insolvenzverwalter\w*|concurso\s+de\s+acreedores|administraci[óo]n\s+concursal"
    r"|fallimento|liquidazione\s+giudiziale|concordato\s+preventivo|faillissement|surseance|falência|insolvência"
    r"|upad[łl]o[śs]\w*|syndyk\w*|post[ęe]powani\w+\s+(?:sanacyjn|uk[łl]adow|restrukturyzacyjn)\w*|likwidator\w*)")
_CLAIMS_STEP = re.compile(
    r"(?i)\b(?:d[ée]clar\w*\s+(?:(?:de\s+)?(?:votre|vos|la|les|leur|leurs|sa|ses)\s+)?cr[ée]ances?|cr[ée]ances?\s+(?:doivent|doit)"
    r"|d[ée]clar[ée]e?s?\s+aupr[èe]s|publication\s+(?:du\s+jugement\s+)?au\s+bodacc|[àa]\s+compter\s+de\s+la\s+publication"
    r"|proofs?\s+of\s+debt|(?:lodge|submit|file|send)\s+(?:a\s+|your\s+|their\s+)?(?:proof|claim|statement\s+of\s+claim)"
    r"|bar\s+date|meeting\s+of\s+creditors|creditors['’]?\s+(?:meeting|decision|vote)|moratorium|hearing"
    r"|forderung\w*\s+(?:\w+\s+){0,4}anzumelden|anmeldefrist|pr[üu]fungstermin|berichtstermin|gl[äa]ubigerversammlung"
    r"|comunica\w*\s+(?:de\s+|sus\s+)?cr[ée]ditos|insinuazione|udienza|reclama[çc][ãa]o\s+de\s+cr[ée]ditos"
    r"|aangifte\s+van\s+schuldvordering|zg[łl]osz\w*\s+wierzytelno\w*|zg[łl]osi[ćc]\s+wierzytelno\w*)")


_MAX_MENTIONS = 50  # more dates than this make a table or a log; a promise comes early
# Without a payment word near the date, the message must at least be about what is owed.
_MONEY_TALK = re.compile(
    "(?i:" + _PAYMENT.pattern.removeprefix("(?i)") + ")"
    r"|(?i:\b(?:invoices?|inv|bills?|statements?|balance|amount|outstanding|overdue|account|facture\w*|fact"
    r"|solde|montant|rechnung\w*|betrag|offen\w*|factura\w*|importe|saldo|deuda|pendiente\w*|releas\w*"
    r"|accounts\s+payable|comptabilit\w*|compta|buchhaltung|kreditoren|contabilidad"
    r"|fattur\w+|factu(?:ur|ren)|faktu(?:ur|re)|fatura\w*|rekening|importo|bedrag|bedrae)\b)"
    # an invoice named by its number: "la 11494 part mercredi", "la 944 la paghiamo"
    r"|(?i:\b(?:la|le|les|il|el|die|de)\s+(?!(?:19|20)\d\d\b)\d{3,}\b(?![.,']\d))"
    r"|[€$£]|\b(?:EUR|USD|GBP|CHF|CAD|AP)\b"
    r"|\b[A-Z]{1,6}[-/]?\d{2,}[-/]\d{2,}")  # an invoice number: "HP-26-000715", "FA26-00830"


# A one-line answer to "when can we expect payment?": "k. friday", "ok, demain", "can do 4410 on the
# 15th": the date is the commitment though no payment word is near it.
_BARE_YES = re.compile(
    r"(?i)\s*(?:k|kk|ok|okay|okey|yep|yup|sure|will\s+do|d['’]accord|vale|passt|alles\s+klar)"
    r"[\s.,!:-]*(?:(?:on|by|this|ce|el|am|bis)\s+)?")
_CAN_DO = re.compile(r"(?i)\b(?:can|could)\s+do\b(?![^.\n]{0,200}\?)")
# "tomorrow. promise", "vendredi, promis": a date and a vow, nothing else
_VOW = re.compile(r"(?i)[\s.,!:-]*(?:i\s+|je\s+(?:le\s+)?|lo\s+|te\s+lo\s+)?(?:promise|promised|swear|guaranteed|for\s+sure"
                  r"|without\s+fail|promis|c['’]est\s+promis|promets|versprochen|prometido|prometo|sin\s+falta"
                  r"|promesso|beloofd|prometo|prometido|sem\s+falta)[\s.!]*")
# "this Friday or Monday at the latest": the later day is the commitment
_OR_LATEST = re.compile(r"(?i)\s*,?\s*(?:or|ou|oder|o|of)\s+(?:(?:at\s+the\s+)?latest\s+|au\s+plus\s+tard\s+|spätestens\s+"
                        r"|uiterlijk\s+|a\s+m[áa]s\s+tardar\s+|al\s+pi[uù]\s+tardi\s+)?(?:on\s+|le\s+|el\s+|am\s+)?")
_LATEST = re.compile(r"(?i)\s*,?\s*(?:(?:at\s+the\s+)?latest|au\s+plus\s+tard|spätestens|a\s+m[áa]s\s+tardar"
                     r"|al\s+m[áa]s\s+tardar|uiterlijk|al\s+pi[uù]\s+tardi|o\s+mais\s+tardar|com\s+o\s+m[áa]ximo)\b")


def _commits(text: str, first: int, end_mark: int) -> bool:
    """Whether the sentence text[first:end_mark] commits to its date: a future ("will do by
    Friday") or "can do 4410 on the 15th" said as an answer, not asked ("could do the 15th?":
    the sentence's own end mark is read for that)."""
    return bool(_FUTURE.search(text, first, end_mark) or _CAN_DO.search(text, first, end_mark + 1))


# The words of an instalment plan, read back from a date to the start of its sentence or to the
# previous date: "spread over three monthly payments at the end of October", "en trois
# mensualités fin octobre, fin novembre", "in zwei Raten Ende Oktober", "en dos plazos el 30".
_PLAN_TERMS = re.compile(
    r"(?i)\b(?:instal(?:l)?ments?|monthly\s+payments|equal\s+payments|spread|split|stagger\w*|payment\s+plan"
    r"|(?:two|three|four|five|six|\d)\s+(?:payments|parts|tranches)"
    r"|mensualit[ée]s|[ée]ch[ée]ancier|[ée]chelonn\w*|[ée]tal\w+|versements\s+mensuels"
    r"|en\s+(?:deux|trois|quatre|\d)\s+fois"
    r"|raten\w*|ratenzahlung\w*|teilzahlung\w*|monatsraten|zahlungsplan"
    r"|plazos|cuotas|mensualidades|fraccion\w+|plan\s+de\s+pagos?"
    r"|(?:\d+|due|tre|quattro|cinque|sei)\s+rate|rate\s+mensili|rateizz\w+|termijnen|betalingsregeling|afbetalingsregeling|paaiement\w*|afbetaling\w*"
    r"|presta[çc][õo]es|parcelas|parcelad\w+|parcelament\w*|terminis|fraccionar|schijven"
    r"|raty|rat|ratach|ratalny|harmonogram\w*|roz[łl]o[żz]\w+|transz\w*)\b")


def _in_plan_terms(text: str, f: _Found) -> bool:
    """Whether the date is one of an instalment plan's dates: the plan's words stand before it in
    its sentence (at most 120 characters back)."""
    first, _ = sentence_bounds(text, f.start, f.end)
    return bool(_PLAN_TERMS.search(text, max(first, f.start - 120), f.start))


# A vague week narrowed by the day after it: "this week on Thursday", "next week, Tuesday",
# "cette semaine, jeudi", "diese Woche am Donnerstag", "deze week op donderdag".
_REFINED = re.compile(r"(?i)[\s,]*(?:(?:on|le|am|el|il|op|na|no|i\.e\.)\s+)?")


def _proposed_schedule(text: str, f: _Found) -> bool:
    """Whether the date is a line of a schedule laid out under a proposal ("We would propose the
    following:" / "Wij stellen voor:" then one line per instalment): the plan's terms, asked for,
    not a promise (docs/labelling.md). A schedule under a commitment ("we will pay as follows:")
    stays a promise."""
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    if (end if end >= 0 else len(text)) - start > 200:
        return False
    items = 0
    pos = start
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[line_start:pos - 1].strip()
        pos = line_start
        if not line:
            continue
        if line.endswith(":"):
            return bool((_PROPOSAL.search(line) or _PLAN_TERMS.search(line)) and not _FUTURE.search(line))
        if len(line) > 200 or not re.search(r"\d", line) or items >= 8:
            return False
        items += 1
    return False


# A hard-wrapped line ("will be back\non Monday 20 July") read as one: same length, same offsets;
# not a list's next item ("- 500 on Friday\n- the rest ...").
_WRAPPED = re.compile(r"(?<=[^\n.!?:])\n(?=[^\n\s>*•·–—-])")


# A part just paid, with an amount: "Heb net 5000 euro overgemaakt voor 489, de rest ... eind november",
# "I've just transferred £2,000, the balance at the end of the month", "je viens de virer 1 500 €, le
# solde fin avril", "acabo de transferir 2.000 €, el resto a fin de mes" (docs/labelling.md: part now,
# balance later, the first payment's date is the promise: today's).
_JUST_PAID = re.compile(
    r"(?i)\b(?:(?:i|we)(?:['’]ve|\s+have)?\s+just\s+(?:paid|transferred|sent|wired|made|remitted)"
    r"|(?:je\s+viens|nous\s+venons|on\s+vient)\s+de\s+(?:virer|payer|régler|regler|verser|faire|passer|envoyer)"
    r"|(?:habe|haben)\s+(?:\w+\s+){0,3}?(?:gerade|soeben|eben)\s+(?:\w+\s+){0,4}?(?:überwiesen|bezahlt|gezahlt|angewiesen)"
    r"|(?:acabo|acabamos)\s+de\s+(?:transferir|pagar|abonar|ingresar|hacer|enviar)"
    r"|(?:ho|abbiamo)\s+appena\s+(?:fatto|pagato|versato|bonificato|disposto|inviato)"
    r"|(?:acabei|acabamos)\s+de\s+(?:transferir|pagar|fazer|enviar)"
    r"|(?:heb|hebben|ik\s+heb|we\s+hebben|wij\s+hebben)\s+(?:\w+\s+)?(?:net|zojuist|zonet)\s+(?:\w+\s+){0,4}?"
    r"(?:overgemaakt|betaald|gestort|overgeboekt))\b")
# Round 20: the part paid today, said with "today" rather than "just": "we sent $15,000 today by ACH, the
# remaining balance ...", "today we wired 5,000 and the rest ...", "hoy mandé 5,000 ... y lo demás la
# próxima semana", "aujourd'hui nous avons viré 2 000 €, le solde ...": a past verb of sending money
# with today beside it (docs/labelling.md: part now, balance later, today's is the promise). The English
# perfect ("we've transferred 250 today and will send the rest on Tuesday") stays the earlier rounds'
# reading: a payment done, the balance's day promised.
_PAID_TODAY = re.compile(
    r"(?i)\b(?:(?:i|we)\s+(?:paid|sent|wired|transferred|remitted|mailed|released|initiated)"
    r"\s+(?:(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,40}?\s)?today"
    r"|today,?\s+(?:i|we)\s+(?:paid|sent|wired|transferred|remitted|mailed|released|initiated)"
    r"|hoy\s+(?:(?:te|les|le)\s+)?(?:mand[eé]|mandamos|envi[eé]|enviamos|pagu[eé]|pagamos|transfer[ií]|transferimos"
    r"|deposit[eé]|depositamos|abon[eé]|abonamos)"
    r"|(?:mand[eé]|mandamos|envi[eé]|enviamos|pagu[eé]|pagamos|transfer[ií]|transferimos|deposit[eé]|depositamos)"
    r"\s+(?:(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,30}?\s)?hoy"
    r"|aujourd['’\s]?hui,?\s+(?:j['’]ai|nous\s+avons|on\s+a)\s+(?:vir[ée]|pay[ée]|r[ée]gl[ée]|vers[ée]|envoy[ée])"
    r"|(?:j['’]ai|nous\s+avons|on\s+a)\s+(?:vir[ée]|pay[ée]|r[ée]gl[ée]|vers[ée]|envoy[ée])\s+(?:(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,40}?\s)?"
    r"aujourd['’\s]?hui)\b")


def _part_paid_now(text: str, chosen: _Found, sent: date) -> DateMention | None:
    """Today, when the chosen date is the balance's and a part with its amount was just paid before it in
    the same sentence; else None."""
    first, stop = sentence_bounds(text, chosen.start, chosen.end)
    remainder = None
    for remainder in _REMAINDER.finditer(text, first, chosen.start):
        pass
    if remainder is None:
        # the balance named right after its time: "la próxima semana mando lo demás"
        remainder = _REMAINDER.search(text, chosen.end, min(stop, chosen.end + 25))
        if remainder is None:
            return None
    end = min(remainder.start(), chosen.start)
    just = _JUST_PAID.search(text, first, end) or _PAID_TODAY.search(text, first, end)
    if just is None or not re.search(r"\d", text[just.start():end]):
        return None
    return DateMention(sent, just.start(), just.end(), text[just.start():just.end()])


# Round 20: a price held until a date, told in a pricing dispute ("bis 31.12.2026 ist ein Festpreis
# vereinbart", "fixed price valid until 31 December", "prix ferme jusqu'au 31/12"): the contract's term,
# not a payment; only for the lone-date fallback (a payment word beside the date still decides).
_PRICE_HELD = re.compile(
    r"(?i)\b(?:festpreis\w*|preisbindung|preisgarantie|fixed\s+price|price\s+(?:freeze|lock|hold|guarantee)"
    r"|locked[-\s]in\s+price|prix\s+(?:ferme|fixe|bloqu[ée]s?|garanti)|precio\s+(?:fijo|cerrado|congelado))\b")


def find_promised_date(text: str, sent: date, language: str | None) -> DateMention | None:
    """The date the customer promises to pay by, or None; see the module docstring."""
    raw = text  # the lines as written, for _STAMP_LINE
    text = _WRAPPED.sub(" ", text)  # "will be\npaid on 30 October": one sentence
    found = _find(text, sent, language, _Policy(sent, forward=True))
    found = [f for f in found if not _STAMP_LINE.search(raw, max(0, f.start - 80), f.start)]  # "Updated 15/11/2026"
    if not _BALANCE.search(text):
        found = [f for f in found if f.kind != "cejour"]
    dated: list[tuple[_Found, bool]] = []
    vague_paying = False
    notice = bool(_INSOLVENCY_NOTICE.search(text))
    for i, f in enumerate(found[:_MAX_MENTIONS]):
        if f.value is None and not f.vague:
            continue
        if f.value is not None and not sent <= f.value <= sent + timedelta(days=366):
            continue
        if f.kind == "noyear" and f.value is not None and f.value > sent + timedelta(days=_FAR_DAYS):
            continue  # "BL du 19/08" in November: history, not a promise nine months ahead
        prev = found[i - 1] if i else None
        nxt = found[i + 1] if i + 1 < len(found) else None
        first, stop = sentence_bounds(text, f.start, f.end)
        prev = prev if prev and prev.end > first else None
        if prev is not None and prev.value is None and prev.vague and _REFINED.fullmatch(text, prev.end, f.start):
            prev = None  # "this week on Thursday", "next week, Tuesday": the day narrows the week, one time
        nxt = nxt if nxt and nxt.start < stop else None
        if _proposed_schedule(text, f):
            continue
        if _not_promised(text, f, prev, nxt, first, stop):
            continue
        if notice and _CLAIMS_STEP.search(text, first, stop):
            continue  # "déclarer votre créance dans un délai de deux mois": the procedure's deadline
        paying = _near_payment(text, f, prev, nxt, first, stop)
        if f.value is None:
            vague_paying = vague_paying or paying
        else:
            dated.append((f, paying))
    paying_dates = [f for f, near in dated if near]
    # "virement de 1 500 € ce jour, le solde suivra fin avril": today's part is the promise; "ce
    # jour" alone is mostly a remittance's past ("nous avons procédé ce jour au paiement")
    balance = [f for f in paying_dates if _BALANCE.search(text, max(0, f.start - 80), f.start)]
    paying_dates = [f for f in paying_dates if f.kind != "cejour" or any(b.start > f.end for b in balance)]
    dated = [(f, near) for f, near in dated if f.kind != "cejour" or f in paying_dates]
    if len(paying_dates) > 1:
        # "spread over three monthly payments at the end of October, November and December ...
        # in the meantime I'll clear the two smaller ones next Friday": the plan's instalment
        # dates are its terms; the payment committed to beside the plan is the promise
        committed = [f for f in paying_dates if not _in_plan_terms(text, f)]
        if committed and len(committed) < len(paying_dates):
            paying_dates = committed
    if paying_dates:
        chosen = paying_dates[0]
        if len(paying_dates) > 1 and chosen.value == sent and _TODAYS.search(
                text, max(0, chosen.start - 12), chosen.end + 3):
            # "Remittance for today's payment ... the balance will be paid by 15/12": today's
            # money is the advice; the promise is the later date
            chosen = paying_dates[1]
    elif (not vague_paying and len({f.value for f, _ in dated}) == 1
          and not (notice and not _MONEY_TALK.search(text, *sentence_bounds(text, dated[0][0].start, dated[0][0].end)))
          and not _PRICE_HELD.search(text, *sentence_bounds(text, dated[0][0].start, dated[0][0].end))
          and (_MONEY_TALK.search(text)
               or _commits(text, *sentence_bounds(text, dated[0][0].start, dated[0][0].end))
               or _BARE_YES.fullmatch(text, 0, dated[0][0].start)
               or (not text[:dated[0][0].start].strip() and _VOW.fullmatch(text, dated[0][0].end)))):
        # one date, in a message about money or in a commitment ("will do by Friday"), and no
        # payment tied to a vaguer time
        chosen = dated[0][0]
    else:
        # "hoy mandé 5,000 y la próxima semana mando lo demás": the balance's time is vague, today's
        # part is the promise
        for f in found[:_MAX_MENTIONS]:
            if f.value is None and f.vague:
                just_paid = _part_paid_now(text, f, sent)
                if just_paid is not None:
                    return just_paid
        return None
    later = next((f for f, _ in dated if f.start > chosen.end), None)
    if (later is not None and later.value is not None and chosen.value is not None and later.value > chosen.value
            and _OR_LATEST.fullmatch(text, chosen.end, later.start)
            and (_LATEST.match(text, later.end) or re.search(r"(?i)latest|plus\s+tard|spätestens|tardar|uiterlijk|tardi",
                                                              text[chosen.end:later.start]))):
        chosen = later  # "this Friday or Monday at the latest"
    just_paid = _part_paid_now(text, chosen, sent)
    if just_paid is not None:
        return just_paid
    correction = _CORRECTION.search(text, chosen.end, chosen.end + 40)
    if correction:
        later = [f for f, _ in dated if correction.end() <= f.start <= correction.end() + 80
                 and f.value != chosen.value]
        chosen = later[-1] if later else chosen
    assert chosen.value is not None
    return DateMention(chosen.value, chosen.start, chosen.end, text[chosen.start:chosen.end])


_BACK_BEFORE = re.compile(
    r"(?i)\b(?:back|return|returns|returning|be\s+back|in\s+the\s+office|available|de\s+retour|retour|reviens"
    r"|reviendrai|rentre|rentrons|serai\s+(?:au\s+bureau|disponible|joignable)|réouverture|rouvr\w*|reopen\w*|re-open\w*|disponible|zurück|wieder\s+(?:da|im\s+büro"
    r"|erreichbar|verfügbar|zurück)|regres\w*|volver\w*|vuelvo|vuelve|volvemos|de\s+vuelta|reincorpor\w*|reabr\w*|wieder\s+ge[öo]ffnet"
    r"|rientr\w*|ritorn\w*|di\s+nuovo\s+in\s+ufficio|terug|weer\s+(?:op\s+kantoor|aanwezig|bereikbaar|beschikbaar)"
    r"|volto|voltarei|voltamos|de\s+volta|regresso|retorno|tornar\w*|torno|retorn\w*|reobr\w*|riapr\w*|heropen\w*)\b[^.\n]{0,30}$")
# "Not before the 20th" / "pas avant le 20": the first day back only when nothing says "back" or "until"
# ("away until 20 November; invoices won't be approved before the 27th" is back on the 23rd).
_NOT_BEFORE = re.compile(
    r"(?i)\b(?:pas\s+(?:[\w-]+\s+){0,4}avant|(?:not|\w+n['’]t)\s+(?:[\w-]+\s+){0,4}before|nicht\s+vor"
    r"|no\s+(?:[\w-]+\s+){0,4}antes\s+del?)\b[^.\n]{0,30}$")
# ("vanaf 2 April en terug op 14 April": the back word owns the date after it)
_BACK_AFTER = re.compile(r"(?i)^[^.\n\d]{0,25}\b(?:wieder|zurück|de\s+retour|back|de\s+vuelta|terug|di\s+ritorno|de\s+volta)\b"
                         rf"(?![^.\n\d]{{0,12}}(?:\d|{_WD}))")
# the back word's own date, read past the clause's cut: "from Wednesday 8th April and will be back in the
# office on Tuesday 14th April" is back on the 14th
_DATE_NEXT = re.compile(rf"(?i)[^.\n\d]{{0,30}}(?:\d|\b(?:{_WD}))")
_UNTIL_BEFORE = re.compile(
    rf"(?i)\b(?:until|till|through|up\s+to\s+and\s+including|to|jusqu'au|jusqu'à|jusqu’au|au|bis"
    rf"(?:\s+einschließlich|\s+einschliesslich|\s+zum|\s+und\s+mit)?|hasta(?:\s+el)?|al"
    rf"|tot(?:\s+en\s+met)?|t/m|fino\s+a(?:l|d)?|fino\s+al|sino\s+al|at[ée](?:\s+(?:ao|à|a))?|fins\s+(?:al|a|el)|tot\s+en\s+met"
    # "ausente de 1 a 10 de maio", "du 2 au 6", "dal 3 al 7": a range's last day away
    rf"|(?:de|du|from|dal|del|van|von|vom|desde)\s+[0-3]?\d(?:\.|º|°|er|st|nd|rd|th)?\s+(?:a|al|à|au|to|tot|bis|t/m))"
    rf"\s+(?:et\s+y\s+compris\s+)?(?:(?:le|the|dem|el|den)\s+)?(?:(?:{_WD_ANY})\.?,?\s+(?:(?:le|the|den|el)\s+)?)?$")




# English "out until Monday 9 November" is back that Monday (not said inclusive, nor a holiday)
_UNTIL_MONDAY = re.compile(r"(?i)\b(?:until|till|til)\s+(?:the\s+)?(?:monday|mon\.?)?,?\s*$")
_INCLUSIVE = re.compile(r"(?i)[^.\n]{0,12}\b(?:inclusive|inclusively|included|incl|holiday|day\))")


def find_return_date(text: str, sent: date, language: str | None) -> date | None:
    """First day back in an out-of-office reply, or None; see the module docstring."""
    text = _WRAPPED.sub(" ", text)
    back: list[date] = []
    until: list[date] = []
    not_before: list[date] = []
    for f in _find(text, sent, language, _Policy(sent, forward=False)):
        if f.value is None:
            continue
        left, right = _clause(text, f.start, f.end, before=70, after=40)
        if _UNTIL_BEFORE.search(left):
            monday = (f.value.weekday() == 0 and _UNTIL_MONDAY.search(left)
                      and not _INCLUSIVE.match(text, f.end))
            until.append(f.value if monday else _next_business_day(f.value))
        elif _BACK_BEFORE.search(left) or ((back_after := _BACK_AFTER.search(right))
                                           and not _DATE_NEXT.match(text, f.end + back_after.end())):
            back.append(f.value)
        elif _NOT_BEFORE.search(left):
            not_before.append(f.value)
    if back:
        return back[0]
    if until:
        return until[0]
    return not_before[0] if not_before else None
