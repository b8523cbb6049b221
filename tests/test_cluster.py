"""Cross-article clusters: reports of one event merge; different events, however alike, do not."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from dateline import open_store
from dateline.analysis import Analysis
from dateline.cluster import DatedValue, PartyCode, dates_compatible

USA_GOV = {"name": "Trump administration", "country": "USA", "sector": "GOV", "kind": "government"}
TRUMP = {"name": "Donald Trump", "country": "USA", "sector": "GOV", "kind": "person", "kb_id": "donald_trump"}
RUSSIA = {"name": "Russia", "country": "RUS", "sector": "", "kind": "country"}
CHINA = {"name": "China", "country": "CHN", "sector": "", "kind": "country"}
_ids = itertools.count()


def report(published: str, event: str = "SANCTION", date_value: str | None = None, actor=USA_GOV, recipient=RUSSIA,
           outlet: str = "Global Wire", negated: bool = False, location: str | None = None) -> Analysis:
    actors = [dict(actor, id="a1", mentions=[[0, 5]]), dict(recipient, id="a2", mentions=[[10, 16]])]
    event_record = {"event": event, "mode": None, "cameo": "163", "quad": 4, "actor": ["a1"], "recipient": ["a2"],
                    "date": date_value, "negated": negated, "trigger": {"start": 6, "end": 9, "text": "hit"},
                    "location": {"country": location, "text": location} if location else None}
    return Analysis(id=f"art{next(_ids)}", published=date.fromisoformat(published), text="x" * 40, outlet=outlet,
                    actors=actors, events=[event_record])


def clusters_of(*analyses: Analysis, batches: int = 1) -> tuple[list[set[str]], list[dict]]:
    with open_store(":memory:") as store:
        run = store.begin_run("test", [], "m", "0")
        size = max(1, len(analyses) // batches)
        for start in range(0, len(analyses), size):
            store.write_batch(run, analyses[start:start + size])
        groups = {}
        for article_id, cluster_id in store.conn.execute("SELECT article_id, cluster_id FROM events ORDER BY id"):
            groups.setdefault(cluster_id, set()).add(article_id)
        rows = [dict(row) for row in store.conn.execute("SELECT * FROM clusters ORDER BY id")]
    return list(groups.get(key) for key in groups if key is not None), rows


def test_two_outlets_on_consecutive_days_form_one_cluster():
    first = report("2018-03-15", outlet="Global Wire")
    second = report("2018-03-16", outlet="Daily Ledger")
    groups, [cluster] = clusters_of(first, second)
    assert groups == [{first.id, second.id}]
    assert (cluster["mentions"], cluster["articles"], cluster["outlets"]) == (2, 2, 2)
    assert (cluster["first_report"], cluster["last_report"]) == ("2018-03-15", "2018-03-16")
    assert (cluster["actor_label"], cluster["recipient_label"]) == ("USA GOV", "RUS")


def test_same_dyad_and_type_a_month_apart_stay_apart():
    groups, rows = clusters_of(report("2018-03-15"), report("2018-04-15"))
    assert len(groups) == 2 and len(rows) == 2


def test_a_negated_mention_never_confirms_an_event():
    plain, negated = report("2018-03-15"), report("2018-03-15", negated=True)
    groups, [cluster] = clusters_of(plain, negated)
    assert groups == [{plain.id}] and cluster["mentions"] == 1
    _, none = clusters_of(report("2018-03-15", negated=True))
    assert none == []


@pytest.mark.parametrize("other", [
    report("2018-03-15", event="ACCUSE"),
    report("2018-03-15", recipient=CHINA),
    report("2018-03-15", location="GBR"),
])
def test_different_type_recipient_or_place_stay_apart(other):
    base = report("2018-03-15", location="USA")
    groups, _ = clusters_of(base, other)
    assert len(groups) == 2


def test_a_week_date_joins_the_days_of_its_week_only():
    day = report("2018-03-20", date_value="2018-03-14")
    in_week = report("2018-03-20", date_value="2018-W11")
    assert len(clusters_of(day, in_week)[0]) == 1
    outside = report("2018-03-20", date_value="2018-03-19")  # W12
    assert len(clusters_of(outside, in_week)[0]) == 2


def test_a_known_person_and_the_government_of_the_same_country_and_sector_agree():
    groups, [cluster] = clusters_of(report("2018-03-15", actor=TRUMP), report("2018-03-15", actor=USA_GOV))
    assert len(groups) == 1 and cluster["date_precision"] == "day"


def test_clusters_grow_incrementally_and_do_not_depend_on_order():
    reports = [report("2018-03-15"), report("2018-03-16", outlet="B"), report("2018-04-20"),
               report("2018-03-15", event="ACCUSE"), report("2018-04-21", outlet="C")]
    expected, _ = clusters_of(*reports)
    incremental, _ = clusters_of(*reports, batches=5)
    reversed_order, _ = clusters_of(*reversed(reports))
    canonical = lambda groups: sorted(sorted(g) for g in groups)
    assert canonical(expected) == canonical(incremental) == canonical(reversed_order)
    assert len(expected) == 3


def test_an_unknown_recipient_neither_confirms_nor_contradicts():
    full = report("2018-03-15")
    partial = report("2018-03-16", outlet="Daily Ledger")
    partial.events[0]["recipient"] = []  # "Washington blacklisted its intelligence services": unresolved
    groups, [cluster] = clusters_of(full, partial)
    assert groups == [{full.id, partial.id}] and cluster["recipient_label"] == "RUS"
    no_actor = report("2018-03-15", outlet="Daily Ledger")
    no_actor.events[0]["actor"] = []  # who acted is what identifies an event: no actor, no merge
    assert len(clusters_of(report("2018-03-15"), no_actor)[0]) == 2


def test_date_compatibility_rules():
    day = lambda d: DatedValue(d, date.fromisoformat(d), date.fromisoformat(d), "day")
    assert dates_compatible(day("2018-03-15"), day("2018-03-16"), window_days=1)
    assert not dates_compatible(day("2018-03-15"), day("2018-03-17"), window_days=1)
    assert dates_compatible(day("2018-03-15"), day("2018-03-17"), window_days=2)
    month = DatedValue("2018-03", date(2018, 3, 1), date(2018, 3, 31), "month")
    assert not dates_compatible(day("2018-03-15"), month)


def test_bare_country_agrees_with_any_sector_of_it_but_not_another_country():
    russia, kremlin = PartyCode("name:RUS::russia", "RUS", ""), PartyCode("name:RUS:GOV:kremlin", "RUS", "GOV")
    assert russia.same_as(kremlin) and kremlin.same_as(russia)
    assert not kremlin.same_as(PartyCode("name:RUS:MIL:army", "RUS", "MIL"))
    assert not russia.same_as(PartyCode("name:CHN::china", "CHN", ""))
