"""Paths and helpers shared by the tests (importable from any test folder: pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold"
REFERENCE_ARTICLE = SHARED / "examples" / "000_558508e157a92aa0.txt"
REFERENCE_ANALYSIS = SHARED / "examples" / "000_558508e157a92aa0.expected.json"


def gold_file(relative: str) -> Path:
    """A gold file beside the checkout, or a clean skip when it is absent (a user's fresh clone)."""
    path = GOLD / relative
    if not path.exists():
        pytest.skip(f"gold data not present: {path}")
    return path


def sample_analyses():
    """A small hand-built corpus of analyses with actors, events and quotes, for store tests."""
    from datetime import date

    from dateline.analysis import Analysis

    trump = {"name": "Donald Trump", "country": "USA", "sector": "GOV", "kind": "person", "kb_id": "donald_trump"}
    usa = {"name": "United States", "country": "USA", "sector": "", "kind": "country"}
    russia = {"name": "Russia", "country": "RUS", "sector": "", "kind": "country"}
    kremlin = {"name": "Kremlin", "country": "RUS", "sector": "GOV", "kind": "government"}
    sanders = {"name": "Sarah Sanders", "country": "USA", "sector": "GOV", "kind": "person", "kb_id": "sarah_sanders"}

    def analysis(article_id, published, outlet, text, actors, events, quotes=()):
        actors = [dict(a, id=f"a{i}", mentions=[[0, 1]]) for i, a in enumerate(actors, start=1)]
        events = [{"mode": None, "context": [], "negated": False, "modality": None, "attributed_to": None,
                   "trigger": {"start": 0, "end": 1, "text": "x"}, "sentence": {"start": 0, "end": len(text)},
                   "rule": "test", "confidence": 0.9, "location": None, **e} for e in events]
        return Analysis(id=article_id, published=date.fromisoformat(published), text=text, outlet=outlet,
                        url=f"https://example.org/{article_id}", title=f"Story {article_id}",
                        actors=actors, events=events, quotes=list(quotes))

    sanction = {"event": "SANCTION", "cameo": "163", "quad": 4, "score": -6.0, "goldstein": -8.0,
                "actor": ["a1"], "recipient": ["a2"]}
    return [
        analysis("w1", "2018-03-15", "Global Wire", "The US imposed sanctions on Russia over election meddling.",
                 [usa, russia], [dict(sanction, date="2018-03-15")]),
        analysis("w2", "2018-03-16", "Daily Ledger", "Washington hit Russia with sanctions on Thursday.",
                 [trump, russia], [dict(sanction, date="2018-03-15")]),
        analysis("w3", "2018-03-20", "Global Wire", "Trump failed to raise the poisoning with Putin. Trump accused Moscow.",
                 [trump, kremlin, sanders],
                 [{"event": "CONSULT", "cameo": "040", "quad": 1, "score": 2.5, "goldstein": 1.0, "date": "2018-03-20",
                   "actor": ["a1"], "recipient": ["a2"], "negated": True},
                  {"event": "ACCUSE", "mode": "allege", "cameo": "112", "quad": 3, "score": -3.5, "goldstein": -2.0,
                   "date": "2018-W11", "actor": ["a1"], "recipient": ["a2"]}],
                 [{"start": 0, "end": 10, "text": "I don't believe that was discussed", "kind": "direct",
                   "cue": {"text": "responded", "lemma": "respond"}, "speaker": {"text": "Sanders", "actor": "a3"}}]),
        analysis("w4", "2018-04-06", "Daily Ledger", "Russia rejected the new sanctions, the Kremlin said.",
                 [kremlin, usa],
                 [{"event": "REJECT", "cameo": "120", "quad": 3, "score": -2.0, "goldstein": -4.0, "date": "2018-04-06",
                   "actor": ["a1"], "recipient": ["a2"]},
                  dict(sanction, date="2018-04-06", actor=["a2"], recipient=["a1"])],
                 [{"start": 0, "end": 10, "text": "The sanctions are illegal and will fail", "kind": "direct",
                   "cue": {"text": "said", "lemma": "say"}, "speaker": {"text": "the Kremlin", "actor": "a1"}}]),
    ]


def sample_store(path):
    from dateline import open_store

    store = open_store(path)
    run = store.begin_run("test", [], "test-model", "0")
    store.write_batch(run, sample_analyses())
    return store


def figure_at(scores: dict, name: str) -> float:
    """A dotted floor name as a path into a scores dict: "overlap.by_kind.direct.f1", "type.f1"."""
    value = scores
    for part in name.split("."):
        value = value[part]
    return value
