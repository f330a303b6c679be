"""`arbox users add|list|token`: web users, their roles and API tokens."""
from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import select

from cli.app import app, fail
from cli.context import console, context
from ledger.db import transaction
from ledger.errors import InputError

users_app = typer.Typer(help="Manage web users and API tokens.", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _password(given: str | None) -> str:
    if given is not None:
        return given
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
def users_add(username: Annotated[str, typer.Argument(help="Login name.")],
              role: Annotated[str, typer.Option(help="collector, finance or admin.")],
              password: Annotated[str | None, typer.Option(
                  help="Password; omitted: prompted, or read from stdin when piped.")] = None,
              ) -> None:
    """Add a user who can sign in to the web application."""
    from api.users import add_user

    ctx = context()
    try:
        with transaction(ctx.factory) as session:
            add_user(session, username, role, _password(password), "cli")
    except InputError as exc:
        fail(str(exc), 2 if "role" in str(exc) else 1)
    console.print(f"user {username} added as {role}", highlight=False)


@users_app.command("list")
def users_list() -> None:
    """List web users and their roles."""
    from api.users import list_users

    ctx = context()
    with ctx.factory() as session:
        rows = list_users(session)
    table = Table(title="Users")
    for col in ("username", "role", "active"):
        table.add_column(col)
    for u in rows:
        table.add_row(u.username, u.role, "yes" if u.active else "no")
    console.print(table)


@users_app.command("token")
def users_token(username: Annotated[str, typer.Argument(help="User the token acts as.")],
                name: Annotated[str, typer.Option(help="What the token is for.")] = "integration",
                ) -> None:
    """Issue an API bearer token for a user and print it on stdout (shown only once)."""
    from api.users import issue_token
    from ledger.models import User

    ctx = context()
    with transaction(ctx.factory) as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            fail(f"no user {username}", 1)
        assert user is not None
        token = issue_token(session, user, name, "cli")
    sys.stdout.write(token + "\n")
