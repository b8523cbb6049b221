"""The reference analysis of /work/shared/examples/000_558508e157a92aa0.txt: every quote it lists
is found, with its kind and speaker (skipped when the shared examples are absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline.quotes.speakers import relative_antecedent

EXAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
ARTICLE = EXAMPLES / "000_558508e157a92aa0.txt"
REFERENCE = EXAMPLES / "000_558508e157a92aa0.expected.json"
HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*")
QUOTE_MARKS = "“”\"'‘’"


def normalised(text: str) -> str:
    return text.strip().strip(QUOTE_MARKS).strip().rstrip(",").strip()


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def speaker_matches(doc, quote: dict, expected: str) -> bool:
    """The predicted mention names the expected speaker ("Trump" for "Donald Trump"); a relative
    pronoun ("who") is judged by the noun phrase it stands for."""
    speaker = quote["speaker"]
    if speaker is None:
        return False
    if words(speaker["text"]) & words(expected):
        return True
    span = doc.char_span(speaker["start"], speaker["end"])
    antecedent = relative_antecedent(span[0]) if span is not None and len(span) == 1 else None
    return antecedent is not None and bool(words(" ".join(t.text for t in antecedent.subtree)) & words(expected))


def reference_cases():
    if not REFERENCE.exists():
        return []
    return json.loads(REFERENCE.read_text(encoding="utf-8"))["quotes"]


@pytest.fixture(scope="module")
def analysed(nlp):
    if not ARTICLE.exists():
        pytest.skip(f"{ARTICLE} is absent")
    text = HEADER.sub("", ARTICLE.read_text(encoding="utf-8"), count=1)
    return nlp(text)


@pytest.mark.parametrize("expected", reference_cases(), ids=lambda e: e["quote"][:30])
def test_reference_quote_is_found_with_its_speaker(analysed, expected):
    doc = analysed
    target = normalised(expected["quote"])
    found = [q for q in doc._.quotes if normalised(q["text"]) == target and q["kind"] == expected["kind"]]
    assert found, f"no {expected['kind']} quote {target!r}; got {[(q['kind'], q['text']) for q in doc._.quotes]}"
    assert any(speaker_matches(doc, q, expected["speaker"]) for q in found), [q["speaker"] for q in found]
    if expected.get("cue"):
        assert any(q["cue"] and q["cue"]["text"] == expected["cue"] for q in found)


def test_reference_is_present_or_skipped():
    if not REFERENCE.exists():
        pytest.skip("the shared examples are absent")
    assert len(reference_cases()) >= 10
