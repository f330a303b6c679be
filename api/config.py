"""Settings only the web application reads (ARBOX_SECRET_KEY, cookie flags, link lifetime).

Kept apart from ledger.settings so the rest of arbox never sees the web secret; built once by
`arbox serve` (or a test) and handed to api.app.create_app.
"""
from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from ledger.errors import InputError

MIN_SECRET_LENGTH = 32


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ARBOX_", env_file=".env", extra="ignore")

    secret_key: SecretStr | None = None  # signs session cookies and customer links
    cookie_secure: bool = True  # Secure flag on the session cookie: off only for plain-HTTP dev
    session_hours: int = 12
    portal_link_days: int = 14
    public_url: str = "http://127.0.0.1:8000"  # base of customer links the app hands out

    def secret(self) -> str:
        """The signing secret; an unsafe one stops startup, naming the variable."""
        if self.secret_key is None:
            raise InputError("ARBOX_SECRET_KEY is not set: generate one with "
                             "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`")
        value = self.secret_key.get_secret_value()
        if len(value) < MIN_SECRET_LENGTH:
            raise InputError(f"ARBOX_SECRET_KEY is {len(value)} characters; use at least "
                             f"{MIN_SECRET_LENGTH} random characters")
        return value
