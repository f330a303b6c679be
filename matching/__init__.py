"""Cash application: bank file readers, candidate scoring, application policy, and the service
that posts applications. May import ledger/ only (never inbox/, assistant/, api/ or cli/).
"""
