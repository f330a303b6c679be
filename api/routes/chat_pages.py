"""The chat as web pages: a customer's through their portal link, a collector's through their
session. Plain forms (Post/Redirect/Get, CSRF field) that work without JavaScript;
static/chat.js sends the same turns to the JSON endpoints of api.routes.chat instead.

The conversation shown is the one this browser's session remembers (api.routes.chat); a
conversation id posted by a form must belong to the link's customer (or the collector)."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.deps import DB, Scope, Staff, csrf_protect
from api.pages import back, flash, render
from api.routes.chat import (ChatIn, awaiting_confirmation, check_owner, collector_key,
                             collector_turn, customer_key, customer_turn, remember, remembered)
from ledger.models import Conversation, ConversationTurn, Customer

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

CUSTOMER_SUGGESTIONS = ("What do I owe?", "Please send me my statement.")
COLLECTOR_SUGGESTIONS = ("What are today's priorities?", "How is DSO this month?")
# What the yes/no buttons say and send, in the conversation's language.
CONFIRM = {"en": (("yes", "Yes, record it"), ("no", "No")),
           "fr": (("oui", "Oui, je confirme"), ("non", "Non"))}
# An action of a turn -> (href, label) of the link shown with it, or None.
LinkFor = Callable[[dict[str, Any]], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a turn's text; with an href it is shown as a link."""

    text: str
    href: str | None = None


@dataclass(frozen=True, slots=True)
class TurnView:
    speaker: str  # user / assistant
    pieces: list[Piece]


def _pieces(text: str, actions: list[Any], link_for: LinkFor) -> list[Piece]:
    """The turn's text, where a generated document's server path becomes a download link
    (the customer has no use for our file system) and other actions add a link at the end."""
    pieces = [Piece(text)]
    for action in actions if isinstance(actions, list) else []:
        link = link_for(action) if isinstance(action, dict) else None
        if link is None:
            continue
        href, label = link
        path = action.get("file")
        last = pieces[-1]
        name = os.path.basename(path) if isinstance(path, str) else ""
        shown = path if isinstance(path, str) and path and path in last.text else name
        if shown and last.href is None and shown in last.text:
            before, _, after = last.text.partition(shown)
            pieces[-1:] = [Piece(before), Piece(name or label, href), Piece(after)]
        else:
            pieces += [Piece(" "), Piece(label, href)]
    return [p for p in pieces if p.text]


def _portal_link(token: str) -> LinkFor:
    def link(action: dict[str, Any]) -> tuple[str, str] | None:
        if action.get("action") == "invoice_copy_generated" and action.get("invoice_number"):
            number = str(action["invoice_number"])
            return (f"/portal/{token}/invoice.pdf?number={quote(number, safe='')}",
                    f"Download invoice {number} (PDF)")
        if action.get("action") == "statement_generated":
            return f"/portal/{token}/statement.pdf", "Download your statement (PDF)"
        return None
    return link


def _collector_link(action: dict[str, Any]) -> tuple[str, str] | None:
    if action.get("action") == "draft_created" and isinstance(action.get("draft_id"), int):
        return (f"/queue?draft={action['draft_id']}#draft-{action['draft_id']}",
                "Open it in the approval queue")
    return None


def _thread(session: Session, conv: Conversation | None, link_for: LinkFor) -> list[TurnView]:
    if conv is None:
        return []
    turns = session.scalars(select(ConversationTurn).where(
        ConversationTurn.conversation_pk == conv.id).order_by(ConversationTurn.seq))
    return [TurnView(t.speaker, _pieces(t.text, t.actions or [], link_for)) for t in turns]


def _current(request: Request, session: Session, key: str, **owner: str) -> Conversation | None:
    """The conversation this browser's session remembers, if it is still the caller's."""
    conversation_id = remembered(request, key)
    if conversation_id is None:
        return None
    try:
        return check_owner(session, conversation_id, **owner)
    except HTTPException:
        remember(request, key, None)
        return None


