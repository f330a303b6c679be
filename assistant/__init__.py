"""Follow-ups: dunning policy, reply drafting from prompts/ templates, the optional LLM client.

May import ledger/ only (never inbox/, matching/, api/ or cli/).
"""
