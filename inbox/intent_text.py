"""Text preparation for the intent rules: normalisation, language guess, footer removal, subject cleaning.

Pure string functions; no spaCy here.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache


def fold(text: str) -> str:
    """Lowercase and strip accents: customers often type "regle" for "réglé".

    The Polish "ł" has no decomposition and is kept here (the intent model reads this text as it
    was trained); the rule engine also reads it as "l" (intent_engine.rule_fold)."""
    # called per token and per phrase, mostly on the same words: short strings are cached
    return _fold_word(text) if len(text) <= 40 else _fold(text)


@lru_cache(maxsize=65_536)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = text.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
# French elisions become whole words so every tokenizer splits them the same way:
# "n'avons" -> "ne avons", "l'entreprise" -> "le entreprise".
_ELISION = re.compile(r"\b(qu|[cdjlmnst])'(?=[^\W\d_])", re.IGNORECASE)
_ELIDED = {"qu": "que", "c": "ce", "d": "de", "j": "je", "l": "le", "m": "me", "n": "ne", "s": "se", "t": "te"}
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# Whole whitespace-delimited tokens holding a letter-hyphen-letter; anchored at token starts so
# a long unbroken line costs linear, not quadratic, time.
_HYPHENATED = re.compile(r"(?<!\S)(?=\S*?[^\W\d_]-[^\W\d_])\S+")
_ADDRESS_LIKE = re.compile(r"[@/]|www\.")


def _unhyphenate(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if _ADDRESS_LIKE.search(word) else _LETTER_HYPHEN.sub(" ", word)
_EMAIL_WORD = re.compile(r"\be-mail", re.IGNORECASE)
_LINE_END_PUNCT = re.compile(r"[.!?:;,]\s*$")


# Texting shorthand in English ("can u send inv again pls", "cant find it"): spelt out so that the
# phrase families read it. "u" only after the verbs that take it as a subject ("can u", "thank u"):
# Spanish "u" ("siete u ocho") is left alone.
_TEXTED = {"pls": "please", "plz": "please", "plse": "please", "ur": "your", "inv": "invoice", "invs": "invoices",
           "cant": "cannot", "dont": "do not", "wont": "will not", "didnt": "did not", "havent": "have not",
           "isnt": "is not", "doesnt": "does not", "couldnt": "could not", "wasnt": "was not", "arent": "are not"}
_TEXTING = re.compile(r"\b(?:pls|plz|plse|ur|inv|invs|cant|dont|wont|didnt|havent|isnt|doesnt|couldnt|wasnt|arent)\b(?![-/.\s]?\d)"
                      r"|\b(can|could|would|will|do|did|have|thank|are|r|if|when)\s+u\b(?!['’])", re.IGNORECASE)


_RIBA = re.compile(r"(?i)\bri\.\s?ba\b\.?")


def normalise_text(text: str) -> str:
    """Put text into the shape the patterns expect: straight quotes, split elisions, unwrapped lines.

    A line break inside a hard-wrapped sentence becomes a space; any other line break
    stays a newline, which the matcher treats as a sentence end (greetings, list items
    and signature lines usually have no full stop).
    """
    text = text.translate(_QUOTES)
    text = _EMAIL_WORD.sub("email", text)
    text = _RIBA.sub("RiBa", text)  # the Italian "Ri.Ba." (ricevuta bancaria) is one word, not two sentences
    if _TEXTING.search(text):
        text = _TEXTING.sub(lambda m: _TEXTED[m.group(0).lower()] if m.group(0).lower() in _TEXTED
                            else m.group(1) + " you", text)
    text = _ELISION.sub(lambda m: _ELIDED[m.group(1).lower()] + " ", text)
    # Hyphens between letters become spaces ("follow-up"), except inside addresses and links.
    if "-" in text:
        text = _HYPHENATED.sub(_unhyphenate, text)
    out: list[str] = []
    previous = ""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            if out and out[-1] != "\n":
                out.append("\n")
            previous = ""
            continue
        if previous and _joins(previous, line):
            out.append(" ")
        elif out and out[-1] != "\n":
            out.append("\n")
        out.append(line)
        previous = line
    return "".join(out)


def _joins(previous: str, line: str) -> bool:
    """Whether `line` continues the sentence of `previous` (hard wrapping)."""
    if _LINE_END_PUNCT.search(previous):
        return False
    if line[0].islower():
        return True
    return len(previous) >= 55


_STOPWORDS = {
    "en": frozenset(
        "the and is are we you your our this that have has will please for with not of to on it invoice "
        "payment thanks regards".split()
    ),
    "fr": frozenset(
        "le la les des est nous vous votre notre pour avec pas une que qui sur au aux du facture merci "
        "cordialement bonjour ce cette".split()
    ),
    "de": frozenset(
        "der die das und ist wir sie ihre unsere nicht mit für fur ein eine den dem zu auf rechnung bitte "
        "grüße grusse gruessen vielen dank".split()
    ),
    "es": frozenset(
        "el la los las es somos nosotros usted su nuestra nuestro para con una que por del al factura "
        "gracias saludos hola muy esta este".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    """The most likely of en/fr/de/es by stopword counts; "en" when nothing stands out."""
    seen = Counter(_WORD.findall(text[:4000].lower()))
    counts = {language: sum(seen[word] for word in words if word in seen) for language, words in _STOPWORDS.items()}
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] > counts["en"] else "en"


# Paragraphs that are boilerplate rather than the customer's words: newsletter footers and
# legal disclaimers. Their "unsubscribe" or "if you are not the intended recipient" must not
# read as cease_contact or contact_update. (Insolvency rules still see them: an administrator's
# disclaimer "acting as agents without personal liability" is the notice.)
_FOOTER = re.compile(
    r"(unsubscribe|opt[ -]out|manage (your )?(email )?preferences|newsletter|mailing list|marketing (emails|communications)"
    r"|view (it|this email) in your browser|se d[ée]sabonner|d[ée]sinscri|d[ée]sabonne|abmelden|abbestellen"
    r"|darse de baja|darte de baja|cancelar (la )?suscripci)",
    re.IGNORECASE,
)
_FOOTER_CONTEXT = re.compile(
    r"(click|cliquez|klicken|haga clic|pulse|here|ici|hier|aqu[ií]|link|lien|enlace|newsletter|bulletin|"
    r"preferences|pr[ée]f[ée]rences|einstellungen|preferencias|this email was sent|cet e-?mail|diese e-?mail|este correo|"
    r"you are receiving|vous recevez|sie erhalten|recibe este|©|\(c\)|all rights reserved|tous droits|alle rechte|"
    # A mass mailing's instruction: "To unsubscribe reply REMOVE", "Pour vous désinscrire, répondez STOP".
    r"\b(?:reply|text|send|r[ée]pond\w*|envoyez|antworten|senden|responda|responde|env[ií]e)\b[^.\n]{0,30}"
    r"(?-i:\b(?:STOP|REMOVE|UNSUBSCRIBE|DESINSCRIPTION|DÉSINSCRIPTION|BAJA)\b))",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"(intended recipient|destinataire pr[ée]vu|destinataire de ce message|confidential|confidentiel|vertraulich|"
    r"bestimmungsgem[äa]ß|irrt[üu]mlich erhalten|confidencial|privileged|think before you print|"
    # Italian/Spanish "... al destinatario"; not the e-invoicing "codice destinatario (SDI): M5UXCR1"
    r"(?<!codice\s)(?<!univoco\s)(?<!cod\.\s)destinatario(?!\s*\(?sdi\b)|"
    r"pensez [àa] l.environnement|please consider the environment|registered (office|in england)|"
    r"si[èe]ge social|sitz der gesellschaft|handelsregister|registro mercantil)",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=16)  # classify and the intent model strip the same text
def strip_boilerplate(text: str) -> str:
    """Drop newsletter footers and disclaimer paragraphs; keep everything the customer wrote."""
    kept = []
    for paragraph in _PARAGRAPH.split(text):
        if _FOOTER.search(paragraph) and _FOOTER_CONTEXT.search(paragraph):
            continue
        if _DISCLAIMER.search(paragraph) and len(paragraph) > 120:
            continue
        kept.append(paragraph)
    return "\n\n".join(kept)


def sentence_bounds(text: str, start: int, end: int, before: int = 250, after: int = 150) -> tuple[int, int]:
    """Bounds of the sentence around text[start:end]: (first char, index of its end mark)."""
    lo = max(0, start - before)
    left = text[lo:start]
    cut = max(left.rfind("\n"), left.rfind(". "), left.rfind("! "), left.rfind("? "))
    first = lo + cut + 1 if cut >= 0 else lo
    right = text[end:end + after]
    cuts = [i for i in (right.find("\n"), right.find(". "), right.find("! "), right.find("? ")) if i >= 0]
    return first, end + (min(cuts) if cuts else len(right))


_REPLY_PREFIX = re.compile(r"^\s*((re|aw|wg|tr|fw|fwd|rv|sv|vs|antw|ref|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# Words our own reminders put in the subject; a reply keeps them, so they say nothing about
# the customer's intent.
_REMINDER_WORDS = re.compile(
    r"\b(payment reminder|friendly reminder|final reminder|reminder|past due|overdue|over due|final notice|"
    r"dunning|outstanding|relance|rappel|impay[ée]e?s?|[ée]chue?s?|en retard|mahnung|zahlungserinnerung|"
    r"erinnerung|überfällig|ueberfaellig|offene posten|recordatorio|aviso de vencimiento|vencidas?|pendientes?|"
    r"reclamaci[oó]n(?:es)? de pagos?|requerimiento de pago|"
    r"sollecito(?: di pagamento)?|fatture scadute|scadut[ae]|betalingsherinnering|herinnering|vervallen facturen|"
    r"lembrete(?: de pagamento)?|em atraso|faturas vencidas|recordatori(?: de pagament)?|factures pendents)\b",
    re.IGNORECASE,
)


def clean_subject(subject: str) -> tuple[str, bool]:
    """The subject without reply prefixes and reminder words, and whether it was a reply."""
    match = _REPLY_PREFIX.match(subject)
    is_reply = bool(match)
    if match:
        subject = subject[match.end():]
    return _REMINDER_WORDS.sub(" ", subject).strip(), is_reply


# Stems that can start an insolvency phrase: only when cut boilerplate holds one is the full
# text matched again (an administrator's disclaimer is itself the notice).
_INSOLVENCY_STEMS = re.compile(
    r"administrat|liquidat|insolv|receiver|bankrupt|chapter|concurs|redressement|sauvegarde|mandataire|"
    r"faillite|konkurs|personal liability|creditor|cr[ée]ancier|gl[äa]ubiger|acreedor|"
    # Italian, Dutch/Afrikaans, Portuguese and Catalan procedures and office holders
    r"fallim|fallit|fallida|liquida[zcç]|concordat|moratori|curat|commissario|faill|surseance|vereffen|"
    r"bewindvoerder|schuldeiser|skuldeiser|likwid|sekwest|besigheidsred|bankrot|business rescue|"
    r"fal[êe]ncia|falid|revitaliza|recupera[çc][ãa]o (?:judicial|extrajudicial)|credores|"
    # German and Swiss moratoria and office holders; Polish procedures and office holders
    r"nachlass|sanierung|sachwalter|upad[łl]o|syndyk|sanac|restruktur|nadzorc|zarz[ąa]dc|wierzyciel"
    # misspelt procedure words (intent_legal "misspelt": "adminstration", "reciever", "bankrupcy")
    r"|adminstrat|administart|adminsitrat|reciev|receivor|bankrupc|bankrups|insolvan|liqud|liqad|redresement"
    # Czech procedures and office holders (round 20)
    r"|insolven|likvid|oddlu[žz]|[úu]padk|[úu]padek|reorganizac|spr[áa]vc",
    re.IGNORECASE,
)


def may_hold_insolvency(text: str) -> bool:
    """Whether text mentions anything an insolvency rule could match (a cheap pre-check)."""
    return bool(_INSOLVENCY_STEMS.search(text))

