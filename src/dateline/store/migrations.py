"""Numbered schema migrations, each applied once and recorded in the database; an upgrade
(every pending migration, then their backfills) is one transaction.

To change the schema, add a function decorated with `@migration(N, "what it does")` with the
next number; never edit one that has shipped. Tables are plain SQLite with documented columns
(see docs/store.md), so any SQLite client can browse a store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from ..errors import StoreError

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}
# Backfills derive new rows from data already stored, using today's writer code, so they run
# after every schema step of the same upgrade (a later migration may add a table they fill).
BACKFILLS: dict[int, Migration] = {}


def migration(version: int, name: str, backfill: Migration | None = None) -> Callable[[Migration], Migration]:
    def register(function: Migration) -> Migration:
        if version in MIGRATIONS:
            raise RuntimeError(f"two migrations are numbered {version}")
        MIGRATIONS[version] = (name, function)
        if backfill is not None:
            BACKFILLS[version] = backfill
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
    pending = sorted(set(MIGRATIONS) - applied)
    if not pending:
        return []
    # The whole upgrade, backfills included, is one transaction: a store is never left with
    # new tables that its old articles have not been written into.
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in pending:
            name, function = MIGRATIONS[version]
            function(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
        for version in pending:
            if version in BACKFILLS:
                BACKFILLS[version](conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pending


def _backfill_records(conn: sqlite3.Connection) -> None:
    """Stores written before migration 2: derive actors, events, clusters and quotes from the
    stored analyses."""
    from ..analysis import Analysis
    from .records import write_records

    for text, analysis in conn.execute("SELECT text, analysis FROM articles ORDER BY published, id").fetchall():
        record = json.loads(analysis)
        record["text"] = text
        write_records(conn, Analysis.from_dict(record))


@migration(2, "actors, events, event parties, clusters, quotes; full-text indexes", backfill=_backfill_records)
def _records_and_search(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE actors (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id TEXT NOT NULL,            -- a1, a2 ... within the article
            actor_key TEXT NOT NULL,           -- identity across articles: kb:<id> or name:<country>:<sector>:<name>
            name TEXT,
            country TEXT,                      -- ISO 3166 alpha-3, or IGO/NGO/...; NULL when unknown
            sector TEXT,                       -- GOV, LEG, MIL, ...; '' for a state itself; UNK when unknown
            kind TEXT,                         -- person | organisation | government | country | group
            kb_id TEXT,
            rule TEXT,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article_id, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX actors_by_code ON actors(country, sector);
        CREATE INDEX actors_by_key ON actors(actor_key);
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            event TEXT NOT NULL,               -- PLOVER event type shared by every mention
            actor_label TEXT,                  -- e.g. "USA GOV" (the founding mention's actors)
            recipient_label TEXT,
            date TEXT NOT NULL,                -- the best date: the most precise value the mentions give
            date_start TEXT NOT NULL,
            date_end TEXT NOT NULL,
            date_precision TEXT NOT NULL,
            location_country TEXT,
            mentions INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0,
            outlets INTEGER NOT NULL DEFAULT 0,
            first_report TEXT,                 -- earliest publication date among its articles
            last_report TEXT
        );
        CREATE INDEX clusters_by_event_date ON clusters(event, date_start);
        CREATE INDEX clusters_by_event_value ON clusters(event, date);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,              -- position in the article's analysis
            published TEXT NOT NULL,
            outlet TEXT,
            event TEXT NOT NULL,               -- PLOVER event type
            mode TEXT,
            context TEXT,                      -- JSON list of PLOVER contexts
            cameo TEXT,
            cameo_root TEXT,
            quad INTEGER,                      -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
            score REAL,                        -- PLOVER intensity
            goldstein REAL,                    -- CAMEO Goldstein scale
            date TEXT NOT NULL,                -- TIMEX3 value of the event's date (2018-03-20, 2018-W11, ...)
            date_start TEXT NOT NULL,          -- the first and last day that value covers
            date_end TEXT NOT NULL,
            date_precision TEXT NOT NULL,
            location_country TEXT,
            location_text TEXT,
            negated INTEGER NOT NULL DEFAULT 0,
            modality TEXT,
            attributed_to TEXT,                -- actor id (in the article) who claims the event
            trigger_text TEXT,
            trigger_start INTEGER,
            trigger_end INTEGER,
            sentence_start INTEGER,
            sentence_end INTEGER,
            rule TEXT,
            confidence REAL,
            cluster_id INTEGER REFERENCES clusters(id),  -- NULL for negated mentions: they confirm nothing
            UNIQUE (article_id, idx)
        );
        CREATE INDEX events_by_date ON events(date_start, date_end);
        CREATE INDEX events_by_type_date ON events(event, date_start);
        CREATE INDEX events_by_cluster ON events(cluster_id);
        CREATE TABLE event_parties (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            role TEXT NOT NULL,                -- actor | recipient
            actor_id TEXT NOT NULL,
            actor_key TEXT NOT NULL,
            name TEXT,
            country TEXT,
            sector TEXT,
            PRIMARY KEY (event_id, role, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX parties_by_code ON event_parties(role, country, sector, event_id);
        CREATE INDEX parties_by_key ON event_parties(role, actor_key, event_id);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            published TEXT NOT NULL,
            kind TEXT,                         -- direct | partial | mixed | indirect
            start_char INTEGER,
            end_char INTEGER,
            text TEXT,
            cue TEXT,
            cue_lemma TEXT,
            speaker_text TEXT,
            speaker_actor TEXT,                -- actor id in the article
            speaker_name TEXT,
            speaker_country TEXT,
            speaker_sector TEXT,
            UNIQUE (article_id, idx)
        );
        CREATE INDEX quotes_by_published ON quotes(published);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id');
        CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
        END;
        CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
        END;
        INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM articles;
        """,
    )


@migration(3, "cluster actor countries: an index for finding a mention's candidate clusters")
def _cluster_actor_countries(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE cluster_actor_countries (
            country TEXT NOT NULL,             -- a country of an actor of one of the cluster's mentions
            cluster_id INTEGER NOT NULL REFERENCES clusters(id),
            PRIMARY KEY (country, cluster_id)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO cluster_actor_countries (country, cluster_id)
            SELECT p.country, e.cluster_id FROM events e JOIN event_parties p ON p.event_id = e.id
            WHERE e.cluster_id IS NOT NULL AND p.role = 'actor' AND p.country IS NOT NULL;
        """,
    )
