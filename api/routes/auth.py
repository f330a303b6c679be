"""Sign in and out, and the home page that sends each role to its own work."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from api.auth import new_csrf_token
from api.deps import DB, csrf_protect, current_user
from api.pages import back, flash, render
from api.schemas import UserOut
from api.users import authenticate
from ledger.models import User

router = APIRouter(dependencies=[Depends(csrf_protect)])
HOME = {"collector": "/queue", "finance": "/payments", "admin": "/worklist"}


def _safe_next(target: str | None) -> str | None:
    # Only our own paths: "//evil.test" or "https://…" would make login an open redirect.
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return None


@router.get("/", include_in_schema=False)
def home(user: Annotated[User, Depends(current_user)]) -> Response:
    return back(HOME.get(user.role, "/dashboard"))


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002
    return render(request, "login.html", {"next": _safe_next(next) or ""})


@router.post("/login", include_in_schema=False)
def login(request: Request, session: DB, username: Annotated[str, Form()],
          password: Annotated[str, Form()], next: Annotated[str, Form()] = "") -> Response:  # noqa: A002
    user = authenticate(session, username, password)
    if user is None:
        session.rollback()
        flash(request, "Wrong username or password.", "error")
        return render(request, "login.html", {"next": _safe_next(next) or ""}, 401)
    session.commit()
    request.session.clear()  # a fresh session on every sign-in: no fixation
    request.session.update({"uid": user.id, "csrf": new_csrf_token()})
    return RedirectResponse(_safe_next(next) or HOME.get(user.role, "/dashboard"), 303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request) -> Response:
    request.session.clear()
    return back("/login")


@router.get("/api/v1/me", response_model=UserOut, tags=["users"])
def me(user: Annotated[User, Depends(current_user)]) -> UserOut:
    """Who the session cookie or bearer token belongs to."""
    return UserOut(username=user.username, role=user.role)  # type: ignore[arg-type]
