"""Benchmarks and the synthetic data they run on (seeded, reproducible).

May import ledger/ and matching/; nothing imports bench/ except tests and its own CLI.
"""
