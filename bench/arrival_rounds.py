"""How the model sits beside the precedence rules, on new authors as they arrived.

    python -m bench.arrival_rounds 0850a24:dev65,dev66,... 5ec57c3:dev73,dev74,dev75 ... [--json]

Each argument is one round: the commit at which its sets arrived (the data commit, whose code and
shipped model had never seen them) and the sets. For each round the commit is checked out in a
temporary git worktree and every `dev` message of its sets is read there, by the code and model
of its day (`inbox.analyse.understand` with the shipped intent model); the model's own
probabilities are captured as classify_intents received them. The `test` split is never read.

Reported over all rounds: the primary intent as shipped then, and what two of
inbox/classify.py's rules would change on these messages that neither the rules nor the model
had seen:
- a legal lead the model gives under `a` while it reads another label at `b` or more goes second
  (classify.LEGAL_DOUBTED, MODEL_LEADS): leads changed, right, wrong, for a grid of (a, b);
- a dispute put before a stronger promise because payment is withheld, by the model's dispute
  probability (classify.WITHHELD_NEEDS_MODEL): the labelled primary intents below and above.
The rounds of the seventh session of 2026-12-03 are listed in docs/accuracy.md.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LEGAL = ("insolvency_notice", "cease_contact")
ROOT = Path(__file__).resolve().parent.parent

# Run inside the round's worktree (its own code): one JSON object per dev message on stdout.
_READ = r"""
import json, sys, tempfile
from pathlib import Path
import inbox.analyse as analyse
from cli.context import AppContext
from inbox import service
from inbox.intent_model import intent_model
from ledger.db import transaction
from ledger.importing import import_invoice_csv
from ledger.settings import Settings
seen = {}
classify = analyse.classify_intents
def capture(*args, **kwargs):
    seen["model"] = kwargs.get("model_scores")
    return classify(*args, **kwargs)
analyse.classify_intents = capture
model = intent_model()
data = Path("tests/data")
for name in sys.argv[1:]:
    ctx = AppContext(Settings(database_url=f"sqlite:///{tempfile.mkdtemp()}/r.sqlite3"))
    with transaction(ctx.factory) as session:
        import_invoice_csv(session, (data / f"ledgers/{name}.csv").read_text("utf-8"), name)
    with ctx.factory() as session:
        view = service.load_view(session)
    for line in open(data / f"labels/{name}.jsonl", encoding="utf-8"):
        gold = json.loads(line)
        if gold["split"] != "dev":
            continue
        seen.clear()
        u = analyse.understand((data / gold["file"]).read_bytes(), view, intent_model=model)
        print(json.dumps({"file": gold["file"], "gold": gold["primary_intent"],
                          "gold_intents": gold["intents"], "primary": u.primary_intent,
                          "intents": [[i.label, float(i.confidence)] for i in u.intents],
                          "model": seen.get("model") or {}}))
"""


def read_round(commit: str, sets: list[str]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "round"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree),
                        commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _READ, *sets], cwd=tree, check=True,
                                 capture_output=True, text=True,
                                 env={**{k: v for k, v in os.environ.items()
                                         if not k.startswith("ARBOX_")},
                                      "PYTHONPATH": str(tree)}).stdout
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=True)
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def legal_lead_grid(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grid = []
    for a in (0.01, 0.03, 0.05, 0.1, 0.2):
        for b in (0.3, 0.5, 0.7, 0.9):
            changed = right = wrong = 0
            for r in rows:
                if r["primary"] not in LEGAL or not r["model"] or r["model"].get(r["primary"], 0) >= a:
                    continue
                others = {k: v for k, v in r["model"].items() if k not in LEGAL}
                best = max(others, key=others.__getitem__)
                if others[best] < b:
                    continue
                changed += 1
                right += best == r["gold"] and r["primary"] != r["gold"]
                wrong += r["primary"] == r["gold"] and best != r["gold"]
            grid.append({"legal_below": a, "other_at_least": b, "changed": changed,
                         "right": right, "wrong": wrong})
    return grid


def withheld_moves(rows: list[dict[str, Any]], threshold: float = 0.1) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"below": {}, "at_or_above": {}}
    for r in rows:
        first = r["intents"][0]
        promise = next((c for label, c in r["intents"][1:] if label == "promise_to_pay"), None)
        if first[0] != "dispute" or promise is None or promise <= first[1] or not r["model"]:
            continue
        side = "below" if r["model"].get("dispute", 0.0) < threshold else "at_or_above"
        out[side][r["gold"]] = out[side].get(r["gold"], 0) + 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="+", help="COMMIT:SET,SET,...")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows: list[dict[str, Any]] = []
    for spec in args.rounds:
        commit, _, sets = spec.partition(":")
        rows += read_round(commit, sets.split(","))
    report = {"messages": len(rows),
              "primary_correct": sum(r["primary"] == r["gold"] for r in rows),
              "legal_lead_grid": legal_lead_grid(rows),
              "withheld_dispute_moves_by_model_dispute_0.1": withheld_moves(rows)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"messages {report['messages']}, primary right as shipped {report['primary_correct']}")
        for g in report["legal_lead_grid"]:
            print(f"legal lead under {g['legal_below']}, other at {g['other_at_least']}+: "
                  f"changed {g['changed']}, right {g['right']}, wrong {g['wrong']}")
        print("withheld dispute before a stronger promise, labelled:",
              report["withheld_dispute_moves_by_model_dispute_0.1"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
