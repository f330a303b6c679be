"""Entry point of the `arbox` console script: the app with every command registered."""
from __future__ import annotations

from cli import (commands_demo, commands_eval, commands_followup,  # noqa: F401
                 commands_ingest, commands_review, commands_serve, commands_users,
                 commands_worker)
from cli.app import app

__all__ = ["app"]
