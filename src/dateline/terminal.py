"""Terminal rendering of one analysis: the article with every span highlighted, then its records.

Each layer of the analysis has a style and a legend entry; where spans of two layers overlap,
the later layer's style wins, so quotes stay readable under entity highlights.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .analysis import Analysis

# layer -> (style, how a record of that layer is labelled in the legend and tables)
LAYERS = {
    "entities": ("bold cyan", lambda r: r.get("label", "")),
    "timexes": ("bold magenta", lambda r: f"{r.get('type', '')} {r.get('value', '')}"),
    "actors": ("bold green", lambda r: f"{r.get('id', '')} {r.get('country') or '-'} {r.get('sector') or '-'}"
                                       f" ({len(r.get('mentions') or [])} mentions)"),
    "quotes": ("italic yellow", lambda r: f"{r.get('kind', '')} quote"),
    "events": ("bold red", lambda r: describe_event(r)),
}


def describe_event(event: dict) -> str:
    """One line that explains an event: what, who to whom, when, how sure."""
    parts = [f"{event.get('event', '')}/{event.get('mode') or '-'}", f"CAMEO {event.get('cameo') or '-'}",
             f"{','.join(event.get('actor') or []) or '?'} -> {','.join(event.get('recipient') or []) or '?'}",
             f"date {event.get('date') or '-'}"]
    if event.get("negated"):
        parts.append("NEGATED")
    if event.get("modality"):
        parts.append(f"modality {event['modality']}")
    if event.get("attributed_to"):
        parts.append(f"claimed by {event['attributed_to']}")
    if event.get("confidence") is not None:
        parts.append(f"confidence {event['confidence']:.2f}")
    sentence = event.get("sentence")
    if sentence:
        parts.append(f"sentence {sentence['start']}-{sentence['end']}")
    return "  ".join(parts)


def render_analysis(analysis: Analysis, console: Console) -> None:
    header = f"[bold]{analysis.title or analysis.id}[/bold]  published {analysis.published.isoformat()}"
    if analysis.outlet:
        header += f"  ({analysis.outlet})"
    console.print(header)
    console.print(f"id {analysis.id}" + (f"  source {analysis.source}" if analysis.source else ""), style="dim")
    console.print(highlighted_text(analysis))
    legend = Text("legend: ")
    for layer, (style, _) in LAYERS.items():
        legend.append(layer, style=style)
        legend.append("  ")
    console.print(legend)
    for layer, (style, describe) in LAYERS.items():
        records = getattr(analysis, layer)
        if layer == "actors":
            records = [{**r, "start": r["mentions"][0][0], "end": r["mentions"][0][1], "text": r["name"]}
                       for r in records if r.get("mentions")]
        if not records:
            continue
        table = Table("span", "text", "what", "rule", title=f"{layer} ({len(records)})", title_justify="left", box=None)
        for record in records:
            start, end = _span(record)
            table.add_row(f"{start}-{end}", Text(_text(record, analysis.text), style=style), describe(record), str(record.get("rule", "")))
        console.print(table)


def highlighted_text(analysis: Analysis) -> Text:
    text = Text(analysis.text)
    for layer in ("quotes", "entities", "actors", "timexes", "events"):
        style = LAYERS[layer][0]
        for record in getattr(analysis, layer):
            spans = record.get("mentions") or [_span(record)]  # an actor is highlighted at every mention
            for start, end in spans:
                if 0 <= start < end <= len(analysis.text):
                    text.stylize(style, start, end)
    return text


def _span(record: dict) -> tuple[int, int]:
    """Where a record stands in the text: its own span, or its trigger's (events)."""
    if "start" in record:
        return int(record["start"]), int(record["end"])
    trigger = record.get("trigger") or {}
    return int(trigger.get("start", 0)), int(trigger.get("end", 0))


def _text(record: dict, text: str) -> str:
    start, end = _span(record)
    return record.get("text") or text[start:end]


def render_timeline(rows: list[dict], console: Console, width: int = 20) -> None:
    """One line per period: a bar of cooperation (green) and conflict (red) events, the other
    events (grey), the mean score and the counts per PLOVER type."""
    if not rows:
        console.print("no events match")
        return
    most = max(row["events"] for row in rows) or 1
    table = Table("period", "events", "cooperation | conflict", "score", "balance", "types", box=None)
    for row in rows:
        scale = width / most
        other = row["events"] - row["cooperation"] - row["conflict"]
        bar = Text()
        bar.append("█" * round(row["cooperation"] * scale), style="green")
        bar.append("█" * round(row["conflict"] * scale), style="red")
        bar.append("░" * round(max(other, 0) * scale), style="grey50")
        types = ", ".join(f"{name} {count}" for name, count in sorted(row["types"].items(), key=lambda t: (-t[1], t[0])))
        score = "" if row["mean_score"] is None else f"{row['mean_score']:+.1f}"
        balance = "" if row["balance"] is None else f"{row['balance']:+.2f}"
        table.add_row(row["period"], str(row["events"]), bar, score, balance, types)
    console.print(table)
