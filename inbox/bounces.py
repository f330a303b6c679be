"""Recognise a bounce (non-delivery report) and the address that failed.

Pure: reads a ParsedMessage, returns a Bounce or None. RFC 3464 delivery-status reports come
first; the many MTAs that still send free text (qmail, Exim, old Exchange, Lotus Notes,
Yahoo, mail.ru ...) are recognised by who sent them, their subject and their wording,
with the patterns taken from the sisimai, BounceParser and PHP-Bounce-Handler samples.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from inbox.message import DeliveryStatus, ParsedMessage
from inbox.regex_prefix import guarded


@dataclass(frozen=True, slots=True)
class Bounce:
    recipient: str | None  # the address that could not be reached, lowercased
    status: str | None  # enhanced status code "5.1.1", when one is given
    permanent: bool  # False for delay warnings ("will keep trying") and 4.x.x
    evidence: str  # the rule and the text that decided


_DAEMON_SENDER = re.compile(
    r"(?i)^(mailer[-_]?daemon|postmaster|post_master|mail[-_. ]?delivery[-_. ]?(system|subsystem)|"
    r"mdaemon|mail[-_.]?administrator|mailadmin|sysadmin|bounce[sd]?|nobody|mmdf|smtp[-_.]?gateway)\b"
)
_DAEMON_NAME = re.compile(r"(?i)mailer[-_ ]?daemon|mail delivery (system|subsystem)|mail administrator")
# A mail system that asks the reader to act through a link is phishing, not a delivery report.
_PHISHING = re.compile(
    r"(?i)\b(?:click\s+(?:here|below|the\s+link)|(?:verify|validate|confirm|re-?activate|upgrade)\s+your\s+"
    r"(?:account|mailbox|password|email)|increase\s+your\s+(?:quota|storage)|cliquez\s+ici"
    r"|(?:valider|v[ée]rifier)\s+votre\s+(?:compte|messagerie)|klicken\s+sie\s+hier|haga\s+clic\s+aqu[íi])")
# Amazon SES posts bounces as SNS JSON (sisimai lhost-amazonses-12.eml).
_AMAZON_SES_BOUNCE = re.compile(r'"notificationType"\s*:\s*"Bounce"')
_LIST_MANAGER = re.compile(r"(?i)(-admin|-owner|-request|-bounces?)$|^owner-")

# Subjects MTAs put on a failure notice.
_BOUNCE_SUBJECT = guarded(re.compile(
    r"(?i)("
    r"undeliver(ed|able)|undelivered mail|returned mail|mail returned|returning message to sender|"
    r"delivery (status notification|failure|failed|has failed|problem|notification)|"
    r"mail delivery (failed|failure|problem|error|system)|message delivery has failed|"
    r"failure notice|delivery[- ]?report|non[- ]?delivery|could not be delivered|"
    r"mail (system )?error|returned to sender|message status - undeliverable|"
    r"email delivery failure|there was an error sending your mail|"
    r"warning:? (message .* delayed|could not send)|delayed mail|delivery delayed|"
    r"could not send mail|cannot send message|delivery notification|email bounce notification|"
    r"non remis|non distribuable|impossible de remettre|unzustellbar|nicht zustellbar|"
    r"zustellung (fehlgeschlagen|gescheitert)|onbestelbaar|no se pudo entregar|no entregado|"
    r"recapito fallito|non recapitabile|mancato recapito|não entregue|"
    r"не доставлено|недоставлено|メールエラー|配信できません|未配達|"
    r"are not member|loop alert|message rejected|rejected:"
    r")"
))
# Wording in the body of a failure notice. Each is specific enough on its own when the
# sender is a mail system; a reply that quotes one has a person as sender.
_BOUNCE_TEXT = guarded(re.compile(
    r"(?i)("
    r"the following (address(es)?|recipients?)( had permanent fatal errors| failed|\(s\) failed)|"
    r"this is a permanent error|delivery to the following recipients? (failed|has been delayed)|"
    r"could not be delivered to (one or more|the following)|message could not be delivered|"
    r"your message (could not|cannot|can ?not|was not|wasn't) (be )?deliver|"
    r"(was|were) not delivered|undeliverable|delivery (has )?failed|unable to deliver|"
    r"i'm sorry to have to inform you|i'm afraid i wasn't able to deliver|"
    r"this is the mail system at host|this message was created automatically by mail delivery software|"
    r"delivery to the following recipient failed permanently|address not found|"
    r"user unknown|unknown user|no such (user|mailbox|recipient)|mailbox (unavailable|full|not found|is full)|"
    r"recipient address rejected|does not exist|quota exceeded|over quota|"
    r"host or domain name not found|hi\. this is the qmail-send program|"
    r"message (is|has been) (delayed|deferred)|will (continue|keep) (to )?(try|trying|retry)|"
    r"returned mail|failed recipient|permanent fatal error|delivery status notification|"
    r"n'a pas pu être remis|non remis|konnte nicht zugestellt werden|unzustellbar|"
    r"no se ha podido entregar|no pudo ser entregado|não (foi|pôde ser) entregue|"
    r"не может быть доставлено|не доставлено|are not member|loop alert|not a member of this|"
    r"could not be delivered|not a valid user|配信に失敗しました|送信できませんでした|配信できませんでした"
    r")"
))
_DELAY = guarded(re.compile(
    r"(?i)(\bdelayed\b|\bdeferred\b|will (continue|keep) (to )?(try|trying|retry)|"
    r"still (be )?(trying|undelivered)|has not yet been delivered|not yet been delivered|"
    r"warning[:\-]|could not send mail for past|will be retried|retry (timeout|until)|"
    r"this is a warning message only|no action is required on your part)"
))
_DELAY_SUBJECT = re.compile(r"(?i)\b(delayed|delay|warning|still being retried|deferred)\b")
_FAILURE_SUBJECT = re.compile(r"(?i)fail|returned|undeliver|could not|cannot|non remis|unzustellbar|error")
_PERMANENT_WORDS = re.compile(
    r"(?i)(permanent(ly)?|fatal error|gave up|giving up|has been (given up|abandoned)|"
    r"retry (time|timeout) (not reached|exceeded)|could not be delivered|undeliverable)"
)
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_CODE = re.compile(r"(?<![\d.])([45])\d\d(?:[ -]|$)")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Where a plain-text bounce starts quoting the returned message: addresses after this are
# the original's headers (our own address among them), not the failed recipient.
_ORIGINAL_FOLLOWS = re.compile(
    r"(?im)^[ \t>]*("
    r"-+ ?(this is a copy of|below this line is a copy|original message|the original message|"
    r"returned message|undelivered message|message text|forwarded message|start of returned|"
    r"mensaje original|message d'origine)|"
    r"-+ ?original message follows|original message follows|"
    r"------ This is a copy|--- Below this line|\*\*\* Original Message|"
    r"(received|return-path|message-id|dkim-signature): "
    r")"
)
_FAILED_LIST = re.compile(
    r"(?is)(following (address(es)?|recipients?)[^:\n]*:|could not be delivered to[^:\n]*:|"
    r"delivery to the following recipients? failed[^:\n]*[:.]|failed recipient[s]?:|"
    r"was not delivered to:|could not deliver (mail|message) to[^:\n]*:|"
    r"unable to deliver (your )?message to[^:\n]*:|undeliverable to[^:\n]*:|"
    r"recipient(\(s\))?:|rcpt to:|address(es)? (failed|rejected)[^:\n]*:)"
)
_QMAIL_LINE = re.compile(r"(?m)^<([^<>\s]+@[^<>\s]+)>:?\s*$|^<([^<>\s]+@[^<>\s]+)>:")
_IGNORED_LOCAL = re.compile(r"(?i)^(mailer[-_]?daemon|postmaster|post_master|no[-_]?reply|noreply|root|abuse|bounce)")


def detect_bounce(msg: ParsedMessage) -> Bounce | None:
    """Return the Bounce this message reports, or None when it is not a bounce."""
    if msg.report_type in ("disposition-notification", "feedback-report"):
        return None  # read receipts and abuse reports are reports, not bounces
    dsn = _from_delivery_status(msg)
    if dsn is _NOT_A_BOUNCE:
        return None
    if dsn is not None:
        return dsn
    return _from_text(msg)


_NOT_A_BOUNCE = Bounce(None, None, False, "delivery-status without a failed or delayed recipient")


def _from_delivery_status(msg: ParsedMessage) -> Bounce | None:
    records = [r for r in msg.delivery_status if r.final_recipient or r.original_recipient]
    if not records:
        return None
    failed = [r for r in records if _record_failed(r)]
    delayed = [r for r in records if _record_delayed(r)]
    # Action: failed means the MTA gave up on this message, whatever the status class
    # (4.2.2 mailbox full after days of retries is still a message that never arrived).
    if failed:
        chosen, permanent = failed[0], True
    elif delayed:
        chosen, permanent = delayed[0], False
    else:
        return _NOT_A_BOUNCE  # delivered / relayed / expanded, or a challenge: not a failure
    recipient = _pick_record_recipient(chosen, msg)
    status = chosen.status if chosen.status and _STATUS.fullmatch(chosen.status) else _status_in(chosen.diagnostic)
    evidence = f"RFC 3464 delivery-status: Action: {chosen.action or '?'}"
    if chosen.status:
        evidence += f", Status: {chosen.status}"
    if chosen.diagnostic:
        evidence += f", Diagnostic-Code: {chosen.diagnostic[:120]}"
    return Bounce(recipient=recipient, status=status, permanent=permanent, evidence=evidence)


def _record_failed(record: DeliveryStatus) -> bool:
    if record.action in ("failed", "failure", "fail", "bounced", "undeliverable"):
        return True
    if record.action is None and record.status and record.status.startswith("5"):
        return True
    return False


def _record_delayed(record: DeliveryStatus) -> bool:
    if record.action in ("delayed", "expired", "deferred"):
        return True
    return False


def _pick_record_recipient(record: DeliveryStatus, msg: ParsedMessage) -> str | None:
    own = set(msg.to_addresses)
    for candidate in (record.final_recipient, record.original_recipient):
        if candidate and "@" in candidate and candidate not in own:
            return candidate
    return record.final_recipient or record.original_recipient


def _from_text(msg: ParsedMessage) -> Bounce | None:
    sender = _sender_is_mail_system(msg)
    subject = msg.subject
    subject_hit = _BOUNCE_SUBJECT.search(subject)
    if subject_hit and not sender and re.match(r"(?i)\s*(re|aw|sv|fwd?|tr|wg|rv|i)\s*:", subject):
        subject_hit = None  # a person replying to or forwarding a bounce is writing to us
    own_part = _notice_part(msg.text)
    text_hit = _BOUNCE_TEXT.search(own_part[:20_000])
    failed_header = msg.headers.get("x-failed-recipients")

    ses = _AMAZON_SES_BOUNCE.search(msg.text)
    if failed_header:
        reason = f"header X-Failed-Recipients: {failed_header[:80]}"
    elif ses:
        reason = f"Amazon SES notification {ses.group(0)!r}"
    elif msg.report_type == "delivery-status":
        reason = "multipart/report; report-type=delivery-status without per-recipient fields"
    elif _PHISHING.search(own_part[:5_000]):
        return None  # "Mail Administrator: your mailbox is full, click here to validate your account"
    elif sender and _DAEMON_NAME.search(sender):
        reason = f"sender {sender!r}"
    elif subject_hit and text_hit:
        reason = f"subject {subject_hit.group(0)!r} and text {text_hit.group(0)!r}"
    elif text_hit and _null_or_auto(msg):
        reason = f"text {text_hit.group(0)!r} from a null or automatic sender"
    elif sender and (subject_hit or text_hit):
        hit = subject_hit or text_hit
        where = "subject" if subject_hit else "text"
        reason = f"sender {sender!r} and {where} {hit.group(0)!r}"
    else:
        return None

    recipient = _failed_recipient(msg, own_part, failed_header)
    status = _status_in(own_part[:20_000])
    permanent = _is_permanent(subject, own_part, status)
    return Bounce(recipient=recipient, status=status, permanent=permanent, evidence=reason)


def _sender_is_mail_system(msg: ParsedMessage) -> str | None:
    address = msg.from_address or ""
    local = address.split("@", 1)[0]
    if local and (_DAEMON_SENDER.match(local) or _LIST_MANAGER.search(local)):
        return address
    name = msg.from_name or ""
    if _DAEMON_NAME.search(name):
        return name
    return_path = msg.headers.get("return-path", "").strip()
    if return_path in ("<>", "") and "return-path" in msg.headers and _DAEMON_NAME.search(address + " " + name):
        return address
    return None


def _null_or_auto(msg: ParsedMessage) -> bool:
    return_path = msg.headers.get("return-path", "").strip()
    auto = msg.headers.get("auto-submitted", "").strip().lower()
    return return_path == "<>" or (auto not in ("", "no")) or "x-failed-recipients" in msg.headers


def _notice_part(text: str) -> str:
    """The mail system's own words: the text before the returned original begins."""
    found = _ORIGINAL_FOLLOWS.search(text, 20)
    return text[: found.start()] if found else text


