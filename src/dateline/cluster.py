"""Cross-article event clusters: many reports of one real-world event become one cluster.

A new event mention joins an existing cluster when everything known agrees:
- the same PLOVER event type;
- the same actors and agreeing recipients: two parties are the same when they are the same
  knowledge-base entity, or have the same country and the same sector (a bare country, sector
  '', agrees with any sector of that country). Who acted identifies an event, so the actors
  must share a party; recipients the coder could not resolve on one mention ("blacklisted its
  intelligence services") neither confirm nor contradict, while known recipients that share
  nobody keep the mentions apart;
- compatible dates: two days within `window_days` of each other; a day and a week when the
  day falls in the week; coarser dates (month, year) only when equal;
- the same location country, where both mentions know one.
Otherwise it founds a new cluster. Negated mentions ("failed to raise") join nothing: they
never confirm an event. Candidates are tried in a fixed order (closest date, then oldest
cluster), so the same input gives the same clusters. The cluster's date is its mentions' most
precise date, and is not widened by them, which keeps clusters from chaining along a week.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

DEFAULT_WINDOW_DAYS = 1
PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5}


@dataclass(frozen=True)
class DatedValue:
    value: str
    start: date
    end: date
    precision: str


@dataclass(frozen=True)
class PartyCode:
    key: str
    country: str | None
    sector: str | None

    def same_as(self, other: "PartyCode") -> bool:
        if self.key.startswith("kb:") and self.key == other.key:
            return True
        if not self.country or self.country != other.country:
            return False
        return self.sector == other.sector or not self.sector or not other.sector


def dates_compatible(a: DatedValue, b: DatedValue, window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    if a.precision == b.precision == "day":
        return abs((a.start - b.start).days) <= window_days
    if {a.precision, b.precision} <= {"day", "week"}:
        return a.start <= b.end and b.start <= a.end
    return a.value == b.value


def parties_agree(ours: list[PartyCode], theirs: list[PartyCode]) -> bool | None:
    """True: they share a party; False: both known and disjoint; None: one side is unknown."""
    if not ours or not theirs:
        return None
    return any(p.same_as(q) for p in ours for q in theirs)


def same_parties(actors: tuple[list, list], recipients: tuple[list, list]) -> bool:
    """The actors share a party, and the recipients do not contradict."""
    return parties_agree(*actors) is True and parties_agree(*recipients) is not False


@dataclass(frozen=True)
class Mention:
    """A newly stored event mention, as the writer has it in hand."""

    event_id: int
    event: str
    when: DatedValue
    location: str | None
    negated: bool
    actors: list[PartyCode]
    recipients: list[PartyCode]


def assign_clusters(conn: sqlite3.Connection, mentions: list[Mention], window_days: int = DEFAULT_WINDOW_DAYS) -> None:
    """Put each new, non-negated event mention into a cluster (inside the caller's transaction)."""
    for mention in sorted(mentions, key=lambda m: m.event_id):
        if mention.negated:
            continue
        cluster_id = _best_cluster(conn, mention, window_days)
        if cluster_id is None:
            when = mention.when
            cluster_id = int(conn.execute(
                "INSERT INTO clusters (event, actor_label, recipient_label, date, date_start, date_end, date_precision,"
                " location_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (mention.event, _label(mention.actors), _label(mention.recipients), when.value,
                 when.start.isoformat(), when.end.isoformat(), when.precision, mention.location),
            ).lastrowid)
        conn.execute("UPDATE events SET cluster_id = ? WHERE id = ?", (cluster_id, mention.event_id))
        conn.executemany(
            "INSERT OR IGNORE INTO cluster_actor_countries (country, cluster_id) VALUES (?, ?)",
            [(country, cluster_id) for country in _actor_countries(mention)],
        )
        refresh_cluster(conn, cluster_id)


