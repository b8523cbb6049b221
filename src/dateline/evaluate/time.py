"""TempEval-3 task A scoring of time expressions (TIMEX3 extents, types and values).

Gold is JSONL, one document a line: `{"doc_id", "dct", "text", "timexes": [{"start", "end",
"text", "type", "value"}]}`; predictions are `{doc_id: [timex dict, ...]}` in the same shape,
however they were produced. Spans match strictly (same offsets) or relaxed (any overlap, one
to one); type and value accuracy are measured on relaxed matches, and the official ranking
metric is value F1 = relaxed F1 x value accuracy.

>>> gold = [{"doc_id": "d", "text": "on Tuesday", "timexes": [
...     {"start": 3, "end": 10, "text": "Tuesday", "type": "DATE", "value": "2018-03-20"}]}]
>>> score(gold, {"d": [{"start": 3, "end": 10, "type": "DATE", "value": "2018-03-20"}]})["value_f1"]
1.0
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from ..article import parse_published
from .gold_files import check_span, json_objects, require, unique_ids

TYPES = ("DATE", "TIME", "DURATION", "SET")
RULES_SHOWN = 12  # in the text report; JSON has every rule


def read_gold(path: str | Path) -> list[dict]:
    """The documents of a gold JSONL file, checked (see `gold_files`). The DCT may be null
    (an undated document) or any form `parse_published` reads; it is returned as YYYY-MM-DD.
    """
    documents = []
    for number, record in json_objects(path):
        where = f"line {number}"
        require(record, {"doc_id": str, "text": str, "timexes": list}, where)
        where = f"{where} (document {record['doc_id']!r})"
        if record.get("dct") is not None:
            try:
                record["dct"] = parse_published(record["dct"]).isoformat()
            except ValueError as error:
                raise ValueError(f"{where}: 'dct' {error}, or null for an undated document") from None
        for index, timex in enumerate(record["timexes"], start=1):
            _check_gold_timex(timex, record["text"], f"{where}, timex {index}")
        documents.append((number, record))
    unique_ids([(number, record["doc_id"]) for number, record in documents])
    return [record for _, record in documents]


def _check_gold_timex(timex: object, text: str, where: str) -> None:
    if not isinstance(timex, dict):
        raise ValueError(f"{where}: a JSON {type(timex).__name__}, not an object with start, end, type and value")
    check_span(timex.get("start"), timex.get("end"), text, where)
    start, end = timex["start"], timex["end"]
    if "text" in timex and timex["text"] != text[start:end]:
        raise ValueError(f"{where}: its text {timex['text']!r} is not the text at {start}:{end} "
                         f"({text[start:end]!r}); check the offsets")
    if timex.get("type") not in TYPES:
        raise ValueError(f"{where}: type {timex.get('type')!r} is not one of {', '.join(TYPES)}")
    if not isinstance(timex.get("value"), str) or not timex["value"]:
        raise ValueError(f"{where}: 'value' is {timex.get('value')!r}; give the TIMEX3 value as a string (\"2018-W11\")")


def align(gold: list[dict], predicted: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """One-to-one pairs of gold and predicted timexes: exact spans first, then best overlap.

    Unmatched items are paired with None.
    """
    pairs, used_gold, used_pred = [], set(), set()
    exact = {(p["start"], p["end"]): i for i, p in enumerate(predicted)}
    for gi, g in enumerate(gold):
        pi = exact.get((g["start"], g["end"]))
        if pi is not None and pi not in used_pred:
            pairs.append((g, predicted[pi]))
            used_gold.add(gi)
            used_pred.add(pi)
    for gi, g in enumerate(gold):
        if gi in used_gold:
            continue
        best, best_overlap = None, 0
        for pi, p in enumerate(predicted):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if pi not in used_pred and overlap > best_overlap:
                best, best_overlap = pi, overlap
        if best is not None:
            pairs.append((g, predicted[best]))
            used_gold.add(gi)
            used_pred.add(best)
        else:
            pairs.append((g, None))
    pairs.extend((None, p) for pi, p in enumerate(predicted) if pi not in used_pred)
    return pairs


def _prf(precision_hits: int, n_predicted: int, recall_hits: int, n_gold: int) -> dict:
    precision = precision_hits / n_predicted if n_predicted else 0.0
    recall = recall_hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


class _Tally:
    """Counts for one slice of the data (all timexes, or one type).

    Recall counts gold items of the slice that were matched; precision counts predicted items
    of the slice that were matched. Overall both are the same number; by type they differ
    when the predicted type is wrong.
    """

    def __init__(self):
        self.gold = self.predicted = 0
        self.strict_gold = self.relaxed_gold = self.strict_pred = self.relaxed_pred = 0
        self.type_ok = self.value_ok = 0

    def add_gold(self, g: dict, p: dict | None) -> None:
        self.gold += 1
        if p is None:
            return
        self.relaxed_gold += 1
        self.strict_gold += (g["start"], g["end"]) == (p["start"], p["end"])
        self.type_ok += g["type"] == p["type"]
        self.value_ok += str(g["value"]) == str(p["value"])

    def add_predicted(self, g: dict | None, p: dict) -> None:
        self.predicted += 1
        if g is None:
            return
        self.relaxed_pred += 1
        self.strict_pred += (g["start"], g["end"]) == (p["start"], p["end"])

    def result(self) -> dict:
        strict = _prf(self.strict_pred, self.predicted, self.strict_gold, self.gold)
        relaxed = _prf(self.relaxed_pred, self.predicted, self.relaxed_gold, self.gold)
        type_accuracy = self.type_ok / self.relaxed_gold if self.relaxed_gold else 0.0
        value_accuracy = self.value_ok / self.relaxed_gold if self.relaxed_gold else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": strict,
            "relaxed": relaxed,
            "type_accuracy": type_accuracy,
            "value_accuracy": value_accuracy,
            "type_f1": relaxed["f1"] * type_accuracy,
            "value_f1": relaxed["f1"] * value_accuracy,
        }


def score(gold_docs: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """TempEval-3 task A scores, overall and by type (gold type for recall, predicted for precision)."""
    overall, by_type = _Tally(), defaultdict(_Tally)
    for doc in gold_docs:
        for g, p in align(doc["timexes"], predicted.get(doc["doc_id"], [])):
            if g is not None:
                overall.add_gold(g, p)
                by_type[g["type"]].add_gold(g, p)
            if p is not None:
                overall.add_predicted(g, p)
                by_type[p["type"]].add_predicted(g, p)
    result = overall.result()
    result["by_type"] = {kind: by_type[kind].result() for kind in TYPES if kind in by_type}
    result["by_rule"] = _by_rule(gold_docs, predicted)
    result["documents"] = len(gold_docs)
    return result


def _by_rule(gold_docs: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """For each rule id of the predictions: how many it made, how many found a gold timex, and
    how many of those got the gold value, so a user can see which rules to trust on their data."""
    tallies = defaultdict(lambda: {"predicted": 0, "matched": 0, "value_correct": 0})
    for doc in gold_docs:
        for g, p in align(doc["timexes"], predicted.get(doc["doc_id"], [])):
            if p is None:
                continue
            tally = tallies[str(p.get("rule") or "?")]
            tally["predicted"] += 1
            if g is not None:
                tally["matched"] += 1
                tally["value_correct"] += str(g["value"]) == str(p["value"])
    for tally in tallies.values():
        tally["value_precision"] = tally["value_correct"] / tally["predicted"]
    return dict(sorted(tallies.items(), key=lambda item: (-item[1]["predicted"], item[0])))


def format_report(scores: dict) -> str:
    """A plain-text table of the scores."""
    lines = [
        f"documents {scores['documents']}  gold {scores['gold']}  predicted {scores['predicted']}",
        f"{'':10}{'strict P':>9}{'R':>7}{'F1':>7}{'relaxed P':>11}{'R':>7}{'F1':>7}"
        f"{'type acc':>10}{'value acc':>10}{'value F1':>10}",
    ]
    rows = [("all", scores)] + list(scores.get("by_type", {}).items())
    for name, s in rows:
        lines.append(
            f"{name:10}{s['strict']['precision']:9.3f}{s['strict']['recall']:7.3f}{s['strict']['f1']:7.3f}"
            f"{s['relaxed']['precision']:11.3f}{s['relaxed']['recall']:7.3f}{s['relaxed']['f1']:7.3f}"
            f"{s['type_accuracy']:10.3f}{s['value_accuracy']:10.3f}{s['value_f1']:10.3f}"
        )
    worst = sorted(scores.get("by_rule", {}).items(), key=lambda item: (item[1]["value_correct"] - item[1]["predicted"], item[0]))
    worst = [(rule, t) for rule, t in worst if t["value_correct"] < t["predicted"]][:RULES_SHOWN]
    if worst:
        lines += ["", "rules with the most predictions not matching a gold value (all rules: --format json)",
                  f"{'rule':24}{'predicted':>10}{'right':>7}{'wrong':>7}{'spurious':>9}{'value P':>9}"]
        lines += [f"{rule:24}{t['predicted']:10d}{t['value_correct']:7d}{t['matched'] - t['value_correct']:7d}"
                  f"{t['predicted'] - t['matched']:9d}{t['value_precision']:9.3f}" for rule, t in worst]
    return "\n".join(lines)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    snippet = text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]
    return " ".join(snippet.split())


def format_errors(gold_docs: list[dict], predicted: dict[str, list[dict]], kinds: tuple[str, ...] | None = None) -> str:
    """One line per disagreement: missed, spurious, span, type or value, with doc id and context.

    kinds: restrict to some of "missed", "spurious", "span", "type", "value".
    """
    lines = []
    for doc in gold_docs:
        text = doc["text"]
        for g, p in align(doc["timexes"], predicted.get(doc["doc_id"], [])):
            if g is None:
                kind, where = "spurious", p
            elif p is None:
                kind, where = "missed", g
            elif str(g["value"]) != str(p["value"]):
                kind, where = "value", g
            elif (g["start"], g["end"]) != (p["start"], p["end"]):
                kind, where = "span", g
            elif g["type"] != p["type"]:
                kind, where = "type", g
            else:
                continue
            if kinds and kind not in kinds:
                continue
            gold_part = f"{g['text']!r} {g['type']} {g['value']}" if g else "-"
            pred_part = f"{p['text']!r} {p['type']} {p['value']} ({p.get('rule', '?')})" if p else "-"
            lines.append(
                f"{kind:8} {doc['doc_id']} dct={doc.get('dct')} gold={gold_part} pred={pred_part} | "
                f"{_context(text, where['start'], where['end'])}"
            )
    return "\n".join(lines)


def predict_with(nlp, gold_docs: list[dict], batch_size: int = 64) -> dict[str, list[dict]]:
    """Run a pipeline holding `dateline_time` over the gold texts, each with its DCT."""
    import dateline.extensions  # noqa: F401

    docs = []
    for record in gold_docs:
        doc = nlp.make_doc(record["text"])
        doc._.dct = date.fromisoformat(record["dct"]) if record.get("dct") else None
        docs.append(doc)
    # The later dateline stages do not change timexes; skipping them makes the evaluation ~25% faster.
    later = [name for name in ("dateline_actors", "dateline_quotes", "dateline_events") if name in nlp.pipe_names]
    predictions = {}
    with nlp.select_pipes(disable=later):
        for record, doc in zip(gold_docs, nlp.pipe(docs, batch_size=batch_size)):
            predictions[record["doc_id"]] = list(doc._.timexes or [])
    return predictions
