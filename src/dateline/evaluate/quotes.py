"""Scoring quotes against PolNeAR-style attributions (gold/quotes/polnear_*.jsonl).

Gold is JSONL, one article a line: `{"id", "date", "text", "quotes": [{"start", "end",
"segments": [[s, e], ...], "speaker", "speaker_start", "speaker_end", "cue", "type":
direct|indirect|mixed}]}`. Predictions are `{id: [quote dict, ...]}` in the shape of
`doc._.quotes`, however they were produced.

Matching is one to one. *Exact*: same start and end. *Overlap*: the predicted quote's segments
cover at least half of the gold quote's characters (best coverage first). A `partial` quote
lying inside another predicted quote is not scored: PolNeAR annotates the enclosing attribution
(its mixed quote) and not the quoted phrase again. A continuation paragraph (a quote whose
`continues` points at the quote before it) is scored as one attribution with the quote it
continues, as PolNeAR annotates a quotation running over paragraphs. Kinds are compared in PolNeAR's terms, a
`partial` quote counting as `mixed`. A matched quote has the right speaker when the predicted
speaker mention overlaps the gold one, both are absent, or both resolve to the same actor. The
gold mention's actor is the gold's `speaker_actor` when it names one; PolNeAR names none, so
`predict_with` keeps each article's `doc._.actors` (on the returned `Predictions`) and the gold
mention resolves through the actor stage's mentions, as the predicted speaker did ("he" and
"Trump" earlier in the article, both mentions of one actor). `speaker_accuracy_mention` is the
mention-overlap figure alone. End to end, a quote counts only with the right speaker.

>>> gold = [{"id": "d", "text": "He said it rained.", "quotes": [{"start": 8, "end": 17,
...     "segments": [[8, 17]], "speaker_start": 0, "speaker_end": 2, "type": "indirect"}]}]
>>> predicted = {"d": [{"start": 8, "end": 17, "segments": [[8, 17]], "kind": "indirect",
...     "speaker": {"start": 0, "end": 2, "text": "He", "actor": None}}]}
>>> score(gold, predicted)["end_to_end"]["f1"]
1.0
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..quotes.speakers import ActorIndex
from .gold_files import check_span, json_objects, require, unique_ids

GOLD_KINDS = ("direct", "indirect", "mixed")
OVERLAP_SHARE = 0.5


def read_gold(path: str | Path) -> list[dict]:
    """The articles of a gold JSONL file, checked (see `gold_files`)."""
    articles = []
    for number, record in json_objects(path):
        require(record, {"id": str, "text": str, "quotes": list}, f"line {number}")
        for index, quote in enumerate(record["quotes"], start=1):
            where = f"line {number} (article {record['id']!r}), quote {index}"
            if not isinstance(quote, dict):
                raise ValueError(f"{where}: a JSON {type(quote).__name__}, not an object with start and end")
            check_span(quote.get("start"), quote.get("end"), record["text"], where)
            for segment in quote.get("segments") or ():
                if not (isinstance(segment, list) and len(segment) == 2):
                    raise ValueError(f"{where}: segment {segment!r} is not a [start, end] pair")
                check_span(segment[0], segment[1], record["text"], f"{where}, segment {segment}")
        articles.append((number, record))
    unique_ids([(number, record["id"]) for number, record in articles])
    return [record for _, record in articles]


class Predictions(dict):
    """`{id: quotes}`, with `actors` `{id: doc._.actors}` for resolving gold speaker mentions."""

    def __init__(self, quotes: dict[str, list[dict]], actors: dict[str, list[dict]] | None = None):
        super().__init__(quotes)
        self.actors = actors or {}


def analysed(nlp, gold_docs: list[dict], batch_size: int = 64):
    """The gold texts run through `nlp`, each with its publication date, in order."""
    from dateline import extensions  # noqa: F401  (registers doc._.dct and doc._.quotes)
    from dateline.article import parse_published

    docs = []
    for record in gold_docs:
        doc = nlp.make_doc(record["text"])
        if record.get("date"):
            doc._.dct = parse_published(record["date"])
        docs.append(doc)
    return nlp.pipe(docs, batch_size=batch_size)


def predict_with(nlp, gold_docs: list[dict], batch_size: int = 64) -> Predictions:
    """Run a pipeline with `dateline_quotes` over the gold texts; `{id: doc._.quotes}`, with
    each article's actors when the pipeline has the actor stage."""
    quotes, actors = {}, {}
    for record, doc in zip(gold_docs, analysed(nlp, gold_docs, batch_size)):
        quotes[record["id"]] = list(doc._.quotes or [])
        actors[record["id"]] = list(doc._.actors or [])
    return Predictions(quotes, actors)


def scored_predictions(quotes: list[dict]) -> list[dict]:
    """The predicted quotes that are scored: partial quotes nested in another quote are dropped,
    and a continuation paragraph is scored as part of the quote it continues (PolNeAR annotates
    a quotation running over paragraphs as one attribution)."""
    quotes = _with_continuations_joined(quotes)
    kept = []
    for quote in quotes:
        if quote["kind"] == "partial" and any(
            other is not quote and other["kind"] != "partial" and other["start"] <= quote["start"] and quote["end"] <= other["end"]
            for other in quotes
        ):
            continue
        kept.append(quote)
    return kept


