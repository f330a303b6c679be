"""Sub-word features of the intent model: what a text produces, that a model records the features
it was trained with and reads them at inference, and that a model without the record (the one
shipped before them) reads the words alone, exactly as before."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from inbox.intent_model import (FEATURES_KEY, IntentModel, check_features, intent_model,
                                load_intent_model, model_features, model_text)
from inbox.intent_training import FEATURES, Example, train_intent_model
from ledger.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"
runner = CliRunner()


def test_prefix_tokens_are_appended_for_long_words_only() -> None:
    text = model_text("We betaalden de betaling; betalen volgt. Ref INV-2026-0042, EUR 120", "")
    out = model_features(text, "prefix4")
    assert out.startswith(text)  # the words themselves are kept
    extra = out[len(text):].split()
    assert extra.count("p_beta") == 3  # betaalden, betaling, betalen share one token
    assert "p_volg" in extra and not any(t.startswith("p_we") or t.startswith("p_de")
                                         for t in extra)  # words of <= 4 letters add nothing
    assert not any(t.lower().startswith(("p_code", "p_mone")) for t in extra)  # placeholders


def test_other_features_and_none() -> None:
    text = "zahlungen erfolgt MONEY CODE"
    assert model_features(text, "") == text
    assert model_features(text, "suffix3").split()[-2:] == ["s_gen", "s_lgt"]
    assert "t_zahl" in model_features(text, "stem").split()
    dropped = model_features(text, "noplaceholders")
    assert "MONEY" not in dropped and "CODE" not in dropped and "zahlungen" in dropped
    assert check_features("prefix5,suffix3") == "prefix5,suffix3"
    with pytest.raises(ValueError):
        check_features("prefix")
    with pytest.raises(InputError):
        train_intent_model([Example("a", "we pay", frozenset({"promise_to_pay"}),
                                    "promise_to_pay")], features="trigrams")


def _examples() -> list[Example]:
    texts = {"promise_to_pay": "we will pay the invoice on friday",
             "dispute": "the price on this invoice is wrong, we ordered at the quoted rate",
             "insolvency_notice": "the company has entered administration, claims to follow"}
    return [Example(f"{label}{i}", text, frozenset({label}), label)
            for label, text in texts.items() for i in range(40)]


def test_a_model_records_its_features_and_reads_them_at_inference(tmp_path: Path) -> None:
    nlp = train_intent_model(_examples(), epochs=10, features="prefix5")
    assert nlp.meta[FEATURES_KEY] == "prefix5"
    nlp.to_disk(tmp_path / "m")
    assert json.loads((tmp_path / "m" / "meta.json").read_text())[FEATURES_KEY] == "prefix5"
    loaded = load_intent_model(tmp_path / "m")
    assert loaded is not None and loaded.features == "prefix5"
    # "administrators" was never seen; only its prefix token links it to "administration"
    unseen = "administrators"
    with_prefix = loaded.scores_text(unseen)
    plain = IntentModel(train_intent_model(_examples(), epochs=10, features="")).scores_text(unseen)
    assert with_prefix["insolvency_notice"] > plain["insolvency_notice"]
    assert max(with_prefix, key=with_prefix.get) == "insolvency_notice"
    assert max(plain, key=plain.get) != "insolvency_notice"  # the word alone means nothing
    # scoring is the pipeline applied to the text with its features, as in training
    doc = nlp(model_features(unseen, "prefix5"))
    assert with_prefix == pytest.approx({k: float(doc.cats[k]) for k in loaded.labels})


def test_a_model_without_the_record_reads_the_words_alone(tmp_path: Path) -> None:
    shipped = intent_model()
    assert shipped is not None
    text = model_text("We betaalden de factuur gisteren, zie bijlage.", "Re: herinnering")
    if FEATURES_KEY not in shipped._nlp.meta:  # the model shipped before features existed
        assert shipped.features == ""
        doc = shipped._nlp(text)
        assert shipped.scores_text(text) == {k: float(doc.cats[k]) for k in shipped.labels}
    # any model whose meta.json lacks the key reads exactly the words
    nlp = train_intent_model(_examples(), epochs=3, features="prefix5")
    del nlp.meta[FEATURES_KEY]
    nlp.to_disk(tmp_path / "old")
    old = load_intent_model(tmp_path / "old")
    assert old is not None and old.features == ""
    doc = nlp("the administrators")
    assert old.scores_text("the administrators") == pytest.approx(
        {k: float(doc.cats[k]) for k in old.labels})


def test_train_passes_the_features_and_defaults_to_the_chosen_ones(tmp_path: Path) -> None:
    labels = str(DATA / "labels" / "dev7.jsonl")
    result = runner.invoke(app, ["model", "train", labels, "--out", str(tmp_path / "d"),
                                 "--epochs", "1"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "d" / "meta.json").read_text())[FEATURES_KEY] == FEATURES
    result = runner.invoke(app, ["model", "train", labels, "--out", str(tmp_path / "s"),
                                 "--epochs", "1", "--features", "suffix3"])
    assert result.exit_code == 0, result.output
    model = load_intent_model(tmp_path / "s")
    assert model is not None and model.features == "suffix3"
    result = runner.invoke(app, ["model", "train", labels, "--out", str(tmp_path / "x"),
                                 "--epochs", "1", "--features", "bigrams"])
    assert result.exit_code == 2
