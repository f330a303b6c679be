"""The cash-application benchmark on a small seeded ledger: accuracy floors (no timing)."""
from __future__ import annotations

import json

from bench.matching import main, run

# Floors on the realistic noise level; raise them as the engine improves.
PRECISION_FLOOR = 0.998
RATE_FLOOR = 0.85
METRICS = {"auto_apply_precision", "auto_apply_rate", "top3_recall", "p95_ms", "mean_ms"}


def test_arbox_meets_the_floors_and_beats_exact_reference():
    result = run(5_000, 500, seed=21, naive_max=50)
    arbox = result["arbox"]
    assert arbox["payments"] == 500
    assert arbox["auto_apply_precision"] >= PRECISION_FLOOR, arbox
    assert arbox["auto_apply_rate"] >= RATE_FLOOR, arbox
    assert arbox["top3_recall"] > result["exact_reference"]["top3_recall"]
    assert arbox["auto_apply_rate"] > result["exact_reference"]["auto_apply_rate"]
    for method in ("exact_reference", "naive_fuzzy", "arbox"):
        assert METRICS <= set(result[method])
    assert result["naive_fuzzy"]["payments"] == 50
    assert "first 50 payments only" in result["params"]["naive_fuzzy_note"]


def test_a_second_seed_meets_the_floors():
    arbox = run(5_000, 500, seed=1234, methods=("arbox",))["arbox"]
    assert arbox["auto_apply_precision"] >= PRECISION_FLOOR, arbox
    assert arbox["auto_apply_rate"] >= RATE_FLOOR, arbox


def test_cli_prints_one_json_object(capsys):
    assert main(["--open-invoices", "300", "--payments", "20", "--seed", "3", "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out)
    assert out.count("\n") == 1
    assert {"exact_reference", "naive_fuzzy", "arbox", "index_build_s", "params"} <= set(result)
    assert result["params"]["open_invoices"] == 300
