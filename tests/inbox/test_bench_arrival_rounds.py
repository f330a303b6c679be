"""bench/arrival_rounds.py's tallies: what the precedence rules of inbox/classify.py would change
on messages read as they arrived (the rounds themselves are read by the benchmark, not here)."""
from __future__ import annotations

from bench.arrival_rounds import legal_lead_grid, withheld_moves


def _row(gold, primary, intents, model):
    return {"file": "x.eml", "gold": gold, "gold_intents": [gold], "primary": primary,
            "intents": intents, "model": model}


ROWS = [
    # the customer's own client in receivership: the model reads a promise
    _row("promise_to_pay", "insolvency_notice", [["insolvency_notice", 0.93]],
         {"insolvency_notice": 0.01, "promise_to_pay": 0.9}),
    # a real notice the model does not know: changing it would be wrong
    _row("insolvency_notice", "insolvency_notice", [["insolvency_notice", 0.98]],
         {"insolvency_notice": 0.02, "document_request": 0.6}),
    # a notice the model agrees with: never changed
    _row("insolvency_notice", "insolvency_notice", [["insolvency_notice", 0.98]],
         {"insolvency_notice": 0.95, "other": 0.9}),
    # withheld payment put first: the model sees no dispute, the author wrote a promise
    _row("promise_to_pay", "dispute", [["dispute", 0.14], ["promise_to_pay", 0.9]],
         {"dispute": 0.01, "promise_to_pay": 0.9}),
    # ... and one where the model sees the dispute, as the author did
    _row("dispute", "dispute", [["dispute", 0.4], ["promise_to_pay", 0.7]],
         {"dispute": 0.4, "promise_to_pay": 0.7}),
]


def _cell(grid, a, b):
    return next(g for g in grid if g["legal_below"] == a and g["other_at_least"] == b)


def test_the_legal_lead_grid_counts_changes_right_and_wrong():
    grid = legal_lead_grid(ROWS)
    assert _cell(grid, 0.05, 0.5) == {"legal_below": 0.05, "other_at_least": 0.5,
                                      "changed": 2, "right": 1, "wrong": 1}
    assert _cell(grid, 0.05, 0.7)["changed"] == 1  # the 0.6 reading no longer counts
    assert _cell(grid, 0.01, 0.3)["changed"] == 0  # 0.01 is not under 0.01


def test_withheld_moves_are_split_by_the_models_dispute_probability():
    assert withheld_moves(ROWS) == {"below": {"promise_to_pay": 1},
                                    "at_or_above": {"dispute": 1}}
