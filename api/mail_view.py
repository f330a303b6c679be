"""Show a customer's email to a collector safely: the HTML part sanitised with nh3 (no script,
no style, no remote images, links only http/https/mailto), or the text part escaped."""
from __future__ import annotations

import email
import html
from email.message import EmailMessage
from email.policy import default

import nh3

MAX_CHARS = 200_000
ALLOWED_TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "h1", "h2",
                "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "q", "s", "small",
                "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                "tr", "u", "ul"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"},
                      "th": {"colspan", "rowspan"}}


def sanitise_html(raw_html: str) -> str:
    """HTML that cannot run script or fetch anything when shown inside our pages."""
    return nh3.clean(raw_html[:MAX_CHARS], tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"},
                     link_rel="noopener noreferrer nofollow")


def text_as_html(text: str) -> str:
    return f"<pre>{html.escape(text[:MAX_CHARS])}</pre>"


def message_html(raw: bytes) -> str:
    """The body of a stored message as safe HTML."""
    try:
        msg = email.message_from_bytes(raw, _class=EmailMessage, policy=default)
        part = msg.get_body(preferencelist=("html", "plain"))
        if part is None:
            return text_as_html("(no readable body)")
        content = part.get_content()
        if not isinstance(content, str):
            return text_as_html("(no readable body)")
        if part.get_content_type() == "text/html":
            return sanitise_html(content)
        return text_as_html(content)
    except (LookupError, ValueError, UnicodeError):
        # An unknown charset or a broken part: show the raw text, escaped.
        return text_as_html(raw.decode("utf-8", "replace"))
