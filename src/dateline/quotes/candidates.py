"""Candidate attributions from the dependency parse, each with the cheap features the quote model scores.

A candidate is a (cue, content, source) triple read off one construction; generation aims at
recall and leaves precision to the model (`model.py`). Frames, with the content each takes:

- `ccomp`: a verb's clausal complement ("said [the talks failed]");
- `xcomp`: a verb's to-clause, with an object before it ("urged [them to resign]");
- `dobj`: a verb's direct object, with its predicate ("denied [the report]");
- `prep:WORD`: the object of a verb's preposition ("accused Moscow of [hacking]");
- `parataxis`: the clause around an inserted cue ("[The plan], he said, [is bad]");
- `according`: the clause around "according to X", X being the source;
- `noun-that` / `noun-prep:WORD`: a noun's that-clause or prepositional object
  ("his claim [that the vote was rigged]", "her criticism of [the deal]");
- `adj-ccomp` / `adj-prep:WORD`: the same after an adjective ("is confident [that ...]");
- `sentence`: for a cue after its clause, the whole sentence but the cue and its speaker
  ("[The argument would be aided], Devine said, [by the calendar]");
- `source:WORD`: the clause around a fronted "To X," / "For X," / "In X's view" / "per X";
- `colon`: the rest of the sentence after a short lead and a colon ("Carl Bialik: ...").

>>> # [c.frame for c in candidates(nlp("Officials said the talks failed."), load_cues())] -> ['ccomp']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import HEAD, IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from .attribution import TokenTable, token_segments
from .cues import CueLexicon
from .reported import without_conjoined_cues
from .speakers import mention_span, own_subject, speaker_token
from .tails import SentenceTails

PREPOSITIONS = frozenset({"about", "on", "of", "over", "for", "against", "as", "to", "with", "at", "in", "into", "from", "toward", "towards"})
CANDIDATE_POS = frozenset({VERB, AUX, NOUN, ADJ})
CANDIDATE_POS_IDS = sorted(CANDIDATE_POS)
EMPTY_CONTENT = frozenset({"so", "it", "this", "that", "these", "those", "something", "nothing", "anything", "what", "which", "who"})
PRONOUNS = frozenset({"PRON"})
# "To Sexton, Tuesday marked a turning point", "per CTV News", "In his view, ...": a phrase naming
# whose view the clause around it is.
SOURCE_PREPOSITIONS = frozenset({"according", "to", "for", "per", "in"})
MARKS = frozenset({"that", "whether", "if", "how", "why", "what", "when", "where", "who"})


@dataclass
class Candidate:
    """One possible attribution: its cue tokens, content token indices, speaker and features."""

    cue: Span
    frame: str
    content: set[int]
    speaker: Span | None
    speaker_how: str
    segments: list[tuple[int, int]] = field(default_factory=list)
    features: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def candidates(doc: Doc, lexicon: CueLexicon, quoted_chars: frozenset[int] | set[int] = frozenset(), rules: list | None = None, cue_frames: dict[str, frozenset[str]] | None = None) -> list[Candidate]:
    """Every candidate attribution in a parsed Doc, with its features filled in.

    `rules`, when given, are the cue rules' attributions (`reported.reported_speech`): whether a
    candidate is one of them is then a feature. The packaged model does without them: running
    the rules as well cost about a sixth of the stage for ~0.003 end-to-end F1. `cue_frames`
    (lemma -> frames, from the model) limits verb, noun and adjective cues to the frames in which
    the word introduced attributions in training; without it every one is a candidate.
    """
    found: list[Candidate] = []
    strings = doc.vocab.strings
    # Integer attributes first: only the few tokens that can be cues are made into Token objects.
    source_ids = {strings[word] for word in SOURCE_PREPOSITIONS}
    colon_id = strings[":"]
    attributes = doc.to_array([POS, LOWER, LEMMA])
    pos_ids, lower_ids = attributes[:, 0], attributes[:, 1]
    maybe = lower_ids == colon_id
    for pos_id in CANDIDATE_POS_IDS:
        maybe |= pos_ids == pos_id
    for source_id in source_ids:
        maybe |= lower_ids == source_id
    tails = SentenceTails(doc, lexicon)
    indices = np.flatnonzero(maybe)
    for i, (pos, lower, lemma) in zip(indices.tolist(), attributes[indices].tolist()):
        if lower == colon_id:
            found.extend(_colon(doc[i]))
            continue
        if pos not in CANDIDATE_POS and lower not in source_ids:
            continue
        frames = None
        if cue_frames is not None and lower not in source_ids:
            frames = cue_frames.get(strings[lemma])
            if frames is None:
                continue
        token = doc[i]
        if token.lower_ in SOURCE_PREPOSITIONS:
            if token.lower_ == "according":
                if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                    found.extend(_according(token))
            elif token.dep_ == "prep":
                found.extend(_source_preposition(token))
            continue
        if token.pos in (VERB, AUX):
            found.extend(_verb_candidates(token, frames, lexicon, tails))
        elif token.pos == NOUN:
            found.extend(_noun_candidates(token, frames))
        else:
            found.extend(_adjective_candidates(token, frames))
    table = doc.to_array([IS_PUNCT, IS_SPACE, HEAD, SENT_START]).astype("int64")  # HEAD is a signed offset
    wordy = ((table[:, 0] == 0) & (table[:, 1] == 0)).tolist()
    kept = []
    segments_table = TokenTable(doc)
    for candidate in found:
        candidate.content.difference_update(range(candidate.cue.start, candidate.cue.end))
        if candidate.speaker is not None:
            candidate.content.difference_update(range(candidate.speaker.start, candidate.speaker.end))
        if not _meaningful(doc, candidate.content, wordy):
            continue
        candidate.segments = token_segments(doc, candidate.content, segments_table)
        if candidate.segments:
            kept.append(candidate)
    _add_features(doc, kept, lexicon, quoted_chars, rules, table, wordy)
    return kept


def _subtree(token: Token) -> set[int]:
    return set(range(token.left_edge.i, token.right_edge.i + 1))


def _prep_object(preposition: Token) -> Token | None:
    for child in preposition.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return child
    return None


def _speaker(cue: Token, content: set[int], found: tuple[Token | None, str] | None = None) -> tuple[Span | None, str]:
    """The speaker mention of a verb-like cue and how it was found; `found` is the cue's
    `_speaker_head`, when the caller has it already (a cue with several frames)."""
    head, how = found if found is not None else _speaker_head(cue)
    if head is None:
        return None, how
    if head.i in content and head.head.i != cue.i:
        return None, "inside"
    # A subject of the cue's own is never part of its content, even when it sits inside the
    # content's stretch of text: "[which] officials said [will take effect]".
    avoid = (min(content), max(content) + 1) if content else None
    return mention_span(head, avoid=avoid), how


def _speaker_head(cue: Token) -> tuple[Token | None, str]:
    """The head token of a verb-like cue's speaker, and how it was found."""
    head = own_subject(cue)
    if head is not None and head.dep_ == "nsubj":
        return head, "nsubj"
    head = speaker_token(cue)
    if head is not None:
        return head, "agent" if head.dep_ == "pobj" and head.head.dep_ == "agent" else ("acl" if cue.dep_ == "acl" else "climb")
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return None, "passive"
    return None, "none"


