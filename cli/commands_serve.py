"""`arbox serve`: the web application (approval queue, worklist, payments, portal, dashboard)
under uvicorn; `arbox portal-link`: a signed link to one customer's portal."""
from __future__ import annotations

import sys
from typing import Annotated

import typer

from cli.app import app, fail
from cli.context import chat_model, console, context
from ledger.errors import InputError


@app.command("serve")
def serve(host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000) -> None:
    """Serve the web application and its JSON API (OpenAPI at /openapi.json).

    Needs ARBOX_SECRET_KEY (32+ random characters); set ARBOX_COOKIE_SECURE=false only for
    plain-HTTP development."""
    import uvicorn

    from api.app import create_app
    from api.config import WebSettings

    ctx = context()
    try:
        web = WebSettings()
        from cli.commands_chat import InboxUnderstand
        application = create_app(ctx.settings, web, ctx.factory,  # ctx.factory migrates
                                 understand=InboxUnderstand(), chat_model=chat_model(ctx.settings))
    except InputError as exc:
        fail(str(exc))
    console.print(f"arbox listening on http://{host}:{port}", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="info", proxy_headers=False)


@app.command("portal-link")
def portal_link(customer_id: Annotated[str, typer.Argument(help="The customer's ERP id.")]
                ) -> None:
    """Print a signed, expiring link to one customer's portal."""
    from sqlalchemy import select

    from api.auth import CustomerLinks
    from api.config import WebSettings
    from ledger.models import Customer

    ctx = context()
    try:
        web = WebSettings()
        links = CustomerLinks(web.secret(), web.portal_link_days * 86400)
    except InputError as exc:
        fail(str(exc))
    with ctx.factory() as session:
        if session.scalars(select(Customer).where(Customer.customer_id == customer_id)
                           ).first() is None:
            fail(f"no customer {customer_id}", 1)
    sys.stdout.write(f"{web.public_url.rstrip('/')}/portal/{links.sign(customer_id)}\n")