def _candidates(conn, mention: Mention, window_days: int) -> list[tuple]:
    """Clusters whose date and actors could agree, found through indexes, never a scan of
    history: a day or week cluster starts at most a week before the mention, coarser dates must
    be equal, and the actors must share a country (as `PartyCode.same_as` requires)."""
    countries = sorted(_actor_countries(mention))
    if not countries:
        return []
    when = mention.when
    # EXISTS, not IN (subquery): SQLite then probes the primary key per dated candidate instead
    # of listing every cluster those countries ever had (which grows with the store).
    shared_country = (
        "EXISTS (SELECT 1 FROM cluster_actor_countries a WHERE a.cluster_id = clusters.id"
        f" AND a.country IN ({','.join('?' * len(countries))}))"
    )
    columns = "SELECT id, date, date_start, date_end, date_precision, location_country FROM clusters"
    if when.precision in ("day", "week"):
        reach = timedelta(days=window_days)
        return conn.execute(
            f"{columns} WHERE event = ? AND date_start BETWEEN ? AND ? AND date_precision IN ('day', 'week')"
            f" AND {shared_country}",
            (mention.event, (when.start - reach - timedelta(days=6)).isoformat(), (when.end + reach).isoformat(),
             *countries),
        ).fetchall()
    return conn.execute(f"{columns} WHERE event = ? AND date = ? AND {shared_country}",
                        (mention.event, when.value, *countries)).fetchall()


def _actor_countries(mention: Mention) -> set[str]:
    return {party.country for party in mention.actors if party.country}


def _best_cluster(conn, mention: Mention, window_days: int) -> int | None:
    when = mention.when
    compatible = []
    for cluster_id, value, start, end, precision, cluster_location in _candidates(conn, mention, window_days):
        theirs = DatedValue(value, date.fromisoformat(start), date.fromisoformat(end), precision)
        if not dates_compatible(when, theirs, window_days):
            continue
        if mention.location and cluster_location and mention.location != cluster_location:
            continue
        compatible.append((abs((theirs.start - when.start).days), cluster_id))
    if not compatible:
        return None
    parties = _cluster_parties(conn, [cluster_id for _, cluster_id in compatible])
    for _, cluster_id in sorted(compatible):
        actors, recipients = parties.get((cluster_id, "actor"), []), parties.get((cluster_id, "recipient"), [])
        if same_parties((mention.actors, actors), (mention.recipients, recipients)):
            return cluster_id
    return None


def _cluster_parties(conn, cluster_ids: list[int]) -> dict[tuple[int, str], list[PartyCode]]:
    """The parties of every mention of these clusters, in one query."""
    found: dict[tuple[int, str], list[PartyCode]] = {}
    rows = conn.execute(
        "SELECT e.cluster_id, p.role, p.actor_key, p.country, p.sector FROM events e"
        f" JOIN event_parties p ON p.event_id = e.id WHERE e.cluster_id IN ({','.join('?' * len(cluster_ids))})",
        cluster_ids,
    )
    for cluster_id, role, key, country, sector in rows:
        found.setdefault((cluster_id, role), []).append(PartyCode(key, country, sector))
    return found


def refresh_cluster(conn: sqlite3.Connection, cluster_id: int) -> None:
    """Recount a cluster's mentions, articles, outlets, reports and best date."""
    members = conn.execute(
        "SELECT date, date_start, date_end, date_precision, published, article_id, outlet, location_country"
        " FROM events WHERE cluster_id = ?", (cluster_id,),
    ).fetchall()
    finest = min(PRECISION_ORDER.get(m[3], 9) for m in members)
    precise = [m for m in members if PRECISION_ORDER.get(m[3], 9) == finest]
    counts = Counter(m[0] for m in precise)
    best_value = min(counts, key=lambda v: (-counts[v], v))
    best = next(m for m in precise if m[0] == best_value)
    locations = {m[7] for m in members if m[7]}
    conn.execute(
        "UPDATE clusters SET date = ?, date_start = ?, date_end = ?, date_precision = ?, location_country = ?,"
        " mentions = ?, articles = ?, outlets = ?, first_report = ?, last_report = ? WHERE id = ?",
        (best[0], best[1], best[2], best[3], next(iter(locations)) if len(locations) == 1 else None,
         len(members), len({m[5] for m in members}), len({m[6] for m in members if m[6]}),
         min(m[4] for m in members), max(m[4] for m in members), cluster_id),
    )


def _label(parties: list[PartyCode]) -> str:
    return " + ".join(sorted({f"{p.country or '?'} {p.sector or ''}".strip() for p in parties}))
