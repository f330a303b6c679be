"""The dashboard: KPIs as JSON and as a page with inline SVG charts."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from api.dashboard import dashboard
from api.deps import DB, Staff, csrf_protect
from api.pages import render
from api.schemas import DashboardOut
from ledger.clock import today

router = APIRouter(dependencies=[Depends(csrf_protect)])
Currency = Annotated[str | None, Query(pattern="^[A-Z]{3}$")]


def _kpis(request: Request, session: DB, currency: str | None) -> DashboardOut:
    settings = request.app.state.settings
    return dashboard(session, currency or settings.default_currency, today(settings))


@router.get("/api/v1/dashboard", response_model=DashboardOut, tags=["dashboard"])
def api_dashboard(request: Request, session: DB, _: Staff,
                  currency: Currency = None) -> DashboardOut:
    """Ageing buckets, DSO (countback), CEI, average days delinquent, promise-kept and
    auto-match rates, open disputes and their age, in one currency."""
    return _kpis(request, session, currency)


@router.get("/dashboard", include_in_schema=False)
def dashboard_page(request: Request, session: DB, _: Staff, currency: Currency = None
                   ) -> Response:
    d = _kpis(request, session, currency)
    amounts = [Decimal(b.amount) for b in d.ageing]
    top = max(amounts) if amounts and max(amounts) > 0 else Decimal(1)
    bars = [{"label": b.label, "amount": b.amount, "x": 20 + i * 110,
             "height": int(Decimal(180) * a / top), "y": 200 - int(Decimal(180) * a / top)}
            for i, (b, a) in enumerate(zip(d.ageing, amounts, strict=True))]
    rates = [(label, value) for label, value in (
        ("Promise-kept rate", d.promise_kept_rate), ("Auto-match rate", d.auto_match_rate),
        ("CEI", d.cei_percent / 100 if d.cei_percent is not None else None))]
    return render(request, "dashboard.html", {"d": d, "bars": bars, "rates": [
        {"label": label, "value": value, "width": int(300 * max(0.0, min(value, 1.0)))
         if value is not None else 0} for label, value in rates]})
