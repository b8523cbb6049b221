"""Score event predictions against the two development gold sets in `../shared/gold/events/`.

Gold formats (see the gold README): `plover_gsr` records carry `events: [{source, target, plover_event,
mode, context}]` (older PLOVER names, mapped here to current ones); `petrarch_gsr` records carry
`events: [{source, target, code}]` (CAMEO) and `expect_no_events`. Both expand a compound actor into one
record per (source, target) pair, the CAMEO way.

A prediction is `{sentence id: [event dict, ...]}`; an event dict has `event` (PLOVER), `mode`, `cameo`,
`actor_codes` and `recipient_codes`. A code is a CAMEO-style string ("USAGOV", "IGOUNO", "---REB"), a
(country, sector) pair, or a dict with `country`/`code` and `sector`. A predicted event with no recipient
and several actors is reciprocal (every ordered pair of actors), as PLOVER lists reciprocal meetings.

What each figure counts (per sentence, then summed):

- **type P/R/F1**: the multiset of predicted PLOVER types against the gold types, where the gold's
  dyadic copies of one event count once (one per distinct type in plover_gsr, one per distinct CAMEO
  code in petrarch_gsr): PLOVER keeps compound actors in one event, so counting gold dyads would
  score actor expansion, not event typing. Events without a PLOVER type (CAMEO 01) are left out.
- **matched events**: each gold event (its type, or for a CAMEO 01 code its root) is paired with one
  unused predicted event of the same type, preferring the one whose dyads agree best.
- **dyad accuracy**: on matched events, the share of gold (source, target) pairs that the predicted
  event reproduces; actor and recipient accuracy count each side alone.
- **code match**: countries must be equal (an unknown gold country, `---`, matches any); the sector
  must be equal when the gold has one; a gold side that is absent must be absent in the prediction.
- **CAMEO root accuracy**: on matched events whose gold has a CAMEO code, the share whose predicted code
  has the same two-digit root.
- **root + dyad F1**: items are (CAMEO root, source, target) triples from the gold's codes and from the
  predictions' dyad expansion, per sentence; an item is correct when root, source and target all match,
  counted by the largest one-to-one matching. In a CAMEO-coded set every sentence counts, so an event
  predicted on a sentence without gold events is a false positive (and one with no CAMEO code never
  matches). **type + dyad F1** is the same with the PLOVER type instead of the root.
- **false event rate**: among sentences with no gold event, the share with at least one prediction.

>>> gold = [GoldSentence("s1", "", (GoldEvent("ACCUSE", "", "112", "GBRGOV", "RUS"),), False)]
>>> score(gold, {"s1": [{"event": "ACCUSE", "cameo": "111", "actor_codes": ["GBR"], "recipient_codes": ["RUS"]}]})["type"]["f1"]
1.0
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dateline.events.lexicon import cameo_root, load_ontology, normalise_plover

from .gold_files import json_objects

# Sector blocks recognised inside a CAMEO-style actor code (CAMEO primary/secondary roles, PLOVER sectors).
SECTORS = frozenset(
    "GOV MIL COP JUD OPP REB INS SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF "
    "REL PTY JRN PRM PRE SOC".split()
)
# Country codes that older CAMEO dictionaries and the gold records spell differently from ISO 3166.
COUNTRY_ALIASES = {"JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "YUG": "SRB", "SCG": "SRB"}

Actor = tuple[str | None, str | None]  # (country, sector); None country = unknown ("---")


@dataclass(frozen=True)
class GoldEvent:
    event: str  # current PLOVER name; "" when a CAMEO code has no PLOVER type
    mode: str
    cameo: str  # "" in plover_gsr
    source: str | None
    target: str | None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    events: tuple[GoldEvent, ...]
    expect_no_events: bool
    date: str | None = None  # the record's publication date; None when absent or a placeholder


# ---- reading ---------------------------------------------------------------------------------------------


def read_gold(path: str | Path) -> list[GoldSentence]:
    """The sentences of a plover_gsr or petrarch_gsr JSONL file, with current PLOVER names."""
    sentences = []
    for number, record in json_objects(path):
        try:
            sentences.append(gold_sentence(record))
        except KeyError as error:
            raise ValueError(f"line {number}: the record has no {error}; event gold is plover_gsr or petrarch_gsr JSONL "
                             "(an \"id\", the sentence \"text\" and its \"events\")") from None
        except (TypeError, AttributeError):
            raise ValueError(f"line {number}: \"events\" is not a list of objects with source, target and "
                             "plover_event (or a CAMEO code)") from None
    return sentences


def gold_sentence(record: dict) -> GoldSentence:
    """One gold record of either format as a GoldSentence."""
    events = []
    for raw in record.get("events") or []:
        if "code" in raw:
            code = str(raw["code"])
            plover = load_ontology().cameo.get(code)
            event, mode = (plover.plover_event, plover.plover_mode) if plover else ("", "")
        else:
            modes = raw.get("mode") or [""]
            event, mode = normalise_plover(raw.get("plover_event", ""), modes[0])
            code = ""
        events.append(GoldEvent(event, mode, code, raw.get("source"), raw.get("target")))
    full = record.get("plover") or {}
    if not events and full.get("event"):  # an event whose actors the annotators could not code
        event, mode = normalise_plover(full["event"], (full.get("mode") or [""])[0])
        events.append(GoldEvent(event, mode, "", None, None))
    date = None if record.get("date_is_placeholder") else record.get("date")
    return GoldSentence(str(record["id"]), record.get("text", ""), tuple(events),
                        bool(record.get("expect_no_events")) or not events, date)


# ---- actors ----------------------------------------------------------------------------------------------


def parse_actor(code) -> Actor | None:
    """(country, sector) of an actor code, pair or dict; None for no actor.

    >>> parse_actor("NGAREFafa"), parse_actor("---REB"), parse_actor("PSEGZACVL"), parse_actor("BGD***")
    (('NGA', 'REF'), (None, 'REB'), ('PSE', 'CVL'), ('BGD', None))
    """
    if code is None or code == "":
        return None
    if isinstance(code, dict):
        country = code.get("country") or code.get("code")
        sector = code.get("sector")
        return (alias(country), sector.upper() if sector else None)
    if isinstance(code, (tuple, list)):
        country, sector = (list(code) + [None])[:2]
        return (alias(country), sector.upper() if sector else None)
    text = re.sub(r"[a-z*]", "", str(code))  # lower-case ethnic/religious tails and '***' placeholders
    blocks = [text[i:i + 3] for i in range(3, len(text), 3)]
    return (alias(text[:3]), next((b for b in blocks if b in SECTORS), None))


def alias(country: str | None) -> str | None:
    if not country or set(country) <= {"-"}:
        return None
    country = country.upper()
    return COUNTRY_ALIASES.get(country, country)


def actor_matches(gold, predicted) -> bool:
    """Whether a predicted actor satisfies a gold one (see the module docstring)."""
    gold_actor, predicted_actor = parse_actor(gold), parse_actor(predicted)
    if gold_actor is None or predicted_actor is None:
        return gold_actor is None and predicted_actor is None
    country, sector = gold_actor
    return (country is None or country == predicted_actor[0]) and (sector is None or sector == predicted_actor[1])


def dyads(event: dict) -> list[tuple]:
    """The (source, target) pairs of a predicted event, CAMEO-style."""
    actors = list(event.get("actor_codes") or [])
    recipients = list(event.get("recipient_codes") or [])
    if recipients:
        return [(a, r) for a in (actors or [None]) for r in recipients]
    if len(actors) > 1:
        return [(a, b) for i, a in enumerate(actors) for j, b in enumerate(actors) if i != j]
    return [(actors[0] if actors else None, None)]


def dyad_matches(gold: tuple, predicted: tuple) -> bool:
    return actor_matches(gold[0], predicted[0]) and actor_matches(gold[1], predicted[1])


# ---- scoring ---------------------------------------------------------------------------------------------


def predicted_type(event: dict) -> str:
    name, _ = normalise_plover(event.get("event") or "", event.get("mode") or "")
    return name


def predicted_root(event: dict) -> str:
    code = event.get("cameo")
    return cameo_root(str(code)) if code else ""


def gold_groups(sentence: GoldSentence) -> list[list[GoldEvent]]:
    """The gold events of a sentence with dyadic copies of one event grouped (by CAMEO code, else type)."""
    groups: dict[tuple, list[GoldEvent]] = {}
    for event in sentence.events:
        groups.setdefault((event.cameo or event.event,), []).append(event)
    return list(groups.values())


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def match_events(groups: list[list[GoldEvent]], predicted: list[dict]) -> list[tuple[list[GoldEvent], dict]]:
    """Pair each gold event group with one unused predicted event of its type (or root), best dyads first."""
    unused = list(range(len(predicted)))
    pairs = []
    for group in groups:
        head = group[0]

        def same_kind(event: dict) -> bool:
            if head.event:
                return predicted_type(event) == head.event
            return bool(head.cameo) and predicted_root(event) == cameo_root(head.cameo)

        candidates = [i for i in unused if same_kind(predicted[i])]
        if not candidates:
            continue

        def agreement(i: int) -> tuple:
            pairs_of = dyads(predicted[i])
            hits = sum(any(dyad_matches((g.source, g.target), p) for p in pairs_of) for g in group)
            same_root = bool(head.cameo) and predicted_root(predicted[i]) == cameo_root(head.cameo)
            return (hits, same_root)

        best = max(candidates, key=agreement)
        unused.remove(best)
        pairs.append((group, predicted[best]))
    return pairs


def count_items(gold_items: list[tuple], predicted_items: list[tuple]) -> tuple[int, int, int]:
    """(tp, fp, fn) of the largest one-to-one matching of (label, source, target) items, an item pair
    matching when the labels are equal and both sides code-match. A gold side with an unknown country
    or no sector matches several predictions, so a first-come pairing could use up the prediction
    another gold item needed; augmenting paths find the maximum.

    >>> count_items([("19", "---REB", "UKR"), ("19", "RUSREB", "UKR")], [("19", "RUSREB", "UKR"), ("19", "SYRREB", "UKR")])
    (2, 0, 0)
    """
    options = [[j for j, item in enumerate(predicted_items)
                if item[0] == label and dyad_matches((source, target), item[1:])]
               for label, source, target in gold_items]
    owner: dict[int, int] = {}  # predicted item -> the gold item it is matched to

    def augment(g: int, seen: set[int]) -> bool:
        for j in options[g]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = g
                return True
        return False

    tp = sum(augment(g, set()) for g in range(len(gold_items)))
    return tp, len(predicted_items) - tp, len(gold_items) - tp


def score(gold: list[GoldSentence], predicted: dict[str, list[dict]]) -> dict:
    """Every figure described in the module docstring, over all gold sentences."""
    type_counts = Counter()
    per_type: dict[str, Counter] = {}
    dyad_total = dyad_right = actor_right = recipient_right = matched = 0
    root_total = root_right = 0
    root_dyad = Counter()
    type_dyad = Counter()
    empty_sentences = false_sentences = false_events = 0
    cameo_coded = any(g.cameo for sentence in gold for g in sentence.events)
    for sentence in gold:
        events = predicted.get(sentence.id, [])
        if sentence.expect_no_events or not sentence.events:
            empty_sentences += 1
            false_sentences += bool(events)
            false_events += len(events)
        groups = gold_groups(sentence)
        gold_types = Counter(g[0].event for g in groups if g[0].event)
        predicted_types = Counter(t for t in map(predicted_type, events) if t)
        for name in set(gold_types) | set(predicted_types):
            tp = min(gold_types[name], predicted_types[name])
            counts = Counter(tp=tp, fp=predicted_types[name] - tp, fn=gold_types[name] - tp)
            type_counts.update(counts)
            per_type.setdefault(name, Counter()).update(counts)
        for group, event in match_events(groups, events):
            matched += 1
            pairs_of = dyads(event)
            for g in group:
                dyad_total += 1
                dyad_right += any(dyad_matches((g.source, g.target), p) for p in pairs_of)
                actor_right += any(actor_matches(g.source, p[0]) for p in pairs_of)
                recipient_right += any(actor_matches(g.target, p[1]) for p in pairs_of)
            if group[0].cameo:
                root_total += 1
                root_right += predicted_root(event) == cameo_root(group[0].cameo)
        if cameo_coded:  # every sentence of a CAMEO-coded set: events on one without gold events are false
            gold_items = [(cameo_root(g.cameo), g.source, g.target) for g in sentence.events if g.cameo]
            predicted_items = [(predicted_root(e), *d) for e in events for d in dyads(e)]
            root_dyad.update(dict(zip(("tp", "fp", "fn"), count_items(gold_items, predicted_items))))
        gold_items = [(g.event, g.source, g.target) for g in sentence.events if g.event]
        predicted_items = [(predicted_type(e), *d) for e in events if predicted_type(e) for d in dyads(e)]
        type_dyad.update(dict(zip(("tp", "fp", "fn"), count_items(gold_items, predicted_items))))
    return {
        "sentences": len(gold),
        "type": prf(type_counts["tp"], type_counts["fp"], type_counts["fn"]),
        "per_type": {name: prf(c["tp"], c["fp"], c["fn"]) for name, c in sorted(per_type.items())},
        "matched_events": matched,
        "dyad_accuracy": dyad_right / dyad_total if dyad_total else 0.0,
        "actor_accuracy": actor_right / dyad_total if dyad_total else 0.0,
        "recipient_accuracy": recipient_right / dyad_total if dyad_total else 0.0,
        "root_accuracy": root_right / root_total if root_total else 0.0,
        "root_matched": root_total,
        "root_dyad": prf(root_dyad["tp"], root_dyad["fp"], root_dyad["fn"]),
        "type_dyad": prf(type_dyad["tp"], type_dyad["fp"], type_dyad["fn"]),
        "no_event_sentences": empty_sentences,
        "false_event_sentences": false_sentences,
        "false_event_rate": false_sentences / empty_sentences if empty_sentences else 0.0,
        "false_events": false_events,
    }


# ---- reports ---------------------------------------------------------------------------------------------


def format_report(scores: dict) -> str:
    """A plain-text summary of `score()`'s result."""

    def line(name: str, figures: dict) -> str:
        return (f"{name:<22} P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}"
                f"   (tp {figures['tp']}, fp {figures['fp']}, fn {figures['fn']})")

    lines = [f"sentences: {scores['sentences']}", line("event type", scores["type"]),
             line("type + dyad", scores["type_dyad"])]
    if scores["root_dyad"]["tp"] + scores["root_dyad"]["fn"]:
        lines.append(line("CAMEO root + dyad", scores["root_dyad"]))
    lines += [
        f"matched events: {scores['matched_events']}  dyad accuracy {scores['dyad_accuracy']:.3f}"
        f"  (actor {scores['actor_accuracy']:.3f}, recipient {scores['recipient_accuracy']:.3f})",
        f"CAMEO root accuracy on matched: {scores['root_accuracy']:.3f} ({scores['root_matched']} events)",
        f"false events: {scores['false_event_sentences']} of {scores['no_event_sentences']} sentences without"
        f" events ({scores['false_event_rate']:.3f}), {scores['false_events']} events",
        "per type:",
    ]
    lines += ["  " + line(name, figures) for name, figures in scores["per_type"].items()]
    return "\n".join(lines)