def _status_in(text: str | None) -> str | None:
    if not text:
        return None
    found = _STATUS.search(text)
    if found:
        return found.group(0)
    return None


def _is_permanent(subject: str, text: str, status: str | None) -> bool:
    if _DELAY_SUBJECT.search(subject):
        return False
    if _FAILURE_SUBJECT.search(subject):  # the notice itself says the MTA gave up
        return True
    if status:
        return status.startswith("5")
    head = subject + "\n" + text[:3000]
    if _DELAY.search(head) and not _PERMANENT_WORDS.search(head):
        return False
    code = _SMTP_CODE.search(text[:5000])
    if code:
        return code.group(1) == "5"
    return True


def _failed_recipient(msg: ParsedMessage, notice: str, failed_header: str | None) -> str | None:
    own = set(msg.to_addresses)
    if msg.from_address:
        own.add(msg.from_address)

    def usable(address: str) -> bool:
        address = address.lower()
        return address not in own and not _IGNORED_LOCAL.match(address)

    if failed_header:  # Exim names the failed addresses itself: trust it over our own list
        for address in re.split(r"[,\s]+", failed_header):
            if "@" in address:
                return address.strip("<>").lower()
    for match in _QMAIL_LINE.finditer(notice):
        address = match.group(1) or match.group(2)
        if usable(address):
            return address.lower()
    listed = _FAILED_LIST.search(notice)
    if listed:
        for address in _ADDRESS.findall(notice[listed.end(): listed.end() + 600]):
            if usable(address):
                return address.lower()
    for address in _ADDRESS.findall(notice[:20_000]):
        if usable(address):
            return address.lower()
    # Nothing in the notice: the returned original's To: is who we wrote to.
    original_to = re.search(r"(?im)^[ \t>]*to:[ \t]*(.+)$", msg.text[len(notice):])
    if original_to:
        for address in _ADDRESS.findall(original_to.group(1)):
            if usable(address):
                return address.lower()
    return None
