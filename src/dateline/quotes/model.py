"""The quote model: a logistic regression over candidate features, shipped as data/quote_model.json.

Each candidate attribution (`candidates.py`) gets the probability that it is an attribution
with the right speaker; candidates above the model's threshold are kept, best first, skipping
any whose content overlaps one already kept. The weights are trained by
scripts/train_quote_model.py; applying them is a sum of dictionary lookups.

>>> # model = load_model(); [c.frame for c in select(candidates(doc, lexicon), model)]
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from .attribution import Attribution
from .candidates import Candidate, candidates
from .cues import CueLexicon

MODEL_FILE = "data/quote_model.json"
FORMAT_VERSION = 1


class QuoteModelError(ValueError):
    """The model file is malformed; the message says what is wrong and how to rebuild it."""


@dataclass(frozen=True)
class QuoteModel:
    weights: dict[str, float]
    threshold: float
    cue_frames: dict[str, frozenset[str]] | None = None

    def probability(self, features: list[str]) -> float:
        weights = self.weights
        z = 0.0
        for feature in features:
            z += weights.get(feature, 0.0)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def model_from_json(data: dict) -> QuoteModel:
    """A QuoteModel from the parsed JSON of a model file, checked."""
    if data.get("format") != FORMAT_VERSION:
        raise QuoteModelError(f"quote model format {data.get('format')!r} is not {FORMAT_VERSION}: rebuild it with scripts/train_quote_model.py")
    weights = data.get("weights")
    threshold = data.get("threshold")
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
        raise QuoteModelError("quote model needs a `weights` object and a `threshold` in (0, 1): rebuild it with scripts/train_quote_model.py")
    checked = {}
    for name, value in weights.items():
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            raise QuoteModelError(f"quote model weight {name!r} is {value!r}, not a finite number: rebuild it")
        checked[name] = float(value)
    cue_frames = data.get("cue_frames")
    if cue_frames is not None:
        if not isinstance(cue_frames, dict) or not all(isinstance(v, list) and all(isinstance(f, str) for f in v) for v in cue_frames.values()):
            raise QuoteModelError("quote model `cue_frames` must map lemmas to lists of frames: rebuild it with scripts/train_quote_model.py")
        cue_frames = {lemma: frozenset(frames) for lemma, frames in cue_frames.items()}
    return QuoteModel(weights=checked, threshold=float(threshold), cue_frames=cue_frames)


@lru_cache(maxsize=1)
def load_model() -> QuoteModel:
    """The packaged model, read once per process."""
    text = resources.files("dateline.quotes").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return model_from_json(json.loads(text))


def select(found: list[Candidate], model: QuoteModel, threshold: float | None = None) -> list[tuple[Candidate, float]]:
    """The candidates the model accepts, best first, none overlapping another's content."""
    threshold = model.threshold if threshold is None else threshold
    scored = [(model.probability(c.features), c) for c in found]
    scored = [(p, c) for p, c in scored if p >= threshold]
    scored.sort(key=lambda pc: (-pc[0], pc[1].start))
    taken: list[tuple[Candidate, float]] = []
    spans: list[tuple[int, int]] = []
    for p, candidate in scored:
        if any(candidate.start < e and s < candidate.end for s, e in spans):
            continue
        spans.append((candidate.start, candidate.end))
        taken.append((candidate, p))
    return taken


def model_reported_speech(doc: Doc, lexicon: CueLexicon, model: QuoteModel, quoted_chars: set[int] | frozenset[int] = frozenset(), threshold: float | None = None) -> list[Attribution]:
    """Reported speech as the model finds it, in the shape the assembler takes."""
    found = candidates(doc, lexicon, quoted_chars, None, model.cue_frames)
    return [
        Attribution(segments=list(c.segments), kind="indirect", rule="model-" + c.frame, cue=c.cue, speaker=c.speaker)
        for c, _ in select(found, model, threshold)
    ]