def _with_continuations_joined(quotes: list[dict]) -> list[dict]:
    """Each quote that `continues` another folded into the first quote of its chain."""
    if not any(quote.get("continues") is not None for quote in quotes):
        return quotes

    def first_of(index: int) -> int:
        seen = set()
        while quotes[index].get("continues") is not None and index not in seen:
            seen.add(index)
            index = quotes[index]["continues"]
        return index

    joined: dict[int, dict] = {}
    for index, quote in enumerate(quotes):
        head = first_of(index)
        if head not in joined:
            joined[head] = dict(quotes[head], segments=list(quotes[head].get("segments") or [[quotes[head]["start"], quotes[head]["end"]]]))
        if head != index:
            whole = joined[head]
            whole["segments"] = whole["segments"] + list(quote.get("segments") or [[quote["start"], quote["end"]]])
            whole["start"], whole["end"] = min(whole["start"], quote["start"]), max(whole["end"], quote["end"])
    return [joined[index] for index in sorted(joined)]


def gold_kind(quote: dict) -> str:
    kind = quote.get("type") or quote.get("kind")
    return "mixed" if kind == "partial" else kind


def align(gold: list[dict], predicted: list[dict], mode: str) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, by exact span or by overlap."""
    if mode == "exact":
        by_span = {}
        for p, quote in enumerate(predicted):
            by_span.setdefault((quote["start"], quote["end"]), p)
        pairs, used = [], set()
        for g, quote in enumerate(gold):
            p = by_span.get((quote["start"], quote["end"]))
            if p is not None and p not in used:
                pairs.append((g, p))
                used.add(p)
        return pairs
    candidates = []
    for g, gold_quote in enumerate(gold):
        gold_chars = _characters(gold_quote)
        if not gold_chars:
            continue
        for p, predicted_quote in enumerate(predicted):
            if predicted_quote["end"] <= gold_quote["start"] or gold_quote["end"] <= predicted_quote["start"]:
                continue
            covered = len(gold_chars & _characters(predicted_quote)) / len(gold_chars)
            if covered >= OVERLAP_SHARE:
                candidates.append((covered, g, p))
    pairs, used_gold, used_predicted = [], set(), set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_predicted:
            pairs.append((g, p))
            used_gold.add(g)
            used_predicted.add(p)
    return pairs


def speaker_correct(gold_quote: dict, predicted_quote: dict, actors: ActorIndex | None = None) -> bool:
    """The predicted speaker overlaps the gold speaker mention, both are absent, or both resolve
    to one actor: the gold's `speaker_actor`, else the actor whose mention (in `actors`, the
    article's actor stage) the gold speaker mention is."""
    speaker = predicted_quote.get("speaker")
    gold_start, gold_end = gold_quote.get("speaker_start"), gold_quote.get("speaker_end")
    if gold_start is None:
        return speaker is None
    if speaker is None:
        return False
    if speaker["start"] < gold_end and gold_start < speaker["end"]:
        return True
    gold_actor = gold_quote.get("speaker_actor")
    if gold_actor is None and actors is not None:
        gold_actor = actors.actor(gold_start, gold_end)
    return gold_actor is not None and speaker.get("actor") == gold_actor


