"""Reported (indirect) speech: a cue from the lexicon and the dependents that carry the content.

"The Kremlin said [the talks were constructive]": the cue's clausal complement is the content.
"[The talks were constructive], according to [the Kremlin]": the clause around the source phrase.
"The plan, he said, is bad": a cue inserted in the clause (parataxis) reports the clause around
it, which comes out as two segments.
"The senator is confident [that the bill will pass]": an adjective cue speaks for the subject of
its copula (rule `reported-adjective`).
"Moreno: Voters Want Cleaner Rivers": a paragraph led by a name and a colon (a headline, a
transcript) is that source's words (rule `colon-lead`).
"[The group is reportedly spending $1 million on ads]": the clause "reportedly" modifies is
reported by no one named (rule `reported-adverb`); so is "[Trump is expected to speak tonight]",
an agentless passive cue with its clause (rule `reported-passive`).

>>> # for "Russia denies interference." -> one Attribution: cue "denies", content "interference"
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from .attribution import Attribution, token_segments
from .cues import Cue, CueLexicon, load_lead_labels
from .framing import is_cue_verb
from .speakers import governing_subject, mention_span, names_someone, speaker_token
from .tails import SentenceTails

CUE_POS = frozenset({"VERB", "AUX"})
CUE_POS_IDS = frozenset({VERB, AUX, NOUN, ADJ})
OBJECTS = frozenset({"dobj", "dative"})
# Content made only of these says nothing: "he said so", "she denied it".
ANSWERS = frozenset({"yes", "no"})
EMPTY_CONTENT = frozenset({"it", "this", "that", "these", "those", "something", "nothing", "anything"})


def reported_speech(doc: Doc, lexicon: CueLexicon) -> list[Attribution]:
    """Every cue in the doc with the content it introduces and its speaker."""
    found = []
    # Integer attributes first: most tokens are neither verbs nor nouns, and making Token
    # objects and reading their strings is what would cost time.
    strings = doc.vocab.strings
    according, to, colon, reportedly = strings["according"], strings["to"], strings[":"], strings["reportedly"]
    sources = {strings[word] for word in SOURCE_PREPOSITIONS}
    rows = doc.to_array([POS, LEMMA, LOWER]).tolist()
    lemmas: dict[int, str] = {}
    tails = None  # built at the first cue: most short texts have none
    for i, (pos, lemma_id, lower_id) in enumerate(rows):
        build = None
        if lower_id == colon:
            build = _colon_lead
        elif lower_id == reportedly:
            build = _reportedly
        elif lower_id in sources:
            build = lambda token, tails: _source_preposition(token, lexicon, tails)
        elif pos in CUE_POS_IDS or lower_id == according:
            lemma = lemmas.get(lemma_id)
            if lemma is None:
                lemma = lemmas[lemma_id] = strings[lemma_id].lower()
            build = _cue_builder(pos, lemma, lower_id == according and i + 1 < len(rows) and rows[i + 1][2] == to,
                                 lexicon)
        if build is None:
            continue
        if tails is None:
            tails = SentenceTails(doc, lexicon)
        attribution = build(doc[i], tails)
        if attribution is not None:
            found.append(attribution)
    return found


def _cue_builder(pos: int, lemma: str, according_to: bool, lexicon: CueLexicon):
    """How to read the attribution a verb, noun, adjective or "according to" cue introduces, or None."""
    if pos == ADJ and lemma in lexicon.adjectives:
        return lambda token, tails: _adjective_attribution(token, lexicon.adjectives[lemma], tails)
    if pos in (VERB, AUX) and lemma in lexicon.verbs:
        return lambda token, tails: _verb_attribution(token, lexicon.verbs[lemma], lexicon, tails)
    if according_to:
        return _according_to
    if pos == NOUN and lemma in lexicon.nouns:
        return lambda token, tails: _noun_attribution(token, lexicon.nouns[lemma], tails)
    return None


def _misread_complement(verb: Token, clause: Token, frames: frozenset[str]) -> bool:
    """An adverbial clause the parser made of the cue's complement: "said after the convention
    [he would not accept ...]" (a finite clause with its own subject and no conjunction), "tells
    his supporters at a rally [to “go vote”]" (a to-clause after the person told)."""
    children = list(clause.children)
    if any(c.dep_ == "mark" for c in children):
        return False
    if "clause" in frames and clause.tag_ not in {"VBG", "VBN"} and any(c.dep_ in SUBJECT_DEPS for c in children):
        return True
    return (
        "infinitive" in frames
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in {"dobj", "dative"} and c.i < clause.i for c in verb.children)
    )


