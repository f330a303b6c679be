"""Recognise automatic replies: out-of-office notices, receipt acknowledgements, read receipts.

Pure: reads a ParsedMessage, returns an AutoReply or None. Headers decide first (RFC 3834
Auto-Submitted and the vendor headers), then the subject, then the wording of the text in
EN/FR/DE/ES/IT/NL/PT/CA/AF. Bounces also carry Auto-Submitted: the pipeline asks
inbox.bounces.detect_bounce first and only then this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from inbox.message import ParsedMessage
from inbox.regex_prefix import guarded


@dataclass(frozen=True, slots=True)
class AutoReply:
    evidence: str  # the header, subject or sentence that decided
    kind: str  # "out_of_office" | "auto_ack" | "other"


_OUT_OF_OFFICE = guarded(re.compile(
    r"(?i)("
    r"out of (the )?office|\booo\b|away from (the )?office|\b(i am|i'm|i will be|i'll be) (currently )?"
    r"(away|out|absent|on (annual |parental |sick )?leave|on vacation|on holiday|travel?ling)|"
    r"away until|on vacation|on holiday|annual leave|vacation (reply|message|notice)|"
    r"absence du bureau|absent(e)? du bureau|je suis (actuellement )?absent|je serai absent|"
    r"en (congés?|vacances)|d'absence|"
    r"abwesenheit|nicht im büro|außer haus|im urlaub|ich bin (derzeit |zurzeit )?(bis|vom|ab|nicht|abwesend)|"
    r"fuera de la oficina|estoy (fuera|ausente|de vacaciones)|estaré (fuera|ausente)|ausencia|"
    r"fuori (ufficio|sede)|sono (assente|in ferie|fuori)|assenza|"
    r"afwezig|niet op kantoor|met vakantie|afwesig|nie op kantoor nie|op vakansie|"
    r"fora do escritório|estou (ausente|fora|de férias)|ausência|"
    r"fora de l'oficina|(estic|estaré) (absent|fora|de vacances)|absència|"
    r"nieobecn|poza biurem"
    r")"
))
_ACKNOWLEDGEMENT = guarded(re.compile(
    r"(?i)("
    r"thank you for (your|you) (e-?mail|message|enquiry|inquiry|request)|thanks for (your|contacting)|"
    r"we (have )?received your (e-?mail|message|request|enquiry|inquiry)|has been received|"
    r"we will (get back|respond|reply) to you|ticket (#|number|no\.?)|request (#|number) ?\d|"
    r"nous avons (bien )?reçu votre|merci pour votre (message|e-?mail|courriel)|"
    r"wir haben ihre (nachricht|e-?mail|anfrage) erhalten|vielen dank für ihre (nachricht|e-?mail|anfrage)|"
    r"hemos recibido su|gracias por su (mensaje|correo)|abbiamo ricevuto|grazie per la sua|grazie per il (suo|vostro) (messaggio|e-?mail)|"
    r"wij hebben uw .{0,20}ontvangen|bedankt voor uw|recebemos a sua|obrigad[oa] pel[oa] (seu|sua)|hem rebut el seu|gràcies pel (seu|vostre)"
    r")"
))
_AUTO_SUBJECT = guarded(re.compile(
    r"(?i)("
    r"automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|autorespons|automatic response|"
    r"automatische antwort|abwesenheitsnotiz|automatische (rück|ant)wort|"
    r"réponse automatique|absence du bureau|absente? du bureau|absent\(e\) du bureau|message d'absence|"
    r"respuesta automática|respuesta automatica|fuera de la oficina|"
    r"risposta automatica|fuori sede|automatisch antwoord|afwezigheidsbericht|"
    r"resposta automática|fora do escritório|automatyczna odpowiedź|outomatiese antwoord|automatiese antwoord|"
    r"resposta automàtica|fora de l'oficina|"
    r"out of (the )?office|\booo\b|on vacation|away until|^\s*auto:|"
    # the notice's own title: "Absence", "Absence : Relance ...", "Abwesenheit: ..."
    r"^\s*(absence|absente?|absent\(e\)|congés?|abwesenheit|ausencia|ausente|assenza|assente|afwezigheid|afwezig|ausência)\s*(:|$)"
    r")"
))
_READ_RECEIPT_SUBJECT = re.compile(r"(?i)^\s*(read|lu|gelesen|leído|letto|gelezen|lido|return receipt)\s*:")
_ACK_SUBJECT = re.compile(
    r"(?i)^\s*(thank you for your (e-?mail|message)|we('ve| have) received your|"
    r"(your )?(request|ticket|case) (#|no\.?|number)?\s*\S*\s*(has been )?(received|created|opened)|"
    r"accusé de réception|eingangsbestätigung|acuse de recibo)"
)
# Wording only a machine writes; a person's "I'm away until Monday" alone is not enough.
_AUTOMATED_WORDS = guarded(re.compile(
    r"(?i)(this is an automat(ed|ic) (reply|response|message|notification)|automatically generated|"
    r"auto-?generated (message|reply)|do not reply to this (e-?mail|message)|"
    r"ceci est (une réponse|un message) automatique|réponse automatique|"
    r"dies ist eine automatische|automatisch (erstellte|generierte)|"
    r"esta es una respuesta automática|mensaje automático|risposta automatica|messaggio automatico|"
    r"dit is een automatisch|resposta automática|mensagem automática|outomatiese|automatiese (antwoord|boodskap)|"
    r"resposta automàtica|missatge automàtic|"
    r"(your )?(message|e-?mail|mail)s? (will|shall) not be forwarded|(votre )?(message|courriel|e-?mail|mail) ne sera pas (transféré|transmis|redirigé)|"
    r"(ihre )?(nachricht|e-?mail|mail) wird nicht weitergeleitet|(su )?(mensaje|correo) no (será|se) (reenviado|reenviará)|"
    r"(il suo |il vostro )?(messaggio|e-?mail|mail) non (verrà|sarà) inoltrat[oa]|(uw )?(bericht|e-?mail|mail) wordt niet doorgestuurd|"
    r"(as )?(mensagens?|e-?mails?) não (serão|será) (reencaminhad|encaminhad)[oa]s?)"
))
# Challenge-response filters (Boxbe, Bluebottle, SpamArrest) hold our mail until we prove
# we are human: a machine answering, never the customer.
_CHALLENGE = re.compile(
    r"(?i)(has been waitlisted|guest list|this (e-?mail )?account is protected by|"
    r"verify (that )?you('re| are) (a )?(human|real person)|sender verification|spam ?arrest|"
    r"challenge[- ]response|prove (that )?you are (a )?human)"
)
# Without headers, an absence notice still reads as one: an absence or closure and the day the
# writer is back ("I am out of the office ... and will be back on Tuesday 3 November", "Nous
# sommes fermés pour congé annuel et serons de retour le 2 décembre", "closed today ... when we
# reopen on Tuesday"), with no payment promised.
_CLOSED = guarded(re.compile(
    r"(?i)(\b(office|offices|we are|we're|store|shop|business) (is |are )?(currently )?closed\b|"
    r"\b(sommes|est|sera|serons) (actuellement )?fermée?s?\b|\bbureaux? (est |sont )?fermés?\b|"
    r"\b(sind|ist) (derzeit |zurzeit )?(geschlossen|im urlaub|abwesend)\b|betriebsferien|betriebsurlaub|"
    r"\b(winter|sommer|weihnachts|jahresend)pause\b|"
    r"\b(estamos|está|estará) (cerrad[oa]s?|de vacaciones)\b|"
    r"\b(è|sono|sarà|saranno|resterà|resteranno|rimarrà|rimarranno) chius[oi]\b|"
    r"\b(is|zijn|blijft|blijven) (momenteel )?gesloten\b|\bis (tans )?gesluit\b|"
    r"\b(está|estão|estará|estarão|estamos|estaremos) (encerrad|fechad)[oa]s?\b|"
    r"\b(està|estarà|estem|estarem|estan|estaran) tanca(t|ts|da|des)\b)"
))
_BACK_ON = guarded(re.compile(
    r"(?i)(\b(will|shall|i'll|we'll) be back\b|\bback in the office\b|\b(i|we) (will )?return on\b|\breturning on\b|"
    r"\bwhen (i|we) (return|reopen|am back|are back)\b|\breopen\w* on\b|"
    r"\b(will|shall|we'll|we) reopen\w* (on |from )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d)|"
    r"\b(riapre|riapriamo|riaprirà|riapriremo|riaprono|riapriranno|reabre|reabrimos|reabrirá|reabriremos|reabrem|reabrirão|"
    r"reobre|reobrim|reobrirà|reobrirem|rouvre|rouvrira|rouvrirons|rouvrons)\b|\b(gaat|gaan) (weer )?open (op|vanaf)\b|"
    r"\b(retour|rientro|regresso|retorno|reincorporación|tornada|rückkehr|return) (prévu|previsto|prevista|expected|planned|geplant)\b|"
    r"\bde retour (le|au bureau|à partir)\b|\bserai de retour\b|\bserons de retour\b|\bà mon retour\b|"
    r"\bréouverture\b|\bab (dem |montag|dienstag|mittwoch|donnerstag|freitag|\d{1,2}\.)[^.\n]{0,30}\bwieder\b|"
    r"\bwieder (im büro|erreichbar|da)\b|\b(dès|à|après) (mon|notre) retour\b|"
    r"\b(rientrerò|rientreremo|tornerò|torneremo|sarò di ritorno|saremo di ritorno)\b|\bal (mio|nostro) (rientro|ritorno)\b|"
    r"\b(ben|zijn|is) (weer )?terug (op|vanaf|op kantoor)\b|\bweer (op kantoor|bereikbaar)\b|\bsal (weer )?terug wees\b|"
    r"\bregresso (a|no|na|dia|em)\b|\b(estarei|estaremos) de volta\b|\b(voltarei|voltaremos|regressarei)\b|"
    r"\b(tornaré|tornarem|estaré de tornada)\b|\b(regreso|vuelvo|volvemos|regresamos|estaré de vuelta|estaremos de vuelta) "
    r"(el|a partir|al)\b)"
))
# The writer promising a payment is a person, away or not.
_OWN_PROMISE = re.compile(
    r"(?i)\b((will|'ll|shall) (then )?(pay|settle|transfer|send (the |you )?(payment|money|cheque))|(je|nous) (vais|allons) (payer|régler|virer)|"
    r"(je|nous) (paierai|paierons|réglerai|réglerons|verserai|verserons)|(je|nous) vous (règle|regle|réglons|reglons|paie|paye|payons|vire|virons|verse|versons)|"
    r"(ich|wir) (werde|werden) [^.\n]{0,40}(zahlen|überweisen|begleichen)|pagaré|pagaremos|transferiremos|"
    r"pagherò|pagheremo|salderemo|verseremo|provvederemo al pagamento|(zullen|zal) [^.\n]{0,30}(betalen|overschrijven|storten)|"
    r"sal [^.\n]{0,30}betaal|vamos pagar|pagarei|pagarem|farem el pagament|"
    r"(will|'ll|shall) (then )?clear (it|them|this|that|the|invoice|inv)|"
    r"(sollicitons|demandons|souhaitons|sollicite|demande) (donc )?(un|une) (étalement|échéancier|délai)|"
    r"je (regarde|regarderai|vois|verrai|traite|traiterai) (ça|ca|cela)|je m'en (occupe|occuperai)|"
    r"i'll (look at|look into|sort|check|deal with) (it|this|that|them)\b)\b"
)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autoreply-from", "x-mail-autoreply")


def detect_auto_reply(msg: ParsedMessage) -> AutoReply | None:
    """Return how `msg` shows it was sent by a machine on someone's behalf, or None."""
    headers = msg.headers
    subject = msg.subject
    opening = msg.text[:1500]

    if msg.report_type == "disposition-notification":
        return AutoReply("multipart/report; report-type=disposition-notification (read receipt)", "other")

    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return AutoReply(f"header Auto-Submitted: {auto_submitted}", _kind(subject, opening))
    for name in _AUTO_HEADERS:
        if name in headers:
            return AutoReply(f"header {name}: {headers[name][:60]}", _kind(subject, opening))
    autogenerated = headers.get("x-autogenerated", "").strip().lower()
    if autogenerated in ("reply", "forward", "mirror"):
        return AutoReply(f"header X-AutoGenerated: {autogenerated}", _kind(subject, opening))
    precedence = headers.get("precedence", "").strip().lower()
    if precedence == "auto_reply":
        return AutoReply("header Precedence: auto_reply", _kind(subject, opening))

    hit = _AUTO_SUBJECT.search(subject)
    if hit:
        return AutoReply(f"subject {hit.group(0).strip()!r}", _kind(subject, opening))
    hit = _READ_RECEIPT_SUBJECT.search(subject)
    if hit and len(msg.text.strip()) < 2000:
        return AutoReply(f"subject {hit.group(0).strip()!r} (read receipt)", "other")

    hit = _CHALLENGE.search(opening)
    if hit:
        return AutoReply(f"challenge-response text {hit.group(0)!r}", "other")

    # Weak signals: each alone is common on ordinary mail (X-Auto-Response-Suppress is set by
    # Outlook on meeting requests, Precedence: bulk on newsletters), so they need the text too.
    # The text searches below run only where their answer can change the outcome.
    weak = _weak_signal(msg)
    ooo = _OUT_OF_OFFICE.search(opening)
    ack_subject = _ACK_SUBJECT.search(subject)
    automated = _AUTOMATED_WORDS.search(opening) if (ack_subject or ooo) and not weak else None
    if ack_subject and (weak or automated):
        return AutoReply(f"subject {ack_subject.group(0).strip()!r} and {weak or 'automated wording'}", "auto_ack")
    if ooo and (weak or automated):
        because = weak or f"text {automated.group(0)!r}"
        return AutoReply(f"text {ooo.group(0)!r} and {because}", "out_of_office")
    head = opening[:700]
    away = ooo and ooo.start() < 700 and ooo or _CLOSED.search(head)
    back = _BACK_ON.search(head) if away else None
    if away and back and not _OWN_PROMISE.search(head):
        return AutoReply(f"text {away.group(0)!r} and {back.group(0)!r}", "out_of_office")
    if not weak:
        return None
    ack = _ACKNOWLEDGEMENT.search(opening)
    automated = ack and _AUTOMATED_WORDS.search(opening)
    if ack and automated:
        return AutoReply(f"text {ack.group(0)!r}, {automated.group(0)!r} and {weak}", "auto_ack")
    return None


def _weak_signal(msg: ParsedMessage) -> str | None:
    headers = msg.headers
    if headers.get("return-path", "").strip() == "<>":
        return "header Return-Path: <>"
    if "x-ms-exchange-inbox-rules-loop" in headers:
        return "header X-MS-Exchange-Inbox-Rules-Loop"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "junk"):
        return f"header Precedence: {precedence}"
    suppress = headers.get("x-auto-response-suppress", "")
    if re.search(r"(?i)\b(all|oof|autoreply)\b", suppress):
        return f"header X-Auto-Response-Suppress: {suppress[:40]}"
    return None


def _kind(subject: str, text: str) -> str:
    if _OUT_OF_OFFICE.search(subject) or _OUT_OF_OFFICE.search(text):
        return "out_of_office"
    if _ACK_SUBJECT.search(subject) or _ACKNOWLEDGEMENT.search(subject) or _ACKNOWLEDGEMENT.search(text):
        return "auto_ack"
    return "other"
