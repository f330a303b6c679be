"""Collectors: the approval queue (edit, approve, reject, send), the worklist and a customer's
account (holds, dunning exclusion, portal link). JSON under /api/v1, pages beside them."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from api import collections
from api.deps import DB, Collector, RowId, csrf_protect
from api.pages import back, flash, render
from api.schemas import (CustomerOut, DraftEditIn, DraftOut, ExcludeIn, HoldIn, InvoiceOut,
                         PortalLinkOut, QueueItemOut, ReasonIn, ReleaseIn, SendResultOut,
                         WorklistOut)
from api.views import Pager, draft_out, invoice_out
from assistant import outbox
from assistant.dunning import load_policy
from ledger.clock import now_utc, today
from ledger.errors import ArboxError
from ledger.models import Customer, Draft

router = APIRouter(dependencies=[Depends(csrf_protect)])
ERRORS = (ArboxError, LookupError)
QUEUE_PAGE = 25  # drafts per page of the approval queue
WORKLIST_PAGE = 50  # legal holds, tasks and failed messages per page of the worklist
PageNumber = Annotated[int, Query(ge=1, le=2**31 - 1)]
Offset = Annotated[int, Query(ge=0, le=2**31 - 1)]
TOTAL = {"X-Total-Count": {"description": "How many there are in all", "schema": {
    "type": "integer"}}}


def _today(request: Request):  # type: ignore[no-untyped-def]
    return today(request.app.state.settings)


def _draft_json(session: DB, d: Draft) -> DraftOut:
    c = session.get(Customer, d.customer_pk) if d.customer_pk else None
    return draft_out(d, c.customer_id if c else None, c.name if c else None)


def _send(request: Request, session: DB) -> list[SendResultOut]:
    settings = request.app.state.settings
    results = outbox.send_approved(session, settings, load_policy(settings.dunning_policy),
                                   now_utc(), today(settings))
    return [SendResultOut(draft_id=r.draft_id, status=r.status, detail=r.detail) for r in results]


def _link(request: Request, customer_id: str) -> PortalLinkOut:
    web = request.app.state.web
    token = request.app.state.links.sign(customer_id)
    return PortalLinkOut(url=f"{web.public_url.rstrip('/')}/portal/{token}",
                         expires_in_days=web.portal_link_days)


# ---- JSON ----------------------------------------------------------------------------------

@router.get("/api/v1/drafts", response_model=list[QueueItemOut], tags=["collector"],
            responses={200: {"headers": TOTAL}})
def api_queue(request: Request, response: Response, session: DB, _: Collector,
              limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: Offset = 0
              ) -> list[QueueItemOut]:
    """Drafts waiting for approval, oldest first, each with the customer's message
    (sanitised), what arbox understood of it and the account's open invoices: `limit` of
    them from `offset`; the X-Total-Count header says how many are waiting in all."""
    response.headers["X-Total-Count"] = str(collections.queue_count(session))
    return collections.approval_queue(session, _today(request), limit=limit, offset=offset)


@router.get("/api/v1/drafts/{draft_id}", response_model=QueueItemOut, tags=["collector"])
def api_queue_item(request: Request, draft_id: RowId, session: DB, _: Collector) -> QueueItemOut:
    items = collections.approval_queue(session, _today(request), draft_id)
    if not items:
        raise HTTPException(404, f"no draft {draft_id} waiting for approval")
    return items[0]


@router.put("/api/v1/drafts/{draft_id}", response_model=DraftOut, tags=["collector"])
def api_edit(draft_id: RowId, body: DraftEditIn, session: DB, user: Collector) -> DraftOut:
    draft = outbox.edit(session, draft_id, user.username, body.body, body.subject)
    session.commit()
    return _draft_json(session, draft)


@router.post("/api/v1/drafts/{draft_id}/approve", response_model=DraftOut, tags=["collector"])
def api_approve(draft_id: RowId, session: DB, user: Collector) -> DraftOut:
    draft = outbox.approve(session, draft_id, user.username)
    session.commit()
    return _draft_json(session, draft)


@router.post("/api/v1/drafts/{draft_id}/reject", response_model=DraftOut, tags=["collector"])
def api_reject(draft_id: RowId, body: ReasonIn, session: DB, user: Collector) -> DraftOut:
    draft = outbox.reject(session, draft_id, user.username, body.reason)
    session.commit()
    return _draft_json(session, draft)


@router.post("/api/v1/outbox/send", response_model=list[SendResultOut], tags=["collector"])
def api_send(request: Request, session: DB, _: Collector) -> list[SendResultOut]:
    """Send every approved draft that may go out now (rechecked against the ledger)."""
    results = _send(request, session)
    session.commit()
    return results


@router.get("/api/v1/worklist", response_model=WorklistOut, tags=["collector"])
def api_worklist(request: Request, session: DB, _: Collector,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 200, offset: Offset = 0
                 ) -> WorklistOut:
    """Legal holds, open tasks and failed messages (at most `limit` of each, from `offset`)
    and the ten accounts owing the most past due."""
    return collections.worklist(session, _today(request), limit=limit, offsets=dict.fromkeys(
        collections.WORKLIST_LISTS, offset))


@router.get("/api/v1/customers/{customer_id}", response_model=CustomerOut, tags=["collector"])
def api_customer(request: Request, customer_id: str, session: DB, _: Collector) -> CustomerOut:
    return collections.customer_view(session, customer_id, _today(request))


@router.post("/api/v1/customers/{customer_id}/holds", response_model=InvoiceOut,
             tags=["collector"])
def api_hold(request: Request, customer_id: str, body: HoldIn, session: DB,
             user: Collector) -> InvoiceOut:
    inv = collections.put_on_hold(session, customer_id, body.invoice_number, body.reason,
                                  user.username)
    session.commit()
    return invoice_out(inv, customer_id, _today(request))


@router.post("/api/v1/customers/{customer_id}/holds/release", response_model=InvoiceOut,
             tags=["collector"])
def api_release(request: Request, customer_id: str, body: ReleaseIn, session: DB,
                user: Collector) -> InvoiceOut:
    inv = collections.release_hold(session, customer_id, body.invoice_number, user.username)
    session.commit()
    return invoice_out(inv, customer_id, _today(request))


@router.put("/api/v1/customers/{customer_id}/dunning-exclusion", response_model=CustomerOut,
            tags=["collector"])
def api_exclude(request: Request, customer_id: str, body: ExcludeIn, session: DB,
                user: Collector) -> CustomerOut:
    collections.set_excluded(session, customer_id, body.excluded, body.reason, user.username)
    session.commit()
    return collections.customer_view(session, customer_id, _today(request))


@router.post("/api/v1/customers/{customer_id}/portal-link", response_model=PortalLinkOut,
             tags=["collector"])
def api_portal_link(request: Request, customer_id: str, session: DB,
                    _: Collector) -> PortalLinkOut:
    """A signed, expiring link to this customer's portal (and nothing else)."""
    collections.customer_by_id(session, customer_id)
    return _link(request, customer_id)


