"""PLOVER contexts (what a text is about) from the keyword lists in `plover_contexts.tsv`.

Keywords are lemmas or lemma sequences. Single words are looked up in one vectorised pass over the
Doc's lemma and lower-case arrays; phrases go through a `PhraseMatcher`. An event takes the contexts
whose keywords occur in its sentence.

>>> # sentence "accusing Moscow of hacking into the energy grid" -> ["cyber"]
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .lexicon import load_ontology


@dataclass
class ContextIndex:
    words: dict[int, list[str]]  # string hash of a keyword -> contexts
    phrases: PhraseMatcher


_INDEXES: dict[int, tuple[object, ContextIndex]] = {}


def context_index(vocab) -> ContextIndex:
    """The keyword index for a vocab, built once."""
    cached = _INDEXES.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        words: dict[int, list[str]] = {}
        phrases = PhraseMatcher(vocab, attr="LOWER")
        for context in load_ontology().contexts.values():
            for keyword in context.keywords:
                if not keyword:
                    continue
                if " " in keyword:
                    phrases.add(context.name, [Doc(vocab, words=keyword.split())])
                else:
                    words.setdefault(vocab.strings.add(keyword), []).append(context.name)
        cached = (vocab, ContextIndex(words, phrases))
        _INDEXES[id(vocab)] = cached
    return cached[1]


def context_hits(doc: Doc) -> list[tuple[int, str]]:
    """(token index, context name) of every keyword in the Doc, in token order."""
    if not len(doc):
        return []
    index = context_index(doc.vocab)
    array = doc.to_array([LEMMA, LOWER])
    hits: list[tuple[int, str]] = []
    words = index.words
    for column in (0, 1):  # a dict lookup per hash: numpy.isin costs more on arrays this small
        for i, value in enumerate(array[:, column].tolist()):
            if value in words:
                hits.extend((i, name) for name in words[value])
    strings = doc.vocab.strings
    hits.extend((start, strings[match_id]) for match_id, start, _ in index.phrases(doc))
    return sorted(set(hits))


def contexts_by_sentence(hits: list[tuple[int, str]], starts: list[int]) -> dict[int, list[str]]:
    """Sentence number -> the contexts whose keywords fall in it, in first-hit order (`starts`: the
    sentences' first token indices, ascending)."""
    from bisect import bisect_right

    grouped: dict[int, dict[str, None]] = {}
    for i, name in hits:
        grouped.setdefault(bisect_right(starts, i) - 1, {})[name] = None
    return {number: list(names) for number, names in grouped.items()}
