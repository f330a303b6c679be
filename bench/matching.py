"""Benchmark cash application on a synthetic ledger: exact reference look-up (what ERPs do by
default), naive fuzzy matching over every invoice number, and arbox's engine.

    python -m bench.matching --open-invoices 100000 --payments 2000 --seed 7 --json

stdout: one JSON object (per method: auto_apply_precision, auto_apply_rate, top3_recall,
p95_ms, mean_ms ...; top level: index_build_s, params). Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal

from rapidfuzz import fuzz, process, utils

from bench.synthetic import SyntheticPayment, generate_ledger, generate_payments
from matching.engine import match_payment
from matching.index import InvoiceIndex
from matching.records import (MatchDecision, MatchPolicy, PaymentToMatch, Proposal,
                              ProposedApplication)
from matching.reference_text import reference_tokens

NAIVE_CUTOFF = 90


def _signature(apps: Sequence[ProposedApplication]) -> tuple:
    return tuple(sorted((a.invoice_number, a.amount, a.deduction_amount or Decimal(0),
                         a.deduction_reason if a.deduction_amount else None) for a in apps))


def is_correct(proposal: Proposal | None, expected: Sequence[ProposedApplication]) -> bool:
    """Same invoices, same amounts, same deductions (and reasons) as the ground truth."""
    if proposal is None or not expected:
        return False
    return _signature(proposal.applications) == _signature(expected)


def exact_reference(payment: PaymentToMatch, index: InvoiceIndex) -> MatchDecision:
    """An invoice number written as such in the text, same currency, amount not above it."""
    text = (payment.reference or "").upper()
    hits = []
    for t in reference_tokens(payment.reference):
        for pos in index.with_key(t.key):
            inv = index.invoices[pos]
            if inv.invoice_number.upper() in text and pos not in hits:
                hits.append(pos)
    invs = [index.invoices[p] for p in hits if index.invoices[p].currency == payment.currency]
    if len(invs) == 1 and payment.amount <= invs[0].open_amount:
        apps = (ProposedApplication(invs[0].invoice_number, payment.amount),)
    elif len(invs) > 1 and sum(i.open_amount for i in invs) == payment.amount:
        apps = tuple(ProposedApplication(i.invoice_number, i.open_amount) for i in invs)
    else:
        return MatchDecision("exception", None, (), None, ())
    return MatchDecision("auto_apply", Proposal(apps, Decimal(1), (), "exact_reference"), (),
                         None, ())


def naive_fuzzy(payment: PaymentToMatch, index: InvoiceIndex,
                numbers: list[str]) -> MatchDecision:
    """rapidfuzz extractOne over every invoice number; applied if it scores 90 or more."""
    if not payment.reference:
        return MatchDecision("exception", None, (), None, ())
    found = process.extractOne(payment.reference, numbers, scorer=fuzz.WRatio,
                               processor=utils.default_process, score_cutoff=NAIVE_CUTOFF)
    if found is None:
        return MatchDecision("exception", None, (), None, ())
    inv = index.invoices[found[2]]
    if inv.currency != payment.currency or payment.amount > inv.open_amount:
        return MatchDecision("exception", None, (), None, ())
    proposal = Proposal((ProposedApplication(inv.invoice_number, payment.amount),),
                        Decimal(found[1]) / 100, (), "naive_fuzzy")
    return MatchDecision("auto_apply", proposal, (), inv.customer_id, ())


def _p95(values: Sequence[float]) -> float | None:
    if not values:
        return None
    return round(values[min(len(values) - 1, int(0.95 * len(values)))], 3)


def evaluate(decide: Callable[[PaymentToMatch], MatchDecision],
             payments: Sequence[SyntheticPayment]) -> dict:
    times: list[float] = []
    cpu: list[float] = []
    auto = correct_auto = auto_on_expected = expected_auto = with_truth = recalled = 0
    wrong_by_kind: Counter[str] = Counter()
    missed_by_kind: Counter[str] = Counter()
    for sp in payments:
        start, start_cpu = time.perf_counter(), time.process_time()
        decision = decide(sp.payment)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        top = [p for p in (decision.best, *decision.alternatives) if p is not None][:3]
        if sp.expected:
            with_truth += 1
            if any(is_correct(p, sp.expected) for p in top):
                recalled += 1
        if sp.auto_expected:
            expected_auto += 1
        if decision.status == "auto_apply":
            auto += 1
            if sp.auto_expected:
                auto_on_expected += 1
            if sp.auto_expected and is_correct(decision.best, sp.expected):
                correct_auto += 1
            else:
                wrong_by_kind[sp.kind] += 1
        elif sp.auto_expected:
            missed_by_kind[sp.kind] += 1
    times.sort()
    cpu.sort()
    return {
        "payments": len(payments),
        "auto_applied": auto,
        "auto_apply_precision": round(correct_auto / auto, 4) if auto else None,
        "auto_apply_rate": round(auto_on_expected / expected_auto, 4) if expected_auto else None,
        "auto_apply_share_of_all": round(auto / len(payments), 4) if payments else None,
        "top3_recall": round(recalled / with_truth, 4) if with_truth else None,
        "p95_ms": _p95(times),
        "mean_ms": round(statistics.fmean(times), 3) if times else None,
        # CPU time of this process: what the wall clock shows when the machine is not shared.
        "p95_cpu_ms": _p95(cpu),
        "mean_cpu_ms": round(statistics.fmean(cpu), 3) if cpu else None,
        "wrong_auto_by_kind": dict(sorted(wrong_by_kind.items())),
        "not_auto_by_kind": dict(sorted(missed_by_kind.items())),
    }


def run(open_invoices: int, n_payments: int, seed: int, noise: str = "realistic",
        naive_max: int | None = None, methods: Sequence[str] = ("exact_reference", "naive_fuzzy",
                                                               "arbox"),
        policy: MatchPolicy = MatchPolicy(), log: Callable[[str], None] = lambda s: None) -> dict:
    """Generate, index, and score each method; returns the JSON-ready result."""
    t0 = time.perf_counter()
    ledger = generate_ledger(open_invoices, seed)
    payments = generate_payments(ledger, n_payments, seed + 1, noise)
    generation_s = time.perf_counter() - t0
    log(f"generated {open_invoices} invoices and {n_payments} payments in {generation_s:.1f}s")
    t0, c0 = time.perf_counter(), time.process_time()
    index = ledger.build_index()
    index_build_s = time.perf_counter() - t0
    index_build_cpu_s = time.process_time() - c0
    log(f"index built in {index_build_s:.2f}s ({index_build_cpu_s:.2f}s CPU)")
    if naive_max is None:
        naive_max = n_payments if open_invoices <= 100_000 else 200
    result: dict = {
        "index_build_s": round(index_build_s, 3),
        "index_build_cpu_s": round(index_build_cpu_s, 3),
        "load_average_1m": round(os.getloadavg()[0], 2),  # other work on the machine
        "generation_s": round(generation_s, 3),
        "max_rss_mb": None,
        "params": {
            "open_invoices": open_invoices, "payments": n_payments, "seed": seed, "noise": noise,
            "customers": len(ledger.customers),
            "kinds": dict(sorted(Counter(p.kind for p in payments).items())),
            "auto_apply_rate": "auto-applied / payments with one right answer a machine may "
                               "apply (auto_expected); auto_apply_share_of_all counts all",
            "auto_apply_precision": "auto-applications equal to the ground truth (invoices, "
                                    "amounts, deductions) / auto-applications",
            "top3_recall": "ground truth among the best 3 proposals / payments with a ground "
                           "truth",
            "naive_fuzzy_payments": min(naive_max, n_payments),
            "naive_fuzzy_note": ("all payments" if naive_max >= n_payments else
                                 f"first {naive_max} payments only: extractOne over every "
                                 f"invoice number is too slow for all"),
            "policy": {k: str(v) for k, v in _policy_dict(policy).items()},
        },
    }
    if "exact_reference" in methods:
        result["exact_reference"] = evaluate(lambda p: exact_reference(p, index), payments)
        log("exact_reference done")
    if "naive_fuzzy" in methods:
        numbers = [inv.invoice_number for inv in index.invoices]
        result["naive_fuzzy"] = evaluate(lambda p: naive_fuzzy(p, index, numbers),
                                         payments[:naive_max])
        log("naive_fuzzy done")
    if "arbox" in methods:
        result["arbox"] = evaluate(lambda p: match_payment(p, index, policy), payments)
        log("arbox done")
    result["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def _policy_dict(policy: MatchPolicy) -> dict:
    return {name: getattr(policy, name) for name in policy.__dataclass_fields__}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.matching", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--open-invoices", type=int, default=10_000)
    parser.add_argument("--payments", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--noise", choices=("clean", "realistic", "hard"), default="realistic")
    parser.add_argument("--naive-max-payments", type=int, default=None,
                        help="payments scored by naive_fuzzy (default: all up to 100k open "
                             "invoices, else 200)")
    parser.add_argument("--methods", default="exact_reference,naive_fuzzy,arbox")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    result = run(args.open_invoices, args.payments, args.seed, args.noise,
                 args.naive_max_payments, tuple(args.methods.split(",")), log=log)
    if args.json:
        print(json.dumps(result))
    else:
        for method in ("exact_reference", "naive_fuzzy", "arbox"):
            if method in result:
                r = result[method]
                print(f"{method:16} precision={r['auto_apply_precision']} "
                      f"rate={r['auto_apply_rate']} top3={r['top3_recall']} "
                      f"p95={r['p95_ms']}ms mean={r['mean_ms']}ms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
