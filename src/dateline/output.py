"""Writers for the `--format table|json|jsonl|csv` option every read command shares.

Data goes to stdout; progress and logs go to stderr (see `log`).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_CELL_CHARS = 48


def write_rows(rows: Iterable[dict], fmt: str, columns: Sequence[str] | None = None, stream: TextIO | None = None) -> None:
    """Write records in one of `FORMATS`; `columns` picks and orders the table and CSV columns."""
    stream = stream or sys.stdout
    rows = list(rows)
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        stream.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({name: _cell(row.get(name)) for name in columns} for row in rows)
    elif fmt == "table":
        write_table(rows, columns, stream)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_table(rows: list[dict], columns: Sequence[str], stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, box=None, header_style="bold", pad_edge=False)
    for row in rows:
        table.add_row(*(_shortened(_cell(row.get(name))) for name in columns))
    Console(file=stream, soft_wrap=False, width=None if stream.isatty() else 200).print(table)


def log(message: str) -> None:
    """A line for the user on stderr, never mixed into the data on stdout."""
    sys.stderr.write(message.rstrip("\n") + "\n")


def _shortened(text: str, limit: int = TABLE_CELL_CHARS) -> str:
    """Tables are for reading: long cells are cut (the json/csv formats keep them whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
