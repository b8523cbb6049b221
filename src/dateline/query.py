"""Questions analysts ask of a store: which events, which quotes, which actors, how over time.

Every function takes a `Store` and plain filters and returns plain rows (dicts), so the CLI,
the exports and any other program share one implementation. Actor filters accept a country
code ("USA"), a country and sector ("RUS GOV"), a knowledge-base id ("donald_trump") or a
name ("Putin"). Negated events are left out unless `include_negated` is set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import InputError
from .store import Store

PERIODS = ("day", "week", "month")
_CODE = re.compile(r"^([A-Z]{3})(?:[ :/-]?([A-Z]{3}))?$")
COOPERATION_QUADS = (1, 2)
CONFLICT_QUADS = (3, 4)


@dataclass(frozen=True)
class ActorFilter:
    """Which parties an event must have in one role."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None

    @classmethod
    def parse(cls, text: str) -> "ActorFilter":
        """ "USA" → country; "RUS GOV" or "RUSGOV" → country and sector; anything else → a name or KB id."""
        text = text.strip()
        match = _CODE.match(text)
        if match:
            return cls(country=match[1], sector=match[2])
        if not text:
            raise InputError("an actor filter cannot be empty")
        return cls(name=text)

    def sql(self, role: str, event_column: str = "e.id") -> tuple[str, list]:
        conditions, params = ["p.event_id = " + event_column, "p.role = ?"], [role]
        if self.country:
            conditions.append("p.country = ?")
            params.append(self.country)
        if self.sector:
            conditions.append("p.sector = ?")
            params.append(self.sector)
        if self.name:
            conditions.append("(p.actor_key = ? OR p.name LIKE ? ESCAPE '\\')")
            params += [f"kb:{self.name}", f"%{_like(self.name)}%"]
        return f"EXISTS (SELECT 1 FROM event_parties p WHERE {' AND '.join(conditions)})", params


@dataclass
class EventFilters:
    actor: str | None = None
    recipient: str | None = None
    event: str | None = None  # one PLOVER type, or several separated by commas
    cameo: str | None = None  # a code or its prefix ("16", "163")
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    text: str | None = None  # full-text search in the articles
    include_negated: bool = False

    def where(self) -> tuple[str, list]:
        conditions, params = [], []
        if not self.include_negated:
            conditions.append("e.negated = 0")
        for role, value in (("actor", self.actor), ("recipient", self.recipient)):
            if value:
                condition, extra = ActorFilter.parse(value).sql(role)
                conditions.append(condition)
                params += extra
        if self.event:
            types = [t.strip().upper() for t in self.event.split(",") if t.strip()]
            conditions.append(f"e.event IN ({', '.join('?' * len(types))})")
            params += types
        if self.cameo:
            conditions.append("e.cameo LIKE ?")
            params.append(f"{_like(self.cameo)}%")
        _between("e.date_start", "e.date_end", self.since, self.until, conditions, params)
        if self.outlet:
            conditions.append("e.outlet = ?")
            params.append(self.outlet)
        if self.text:
            conditions.append("e.article_id IN (SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.rowid"
                              " WHERE articles_fts MATCH ?)")
            params.append(self.text)
        return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


_EVENT_SELECT = """
SELECT e.id, e.date, e.event, e.mode, e.cameo, e.quad, e.score, e.goldstein, e.negated, e.modality,
       (SELECT group_concat(trim(coalesce(p.country, '?') || ' ' || coalesce(p.sector, '')) || ' (' || coalesce(p.name, '') || ')', '; ')
          FROM event_parties p WHERE p.event_id = e.id AND p.role = 'actor') AS actor,
       (SELECT group_concat(trim(coalesce(p.country, '?') || ' ' || coalesce(p.sector, '')) || ' (' || coalesce(p.name, '') || ')', '; ')
          FROM event_parties p WHERE p.event_id = e.id AND p.role = 'recipient') AS recipient,
       e.trigger_text AS trigger, e.article_id, e.outlet, e.published, e.cluster_id, e.rule, e.confidence
FROM events e"""


def find_events(store: Store, filters: EventFilters, limit: int | None = None) -> list[dict]:
    """Event mentions matching the filters, by date."""
    where, params = filters.where()
    sql = _EVENT_SELECT + where + " ORDER BY e.date_start, e.id" + (" LIMIT ?" if limit else "")
    return [dict(row) for row in store.conn.execute(sql, params + ([limit] if limit else []))]


def find_clusters(store: Store, filters: EventFilters, limit: int | None = None) -> list[dict]:
    """One row per real-world event: clusters with a mention matching the filters."""
    where, params = filters.where()
    sql = (
        "SELECT c.id AS cluster, c.date, c.event, c.actor_label AS actor, c.recipient_label AS recipient,"
        " c.mentions, c.articles, c.outlets, c.first_report, c.last_report FROM clusters c"
        f" WHERE c.id IN (SELECT e.cluster_id FROM events e{where}{' AND' if where else ' WHERE'} e.cluster_id IS NOT NULL)"
        " ORDER BY c.date_start, c.id" + (" LIMIT ?" if limit else "")
    )
    return [dict(row) for row in store.conn.execute(sql, params + ([limit] if limit else []))]


