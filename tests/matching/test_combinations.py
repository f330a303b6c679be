"""Subset search for lump sums: complete up to four invoices, bounded beyond, oldest first."""
from __future__ import annotations

import random
import time
from itertools import combinations

from matching.combinations import find_subsets, prefix_fits


def brute_force(amounts, low, high, max_size):
    return {c for k in range(2, max_size + 1) for c in combinations(range(len(amounts)), k)
            if low <= sum(amounts[i] for i in c) <= high}


def test_prefix_of_the_oldest_invoices():
    assert prefix_fits([100, 250, 400], 350, 350) == 2
    assert prefix_fits([100, 250, 400], 750, 750) == 3
    assert prefix_fits([100, 250, 400], 100, 100) is None  # one invoice is not a combination
    assert prefix_fits([100, 250, 400], 300, 300) is None


def test_finds_every_combination_up_to_four_like_brute_force():
    rng = random.Random(3)
    for _ in range(30):
        amounts = [rng.randint(1, 60) for _ in range(rng.randint(2, 12))]
        target = rng.randint(20, 150)
        result = find_subsets(amounts, target, target, max_size=4, max_solutions=10_000)
        assert set(result.solutions) == brute_force(amounts, target, target, 4)
        assert result.complete


def test_five_and_six_invoices_among_the_oldest():
    amounts = [1, 2, 4, 8, 16, 32, 64, 128]
    result = find_subsets(amounts, 63, 63, max_size=6)
    assert result.solutions == ((0, 1, 2, 3, 4, 5),)
    assert find_subsets(amounts, 31, 31, max_size=6).solutions == ((0, 1, 2, 3, 4),)


def test_oldest_first_and_a_range_target():
    result = find_subsets([500, 300, 200, 800], 1000, 1005)
    assert result.solutions[0] == (0, 1, 2)  # oldest (smallest positions) first
    assert set(result.solutions) == {(0, 1, 2), (2, 3)}


def test_amounts_above_the_target_or_not_positive_are_ignored():
    result = find_subsets([0, -5, 700, 300, 5000], 1000, 1000)
    assert result.solutions == ((2, 3),)


def test_gives_up_cleanly_beyond_the_budget():
    rng = random.Random(5)
    amounts = [rng.randint(1000, 500_000) for _ in range(600)]
    target = amounts[10] + amounts[400]
    start = time.process_time()
    result = find_subsets(amounts, target, target, budget=5_000)
    assert time.process_time() - start < 2.0
    assert not result.complete
    assert result.searched < 600
    assert all(max(s) < result.searched for s in result.solutions)


def test_many_invoices_make_coincidences_likely():
    rng = random.Random(9)
    few = [rng.randint(1000, 500_000) for _ in range(8)]
    many = [rng.randint(1000, 500_000) for _ in range(300)]
    assert find_subsets(few, 300_000, 300_000).chance < 0.01
    assert find_subsets(many, 300_000, 300_000).chance > 1