def describe(event: dict) -> str:
    pairs = ", ".join(f"{a or '-'}>{r or '-'}" for a, r in dyads(event))
    mode = f"/{event['mode']}" if event.get("mode") else ""
    return f"{event.get('event') or '-'}{mode} {event.get('cameo') or ''} [{pairs}]".strip()


def format_errors(gold: list[GoldSentence], predicted: dict[str, list[dict]]) -> str:
    """Every sentence whose prediction differs from the gold: missed and spurious types, wrong dyads or roots."""
    blocks = []
    for sentence in gold:
        events = predicted.get(sentence.id, [])
        problems = []
        groups = gold_groups(sentence)
        gold_types = Counter(g[0].event for g in groups if g[0].event)
        predicted_types = Counter(t for t in map(predicted_type, events) if t)
        for name, count in (gold_types - predicted_types).items():
            problems.append(f"missed {name} x{count}")
        for name, count in (predicted_types - gold_types).items():
            problems.append(f"spurious {name} x{count}")
        for group, event in match_events(groups, events):
            pairs_of = dyads(event)
            for g in group:
                if not any(dyad_matches((g.source, g.target), p) for p in pairs_of):
                    problems.append(f"wrong dyad for {g.event or g.cameo}: gold {g.source}>{g.target}")
            if group[0].cameo and predicted_root(event) != cameo_root(group[0].cameo):
                problems.append(f"wrong root: gold {group[0].cameo}, predicted {event.get('cameo')}")
        if not problems:
            continue
        gold_text = "; ".join(f"{g.event or '-'} {g.cameo} {g.source}>{g.target}".replace("  ", " ")
                              for g in sentence.events) or "(none)"
        blocks.append("\n".join([
            f"[{sentence.id}] {sentence.text[:160]}",
            f"  gold: {gold_text}",
            f"  pred: {'; '.join(map(describe, events)) or '(none)'}",
            *(f"  - {p}" for p in problems),
        ]))
    return "\n\n".join(blocks)


