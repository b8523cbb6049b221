"""Flat event records for export: an event mention with its parties, article and cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..query import EventFilters
from ..store import Store

_SELECT = """
SELECT e.*, a.url, a.title, a.source, a.ingested_at, a.text AS article_text,
       c.mentions AS cluster_mentions, c.articles AS cluster_articles, c.outlets AS cluster_outlets
FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN clusters c ON c.id = e.cluster_id"""


def event_records(store: Store, filters: EventFilters) -> Iterator[dict]:
    """Stream the matching events, oldest first, as dicts ready for any writer."""
    where, params = filters.where()
    cursor = store.conn.execute(_SELECT + where + " ORDER BY e.date_start, e.id", params)
    for row in cursor:
        record = dict(row)
        text = record.pop("article_text")
        start, end = record.get("sentence_start"), record.get("sentence_end")
        record["event_text"] = text[start:end] if start is not None and end is not None else None
        record["context"] = json.loads(record["context"] or "[]")
        for role in ("actor", "recipient"):
            record[role] = [dict(party) for party in store.conn.execute(
                "SELECT actor_id, actor_key, name, country, sector FROM event_parties"
                " WHERE event_id = ? AND role = ? ORDER BY actor_id", (record["id"], role))]
        yield record


def party_code(party: dict) -> str:
    """The CAMEO-style actor code: country and sector, "USAGOV"; "UNK" sectors are left out."""
    sector = party.get("sector") if party.get("sector") not in (None, "UNK") else ""
    return f"{party.get('country') or ''}{sector}"
