"""Finance: payments with their applications and evidence, reversing an application with a
reason, and the CSV journal of applied cash."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from api import finance
from api.deps import DB, Finance, RowId, csrf_protect
from api.pages import back, flash, render
from api.schemas import ApplicationOut, PaymentOut, ReasonIn
from api.views import Pager
from ledger.errors import ArboxError, InputError
from ledger.models import Application
from ledger.money import decimal_str
from matching.service import reverse_application

router = APIRouter(dependencies=[Depends(csrf_protect)])
PaymentStatus = Literal["unmatched", "applied", "suggested", "exception", "ignored"]
PAYMENTS_PAGE = 50  # payments per page of the payments page
TOTAL = {"X-Total-Count": {"description": "How many there are in all", "schema": {
    "type": "integer"}}}


def _reverse(session: DB, application_id: int, reason: str, actor: str) -> Application:
    if not reason.strip():
        raise InputError("a reversal needs a reason")
    return reverse_application(session, application_id, reason.strip(), actor)


@router.get("/api/v1/payments", response_model=list[PaymentOut], tags=["finance"],
            responses={200: {"headers": TOTAL}})
def api_payments(response: Response, session: DB, _: Finance,
                 status: PaymentStatus | None = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 200,
                 offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> list[PaymentOut]:
    """Payments, newest first, with their applications and the evidence for each decision:
    `limit` of them from `offset`; the X-Total-Count header says how many there are."""
    response.headers["X-Total-Count"] = str(finance.payments_count(session, status))
    return finance.payments(session, status, limit, offset)


@router.post("/api/v1/applications/{application_id}/reverse", response_model=ApplicationOut,
             tags=["finance"])
def api_reverse(application_id: RowId, body: ReasonIn, session: DB, user: Finance
                ) -> ApplicationOut:
    app = _reverse(session, application_id, body.reason, user.username)
    session.commit()
    return ApplicationOut(application_id=app.id, invoice_number=app.invoice.invoice_number,
                          amount=decimal_str(app.amount), status=app.status,
                          deduction_amount=decimal_str(app.deduction_amount)
                          if app.deduction_amount is not None else None,
                          deduction_reason=app.deduction_reason, evidence=list(app.evidence))


@router.get("/api/v1/journal.csv", tags=["finance"], response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "CSV journal"}})
def api_journal(session: DB, _: Finance, date_from: date | None = None,
                date_to: date | None = None,
                customer_id: Annotated[str | None, Query(max_length=64)] = None,
                currency: Annotated[str | None, Query(min_length=3, max_length=3)] = None,
                status: Literal["auto_applied", "confirmed"] | None = None) -> Response:
    """Applied cash as a journal: payment, invoice, amount, date and deduction code, one row
    per auto-applied or confirmed application (reversed ones are left out)."""
    rows = finance.journal_rows(session, finance.JournalFilter(date_from, date_to, customer_id,
                                                               currency, status))
    name = f"arbox-journal-{date_from or 'start'}-{date_to or 'end'}.csv"
    return Response(finance.journal_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/payments", include_in_schema=False)
def payments_page(request: Request, session: DB, _: Finance,
                  status: PaymentStatus | None = None,
                  page: Annotated[int, Query(ge=1, le=2**31 - 1)] = 1) -> Response:
    pager = Pager.of(page, PAYMENTS_PAGE, finance.payments_count(session, status),
                     keep=[("status", status)] if status else ())
    return render(request, "payments.html", {
        "payments": finance.payments(session, status, pager.size, pager.offset),
        "status": status or "", "pager": pager})


@router.post("/payments/applications/{application_id}/reverse", include_in_schema=False)
def reverse_page(request: Request, application_id: RowId, session: DB, user: Finance,
                 reason: Annotated[str, Form()] = "",
                 status: Annotated[PaymentStatus | Literal[""], Form()] = "",
                 page: Annotated[int, Form(ge=1, le=2**31 - 1)] = 1) -> Response:
    """Reverse, then back to the same page of the same list."""
    try:
        app = _reverse(session, application_id, reason, user.username)
        session.commit()
        flash(request, f"Application {app.id} on {app.invoice.invoice_number} reversed.")
    except ArboxError as exc:
        session.rollback()
        flash(request, str(exc), "error")
    query = [("status", status)] if status else []
    query += [("page", str(page))] if page > 1 else []
    return back("/payments" + (f"?{urlencode(query)}" if query else ""))
