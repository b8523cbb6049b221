"""A GDELT 2.0-style event table (tab-separated, 61 columns, no header, as GDELT ships it).

GDELT is dyadic, so an event with compound actors becomes one row per (actor, recipient) pair;
GLOBALEVENTID is the event id times 100 plus the pair number. Columns filled, and how:
- SQLDATE, MonthYear, Year, FractionDate: from the first day of the event's date;
- Actor1/2Code: country + sector ("USAGOV"); Name; CountryCode (ISO 3166 alpha-3, as CAMEO
  country codes are); KnownGroupCode for international actors (IGO, NGO, UNO, ...); Type1Code
  the sector. Ethnic, religion and Type2/3 codes are empty;
- IsRootEvent 1 when the event is in the article's first sentence, else 0;
- EventCode (CAMEO), EventBaseCode (3 digits), EventRootCode (2), QuadClass, GoldsteinScale;
- NumMentions, NumSources, NumArticles: from the event's cross-article cluster (1 if none);
- AvgTone: empty (dateline does not score tone);
- Actor1Geo and Actor2Geo: empty; ActionGeo_Type 1 (country) with FullName and CountryCode
  (ISO alpha-3, where GDELT uses FIPS 10-4) when the event has a location;
- DATEADDED: when the article was ingested (YYYYMMDDHHMMSS); SOURCEURL: its URL, else its source.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .records import party_code

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{name}" for name in _ACTOR) + tuple(f"Actor2{name}" for name in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{name}" for name in _GEO) + tuple(f"Actor2Geo_{name}" for name in _GEO)
    + tuple(f"ActionGeo_{name}" for name in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
INTERNATIONAL = {"IGO", "NGO", "UNO", "EUR", "IMG", "MNC", "ISM"}


def gdelt_rows(record: dict) -> list[list[str]]:
    day = date.fromisoformat(record["date_start"])
    actors = record["actor"] or [None]
    recipients = record["recipient"] or [None]
    cameo = record["cameo"] or ""
    rows = []
    for number, (actor, recipient) in enumerate(((a, r) for a in actors for r in recipients)):
        row = [
            str(record["id"] * 100 + number), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
            *_actor(actor), *_actor(recipient),
            "1" if (record["sentence_start"] or 0) == 0 else "0", cameo, cameo[:3], cameo[:2],
            _text(record["quad"]), _text(record["goldstein"]),
            _text(record["cluster_mentions"] or 1), _text(record["cluster_outlets"] or 1),
            _text(record["cluster_articles"] or 1), "",
            *([""] * 8), *([""] * 8),
            *(_action_geo(record)),
            (record["ingested_at"] or "").replace("-", "").replace(":", "").replace("T", "")[:14],
            record["url"] or record["source"] or "",
        ]
        rows.append(row)
    return rows


def write_gdelt(records: Iterable[dict], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for record in records:
            writer.writerows(gdelt_rows(record))
            count += 1
    return count


def _actor(party: dict | None) -> list[str]:
    if party is None:
        return [""] * len(_ACTOR)
    country = party["country"] or ""
    sector = party["sector"] if party["sector"] not in (None, "UNK") else ""
    known_group = country if country in INTERNATIONAL else ""
    return [party_code(party), (party["name"] or "").upper(), "" if known_group else country, known_group,
            "", "", "", sector, "", ""]


def _action_geo(record: dict) -> list[str]:
    if not (record["location_country"] or record["location_text"]):
        return [""] * len(_GEO)
    return ["1", record["location_text"] or record["location_country"], record["location_country"] or "",
            "", "", "", "", ""]


def _text(value: object) -> str:
    return "" if value is None else str(value)
