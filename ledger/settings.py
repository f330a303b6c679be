"""The one settings object, read from ARBOX_* environment variables (and .env).

Built once by an interface (CLI, API, worker) and passed down; pure functions take values.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ARBOX_", env_file=".env", extra="ignore")

    database_url: str | None = None  # None: SQLite in the user data dir
    today: date | None = None  # pins "today" for every computation
    default_currency: str = "EUR"
    company_name: str = "arbox demo company"
    ar_address: str = "ar@example.com"

    # Cash application policy
    auto_apply_min_score: Decimal = Decimal("0.95")
    amount_tolerance: Decimal = Decimal("0.00")

    # Inbox limits
    max_message_bytes: int = 25 * 1024 * 1024
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_attachments: int = 50
    # The trained intent model next to the rules: "shipped" (inbox/models/intents), "off"
    # (rules only), or the directory of a model trained with `arbox model train`.
    intent_model: str = "shipped"

    # IMAP
    imap_host: str | None = None
    imap_port: int = 993
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_folders: str = "INBOX"
    imap_ssl: bool = True

    # Outgoing mail (approved drafts)
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = True
    smtp_ssl: bool = False
    smtp_timeout_seconds: float = 30.0

    # Dunning and documents
    dunning_policy: Path | None = None  # TOML file; None: the policy shipped with arbox
    # The worker's daily dunning run: "HH:MM" local time in the policy's time zone; "" turns
    # it off (`arbox worker --no-dunning` too).
    dunning_schedule: str = "07:00"
    company_address: str = ""
    company_iban: str = ""
    company_bic: str = ""
    company_logo: Path | None = None

    # Optional LLM: unset means fully offline
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_seconds: float = 20.0
    # Ask the LLM (when configured) to reread messages the offline reader is unsure of.
    llm_understanding: bool = True
    # ... when the offline primary intent's confidence is below this (or it is "other").
    llm_understanding_below: float = Field(0.7, ge=0.0, le=1.0)

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        data_dir = Path(user_data_dir("arbox", appauthor=False))
        data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{data_dir / 'arbox.sqlite3'}"
