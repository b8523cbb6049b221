"""The spaCy model and the compiled trigger matcher, built once for all event tests."""

from __future__ import annotations

import pytest
import spacy

from dateline.events.lexicon import build_trigger_matcher
from dateline.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp():
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def triggers_in(nlp):
    """(event, mode, cameo, trigger pattern) of every trigger the matcher finds in a text."""
    matcher, _ = build_trigger_matcher(nlp.vocab)

    def run(text: str) -> list[tuple[str, str, str, str]]:
        doc = nlp(text)
        return [(m.entry.event, m.entry.mode, m.entry.cameo, m.entry.pattern) for m in matcher(doc)]

    return run
