"""Accuracy gate: quotes on PolNeAR dev (../shared/gold) must stay above the floors in
tests/floors/quotes.json, for the default pipeline (the cue rules, "polnear_dev") and for the
trained quote model (`use_model: true`, "polnear_dev_model"). Skipped when the shared gold folder
is absent.

The articles go through the parser and the time and actor stages once, as in `dateline eval
quotes`: the actor stage gives each speaker its actor, and the scorer counts a speaker as right
when its actor is the one the gold speaker mention resolves to (the issue's definition)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import dateline.actors.component  # noqa: F401  (registers dateline_actors)
import dateline.time.component  # noqa: F401  (registers dateline_time)
from dateline.evaluate import quotes as scorer
from dateline.quotes.component import find_quotes
from dateline.quotes.cues import load_cues
from dateline.quotes.model import load_model
from dateline.settings import DEFAULT_MODEL

from support import GOLD, figure_at

DEV = GOLD / "quotes" / "polnear_dev.jsonl"
FLOORS = Path(__file__).resolve().parents[1] / "floors" / "quotes.json"


def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_scores():
    if not DEV.exists():
        pytest.skip(f"{DEV} is absent")
    gold = scorer.read_gold(DEV)
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_time")
    nlp.add_pipe("dateline_actors")
    docs = list(scorer.analysed(nlp, gold))
    actors = {record["id"]: list(doc._.actors or []) for record, doc in zip(gold, docs)}
    lexicon = load_cues()
    scores = {}
    for gate, model in (("polnear_dev", None), ("polnear_dev_model", load_model())):
        quotes = {record["id"]: find_quotes(doc, lexicon, model) for record, doc in zip(gold, docs)}
        scores[gate] = scorer.score(gold, scorer.Predictions(quotes, actors))
    return scores


@pytest.mark.gold
@pytest.mark.parametrize(
    ("gate", "name"),
    [(gate, name) for gate in ("polnear_dev", "polnear_dev_model") for name in sorted(floors()[gate])],
)
def test_dev_scores_stay_above_their_floors(dev_scores, gate, name):
    floor = floors()[gate][name]
    value = figure_at(dev_scores[gate], name)
    assert value >= floor, f"{gate} {name} fell to {value:.4f}, below its floor {floor:.4f}\n{scorer.format_report(dev_scores[gate])}"