VERB_FRAMES = {"ccomp": "ccomp", "xcomp": "xcomp", "dobj": "dobj"}


def _verb_candidates(verb: Token, frames: frozenset[str] | None = None, lexicon: CueLexicon | None = None, tails: SentenceTails | None = None) -> list[Candidate]:
    doc = verb.doc
    out: list[Candidate] = []
    children = list(verb.children)
    objects = [c for c in children if c.dep_ in {"dobj", "dative"}]
    has_ccomp = False
    cue = doc[verb.i : verb.i + 1]
    found = None  # the speaker's head, looked up once for all the verb's frames
    for child in children:
        dep = child.dep_
        content: set[int] | None = None
        if dep == "oprd" and not any(c.dep_ == "dobj" for c in objects):
            dep = "dobj"  # "called the call “protocol”" parsed with the whole object as oprd
        frame = VERB_FRAMES.get(dep) or ("prep:" + child.lower_ if dep == "prep" else "")
        if dep == "ccomp":
            has_ccomp = True
        if frames is not None and frame not in frames:
            continue
        if dep == "ccomp":
            content = _subtree(child)
        elif dep == "xcomp":
            content = _subtree(child)
            for obj in objects:
                if obj.dep_ == "dobj" and obj.i < child.i:
                    content |= _subtree(obj)
        elif dep == "dobj":
            content = _subtree(child)
            for other in children:
                if other.dep_ == "oprd":
                    content |= _subtree(other)
        elif dep == "prep" and child.lower_ in PREPOSITIONS:
            target = _prep_object(child)
            if target is not None:
                content = _subtree(target)
        if content:
            if dep == "ccomp" and tails is not None:
                content = tails.without_conjoined_cues(content, doc)
            elif dep == "ccomp" and lexicon is not None:
                content = without_conjoined_cues(content, doc, lexicon)
            if tails is not None:
                content = tails.extend(content, verb.i)
            if found is None:
                found = _speaker_head(verb)
            speaker, how = _speaker(verb, content, found)
            out.append(Candidate(cue, frame, content, speaker, how))
    for child in children:
        if frames is not None and "sentence" not in frames:
            break
        if child.dep_ == "ccomp" and child.i < verb.i:
            # "The argument would be aided, Devine said, by the calendar": the clause may go on
            # after the cue; the sentence without the cue's own phrase is the other reading.
            sentence = verb.sent
            content = set(range(sentence.start, sentence.end)) - {verb.i}
            for other in children:
                # "..., said Nauert, and called the call “protocol”": a clause coordinated with
                # the cue is another attribution, not part of this one's content.
                if other.dep_ == "conj" and other.i > verb.i:
                    content -= _subtree(other)
                elif other.dep_ == "cc" and other.i > verb.i:
                    content.discard(other.i)
            if content != _subtree(child) and not (child.left_edge.is_quote or (child.left_edge.i > 0 and doc[child.left_edge.i - 1].is_quote)):
                # ("“We won,” she said in a statement": the quotation is the direct quote.)
                speaker, how = _speaker(verb, _subtree(child), found)
                out.append(Candidate(cue, "sentence", content, speaker, how))
            break
    if not has_ccomp and verb.dep_ == "parataxis" and verb.head is not verb and (frames is None or "parataxis" in frames):
        head = verb.head
        content = _subtree(head) - _subtree(verb)
        speaker, how = _speaker(verb, content, found)
        out.append(Candidate(cue, "parataxis", content, speaker, how))
    return out