# ---- predictions of the pipeline ------------------------------------------------------------------------

PLACEHOLDER_DATE = "2018-01-01"  # for records without a real date, unless `undated` says to leave it unknown


def predict_with(nlp, gold: list[GoldSentence], batch_size: int = 64, undated: str = "unknown") -> dict[str, list[dict]]:
    """Run the full pipeline on every gold sentence; `{id: scored events}`.

    The pipeline needs the time, actors and quotes stages; when `dateline_events` is not in it yet, the
    event coder runs on the parsed Docs afterwards. A record without a real date (plover_gsr's are
    placeholders) is analysed with no publication date when `undated="unknown"` (the default): a made-up
    date would turn every office holder of the 1990s examples into a former one; `undated="placeholder"`
    uses PLACEHOLDER_DATE instead. Negated events did not happen and are left out (PLOVER
    drops them); events without a PLOVER type stay for the CAMEO scores.
    """
    from dateline import extensions  # noqa: F401  (registers doc._.dct)
    from dateline.article import parse_published
    from dateline.events.component import EventCoder

    coder = None if "dateline_events" in nlp.pipe_names else EventCoder(nlp.vocab)
    docs = []
    for sentence in gold:
        doc = nlp.make_doc(sentence.text)
        when = sentence.date or (None if undated == "unknown" else PLACEHOLDER_DATE)
        try:
            doc._.dct = parse_published(when) if when else None
        except (ValueError, TypeError):
            doc._.dct = None if undated == "unknown" else parse_published(PLACEHOLDER_DATE)
        docs.append(doc)
    predictions = {}
    for sentence, doc in zip(gold, nlp.pipe(docs, batch_size=batch_size)):
        if coder is not None:
            doc = coder(doc)
        predictions[sentence.id] = [event for event in doc._.events or [] if not event.get("negated")]
    return predictions


