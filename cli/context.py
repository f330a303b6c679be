"""What every command needs: settings, a migrated database, the stderr console, logging."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from rich.console import Console
from rich.logging import RichHandler
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ledger.clock import today
from ledger.db import make_engine, migrate, session_factory
from ledger.settings import Settings

console = Console(stderr=True, soft_wrap=True)  # never break a message or a path


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=console, show_path=False)], force=True)


@dataclass
class AppContext:
    settings: Settings

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.settings.resolved_database_url())
        migrate(engine)
        return engine

    @cached_property
    def factory(self) -> sessionmaker[Session]:
        return session_factory(self.engine)

    @property
    def today(self) -> date:
        return today(self.settings)


def chat_model(settings: Settings) -> Any:
    """The optional LLM (any OpenAI-compatible endpoint), or None: offline."""
    if not settings.llm_base_url:
        return None
    from assistant.chat_llm import make_chat_model
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    return make_chat_model(settings.llm_base_url, key, settings.llm_model,
                           settings.llm_timeout_seconds)


def context() -> AppContext:
    return AppContext(Settings())
