"""Render an HTML mail body as readable plain text.

Pure: str in, str out. Line breaks survive (<br>, block elements), a table row
becomes one line with its cells joined by " | ", and script/style/head are dropped.
Remittance advice often arrives as an HTML table, so rows must stay rows.
"""
from __future__ import annotations

import re

import lxml.etree
import lxml.html

_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "object", "svg", "math"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "thead", "tfoot", "tr", "ul", "caption", "body", "html",
})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_MAX_NODES = 200_000  # pathological HTML (e.g. 500 KB of nested tags) stays bounded


def html_to_text(html: str) -> str:
    """Return the visible text of `html`, one line per block or table row."""
    if not html or not html.strip():
        return ""
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        root = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return _strip_tags(html)
    if root is None:
        return ""
    out = _Writer()
    # Iterative walk: libxml2 nests deeply and a recursive walk would overflow the stack.
    stack: list[tuple[str, object]] = [("node", root)]
    visited = 0
    while stack:
        kind, item = stack.pop()
        if kind == "text":
            out.text(item, preformatted=out.pre > 0)
            continue
        if kind == "close":
            out.close(item)
            continue
        visited += 1
        if visited > _MAX_NODES:
            break
        node = item
        tail = node.tail
        if not isinstance(node.tag, str) or node.tag.lower() in _SKIP:
            if tail:  # the tail of a skipped element is still visible text
                stack.append(("text", tail))
            continue
        tag = node.tag.lower()
        if tail:
            stack.append(("text", tail))
        stack.append(("close", tag))
        out.open(tag)
        if node.text:
            out.text(node.text, preformatted=out.pre > 0)
        for child in reversed(node):
            stack.append(("node", child))
    return out.result()


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.pre = 0
        self.cells_in_row: list[int] = []

    def open(self, tag: str) -> None:
        if tag == "br":
            self.newline(force=True)
        elif tag in _CELL:
            if self.cells_in_row:
                if self.cells_in_row[-1] > 0 and "".join(self.line).strip():
                    self.line.append(" | ")
                self.cells_in_row[-1] += 1
        elif tag in _BLOCK:
            self.newline()
            if tag == "tr":
                self.cells_in_row.append(0)
            elif tag == "li":
                self.line.append("- ")
            elif tag == "pre":
                self.pre += 1
            elif tag == "hr":
                self.lines.append("")

    def close(self, tag: str) -> None:
        if tag in _BLOCK:
            self.newline()
            if tag == "tr" and self.cells_in_row:
                self.cells_in_row.pop()
            elif tag == "pre" and self.pre:
                self.pre -= 1
            elif tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"):
                self.blank()

    def text(self, text: str, *, preformatted: bool) -> None:
        if preformatted:
            parts = text.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline(force=True)
                self.line.append(part)
            return
        collapsed = _SPACES.sub(" ", text)
        if collapsed == " " and (not self.line or self.line[-1].endswith((" ", "| "))):
            return
        self.line.append(collapsed)

    def newline(self, force: bool = False) -> None:
        current = "".join(self.line)
        self.line = []
        if current.strip() or force:
            self.lines.append(current)

    def blank(self) -> None:
        if self.lines and self.lines[-1].strip():
            self.lines.append("")

    def result(self) -> str:
        self.newline()
        cleaned: list[str] = []
        for line in self.lines:
            line = re.sub(r"[ \t]+", " ", line).strip() if "\t" not in line else line.strip()
            line = line.removesuffix(" |").strip() if line.endswith(" |") else line
            if not line and (not cleaned or not cleaned[-1]):
                continue
            cleaned.append(line)
        while cleaned and not cleaned[-1]:
            cleaned.pop()
        return "\n".join(cleaned)


def _strip_tags(html: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)\s*>", "\n", text)
    text = re.sub(r"<[^>]*>", " ", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip())
