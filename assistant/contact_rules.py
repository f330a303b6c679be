"""Fair contact hours: may we send to this customer now? Pure, on an aware UTC instant."""
from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def within_window(now_utc: datetime, timezone: str | None, default_timezone: str,
                  weekdays: tuple[int, ...], start: time, end: time) -> bool:
    try:
        zone = ZoneInfo(timezone or default_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(default_timezone)
    local = now_utc.astimezone(zone)
    return local.weekday() in weekdays and start <= local.time() < end