def content_dependents(verb: Token, cue: Cue) -> list[Token]:
    """The dependents of `verb` that its cue's frames say carry the content: its clause, its
    to-clause, its object, the object of a content preposition ("accused X [of Y]")."""
    frames, prepositions = cue.frames, cue.prepositions
    parts: list[Token] = []
    for child in verb.children:
        dep = child.dep_
        if dep == "ccomp" and ("clause" in frames or "object" in frames):
            parts.append(child)
        elif dep == "xcomp" and ("infinitive" in frames or "object" in frames):
            parts.append(child)
        elif dep in {"dobj", "oprd"} and "object" in frames:
            parts.append(child)
        elif dep == "advcl" and child.i > verb.i and _misread_complement(verb, child, frames):
            parts.append(child)
        elif dep == "prep" and child.lower_ in prepositions:
            target = child if "object" in frames else _prep_object(child)
            if target is not None:
                parts.append(target)
    return parts


def _asks(verb: Token, clause: Token) -> bool:
    """Whether an adverbial clause is the question itself: "if"/"whether" right after the verb
    or its object ("asked [him] if ..."), not a condition ("may prove wrong if ...")."""
    mark = clause.left_edge
    if mark.dep_ != "mark" or mark.lower_ not in {"if", "whether"} or mark.i <= verb.i:
        return False
    return all(verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in {"dobj", "dative", "advmod"} for i in range(verb.i + 1, mark.i))


