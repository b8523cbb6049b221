"""Gold files with slips in them: `dateline eval` names the line and the fix, and exits 2,
before any model is loaded; well-formed files of every stage read as before."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluate import actors, events, quotes, time
from dateline.evaluate.gold_files import check_span, json_objects, require, unique_ids

GOOD_DOCUMENT = {"doc_id": "d1", "dct": "2018-03-20", "text": "He left on Tuesday.",
                 "timexes": [{"start": 11, "end": 18, "text": "Tuesday", "type": "DATE", "value": "2018-03-20"}]}


def write(tmp_path, lines: list[str], name: str = "gold.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_timex(**changes) -> str:
    return json.dumps(dict(GOOD_DOCUMENT, timexes=[dict(GOOD_DOCUMENT["timexes"][0], **changes)]))


@pytest.mark.parametrize("lines, message", [
    (["not json"], "line 1: not a JSON object"),
    ([json.dumps(GOOD_DOCUMENT), "[1, 2]"], "line 2: a JSON list, not an object"),
    ([json.dumps({"doc_id": "d1", "text": "x"})], "line 1: 'timexes' is missing"),
    ([json.dumps(dict(GOOD_DOCUMENT, text=7))], "line 1: 'text' is a int"),
    ([json.dumps(dict(GOOD_DOCUMENT, dct="20/03/2018"))], "line 1 (document 'd1'): 'dct' '20/03/2018' is not a date"),
    ([with_timex(end=40)], "timex 1: start 11 and end 40 are not a span of the 19-character text"),
    ([with_timex(start="11")], "timex 1: start '11' and end 18"),
    ([with_timex(text="Monday")], "its text 'Monday' is not the text at 11:18 ('Tuesday')"),
    ([with_timex(type="EVENT")], "type 'EVENT' is not one of DATE, TIME, DURATION, SET"),
    ([with_timex(value="")], "'value' is ''"),
    ([json.dumps(GOOD_DOCUMENT), "", json.dumps(GOOD_DOCUMENT)], "line 3: id 'd1' is also the id of line 1"),
])
def test_time_gold_slips_are_named_by_line(tmp_path, lines, message):
    with pytest.raises(ValueError) as raised:
        time.read_gold(write(tmp_path, lines))
    assert message in str(raised.value)


def test_time_gold_reads_any_publication_date_form_and_null(tmp_path):
    path = write(tmp_path, [json.dumps(dict(GOOD_DOCUMENT, dct="2018-03-20T14:26:00")),
                            json.dumps(dict(GOOD_DOCUMENT, doc_id="d2", dct=None))])
    assert [document["dct"] for document in time.read_gold(path)] == ["2018-03-20", None]


def test_a_file_that_is_not_utf8_says_so(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"doc_id": "d", "text": "caf\xe9", "timexes": []}\n')
    with pytest.raises(ValueError, match="not UTF-8 text .* offset 28"):
        list(json_objects(path))


def test_checks_name_the_place_and_the_fix():
    with pytest.raises(ValueError, match=r"^line 4: 'id' is missing; each record needs \"id\" \(a string\)"):
        require({"text": "x"}, {"id": str, "text": str}, "line 4")
    with pytest.raises(ValueError, match="'start' is a bool"):
        require({"start": True}, {"start": int}, "here")
    with pytest.raises(ValueError, match="start 3 and end 3 are not a span"):
        check_span(3, 3, "abcdef", "here")
    check_span(0, 6, "abcdef", "here")
    with pytest.raises(ValueError, match="line 9: id 'a' is also the id of line 2"):
        unique_ids([(2, "a"), (5, "b"), (9, "a")])


def test_quote_gold_slips_are_named_by_line(tmp_path):
    article = {"id": "a1", "text": "He said it rained.", "quotes": [{"start": 8, "end": 17, "segments": [[8, 17]]}]}
    assert quotes.read_gold(write(tmp_path, [json.dumps(article)]))[0]["id"] == "a1"
    for broken, message in [
        (dict(article, quotes=[{"start": 8, "end": 99}]), "quote 1: start 8 and end 99 are not a span"),
        (dict(article, quotes=[{"start": 8, "end": 17, "segments": [[8]]}]), "segment [8] is not a [start, end] pair"),
        ({"id": "a1", "text": "x"}, "'quotes' is missing"),
    ]:
        with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
            quotes.read_gold(write(tmp_path, [json.dumps(broken)]))


def test_event_and_actor_gold_slips_are_named_by_line(tmp_path):
    with pytest.raises(ValueError, match="line 2: the record has no 'id'"):
        events.read_gold(write(tmp_path, [json.dumps({"id": "s1", "text": "x", "events": []}), json.dumps({"text": "y"})]))
    with pytest.raises(ValueError, match="line 1: a case needs an \"id\" and \"calls\""):
        actors.read_gold(write(tmp_path, [json.dumps({"id": "c1", "expected": {"cc": "RUS"}})]))


@pytest.mark.parametrize("stage, lines, message", [
    ("time", ['{"doc_id": "d1", "text": "x"}'], "is not in the time gold format (line 1: 'timexes' is missing"),
    ("time", [""], "holds no time records to score"),
    ("quotes", ["{"], "is not in the quotes gold format (line 1: not a JSON object"),
])
def test_eval_exits_2_with_the_reason(tmp_path, stage, lines, message):
    result = CliRunner().invoke(main, ["eval", stage, "--gold", str(write(tmp_path, lines))])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
