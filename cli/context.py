"""What every command needs: settings, a migrated database, the stderr console, logging."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import cached_property

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


def context() -> AppContext:
    return AppContext(Settings())
