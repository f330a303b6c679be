"""Build the FastAPI application: settings and database in app.state, signed session cookies,
security headers, error rendering (JSON under /api, pages elsewhere), routers, static files."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.auth import CustomerLinks
from api.config import WebSettings
from api.pages import render
from api.routes import admin, auth, chat, chat_pages, collect, dashboard, finance, portal
from ledger.db import make_engine, session_factory
from ledger.errors import ArboxError, ExternalError, LedgerError
from ledger.settings import Settings

HERE = Path(__file__).parent

# Pages render only our own files; a customer's email is sanitised and may not load anything.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [(b"content-security-policy", CSP.encode()),
           (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"),
           # Portal links carry their token in the path: never send it on as a Referer.
           (b"referrer-policy", b"no-referrer")]


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        portal = scope["path"].startswith(("/portal/", "/api/v1/portal/"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(HEADERS)
                if portal:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or \
        "application/json" in request.headers.get("accept", "")


def create_app(settings: Settings, web: WebSettings | None = None,
               factory: sessionmaker[Session] | None = None, understand: Any = None,
               chat_model: Any = None) -> FastAPI:
    """The app for one database; refuses to start without a safe ARBOX_SECRET_KEY.

    `understand` reads a chat message (the interface wires inbox's classifiers, see
    cli.commands_chat.InboxUnderstand); without it the chat endpoints answer 503."""
    web = web or WebSettings()
    secret = web.secret()
    engine = None
    if factory is None:
        engine = make_engine(settings.resolved_database_url())
        factory = session_factory(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if engine is not None:
            engine.dispose()

    app = FastAPI(title="arbox", version="0.1.0", lifespan=lifespan,
                  description="Collections assistant: approval queue, worklist, payments, "
                              "customer portal and dashboard.")
    app.state.settings = settings
    app.state.web = web
    app.state.factory = factory
    app.state.links = CustomerLinks(secret, web.portal_link_days * 86400)
    app.state.understand = understand
    app.state.chat_model = chat_model

    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="arbox_session",
                       max_age=web.session_hours * 3600, same_site="lax",
                       https_only=web.cookie_secure)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (auth, collect, finance, portal, dashboard, admin, chat, chat_pages):
        app.include_router(module.router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        if exc.status_code == 401:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", 303)
        return render(request, "error.html", {"status": exc.status_code,
                                              "detail": str(exc.detail)}, exc.status_code)

    @app.exception_handler(ArboxError)
    async def arbox_error(request: Request, exc: ArboxError) -> Response:
        status = 502 if isinstance(exc, ExternalError) else 409 if isinstance(
            exc, LedgerError) else 400
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status)
        return render(request, "error.html", {"status": status, "detail": str(exc)}, status)

    @app.exception_handler(LookupError)
    async def not_found(request: Request, exc: LookupError) -> Response:
        detail = str(exc.args[0]) if exc.args else "not found"
        if _wants_json(request):
            return JSONResponse({"detail": detail}, 404)
        return render(request, "error.html", {"status": 404, "detail": detail}, 404)

    return app
