"""The analysis pipeline: schema, order, offsets, rejects passing through, the process pool."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dateline
from dateline.article import Article
from dateline.errors import Reject, RejectCode
from dateline.pipeline import analyze_many
from dateline.readers import read_paths

from support import EXAMPLES, REFERENCE_ARTICLE

SCHEMA_KEYS = ["id", "published", "text", "url", "title", "outlet", "source",
               "sentences", "entities", "timexes", "actors", "places", "quotes", "events"]


def assert_offsets_slice_text(record: dict) -> None:
    text = record["text"]
    for sentence in record["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)
    for layer in ("entities", "timexes", "actors"):
        for item in record[layer]:
            spans = item.get("mentions") or [[item["start"], item["end"]]]
            for start, end in spans:
                assert 0 <= start < end <= len(text)
            if "text" in item and "start" in item:
                assert text[item["start"]:item["end"]] == item["text"], item


def test_analyze_one_text(nlp):
    result = dateline.analyze("Vladimir Putin met Emmanuel Macron in Paris on Tuesday.", "2018-03-20")
    record = result.to_dict()
    assert list(record) == SCHEMA_KEYS
    assert record["published"] == "2018-03-20"
    assert {"Vladimir Putin", "Emmanuel Macron", "Paris"} <= {e["text"] for e in record["entities"]}
    assert_offsets_slice_text(record)
    assert json.loads(result.to_json()) == record


def test_reference_article_offsets_and_date(nlp):
    if not REFERENCE_ARTICLE.exists():
        pytest.skip("shared example not present")
    [result] = analyze_many(read_paths([REFERENCE_ARTICLE]))
    record = result.to_dict()
    assert record["published"] == "2018-03-20" and not record["text"].startswith("date")
    assert len(record["sentences"]) >= 19 and len(record["entities"]) > 30
    assert_offsets_slice_text(record)


def test_offsets_on_every_example(nlp):
    """The property the schema promises, on every article the project ships."""
    results = list(analyze_many(read_paths([EXAMPLES])))
    assert len(results) >= 20
    for result in results:
        assert not isinstance(result, Reject), result.message
        assert_offsets_slice_text(result.to_dict())


_words = st.sampled_from(["Putin", "said", "the", "U.S.", "Moscow", "“war”", "on", "Tuesday", ",", ".", "\n", "  ", "é", "—", "👍", "'s"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_words, min_size=1, max_size=60).map(" ".join))
def test_offsets_always_inside_the_text(nlp, text):
    if not text.strip():
        return
    assert_offsets_slice_text(dateline.analyze(text, date(2018, 3, 20)).to_dict())


def test_results_come_in_input_order_with_rejects_in_place(nlp):
    articles = [Article.create(text=f"Story number {i} from Berlin.", published=date(2018, 3, i + 1)) for i in range(7)]
    reject = Reject.of("feed.jsonl:4", RejectCode.NO_DATE, "no date")
    stream = articles[:3] + [reject] + articles[3:]
    results = list(analyze_many(stream, batch_size=3))
    assert [r.id if not isinstance(r, Reject) else "reject" for r in results] == (
        [a.id for a in articles[:3]] + ["reject"] + [a.id for a in articles[3:]])


def test_a_failing_article_becomes_a_reject_and_spares_its_batch(nlp, monkeypatch):
    from dateline import pipeline

    real_parse = pipeline._parse

    def parse(nlp, articles):
        if any("EXPLODE" in a.text for a in articles):
            raise RuntimeError("boom")
        return real_parse(nlp, articles)

    monkeypatch.setattr(pipeline, "_parse", parse)
    articles = [Article.create(text=t, published=date(2018, 3, 20), source=f"s{i}") for i, t in
                enumerate(["Paris said yes.", "EXPLODE here.", "Berlin said no."])]
    results = list(analyze_many(articles, batch_size=8))
    assert [type(r).__name__ for r in results] == ["Analysis", "Reject", "Analysis"]
    assert results[1].code == RejectCode.ANALYSIS_FAILED.value and "boom" in results[1].reason


def test_process_pool_gives_the_same_records(nlp):
    articles = [Article.create(text=f"Minister {n} met officials in Kyiv on Monday.", published=date(2019, 5, 2))
                for n in ("Lavrov", "Pompeo", "Maas", "Le Drian", "Hunt")]
    local = [r.to_dict() for r in analyze_many(articles, batch_size=2)]
    pooled = [r.to_dict() for r in analyze_many(articles, batch_size=2, workers=2)]
    assert pooled == local


def test_unknown_model_is_a_clear_error():
    with pytest.raises(dateline.ModelError, match="--model"):
        dateline.load_pipeline("no_such_model_xyz")
