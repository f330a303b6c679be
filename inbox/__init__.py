"""Reading customer email: MIME parsing, quoted-text removal, bounce/auto-reply detection,
classification, fact extraction, customer identification, and the pipeline that stores results.

May import ledger/ only (never matching/, assistant/, api/ or cli/).
"""
