"""Accuracy gate: quotes on PolNeAR dev (../shared/gold) must stay above the floors in
tests/floors/quotes.json. Skipped when the shared gold folder is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate import quotes as scorer

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold"
DEV = GOLD / "quotes" / "polnear_dev.jsonl"
FLOORS = Path(__file__).resolve().parents[1] / "floors" / "quotes.json"


@pytest.fixture(scope="module")
def dev_scores(nlp):
    if not DEV.exists():
        pytest.skip(f"{DEV} is absent")
    gold = scorer.read_gold(DEV)
    return scorer.score(gold, scorer.predict_with(nlp, gold))


def measured(scores: dict, name: str) -> float:
    """A floor name as a path into the scores: "overlap.by_kind.direct.f1"."""
    value = scores
    for part in name.split("."):
        value = value[part]
    return value


@pytest.mark.gold
@pytest.mark.parametrize("name", sorted(json.loads(FLOORS.read_text(encoding="utf-8"))["polnear_dev"]))
def test_dev_scores_stay_above_their_floors(dev_scores, name):
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))["polnear_dev"][name]
    value = measured(dev_scores, name)
    assert value >= floor, f"{name} fell to {value:.4f}, below its floor {floor:.4f}\n{scorer.format_report(dev_scores)}"
