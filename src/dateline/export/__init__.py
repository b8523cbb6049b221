"""Exports in the formats the field uses, each from the same flat event records.

    plover   PLOVER data-exchange JSONL, one record per event
    gdelt    GDELT 2.0-style event TSV (61 columns), one row per actor-recipient pair
    parquet  a Parquet dataset partitioned by year and month of the event date
    csv      the flat event records

Negated events are left out unless the filters ask for them.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..query import EventFilters
from ..store import Store
from .records import event_records

FORMATS = ("plover", "gdelt", "parquet", "csv")


def export(store: Store, fmt: str, output: str | Path, filters: EventFilters | None = None) -> int:
    """Write the events matching `filters` to `output` in `fmt`; return how many events were written."""
    records = event_records(store, filters or EventFilters())
    if fmt == "plover":
        from .plover import write_plover

        return write_plover(records, Path(output))
    if fmt == "gdelt":
        from .gdelt import write_gdelt

        return write_gdelt(records, Path(output))
    if fmt == "csv":
        from .tabular import write_csv

        return write_csv(records, Path(output))
    if fmt == "parquet":
        from .tabular import write_parquet

        return write_parquet(records, Path(output))
    raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
