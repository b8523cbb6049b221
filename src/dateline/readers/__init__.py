"""Readers: turn paths (files, folders, `-` for stdin) into a stream of articles and rejects.

Each format has its own small module; this one decides which applies. A file's kind comes
from its extension:

    .txt and anything named explicitly     dated text  (`date YYYY-MM-DD` first line)
    .jsonl .ndjson (.gz)                   JSON Lines
    .html .htm                             web page (trafilatura)
    .warc .warc.gz                         web archive (warcio)

Folders are read recursively in sorted order, taking only files with those extensions. stdin
is JSON Lines when its first non-blank character is `{`, otherwise one dated text.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..article import Article
from ..errors import MissingInputError, Reject, RejectCode
from .dated_text import parse_dated_text
from .decoding import decode_text
from .html import parse_html
from .jsonl import parse_jsonl
from .records import DEFAULT_MAX_CHARS, ReadOptions, build_article
from .warc import parse_warc

__all__ = [
    "DEFAULT_MAX_CHARS",
    "ReadOptions",
    "build_article",
    "parse_dated_text",
    "parse_html",
    "parse_jsonl",
    "kind_of",
    "read_paths",
]

_KINDS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def read_paths(paths: Iterable[str | Path], options: ReadOptions = ReadOptions()) -> Iterator[Article | Reject]:
    """Yield articles and rejects from files, folders and `-` (stdin), lazily and in order.

    Every path is checked before anything is read, so a typo fails at once with
    `MissingInputError` instead of after an hour of ingest.
    """
    paths = [str(path) for path in paths]
    missing = [path for path in paths if path != "-" and not Path(path).exists()]
    if missing:
        raise MissingInputError(f"no such file or folder: {', '.join(missing)}")
    return _read_checked_paths(paths, options)


def _read_checked_paths(paths: list[str], options: ReadOptions) -> Iterator[Article | Reject]:
    for path in paths:
        if path == "-":
            yield from _read_stdin(options)
        elif Path(path).is_dir():
            for file in sorted(Path(path).rglob("*")):
                if file.is_file() and kind_of(file) is not None:
                    yield from read_file(file, options)
        else:
            yield from read_file(Path(path), options)


def read_file(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield what one file holds; a file named explicitly with an unknown extension is dated text."""
    kind = kind_of(path) or "text"
    source = str(path)
    if kind == "warc":
        yield from parse_warc(path, options)
        return
    if kind == "jsonl":
        yield from _read_jsonl_file(path, options)
        return
    # Whole-file formats: refuse a huge file before reading it into memory. UTF-8 takes at most
    # 4 bytes a character, and HTML carries markup, hence the generous margin.
    try:
        size = path.stat().st_size
        if size > options.max_chars * 8 + 65536:
            yield Reject.of(source, RejectCode.TOO_LARGE, f"the file has {size:,} bytes, far over the limit of {options.max_chars:,} characters")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Reject.of(source, RejectCode.UNREADABLE, f"cannot read the file ({error.strerror})")
        return
    if kind == "html":
        yield parse_html(data, source, options)
        return
    text = decode_text(data, source)
    yield text if isinstance(text, Reject) else parse_dated_text(text, source, options)


def _read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as raw:
            yield from parse_jsonl(raw, str(path), options)
    except (OSError, EOFError) as error:
        yield Reject.of(str(path), RejectCode.UNREADABLE, f"cannot read the file ({error})")


def _read_stdin(options: ReadOptions) -> Iterator[Article | Reject]:
    data = sys.stdin.buffer.read()
    text = decode_text(data, "<stdin>")
    if isinstance(text, Reject):
        yield text
    elif text.lstrip().startswith("{"):
        yield from parse_jsonl(text.splitlines(), "<stdin>", options)
    else:
        yield parse_dated_text(text, "<stdin>", options)


def kind_of(path: Path) -> str | None:
    """The reader a file's extension selects (text, jsonl, html, warc), or None."""
    name = path.name.lower()
    for extension, kind in sorted(_KINDS.items(), key=lambda item: -len(item[0])):
        if name.endswith(extension):
            return kind
    return None
