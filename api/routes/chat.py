"""Chat over HTTP: a customer through their signed link, a collector through their session.
The customer's scope comes from the link only; the conversation must be theirs.

A browser's conversation is remembered in its (signed) session cookie, one per customer link
and one per collector, so the chat pages (api.routes.chat_pages) show it again after a
reload whether its turns came through these JSON endpoints or through the pages' forms."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from platformdirs import user_data_dir
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from api.deps import DB, Scope, Staff, csrf_protect
from assistant.chat_service import ChatConfig, ChatService
from assistant.outbox import company_from
from ledger.clock import today
from ledger.models import Conversation, Customer

router = APIRouter(dependencies=[Depends(csrf_protect)])
SESSION_KEY = "chat"  # request.session["chat"]: {"customer:C1": 12, "collector:alice": 13}


class ChatIn(BaseModel):
    message: str = Field(min_length=1, max_length=4000)
    conversation_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


class ChatOut(BaseModel):
    conversation_id: int
    reply: str
    actions: list[dict[str, Any]]
    awaiting_confirmation: bool = Field(
        default=False, description="the assistant asked a yes/no before recording something")


def service_for(request: Request) -> ChatService:
    state = request.app.state
    if state.understand is None:
        raise HTTPException(503, "the assistant is not configured on this server")
    folder = Path(user_data_dir("arbox", appauthor=False)) / "documents"
    return ChatService(state.factory, state.understand, today(state.settings),
                       ChatConfig(company_from(state.settings), folder, state.chat_model))


def check_owner(session: Session, conversation_id: int, *, customer_id: str | None = None,
                collector: str | None = None) -> Conversation:
    """The conversation, if it belongs to this customer (or collector); else a 404."""
    conv = session.get(Conversation, conversation_id)
    owner = session.get(Customer, conv.customer_pk) if conv and conv.customer_pk else None
    if conv is None or (customer_id is not None and (
            owner is None or owner.customer_id != customer_id)) or (
            collector is not None and (conv.role != "collector" or conv.collector != collector)):
        raise HTTPException(404, "no such conversation")
    return conv


def awaiting_confirmation(conv: Conversation) -> bool:
    pending = (conv.state or {}).get("pending")
    return isinstance(pending, dict) and pending.get("ask") == "confirm"


def customer_key(customer_id: str) -> str:
    return f"customer:{customer_id}"


def collector_key(username: str) -> str:
    return f"collector:{username}"


def remembered(request: Request, key: str) -> int | None:
    value = request.session.get(SESSION_KEY, {}).get(key)
    return value if isinstance(value, int) else None


def remember(request: Request, key: str, conversation_id: int | None) -> None:
    """Keep (or, with None, forget) this browser's conversation. Bearer callers have no
    browser session: nothing is stored for them."""
    if getattr(request.state, "via_bearer", False):
        return
    kept = dict(request.session.get(SESSION_KEY, {}))
    if conversation_id is None:
        kept.pop(key, None)
    else:
        kept[key] = conversation_id
    request.session[SESSION_KEY] = kept


def reply(request: Request, service: ChatService, session: Session, body: ChatIn, key: str,
          start: Callable[[], int], check: Callable[[int], object]) -> ChatOut:
    """Start a conversation or check the caller owns the one named, then answer one turn."""
    if body.conversation_id is None:
        conversation_id = start()
    else:
        check(body.conversation_id)
        conversation_id = body.conversation_id
    session.close()  # the service opens its own transaction
    result = service.turn(conversation_id, body.message)
    remember(request, key, conversation_id)
    with request.app.state.factory() as fresh:
        conv = fresh.get(Conversation, conversation_id)
        waiting = conv is not None and awaiting_confirmation(conv)
    return ChatOut(conversation_id=conversation_id, reply=result.reply, actions=result.actions,
                   awaiting_confirmation=waiting)


def customer_turn(request: Request, customer_id: str, body: ChatIn, session: Session) -> ChatOut:
    service = service_for(request)
    return reply(request, service, session, body, customer_key(customer_id),
                 lambda: service.start_customer(customer_id, channel="web"),
                 lambda cid: check_owner(session, cid, customer_id=customer_id))


def collector_turn(request: Request, username: str, body: ChatIn, session: Session) -> ChatOut:
    service = service_for(request)
    return reply(request, service, session, body, collector_key(username),
                 lambda: service.start_collector(username, channel="web"),
                 lambda cid: check_owner(session, cid, collector=username))


@router.post("/api/v1/portal/{token}/chat", response_model=ChatOut, tags=["portal"])
def customer_chat(request: Request, scope: Scope, body: ChatIn, session: DB) -> ChatOut:
    """One turn of the customer assistant, scoped to the link's customer."""
    return customer_turn(request, scope.customer_id, body, session)


@router.post("/api/v1/chat", response_model=ChatOut, tags=["collectors"])
def collector_chat(request: Request, user: Staff, body: ChatIn, session: DB) -> ChatOut:
    """One turn of the collector assistant (priorities, account summaries, firmer drafts)."""
    return collector_turn(request, user.username, body, session)
