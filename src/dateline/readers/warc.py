"""WARC files (and .warc.gz): every HTML response in a crawl is read as a page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..article import Article
from ..errors import Reject, RejectCode
from .html import parse_html
from .records import ReadOptions


def parse_warc(path: Path, options: ReadOptions) -> Iterator[Article | Reject]:
    """Yield one `Article` or `Reject` per HTML response record; other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_like_warc(path):
        yield Reject.of(str(path), RejectCode.UNREADABLE, "not a WARC file (it does not start with a 'WARC/' record)")
        return
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{url}" if url else f"{path}@{stream.tell()}"
                yield parse_html(record.content_stream().read(), source, options, url=url)
        except ArchiveLoadFailed as error:
            yield Reject.of(str(path), RejectCode.UNREADABLE, f"not a valid WARC file ({error})")


def _starts_like_warc(path: Path) -> bool:
    """warcio skips garbage with warnings instead of failing, so check the magic ourselves."""
    import gzip

    try:
        with path.open("rb") as raw:
            head = raw.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as stream:
            return stream.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False
