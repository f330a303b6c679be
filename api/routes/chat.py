"""Chat over HTTP: a customer through their signed link, a collector through their session.
The customer's scope comes from the link only; the conversation must be theirs."""
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


class ChatIn(BaseModel):
    message: str = Field(min_length=1, max_length=4000)
    conversation_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


class ChatOut(BaseModel):
    conversation_id: int
    reply: str
    actions: list[dict[str, Any]]


def _service(request: Request) -> ChatService:
    state = request.app.state
    if state.understand is None:
        raise HTTPException(503, "the assistant is not configured on this server")
    folder = Path(user_data_dir("arbox", appauthor=False)) / "documents"
    return ChatService(state.factory, state.understand, today(state.settings),
                       ChatConfig(company_from(state.settings), folder, state.chat_model))


def _owned(session: Session, conversation_id: int, *, customer_id: str | None = None,
           collector: str | None = None) -> None:
    conv = session.get(Conversation, conversation_id)
    owner = session.get(Customer, conv.customer_pk) if conv and conv.customer_pk else None
    if conv is None or (customer_id is not None and (
            owner is None or owner.customer_id != customer_id)) or (
            collector is not None and conv.collector != collector):
        raise HTTPException(404, "no such conversation")


def _reply(service: ChatService, session: Session, body: ChatIn,
           start: Callable[[], int], check: Callable[[int], None]) -> ChatOut:
    """Start a conversation or check the caller owns the one named, then answer one turn."""
    if body.conversation_id is None:
        conversation_id = start()
    else:
        check(body.conversation_id)
        conversation_id = body.conversation_id
    session.close()  # the service opens its own transaction
    result = service.turn(conversation_id, body.message)
    return ChatOut(conversation_id=conversation_id, reply=result.reply, actions=result.actions)


@router.post("/api/v1/portal/{token}/chat", response_model=ChatOut, tags=["portal"])
def customer_chat(request: Request, scope: Scope, body: ChatIn, session: DB) -> ChatOut:
    """One turn of the customer assistant, scoped to the link's customer."""
    service = _service(request)
    return _reply(service, session, body,
                  lambda: service.start_customer(scope.customer_id, channel="web"),
                  lambda cid: _owned(session, cid, customer_id=scope.customer_id))


@router.post("/api/v1/chat", response_model=ChatOut, tags=["collectors"])
def collector_chat(request: Request, user: Staff, body: ChatIn, session: DB) -> ChatOut:
    """One turn of the collector assistant (priorities, account summaries, firmer drafts)."""
    service = _service(request)
    return _reply(service, session, body,
                  lambda: service.start_collector(user.username, channel="web"),
                  lambda cid: _owned(session, cid, collector=user.username))