def content_tokens(verb: Token, cue: Cue) -> set[int]:
    """Indices of the tokens that carry what `verb` reports, following the cue's frames."""
    frames = cue.frames
    parts = content_dependents(verb, cue)
    infinitives = [p for p in parts if p.dep_ == "xcomp"]
    if infinitives and not any(p.dep_ in {"dobj", "oprd"} for p in parts):
        # "urged them to resign": the person urged belongs to the content.
        parts.extend(child for child in verb.children if child.dep_ == "dobj" and child.i < infinitives[0].i)
    if not parts and "clause" in frames:
        # "asked if she believed ...": the parser may read the question as an adverbial clause.
        parts.extend(c for c in verb.children if c.dep_ == "advcl" and _asks(verb, c))
    if not parts and "clause" in frames:
        # "the senator said yes", "half said so": the answer is what was said.
        parts.extend(c for c in verb.children if (c.dep_ == "intj" and c.lower_ in ANSWERS and c.i > verb.i) or (c.dep_ == "advmod" and c.lower_ == "so" and c.i == verb.i + 1))
    if not parts and "clause" in frames and verb.dep_ == "parataxis":
        return _clause_around(verb.head, exclude=verb)
    if not parts and verb.dep_ == "advcl" and verb.head.i > verb.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "As the Post reported, [the talks had failed]": the clause the "as" phrase modifies.
        return _clause_around(verb.head, exclude=verb)
    indices: set[int] = set()
    for part in parts:
        indices.update(range(part.left_edge.i, part.right_edge.i + 1))
    return indices


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def without_conjoined_cues(indices: set[int], doc: Doc, lexicon: CueLexicon) -> set[int]:
    """"said [there was no choice] and complained [it was unfair]": the parser may hang the second
    cue off the first content; it reports its own content, so it is cut out with its "and". A
    cue with a subject of its own is a clause of the content ("says [she hopes to win, but she
    knows that ...]")."""
    for i in sorted(indices):
        token = doc[i]
        if (
            i in indices
            and token.dep_ == "conj"
            and token.head.i in indices
            and token.lemma_.lower() in lexicon.verbs
            and token.pos_ == "VERB"
            and any(c.dep_ == "ccomp" for c in token.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            cut = set(range(token.left_edge.i, token.right_edge.i + 1))
            cut.update(c.i for c in token.head.children if c.dep_ == "cc" and token.head.i < c.i < token.i)
            indices = indices - cut
    return indices


def _prep_object(preposition: Token) -> Token | None:
    for child in preposition.children:
        if child.dep_ in {"pobj", "pcomp"}:
            return child
    return None


def _clause_around(head: Token, exclude: Token) -> set[int]:
    """The clause headed by `head` without the subtree of `exclude` (the inserted cue)."""
    excluded = set(range(exclude.left_edge.i, exclude.right_edge.i + 1))
    return {i for i in range(head.left_edge.i, head.right_edge.i + 1) if i not in excluded}


def _meaningful(doc: Doc, indices: set[int]) -> bool:
    """Two words, or one that says something ("he said so" does not); stops at the second word."""
    first = None
    for i in indices:
        token = doc[i]
        if token.is_punct or token.is_space:
            continue
        if first is not None:
            return True
        first = token
    return first is not None and first.lower_ not in EMPTY_CONTENT


ADVERBIAL_PATH = frozenset({"pcomp", "pobj", "prep", "advcl"})


def _quoted_edge(doc: Doc, first: int, last: int) -> bool:
    """Whether a quotation mark opens or closes the stretch of tokens first..last."""
    return any(0 <= i < len(doc) and doc[i].is_quote for i in (first - 1, first, last, last + 1))


def _clause_end(verb: Token) -> int | None:
    """"In describing the plan as a tax cut, the columnists missed ...": a cue in a phrase that
    hangs from a later word reports only up to the end of that phrase (the token after it)."""
    node = verb
    for _ in range(4):
        head = node.head
        if head.i == node.i or node.dep_ not in ADVERBIAL_PATH:
            return None
        if head.i > verb.i:
            return node.right_edge.i + 1 if node.dep_ in {"prep", "advcl"} else None
        node = head
    return None


# What a hedge verb says of its subject: a clause or to-clause ("appeared to fall", "seems
# that ..."), an adjective or noun ("Clinton seemed irritated", "seemed an insult"), "like ...".
HEDGE_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd"})


def _hedge(verb: Token, lexicon: CueLexicon, tails: SentenceTails) -> Attribution | None:
    """"[Turnout appeared to fall]", "it seems [that the vote was close]": what the writer
    infers is attributed to no one. The content is the clause with its subject (after an empty
    "it", the that-clause); an infinitive that is itself a cue ("appeared to suggest") is left
    to that cue."""
    doc = verb.doc
    complement = next((c for c in verb.children if c.dep_ in HEDGE_COMPLEMENTS or (c.dep_ == "prep" and c.lower_ == "like")), None)
    if complement is None or (complement.lemma_.lower() in lexicon.verbs and complement.pos_ in CUE_POS):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"}), None)
    if subject is not None and subject.tag_ == "WP":
        return None  # "officials who appear to ...": the relative clause describes them
    # (With a person as subject, "He appeared to joke about it" is still the writer's reading
    # of what he did, and PolNeAR annotates it so, with no source.)
    if complement.dep_ == "ccomp" or subject is None or subject.lower_ == "it":
        indices = set(range(complement.left_edge.i, complement.right_edge.i + 1))
    else:
        indices = set(range(subject.left_edge.i, complement.right_edge.i + 1))
    return _unattributed(doc, tails.in_paragraph(indices, verb.i), tails, doc[verb.i : verb.i + 1], "reported-hedge")


def _agentless_passive(verb: Token, tails: SentenceTails) -> Attribution | None:
    """"[Trump is expected to deliver a victory speech tonight]", "[Pigs are considered
    unclean]": a passive cue with no agent and a complement reports the whole clause, subject
    included, and names no source. (Only cues whose object is what they report: the passive
    subject of "was told to leave" is the one told.)"""
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    complement = next((c for c in children if c.dep_ in {"xcomp", "oprd"} and c.i > verb.i), None)
    if subject is None or complement is None or subject.tag_ in {"WP", "WDT"} or subject.i > verb.i:
        return None
    doc = verb.doc
    indices = set(range(subject.left_edge.i, complement.right_edge.i + 1))
    return _unattributed(doc, tails.in_paragraph(indices, verb.i), tails, doc[verb.i : verb.i + 1], "reported-passive")


def _verb_attribution(verb: Token, cue: Cue, lexicon: CueLexicon, tails: SentenceTails) -> Attribution | None:
    doc = verb.doc
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children):
        # "injections intended to calm her", "a plan designed to ...": the noun is what the
        # participle is done to, not a speaker, and no one else is named.
        return None
    if "hedge" in cue.frames:
        return _hedge(verb, lexicon, tails)
    passive = _agentless_passive(verb, tails) if "object" in cue.frames else None
    if passive is not None:
        return passive
    if _discourse_marker(verb):
        return None
    indices = tails.in_paragraph(tails.without_conjoined_cues(content_tokens(verb, cue), doc), verb.i)
    if not (len(indices) == 1 and doc[min(indices)].lower_ in ANSWERS | {"so"}):
        indices = tails.without_set_off_cues(tails.extend(indices, verb.i, _clause_end(verb)), doc)
    if indices and max(indices) < verb.i and verb.dep_ in {"ROOT", "parataxis"} and not _quoted_edge(doc, min(indices), max(indices)):
        indices |= tails.after_inserted_cue(verb)
    if not indices:
        indices = _paragraph_after_colon(verb, tails)
    if not _meaningful(doc, indices):
        return None
    if _names_no_speaker(verb):
        # "When asked whether ..., he said": he was asked; who asked is not named.
        speaker_head = None
    else:
        speaker_head = _outer_speaker(verb, lexicon) if verb.i in tails.participles else speaker_token(verb)
        if speaker_head is None:
            speaker_head = governing_subject(verb)
        if speaker_head is None:
            # "About 4 in 10 say ...": the parser leaves a poll's share as a number, not a subject.
            speaker_head = next((c for c in verb.lefts if c.pos_ == "NUM" and c.dep_ in {"nummod", "npadvmod", "dep"}), None)
    speaker = None
    # The cue's own subject is its speaker even inside the content's stretch of text:
    # "[which] officials said [will take effect]" (the content is that stretch without it).
    if speaker_head is not None and (speaker_head.i not in indices or speaker_head.head.i == verb.i):
        speaker = mention_span(speaker_head, avoid=(min(indices), max(indices) + 1))
        indices -= set(range(speaker.start, speaker.end))
    indices.discard(verb.i)
    segments = token_segments(doc, indices, tails.table)
    if not segments:
        return None
    return Attribution(segments=segments, kind="indirect", rule="reported-verb", cue=doc[verb.i : verb.i + 1], speaker=speaker)


def _outer_speaker(participle: Token, lexicon: CueLexicon) -> Token | None:
    """"Trump insisted that [he had won], claiming that ...": a participle set off after the
    content speaks for the outermost cue whose content the parser hung it in."""
    outer = participle
    for ancestor in participle.ancestors:
        if is_cue_verb(ancestor, lexicon):
            outer = ancestor  # the outermost: "Perdue said [he didn't believe X], arguing ..."
        elif ancestor.dep_ not in {"ccomp", "xcomp"}:
            break  # a clause of its own: "Trump ratcheted up his attacks, saying ..."
    return speaker_token(outer)


def _paragraph_after_colon(verb: Token, tails: SentenceTails) -> set[int]:
    """"The governor added:" closing its paragraph introduces the next one, quoted or not (a
    quoted one is found from its quotation marks)."""
    doc = verb.doc
    colon = verb.i + 1
    while colon < len(doc) and doc[colon].head.i == verb.i and doc[colon].dep_ in {"npadvmod", "advmod", "prep"} and colon < verb.i + 3:
        colon = doc[colon].right_edge.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return set()
    paragraph = tails.paragraph
    start = colon + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or paragraph[start] != paragraph[colon] + 1 or doc[start].is_quote:
        return set()
    end = start
    while end < len(doc) and paragraph[end] == paragraph[start]:
        end += 1
    return set(range(start, end))


def _discourse_marker(verb: Token) -> bool:
    """"That said, ..." and "That being said, ..." open a sentence as a linking phrase: no one
    is quoted."""
    doc = verb.doc
    if verb.lower_ != "said" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    that = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].lower_ == "being" else verb.i - 1
    return that >= 0 and doc[that].lower_ == "that" and doc[that].is_sent_start


