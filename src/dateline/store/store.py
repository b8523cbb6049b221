"""The SQLite store: the system of record for articles, their analyses and the rejects.

Durability rules (see DESIGN.md): WAL mode; one transaction per batch, so a batch is either
all in or not in; article ids are primary keys and inserts are `ON CONFLICT DO NOTHING`, so
re-running an interrupted or repeated ingest adds nothing twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..analysis import Analysis
from ..errors import Reject, StoreError
from .migrations import migrate
from .records import write_records

TABLES = ("runs", "articles", "entities", "rejects", "actors", "events", "event_parties", "clusters", "quotes")
ARTICLE_LAYERS = ("entities", "timexes", "actors", "quotes", "events")


@dataclass
class BatchCounts:
    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0


class Store:
    """A dateline database. Open with `open_store(path)`; use as a context manager to close it.

    >>> with open_store(":memory:") as store:
    ...     store.counts()["articles"]
    0
    """

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path

    # -- writing -------------------------------------------------------------------------

    def begin_run(self, command: str, inputs: list[str], model: str, version: str) -> int:
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO runs (command, inputs, model, dateline_version, started_at) VALUES (?, ?, ?, ?, ?)",
                (command, json.dumps(inputs), model, version, _now()),
            )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        with self.transaction():
            self.conn.execute("UPDATE runs SET finished_at = ?, status = ? WHERE id = ?", (_now(), status, run_id))

    def write_batch(self, run_id: int, results: Iterable[Analysis | Reject]) -> BatchCounts:
        """Store one batch of analyses and rejects in a single transaction."""
        counts = BatchCounts()
        with self.transaction():
            for result in results:
                if isinstance(result, Reject):
                    self._write_reject(run_id, result)
                    counts.rejected += 1
                elif self._write_analysis(run_id, result):
                    counts.ingested += 1
                else:
                    counts.duplicates += 1
            self.conn.execute(
                "UPDATE runs SET ingested = ingested + ?, duplicates = duplicates + ?, rejected = rejected + ? WHERE id = ?",
                (counts.ingested, counts.duplicates, counts.rejected, run_id),
            )
        return counts

    def count_duplicates(self, run_id: int, number: int) -> None:
        """Record articles skipped before analysis because the store already had them."""
        if number:
            with self.transaction():
                self.conn.execute("UPDATE runs SET duplicates = duplicates + ? WHERE id = ?", (number, run_id))

    def _write_analysis(self, run_id: int, analysis: Analysis) -> bool:
        record = analysis.to_dict()
        text = record.pop("text")
        cursor = self.conn.execute(
            "INSERT INTO articles (id, published, url, title, outlet, source, text, analysis, run_id, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (
                analysis.id,
                record["published"],
                analysis.url,
                analysis.title,
                analysis.outlet,
                record.get("source"),
                text,
                json.dumps(record, ensure_ascii=False),
                run_id,
                _now(),
            ),
        )
        if cursor.rowcount == 0:
            return False
        self.conn.executemany(
            "INSERT INTO entities (article_id, start_char, end_char, text, label) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(analysis.id, e["start"], e["end"], e["text"], e["label"]) for e in analysis.entities],
        )
        write_records(self.conn, analysis)
        return True

    def _write_reject(self, run_id: int, reject: Reject) -> None:
        self.conn.execute(
            "INSERT INTO rejects (source, record_id, code, reason, fix, first_run_id, last_run_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (source, code) DO UPDATE SET"
            " reason = excluded.reason, fix = excluded.fix, record_id = excluded.record_id,"
            " last_run_id = excluded.last_run_id, times = times + 1",
            (reject.source, reject.record_id, reject.code, reject.reason, reject.fix, run_id, run_id),
        )

    # -- reading -------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        known: set[str] = set()
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            known.update(row[0] for row in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return known

    def articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Stored articles, newest first, with their record counts."""
        where, params = [], []
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        if outlet:
            where.append("outlet = ?")
            params.append(outlet)
        counts = ", ".join(f"json_array_length(analysis, '$.{layer}') AS {layer}" for layer in ARTICLE_LAYERS)
        sql = (
            f"SELECT id, published, outlet, title, source, length(text) AS chars, {counts}"
            " FROM articles"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY published DESC, id"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        return [dict(row) for row in self.conn.execute(sql, params)]

    def analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis of one article, by id or by a unique prefix of it."""
        rows = self.conn.execute("SELECT text, analysis FROM articles WHERE id = ?", (article_id,)).fetchall()
        if not rows:
            prefix = article_id.replace("\\", "").replace("%", "").replace("_", "")
            rows = self.conn.execute(
                "SELECT text, analysis FROM articles WHERE id LIKE ? LIMIT 2", (prefix + "%",)
            ).fetchall() if prefix else []
        if len(rows) != 1:
            return None
        record = json.loads(rows[0]["analysis"])
        record["text"] = rows[0]["text"]
        return Analysis.from_dict(record)

    def rejects(self, run_id: int | None = None) -> list[dict]:
        sql = "SELECT source, record_id, code, reason, fix, last_run_id AS run, times FROM rejects"
        params: list = []
        if run_id is not None:
            sql += " WHERE last_run_id = ?"
            params.append(run_id)
        return [dict(row) for row in self.conn.execute(sql + " ORDER BY id", params)]

    def runs(self) -> list[dict]:
        return [dict(row) for row in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def counts(self) -> dict[str, int]:
        return {table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}

    # -- plumbing ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all or nothing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, synchronous: str = "NORMAL") -> Store:
    """Open (creating and migrating as needed) the store at `path`.

    `synchronous="NORMAL"` survives a killed process; `"FULL"` also survives a power cut, at
    some cost in write speed.
    """
    path = str(path)
    if path != ":memory:" and not Path(path).parent.exists():
        raise StoreError(f"cannot create the store {path}: the folder {Path(path).parent} does not exist")
    try:
        # isolation_level=None: dateline issues BEGIN/COMMIT itself, so a batch is one transaction.
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {synchronous.upper()}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot open the store {path}: {error} (is it a dateline SQLite database?)") from None
    return Store(conn, path)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
