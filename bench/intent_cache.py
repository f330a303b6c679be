"""Cache what the intent-model experiments need (rules' scores, the model's raw inputs, labels).

    python -m bench.intent_cache OUT.pickle LABELS.jsonl:LEDGER.csv ...

Only the `dev` split is read. The rules are run once (slow); bench/intent_experiments.py then
tries model configurations against the cache, one author left out at a time.
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

from bench.intent_cv import _rule_scores
from cli.commands_eval import predict
from inbox.analyse import customer_subject
from inbox.labels import read_labels
from inbox.mime import parse_message
from inbox.quotes import split_reply
from ledger.settings import Settings


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out, sets = Path(argv[0]), argv[1:]
    settings = Settings(intent_model="off")
    cache = {}
    for s in sets:
        labels, ledger = (Path(p) for p in s.split(":", 1))
        print(f"rules on {labels}", file=sys.stderr)
        golds, preds = predict([labels], [ledger], "dev", settings)
        rows = []
        items = [(e, lab) for e, lab in read_labels([labels]) if lab.get("split", "dev") == "dev"]
        for (email, label), g, p in zip(items, golds, preds, strict=True):
            assert g["primary_intent"] == label["primary_intent"]
            msg = parse_message(email.read_bytes())
            own = split_reply(msg.text, msg.html).own_text.strip()
            rows.append({"email": str(email), "own": own, "subject": customer_subject(msg.subject),
                         "intents": list(label.get("intents") or [label["primary_intent"]]),
                         "primary": label["primary_intent"], "rules": _rule_scores(p)})
        cache[str(labels)] = rows
    out.write_bytes(pickle.dumps(cache))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
