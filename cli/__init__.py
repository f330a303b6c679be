"""The `arbox` command line (typer): parses arguments, calls one service, renders.

An interface: may import services (inbox/, matching/, assistant/) and ledger/; nothing imports it.
"""
