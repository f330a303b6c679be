"""Entry point of the `arbox` console script: the app with every command registered."""
from __future__ import annotations

from cli import (commands_chat, commands_demo, commands_eval,  # noqa: F401
                 commands_followup, commands_ingest, commands_review, commands_serve,
                 commands_model, commands_users, commands_worker)
from cli.app import app

__all__ = ["app"]
