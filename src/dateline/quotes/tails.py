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
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .attribution import TokenTable
from .cues import CueLexicon

SUBJECT_LABELS = ("nsubj", "nsubjpass")
# A cue verb opens an attribution of its own when it has a subject or a clause (", the source
# added", "adding that ...") or other arguments after a comma or conjunction (", and called
# for talks"); without ("cost more than planned", "portrayed him as focused on the economy")
# it is a word of the content.
OWN_LABELS = ("nsubj", "nsubjpass", "ccomp")
OPENING_LABELS = ("xcomp", "dobj", "prep", "dative", "oprd", "agent")
# What belongs to an inserted cue's own phrase after it: "said [in a June report]".
CUE_PHRASE_LABELS = frozenset({"prep", "npadvmod", "advmod", "dative", "dobj", "agent", "aux", "neg", "prt"})
AUXILIARY_LABELS = ("aux", "auxpass", "neg", "advmod")
SETTING_OFF = frozenset({",", "—", "--", "–"})


_KNOWN: dict[int, tuple[CueLexicon, dict[int, bool]]] = {}


def _known_verb_lemmas(lexicon: CueLexicon) -> dict[int, bool]:
    """Lemma hash -> whether it is a cue verb, filled as docs are read and kept for the lexicon
    (there are few verb lemmas, and deciding one means reading its string)."""
    entry = _KNOWN.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = _KNOWN[id(lexicon)] = (lexicon, {})
    return entry[1]


PERSONAL_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _someone_acts(verb: Token) -> bool:
    """Whether the subject of the clause a participle hangs on is a person or body, who could be
    the one speaking on ("he didn't believe it, arguing ..."), and not a thing the participle
    goes on describing ("the numbers were dramatic, showing ...")."""
    return any(
        c.dep_ in SUBJECT_LABELS and (c.lower_ in PERSONAL_SUBJECTS or c.ent_type_ in AGENT_ENTITIES) for c in verb.children
    )