def _noun_candidates(noun: Token, frames: frozenset[str] | None = None) -> list[Candidate]:
    doc = noun.doc
    out = []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    for child in noun.children:
        content, frame = None, ""
        if child.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            content, frame = _subtree(child), "noun-that"
        elif child.dep_ == "prep" and child.lower_ in PREPOSITIONS:
            target = _prep_object(child)
            if target is not None:
                content, frame = _subtree(target), "noun-prep:" + child.lower_
        if not content or (frames is not None and frame not in frames):
            continue
        speaker, how = None, "none"
        if owner is not None and owner.i not in content:
            speaker, how = mention_span(owner, avoid=(min(content), max(content) + 1)), "poss"
        elif noun.dep_ in {"dobj", "pobj"}:
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if verb.pos in (VERB, AUX):
                speaker, how = _speaker(verb, content)
                how = "noun-" + how
        out.append(Candidate(doc[noun.i : noun.i + 1], frame, content, speaker, how))
    return out


def _adjective_candidates(adjective: Token, frames: frozenset[str] | None = None) -> list[Candidate]:
    doc = adjective.doc
    out = []
    for child in adjective.children:
        content, frame = None, ""
        if child.dep_ in {"ccomp", "xcomp"}:
            content, frame = _subtree(child), "adj-" + child.dep_
        elif child.dep_ == "prep" and child.lower_ in PREPOSITIONS:
            target = _prep_object(child)
            if target is not None:
                content, frame = _subtree(target), "adj-prep:" + child.lower_
        if not content or (frames is not None and frame not in frames):
            continue
        speaker, how = (None, "none")
        if adjective.dep_ == "acomp" and adjective.head.i != adjective.i:
            speaker, how = _speaker(adjective.head, content)
        out.append(Candidate(doc[adjective.i : adjective.i + 1], frame, content, speaker, how))
    return out


