"""Entry point of the `arbox` console script: the app with every command registered."""
from __future__ import annotations

from cli import (commands_demo, commands_followup, commands_ingest,  # noqa: F401
                 commands_review)
from cli.app import app

__all__ = ["app"]
