"""The article: what every reader yields and every stage reads.

An `Article` is one dated news text. Its `published` date is the document creation time (DCT)
against which "last week" or "the US President" are resolved, so an article without a valid
date is never guessed at: readers reject it unless the user supplies a default date.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class Article:
    """One dated article. `text` is exactly what is analysed; offsets index into it.

    >>> Article.create(text="Putin won.", published=date(2018, 3, 18)).id
    '14909a8ca0bf7d08'
    """

    id: str
    published: date
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    source: str | None = field(default=None, compare=False)  # where it was read: path or path:line

    @classmethod
    def create(
        cls,
        text: str,
        published: date,
        id: str | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        source: str | None = None,
    ) -> "Article":
        """Build an article, deriving a stable id when none is given."""
        return cls(
            id=id or article_id(text, published, url),
            published=published,
            text=text,
            url=url,
            title=title,
            outlet=outlet,
            source=source,
        )

    def to_dict(self) -> dict:
        record = asdict(self)
        record["published"] = self.published.isoformat()
        return record


def article_id(text: str, published: date, url: str | None = None) -> str:
    """A stable id: a hash of the URL when there is one, else of the date and the text.

    The same article read twice (from a re-fetched page, a copied file) gets the same id, so the
    store recognises it; 16 hex digits (64 bits) make collisions negligible at corpus scale.
    """
    key = f"url:{url.strip()}" if url and url.strip() else f"text:{published.isoformat()}\n{text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d.%m.%Y",
)


class DateParseError(ValueError):
    """A date field that is present but is not a calendar date."""


def parse_published(value: object) -> date:
    """Read a publication date from the forms feeds and archives use.

    Accepts ISO dates and date-times (`2018-03-20`, `2018-03-20T14:05:00Z`), RFC 2822
    (`Tue, 20 Mar 2018 14:05:00 GMT`), and a few unambiguous written forms (`20 March 2018`,
    `March 20, 2018`, `2018/03/20`). Day-first versus month-first numeric forms (`03/04/2018`)
    are refused rather than guessed. Raises `DateParseError` with the reason.

    >>> parse_published("2018-03-20T14:05:00Z")
    datetime.date(2018, 3, 20)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DateParseError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        raise DateParseError("the date is empty")
    iso = _ISO_DATE.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        try:
            return date(year, month, day)
        except ValueError as error:
            raise DateParseError(f"{text!r} is not a calendar date ({error})") from None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise DateParseError(f"{text!r} is not a date in a form dateline reads (use YYYY-MM-DD)")
