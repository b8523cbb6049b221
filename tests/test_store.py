"""The store: migrations, idempotent batch writes, atomicity, rejects."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dateline import Settings, ingest, open_store
from dateline.analysis import Analysis
from dateline.errors import Reject, RejectCode, StoreError
from dateline.store.migrations import MIGRATIONS

from support import EXAMPLES


def analysis(n: int) -> Analysis:
    return Analysis(id=f"a{n}", published=date(2018, 3, 20), text=f"Text {n} about Paris.",
                    entities=[{"start": 15, "end": 20, "text": "Paris", "label": "GPE"}])


def test_new_store_records_its_migrations(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        rows = store.conn.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert [row["version"] for row in rows] == sorted(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert set(store.counts().values()) == {0} and {"articles", "events", "clusters"} <= set(store.counts())
    with open_store(tmp_path / "s.db") as again:  # reopening applies nothing twice
        assert again.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_store_from_a_newer_dateline_is_refused(tmp_path):
    open_store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="upgrade dateline"):
        open_store(tmp_path / "s.db")


def test_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "junk.db").write_bytes(b"not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(tmp_path / "junk.db")


def test_writes_are_idempotent_by_article_id(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        run = store.begin_run("test", [], "m", "0")
        first = store.write_batch(run, [analysis(1), analysis(2), analysis(1)])
        second = store.write_batch(run, [analysis(1), analysis(2)])
        assert (first.ingested, first.duplicates, second.ingested, second.duplicates) == (2, 1, 0, 2)
        assert store.counts()["articles"] == 2 and store.counts()["entities"] == 2
        assert store.analysis("a1").entities == analysis(1).entities


def test_a_batch_is_all_in_or_not_in(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        run = store.begin_run("test", [], "m", "0")
        broken = analysis(3)
        broken.entities = [{"start": 0}]  # missing keys: the write fails midway
        with pytest.raises(KeyError):
            store.write_batch(run, [analysis(1), analysis(2), broken])
        assert store.counts()["articles"] == 0 and store.counts()["entities"] == 0


def test_rejects_are_kept_once_per_source_and_code(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        run1 = store.begin_run("test", [], "m", "0")
        store.write_batch(run1, [Reject.of("f.jsonl:3", RejectCode.NO_DATE, "no date")])
        run2 = store.begin_run("test", [], "m", "0")
        store.write_batch(run2, [Reject.of("f.jsonl:3", RejectCode.NO_DATE, "no date")])
        [row] = store.rejects()
        assert (row["source"], row["code"], row["times"], row["run"]) == ("f.jsonl:3", "E001", 2, run2)
        assert "--default-date" in row["fix"]


def test_ingesting_examples_twice_changes_no_row_count(tmp_path, nlp):
    settings = Settings(db=str(tmp_path / "s.db"), batch_size=8)
    with open_store(settings.db) as store:
        first = ingest([str(EXAMPLES)], store, settings)
        counts = store.counts()
        second = ingest([str(EXAMPLES)], store, settings)
        assert first.ingested >= 20 and first.rejected == 0
        assert second.ingested == 0 and second.duplicates == first.ingested
        after = store.counts()
        assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in counts.items() if k != "runs"}
        assert [r["status"] for r in store.runs()] == ["finished", "finished"]


def test_a_version_1_store_is_migrated_and_backfilled(tmp_path):
    import json

    from dateline.store.migrations import MIGRATIONS
    from support import sample_analyses

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    conn.execute("BEGIN")
    MIGRATIONS[1][1](conn)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'initial', 'then')")
    conn.execute("INSERT INTO runs (id, command, inputs, model, dateline_version, started_at) VALUES (1, 'ingest', '[]', 'm', '0', 'then')")
    for analysis in sample_analyses():
        record = analysis.to_dict()
        text = record.pop("text")
        conn.execute("INSERT INTO articles (id, published, text, analysis, run_id, ingested_at) VALUES (?, ?, ?, ?, 1, 'then')",
                     (analysis.id, record["published"], text, json.dumps(record)))
    conn.execute("COMMIT")
    conn.close()
    with open_store(path) as store:
        counts = store.counts()
        assert (counts["articles"], counts["events"], counts["quotes"]) == (4, 6, 2)
        assert counts["clusters"] == 4  # the two reports of the 15 March sanctions share one
        hits = store.conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'meddling'").fetchone()[0]
        assert hits == 1
