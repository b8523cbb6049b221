"""The analysis of one article: the one JSON shape that `dateline analyze`, the store and the
exports all speak (see DESIGN.md). Offsets are character offsets into `text`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date

from .article import Article

# The record lists every stage may fill, in schema order.
RECORD_LISTS = ("sentences", "entities", "timexes", "actors", "places", "quotes", "events")


@dataclass
class Analysis:
    """Everything dateline found in one article.

    >>> Analysis.from_dict({"id": "x", "published": "2018-03-20", "text": "Hi."}).published
    datetime.date(2018, 3, 20)
    """

    id: str
    published: date
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    source: str | None = None  # where the article was read: path, path:line or path#url
    sentences: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)

    @classmethod
    def for_article(cls, article: Article, **records: list[dict]) -> "Analysis":
        return cls(
            id=article.id,
            published=article.published,
            text=article.text,
            url=article.url,
            title=article.title,
            outlet=article.outlet,
            source=article.source,
            **records,
        )

    def to_dict(self) -> dict:
        # Shallow on purpose: the records are already plain JSON values, and `asdict`'s deep
        # copy of every nested record was half the cost of storing an article.
        record = {spec.name: getattr(self, spec.name) for spec in fields(self)}
        record["published"] = self.published.isoformat()
        return record

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, record: dict) -> "Analysis":
        values = {name: record.get(name) for name in ("id", "text", "url", "title", "outlet", "source")}
        lists = {name: list(record.get(name) or []) for name in RECORD_LISTS}
        return cls(published=date.fromisoformat(record["published"]), **values, **lists)
