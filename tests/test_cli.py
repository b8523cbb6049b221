"""The command line: the analyze contract, exit statuses, and the read commands."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main

from support import REFERENCE_ARTICLE

STORY = "Putin won a landslide victory on Sunday. The OSCE said the vote offered no real choice."


@pytest.fixture
def run(nlp):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_analyze_jsonl_contract_one_line_per_input_in_order(run, write_jsonl):
    texts = ["  Moscow said on Tuesday it would respond.", STORY, "\nBerlin and Paris agreed.\n\nLondon did not."]
    path = write_jsonl([
        {"id": "z-last", "date": "2018-03-20", "text": texts[0]},
        {"id": "a-first", "published": "2018-03-19", "text": texts[1]},
        {"id": "bad", "text": "no date here"},
        {"id": "m-mid", "date": "2018-03-18T10:00:00Z", "text": texts[2]},
    ])
    result = run("analyze", str(path), "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["z-last", "a-first", "bad", "m-mid"]
    assert [line["text"] for line in lines if "error" not in line] == texts  # exactly as given
    for line in lines:
        if "error" in line:
            assert line["error"]["code"] == "E001" and "--default-date" in line["error"]["fix"]
            continue
        for entity in line["entities"]:
            assert line["text"][entity["start"]:entity["end"]] == entity["text"]
    assert result.exit_code == 1 and "feed.jsonl:3" in result.stderr and "E001" in result.stderr


def test_analyze_reference_article_as_json(run):
    if not REFERENCE_ARTICLE.exists():
        pytest.skip("shared example not present")
    result = run("analyze", str(REFERENCE_ARTICLE), "--format", "json")
    assert result.exit_code == 0, result.stderr
    [record] = json.loads(result.stdout)
    assert record["published"] == "2018-03-20" and record["text"].startswith("Donald Trump")
    assert all(record["text"][e["start"]:e["end"]] == e["text"] for e in record["entities"])


def test_analyze_from_stdin_with_default_date(run):
    result = run("analyze", "-", "--default-date", "2019-05-01", input="Merkel met Macron in Aachen.")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["published"] == "2019-05-01"


@pytest.mark.parametrize("args, message", [
    (["analyze", "missing-file.txt"], "no such file or folder: missing-file.txt"),
    (["analyze", "-", "--default-date", "2018-02-30"], "is not a date"),
    (["ingest", "missing-dir/"], "no such file or folder"),
    (["articles", "--db", "no-such.db"], "no store at no-such.db"),
    (["analyze", "-", "--model", "no_such_model_xyz"], "cannot load the spaCy model"),
    (["analyze", "-", "--batch-size", "0"], "batch_size must be at least 1"),
])
def test_user_errors_exit_2_with_a_message_and_no_traceback(run, args, message):
    result = run(*args, input="date 2018-03-20\nParis said yes.")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_ingest_then_read_commands(run, tmp_path, write_jsonl):
    db = str(tmp_path / "cli.db")
    feed = write_jsonl([
        {"id": "one", "date": "2018-03-20", "text": STORY, "outlet": "Global Wire", "title": "Putin wins"},
        {"id": "two", "date": "2018-03-21", "text": "Theresa May said Britain would expel 23 diplomats."},
        {"id": "three", "date": "2018-02-30", "text": STORY},
    ])
    first = run("ingest", str(feed), "--db", db, "--quiet", "--format", "json")
    assert first.exit_code == 1  # one record rejected: the user must act
    [summary] = json.loads(first.stdout)
    assert (summary["ingested"], summary["duplicates"], summary["rejected"]) == (2, 0, 1)
    assert "2018-02-30" in first.stderr and "dateline rejects" in first.stderr

    again = run("ingest", str(feed), "--db", db, "--quiet", "--format", "json")
    assert json.loads(again.stdout)[0]["duplicates"] == 2 and json.loads(again.stdout)[0]["ingested"] == 0

    listed = json.loads(run("articles", "--db", db, "--format", "json").stdout)
    assert [a["id"] for a in listed] == ["two", "one"]  # newest first
    assert [a["id"] for a in json.loads(run("articles", "--db", db, "--format", "json", "--outlet", "Global Wire").stdout)] == ["one"]
    csv_out = run("articles", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,published") and len(csv_out) == 3

    rejects = json.loads(run("rejects", "--db", db, "--format", "json").stdout)
    assert [(r["source"].endswith("feed.jsonl:3"), r["code"], r["times"]) for r in rejects] == [(True, "E002", 2)]

    shown = run("show", "on", "--db", db)  # a unique id prefix is enough
    assert shown.exit_code == 0 and "Putin" in shown.stdout and "entities" in shown.stdout
    as_json = json.loads(run("show", "one", "--db", db, "--format", "json").stdout)
    assert as_json["id"] == "one" and as_json["text"] == STORY
    missing = run("show", "nope", "--db", db)
    assert missing.exit_code == 2 and "dateline articles" in missing.stderr

    runs = json.loads(run("runs", "--db", db, "--format", "json").stdout)
    assert [(r["ingested"], r["status"]) for r in runs] == [(2, "finished"), (0, "finished")]


def test_binary_and_empty_files_are_rejected_while_the_rest_goes_on(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"date 2018-03-20\n{STORY}", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    (folder / "c.txt").write_text("date 2018-03-20\n   ", encoding="utf-8")
    (folder / "d.txt").write_text(f"date 2018-03-21\n{STORY} Again.", encoding="utf-8")
    result = run("analyze", str(folder), "--format", "table")
    assert result.exit_code == 1
    assert "b.txt: E004" in result.stderr and "c.txt: E003" in result.stderr
    assert result.stdout.count("2018-03-2") == 2