# ---- a lexicon-only baseline -----------------------------------------------------------------------------


def baseline_predictions(nlp, gold: list[GoldSentence], use_markers: bool = True) -> dict[str, list[dict]]:
    """Events from the trigger lexicon alone (no arguments): how much the vocabulary can recall.

    With `use_markers`, an intent marker above a trigger makes a promise (AGREE) or threat (THREATEN)
    of it and a negation marker drops or refuses it, reading only the marker files.
    """
    from dateline.events.lexicon import build_trigger_matcher

    matcher, _ = build_trigger_matcher(nlp.vocab)
    predictions = {}
    for sentence, doc in zip(gold, nlp.pipe(s.text for s in gold)):
        events = []
        for match in matcher(doc):
            entry = match.entry
            event = {"event": entry.event, "mode": entry.mode, "cameo": entry.cameo,
                     "actor_codes": [], "recipient_codes": [], "trigger": doc[match.start:match.end].text}
            if use_markers:
                event = apply_markers(doc[match.head], event, entry.negative_event)
            if event:
                events.append(event)
        predictions[sentence.id] = events
    return predictions


def apply_markers(head, event: dict, negative_event: str) -> dict | None:
    """The event as read through the markers governing its head token (a simple parse walk)."""
    from dateline.events.lexicon import cameo_info, intent_code, load_markers

    markers = load_markers()
    intent = {m.pattern: m.kind for m in markers["intent"]}
    negation = {m.pattern: m.kind for m in markers["negation"]}
    if any(child.lower_ in ("not", "n't", "never") for child in head.children):
        return None
    ancestors = [head, *list(head.ancestors)[:2]]
    for token in ancestors:
        effect = negation.get(token.lemma_.lower()) if token.i != head.i else None
        if effect == "drop":
            return None
        if effect == "reject" and negative_event:
            name, _, _, plover, mode = cameo_info(negative_event)
            return dict(event, event=plover, mode=mode, cameo=negative_event)
    wants = any(intent.get(t.lemma_.lower()) for t in ancestors[1:]) or any(
        c.lemma_.lower() in ("will", "shall", "would") for c in head.children)
    if wants and event["cameo"] and event["event"]:
        quad = load_ontology().cameo[event["cameo"]].quad
        code = intent_code(event["cameo"], threatened=quad >= 3)
        if code:
            _, _, _, plover, mode = cameo_info(code)
            return dict(event, event=plover, mode=mode, cameo=code)
    return event


if __name__ == "__main__":  # python -m dateline.evaluate.events GOLD.jsonl ...: the lexicon-only baseline
    import sys
    import time

    import spacy

    from dateline.settings import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    for path in sys.argv[1:]:
        sentences = read_gold(path)
        for use_markers in (False, True):
            started = time.perf_counter()
            predictions = baseline_predictions(nlp, sentences, use_markers)
            print(f"== {Path(path).name}: triggers{' + markers' if use_markers else ''}"
                  f" ({time.perf_counter() - started:.2f}s)")
            print(format_report(score(sentences, predictions)))
