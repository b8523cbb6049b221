"""The checks every reader applies before a record becomes an `Article`.

One place decides what a valid article is (a real date, some text, under the size limit), so a
JSONL line, a text file and a web page are judged the same way and rejected with the same codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..article import Article, DateParseError, parse_published
from ..errors import Reject, RejectCode

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadOptions:
    """What readers need from the user: a fallback date and a size limit."""

    default_date: date | None = None
    max_chars: int = DEFAULT_MAX_CHARS


def build_article(
    text: object,
    published: object,
    source: str,
    options: ReadOptions,
    *,
    id: object = None,
    url: object = None,
    title: object = None,
    outlet: object = None,
    date_field: str = "date",
) -> Article | Reject:
    """Validate one record's fields and return an `Article`, or a `Reject` saying why not.

    `published` is None when the record carries no date (the default date applies), and any
    other value must parse as a date: a wrong date is never silently replaced by the default.
    """
    record_id = _clean(id)
    if not isinstance(text, str):
        return Reject.of(source, RejectCode.NO_TEXT_FIELD, f"the 'text' field is {type(text).__name__}, not a string", record_id)
    if not text.strip():
        return Reject.of(source, RejectCode.EMPTY_TEXT, "the article text is empty or only white space", record_id)
    if len(text) > options.max_chars:
        return Reject.of(
            source,
            RejectCode.TOO_LARGE,
            f"the text has {len(text):,} characters, over the limit of {options.max_chars:,}",
            record_id,
        )
    if published is None or (isinstance(published, str) and not published.strip()):
        if options.default_date is None:
            return Reject.of(source, RejectCode.NO_DATE, f"no publication date ({date_field})", record_id)
        day = options.default_date
    else:
        try:
            day = parse_published(published)
        except DateParseError as error:
            return Reject.of(source, RejectCode.BAD_DATE, f"bad {date_field}: {error}", record_id)
    return Article.create(
        text=text,
        published=day,
        id=record_id,
        url=_clean(url),
        title=_clean(title),
        outlet=_clean(outlet),
        source=source,
    )


def _clean(value: object) -> str | None:
    """Optional metadata as a stripped string, or None when absent or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
