"""Render server-side pages: Jinja2 templates with the user, CSRF token and flash messages."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from api.deps import csrf_token

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def flash(request: Request, text: str, kind: str = "info") -> None:
    request.session.setdefault("flash", []).append([kind, text])


def render(request: Request, name: str, context: dict[str, Any] | None = None,
           status_code: int = 200) -> Response:
    messages = request.session.pop("flash", []) if "session" in request.scope else []
    ctx = {"user": getattr(request.state, "user", None),
           "csrf_token": csrf_token(request) if "session" in request.scope else "",
           "messages": messages, **(context or {})}
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)


def back(url: str) -> RedirectResponse:
    """After a form POST, GET the page again (Post/Redirect/Get)."""
    return RedirectResponse(url, status_code=303)
