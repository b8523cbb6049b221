"""Ingest: read, analyse and store, one transaction per batch, recorded as a run.

Articles the store already holds are skipped *before* analysis (the parse is the expensive
part), so re-running an interrupted ingest only analyses what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from . import __version__
from .article import Article
from .errors import Reject
from .pipeline import analyze_many
from .readers import ReadOptions, kind_of, read_paths
from .settings import Settings
from .store import Store

Progress = Callable[[int], None]  # called with the number of records just finished


@dataclass
class IngestSummary:
    run_id: int
    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0
    seconds: float = 0.0
    rejects: list[Reject] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "run": self.run_id,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "seconds": round(self.seconds, 2),
        }


def ingest(
    paths: list[str],
    store: Store,
    settings: Settings = Settings(),
    read_options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read `paths`, analyse what is new and store it; return what happened.

    >>> with open_store(":memory:") as store:
    ...     ingest(["examples/"], store).ingested   # doctest: +SKIP
    24
    """
    read_options = read_options or ReadOptions(max_chars=settings.max_chars)
    records = read_paths(paths, read_options)  # raises MissingInputError before a run is recorded
    summary = IngestSummary(run_id=store.begin_run("ingest", [str(p) for p in paths], settings.model, __version__))
    started = time.perf_counter()
    try:
        fresh = _skip_stored(records, store, settings.batch_size, summary, progress)
        results = analyze_many(fresh, model=settings.model, batch_size=settings.batch_size, workers=settings.workers)
        while batch := list(islice(results, settings.batch_size)):
            counts = store.write_batch(summary.run_id, batch)
            summary.ingested += counts.ingested
            summary.duplicates += counts.duplicates
            summary.rejected += counts.rejected
            summary.rejects.extend(item for item in batch if isinstance(item, Reject))
            if progress:
                progress(len(batch))
    except BaseException:
        store.finish_run(summary.run_id, status="failed")
        raise
    store.finish_run(summary.run_id)
    summary.seconds = time.perf_counter() - started
    return summary


def _skip_stored(
    records: Iterable[Article | Reject],
    store: Store,
    batch_size: int,
    summary: IngestSummary,
    progress: Progress | None,
) -> Iterator[Article | Reject]:
    iterator = iter(records)
    while chunk := list(islice(iterator, batch_size)):
        known = store.known_ids(item.id for item in chunk if isinstance(item, Article))
        skipped = sum(1 for item in chunk if isinstance(item, Article) and item.id in known)
        if skipped:
            store.count_duplicates(summary.run_id, skipped)
            summary.duplicates += skipped
            if progress:
                progress(skipped)
        yield from (item for item in chunk if not (isinstance(item, Article) and item.id in known))


def count_records(paths: list[str]) -> int | None:
    """How many records `paths` hold, counted cheaply for a progress bar's ETA; None if unknown."""
    total = 0
    for path in map(Path, paths):
        if str(path) == "-" or not path.exists():
            return None
        files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p)) if path.is_dir() else [path]
        for file in files:
            kind = kind_of(file) or "text"
            if kind == "warc" or file.suffix == ".gz":
                return None
            if kind == "jsonl":
                with file.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total