def score(gold_docs: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """Quote P/R/F1 (exact and overlap, overall and by kind), speaker accuracy and end-to-end F1."""
    counts = Counter()
    actors_of = getattr(predicted, "actors", {})
    for record in gold_docs:
        gold = record["quotes"]
        guesses = scored_predictions(predicted.get(record["id"], []))
        actors = ActorIndex(actors_of.get(record["id"]))
        counts["gold"] += len(gold)
        counts["predicted"] += len(guesses)
        for kind in GOLD_KINDS:
            counts[f"gold:{kind}"] += sum(gold_kind(q) == kind for q in gold)
            counts[f"predicted:{kind}"] += sum(gold_kind(q) == kind for q in guesses)
        for mode in ("exact", "overlap"):
            pairs = align(gold, guesses, mode)
            counts[f"{mode}:matched"] += len(pairs)
            for g, p in pairs:
                counts[f"{mode}:gold_matched:{gold_kind(gold[g])}"] += 1
                counts[f"{mode}:predicted_matched:{gold_kind(guesses[p])}"] += 1
                if speaker_correct(gold[g], guesses[p], actors):
                    counts[f"{mode}:speaker_correct"] += 1
                if speaker_correct(gold[g], guesses[p]):
                    counts[f"{mode}:speaker_mention_correct"] += 1
    result: dict = {"documents": len(gold_docs), "gold": counts["gold"], "predicted": counts["predicted"]}
    for mode in ("exact", "overlap"):
        matched = counts[f"{mode}:matched"]
        by_kind = {}
        for kind in GOLD_KINDS:
            by_kind[kind] = _prf(
                counts[f"{mode}:predicted_matched:{kind}"],
                counts[f"{mode}:gold_matched:{kind}"],
                counts[f"predicted:{kind}"],
                counts[f"gold:{kind}"],
            )
        result[mode] = {**_prf(matched, matched, counts["predicted"], counts["gold"]), "by_kind": by_kind}
        correct = counts[f"{mode}:speaker_correct"]
        result[mode]["speaker_accuracy"] = round(correct / matched, 4) if matched else 0.0
        mention_correct = counts[f"{mode}:speaker_mention_correct"]
        result[mode]["speaker_accuracy_mention"] = round(mention_correct / matched, 4) if matched else 0.0
        result[mode]["end_to_end_mention"] = _prf(mention_correct, mention_correct, counts["predicted"], counts["gold"])
        result[mode]["end_to_end"] = _prf(correct, correct, counts["predicted"], counts["gold"])
    result["end_to_end"] = result["overlap"]["end_to_end"]
    return result


def _prf(predicted_correct: int, gold_found: int, predicted: int, gold: int) -> dict:
    precision = predicted_correct / predicted if predicted else 0.0
    recall = gold_found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _characters(quote: dict) -> set[int]:
    segments = quote.get("segments") or [[quote["start"], quote["end"]]]
    return set().union(*(range(start, end) for start, end in segments))


def format_report(scores: dict) -> str:
    """A plain-text table of a `score` result."""
    lines = [f"{scores['documents']} documents, {scores['gold']} gold quotes, {scores['predicted']} predicted"]
    lines.append(f"{'':22}{'P':>8}{'R':>8}{'F1':>8}")
    for mode in ("exact", "overlap"):
        block = scores[mode]
        lines.append(f"{'quotes (' + mode + ')':22}{block['precision']:8.3f}{block['recall']:8.3f}{block['f1']:8.3f}")
        for kind, kind_scores in block["by_kind"].items():
            lines.append(
                f"{'  ' + kind:22}{kind_scores['precision']:8.3f}{kind_scores['recall']:8.3f}{kind_scores['f1']:8.3f}"
            )
        lines.append(f"{'  speaker accuracy':22}{block['speaker_accuracy']:24.3f}")
        e2e = block["end_to_end"]
        lines.append(f"{'  quote + speaker':22}{e2e['precision']:8.3f}{e2e['recall']:8.3f}{e2e['f1']:8.3f}")
        if "end_to_end_mention" in block:
            mention = block["end_to_end_mention"]
            lines.append(f"{'  (mention only)':22}{mention['precision']:8.3f}{mention['recall']:8.3f}{mention['f1']:8.3f}  speaker accuracy {block['speaker_accuracy_mention']:.3f}")
    return "\n".join(lines)


def format_errors(gold_docs: list[dict], predicted: dict[str, list[dict]], limit: int | None = None, context: int = 60) -> str:
    """Missed gold quotes, spurious predictions and wrong speakers (overlap matching), with context.

    Each line: MISS / FALSE / SPEAKER, the article id, the kind, the quote in its context
    (the quote between [[ ]]), and the speakers.
    """
    lines: list[str] = []
    for record in gold_docs:
        text = record["text"]
        gold = record["quotes"]
        guesses = scored_predictions(predicted.get(record["id"], []))
        actors = ActorIndex(getattr(predicted, "actors", {}).get(record["id"]))
        pairs = align(gold, guesses, "overlap")
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        for g, quote in enumerate(gold):
            if g not in matched_gold:
                lines.append(f"MISS\t{record['id']}\t{gold_kind(quote)}\t{_in_context(text, quote, context)}\tspeaker={quote.get('speaker')!r} cue={quote.get('cue')!r}")
        for p, quote in enumerate(guesses):
            if p not in matched_predicted:
                speaker = (quote.get("speaker") or {}).get("text")
                cue = (quote.get("cue") or {}).get("text")
                lines.append(f"FALSE\t{record['id']}\t{quote['kind']}\t{_in_context(text, quote, context)}\tspeaker={speaker!r} cue={cue!r} rule={quote.get('rule')}")
        for g, p in pairs:
            if not speaker_correct(gold[g], guesses[p], actors):
                speaker = (guesses[p].get("speaker") or {}).get("text")
                lines.append(
                    f"SPEAKER\t{record['id']}\t{gold_kind(gold[g])}\t{_in_context(text, gold[g], context)}\tgold={gold[g].get('speaker')!r} predicted={speaker!r} rule={guesses[p].get('rule')}"
                )
        if limit is not None and len(lines) >= limit:
            return "\n".join(lines[:limit])
    return "\n".join(lines)


def _in_context(text: str, quote: dict, context: int) -> str:
    start, end = quote["start"], quote["end"]
    before = text[max(0, start - context) : start]
    after = text[end : end + context]
    return repr(f"{before}[[{text[start:end]}]]{after}")[1:-1]
