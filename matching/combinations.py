"""Which open invoices add up to a payment: a bounded subset-sum search on minor units.

Meet in the middle with numpy: every k-subset is a small subset (the older invoices) joined
to another (the newer ones), found by binary search in the sorted sums of the first. Up to
four invoices the search covers the oldest invoices the budget allows (a few hundred); five
and six only the oldest DEEP_WINDOW. The result says when it did not look everywhere, and
estimates how many subsets would add up to such a target by chance, since among hundreds of
invoices some always do.

Pure: integers in, index tuples out. Amounts are positive minor units (cents).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from math import comb

import numpy as np

DEEP_WINDOW = 24  # five or six invoices are looked for among the oldest this many only
# A k-subset as (older part size, newer part size).
_SPLITS = {2: (1, 1), 3: (2, 1), 4: (2, 2), 5: (2, 3), 6: (3, 3)}
MAX_SIZE = max(_SPLITS)


@dataclass(frozen=True, slots=True)
class SubsetSearch:
    solutions: tuple[tuple[int, ...], ...]  # indexes into `amounts`, ascending; oldest first
    complete: bool  # False: not every invoice was searched, or solutions were cut
    searched: int  # how many of the amounts the search covered (the oldest ones)
    chance: float  # expected number of subsets hitting such a target by coincidence


def prefix_fits(amounts: Sequence[int], low: int, high: int, min_size: int = 2) -> int | None:
    """The k such that the first k amounts (the oldest invoices) add up to [low, high]."""
    sums = np.cumsum(np.asarray(amounts, dtype=np.int64))
    k = int(np.searchsorted(sums, low, "left"))  # amounts are positive: sums increase
    if k < len(sums) and sums[k] <= high and k + 1 >= min_size:
        return k + 1
    return None


@lru_cache(maxsize=128)
def _combo_index(n: int, size: int) -> np.ndarray:
    if size == 1:
        return np.arange(n, dtype=np.int64).reshape(-1, 1)
    if size == 2:
        i, j = np.triu_indices(n, 1)
        return np.column_stack((i, j)).astype(np.int64)
    rows = list(combinations(range(n), size))
    return np.array(rows, dtype=np.int64).reshape(-1, size)


def _table(vals: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Sums of every `size`-subset of vals, sorted, with the subsets (rows of indexes)."""
    idx = _combo_index(len(vals), size)
    sums = vals[idx].sum(axis=1)
    order = np.argsort(sums, kind="stable")
    return sums[order], idx[order]


def find_subsets(amounts: Sequence[int], low: int, high: int, *, min_size: int = 2,
                 max_size: int = 6, budget: int = 50_000,
                 max_solutions: int = 6) -> SubsetSearch:
    """Subsets of `amounts` (given oldest first) of min_size..max_size elements whose sum lies
    in [low, high]; solutions come oldest first (smallest sum of positions). `budget` bounds
    the subset sums tabulated, hence the time: about one millisecond per 20,000."""
    assert low <= high and 2 <= min_size
    max_size = min(max_size, MAX_SIZE)
    values = np.asarray(amounts, dtype=np.int64)
    usable = np.nonzero((values > 0) & (values <= high))[0]
    m = len(usable)
    n = m
    while n > 2 and n * (n - 1) // 2 > budget:
        n -= 1
    found: set[tuple[int, ...]] = set()
    width = high - low + 1
    window = max(high // 50, 100 * width)  # to measure how crowded sums are near the target
    chance = 0.0
    complete = True
    tables: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
    for k in range(min_size, max_size + 1):
        reach = n if k <= 4 else min(n, DEEP_WINDOW)
        if reach < k:
            continue
        if reach < m:
            complete = False
        vals = values[usable[:reach]]
        a, b = _SPLITS[k]
        old = tables.get((reach, a)) or tables.setdefault((reach, a), _table(vals, a))
        new = tables.get((reach, b)) or tables.setdefault((reach, b), _table(vals, b))
        a_sums, a_rows = old
        b_sums, b_rows = new
        lo = np.searchsorted(a_sums, low - b_sums, "left")
        hi = np.searchsorted(a_sums, high - b_sums, "right")
        for q in np.nonzero(hi > lo)[0]:
            rows = a_rows[lo[q]:hi[q]]
            rows = rows[rows[:, -1] < b_rows[q, 0]]
            for row in rows:
                found.add(tuple(int(usable[x]) for x in (*row, *b_rows[q])))
            if len(found) > 20 * max_solutions:
                complete = False
                break
        near_lo = np.searchsorted(a_sums, low - window - b_sums, "left")
        near_hi = np.searchsorted(a_sums, high + window - b_sums, "right")
        near = float((near_hi - near_lo).sum()) / comb(k, a)
        chance += near * width / (2 * window + width)
    solutions = sorted(found, key=lambda s: (sum(s), len(s)))
    if len(solutions) > max_solutions:
        complete = False
    return SubsetSearch(tuple(solutions[:max_solutions]), complete, n, chance)
