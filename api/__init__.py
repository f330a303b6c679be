"""The HTTP interface: FastAPI app, JSON API and server-rendered pages.

An interface: may import services (inbox/, matching/, assistant/) and ledger/; nothing imports it.
"""
