"""The web application: FastAPI JSON endpoints, server-rendered pages and the customer portal.

May import ledger, matching, assistant and inbox; nothing below imports api.
"""
