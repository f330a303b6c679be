"""The trained intent model: shipped in the repo, loaded without a download, retrained by
`arbox model train` deterministically, and selectable with ARBOX_INTENT_MODEL."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app
from inbox.classify import classify_intents
from inbox.intent_model import intent_model, load_intent_model, model_text
from inbox.intent_rules import LABELS

DATA = Path(__file__).resolve().parents[1] / "data"
runner = CliRunner()


def test_the_shipped_model_scores_every_label() -> None:
    model = intent_model()
    assert model is not None and set(model.labels) == set(LABELS)
    scores = model.scores("We will pay invoice 4417 next Friday, sorry for the delay.", "")
    assert all(0.0 <= p <= 1.0 for p in scores.values())
    assert max(scores, key=scores.__getitem__) == "promise_to_pay"


def test_model_text_keeps_wording_not_numbers_or_addresses() -> None:
    text = model_text("Paid INV/2026/04417 (£1,234.56) — ask jo@acme.co.uk, see www.acme.co.uk",
                      "Re: reminder")
    assert "04417" not in text and "1,234" not in text and "jo@" not in text
    assert "paid" in text and "CODE" in text and "MONEY" in text and "EMAIL" in text


def test_the_model_is_a_second_opinion_the_rules_lead_on_legal_notices() -> None:
    model = intent_model()
    assert model is not None
    text = "The company entered administration today; the joint administrators will write."
    scores = classify_intents(text, "", "en", model_scores=model.scores(text, ""))
    assert scores[0].label == "insolvency_notice"
    text = "Could you send me a copy of the invoice please, I can't find it."
    scores = classify_intents(text, "", "en", model_scores=model.scores(text, ""))
    assert scores[0].label == "document_request"
    assert any("model:" in note for note in scores[0].evidence)  # its share is on record


def test_training_is_deterministic_and_the_result_is_used(tmp_path: Path, monkeypatch,
                                                          arbox_env) -> None:
    labels = str(DATA / "labels" / "dev7.jsonl")
    for out in ("a", "b"):
        result = runner.invoke(app, ["model", "train", labels, "--out", str(tmp_path / out),
                                     "--epochs", "3"])
        assert result.exit_code == 0, result.output
        assert "trained on 90 messages" in result.output
    a = (tmp_path / "a" / "textcat_multilabel" / "model").read_bytes()
    assert a == (tmp_path / "b" / "textcat_multilabel" / "model").read_bytes()
    trained = load_intent_model(tmp_path / "a")
    assert trained is not None

    ledger = DATA / "ledgers" / "dev7.csv"
    assert runner.invoke(app, ["import", "invoices", str(ledger)]).exit_code == 0
    box = tmp_path / "inbox"
    box.mkdir()
    (box / "m.eml").write_bytes((DATA / "emails" / "dev7" / "001.eml").read_bytes())
    monkeypatch.setenv("ARBOX_INTENT_MODEL", str(tmp_path / "a"))
    result = runner.invoke(app, ["process", str(box), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["intents"]


def test_a_missing_model_directory_is_a_usage_error(tmp_path: Path, monkeypatch,
                                                     arbox_env) -> None:
    monkeypatch.setenv("ARBOX_INTENT_MODEL", str(tmp_path / "nowhere"))
    result = runner.invoke(app, ["process", str(tmp_path), "--json"])
    assert result.exit_code == 2
    assert "ARBOX_INTENT_MODEL" in result.output


def test_the_test_split_is_never_trained_on(tmp_path: Path) -> None:
    result = runner.invoke(app, ["model", "train", str(DATA / "labels" / "dev3.jsonl"),
                                 "--out", str(tmp_path / "m"), "--epochs", "1"])
    assert result.exit_code == 0, result.output
    dev = sum(1 for line in (DATA / "labels" / "dev3.jsonl").read_text().splitlines()
              if json.loads(line)["split"] == "dev")
    assert f"trained on {dev} messages" in result.output


def test_a_legal_label_beside_another_primary_is_learnt_as_legal() -> None:
    """The legal-recall flag reads the model's legal probabilities: a stop-calling request
    labelled contact_update first and cease_contact second must teach cease_contact."""
    from inbox.intent_model import IntentModel
    from inbox.intent_training import Example, train_intent_model

    stop = "please stop calling my mobile about the account, questions by email only"
    examples = [Example(f"s{i}", stop, frozenset({"contact_update", "cease_contact"}), "contact_update")
                for i in range(10)]
    examples += [Example(f"c{i}", "please send the invoices to our new accounts address",
                         frozenset({"contact_update"}), "contact_update") for i in range(10)]
    examples += [Example(f"p{i}", "we will pay the invoice on friday", frozenset({"promise_to_pay"}),
                         "promise_to_pay") for i in range(10)]
    legal = IntentModel(train_intent_model(examples, epochs=5)).scores_text(stop)
    primary = IntentModel(train_intent_model(examples, epochs=5, targets="primary")).scores_text(stop)
    assert legal["cease_contact"] > 0.5 > primary["cease_contact"]


def _toy_examples():
    from inbox.intent_training import Example

    texts = {"promise_to_pay": "we will pay the invoice on friday",
             "dispute": "the price on this invoice is wrong, we ordered at the quoted rate",
             "insolvency_notice": "the company has entered administration, claims to the administrator"}
    return [Example(f"{label}{i}", text, frozenset({label}), label)
            for label, text in texts.items() for i in range(6)]


def test_a_seed_ensemble_is_one_model_with_the_mean_logits_of_its_members() -> None:
    """seeds=3 trains three models and ships the mean of their weights: one model of the same
    size whose logit for any text is the mean of the three models' logits."""
    import math

    from inbox.intent_model import IntentModel
    from inbox.intent_training import train_intent_model

    examples = _toy_examples()
    members = [IntentModel(train_intent_model(examples, epochs=3, seed=s)) for s in (7, 8, 9)]
    ensemble = IntentModel(train_intent_model(examples, epochs=3, seed=7, seeds=3))
    logit = lambda p: math.log(p / (1 - p))  # noqa: E731
    text = "administration: please send your claims, we will pay on friday"
    scored = [m.scores_text(text) for m in members]
    assert len({round(s["insolvency_notice"], 6) for s in scored}) == 3  # the seeds differ
    mixed = ensemble.scores_text(text)
    for label in LABELS:
        mean = sum(logit(s[label]) for s in scored) / 3
        assert abs(logit(mixed[label]) - mean) < 1e-4, label


def test_averaged_training_keeps_the_optimizers_running_mean_of_the_weights() -> None:
    from inbox.intent_model import IntentModel
    from inbox.intent_training import train_intent_model

    examples = _toy_examples()
    text = "we will pay on friday"
    last = IntentModel(train_intent_model(examples, epochs=3)).scores_text(text)
    averaged = IntentModel(train_intent_model(examples, epochs=3, averaged=True)).scores_text(text)
    assert last != averaged
    assert max(averaged, key=averaged.get) == "promise_to_pay"
