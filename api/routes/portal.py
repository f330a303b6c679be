"""The customer portal, reached through a signed, expiring link: open and paid invoices,
PDF copies and statement, disputes and promises to pay. The scope comes from the link only."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from api import portal
from api.deps import DB, Scope, csrf_protect
from api.pages import back, flash, render
from api.schemas import DisputeIn, DisputeOut, DisputeReason, PortalOut, PromiseIn, PromiseOut
from assistant.outbox import company_from
from ledger.clock import today
from ledger.errors import ArboxError

router = APIRouter(dependencies=[Depends(csrf_protect)])
PDF = {200: {"content": {"application/pdf": {}}, "description": "PDF document"}}
REASONS = {"invoice_not_received": "We did not receive the invoice",
           "duplicate_billing": "Billed twice", "not_received_goods": "Goods not received",
           "damaged": "Goods damaged", "quantity": "Wrong quantity", "pricing": "Wrong price",
           "tax": "Wrong tax", "other": "Other"}


def _pdf(filename: str, data: bytes) -> Response:
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/api/v1/portal/{token}", response_model=PortalOut, tags=["portal"])
def api_view(request: Request, scope: Scope, session: DB) -> PortalOut:
    """The customer's open and paid invoices."""
    return portal.view(session, scope, today(request.app.state.settings))


@router.get("/api/v1/portal/{token}/invoice.pdf", tags=["portal"], response_class=Response,
            responses=PDF)
def api_invoice_pdf(request: Request, scope: Scope, session: DB,
                    number: Annotated[str, Query(min_length=1, max_length=64)]) -> Response:
    """A copy of one of the customer's invoices."""
    return _pdf(*portal.invoice_copy(session, scope, number,
                                     company_from(request.app.state.settings)))


@router.get("/api/v1/portal/{token}/statement.pdf", tags=["portal"], response_class=Response,
            responses=PDF)
def api_statement_pdf(request: Request, scope: Scope, session: DB) -> Response:
    settings = request.app.state.settings
    return _pdf(*portal.statement(session, scope, company_from(settings), today(settings)))


@router.post("/api/v1/portal/{token}/disputes", response_model=DisputeOut, tags=["portal"])
def api_dispute(scope: Scope, body: DisputeIn, session: DB) -> DisputeOut:
    """Dispute an invoice: it goes on hold (no reminders) and a collector gets a task."""
    out = portal.open_dispute(session, scope, body.invoice_number, body.reason, body.comment)
    session.commit()
    return out


@router.post("/api/v1/portal/{token}/promises", response_model=PromiseOut, tags=["portal"])
def api_promise(request: Request, scope: Scope, body: PromiseIn, session: DB) -> PromiseOut:
    out = portal.promise(session, scope, body.invoice_number, body.promised_date,
                         body.promised_amount, today(request.app.state.settings))
    session.commit()
    return out


@router.get("/portal/{token}", include_in_schema=False)
def portal_page(request: Request, token: str, scope: Scope, session: DB) -> Response:
    view = portal.view(session, scope, today(request.app.state.settings))
    return render(request, "portal.html", {"p": view, "token": token, "reasons": REASONS})


@router.get("/portal/{token}/invoice.pdf", include_in_schema=False)
def portal_invoice_pdf(request: Request, scope: Scope, session: DB,
                       number: Annotated[str, Query(min_length=1, max_length=64)]) -> Response:
    return api_invoice_pdf(request, scope, session, number)


@router.get("/portal/{token}/statement.pdf", include_in_schema=False)
def portal_statement_pdf(request: Request, scope: Scope, session: DB) -> Response:
    return api_statement_pdf(request, scope, session)


@router.post("/portal/{token}/dispute", include_in_schema=False)
def portal_dispute(request: Request, token: str, scope: Scope, session: DB,
                   invoice_number: Annotated[str, Form()], reason: Annotated[str, Form()],
                   comment: Annotated[str, Form()] = "") -> Response:
    try:
        DisputeIn(invoice_number=invoice_number, reason=reason, comment=comment)  # type: ignore[arg-type]
        portal.open_dispute(session, scope, invoice_number, reason, comment)
        session.commit()
        flash(request, f"Thank you: your dispute on {invoice_number} is recorded; we will "
                       f"not send reminders for it while we look into it.")
    except (ArboxError, LookupError, ValueError) as exc:
        session.rollback()
        flash(request, _message(exc), "error")
    return back(f"/portal/{token}")


@router.post("/portal/{token}/promise", include_in_schema=False)
def portal_promise(request: Request, token: str, scope: Scope, session: DB,
                   invoice_number: Annotated[str, Form()],
                   promised_date: Annotated[date, Form()],
                   promised_amount: Annotated[str, Form()] = "") -> Response:
    try:
        portal.promise(session, scope, invoice_number, promised_date, promised_amount or None,
                       today(request.app.state.settings))
        session.commit()
        flash(request, f"Thank you: we noted your payment of {invoice_number} by "
                       f"{promised_date.isoformat()}.")
    except (ArboxError, LookupError) as exc:
        session.rollback()
        flash(request, _message(exc), "error")
    return back(f"/portal/{token}")


def _message(exc: Exception) -> str:
    if isinstance(exc, LookupError):
        return str(exc.args[0]) if exc.args else "not found"
    if isinstance(exc, ValueError) and hasattr(exc, "errors"):
        return "; ".join(str(e["msg"]) for e in exc.errors())  # pydantic ValidationError
    return str(exc)


__all__ = ["router", "DisputeReason"]
