"""Numbered schema migrations, each applied once, in one transaction, and recorded in the database.

To change the schema, add a function decorated with `@migration(N, "what it does")` with the
next number; never edit one that has shipped. Tables are plain SQLite with documented columns
(see docs/store.md), so any SQLite client can browse a store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from ..errors import StoreError

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(function: Migration) -> Migration:
        if version in MIGRATIONS:
            raise RuntimeError(f"two migrations are numbered {version}")
        MIGRATIONS[version] = (name, function)
        return function

    return register


@migration(1, "runs, articles, entities and rejects")
def _initial_schema(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            inputs TEXT NOT NULL,              -- JSON list of the paths read
            model TEXT NOT NULL,
            dateline_version TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',  -- running | finished | failed
            ingested INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            published TEXT NOT NULL,           -- ISO date: the DCT
            url TEXT,
            title TEXT,
            outlet TEXT,
            source TEXT,                       -- where it was read: path, path:line or path#url
            text TEXT NOT NULL,
            analysis TEXT NOT NULL,            -- the analysis JSON without its text
            run_id INTEGER NOT NULL REFERENCES runs(id),
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_by_published ON articles(published);
        CREATE INDEX articles_by_outlet ON articles(outlet);
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (article_id, start_char, end_char, label)
        ) WITHOUT ROWID;
        CREATE INDEX entities_by_text ON entities(label, text);
        CREATE TABLE rejects (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,              -- which record: path, path:line or path#url
            record_id TEXT,
            code TEXT NOT NULL,                -- E001... (see dateline.errors.RejectCode)
            reason TEXT NOT NULL,
            fix TEXT NOT NULL,
            first_run_id INTEGER NOT NULL REFERENCES runs(id),
            last_run_id INTEGER NOT NULL REFERENCES runs(id),
            times INTEGER NOT NULL DEFAULT 1,
            UNIQUE (source, code)
        );
        """
    )


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute SQL statements one by one inside the caller's transaction.

    `executescript` would commit first, breaking the rule that a migration is all or nothing;
    `complete_statement` keeps statements with inner semicolons (triggers) whole.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:80]}")


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration the database lacks; return the versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    newest_known = max(MIGRATIONS)
    if applied and max(applied) > newest_known:
        raise StoreError(
            f"the store has schema version {max(applied)}, newer than this dateline knows "
            f"({newest_known}); upgrade dateline to open it"
        )
    done = []
    for version in sorted(set(MIGRATIONS) - applied):
        name, function = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            function(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(version)
    return done