GERUND_SUBJECTS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})
REDUCED_PASSIVE_BLOCKERS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent"})


def _names_no_speaker(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no auxiliary, subject or agent
    ("Asked about the plan, ...", "When told of the vote, ..."), or a gerund that is a subject
    ("Simply complaining about it will not help"): no one in the sentence speaks."""
    if verb.dep_ in GERUND_SUBJECTS and verb.tag_ == "VBG" and not any(c.dep_ in REDUCED_PASSIVE_BLOCKERS for c in verb.children):
        return True  # "[Simply complaining about it] will not help": a gerund subject, no one's words
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in REDUCED_PASSIVE_BLOCKERS for c in verb.children)


def _according_to(according: Token, tails: SentenceTails) -> Attribution | None:
    source = _prep_object(according.doc[according.i + 1])
    if source is None:
        return None
    return _around_source(according, source, tails, "reported-according-to", cue_length=2)


def _around_source(phrase: Token, source: Token, tails: SentenceTails, rule: str, cue_length: int = 1) -> Attribution | None:
    """The clause around a source phrase ("according to X", "in a poll"), attributed to the
    phrase's object X."""
    doc = phrase.doc
    head = phrase.head
    while head.head.i != head.i:
        if head.dep_ == "conj" and phrase.i > head.i:
            # "X won and Y lost, according to the count": a source after the clauses speaks
            # for all of them, not for the conjunct the parser hung it from.
            head = head.head
        elif head.dep_ in {"ROOT", "ccomp", "conj", "relcl", "advcl"}:
            break
        else:
            head = head.head
    indices = tails.in_paragraph(_clause_around(head, exclude=phrase), phrase.i) if head.i != phrase.i else set()
    if not _meaningful(doc, indices):
        return None
    return Attribution(
        segments=token_segments(doc, indices, tails.table) or [(head.idx, head.idx + len(head.text))],
        kind="indirect",
        rule=rule,
        cue=doc[phrase.i : phrase.i + cue_length],
        speaker=mention_span(source),
    )


# Prepositions naming whose view or finding the clause around them is: "[Clinton leads] in the
# latest poll", "To Sexton, [Tuesday marked a turning point]", "For most Democrats, [the
# Clinton years remain the good old days]", "[She had moved to Egypt], per CTV News".
SOURCE_PREPOSITIONS = ("in", "to")


def _source_preposition(preposition: Token, lexicon: CueLexicon, tails: SentenceTails) -> Attribution | None:
    """The clause a source phrase modifies, attributed to its object (rule `reported-source`):
    after "in", a source noun of the lexicon (a poll, a survey: "in a CNN poll released Monday");
    after a fronted "To"/"For" set off by a comma, a person or group ("To Sexton, ..."; not "For
    years, ..."); after "per", anyone."""
    if preposition.dep_ != "prep":
        return None
    source = _prep_object(preposition)
    if source is None:
        return None
    if preposition.head.dep_ != "ROOT":
        return None
    if preposition.lower_ == "in":
        cue = lexicon.nouns.get(source.lemma_.lower())
        if cue is None or "source" not in cue.frames:
            return None
    else:
        doc = preposition.doc
        after = source.right_edge.i + 1
        if preposition.i > preposition.head.i or after >= len(doc) or doc[after].text != ",":
            return None
        if not names_someone(source):
            return None
    return _around_source(preposition, source, tails, "reported-source")


def _reportedly(adverb: Token, tails: SentenceTails) -> Attribution | None:
    """"[The group is reportedly spending $1.5 million on ads]": the clause the adverb modifies,
    subject and all, is reported by no one named (rule reported-adverb)."""
    doc = adverb.doc
    head = adverb.head
    if adverb.dep_ != "advmod" or head.pos_ not in CUE_POS or head.i == adverb.i:
        return None
    indices = tails.in_paragraph(_clause_around(head, exclude=adverb), adverb.i)
    return _unattributed(doc, indices, tails, doc[adverb.i : adverb.i + 1], "reported-adverb")


def _unattributed(doc: Doc, indices: set[int], tails: SentenceTails, cue: Span, rule: str) -> Attribution | None:
    """Reported content whose source the text does not name ("seems", "reportedly"), if it says anything."""
    if not _meaningful(doc, indices):
        return None
    segments = token_segments(doc, indices, tails.table)
    if not segments:
        return None
    return Attribution(segments=segments, kind="indirect", rule=rule, cue=cue, speaker=None)


def _noun_attribution(noun: Token, cue: Cue, tails: SentenceTails) -> Attribution | None:
    """"his claim that the vote was rigged", "her criticism of the deal": the owner speaks; a
    speech noun without an owner ("in a statement, ...") is the words of the clause's subject."""
    doc = noun.doc
    parts: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and "clause" in cue.frames and _has_that(child):
            parts.append(child)
        elif child.dep_ == "prep" and child.lower_ in cue.prepositions:
            target = _prep_object(child)
            if target is not None:
                parts.append(target)
    if not parts:
        return None
    indices: set[int] = set()
    for part in parts:
        indices.update(range(part.left_edge.i, part.right_edge.i + 1))
    indices = tails.in_paragraph(indices, noun.i)
    if not _meaningful(doc, indices):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _by_phrase(noun, cue)
    if owner is None and noun.head.dep_ == "prep" and noun.dep_ == "pobj":
        owner = speaker_token(noun.head.head) if noun.head.head.pos_ in CUE_POS else None
    elif owner is None and noun.dep_ in {"dobj", "nsubj"} and noun.head.pos_ in CUE_POS:
        owner = speaker_token(noun.head) if noun.dep_ == "dobj" else None
    speaker = mention_span(owner, avoid=(min(indices), max(indices) + 1)) if owner is not None and owner.i not in indices else None
    segments = token_segments(doc, indices, tails.table)
    if not segments:
        return None
    return Attribution(segments=segments, kind="indirect", rule="reported-noun", cue=doc[noun.i : noun.i + 1], speaker=speaker)


OWNER_PREPOSITIONS = frozenset({"by", "from"})


def _by_phrase(noun: Token, cue: Cue) -> Token | None:
    """"a statement by the ministry that ...", "criticism from Republicans of the deal": the
    object of a "by" or "from" phrase on the noun speaks (unless the frame itself takes it)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS and child.lower_ not in cue.prepositions:
            target = _prep_object(child)
            if target is not None and target.pos_ in {"PROPN", "NOUN", "PRON"}:
                return target
    return None


def _has_that(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


MAX_LEAD_WORDS = 5  # "Pat Caddell:", "Senator Ada Moreno:", "More from Jones:"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
LEAD_DASHES = frozenset({"-", "--", "—", "–", "―"})


def _colon_lead(colon: Token, tails: SentenceTails) -> Attribution | None:
    """"Pat Caddell: Voters Are Worried", "MORENO: We will win.": a paragraph opening with a
    name and a colon (a headline, a transcript) is that source's words, to the paragraph's end.

    The lead is the part of the paragraph before the colon, after an opening quotation mark and
    after a spaced dash ("POLLS WERE EARLY - Jane Roe:"): at most MAX_LEAD_WORDS words, every
    one capitalised, no verb. Editorial labels (data/lead_labels.tsv: "Correction:") and
    places heading a list ("Iowa: ...") are not sources.
    """
    doc = colon.doc
    paragraph = tails.paragraph
    here = paragraph[colon.i]
    start = colon.i
    while start > 0 and paragraph[start - 1] == here and not doc[start - 1].is_space:
        start -= 1
    lead = [t for t in doc[start : colon.i]]
    for k in range(len(lead) - 1, -1, -1):
        if lead[k].text in LEAD_DASHES and k > 0 and lead[k - 1].whitespace_:
            lead = lead[k + 1 :]
            break
    words = [t for t in lead if not (t.is_punct or t.is_quote)]
    if lead and lead[0].is_quote:
        lead = lead[1:]
    if not words or len(words) > MAX_LEAD_WORDS or len(lead) != len(words):
        return None
    if any(not t.text[:1].isupper() or t.pos_ in CUE_POS for t in words):
        return None
    if words[0].lower_ in load_lead_labels() or all(t.ent_type_ in PLACE_ENTITIES for t in words):
        return None  # "Correction:", "UPDATE:"; "Iowa:" heading a list
    end = colon.i + 1
    while end < len(doc) and paragraph[end] == here and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    indices = set(range(colon.i + 1, end))
    if len([i for i in indices if not (doc[i].is_punct or doc[i].is_space)]) < 3:
        return None
    segments = token_segments(doc, indices, tails.table)
    if not segments:
        return None
    speaker = doc[words[0].i : words[-1].i + 1]
    return Attribution(segments=segments, kind="indirect", rule="colon-lead", cue=doc[colon.i : colon.i + 1], speaker=speaker)


def _adjective_attribution(adjective: Token, cue: Cue, tails: SentenceTails) -> Attribution | None:
    """"The senator is confident [that the bill will pass]", "voters were critical of [the
    deal]": an adjective cue speaks for the subject of its copula."""
    doc = adjective.doc
    made = adjective.dep_ in {"ccomp", "oprd", "xcomp"} and adjective.head.lemma_ == "make"
    if adjective.dep_ != "acomp" and not made:
        return None
    parts: list[Token] = []
    for child in adjective.children:
        if child.dep_ == "ccomp" and "clause" in cue.frames:
            parts.append(child)
        elif made and child.dep_ == "advcl" and "clause" in cue.frames and _has_that(child):
            # "made (it) clear that ...": the parser may take the that-clause for an adverbial.
            parts.append(child)
        elif child.dep_ == "xcomp" and "infinitive" in cue.frames:
            parts.append(child)
        elif child.dep_ == "prep" and child.lower_ in cue.prepositions:
            target = _prep_object(child)
            if target is not None:
                parts.append(target)
    indices: set[int] = set()
    for part in parts:
        indices.update(range(part.left_edge.i, part.right_edge.i + 1))
    indices = tails.in_paragraph(indices, adjective.i)
    if not _meaningful(doc, indices):
        return None
    speaker_head = speaker_token(adjective.head)
    if not made and speaker_head is not None and speaker_head.lower_ == "it":
        return None  # "it is clear that ...": the writer's own statement
    speaker = None
    if speaker_head is not None and speaker_head.i not in indices:
        speaker = mention_span(speaker_head, avoid=(min(indices), max(indices) + 1))
    segments = token_segments(doc, indices, tails.table)
    if not segments:
        return None
    return Attribution(segments=segments, kind="indirect", rule="reported-adjective", cue=doc[adjective.i : adjective.i + 1], speaker=speaker)
