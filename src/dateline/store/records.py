"""Writing an analysis's actors, events (with parties) and quotes, inside the caller's transaction."""

from __future__ import annotations

import sqlite3

from datetime import date

from ..analysis import Analysis
from ..cluster import DatedValue, Mention, PartyCode, assign_clusters
from .rows import EVENT_COLUMNS, actor_rows, event_row, parties, quote_rows

_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
    " ON CONFLICT (article_id, idx) DO NOTHING"
)


def write_records(conn: sqlite3.Connection, analysis: Analysis) -> list[int]:
    """Insert the derived rows of one newly stored article; return its new event ids, clustered."""
    conn.executemany(
        "INSERT INTO actors (article_id, actor_id, actor_key, name, country, sector, kind, kb_id, rule, mentions)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        actor_rows(analysis),
    )
    mentions = []
    for index, event in enumerate(analysis.events):
        if not event.get("event"):
            continue
        row = event_row(analysis, index, event)
        cursor = conn.execute(_INSERT_EVENT, [row[name] for name in EVENT_COLUMNS])
        if cursor.rowcount == 0:
            continue
        event_id = int(cursor.lastrowid)
        by_role = {role: parties(analysis, event, role) for role in ("actor", "recipient")}
        conn.executemany(
            "INSERT INTO event_parties (event_id, role, actor_id, actor_key, name, country, sector)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(event_id, role, p.actor_id, p.key, p.name, p.country, p.sector)
             for role, found in by_role.items() for p in found],
        )
        when = DatedValue(row["date"], date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"]),
                          row["date_precision"])
        codes = {role: [PartyCode(p.key, p.country, p.sector) for p in found] for role, found in by_role.items()}
        mentions.append(Mention(event_id, row["event"], when, row["location_country"], bool(row["negated"]),
                                codes["actor"], codes["recipient"]))
    conn.executemany(
        "INSERT INTO quotes (article_id, idx, published, kind, start_char, end_char, text, cue, cue_lemma,"
        " speaker_text, speaker_actor, speaker_name, speaker_country, speaker_sector)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        quote_rows(analysis),
    )
    assign_clusters(conn, mentions)
    return [mention.event_id for mention in mentions]
