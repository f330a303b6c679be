"""Separate what the customer wrote now from quoted history, forwarded mail and signature.

Pure: text (and optionally the HTML part) in, Reply out. A promise to pay or a dispute must
be read from the customer's own words only: our reminder quoted below them repeats invoice
numbers and amounts that the customer did not write.

Attribution and header-block patterns for 13 languages come from mail-parser-reply
(mailparser_reply); this module adds Portuguese and more separators, handles ">"-quoted
interleaved and bottom-posted replies, cuts HTML at the quote containers mail clients
emit, and finds signatures and legal disclaimers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree
import lxml.html
from mailparser_reply.parser import EmailMessage

from inbox.html_text import html_to_text


@dataclass(frozen=True, slots=True)
class Reply:
    own_text: str  # the customer's new words, without quotes, forwarded mail or signature
    quoted_text: str  # everything quoted or forwarded, attribution lines included
    signature: str | None  # sign-off, contact block, "Sent from my iPhone", disclaimer


_LIBRARY_LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pl", "sv", "da", "cs"]
_MAX_CHARS = 100_000  # longer bodies are cut before analysis: the new words come first

_VERBS = (
    r"wrote|writes|a écrit|a ecrit|schrieb|escribió|escribio|ha scritto|schreef|escreveu|"
    r"skrev|napisał\(a\)|napisał|napisal|kirjoitti|написал\(а\)|написала|написал|написав|пише|yazdı|έγραψε|"
    r"kirjutas|írta|scrie|napsal|geschreven|wrote the following"
)
_OPENERS = r"on|le|am|el|il|op|em|w dniu|dnia|den|dne|pada|στις|в|\d"
_ATTRIBUTION = re.compile(rf"(?is)^.{{0,300}}\b({_VERBS})(\s.{{0,200}})?\s*:\s*$|^.{{0,300}}\b({_VERBS})\s*$")
# Gmail and Android drop the verb: '30.09.2017, 18.30, "John Doe" <john@x.example>:'
_ATTRIBUTION_NO_VERB = re.compile(r"(?is)^.{0,200}\d.{0,200}<\s*[^<>\s]+@[^<>\s]+>\s*:\s*$")
_OPENER = re.compile(rf"(?i)^\s*({_OPENERS})\b")
_DATE_OR_ADDRESS = re.compile(r"[@<]|\d")
_VERB_AT_END = re.compile(rf"(?i)\b({_VERBS})$")
_RULE_LINE = re.compile(r"^\s*[-=_*~—]{3,}\s*$")
_HEADER_FROM = re.compile(
    r"(?i)^\s*[*>]*\s*(from|de|von|van|da|od|från|fra|lähettäjä|от|kimden|feladó|発信者|差出人|发件人)\s*:\s*\**\s*\S"
)
_HEADER_OTHER = re.compile(
    r"(?i)^\s*[*>]*\s*(sent|date|envoyé|envoye|gesendet|datum|enviado|fecha|inviato|data|verzonden|wysłano|"
    r"skickat|sendt|lähetetty|отправлено|дата|to|à|a|an|para|aan|do|till|til|kenelle|кому|subject|objet|"
    r"betreff|asunto|oggetto|onderwerp|assunto|temat|ämne|emne|aihe|тема|cc|送信日時|件名|宛先)\s*:"
)
_ONE_LINE_HEADER = re.compile(r"(?i)\b(from|de|von)\s*:.{1,200}\b(sent|envoyé|gesendet|enviado|date|datum)\s*:")
_SEPARATOR = re.compile(
    r"(?i)^\s*[>*\s]*(-{2,}|_{2,}|={2,}|\*{2,})?\s*("
    r"original message|message d'origine|ursprüngliche nachricht|ursprungliche nachricht|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|oorspronkelijk e-mailbericht|mensagem original|originalmeddelande|"
    r"oprindelig meddelelse|oprindelig besked|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|původní zpráva|"
    r"исходное сообщение|forwarded message|message transféré|message transfere|weitergeleitete nachricht|"
    r"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada|mensagem reencaminhada|"
    r"videresendt meddelelse|vidarebefordrat meddelande|przekazana wiadomość|пересылаемое сообщение|"
    r"begin forwarded message|début du message réexpédié|debut du message reexpedie|"
    r"anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|inizio messaggio inoltrato|"
    r"begin doorgestuurd bericht|início da mensagem reencaminhada|reply message|forwarded by"
    r")\s*:?\s*(-{2,}|_{2,}|={2,}|\*{2,})?\s*$"
)
_FORWARD_LINE = re.compile(r"(?i)^\s*-{3,}.*\b(forwarded|transféré|weitergeleitet|reenviado|inoltrato|doorgestuurd|encaminhad)")
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")

_SENT_FROM = re.compile(
    r"(?i)^\s*(sent from \S.{0,60}$|sent with|get outlook for|"
    r"envoyé (de|depuis|à partir de) (mon|outlook)|envoyé à partir de|obtenir outlook pour|"
    r"von meinem .{1,30} gesendet|gesendet von|gesendet mit|"
    r"enviado desde (mi|outlook)|obtener outlook para|inviato da|verzonden (vanaf|met) |"
    r"enviado do meu|enviado a partir do|obter o outlook para|wysłane z)"
)
_VALEDICTION = re.compile(
    r"(?i)^\s*(best( regards| wishes)?|kind(est)? regards|warm regards|regards|many thanks|thanks( again)?|"
    r"thank you|cheers|sincerely|yours (truly|sincerely|faithfully)|respectfully|all the best|"
    r"(bien |très )?cordialement|bien à vous|salutations( distinguées)?|meilleures salutations|"
    r"bonne (journée|réception)|merci( beaucoup| d'avance)?|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|"
    r"(beste|viele|liebe|herzliche) grüße|(beste|viele|liebe|herzliche) grüsse|mfg|gruß|gruss|"
    r"(un )?saludos?( cordiales)?|atentamente|cordialmente|muchas gracias|"
    r"cordiali saluti|distinti saluti|saluti|grazie( mille)?|"
    r"met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|groeten|"
    r"atenciosamente|cumprimentos|abraços|obrigad[oa])"
    r"\s*[,.!]*\s*$"
)
_DISCLAIMER = re.compile(
    r"(?i)^\s*[*_]*\s*("
    r"this (e-?mail|message|communication)( and any (attachments?|files?)[^.]{0,40})? (is|are|may be|contains?)"
    r"[^.]{0,40}(confidential|privileged|intended)|"
    r"the information (contained )?in this (e-?mail|message|communication)|confidentiality notice|"
    r"disclaimer\s*:|caution\s*:|important notice\s*:|privileged (and|&) confidential|"
    r"ce (message|courriel|mail|e-mail)( et (toutes )?les pièces jointes)?[^.]{0,60}(confidentiel|destiné|strictement)|"
    r"ce (message|courriel) et toutes les pièces jointes|avertissement\s*:|"
    r"diese (e-?mail|nachricht) (enthält|kann) vertrauliche|diese e-?mail (ist|enthält)|hinweis\s*:|"
    r"este (mensaje|correo)( electrónico)? (y sus anexos )?(es|contiene|puede contener)|aviso (legal|de confidencialidad)|"
    r"questo messaggio( e (gli eventuali|i relativi) allegati)?|"
    r"dit (bericht|e-?mailbericht) (is|kan) (uitsluitend|vertrouwelijk)|"
    r"esta mensagem( e (os|seus) anexos)? (é|pode conter|contém)|"
    r"nota di riservatezza|le informazioni contenute in questa (comunicazione|e-?mail|mail)"
    r")"
)
_SIG_DELIMITER = re.compile(r"^(-- ?|--|__)\s*$")

# HTML containers that mail clients wrap quoted history in.
_QUOTE_XPATH = (
    "//*[@id='divRplyFwdMsg'] | //*[@id='appendonsend'] | //hr[@id='stopSpelling'] "
    "| //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')] "
    "| //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote_container ')] "
    "| //blockquote[@type='cite'] | //*[contains(@class, 'moz-cite-prefix')] "
    "| //*[contains(@class, 'yahoo_quoted')] | //*[starts-with(@id, 'yahoo_quoted')] "
    "| //*[@id='OLK_SRC_BODY_SECTION'] | //*[contains(@class, 'OutlookMessageHeader')] "
    "| //*[@id='mail-editor-reference-message-container'] | //*[@data-marker='__QUOTED_TEXT__'] "
    "| //div[contains(translate(@style, ' ', ''), 'border-top:solid#E1E1E1')] "
    "| //div[contains(translate(@style, ' ', ''), 'border-top:solid#B5C4DF')] "
    "| //div[contains(translate(@style, ' ', ''), 'border-top:solid#b5c4df')] "
    "| //blockquote"
)
_CUT = "\u2063ARBOXQUOTECUT\u2063"


def split_reply(text: str, html: str | None = None) -> Reply:
    """Split a message body into the sender's own words, quoted history and signature."""
    text = (text or "")[:_MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    html_quoted = ""
    if html:
        cut = _cut_html(html[:_MAX_CHARS * 5])
        if cut is not None:
            own_html, html_quoted = cut
            text = own_html
        elif not text.strip():
            text = html_to_text(html[:_MAX_CHARS * 5])
    own_lines, quoted_lines = _split_lines(text.split("\n"))
    own, signature, pasted = _split_signature(own_lines)
    quoted = "\n".join(([pasted] if pasted else []) + quoted_lines).strip("\n")
    if html_quoted:
        quoted = (quoted + "\n" + html_quoted).strip("\n") if quoted else html_quoted
    return Reply(own_text=_tidy(own), quoted_text=quoted, signature=signature)


# --- plain text ----------------------------------------------------------------------------


def _split_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """Own lines and quoted lines, in order.

    Scanning top-down: a separator or header block starts the history and everything below
    it is quoted; an attribution followed by ">" lines is an interleaved or bottom-posted
    reply, so unquoted lines after it remain the sender's own.
    """
    library_starts = _library_markers("\n".join(lines))
    own: list[str] = []
    quoted: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_quoted(line):
            quoted.append(line)
            i += 1
            continue
        span = _attribution_span(lines, i)
        if not span and _ATTRIBUTION.match(line.strip()) and len(line.strip()) < 120:
            # "Marc Slemko wrote:" with no date or address: trust it only above a quote
            nxt = _next_nonblank(lines, i + 1)
            span = 1 if nxt is not None and _is_quoted(lines[nxt]) else 0
        if span:
            nxt = _next_nonblank(lines, i + span)
            if nxt is not None and _is_quoted(lines[nxt]):
                quoted.extend(lines[i:i + span])
                i += span
                continue
            if own and not any(line.strip() for line in own) and nxt is not None and _only_quotes_follow(lines, i + span):
                quoted.extend(lines[i:i + span])
                i += span
                continue
            quoted.extend(lines[i:])
            break
        if _starts_history(lines, i) or i in library_starts:
            start = _include_lead_in(lines, i, len(own))
            moved = len(own) - (i - start)
            quoted.extend(own[moved:])
            del own[moved:]
            quoted.extend(lines[i:])
            break
        own.append(line)
        i += 1
    return own, quoted


def _include_lead_in(lines: list[str], i: int, own_count: int) -> int:
    """Move the start of history up over a rule line or "Message du :" line just above it."""
    start = i
    j = i - 1
    seen = 0
    while j >= 0 and i - j <= own_count and seen < 3:
        line = lines[j]
        if not line.strip():
            j -= 1
            continue
        if _RULE_LINE.match(line) or _HEADER_OTHER.match(line) or re.match(r"(?i)^\s*message du\s*:", line):
            start = j
            seen += 1
            j -= 1
            continue
        break
    return start


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for j in range(start, min(len(lines), start + 4)):
        if lines[j].strip():
            return j
    return None


def _only_quotes_follow(lines: list[str], start: int) -> bool:
    return all(not line.strip() or _is_quoted(line) for line in lines[start:])


def _attribution_span(lines: list[str], i: int) -> int:
    """Number of lines (1-3) of an "On <date>, <name> wrote:" line starting at i, or 0."""
    first = lines[i].strip()
    if not first or len(first) > 300:
        return 0
    for span in (1, 2, 3, 4):
        if i + span > len(lines) or (span > 1 and not lines[i + span - 1].strip()):
            break
        if span > 1 and not (_OPENER.match(first) or _DATE_OR_ADDRESS.search(first)):
            break  # a wrapped attribution opens with "On"/"Le"/..., a date or the address
        if span > 1 and (len(lines[i + span - 2].strip()) > 160 or (first.endswith((".", "!", "?")) and not re.search(r"[@<]", first))):
            break
        joined = " ".join(line.strip() for line in lines[i:i + span]).strip("-— ")
        if _is_attribution(joined, _OPENER.match(first) is not None):
            if span > 1 and not _OPENER.match(first) and any(_is_attribution(lines[j].strip().strip("-— "), False) for j in range(i + 1, i + span)):
                return 0  # the attribution starts on a later line: this one is the sender's
            return span
    return 0


def _is_attribution(joined: str, opener: bool) -> bool:
    tail = joined.rstrip()
    # Cheap gate before the backtracking patterns: an attribution ends with ":" or its verb.
    if not tail.endswith(":") and not _VERB_AT_END.search(tail[-60:]):
        return False
    if _ATTRIBUTION.match(joined) and (opener or re.search(r"[@<\d]", joined)):
        return True
    return bool(_ATTRIBUTION_NO_VERB.match(joined))


def _starts_history(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _SEPARATOR.match(line) or _FORWARD_LINE.match(line):
        return True
    if _UNDERSCORES.match(line):
        nxt = _next_nonblank(lines, i + 1)
        return nxt is not None and bool(_HEADER_FROM.match(lines[nxt]) or _HEADER_OTHER.match(lines[nxt]))
    if _ONE_LINE_HEADER.search(line):
        return True
    if _HEADER_FROM.match(line):
        window = _header_window(lines[i + 1:])
        return any(_HEADER_OTHER.match(l) for l in window) and _mail_header(line, window)
    return False


# A mail's header block names an address or a subject (or Outlook's "Sent:"); a payment advice's
# letterhead "From: Northgate Ltd, Unit 7 ... / To: ... / Date: ... / Method: ..." does neither.
_SUBJECT_OR_SENT = re.compile(
    r"(?i)^\s*[*>]*\s*(subject|objet|betreff|asunto|oggetto|onderwerp|assunto|temat|ämne|emne|aihe|тема|件名|"
    r"sent|envoyé|envoye|gesendet|enviado|inviato|verzonden|wysłano|skickat|sendt|lähetetty|отправлено|送信日時)\s*:")


_ADDRESS_MARK = re.compile(r"[@<]")


def _header_window(following: list[str]) -> list[str]:
    """The first five non-blank lines among the six after a From: line: its header block."""
    return [l for l in following[:6] if l.strip()][:5]


def _mail_header(from_line: str, window: list[str]) -> bool:
    return bool(_ADDRESS_MARK.search(from_line)) or any(_SUBJECT_OR_SENT.match(l) for l in window)


@lru_cache(maxsize=1)
def _library_regex() -> re.Pattern[str]:
    return EmailMessage(text="", languages=list(_LIBRARY_LANGUAGES)).HEADER_REGEX


# Every alternative of the library's header regex (mail-parser-reply 1.x) starts at a line start
# ("^"), at a newline or at a "-" ("-----Oprindelig meddelelse-----"); it has no look-behind.
# So trying `match` at those positions only finds the same matches as `finditer`, which tries
# every character (0.7 ms a message). Another version of the library falls back to finditer.
_LIBRARY_REGEX_SHA256 = "b96cceca926ae2111783f0738e754d83eb5cfab9bf24a004ce2c185f75d055a6"
_CANDIDATE = re.compile(r"\n|-")


@lru_cache(maxsize=1)
def _library_regex_known() -> bool:
    import hashlib

    pattern = _library_regex()
    digest = hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()
    return digest == _LIBRARY_REGEX_SHA256


def _library_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_library_regex().finditer(text)` yields, trying only where a match can start."""
    regex = _library_regex()
    if not _library_regex_known():
        yield from regex.finditer(text)
        return
    pos = 0
    candidates = [0]
    for found in _CANDIDATE.finditer(text):
        at = found.start()
        candidates.append(at)
        if found.group() == "\n":
            candidates.append(at + 1)
    for at in candidates:
        if at < pos:
            continue
        match = regex.match(text, at)
        if match is not None:
            yield match
            pos = match.end() if match.end() > at else at + 1


def _library_markers(text: str) -> set[int]:
    """Line numbers where mail-parser-reply sees a reply header block."""
    starts: set[int] = set()
    if len(text) > 50_000:  # its patterns backtrack on long texts; ours suffice there
        return starts
    for match in _library_matches(text):
        block = match.group(0)
        stripped = block.lstrip("\n")
        offset = match.start() + (len(block) - len(stripped))
        line_no = text.count("\n", 0, offset)
        first_line = stripped.split("\n", 1)[0]
        # Only header blocks that open with a From-like line: two "To:"/"Cc:" lines inside a
        # customer's own text (a remittance listing) must not end the reply.
        if _SEPARATOR.match(first_line):
            starts.add(line_no)
        elif _HEADER_FROM.match(first_line):
            if _mail_header(first_line, _header_window(stripped.split("\n")[1:])):
                starts.add(line_no)
    return starts


# --- signature -----------------------------------------------------------------------------


def _split_signature(lines: list[str]) -> tuple[str, str | None, str]:
    """(own text, signature, trailing text that is history pasted below a "Sent from" line)."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    start = _signature_start(lines)
    if start is None:
        return "\n".join(lines), None, ""
    rest = ""
    end = len(lines)
    if _SENT_FROM.match(lines[start]):
        # Mobile clients put "Sent from my iPhone" right under the new text and paste the
        # earlier message below it without any marker (willdurand email_15).
        after = [line for line in lines[start + 1:] if line.strip()]
        if after and not any(_SIG_DELIMITER.match(line) or _DISCLAIMER.match(line) for line in after[:1]):
            if sum(len(line) for line in after) > 200:
                end = start + 1
                rest = "\n".join(lines[end:]).strip("\n")
    signature = "\n".join(lines[start:end]).strip("\n")
    while start > 0 and (not lines[start - 1].strip() or _RULE_LINE.match(lines[start - 1])):
        start -= 1  # the rule line drawn above a disclaimer belongs to it
    return "\n".join(lines[:start]), signature or None, rest


def _signature_start(lines: list[str]) -> int | None:
    n = len(lines)
    candidates: list[int] = []
    for i, line in enumerate(lines):
        if i == 0 and n > 1 and not _SENT_FROM.match(line) and not _DISCLAIMER.match(line):
            continue  # the first line is the message, never only a signature
        if _SIG_DELIMITER.match(line) or _SENT_FROM.match(line) or _DISCLAIMER.match(line):
            candidates.append(i)
            break
        if _VALEDICTION.match(line) and _looks_like_sign_off_block(lines[i + 1:]):
            candidates.append(i)
            break
    return candidates[0] if candidates else None


def _looks_like_sign_off_block(rest: list[str]) -> bool:
    """After "Best regards,": a name, title, phone, address: a few short lines, no prose."""
    body = [line for line in rest if line.strip()]
    if len(body) > 12:
        return False
    for line in body:
        if _SENT_FROM.match(line) or _DISCLAIMER.match(line) or _SIG_DELIMITER.match(line):
            return True
        if len(line.strip()) > 90 and line.strip().endswith("."):
            return False
    return True


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --- HTML ----------------------------------------------------------------------------------


def _cut_html(html: str) -> tuple[str, str] | None:
    """(own text, quoted text) cut at the first quote container, or None if there is none."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True, recover=True)
    try:
        root = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    if root is None:
        return None
    found = root.xpath(_QUOTE_XPATH)
    if not found:
        return None
    first = min(found, key=_document_position(root))
    marker = lxml.html.Element("p")
    marker.text = _CUT
    first.addprevious(marker)
    rendered = html_to_text(lxml.html.tostring(root, encoding="unicode"))
    if _CUT not in rendered:
        return None
    own, quoted = rendered.split(_CUT, 1)
    return own.strip("\n"), quoted.strip("\n")


def _document_position(root):
    order = {el: n for n, el in enumerate(root.iter())}
    return lambda el: order.get(el, len(order))
