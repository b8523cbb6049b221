"""The `Doc._` attributes dateline's components read and write.

The pipeline sets `doc._.dct` (the publication date, a `datetime.date`) on every Doc *before*
the components run, because relative expressions ("last week") and office holders ("the US
President") only mean something at a date. Each stage then fills its own list of plain dicts in
the shape of the analysis schema (see DESIGN.md): `timexes`, `actors`, `quotes`, `events`.
Registering them in one place keeps the contract between stages visible.
"""

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "dct": None,  # datetime.date: the document creation time (publication date)
    "article_id": None,
    "timexes": None,  # list[dict]: set by dateline_time
    "actors": None,  # list[dict]: set by dateline_actors
    "places": None,  # list[dict]: place names used as locations, set by dateline_actors
    "quotes": None,  # list[dict]: set by dateline_quotes
    "events": None,  # list[dict]: set by dateline_events
}


SPAN_EXTENSIONS = {
    "actor": None,  # str: the id of the actor a mention span refers to, set by dateline_actors
}


def register_extensions() -> None:
    """Register the `Doc._` and `Span._` attributes once; safe to call any number of times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