def _according(according: Token) -> list[Candidate]:
    doc = according.doc
    source = _prep_object(doc[according.i + 1])
    if source is None:
        return []
    head = according.head
    while head.dep_ not in {"ROOT", "ccomp", "conj", "relcl", "advcl"} and head.head.i != head.i:
        head = head.head
    if head.i == according.i:
        return []
    content = _subtree(head) - _subtree(according)
    return [Candidate(doc[according.i : according.i + 2], "according", content, mention_span(source), "according")]


def _source_preposition(preposition: Token) -> list[Candidate]:
    """"To Sexton, ...", "per CTV News": a preposition naming a source, on a clause's verb."""
    doc = preposition.doc
    head = preposition.head
    source = _prep_object(preposition)
    if source is None or head.pos not in (VERB, AUX) or head.dep_ not in {"ROOT", "ccomp"}:
        return []
    if preposition.lower_ in {"to", "for"} and not (preposition.i < head.i and source.right_edge.i + 1 < len(doc) and doc[source.right_edge.i + 1].text == ","):
        return []  # only the fronted "To X, ..." reads as a point of view
    if preposition.lower_ == "in" and not any(c.dep_ == "poss" for c in source.children):
        return []  # "In his view", "in Trump's words"
    content = _subtree(head) - _subtree(preposition)
    return [Candidate(doc[preposition.i : preposition.i + 1], "source:" + preposition.lower_, content, mention_span(source), "source")]


MAX_COLON_LEAD = 8  # words before the colon: "Clinton Cash Debunks Hillary: ...", "Carl Bialik: ..."


