"""PLOVER data-exchange JSONL: one record per event, with the fields the PLOVER manual lists."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .. import __version__
from .records import party_code

# Required and optional fields of a PLOVER record (PLOVER manual, JSON record format).
REQUIRED_FIELDS = ("id", "date", "actor", "event")
OPTIONAL_FIELDS = ("has_event", "time", "enddate", "endtime", "recipient", "event_loc", "event_text", "quad_code",
                   "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder", "coded_date",
                   "coded_time", "comment", "size")


def plover_record(record: dict) -> dict:
    """One event as a PLOVER record."""
    out = {
        "id": f"dateline-{record['article_id']}-{record['idx']}",
        "date": record["date_start"],
        "actor": [_entity(p) for p in record["actor"]],
        "event": [record["event"]],
        "has_event": not record["negated"],
        "recipient": [_entity(p) for p in record["recipient"]],
        "mode": [record["mode"]] if record["mode"] else [],
        "context": record["context"],
        "quad_code": record["quad"],
        "event_scale": record["score"],
        "event_text": record["event_text"],
        "text_info": {"sequence": record["idx"], "start": record["trigger_start"], "end": record["trigger_end"],
                      "text_story": record["article_id"]},
        "cite_info": {"publication": record["outlet"], "url": record["url"], "title": record["title"],
                      "coder": "dateline", "codebook": "PLOVER", "version": __version__},
        "coder": "dateline",
        "coded_date": (record["ingested_at"] or "")[:10] or None,
        "comment": _comment(record),
    }
    if record["date_precision"] != "day":
        out["enddate"] = record["date_end"]
    if record["location_country"] or record["location_text"]:
        out["event_loc"] = {"extracted_place": record["location_text"], "country_code": record["location_country"]}
    return out


def write_plover(records: Iterable[dict], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(plover_record(record), ensure_ascii=False) + "\n")
            count += 1
    return count


def _entity(party: dict) -> dict:
    return {"code": party_code(party), "country": party["country"], "sector": party["sector"], "text": party["name"],
            "kb_key": party["actor_key"]}


def _comment(record: dict) -> str:
    parts = [f"date {record['date']} ({record['date_precision']})", f"CAMEO {record['cameo']}",
             f"rule {record['rule']}", f"confidence {record['confidence']}"]
    if record["negated"]:
        parts.append("negated")
    if record["modality"]:
        parts.append(f"modality {record['modality']}")
    return "; ".join(parts)
