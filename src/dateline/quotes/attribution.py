"""The working record of one attribution while the stage assembles it, and its final dict."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_QUOTE, IS_SPACE, LENGTH, ORTH
from spacy.tokens import Doc, Span

from .speakers import ActorIndex, speaker_record

KINDS = ("direct", "partial", "indirect", "mixed")
DASHES = ("--", "—", "–")


@dataclass
class Attribution:
    """What was said (character segments), how it was introduced, and by whom.

    >>> Attribution(segments=[(0, 5)], kind="indirect", rule="verb-clause").start
    0
    """

    segments: list[tuple[int, int]]
    kind: str
    rule: str
    cue: Span | None = None
    speaker: Span | None = None
    continues: int | None = None  # index (in the final sorted list) filled in at the end
    continues_record: Attribution | None = field(default=None, repr=False)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def to_record(self, doc: Doc, text: str, actors: ActorIndex | None = None) -> dict:
        """The record's dict; `text` is doc.text, passed in because spaCy rebuilds it on each
        access, and `actors` the doc's ActorIndex, built once for all its records."""
        cue = None
        if self.cue is not None:
            cue = {
                "start": self.cue.start_char,
                "end": self.cue.end_char,
                "text": self.cue.text,
                "lemma": " ".join(token.lemma_.lower() for token in self.cue),
            }
        return {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "segments": [[start, end] for start, end in self.segments],
            "kind": self.kind,
            "cue": cue,
            "speaker": speaker_record(doc, self.speaker, actors) if self.speaker is not None else None,
            "rule": self.rule,
            "continues": self.continues,
        }


def token_segments(doc: Doc, indices: set[int], table: TokenTable | None = None) -> list[tuple[int, int]]:
    """Character segments covering the given tokens: runs of consecutive tokens, each trimmed of
    punctuation at its edges (quotation marks excepted: a quoted ending belongs to the quote).
    `table`, the doc's TokenTable, saves reading Token objects when there are many calls.

    >>> # tokens 0-2 and 5-6 of "The plan, he said, is bad." -> [(0, 8), (19, 25)]
    """
    trim = table.trimmed if table is not None else (lambda start, end: _trimmed(doc, start, end))
    segments: list[tuple[int, int]] = []
    run: list[int] = []
    for index in sorted(indices) + [None]:
        if run and (index is None or index != run[-1] + 1):
            segment = trim(run[0], run[-1] + 1)
            if segment:
                segments.append(segment)
            run = []
        if index is not None:
            run.append(index)
    return segments


class TokenTable:
    """Per-doc arrays for `token_segments`: each token's characters and whether it is edge punctuation."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        flags = doc.to_array([IS_SPACE, IS_PUNCT, IS_QUOTE, IDX, LENGTH]).astype("int64")
        dashes = np.isin(doc.to_array([ORTH]).ravel(), np.array([strings[d] for d in DASHES], dtype=np.uint64))
        self.edge = ((flags[:, 0] == 1) | ((flags[:, 1] == 1) & (flags[:, 2] == 0)) | dashes).tolist()
        self.mark = (flags[:, 2] == 1).tolist()
        self.start = flags[:, 3].tolist()
        self.end = (flags[:, 3] + flags[:, 4]).tolist()
        # A mark with a space before it and a word right after it opens a quotation; spaCy's
        # sentence splitter often leaves it at the end of the sentence before ("... distance.
        # ''This was ..."), where it is no part of that sentence's content.
        starts, ends = flags[:, 3], flags[:, 3] + flags[:, 4]
        spaced_before = np.ones(len(flags), dtype=bool)
        spaced_before[1:] = ends[:-1] < starts[1:]
        word_after = np.zeros(len(flags), dtype=bool)
        word_after[:-1] = (ends[:-1] == starts[1:]) & (flags[1:, 1] == 0)
        self.opening = ((flags[:, 2] == 1) & spaced_before & word_after).tolist()

    def trimmed(self, start: int, end: int) -> tuple[int, int] | None:
        edge, opening = self.edge, self.opening
        while start < end and edge[start]:
            start += 1
        while end > start and (edge[end - 1] or opening[end - 1]):
            end -= 1
        if start >= end or all(self.mark[start:end]):
            return None  # nothing, or only a quotation mark left behind by a cut
        return self.start[start], self.end[end - 1]


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and _edge_punct(doc[start]):
        start += 1
    while end > start and (_edge_punct(doc[end - 1]) or _opening_mark(doc[end - 1])):
        end -= 1
    if start >= end or all(doc[i].is_quote for i in range(start, end)):
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _edge_punct(token) -> bool:
    return token.is_space or (token.is_punct and not token.is_quote) or token.text in DASHES


def _opening_mark(token) -> bool:
    """A quotation mark with a space before it and a word right after it (TokenTable.opening)."""
    doc = token.doc
    if not token.is_quote or token.i + 1 >= len(doc) or token.whitespace_ or doc[token.i + 1].is_punct:
        return False
    return token.i == 0 or bool(doc[token.i - 1].whitespace_)