# ---- pages ---------------------------------------------------------------------------------

def _queue_url(page: int, draft_id: int | None = None) -> str:
    return ("/queue" + (f"?page={page}" if page > 1 else "")
            + (f"#draft-{draft_id}" if draft_id else ""))


@router.get("/queue", include_in_schema=False)
def queue_page(request: Request, session: DB, _: Collector, page: PageNumber = 1,
               draft: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None) -> Response:
    """One page of the queue; `?draft=N` opens the page that holds draft N."""
    position = collections.queue_position(session, draft) if draft is not None else None
    if position is not None:
        page = position // QUEUE_PAGE + 1
    pager = Pager.of(page, QUEUE_PAGE, collections.queue_count(session))
    items = collections.approval_queue(session, _today(request), limit=pager.size,
                                       offset=pager.offset)
    approved = session.scalar(select(func.count()).select_from(Draft)
                              .where(Draft.status == "approved"))
    return render(request, "queue.html", {"items": items, "approved": approved,
                                          "pager": pager})


def _form_action(request: Request, session: DB, action, ok: str) -> None:  # type: ignore[no-untyped-def]
    try:
        action()
        session.commit()
        flash(request, ok)
    except ERRORS as exc:
        session.rollback()
        flash(request, str(exc.args[0]) if isinstance(exc, LookupError) else str(exc), "error")


# The queue's forms carry the page they were on, so the collector comes back to it.
FormPage = Annotated[int, Form(ge=1, le=2**31 - 1)]


@router.post("/queue/{draft_id}/edit", include_in_schema=False)
def queue_edit(request: Request, draft_id: RowId, session: DB, user: Collector,
               body: Annotated[str, Form()], subject: Annotated[str, Form()] = "",
               page: FormPage = 1) -> Response:
    _form_action(request, session, lambda: outbox.edit(session, draft_id, user.username, body,
                                                       subject or None),
                 f"Draft {draft_id} saved.")
    return back(_queue_url(page, draft_id))


