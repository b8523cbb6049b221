"""The packaged quote model (data/quote_model.json): it loads, its weights are sane, and it selects."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest
import spacy

from dateline.quotes.candidates import Candidate
from dateline.quotes.model import MODEL_FILE, QuoteModel, QuoteModelError, load_model, model_from_json, select

FEATURE_PREFIXES = (
    "bias", "frame=", "family=", "lemma=", "lf=", "lfam=", "pos=", "tag=", "dep=", "lex=", "spk", "lspk", "len=", "chead=",
    "cdep=", "mark=", "quoted=", "cueq=", "neg=", "nested=", "inner=", "sent=", "side=", "lside=", "segs=", "rule=",
    "lrule=", "lpass=", "spklex=", "spkheadlen=", "ldep=", "lhow=", "lmark=", "llen=",
)


def test_the_model_file_is_small_and_loads():
    path = resources.files("dateline.quotes").joinpath(MODEL_FILE)
    assert len(path.read_bytes()) < 2_000_000
    model = load_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100
    assert "bias" in model.weights


def test_every_weight_is_finite_and_names_a_known_feature():
    model = load_model()
    for name, weight in model.weights.items():
        assert math.isfinite(weight), name
        assert name.startswith(FEATURE_PREFIXES), name


def test_the_file_records_how_it_was_trained():
    data = json.loads(resources.files("dateline.quotes").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    assert {"format", "seed", "threshold", "weights", "l2", "min_count"} <= set(data)


@pytest.mark.parametrize(
    "data",
    [
        {"format": 99, "threshold": 0.5, "weights": {}},
        {"format": 1, "threshold": 1.5, "weights": {}},
        {"format": 1, "threshold": 0.5, "weights": {"bias": float("nan")}},
        {"format": 1, "threshold": 0.5, "weights": {"bias": "high"}},
        {"format": 1, "threshold": 0.5},
    ],
)
def test_a_malformed_model_is_refused_with_the_fix(data):
    with pytest.raises(QuoteModelError, match="rebuild"):
        model_from_json(data)


def test_probability_is_the_logistic_of_the_summed_weights():
    model = QuoteModel({"bias": -1.0, "frame=ccomp": 3.0}, 0.5)
    assert model.probability(["bias", "frame=ccomp", "unknown"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability(["bias"] * 40) == 0.0


def test_select_keeps_the_best_of_overlapping_candidates():
    doc = spacy.blank("en")("Aides said the vote was close and the count slow.")
    def candidate(frame: str, start: int, end: int) -> Candidate:
        return Candidate(doc[1:2], frame, set(range(start, end)), None, "none", segments=[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))], features=["bias", "frame=" + frame])

    wide, narrow, low = candidate("ccomp", 2, 11), candidate("sentence", 2, 6), candidate("dobj", 7, 10)
    model = QuoteModel({"bias": 0.0, "frame=ccomp": 2.0, "frame=sentence": 1.0, "frame=dobj": -3.0}, 0.5)
    chosen = select([narrow, low, wide], model)
    assert [c.frame for c, _ in chosen] == ["ccomp"]
    assert select([narrow, low], model)[0][0].frame == "sentence"


@pytest.fixture(scope="module")
def model_quotes_of():
    import dateline.quotes  # noqa: F401  (registers the factory)
    from dateline.settings import DEFAULT_MODEL

    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("dateline_quotes", config={"use_model": True})
    return lambda text: pipeline(text)._.quotes


def test_the_component_with_the_model_reports_indirect_speech(model_quotes_of):
    quotes = model_quotes_of("Officials in the capital said on Monday that the talks with the union had failed.")
    indirect = [q for q in quotes if q["kind"] == "indirect"]
    assert len(indirect) == 1
    assert indirect[0]["text"].endswith("the talks with the union had failed")
    assert indirect[0]["speaker"]["text"] == "Officials in the capital"
    assert indirect[0]["rule"].startswith("model-")


def test_the_component_with_the_model_keeps_direct_quotes(model_quotes_of):
    quotes = model_quotes_of("“We will rebuild the bridge by spring,” Mayor Ellen Park said.")
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["speaker"]["text"] == "Mayor Ellen Park"


def test_according_to_with_the_model(model_quotes_of):
    quotes = model_quotes_of("The reservoir is at its lowest level in forty years, according to the water board.")
    assert any(q["speaker"] and q["speaker"]["text"] == "the water board" for q in quotes)


def test_the_default_pipeline_uses_the_rules_and_the_switch_turns_the_model_on(nlp):
    assert nlp.get_pipe("dateline_quotes").model is None
    from dateline.quotes.component import make_quote_finder

    assert make_quote_finder(nlp, "quotes", use_model=True).model is load_model()