class SentenceTails:
    """Per-doc tables for extending content to its sentence end."""

    def __init__(self, doc: Doc, lexicon: CueLexicon):
        self.doc = doc
        self._table: TokenTable | None = None
        # Whole-doc numpy tests: turning hash arrays into Python ints is itself what costs time.
        strings = doc.vocab.strings
        words = doc.to_array([POS, LEMMA, DEP])
        shape = doc.to_array([HEAD, SENT_START, IS_PUNCT, IS_SPACE]).astype("int64")  # HEAD: a signed offset
        n = len(words)
        verb_rows = np.flatnonzero((words[:, 0] == VERB) | (words[:, 0] == AUX))
        known = _known_verb_lemmas(lexicon)
        cue_verb = np.zeros(n, dtype=bool)
        for i, lemma in zip(verb_rows.tolist(), words[verb_rows, 1].tolist()):
            is_cue = known.get(lemma)
            if is_cue is None:
                is_cue = known[lemma] = strings[lemma].lower() in lexicon.verbs
            cue_verb[i] = is_cue
        heads = np.arange(n) + shape[:, 0]
        subjects = np.zeros(n, dtype=bool)
        for label in SUBJECT_LABELS:
            subjects |= words[:, 2] == strings[label]
        own = np.zeros(n, dtype=bool)
        for label in OWN_LABELS:
            own[heads[words[:, 2] == strings[label]]] = True
        arguments = np.zeros(n, dtype=bool)
        for label in OPENING_LABELS:
            arguments[heads[words[:, 2] == strings[label]]] = True
        breaking = (words[:, 2] == strings["cc"]) | (shape[:, 2] == 1)
        auxiliary = np.zeros(n, dtype=bool)
        for label in AUXILIARY_LABELS:
            auxiliary |= words[:, 2] == strings[label]
        after_break = np.zeros(n, dtype=bool)
        for i in np.flatnonzero(cue_verb & arguments).tolist():
            j = i - 1
            while j >= 0 and auxiliary[j]:  # "and has called for": past the auxiliaries
                j -= 1
            after_break[i] = j >= 0 and bool(breaking[j])
        # A cue after a preposition ("right in saying generals were reduced to rubble") is a
        # phrase of the content around it, not the start of another attribution.
        opening = (own | (arguments & after_break)) & (words[:, 2] != strings["pcomp"])
        verbal_auxiliary = (words[:, 2] == strings["aux"]) | (words[:, 2] == strings["auxpass"])
        self.auxiliary = verbal_auxiliary.tolist()
        # "..., according to the filings": a source phrase begins an attribution of its own.
        lower = doc.to_array([LOWER])
        according = np.zeros(n, dtype=bool)
        if n > 1:
            according[:-1] = (lower[:-1] == strings["according"]) & (lower[1:] == strings["to"])
        self.cue_verb = ((cue_verb & opening) | according).tolist()
        # For a subject of a cue verb, that verb's index, else -1.
        self.subject_of_cue = np.where(subjects & cue_verb[heads], heads, -1).tolist()
        spaces = np.flatnonzero(shape[:, 3]).tolist()
        line_break = [False] * n
        for i in spaces:
            line_break[i] = "\n" in doc[i].text
        self.line_break = line_break
        # paragraph[i]: how many line breaks come before token i.
        self.paragraph = np.cumsum(np.array(line_break, dtype=np.int64)).tolist() if n else []
        self.coordinating = ((words[:, 2] == strings["cc"]) | (shape[:, 2] == 1)).tolist()
        # Cue verbs conjoined to another verb and with a clause of their own ("said [X] and
        # complained [Y]"): `without_conjoined_cues` looks only at these.
        ccomp_heads = heads[words[:, 2] == strings["ccomp"]]
        has_clause = np.zeros(n, dtype=bool)
        has_clause[ccomp_heads] = True
        has_subject = np.zeros(n, dtype=bool)
        has_subject[heads[subjects]] = True
        # (A conjoined cue with a subject of its own is a clause of the content: "says [she
        # hopes to win, but she knows that ...]".)
        conjoined = cue_verb & (words[:, 0] == VERB) & (words[:, 2] == strings["conj"]) & has_clause & ~has_subject
        self.conjoined_cues = np.flatnonzero(conjoined).tolist()
        # Cue verbs heading a relative clause with a subject of their own ("the wall, [which he
        # said Mexico would pay for]"): an attribution of their own, cut from a content around them.
        relative = cue_verb & (words[:, 0] == VERB) & (words[:, 2] == strings["relcl"]) & has_subject & has_clause
        # Only after a comma (a restrictive clause, "the plan that he said would fail", stays in
        # the content), and not with the relative pronoun as subject ("officials who said ...").
        # cue index -> the first token of the part cut from a content around it
        self.set_off_cues: dict[int, int] = {}
        for i in np.flatnonzero(relative).tolist():
            token = doc[i]
            if any(c.dep_ in SUBJECT_LABELS and c.tag_ in {"WP", "WDT"} for c in token.children):
                continue
            j = i - 1
            while j > token.head.i and j > i - 6 and doc[j].text != ",":
                j -= 1
            if j > token.head.i and doc[j].text == ",":
                self.set_off_cues[i] = j + 1
        # Participles with a clause of their own after a comma or dash ("insisted that [X],
        # claiming that Y", "told Newsmax that [X], adding, “Y”"): the parser hangs them on the
        # content's verb, but they report their own content. (With an object, "told MSNBC that
        # [he spoke with Comey, asking him questions]", annotators mostly keep them in.)
        adverbial = cue_verb & (words[:, 0] == VERB) & (words[:, 2] == strings["advcl"]) & ~has_subject & has_clause
        self.participles = set()
        for i in np.flatnonzero(adverbial).tolist():
            j = i - 1 if i > 1 and doc[i - 1].is_quote else i  # 'the party,” claiming'
            if doc[i].tag_ == "VBG" and j > 0 and doc[j - 1].text in SETTING_OFF and _someone_acts(doc[i].head):
                self.set_off_cues[i] = i
                self.participles.add(i)
        self.heads = heads.tolist()
        starts = np.flatnonzero(shape[:, 1] == 1)
        # sentence_end[i]: the first token after the sentence of token i.
        boundaries = np.append(starts[starts > 0], n)
        self.sentence_end = boundaries[np.searchsorted(boundaries, np.arange(n), side="right")].tolist()

    @property
    def table(self) -> TokenTable:
        """The doc's TokenTable for `token_segments`, built at the first use."""
        if self._table is None:
            self._table = TokenTable(self.doc)
        return self._table

    def extend(self, indices: set[int], cue_index: int, limit: int | None = None) -> set[int]:
        """`indices` with the rest of the sentence after them, when they follow the cue; `limit`,
        when given, is the first token the tail may not reach."""
        if not indices or min(indices) < cue_index:
            return indices
        last = max(indices)
        tail: list[int] = []
        stopped = False
        end = self.sentence_end[cue_index] if limit is None else min(limit, self.sentence_end[cue_index])
        for i in range(last + 1, end):
            if self.cue_verb[i] or self.subject_of_cue[i] > last or self.line_break[i]:
                stopped = True
                break
            tail.append(i)
        if stopped:
            # "and" / "but" before another attribution coordinate the two, not the content
            # (nor do its auxiliaries: "and has called for").
            while tail and (self.coordinating[tail[-1]] or self.auxiliary[tail[-1]]):
                tail.pop()
        return indices | set(tail) if tail else indices

    def after_inserted_cue(self, cue: Token) -> set[int]:
        """"[Lenox was a juggernaut], Mr. Clarke said, [until it went bankrupt]": a cue set off
        by commas inside its content reports the sentence on after its own phrase (its
        subject, and what modifies the saying: "in a June report", "on Tuesday")."""
        doc = cue.doc
        own = {cue.i}
        for child in cue.children:
            if child.dep_ in CUE_PHRASE_LABELS or child.dep_ in SUBJECT_LABELS:
                if child.i > cue.i or child.dep_ in SUBJECT_LABELS:
                    own.update(range(child.left_edge.i, child.right_edge.i + 1))
        first = min(own)
        if first == 0 or doc[first - 1].text != ",":
            return set()
        i = max(own) + 1
        end = self.sentence_end[cue.i]
        if i >= end or doc[i].text != ",":
            return set()
        i += 1
        tail: list[int] = []
        for j in range(i, end):
            if self.cue_verb[j] or self.line_break[j] or self.subject_of_cue[j] >= 0:
                break
            if doc[j].is_quote:
                return set()
            tail.append(j)
        while tail and self.coordinating[tail[-1]]:
            tail.pop()
        return set(tail) if sum(1 for j in tail if not self.coordinating[j]) >= 2 else set()

    def in_paragraph(self, indices: set[int], cue_index: int) -> set[int]:
        """`indices` without the tokens of other paragraphs than the cue's: the parser may run a
        clause on over a line break into the next paragraph (a dateline, a headline, the next
        quotation), and what an attribution reports stays in the paragraph of its cue."""
        paragraph = self.paragraph
        here = paragraph[cue_index]
        if all(paragraph[i] == here for i in (min(indices, default=cue_index), max(indices, default=cue_index))):
            return indices
        return {i for i in indices if paragraph[i] == here}

    def without_conjoined_cues(self, indices: set[int], doc: Doc) -> set[int]:
        """`reported.without_conjoined_cues`, reading only the doc's few conjoined cue verbs."""
        for i in self.conjoined_cues:
            if i in indices and self.heads[i] in indices:
                token = doc[i]
                cut = set(range(token.left_edge.i, token.right_edge.i + 1))
                cut.update(c.i for c in token.head.children if c.dep_ == "cc" and token.head.i < c.i < token.i)
                indices = indices - cut
        return indices

    def without_set_off_cues(self, indices: set[int], doc: Doc) -> set[int]:
        """`indices` without a cue's clause set off by a comma, a relative one ("the new bridge,
        [which he said the state should pay for]") or a participle ("[, claiming that ...]"):
        that clause reports on its own."""
        for i, start in self.set_off_cues.items():
            if i in indices and self.heads[i] in indices:
                indices = indices - set(range(start, doc[i].right_edge.i + 1))
        return indices
