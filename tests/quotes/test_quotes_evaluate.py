"""The quote scorer (dateline.evaluate.quotes) on records written for these tests."""

from __future__ import annotations

import json

import pytest

from dateline.evaluate import quotes as scorer

TEXT = "The mayor said the bridge would reopen. “We are ready,” the engineer added."
#        0         1         2         3         4         5         6         7


def gold_doc() -> dict:
    return {
        "id": "d1",
        "date": "2021-05-04",
        "text": TEXT,
        "quotes": [
            {"start": 15, "end": 38, "segments": [[15, 38]], "speaker": "The mayor", "speaker_start": 0,
             "speaker_end": 9, "cue": "said", "type": "indirect"},
            {"start": 40, "end": 55, "segments": [[40, 55]], "speaker": "the engineer", "speaker_start": 56,
             "speaker_end": 68, "cue": "added", "type": "direct"},
        ],
    }


def quote(start, end, kind, speaker=None, segments=None):
    return {
        "start": start, "end": end, "text": TEXT[start:end], "segments": segments or [[start, end]], "kind": kind,
        "cue": None, "rule": "test", "continues": None,
        "speaker": None if speaker is None else {"start": speaker[0], "end": speaker[1], "text": TEXT[speaker[0]:speaker[1]], "actor": None},
    }


def test_perfect_prediction_scores_one():
    predicted = {"d1": [quote(15, 38, "indirect", (0, 9)), quote(40, 55, "direct", (56, 68))]}
    scores = scorer.score([gold_doc()], predicted)
    assert scores["exact"]["f1"] == 1.0 and scores["overlap"]["f1"] == 1.0
    assert scores["end_to_end"]["f1"] == 1.0
    assert scores["overlap"]["by_kind"]["direct"]["f1"] == 1.0


def test_overlap_needs_half_the_gold_characters():
    half = quote(15, 27, "indirect", (0, 9))   # "the bridge w": 12 of 23 gold characters
    under = quote(15, 25, "indirect", (0, 9))  # 10 of 23
    assert scorer.score([gold_doc()], {"d1": [half]})["overlap"]["recall"] == 0.5
    assert scorer.score([gold_doc()], {"d1": [under]})["overlap"]["recall"] == 0.0
    assert scorer.score([gold_doc()], {"d1": [half]})["exact"]["recall"] == 0.0


def test_matching_is_one_to_one():
    twice = [quote(15, 38, "indirect", (0, 9)), quote(15, 38, "indirect", (0, 9))]
    scores = scorer.score([gold_doc()], {"d1": twice})
    assert scores["overlap"]["precision"] == 0.5 and scores["overlap"]["recall"] == 0.5


def test_wrong_speaker_costs_end_to_end_but_not_the_quote():
    predicted = {"d1": [quote(15, 38, "indirect", (56, 68)), quote(40, 55, "direct", (56, 68))]}
    scores = scorer.score([gold_doc()], predicted)
    assert scores["overlap"]["f1"] == 1.0
    assert scores["overlap"]["speaker_accuracy"] == 0.5
    assert scores["end_to_end"]["f1"] == 0.5


def test_speaker_matches_by_actor_when_gold_names_one():
    doc = gold_doc()
    doc["quotes"][0]["speaker_actor"] = "a1"
    predicted_quote = quote(15, 38, "indirect", (56, 68))
    predicted_quote["speaker"]["actor"] = "a1"
    assert scorer.speaker_correct(doc["quotes"][0], predicted_quote)


def test_partial_inside_another_quote_is_not_scored():
    mixed = quote(15, 38, "mixed", (0, 9))
    partial = quote(19, 25, "partial", (0, 9))
    assert scorer.scored_predictions([mixed, partial]) == [mixed]
    assert scorer.scored_predictions([partial]) == [partial]


def test_a_continuation_paragraph_is_scored_with_the_quote_it_continues():
    first = quote(0, 20, "direct", (30, 35))
    second = quote(40, 60, "direct", (30, 35))
    second["continues"] = 0
    third = quote(62, 80, "direct", (30, 35))
    third["continues"] = 1
    other = quote(90, 99, "indirect", None)
    joined = scorer.scored_predictions([first, second, third, other])
    assert [(q["start"], q["end"], q["segments"]) for q in joined] == [(0, 80, [[0, 20], [40, 60], [62, 80]]), (90, 99, [[90, 99]])]
    assert first["end"] == 20 and first["segments"] == [[0, 20]]  # the records themselves are left alone


def test_kinds_are_scored_in_gold_terms():
    predicted = {"d1": [quote(15, 38, "partial", (0, 9))]}
    by_kind = scorer.score([gold_doc()], predicted)["overlap"]["by_kind"]
    assert by_kind["mixed"]["precision"] == 1.0 and by_kind["indirect"]["recall"] == 1.0


def test_reports_and_errors_are_readable(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_doc()) + "\n", encoding="utf-8")
    gold = scorer.read_gold(path)
    predicted = {"d1": [quote(0, 9, "indirect", None), quote(40, 55, "direct", (0, 9))]}
    report = scorer.format_report(scorer.score(gold, predicted))
    assert "quote + speaker" in report and "overlap" in report
    errors = scorer.format_errors(gold, predicted).splitlines()
    assert sorted(line.split("\t")[0] for line in errors) == ["FALSE", "MISS", "SPEAKER"]
    assert "[[the bridge would reopen]]" in "\n".join(errors)


def test_predict_with_runs_the_pipeline_with_the_date(nlp):
    predictions = scorer.predict_with(nlp, [gold_doc()])
    kinds = sorted(q["kind"] for q in predictions["d1"])
    assert kinds == ["direct", "indirect"]
    assert scorer.score([gold_doc()], predictions)["end_to_end"]["f1"] == pytest.approx(1.0)


def test_speaker_matches_when_the_gold_mention_resolves_to_the_predicted_actor():
    # "He" (0-2) and "the engineer" (56-68) are two mentions of one actor in the actor stage.
    text_actors = [{"id": "a7", "mentions": [[0, 9], [56, 68]]}]
    predicted_quote = quote(15, 38, "indirect", (56, 68))
    predicted_quote["speaker"]["actor"] = "a7"
    predicted = scorer.Predictions({"d1": [predicted_quote]}, {"d1": text_actors})
    scores = scorer.score([gold_doc()], predicted)
    assert scores["overlap"]["speaker_accuracy"] == 1.0
    assert scores["overlap"]["speaker_accuracy_mention"] == 0.0
    # Without the actor stage's mentions only the mention overlap counts.
    assert scorer.score([gold_doc()], {"d1": [predicted_quote]})["overlap"]["speaker_accuracy"] == 0.0


def test_a_different_actor_is_still_the_wrong_speaker():
    actors = [{"id": "a1", "mentions": [[0, 9]]}, {"id": "a2", "mentions": [[56, 68]]}]
    predicted_quote = quote(15, 38, "indirect", (56, 68))
    predicted_quote["speaker"]["actor"] = "a2"
    scores = scorer.score([gold_doc()], scorer.Predictions({"d1": [predicted_quote]}, {"d1": actors}))
    assert scores["overlap"]["speaker_accuracy"] == 0.0
