"""Table rows derived from one analysis: actors, events with their parties, quotes.

The analysis JSON stays the record of truth (`articles.analysis`); these rows exist so that
queries ("USA against RUS in March, by week") are indexed SQL rather than JSON scans. One
function per table, shared by the ingest writer and by the migration that backfills them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..actors.kb import normalise
from ..analysis import Analysis
from ..timeranges import day_range


@dataclass(frozen=True)
class Party:
    """An actor as it takes part in an event, with the identity used across articles."""

    actor_id: str
    key: str
    name: str | None
    country: str | None
    sector: str | None

    @property
    def code(self) -> str:
        """CAMEO-style code: country + sector ("USAGOV"), as GDELT and PETRARCH write it."""
        return f"{self.country or ''}{self.sector or ''}"


def actor_key(actor: dict) -> str:
    """Who an actor is across articles: the knowledge-base id; a country's government by its
    codes ("the Kremlin" in one article, "Moscow" in the next); a country by its code; else
    country, sector and name."""
    if actor.get("kb_id"):
        return f"kb:{actor['kb_id']}"
    if actor.get("kind") == "government" and actor.get("country"):
        return f"government:{actor['country']}:{actor.get('sector') or ''}"
    if actor.get("kind") == "country" and actor.get("country"):
        return f"country:{actor['country']}"
    return f"name:{actor.get('country') or ''}:{actor.get('sector') or ''}:{normalise(actor.get('name') or '')}"


def actor_rows(analysis: Analysis) -> list[tuple]:
    return [
        (analysis.id, actor["id"], actor_key(actor), actor.get("name"), actor.get("country"), actor.get("sector"),
         actor.get("kind"), actor.get("kb_id"), actor.get("rule"), len(actor.get("mentions") or []))
        for actor in analysis.actors
    ]


def parties(analysis: Analysis, event: dict, role: str) -> list[Party]:
    actors = {actor["id"]: actor for actor in analysis.actors}
    found = []
    for actor_id in event.get(role) or []:
        actor = actors.get(actor_id)
        if actor is not None:
            found.append(Party(actor_id, actor_key(actor), actor.get("name"), actor.get("country"), actor.get("sector")))
    return found


def event_row(analysis: Analysis, index: int, event: dict) -> dict:
    """One event mention as a row of the `events` table (without its parties and cluster)."""
    value = event.get("date") or analysis.published.isoformat()
    days = day_range(value) or day_range(analysis.published.isoformat())
    trigger = event.get("trigger") or {}
    sentence = event.get("sentence") or {}
    location = event.get("location") or {}
    cameo = event.get("cameo") or None
    return {
        "article_id": analysis.id,
        "idx": index,
        "published": analysis.published.isoformat(),
        "outlet": analysis.outlet,
        "event": event.get("event"),
        "mode": event.get("mode"),
        "context": json.dumps(event.get("context") or []),
        "cameo": cameo,
        "cameo_root": cameo[:2] if cameo else None,
        "quad": event.get("quad"),
        "score": event.get("score"),
        "goldstein": event.get("goldstein"),
        "date": value,
        "date_start": days.start.isoformat(),
        "date_end": days.end.isoformat(),
        "date_precision": days.precision,  # derived from the value, so clustering compares like with like
        "location_country": location.get("country"),
        "location_text": location.get("text"),
        "negated": 1 if event.get("negated") else 0,
        "modality": event.get("modality"),
        "attributed_to": event.get("attributed_to"),
        "trigger_text": trigger.get("text"),
        "trigger_start": trigger.get("start"),
        "trigger_end": trigger.get("end"),
        "sentence_start": sentence.get("start"),
        "sentence_end": sentence.get("end"),
        "rule": event.get("rule"),
        "confidence": event.get("confidence"),
    }


# The columns `event_row` fills, in the order of the INSERT statement.
EVENT_COLUMNS = (
    "article_id", "idx", "published", "outlet", "event", "mode", "context", "cameo", "cameo_root", "quad", "score",
    "goldstein", "date", "date_start", "date_end", "date_precision", "location_country", "location_text", "negated",
    "modality", "attributed_to", "trigger_text", "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    "rule", "confidence",
)


def quote_rows(analysis: Analysis) -> list[tuple]:
    actors = {actor["id"]: actor for actor in analysis.actors}
    rows = []
    for index, quote in enumerate(analysis.quotes):
        speaker = quote.get("speaker") or {}
        actor = actors.get(speaker.get("actor") or "") or {}
        cue = quote.get("cue") or {}
        rows.append((
            analysis.id, index, analysis.published.isoformat(), quote.get("kind"), quote.get("start"), quote.get("end"),
            quote.get("text"), cue.get("text"), cue.get("lemma"), speaker.get("text"), speaker.get("actor"),
            actor.get("name") or speaker.get("text"), actor.get("country"), actor.get("sector"),
        ))
    return rows
