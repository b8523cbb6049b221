"""Accuracy gate: actor resolution on the NGEC development cases, floors in tests/floors/actors.json."""

from __future__ import annotations

import json

import pytest

from dateline.evaluate.runner import evaluate

from support import REPO, gold_file


@pytest.mark.gold
def test_actor_resolution_floors():
    path = gold_file("actors/ngec_actor_resolution_dev.jsonl")
    floors = json.loads((REPO / "tests" / "floors" / "actors.json").read_text())
    scores = evaluate("actors", path).scores
    for name, floor in floors["ngec_actor_resolution_dev"].items():
        assert scores[name] >= floor, f"{name} {scores[name]:.3f} fell below its floor {floor}"
