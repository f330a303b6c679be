"""Web users and API tokens: create, authenticate, issue and check bearer tokens. Audited."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import (ROLES, hash_password, needs_rehash, new_api_token, token_hash,
                      verify_password)
from ledger import audit
from ledger.clock import now_utc
from ledger.errors import InputError
from ledger.models import ApiToken, User

MIN_PASSWORD_LENGTH = 10


def add_user(session: Session, username: str, role: str, password: str, by: str) -> User:
    username = username.strip()
    if not username or len(username) > 64:
        raise InputError("a username is 1 to 64 characters")
    if role not in ROLES:
        raise InputError(f"unknown role {role!r} (collector, finance or admin)")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise InputError(f"user {username!r} already exists")
    user = User(username=username, role=role, password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    audit.record(session, by, "user_added", "user", user.id, username=username, role=role)
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    if not verify_password(user.password_hash if user else None, password):
        return None
    assert user is not None
    if not user.active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now_utc()
    audit.record(session, user.username, "user_logged_in", "user", user.id)
    return user


def issue_token(session: Session, user: User, name: str, by: str) -> str:
    """A new bearer token for `user`; the only time its clear text exists."""
    token = new_api_token()
    row = ApiToken(user_pk=user.id, name=name[:64] or "token", token_hash=token_hash(token))
    session.add(row)
    session.flush()
    audit.record(session, by, "api_token_issued", "user", user.id, token_pk=row.id, name=name)
    return token


def user_for_token(session: Session, token: str) -> User | None:
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == token_hash(token),
                                                 ApiToken.revoked_at.is_(None))).first()
    if row is None or not row.user.active:
        return None
    row.last_used_at = now_utc()
    return row.user


def revoke_token(session: Session, token_pk: int, by: str) -> None:
    row = session.get(ApiToken, token_pk)
    if row is None:
        raise InputError(f"no API token {token_pk}")
    row.revoked_at = now_utc()
    audit.record(session, by, "api_token_revoked", "user", row.user_pk, token_pk=token_pk)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))
