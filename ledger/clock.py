"""Where "today" and "now" come from: the real clock, unless ARBOX_TODAY pins the date.

Only interfaces call these; logic takes `today` as an argument.
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from ledger.settings import Settings


def today(settings: Settings) -> date:
    return settings.today or datetime.now(UTC).date()


def now_utc() -> datetime:
    return datetime.now(UTC)
