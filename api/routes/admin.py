"""Admins: users and API tokens."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import Response

from api import users
from api.deps import DB, Admin, RowId, csrf_protect
from api.pages import back, flash, render
from api.schemas import TokenIn, TokenOut, UserIn, UserOut
from ledger.errors import ArboxError
from ledger.models import User

router = APIRouter(dependencies=[Depends(csrf_protect)])


@router.get("/api/v1/users", response_model=list[UserOut], tags=["admin"])
def api_users(session: DB, _: Admin) -> list[UserOut]:
    return [UserOut(username=u.username, role=u.role)  # type: ignore[arg-type]
            for u in users.list_users(session)]


@router.post("/api/v1/users", response_model=UserOut, status_code=201, tags=["admin"])
def api_add_user(body: UserIn, session: DB, admin: Admin) -> UserOut:
    user = users.add_user(session, body.username, body.role, body.password, admin.username)
    session.commit()
    return UserOut(username=user.username, role=user.role)  # type: ignore[arg-type]


@router.post("/api/v1/users/{username}/tokens", response_model=TokenOut, status_code=201,
             tags=["admin"])
def api_issue_token(username: str, body: TokenIn, session: DB, admin: Admin) -> TokenOut:
    """A bearer token acting as `username`; shown once, only its hash is kept."""
    user = next((u for u in users.list_users(session) if u.username == username), None)
    if user is None:
        raise HTTPException(404, f"no user {username}")
    token = users.issue_token(session, user, body.name, admin.username)
    session.commit()
    return TokenOut(token=token, name=body.name)


@router.get("/admin/users", include_in_schema=False)
def users_page(request: Request, session: DB, _: Admin) -> Response:
    token = request.session.pop("new_token", None)
    return render(request, "users.html", {"users": users.list_users(session),
                                          "new_token": token})


@router.post("/admin/users", include_in_schema=False)
def users_add(request: Request, session: DB, admin: Admin, username: Annotated[str, Form()],
              role: Annotated[str, Form()], password: Annotated[str, Form()]) -> Response:
    try:
        users.add_user(session, username, role, password, admin.username)
        session.commit()
        flash(request, f"User {username} added.")
    except ArboxError as exc:
        session.rollback()
        flash(request, str(exc), "error")
    return back("/admin/users")


@router.post("/admin/users/{user_id}/token", include_in_schema=False)
def users_token(request: Request, user_id: RowId, session: DB, admin: Admin,
                name: Annotated[str, Form()] = "integration") -> Response:
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(404, f"no user {user_id}")
    token = users.issue_token(session, user, name, admin.username)
    session.commit()
    request.session["new_token"] = token
    return back("/admin/users")
