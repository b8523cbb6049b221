"""How the store scales: fill it with synthetic events (not through the NLP pipeline), time the
typical queries.

    python benchmarks/store.py [--events 1000000] [--db /tmp/dateline-bench.db]

Articles carrying five events each go through the real write path (`Store.write_batch`:
articles, actors, events, parties, quotes, full-text indexes and incremental clustering, one
transaction per batch of 1,000 articles). Then it reports the insert rate, the database size
and the latency of the queries behind `dateline events`, `timeline` and `actors`.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from dateline import open_store
from dateline.analysis import Analysis
from dateline.query import EventFilters, find_clusters, find_events, timeline, top_actors

COUNTRIES = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IRN", "ISR", "UKR", "TUR", "IND", "PAK", "SYR", "PRK", "KOR",
             "JPN", "SAU", "EGY", "NGA", "BRA"]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "LEG", "", "OPP", "CVL", "JUD", "COP"]
EVENTS = [("CONSULT", "040", 1, 2.5, 1.0), ("SUPPORT", "051", 1, 5.0, 3.4), ("AGREE", "030", 1, 2.5, 4.0),
          ("ACCUSE", "112", 3, -3.5, -2.0), ("REQUEST", "100", 3, 0.0, -5.0), ("REJECT", "120", 3, -2.0, -4.0),
          ("THREATEN", "130", 3, -3.5, -4.4), ("SANCTION", "163", 4, -6.0, -8.0), ("ASSAULT", "190", 4, -9.0, -10.0),
          ("AID", "070", 2, 10.0, 7.0), ("PROTEST", "140", 4, -5.0, -6.5), ("COOPERATE", "060", 2, 9.5, 6.0)]
START = date(2015, 1, 1)
DAYS = 6 * 365


def synthetic_article(number: int, rng: random.Random) -> Analysis:
    published = START + timedelta(days=rng.randrange(DAYS))
    actors = []
    for index in range(4):
        country, sector = rng.choice(COUNTRIES), rng.choice(SECTORS)
        actors.append({"id": f"a{index + 1}", "name": f"{country} {sector or 'state'} {rng.randrange(50)}",
                       "country": country, "sector": sector, "kind": "organisation", "mentions": [[0, 5]],
                       "kb_id": None, "rule": "synthetic"})
    events = []
    for index in range(5):
        kind, cameo, quad, score, goldstein = rng.choice(EVENTS)
        day = published - timedelta(days=rng.randrange(7))
        value = day.isoformat() if rng.random() < 0.8 else f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
        source, target = rng.sample(range(4), 2)
        events.append({"event": kind, "cameo": cameo, "quad": quad, "score": score, "goldstein": goldstein,
                       "actor": [f"a{source + 1}"], "recipient": [f"a{target + 1}"], "date": value,
                       "negated": rng.random() < 0.05, "trigger": {"start": 0, "end": 5, "text": kind.lower()},
                       "sentence": {"start": 0, "end": 40}, "rule": "synthetic", "confidence": 0.8})
    quote = {"start": 0, "end": 20, "text": f"statement number {number} on {rng.choice(COUNTRIES)}", "kind": "direct",
             "cue": {"text": "said", "lemma": "say"}, "speaker": {"text": "spokesman", "actor": "a1"}}
    return Analysis(id=f"s{number:08d}", published=published, text=f"Synthetic article {number}. " * 4,
                    outlet=f"Outlet {rng.randrange(40)}", actors=actors, events=events, quotes=[quote])


def timed(label: str, function, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    rows = len(result) if hasattr(result, "__len__") else result
    print(f"  {label:<52} {best * 1000:8.1f} ms   ({rows} rows)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/dateline-store-bench.db")
    parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    rng = random.Random(11)
    articles = args.events // 5
    with open_store(args.db) as store:
        run = store.begin_run("benchmark", [], "synthetic", "0")
        started = time.perf_counter()
        for first in range(0, articles, args.batch):
            batch = [synthetic_article(n, rng) for n in range(first, min(first + args.batch, articles))]
            store.write_batch(run, batch)
            if first and first % (articles // 10 or 1) < args.batch:
                print(f"  {first * 5:>9,} events stored", file=sys.stderr)
        seconds = time.perf_counter() - started
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = store.counts()
        size = os.path.getsize(args.db) / 1e6
        print(f"events: {counts['events']:,}   articles: {counts['articles']:,}   clusters: {counts['clusters']:,}")
        print(f"insert: {seconds:.1f} s = {counts['events'] / seconds:,.0f} events/s (with actors, parties, quotes,"
              f" full-text indexes, clustering)")
        print(f"database size: {size:,.0f} MB ({size * 1e6 / counts['events']:.0f} bytes per event)")
        store.conn.execute("ANALYZE")
        print("query latency (best of 3):")
        dyad = EventFilters(actor="USA", recipient="RUS", since="2018-03-01", until="2018-03-31")
        timed("events --actor USA --recipient RUS, one month", lambda: find_events(store, dyad))
        timed("events --actor 'USA GOV' --event SANCTION, all time",
              lambda: find_events(store, EventFilters(actor="USA GOV", event="SANCTION")))
        timed("events --clusters, dyad, one month", lambda: find_clusters(store, dyad))
        timed("timeline --actor USA --recipient RUS --by week, all time",
              lambda: timeline(store, EventFilters(actor="USA", recipient="RUS"), by="week"))
        timed("timeline --by month, everything", lambda: timeline(store, EventFilters(), by="month"))
        timed("actors (top 20), one year", lambda: top_actors(store, since="2018-01-01", until="2018-12-31"))


if __name__ == "__main__":
    main()
