"""Benchmarks and the synthetic data they run on (seeded, reproducible).

May import ledger/ and matching/ (web_load also api/ and runs `arbox serve`; intent_cv also
inbox/ and cli/ to score the pipeline); nothing imports
bench/ except tests and its own CLI.
"""