def find_quotes(store: Store, speaker: str | None = None, about: str | None = None, since: str | None = None,
                until: str | None = None, limit: int | None = None) -> list[dict]:
    """Quotes by speaker (name, country or "RUS GOV") and/or words they contain."""
    conditions, params = [], []
    if speaker:
        wanted = ActorFilter.parse(speaker)
        if wanted.country:
            conditions.append("q.speaker_country = ?")
            params.append(wanted.country)
            if wanted.sector:
                conditions.append("q.speaker_sector = ?")
                params.append(wanted.sector)
        else:
            conditions.append("(q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\')")
            params += [f"%{_like(wanted.name)}%"] * 2
    if about:
        conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(about)
    _between("q.published", "q.published", since, until, conditions, params)
    sql = (
        "SELECT q.published, q.speaker_name AS speaker, trim(coalesce(q.speaker_country, '') || ' ' ||"
        " coalesce(q.speaker_sector, '')) AS code, q.kind, q.cue, q.text, q.article_id FROM quotes q"
        + (" WHERE " + " AND ".join(conditions) if conditions else "")
        + " ORDER BY q.published, q.article_id, q.idx" + (" LIMIT ?" if limit else "")
    )
    return [dict(row) for row in store.conn.execute(sql, params + ([limit] if limit else []))]


def top_actors(store: Store, since: str | None = None, until: str | None = None, limit: int = 20) -> list[dict]:
    """Who appears most (articles and mentions), with their roles in events."""
    conditions, params = [], []
    _between("a.published", "a.published", since, until, conditions, params)
    where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
    sql = f"""
        SELECT x.actor_key, max(x.name) AS name, x.country, x.sector, count(DISTINCT x.article_id) AS articles,
               sum(x.mentions) AS mentions,
               (SELECT count(*) FROM event_parties p JOIN events e ON e.id = p.event_id
                 WHERE p.actor_key = x.actor_key AND p.role = 'actor' AND e.negated = 0) AS as_actor,
               (SELECT count(*) FROM event_parties p JOIN events e ON e.id = p.event_id
                 WHERE p.actor_key = x.actor_key AND p.role = 'recipient' AND e.negated = 0) AS as_recipient
        FROM actors x JOIN articles a ON a.id = x.article_id{where}
        GROUP BY x.actor_key ORDER BY articles DESC, mentions DESC, name LIMIT ?"""
    return [dict(row) for row in store.conn.execute(sql, params + [limit])]


def timeline(store: Store, filters: EventFilters, by: str = "week") -> list[dict]:
    """Per period: distinct events (clusters; an unclustered mention counts alone) per PLOVER type,
    mean PLOVER score and Goldstein value over the mentions, and the cooperation/conflict
    balance (quad classes 1–2 against 3–4, from −1 all conflict to +1 all cooperation)."""
    if by not in PERIODS:
        raise InputError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    period = {
        "day": "e.date_start",
        "week": "date(e.date_start, '-' || ((CAST(strftime('%w', e.date_start) AS INTEGER) + 6) % 7) || ' days')",
        "month": "substr(e.date_start, 1, 7)",
    }[by]
    where, params = filters.where()
    sql = (
        f"SELECT {period} AS period, e.event, count(DISTINCT coalesce(e.cluster_id, -e.id)) AS events, count(*) AS mentions,"
        " avg(e.score) AS score, avg(e.goldstein) AS goldstein,"
        f" count(DISTINCT CASE WHEN e.quad IN {COOPERATION_QUADS} THEN coalesce(e.cluster_id, -e.id) END) AS cooperation,"
        f" count(DISTINCT CASE WHEN e.quad IN {CONFLICT_QUADS} THEN coalesce(e.cluster_id, -e.id) END) AS conflict"
        f" FROM events e{where} GROUP BY period, e.event ORDER BY period, e.event"
    )
    periods: dict[str, dict] = {}
    for row in store.conn.execute(sql, params):
        label = _period_label(row["period"], by)
        entry = periods.setdefault(label, {"period": label, "events": 0, "types": {}, "cooperation": 0, "conflict": 0,
                                           "_score": [], "_goldstein": []})
        entry["events"] += row["events"]
        entry["types"][row["event"]] = row["events"]
        entry["cooperation"] += row["cooperation"]
        entry["conflict"] += row["conflict"]
        # Scores are averaged over mentions: each report's coding counts once.
        if row["score"] is not None:
            entry["_score"].append((row["score"], row["mentions"]))
        if row["goldstein"] is not None:
            entry["_goldstein"].append((row["goldstein"], row["mentions"]))
    result = []
    for entry in periods.values():
        entry["mean_score"] = _weighted(entry.pop("_score"))
        entry["mean_goldstein"] = _weighted(entry.pop("_goldstein"))
        total = entry["cooperation"] + entry["conflict"]
        entry["balance"] = round((entry["cooperation"] - entry["conflict"]) / total, 3) if total else None
        result.append(entry)
    return result


def _period_label(value: str, by: str) -> str:
    if by == "week":
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year}-W{week:02d}"
    return value


def _weighted(pairs: list[tuple[float, int]]) -> float | None:
    total = sum(weight for _, weight in pairs)
    return round(sum(value * weight for value, weight in pairs) / total, 2) if total else None


def _between(start_column: str, end_column: str, since: str | None, until: str | None,
             conditions: list[str], params: list) -> None:
    """Keep rows whose span [start_column, end_column] meets [since, until] (either may be open)."""
    if since:
        conditions.append(f"{end_column} >= ?")
        params.append(_iso(since))
    if until:
        conditions.append(f"{start_column} <= ?")
        params.append(_iso(until))


def _iso(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

