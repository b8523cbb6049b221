"""Reading a gold JSONL file so that a slip in the user's own annotations is reported by line,
with what to change, rather than as a crash in the middle of a run.

Every scorer reads its gold through `json_objects`; the checks (`require`, `check_span`) raise
`ValueError` with a message that names the line (and the document or timex) and the fix, which
`dateline eval` shows as is.

>>> check_span(0, 8, "Tuesday", "line 1")
Traceback (most recent call last):
ValueError: line 1: start 0 and end 8 are not a span of the 7-character text; offsets count characters of "text" from 0, end exclusive
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def json_objects(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every non-blank line of a UTF-8 JSONL file."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise ValueError(f"the file is not UTF-8 text (bad byte at offset {error.start}); save it as UTF-8") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"line {number}: not a JSON object ({error.msg} at column {error.colno}); "
                             "write one record per line") from None
        if not isinstance(record, dict):
            raise ValueError(f"line {number}: a JSON {type(record).__name__}, not an object; write one record per line")
        yield number, record


def require(record: dict, fields: dict[str, type], where: str) -> None:
    """Each of `fields` is present with the given JSON type (str, list, int...)."""
    for key, kind in fields.items():
        if not isinstance(record.get(key), kind) or (kind is int and isinstance(record.get(key), bool)):
            found = "missing" if key not in record else f"a {type(record[key]).__name__}"
            wanted = ", ".join(f'"{name}" ({_json_name(expected)})' for name, expected in fields.items())
            raise ValueError(f"{where}: {key!r} is {found}; each record needs {wanted}")


def check_span(start: object, end: object, text: str, where: str) -> None:
    """start:end are character offsets of a non-empty span of `text`."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"{where}: start {start!r} and end {end!r} are not a span of the {len(text)}-character "
                         'text; offsets count characters of "text" from 0, end exclusive')


def unique_ids(records: list[tuple[int, str]]) -> None:
    """No two records share an id (predictions are keyed by it): (line number, id) pairs."""
    first: dict[str, int] = {}
    for number, record_id in records:
        if record_id in first:
            raise ValueError(f"line {number}: id {record_id!r} is also the id of line {first[record_id]}; "
                             "give every record its own id")
        first[record_id] = number


def _json_name(kind: type) -> str:
    return {str: "a string", list: "a list", int: "a number", dict: "an object"}.get(kind, kind.__name__)
