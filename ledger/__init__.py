"""The AR domain model and its persistence: Money, settings, SQLAlchemy models, audit log, imports.

Imports nothing of ours; every other package may import it.
"""
