"""JSON Lines: one article per line.

`text` is required and analysed exactly as given (offsets index into it). The date comes from
the first of `published`, `date`, `publication_date`, `dct`; `id`, `url`, `title` and
`outlet` (or `source`) are optional.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..article import Article
from ..errors import Reject, RejectCode
from .records import ReadOptions, build_article

DATE_FIELDS = ("published", "date", "publication_date", "dct")


def parse_jsonl(lines: Iterable[str | bytes], source: str, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield an `Article` or a `Reject` for each non-blank line; a bad line costs only itself.

    Lines may be bytes (read from a file): each is decoded on its own, so one badly encoded
    line is one reject, not a lost file.
    """
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                yield Reject.of(where, RejectCode.UNDECODABLE, f"the line is not UTF-8 (byte {error.start})")
                continue
        if not line.strip():
            continue
        yield parse_json_record(line, where, options)


def parse_json_record(line: str, source: str, options: ReadOptions) -> Article | Reject:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Reject.of(source, RejectCode.INVALID_JSON, f"invalid JSON: {error.msg} (column {error.colno})")
    if not isinstance(record, dict):
        return Reject.of(source, RejectCode.INVALID_JSON, f"expected a JSON object, got {type(record).__name__}")
    record_id = record.get("id")
    if "text" not in record:
        return Reject.of(source, RejectCode.NO_TEXT_FIELD, "the record has no 'text' field", _str(record_id))
    date_field = next((name for name in DATE_FIELDS if record.get(name) not in (None, "")), None)
    return build_article(
        record["text"],
        record.get(date_field) if date_field else None,
        source,
        options,
        id=record_id,
        url=record.get("url"),
        title=record.get("title"),
        outlet=record.get("outlet", record.get("source")),
        date_field=f"'{date_field}'" if date_field else "'published', 'date', 'publication_date' or 'dct'",
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value)
