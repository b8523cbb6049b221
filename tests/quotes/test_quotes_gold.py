"""Accuracy gate: quotes on PolNeAR dev (../shared/gold) must stay above the floors in
tests/floors/quotes.json, for the default pipeline (the cue rules, "polnear_dev") and for the
trained quote model (`use_model: true`, "polnear_dev_model"). Skipped when the shared gold
folder is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from dateline.evaluate import quotes as scorer
from dateline.settings import DEFAULT_MODEL

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"
DEV = GOLD / "quotes" / "polnear_dev.jsonl"
FLOORS = Path(__file__).resolve().parents[1] / "floors" / "quotes.json"


def floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_scores(nlp):
    if not DEV.exists():
        pytest.skip(f"{DEV} is absent")
    gold = scorer.read_gold(DEV)
    with_model = spacy.load(DEFAULT_MODEL)
    with_model.add_pipe("dateline_quotes", config={"use_model": True})
    return {
        "polnear_dev": scorer.score(gold, scorer.predict_with(nlp, gold)),
        "polnear_dev_model": scorer.score(gold, scorer.predict_with(with_model, gold)),
    }


def measured(scores: dict, name: str) -> float:
    """A floor name as a path into the scores: "overlap.by_kind.direct.f1"."""
    value = scores
    for part in name.split("."):
        value = value[part]
    return value


@pytest.mark.gold
@pytest.mark.parametrize(
    ("gate", "name"),
    [(gate, name) for gate in ("polnear_dev", "polnear_dev_model") for name in sorted(floors()[gate])],
)
def test_dev_scores_stay_above_their_floors(dev_scores, gate, name):
    floor = floors()[gate][name]
    value = measured(dev_scores[gate], name)
    assert value >= floor, f"{gate} {name} fell to {value:.4f}, below its floor {floor:.4f}\n{scorer.format_report(dev_scores[gate])}"

