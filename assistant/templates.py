"""Load and render the email templates in prompts/: `<kind>/<language>/<name>.j2`, whose
first part is the subject and, after a line `---`, the body."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Rendered:
    language: str
    subject: str
    body: str


def template_language(language: str | None) -> str:
    return language if language in LANGUAGES else "en"


@lru_cache(maxsize=16)
def _env(kind: str, language: str) -> Environment:
    folder = files("prompts") / kind / language
    return Environment(loader=FileSystemLoader(str(folder)), autoescape=False,
                       undefined=StrictUndefined, keep_trailing_newline=True,
                       trim_blocks=False)


def render(kind: str, language: str | None, name: str, **context: Any) -> Rendered:
    lang = template_language(language)
    text = _env(kind, lang).get_template(f"{name}.j2").render(**context)
    head, _, body = text.partition("\n---\n")
    return Rendered(lang, head.strip(), body.strip() + "\n")
