"""Security primitives of the web application: password hashes, API token hashes, CSRF tokens
and the signed, expiring customer links. Pure apart from the randomness of new secrets.

Passwords use argon2id through argon2-cffi: maintained by the PHC winner's reference binding
authors, wheels for every platform, and it tells us when a stored hash needs rehashing.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

ROLES = ("collector", "finance", "admin")
TOKEN_PREFIX = "arbox_"
_hasher = PasswordHasher()
# A fixed hash to verify against when the user does not exist, so an unknown username costs
# as much time as a wrong password (no user enumeration by timing).
_DUMMY_HASH = _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def new_api_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # API tokens carry 256 random bits, so a fast hash is enough (unlike passwords).
    return hashlib.sha256(token.encode()).hexdigest()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class LinkRefused(Exception):
    """A customer link that is tampered with, expired or for no customer."""


@dataclass(frozen=True, slots=True)
class CustomerScope:
    """What a customer link grants: one customer, by its ERP id."""

    customer_id: str


class CustomerLinks:
    """Signs and checks customer portal tokens (itsdangerous, HMAC-SHA1 with a salt of ours)."""

    SALT = "arbox.customer-portal.v1"

    def __init__(self, secret: str, max_age_seconds: int):
        self._serializer = URLSafeTimedSerializer(secret, salt=self.SALT)
        self.max_age_seconds = max_age_seconds

    def sign(self, customer_id: str) -> str:
        return self._serializer.dumps({"customer_id": customer_id})

    def check(self, token: str) -> CustomerScope:
        try:
            data = self._serializer.loads(token, max_age=self.max_age_seconds)
        except SignatureExpired as exc:
            raise LinkRefused("this link has expired: ask us for a new one") from exc
        except BadSignature as exc:
            raise LinkRefused("this link is not valid") from exc
        if not isinstance(data, dict) or not isinstance(data.get("customer_id"), str):
            raise LinkRefused("this link is not valid")
        return CustomerScope(data["customer_id"])
