"""arbox eval's scoring: what a reader of the accuracy report relies on."""
from __future__ import annotations

from inbox.evaluation import score


def _gold(file: str, primary: str, date: str | None = None, **extra) -> dict:
    return {"file": file, "primary_intent": primary, "intents": [primary], "customer_id": "C1",
            "invoice_refs": [], "promised_date": date, **extra}


def _pred(primary: str, date: str | None = None) -> dict:
    return {"primary_intent": primary, "intents": [{"label": primary}], "customer_id": "C1",
            "invoice_refs": [], "promised_date": date}


def test_promised_dates_count_dates_given_without_a_labelled_promise():
    labels = [_gold("a", "promise_to_pay", "2026-12-04"), _gold("b", "promise_to_pay", "2026-12-04"),
              _gold("c", "promise_to_pay", "2026-12-04"), _gold("d", "already_paid"),
              _gold("e", "other")]
    predictions = [_pred("promise_to_pay", "2026-12-04"), _pred("promise_to_pay", "2026-12-11"),
                   _pred("promise_to_pay"), _pred("already_paid", "2026-11-03"), _pred("other")]
    report = score(labels, predictions)
    assert report["accuracy"]["promised_date"] == round(1 / 3, 4)
    assert report["support"]["promised_date"] == 3
    dates = report["promised_dates"]
    assert (dates["correct"], dates["wrong"], dates["missed"], dates["spurious"]) == (1, 1, 1, 1)
    assert dates["precision"] == round(1 / 3, 4)
    assert dates["recall"] == round(1 / 3, 4)
    assert {e["file"] for e in report["errors"]} == {"b", "c", "d"}


def test_a_failed_message_is_a_miss_and_legal_labels_never_predicted_are_listed():
    labels = [_gold("x", "insolvency_notice"), _gold("y", "promise_to_pay", "2026-12-04")]
    report = score(labels, [_pred("other"), None])
    assert report["legal_misses"] == ["x"]
    assert report["confusion"]["promise_to_pay"] == {"failed": 1}
    assert report["promised_dates"]["missed"] == 1
    assert {e["file"] for e in report["errors"]} == {"x", "y"}
