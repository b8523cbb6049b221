"""Where reported content ends: after its cue, it runs on to the end of its sentence.

"The mayor said [the bridge would reopen in May, but the repairs would cost more]": PolNeAR's
content spans run to the sentence end, while the parser often hangs what follows the first
clause on the cue or the root. The tail stops where another attribution begins (", the source
added", ", adding that ...") and at a line break. One `SentenceTails` is built per doc from
integer arrays, so extending each candidate reads no Token objects.

>>> # SentenceTails(doc, lexicon).extend({3, 4, 5}, cue_index=1) -> {3, ..., last word of the sentence}
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, POS, SENT_START
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from .cues import CueLexicon

SUBJECT_LABELS = ("nsubj", "nsubjpass")


class SentenceTails:
    """Per-doc tables for extending content to its sentence end."""

    def __init__(self, doc: Doc, lexicon: CueLexicon):
        # Whole-doc numpy tests: turning hash arrays into Python ints is itself what costs time.
        strings = doc.vocab.strings
        words = doc.to_array([POS, LEMMA, DEP])
        shape = doc.to_array([HEAD, SENT_START, IS_PUNCT, IS_SPACE]).astype("int64")  # HEAD: a signed offset
        n = len(words)
        verbs = np.isin(words[:, 0], [VERB, AUX])
        lemmas = np.unique(words[verbs, 1])
        known = [lemma for lemma in lemmas.tolist() if strings[lemma].lower() in lexicon.verbs]
        cue_verb = verbs & np.isin(words[:, 1], np.array(known, dtype=words.dtype))
        heads = np.arange(n) + shape[:, 0]
        subjects = np.isin(words[:, 2], np.array([strings[label] for label in SUBJECT_LABELS], dtype=words.dtype))
        self.cue_verb = cue_verb.tolist()
        # For a subject of a cue verb, that verb's index, else -1.
        self.subject_of_cue = np.where(subjects & cue_verb[heads], heads, -1).tolist()
        spaces = np.flatnonzero(shape[:, 3]).tolist()
        line_break = [False] * n
        for i in spaces:
            line_break[i] = "\n" in doc[i].text
        self.line_break = line_break
        self.coordinating = ((words[:, 2] == strings["cc"]) | (shape[:, 2] == 1)).tolist()
        starts = np.flatnonzero(shape[:, 1] == 1)
        # sentence_end[i]: the first token after the sentence of token i.
        boundaries = np.append(starts[starts > 0], n)
        self.sentence_end = boundaries[np.searchsorted(boundaries, np.arange(n), side="right")].tolist()

    def extend(self, indices: set[int], cue_index: int) -> set[int]:
        """`indices` with the rest of the sentence after them, when they follow the cue."""
        if not indices or min(indices) < cue_index:
            return indices
        last = max(indices)
        tail: list[int] = []
        stopped = False
        for i in range(last + 1, self.sentence_end[cue_index]):
            if self.cue_verb[i] or self.subject_of_cue[i] > last or self.line_break[i]:
                stopped = True
                break
            tail.append(i)
        if stopped:
            # "and" / "but" before another attribution coordinate the two, not the content.
            while tail and self.coordinating[tail[-1]]:
                tail.pop()
        return indices | set(tail) if tail else indices
