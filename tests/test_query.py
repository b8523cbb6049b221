"""Queries over the store: events by dyad, type, date and text; clusters; quotes; actors; timeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import InputError
from dateline.query import ActorFilter, EventFilters, find_clusters, find_events, find_quotes, timeline, top_actors

from support import sample_store


@pytest.fixture
def store(tmp_path):
    with sample_store(tmp_path / "q.db") as opened:
        yield opened


def test_actor_filters_parse_codes_and_names():
    assert ActorFilter.parse("USA") == ActorFilter(country="USA")
    assert ActorFilter.parse("RUS GOV") == ActorFilter(country="RUS", sector="GOV")
    assert ActorFilter.parse("RUSGOV") == ActorFilter(country="RUS", sector="GOV")
    assert ActorFilter.parse("Putin") == ActorFilter(name="Putin")


def test_dyad_query_leaves_out_negated_events_unless_asked(store):
    rows = find_events(store, EventFilters(actor="USA", recipient="RUS"))
    assert [(r["event"], r["date"]) for r in rows] == [("ACCUSE", "2018-W11"), ("SANCTION", "2018-03-15"),
                                                       ("SANCTION", "2018-03-15"), ("SANCTION", "2018-04-06")]
    with_negated = find_events(store, EventFilters(actor="USA", recipient="RUS", include_negated=True))
    assert {r["event"] for r in with_negated} == {"ACCUSE", "SANCTION", "CONSULT"}


@pytest.mark.parametrize("filters, expected", [
    (EventFilters(actor="RUS GOV"), {"REJECT"}),
    (EventFilters(actor="donald_trump"), {"ACCUSE", "SANCTION"}),
    (EventFilters(actor="Trump", event="accuse"), {"ACCUSE"}),
    (EventFilters(cameo="16"), {"SANCTION"}),
    (EventFilters(since="2018-04-01"), {"REJECT", "SANCTION"}),
    (EventFilters(until="2018-03-14"), {"ACCUSE"}),  # a week-dated event overlaps the range
    (EventFilters(outlet="Daily Ledger", recipient="USA"), {"REJECT"}),
    (EventFilters(text="meddling"), {"SANCTION"}),
])
def test_filters(store, filters, expected):
    assert {r["event"] for r in find_events(store, filters)} == expected


def test_clusters_give_one_row_per_real_event(store):
    rows = find_clusters(store, EventFilters(actor="USA", recipient="RUS", event="SANCTION"))
    assert [(r["date"], r["mentions"], r["articles"], r["outlets"]) for r in rows] == [("2018-03-15", 2, 2, 2),
                                                                                       ("2018-04-06", 1, 1, 1)]


def test_quotes_by_speaker_and_subject(store):
    assert [q["speaker"] for q in find_quotes(store, speaker="Sanders")] == ["Sarah Sanders"]
    assert [q["speaker"] for q in find_quotes(store, speaker="RUS GOV")] == ["Kremlin"]
    assert [q["speaker"] for q in find_quotes(store, about="illegal")] == ["Kremlin"]
    assert find_quotes(store, since="2018-04-01", speaker="USA") == []


def test_top_actors_count_articles_and_roles(store):
    rows = {r["name"]: r for r in top_actors(store)}
    assert rows["Russia"]["articles"] == 2 and rows["Russia"]["as_recipient"] == 2
    assert rows["Kremlin"]["as_actor"] == 1 and rows["Donald Trump"]["as_actor"] == 2  # the negated one is not counted


def test_timeline_by_week_counts_clusters_and_balance(store):
    rows = timeline(store, EventFilters(actor="USA", recipient="RUS"), by="week")
    assert [r["period"] for r in rows] == ["2018-W11", "2018-W14"]
    week = rows[0]
    assert week["types"] == {"ACCUSE": 1, "SANCTION": 1} and week["events"] == 2  # two sanction reports, one event
    assert (week["cooperation"], week["conflict"], week["balance"]) == (0, 2, -1.0)
    months = timeline(store, EventFilters(), by="month")
    assert [m["period"] for m in months] == ["2018-03", "2018-04"]
    with pytest.raises(InputError):
        timeline(store, EventFilters(), by="fortnight")


def test_query_commands(store, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "q.db")
    result = runner.invoke(main, ["events", "--db", db, "--actor", "USA", "--recipient", "RUS", "--format", "json"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 4
    clusters = json.loads(runner.invoke(main, ["events", "--db", db, "--clusters", "--format", "json"]).stdout)
    assert sum(c["mentions"] for c in clusters) == 5 and len(clusters) == 4  # 6 mentions, 1 negated
    chart = runner.invoke(main, ["timeline", "--db", db, "--actor", "USA", "--recipient", "RUS", "--by", "week"])
    assert chart.exit_code == 0 and "2018-W11" in chart.stdout and "SANCTION 1" in chart.stdout
    assert "Kremlin" in runner.invoke(main, ["quotes", "--db", db, "--about", "illegal"]).stdout
    assert "Donald Trump" in runner.invoke(main, ["actors", "--db", db]).stdout
    bad = runner.invoke(main, ["events", "--db", db, "--from", "March"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
