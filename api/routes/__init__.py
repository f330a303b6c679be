"""Routers: each parses input, calls one service and renders JSON (under /api/v1) or a page."""
