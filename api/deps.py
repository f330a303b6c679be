"""Request dependencies: the database session, who is calling (session cookie or bearer
token), role checks, CSRF on every unsafe request, and the customer scope of a portal link."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Request
from sqlalchemy.orm import Session

from api.auth import CustomerScope, LinkRefused, csrf_matches, new_csrf_token
from api.users import user_for_token
from ledger.models import User

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def db(request: Request) -> Iterator[Session]:
    """A session per request; routes that change the ledger commit explicitly."""
    with request.app.state.factory() as session:
        yield session


DB = Annotated[Session, Depends(db)]


def bearer_token(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def csrf_token(request: Request) -> str:
    """This browser session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = new_csrf_token()
    return str(token)


async def csrf_protect(request: Request) -> None:
    """Refuse an unsafe request that relies on the browser (cookie) without our token, taken
    from the form field or the X-CSRF-Token header. Bearer calls carry no ambient authority."""
    if request.method in SAFE_METHODS or bearer_token(request) is not None:
        return
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        value = (await request.form()).get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not csrf_matches(request.session.get("csrf"), given):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def current_user(request: Request, session: DB) -> User:
    token = bearer_token(request)
    user: User | None = None
    if token is not None:
        # A bearer header is the only credential looked at: never fall back to the cookie.
        user = user_for_token(session, token)
        if user is not None:
            session.commit()  # last_used_at
            request.state.via_bearer = True
    elif (uid := request.session.get("uid")) is not None:
        user = session.get(User, uid)
        if user is not None and not user.active:
            user = None
    if user is None:
        raise HTTPException(401, "sign in first (or send a valid bearer token)",
                            headers={"WWW-Authenticate": "Bearer"})
    request.state.user = user
    return user


def require(*roles: str):  # type: ignore[no-untyped-def]
    """A dependency letting in the given roles (admins always)."""
    def check(user: Annotated[User, Depends(current_user)]) -> User:
        if user.role != "admin" and user.role not in roles:
            raise HTTPException(403, f"a {user.role} may not do this "
                                     f"(needs {' or '.join(roles) or 'admin'})")
        return user
    return check


Collector = Annotated[User, Depends(require("collector"))]
Finance = Annotated[User, Depends(require("finance"))]
Staff = Annotated[User, Depends(require("collector", "finance"))]
Admin = Annotated[User, Depends(require())]


def portal_scope(request: Request, token: str) -> CustomerScope:
    try:
        return request.app.state.links.check(token)
    except LinkRefused as exc:
        raise HTTPException(403, str(exc)) from exc


Scope = Annotated[CustomerScope, Depends(portal_scope)]


# A database row id in a URL: bounded to what an INTEGER column holds, so an absurd id gets
# a 422 instead of an overflow inside the database driver.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # INTEGER on PostgreSQL
