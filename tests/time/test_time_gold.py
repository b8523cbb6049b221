"""Accuracy gate: TempEval-3 task A scores on the TempEval-3 training set stay above the floors.

The floors live in tests/floors/time.json. Raising one is a commit; lowering one needs a
reason. Skipped when ../shared/gold (beside the checkout) is absent, as in a fresh clone.
"""

import json
from pathlib import Path

import pytest

from dateline.evaluate.time import format_report, predict_with, read_gold, score

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / ".." / "shared" / "gold" / "timex" / "te3_train.jsonl"
FLOORS = REPO / "tests" / "floors" / "time.json"


@pytest.mark.gold
def test_te3_train_scores_stay_above_floors(nlp):
    if not GOLD.exists():
        pytest.skip(f"gold data not found at {GOLD}")
    gold = read_gold(GOLD)
    scores = score(gold, predict_with(nlp, gold))
    floors = {k: v for k, v in json.loads(FLOORS.read_text(encoding="utf-8"))["te3_train"].items()}
    measured = {
        "strict_f1": scores["strict"]["f1"],
        "relaxed_f1": scores["relaxed"]["f1"],
        "type_accuracy": scores["type_accuracy"],
        "value_accuracy": scores["value_accuracy"],
        "value_f1": scores["value_f1"],
    }
    below = {name: (measured[name], floor) for name, floor in floors.items() if measured[name] < floor}
    assert not below, f"below floor (measured, floor): {below}\n{format_report(scores)}"
