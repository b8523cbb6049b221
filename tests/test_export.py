"""Exports: each format written and validated against its field list or read back."""

from __future__ import annotations

import csv
import json
import re

import pytest

from dateline.export import export
from dateline.export.gdelt import COLUMNS as GDELT_COLUMNS
from dateline.export.plover import OPTIONAL_FIELDS, REQUIRED_FIELDS
from dateline.export.tabular import COLUMNS as FLAT_COLUMNS
from dateline.query import EventFilters

from support import sample_store

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture
def store(tmp_path):
    with sample_store(tmp_path / "x.db") as opened:
        yield opened


def test_plover_records_follow_the_data_exchange_fields(store, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(store, "plover", path) == 5  # the negated event is left out
    types = PLOVER_TYPES
    for line in path.read_text().splitlines():
        record = json.loads(line)
        assert all(field in record for field in REQUIRED_FIELDS)
        assert set(record) <= set(REQUIRED_FIELDS) | set(OPTIONAL_FIELDS)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        assert isinstance(record["actor"], list) and all("code" in a for a in record["actor"])
        assert isinstance(record["event"], list) and len(record["event"]) == 1
        assert record["event"][0] in types
        assert record["quad_code"] in (1, 2, 3, 4)
    week = [json.loads(l) for l in path.read_text().splitlines() if json.loads(l)["event"] == ["ACCUSE"]][0]
    assert (week["date"], week["enddate"]) == ("2018-03-12", "2018-03-18")
    assert export(store, "plover", path, EventFilters(include_negated=True)) == 6


def test_gdelt_rows_have_61_typed_columns(store, tmp_path):
    path = tmp_path / "events.tsv"
    export(store, "gdelt", path)
    rows = [line.split("\t") for line in path.read_text().splitlines()]
    assert len(GDELT_COLUMNS) == 61 and all(len(row) == 61 for row in rows) and len(rows) == 5
    column = {name: index for index, name in enumerate(GDELT_COLUMNS)}
    for row in rows:
        assert re.fullmatch(r"\d{8}", row[column["SQLDATE"]])
        assert int(row[column["QuadClass"]]) in (1, 2, 3, 4)
        float(row[column["GoldsteinScale"]])
        assert row[column["EventRootCode"]] == row[column["EventCode"]][:2]
        assert row[column["SOURCEURL"]].startswith("https://example.org/")
    sanctions = [r for r in rows if r[column["EventCode"]] == "163" and r[column["SQLDATE"]] == "20180315"]
    assert {r[column["NumArticles"]] for r in sanctions} == {"2"}  # from the cluster
    assert {r[column["Actor2Code"]] for r in sanctions} == {"RUS"}


def test_parquet_partitioned_by_date_reads_back_equal(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export(store, "parquet", path) == 5
    assert sorted(p.name for p in path.iterdir()) == ["year=2018"]
    assert sorted(p.name for p in (path / "year=2018").iterdir()) == ["month=03", "month=04"]
    table = pq.read_table(path).to_pylist()
    csv_path = tmp_path / "events.csv"
    export(store, "csv", csv_path)
    rows = list(csv.DictReader(csv_path.open()))
    assert len(table) == len(rows) == 5
    by_id = {row["id"]: row for row in table}
    for row in rows:
        back = by_id[int(row["id"])]
        assert back["event"] == row["event"] and back["date"] == row["date"]
        assert ";".join(back["actor_codes"]) == row["actor_codes"]
    assert set(FLAT_COLUMNS) <= set(table[0])
