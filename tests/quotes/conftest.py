"""The spaCy model with the quotes stage, loaded once for all quote tests."""

from __future__ import annotations

import pytest
import spacy

import dateline.extensions  # noqa: F401  (registers the Doc._ attributes)
import dateline.quotes  # noqa: F401  (registers the dateline_quotes factory)
from dateline.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp():
    pipeline = spacy.load(DEFAULT_MODEL)
    pipeline.add_pipe("dateline_quotes")
    return pipeline


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """The quote records of a text."""

    def run(text: str) -> list[dict]:
        return nlp(text)._.quotes

    return run