def _colon(colon: Token) -> list[Candidate]:
    """"Carl Bialik: “One of the biggest lessons ...”": a short lead naming a source, then a colon.

    The lead runs from the start of the sentence (or line) to the colon; the content from the
    colon to the end of the sentence. The speaker is the lead's subject, or the whole lead.
    """
    doc = colon.doc
    sentence = colon.sent
    start = sentence.start
    for i in range(colon.i - 1, sentence.start - 1, -1):
        if "\n" in doc[i].text_with_ws and i < colon.i - 1:
            start = i + 1
            break
    lead = doc[start : colon.i]
    words = [t for t in lead if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_COLON_LEAD or colon.i + 1 >= sentence.end or doc[colon.i + 1].is_quote:
        return []  # a quotation after the colon is the direct-quote rules' ("responded: “…”")
    content = set(range(colon.i + 1, sentence.end))
    subject = next((t for t in lead if t.dep_ == "nsubj" and t.head.i < colon.i and t.head.i >= start), None)
    if subject is not None:
        speaker, how = mention_span(subject, avoid=(colon.i, sentence.end)), "colon-subject"
    else:
        head = next((t for t in lead if not (lead.start <= t.head.i < lead.end) or t.head.i == t.i), words[-1])
        if head.pos_ in {"VERB", "AUX"}:
            return []
        speaker, how = doc[words[0].i : words[-1].i + 1], "colon-lead"
    return [Candidate(doc[colon.i : colon.i + 1], "colon", content, speaker, how)]


def _meaningful(doc: Doc, indices: set[int], wordy: list[bool]) -> bool:
    words = [i for i in indices if wordy[i]]
    return bool(words) and not (len(words) == 1 and doc[words[0]].lower_ in EMPTY_CONTENT)


def _bucket(n: int) -> str:
    if n <= 1:
        return "1"
    if n <= 2:
        return "2"
    if n <= 4:
        return "3-4"
    if n <= 8:
        return "5-8"
    if n <= 16:
        return "9-16"
    if n <= 32:
        return "17-32"
    return "33+"


def _speaker_kind(speaker: Span | None) -> str:
    if speaker is None:
        return "none"
    root = speaker.root
    if root.pos_ == "PRON":
        return "pron:" + root.lower_ if root.lower_ in {"i", "we", "you", "it", "they", "who", "which", "that"} else "pron"
    if root.ent_type_:
        return "ent:" + root.ent_type_
    return root.pos_.lower()


def _add_features(doc: Doc, found: list[Candidate], lexicon: CueLexicon, quoted_chars, rules: list | None, table: np.ndarray, wordy: list[bool]) -> None:
    # Per-doc tables (`table`: punct, space, head offset, sentence start of each token) first:
    # going back to the Doc for every token of every candidate is what would cost time.
    heads = (np.arange(len(table)) + table[:, 2]).tolist()
    sentence_starts = np.flatnonzero(table[1:, 3] == 1)
    first_sentence_end = int(sentence_starts[0]) + 1 if len(sentence_starts) else len(doc)
    text_length = (doc[-1].idx + len(doc[-1].text_with_ws)) if quoted_chars and len(doc) else 0
    quoted_before = None
    if quoted_chars:
        marks = np.zeros(text_length + 1, dtype=np.int64)
        positions = np.fromiter(quoted_chars, dtype=np.int64, count=len(quoted_chars))
        marks[1:][positions[positions < text_length]] = 1
        quoted_before = np.cumsum(marks).tolist()  # quoted_before[p]: quoted characters before p
    starts = sorted(c.start for c in found)
    ends = sorted(c.end for c in found)
    spans = Counter((c.start, c.end) for c in found)
    cue_positions = sorted(c.cue[0].idx for c in found)
    rule_by_cue = {}
    for attribution in rules or ():
        if attribution.cue is not None:
            rule_by_cue[attribution.cue.start] = attribution
    cue_strings: dict[int, tuple] = {}  # per cue token: what its candidates' features read of it
    speaker_kinds: dict[tuple[int, int], tuple[str, tuple[str, ...]]] = {}
    for candidate in found:
        cue_index = candidate.cue.start
        strings = cue_strings.get(cue_index)
        if strings is None:
            cue = candidate.cue[0]
            strings = cue_strings[cue_index] = (cue.lemma_.lower(), cue.pos in (VERB, AUX), cue.pos_, cue.tag_, cue.dep_, cue.idx, {c.dep_ for c in cue.children})
        cue_lemma, verbal, cue_pos, cue_tag, cue_dep, cue_idx, cue_deps = strings
        frame = candidate.frame
        family = frame.split(":")[0]
        lemma = "according to" if frame == "according" else cue_lemma
        entry = lexicon.verbs.get(lemma) if verbal else lexicon.nouns.get(lemma)
        allowed = "no-entry"
        if frame == "according":
            allowed = "yes"
        elif entry is not None:
            frames = entry.frames
            need = {"ccomp": "clause", "xcomp": "infinitive", "dobj": "object", "parataxis": "clause", "sentence": "clause", "noun-that": "clause"}.get(frame)
            if need is not None:
                allowed = "yes" if need in frames or (need in {"clause", "infinitive"} and "object" in frames and frame != "parataxis") else "no"
            elif frame.startswith(("prep:", "noun-prep:")):
                allowed = "yes" if "prep:" + frame.split(":")[1] in frames else "no"
            else:
                allowed = "no"
        content = candidate.content
        length = _bucket(sum(1 for i in content if wordy[i]))
        first = doc[min(content)]
        content_head = _content_head(doc, content, heads)
        mark = first.lower_ if first.lower_ in MARKS or first.lower_ == "to" else "-"
        speaker = candidate.speaker
        if speaker is None:
            speaker_kind, speaker_extra = "none", ()
        else:
            known = speaker_kinds.get((speaker.start, speaker.end))
            if known is None:
                # Several candidates share a speaker; Span.text and Span.root read every token.
                speaker_text = speaker.text
                extra = ["spklen=" + _bucket(len(speaker))]
                if "\n" in speaker_text or "(" in speaker_text:
                    extra.append("spkodd")
                known = speaker_kinds[(speaker.start, speaker.end)] = (_speaker_kind(speaker), tuple(extra))
            speaker_kind, speaker_extra = known
        span_chars = sum(e - s for s, e in candidate.segments)
        quoted = sum(quoted_before[min(e, text_length)] - quoted_before[min(s, text_length)] for s, e in candidate.segments) if quoted_before else 0
        quoted_share = "none" if quoted == 0 else ("all" if quoted >= 0.9 * span_chars else "part")
        cue_quoted = cue_idx in quoted_chars
        negated = "neg" in cue_deps
        start, end, position_of_cue = candidate.start, candidate.end, cue_idx
        containing = bisect_right(starts, position_of_cue) - bisect_right(ends, position_of_cue)
        if start <= position_of_cue < end:
            containing -= spans[(start, end)]
        cue_in_other = containing > 0
        others_inside = bisect_left(cue_positions, end) - bisect_left(cue_positions, start) - (1 if start <= position_of_cue < end else 0)
        position = "first" if cue_index < first_sentence_end else "later"
        side = "after" if start > position_of_cue else "before"
        rule = rule_by_cue.get(candidate.cue.start)
        if rule is None:
            rule_match = "none"
        else:
            overlap = sum(max(0, min(e, re) - max(s, rs)) for s, e in candidate.segments for rs, re in rule.segments)
            rule_match = "same" if overlap >= 0.5 * max(span_chars, sum(e - s for s, e in rule.segments)) else "other"
        f = candidate.features
        f.append("bias")
        if rules is not None:
            f.append("rule=" + rule_match + "|" + family)
            f.append("lrule=" + lemma + "|" + rule_match)
        f.append("frame=" + frame)
        f.append("family=" + family)
        f.append("lemma=" + lemma)
        f.append("lf=" + lemma + "|" + frame)
        f.append("lfam=" + lemma + "|" + family)
        f.append("pos=" + cue_pos + "|" + family)
        f.append("tag=" + cue_tag + "|" + family)
        f.append("dep=" + cue_dep + "|" + family)
        f.append("lex=" + allowed + "|" + family)
        f.append("spk=" + speaker_kind)
        f.append("spkf=" + speaker_kind + "|" + family)
        f.append("spkhow=" + candidate.speaker_how + "|" + family)
        f.append("lspk=" + lemma + "|" + ("none" if candidate.speaker is None else "some"))
        f.append("len=" + length + "|" + family)
        f.append("chead=" + content_head.pos_ + "|" + family)
        f.append("cdep=" + content_head.dep_ + "|" + family)
        f.append("mark=" + mark + "|" + family)
        f.append("quoted=" + quoted_share + "|" + family)
        f.append("cueq=" + str(cue_quoted))
        f.append("neg=" + str(negated) + "|" + family)
        f.append("nested=" + str(cue_in_other) + "|" + family)
        f.append("inner=" + str(min(others_inside, 2)) + "|" + family)
        f.append("sent=" + position + "|" + family)
        f.append("side=" + side + "|" + family)
        f.append("lside=" + lemma + "|" + side)
        f.append("segs=" + str(min(len(candidate.segments), 3)) + "|" + family)
        passive = "nsubjpass" in cue_deps or "auxpass" in cue_deps
        f.append("lpass=" + lemma + "|" + str(passive))
        f.append("spklex=" + speaker_kind + "|" + allowed + "|" + family)
        f.append("spkheadlen=" + speaker_kind + "|" + length)
        f.append("ldep=" + lemma + "|" + cue_dep)
        f.append("lspkk=" + lemma + "|" + speaker_kind)
        f.append("lhow=" + lemma + "|" + candidate.speaker_how)
        f.append("lmark=" + lemma + "|" + mark)
        f.append("llen=" + lemma + "|" + length)
        f.extend(speaker_extra)


def _content_head(doc: Doc, content: set[int], heads: list[int]) -> Token:
    """The token of the content whose head lies outside it (the first such)."""
    for i in sorted(content):
        head = heads[i]
        if head not in content or head == i:
            return doc[i]
    return doc[min(content)]
