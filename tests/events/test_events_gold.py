"""Accuracy gate: the events stage on the shared gold sets (../shared/gold/events) must stay above the
floors in tests/floors/events.json (and the false-event rate below its ceiling). Skipped when the gold
folder is absent. Floors are measured values minus 0.005: raise them in a commit; lowering one needs a
reason in the commit message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.evaluate import events as scorer
from support import GOLD, figure_at

FLOORS = Path(__file__).resolve().parents[1] / "floors" / "events.json"
SETS = {"plover_gsr_dev": "plover_gsr_dev.jsonl", "petrarch_gsr_dev": "petrarch_gsr_dev.jsonl"}


def limits(kind: str) -> list[tuple[str, str, float]]:
    table = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [(name, figure, value) for name in SETS for figure, value in sorted(table.get(name, {}).get(kind, {}).items())]


@pytest.fixture(scope="module")
def scores():
    path = GOLD / "events"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline()
    measured = {}
    for name, file in SETS.items():
        gold = scorer.read_gold(path / file)
        measured[name] = scorer.score(gold, scorer.predict_with(nlp, gold))
    return measured


@pytest.mark.gold
@pytest.mark.parametrize("name, figure, floor", limits("floors"))
def test_scores_stay_above_their_floors(scores, name, figure, floor):
    value = figure_at(scores[name], figure)
    assert value >= floor, f"{name} {figure} fell to {value:.4f}, below its floor {floor:.4f}\n" \
                           f"{scorer.format_report(scores[name])}"


@pytest.mark.gold
@pytest.mark.parametrize("name, figure, ceiling", limits("ceilings"))
def test_error_rates_stay_below_their_ceilings(scores, name, figure, ceiling):
    value = figure_at(scores[name], figure)
    assert value <= ceiling, f"{name} {figure} rose to {value:.4f}, above its ceiling {ceiling:.4f}"
