"""Run one stage's scorer on a gold file: what `dateline eval STAGE --gold FILE` calls.

Every scorer module in this package offers the same functions (`read_gold`, `predict_with`,
`score`, `format_report`, `format_errors`); this module picks the predictor each needs: the
full pipeline for stages that read articles, the phrase resolver for actor cases.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..settings import DEFAULT_MODEL

STAGES = ("time", "actors", "quotes", "events")


@dataclass
class Evaluation:
    stage: str
    scores: dict
    report: str
    errors: str


def evaluate(stage: str, gold_path: str | Path, model: str = DEFAULT_MODEL, with_errors: bool = False) -> Evaluation:
    if stage not in STAGES:
        raise InputError(f"no scorer for {stage!r}; choose one of {', '.join(STAGES)}")
    if not Path(gold_path).exists():
        raise InputError(f"no gold file at {gold_path}")
    scorer = importlib.import_module(f"{__package__}.{stage}")
    try:
        gold = scorer.read_gold(gold_path)
    except (ValueError, KeyError) as error:
        # A ValueError says what is wrong in words; a bare KeyError is only the missing key.
        reason = str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}"
        raise InputError(f"{gold_path} is not in the {stage} gold format ({reason})") from None
    if not gold:
        raise InputError(f"{gold_path} holds no {stage} records to score (is it the right file?)")
    predicted = scorer.predict_with(_predictor(stage, model), gold)
    scores = scorer.score(gold, predicted)
    errors = scorer.format_errors(gold, predicted) if with_errors else ""
    return Evaluation(stage, scores, scorer.format_report(scores), errors)


def _predictor(stage: str, model: str):
    if stage == "actors":
        from ..actors import ActorResolver

        resolver = ActorResolver.shared()
        return lambda text, context, when: resolver.resolve(text, when, context).to_dict()
    from ..pipeline import load_pipeline

    return load_pipeline(model)
