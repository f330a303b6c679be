"""Entry point of the `arbox` console script: the app with every command registered."""
from __future__ import annotations

from cli import commands_demo, commands_ingest, commands_review  # noqa: F401  (registration)
from cli.app import app

__all__ = ["app"]
