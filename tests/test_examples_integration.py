"""The whole flow on the sample corpus: ingest, then ask the questions analysts ask."""

from __future__ import annotations

import pytest

from dateline import Settings, ingest, open_store
from dateline.query import EventFilters, find_clusters, find_events, timeline

from support import EXAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(path) as opened:
        summary = ingest([str(EXAMPLES)], opened, Settings(db=str(path)))
        assert summary.ingested >= 20 and summary.rejected == 0
        yield opened


def test_us_actions_against_russia_are_found_and_dated(store):
    rows = find_events(store, EventFilters(actor="USA", recipient="RUS"))
    assert {"SANCTION", "SUPPORT", "CONSULT"} <= {r["event"] for r in rows}
    sanctions = [r for r in rows if r["event"] == "SANCTION"]
    assert any(r["date"].startswith("2018-03-1") for r in sanctions)  # the March 15 package


def test_two_outlets_reporting_the_same_sanctions_form_one_cluster(store):
    clusters = {row[0]: row[1] for row in store.conn.execute(
        "SELECT article_id, cluster_id FROM events WHERE event = 'SANCTION' AND negated = 0"
        " AND article_id IN ('wire-001', 'wire-002') AND date_start BETWEEN '2018-03-14' AND '2018-03-16'")}
    assert set(clusters) == {"wire-001", "wire-002"}
    assert clusters["wire-001"] == clusters["wire-002"]
    [cluster] = [c for c in find_clusters(store, EventFilters(event="SANCTION")) if c["cluster"] == clusters["wire-001"]]
    assert cluster["mentions"] >= 2 and cluster["outlets"] == 2
    assert (cluster["first_report"], cluster["last_report"]) == ("2018-03-15", "2018-03-16")


def test_negated_events_are_kept_but_left_out_by_default(store):
    everything = find_events(store, EventFilters(include_negated=True))
    default = find_events(store, EventFilters())
    assert any(r["negated"] for r in everything) and not any(r["negated"] for r in default)


def test_weekly_timeline_of_the_dyad(store):
    weeks = timeline(store, EventFilters(actor="USA", recipient="RUS"), by="week")
    assert "2018-W11" in {w["period"] for w in weeks}
    assert all(w["events"] >= 1 for w in weeks)
