"""The fast paths of mention finding give exactly the answers of the spaCy calls they replace."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.attrs import ORTH
from spacy.util import filter_spans

from dateline.actors.kb import KnowledgeBase
from dateline.actors.mentions import Mention, _longest, _noun_chunks, _not_inside, _token_indexes, find_mentions

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def docs(nlp):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate

    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [article.text for article in generate(40, seed=11)]
    ours = [name for name in nlp.pipe_names if name.startswith("dateline_")]
    with nlp.select_pipes(disable=ours):
        return list(nlp.pipe(texts))


def test_noun_chunks_as_spacy_finds_them(docs):
    for doc in docs:
        assert _noun_chunks(doc) == [(chunk.start, chunk.end) for chunk in doc.noun_chunks]


def test_longest_as_filter_spans(docs):
    for doc in docs:
        # Overlapping candidates of every length: each entity, and each with its neighbours.
        candidates = [Mention(doc[max(e.start - k, 0) : min(e.end + k, len(doc))], "entity") for e in doc.ents
                      for k in (0, 1, 2)]
        expected = [(s.start, s.end) for s in filter_spans([m.span for m in candidates])]
        assert [(m.span.start, m.span.end) for m in _longest(candidates)] == expected


def test_not_inside_as_a_scan_of_the_containers(docs):
    for doc in docs:
        mentions = find_mentions(doc, KnowledgeBase.load())
        containers = [Mention(chunk, "role") for chunk in doc.noun_chunks][::3]
        expected = [m for m in mentions if not any(c.span.start <= m.span.start and m.span.end <= c.span.end
                                                   for c in containers)]
        assert _not_inside(mentions, containers) == expected
    assert _not_inside(mentions, []) == mentions


def test_token_indexes(docs):
    doc = docs[0]
    wanted = {doc.vocab.strings["the"], doc.vocab.strings["said"]}
    assert _token_indexes(doc, ORTH, wanted) == [t.i for t in doc if t.orth in wanted]
    assert _token_indexes(doc, ORTH, set()) == []
