"""TempEval-3 task A scoring on hand-made gold and predictions."""

import json

import pytest

from dateline.evaluate.time import align, format_errors, format_report, read_gold, score

TEXT = "On Tuesday the talks, first held last week, ran for two days."
GOLD = [{
    "doc_id": "d1", "dct": "2018-03-20", "text": TEXT,
    "timexes": [
        {"start": 3, "end": 10, "text": "Tuesday", "type": "DATE", "value": "2018-03-20"},
        {"start": 33, "end": 42, "text": "last week", "type": "DATE", "value": "2018-W11"},
        {"start": 52, "end": 60, "text": "two days", "type": "DURATION", "value": "P2D"},
    ],
}]


def timex(start, end, kind, value):
    return {"start": start, "end": end, "text": TEXT[start:end], "type": kind, "value": value}


def test_perfect_prediction_scores_one():
    scores = score(GOLD, {"d1": [dict(t) for t in GOLD[0]["timexes"]]})
    assert scores["strict"]["f1"] == scores["relaxed"]["f1"] == scores["value_f1"] == 1.0
    assert scores["by_type"]["DURATION"]["value_accuracy"] == 1.0


def test_partial_prediction():
    predicted = {"d1": [
        timex(3, 10, "DATE", "2018-03-20"),        # exact, right value
        timex(28, 42, "DATE", "2018-W12"),         # overlaps "last week": relaxed only, wrong value
        timex(48, 60, "DURATION", "P2D"),          # overlaps "two days": relaxed only, right value
        timex(0, 2, "DATE", "PRESENT_REF"),        # spurious
    ]}
    scores = score(GOLD, predicted)
    assert scores["strict"]["precision"] == pytest.approx(1 / 4)
    assert scores["strict"]["recall"] == pytest.approx(1 / 3)
    assert scores["relaxed"]["precision"] == pytest.approx(3 / 4)
    assert scores["relaxed"]["recall"] == pytest.approx(1.0)
    relaxed_f1 = 2 * 0.75 * 1.0 / 1.75
    assert scores["relaxed"]["f1"] == pytest.approx(relaxed_f1)
    assert scores["value_accuracy"] == pytest.approx(2 / 3)
    assert scores["value_f1"] == pytest.approx(relaxed_f1 * 2 / 3)
    assert scores["type_accuracy"] == 1.0
    assert scores["by_type"]["DATE"]["gold"] == 2 and scores["by_type"]["DATE"]["predicted"] == 3


def test_alignment_is_one_to_one():
    gold = [{"start": 0, "end": 10}]
    predicted = [{"start": 0, "end": 4}, {"start": 5, "end": 10}]
    pairs = align(gold, predicted)
    assert sum(1 for g, p in pairs if g and p) == 1
    assert sum(1 for g, p in pairs if g is None) == 1


def test_missing_document_counts_as_all_missed():
    scores = score(GOLD, {})
    assert scores["relaxed"]["recall"] == 0.0 and scores["predicted"] == 0


def test_report_and_errors():
    predicted = {"d1": [timex(33, 42, "DATE", "2018-W12"), timex(0, 2, "DATE", "PRESENT_REF")]}
    report = format_report(score(GOLD, predicted))
    assert "value F1" in report and "DURATION" in report
    errors = format_errors(GOLD, predicted)
    kinds = [line.split()[0] for line in errors.splitlines()]
    assert sorted(kinds) == ["missed", "missed", "spurious", "value"]
    assert "[[last week]]" in errors and "d1" in errors
    assert format_errors(GOLD, predicted, kinds=("value",)).count("\n") == 0


def test_read_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(doc) for doc in GOLD) + "\n", encoding="utf-8")
    assert read_gold(path) == GOLD


def test_predict_with_uses_the_dct(nlp):
    from dateline.evaluate.time import predict_with

    predictions = predict_with(nlp, GOLD)
    values = {t["text"]: t["value"] for t in predictions["d1"]}
    assert values["Tuesday"] == "2018-03-20" and values["last week"] == "2018-W11"


def test_scores_by_rule_say_which_rules_to_trust():
    predicted = {"d1": [
        dict(timex(3, 10, "DATE", "2018-03-20"), rule="weekday"),   # right value
        dict(timex(33, 42, "DATE", "2018-W12"), rule="relative"),   # found, wrong value
        dict(timex(0, 2, "DATE", "PRESENT_REF"), rule="vague"),     # spurious
        dict(timex(52, 60, "DURATION", "P2D")),                     # no rule id given
    ]}
    by_rule = score(GOLD, predicted)["by_rule"]
    assert by_rule["weekday"] == {"predicted": 1, "matched": 1, "value_correct": 1, "value_precision": 1.0}
    assert by_rule["relative"]["matched"] == 1 and by_rule["relative"]["value_correct"] == 0
    assert by_rule["vague"]["matched"] == 0 and by_rule["?"]["value_correct"] == 1
    report = format_report(score(GOLD, predicted)).splitlines()
    shown = [line.split()[0] for line in report[report.index(next(l for l in report if l.startswith("rule "))) + 1:]]
    assert shown == ["relative", "vague"]  # only rules with a miss, the worst first; "weekday" is all right
