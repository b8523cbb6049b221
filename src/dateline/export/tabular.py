"""Flat event tables: CSV, and Parquet partitioned by the event's year and month."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from .records import party_code

COLUMNS = ("id", "article_id", "idx", "date", "date_start", "date_end", "date_precision", "event", "mode", "context",
           "cameo", "cameo_root", "quad", "score", "goldstein", "actor_codes", "actor_names", "recipient_codes",
           "recipient_names", "negated", "modality", "location_country", "location_text", "trigger_text",
           "event_text", "rule", "confidence", "cluster_id", "published", "outlet", "url", "title")
LIST_COLUMNS = ("context", "actor_codes", "actor_names", "recipient_codes", "recipient_names")


def flat(record: dict) -> dict:
    row = {name: record.get(name) for name in COLUMNS}
    for role in ("actor", "recipient"):
        row[f"{role}_codes"] = [party_code(p) for p in record[role]]
        row[f"{role}_names"] = [p["name"] or "" for p in record[role]]
    row["negated"] = bool(record["negated"])
    return row


def write_csv(records: Iterable[dict], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            row = flat(record)
            writer.writerow({k: ";".join(v) if k in LIST_COLUMNS else v for k, v in row.items()})
            count += 1
    return count


def write_parquet(records: Iterable[dict], path: Path) -> int:
    """A dataset folder `path/year=YYYY/month=MM/*.parquet` (hive partitioning)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("Parquet export needs pyarrow: pip install 'dateline[parquet]'") from None
    rows = [flat(record) for record in records]
    for row in rows:
        row["year"], row["month"] = row["date_start"][:4], row["date_start"][5:7]
    table = pa.Table.from_pylist(rows, schema=_schema(pa)) if rows else _schema(pa).empty_table()
    pq.write_to_dataset(table, root_path=str(path), partition_cols=["year", "month"], existing_data_behavior="delete_matching")
    return len(rows)


def _schema(pa):
    types = {"id": pa.int64(), "idx": pa.int32(), "quad": pa.int32(), "score": pa.float64(), "goldstein": pa.float64(),
             "confidence": pa.float64(), "cluster_id": pa.int64(), "negated": pa.bool_()}
    fields = [pa.field(name, pa.list_(pa.string()) if name in LIST_COLUMNS else types.get(name, pa.string()))
              for name in COLUMNS]
    return pa.schema(fields + [pa.field("year", pa.string()), pa.field("month", pa.string())])