@router.post("/queue/{draft_id}/approve", include_in_schema=False)
def queue_approve(request: Request, draft_id: RowId, session: DB, user: Collector,
                  send: Annotated[str, Form()] = "", page: FormPage = 1) -> Response:
    _form_action(request, session, lambda: outbox.approve(session, draft_id, user.username),
                 f"Draft {draft_id} approved.")
    if send:
        return outbox_send(request, session, user, page)
    return back(_queue_url(page))


@router.post("/queue/{draft_id}/reject", include_in_schema=False)
def queue_reject(request: Request, draft_id: RowId, session: DB, user: Collector,
                 reason: Annotated[str, Form()] = "", page: FormPage = 1) -> Response:
    _form_action(request, session, lambda: outbox.reject(session, draft_id, user.username,
                                                         reason),
                 f"Draft {draft_id} rejected.")
    return back(_queue_url(page))


@router.post("/outbox/send", include_in_schema=False)
def outbox_send(request: Request, session: DB, _: Collector, page: FormPage = 1) -> Response:
    try:
        results = _send(request, session)
        session.commit()
        sent = sum(r.status == "sent" for r in results)
        flash(request, f"{sent} sent." + "".join(f" Draft {r.draft_id}: {r.status} ({r.detail})."
                                                 for r in results if r.status != "sent"))
    except ArboxError as exc:
        session.rollback()
        flash(request, str(exc), "error")
    return back(_queue_url(page))


@router.get("/worklist", include_in_schema=False)
def worklist_page(request: Request, session: DB, _: Collector, holds_page: PageNumber = 1,
                  tasks_page: PageNumber = 1, failed_page: PageNumber = 1) -> Response:
    """Each list pages on its own (`holds_page`, `tasks_page`, `failed_page`); a link to one
    list's next page keeps the others where they were."""
    totals = collections.worklist_totals(session)
    asked = {"legal_holds": ("holds_page", holds_page), "tasks": ("tasks_page", tasks_page),
             "failed_messages": ("failed_page", failed_page)}
    pagers: dict[str, Pager] = {}
    for name, (param, number) in asked.items():
        keep = [(p, str(n)) for other, (p, n) in asked.items() if other != name and n > 1]
        pagers[name] = Pager.of(number, WORKLIST_PAGE, totals[name], param, keep)
    w = collections.worklist(session, _today(request), limit=WORKLIST_PAGE,
                             offsets={name: p.offset for name, p in pagers.items()})
    return render(request, "worklist.html", {"w": w, "pagers": pagers})


@router.get("/customers/{customer_id}", include_in_schema=False)
def customer_page(request: Request, customer_id: str, session: DB, _: Collector) -> Response:
    view = collections.customer_view(session, customer_id, _today(request))
    link = request.session.pop("portal_link", None)
    return render(request, "customer.html", {"c": view, "portal_link": link,
                                             "timeline_limit": collections.TIMELINE_LIMIT})


@router.post("/customers/{customer_id}/hold", include_in_schema=False)
def customer_hold(request: Request, customer_id: str, session: DB, user: Collector,
                  invoice_number: Annotated[str, Form()],
                  reason: Annotated[str, Form()] = "") -> Response:
    _form_action(request, session, lambda: collections.put_on_hold(
        session, customer_id, invoice_number, reason, user.username),
        f"{invoice_number} is on hold.")
    return back(f"/customers/{customer_id}")


@router.post("/customers/{customer_id}/release", include_in_schema=False)
def customer_release(request: Request, customer_id: str, session: DB, user: Collector,
                     invoice_number: Annotated[str, Form()]) -> Response:
    _form_action(request, session, lambda: collections.release_hold(
        session, customer_id, invoice_number, user.username),
        f"{invoice_number} is no longer on hold.")
    return back(f"/customers/{customer_id}")


@router.post("/customers/{customer_id}/exclusion", include_in_schema=False)
def customer_exclusion(request: Request, customer_id: str, session: DB, user: Collector,
                       excluded: Annotated[str, Form()] = "",
                       reason: Annotated[str, Form()] = "") -> Response:
    on = excluded == "1"
    _form_action(request, session, lambda: collections.set_excluded(
        session, customer_id, on, reason, user.username),
        "Excluded from dunning." if on else "Included in dunning again.")
    return back(f"/customers/{customer_id}")


@router.post("/customers/{customer_id}/portal-link", include_in_schema=False)
def customer_portal_link(request: Request, customer_id: str, session: DB,
                         _: Collector) -> Response:
    collections.customer_by_id(session, customer_id)
    request.session["portal_link"] = _link(request, customer_id).url
    return back(f"/customers/{customer_id}")