def _page(request: Request, session: Session, conv: Conversation | None, link_for: LinkFor,
          **context: Any) -> Response:
    language = (conv.language if conv is not None else None) or "en"
    return render(request, "chat.html", {
        "turns": _thread(session, conv, link_for),
        "conversation_id": conv.id if conv is not None else "",
        "awaiting": conv is not None and awaiting_confirmation(conv),
        "confirm": CONFIRM.get(language, CONFIRM["en"]),
        "available": request.app.state.understand is not None, **context})


def _body(request: Request, message: str, conversation_id: str) -> ChatIn | None:
    """The form as the JSON endpoint's body; None (with a message shown) when it is unusable."""
    given = conversation_id.strip()
    if given and not (given.isdigit() and 0 < int(given) < 2**31):
        raise HTTPException(404, "no such conversation")
    try:
        return ChatIn(message=message.strip(), conversation_id=int(given) if given else None)
    except ValidationError:
        flash(request, "Please type a message (at most 4000 characters).", "error")
        return None


# --- the customer's, through their portal link -----------------------------------------------

@router.get("/portal/{token}/chat")
def portal_chat_page(request: Request, token: str, scope: Scope, session: DB) -> Response:
    customer = session.scalars(select(Customer).where(
        Customer.customer_id == scope.customer_id)).first()
    if customer is None:
        raise HTTPException(404, "this link is for an account that no longer exists")
    conv = _current(request, session, customer_key(scope.customer_id),
                    customer_id=scope.customer_id)
    return _page(request, session, conv, _portal_link(token),
                 heading=f"{customer.name}: questions about your account",
                 intro="Ask about what you owe, ask for a copy of an invoice or your "
                       "statement, tell us when you will pay or what is wrong with an "
                       "invoice. Nothing is recorded until you confirm it.",
                 post_url=f"/portal/{token}/chat", api_url=f"/api/v1/portal/{token}/chat",
                 new_url=f"/portal/{token}/chat/new", back_url=f"/portal/{token}",
                 back_label="Back to your invoices", suggestions=CUSTOMER_SUGGESTIONS,
                 links={"invoice": f"/portal/{token}/invoice.pdf?number=",
                        "statement": f"/portal/{token}/statement.pdf"})


@router.post("/portal/{token}/chat")
def portal_chat_send(request: Request, token: str, scope: Scope, session: DB,
                     message: Annotated[str, Form()] = "",
                     conversation_id: Annotated[str, Form()] = "") -> Response:
    body = _body(request, message, conversation_id)
    if body is not None:
        customer_turn(request, scope.customer_id, body, session)
    return back(f"/portal/{token}/chat#chat-end")


@router.post("/portal/{token}/chat/new")
def portal_chat_new(request: Request, token: str, scope: Scope) -> Response:
    remember(request, customer_key(scope.customer_id), None)
    return back(f"/portal/{token}/chat")


# --- a collector's, through their session ----------------------------------------------------

@router.get("/chat")
def collector_chat_page(request: Request, user: Staff, session: DB) -> Response:
    conv = _current(request, session, collector_key(user.username), collector=user.username)
    return _page(request, session, conv, _collector_link,
                 heading="Assistant",
                 intro="Ask for today's priorities, a summary of an account (\"summary of "
                       "Acme\"), a firmer reminder for a customer (drafted for approval, never "
                       "sent), why a payment was applied, or DSO this month.",
                 post_url="/chat", api_url="/api/v1/chat", new_url="/chat/new",
                 back_url=None, back_label=None, suggestions=COLLECTOR_SUGGESTIONS,
                 links={"draft": "/queue?draft="})


@router.post("/chat")
def collector_chat_send(request: Request, user: Staff, session: DB,
                        message: Annotated[str, Form()] = "",
                        conversation_id: Annotated[str, Form()] = "") -> Response:
    body = _body(request, message, conversation_id)
    if body is not None:
        collector_turn(request, user.username, body, session)
    return back("/chat#chat-end")


@router.post("/chat/new")
def collector_chat_new(request: Request, user: Staff) -> Response:
    remember(request, collector_key(user.username), None)
    return back("/chat")
