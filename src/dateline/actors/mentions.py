"""Finding actor mentions in a parsed Doc, and telling places from actors.

Candidates come from four cheap sources: the named entities, a knowledge-base phrase matcher
(names the small model's NER misses, such as "Theresa May"), noun phrases headed by a role
word ("top senators in his own Republican party", "the US President"), and personal pronouns.
A place name is an actor only where it acts: "Moscow said" or "accusing Moscow" is the Russian
government; "the poisoning in Salisbury" is a place.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .kb import KnowledgeBase

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A place after these prepositions is where something happens, not who does it.
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "inside", "outside", "around",
                                   "into", "within", "from", "to", "toward", "towards", "through", "via", "over",
                                   "between", "beyond", "outside", "off"})
PRONOUNS = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": ("", True), "them": ("", True), "their": ("", True), "themselves": ("", True),
}
# Complements that belong to a role noun phrase: "senators in his own party", "minister of defence".
ATTACHED_PREPOSITIONS = frozenset({"of", "in", "from", "for"})


@dataclass
class Mention:
    span: Span
    source: str  # entity | kb | role | pronoun | surname
    label: str = ""
    is_place: bool = False

    @cached_property
    def start(self) -> int:
        return self.span.start_char

    @cached_property
    def end(self) -> int:
        return self.span.end_char

    @cached_property
    def text(self) -> str:
        """The text to resolve: without a leading "the", which names carry only in running text.
        "a"/"an" stay: "an American president" is generic, not the office holder."""
        words = self.span
        if len(words) > 1 and words[0].lower_ == "the":
            words = words[1:]
        return words.text


def find_mentions(doc: Doc, kb: KnowledgeBase) -> list[Mention]:
    """Every actor or place mention in `doc`, in text order, without overlaps."""
    named = [Mention(span, "entity", span.label_) for span in doc.ents if span.label_ in ACTOR_LABELS]
    matcher = kb_phrase_matcher(doc.vocab)
    named += [Mention(Span(doc, start, end), "kb", "KB") for _, start, end in matcher(doc)]
    chosen = _longest(named)
    roles = _role_phrases(doc, kb, chosen)
    mentions = _longest(roles + _not_inside(chosen, roles))
    mentions += _surnames(doc, mentions)
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    mentions += [
        Mention(doc[i : i + 1], "pronoun", doc[i].lower_)
        for i in _token_indexes(doc, LOWER, _pronoun_hashes(doc.vocab)) if i not in taken and doc[i].pos_ == "PRON"
    ]
    for mention in mentions:
        mention.is_place = is_place(mention)
    return sorted(mentions, key=lambda m: m.start)


def is_place(mention: Mention) -> bool:
    """A place-like name used as a location rather than as an actor."""
    if mention.source in ("pronoun", "role"):
        return False
    if mention.label not in PLACE_LABELS and mention.source != "kb":
        return False
    root = mention.span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "in Ukraine and Syria": Syria too
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        # "accused Moscow of", "talks with Iran" are actors; "in Salisbury" a place. "from" and
        # "to" after a verb of movement are places; after a noun they may be actors, but the
        # event stage decides recipients, so the span stays a place here.
        return True
    if root.dep_ in ("npadvmod", "advmod"):
        return True
    return False


@cache
def kb_phrase_matcher(vocab: Vocab) -> PhraseMatcher:
    """Case-sensitive names from the knowledge base: people, organisations, seats, countries.

    Built once per vocabulary (a few hundred milliseconds), then cheap on every Doc.
    """
    from spacy.lang.en import English

    kb = KnowledgeBase.load()
    names: set[str] = set()
    for person in kb.people.values():
        names.update(n for n in (person.name, *person.aliases) if " " in n)
    for org_list in kb._organisations.values():
        names.update(org.name for org in org_list if org.name[:1].isupper())
    names.update(seat.text for seat in kb._seats.values() if seat.kind == "seat")
    names.update(country.name for country in kb.countries.values())
    tokenizer = English(vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    patterns = list(tokenizer.pipe(sorted(n for n in names if n and n[:1].isupper())))
    matcher.add("KB_NAME", patterns)
    return matcher


def is_role_word(text: str) -> bool:
    """Whether a word is a role word ("senators", "spokeswoman"); memoised, as the same few
    thousand words recur in every article."""
    return _role_words(text.lower())


@cache
def _role_words(lowered: str) -> bool:
    return KnowledgeBase.load().role(lowered) is not None


def _role_phrases(doc: Doc, kb: KnowledgeBase, named: list[Mention]) -> list[Mention]:
    """Noun phrases whose head, or a title before a name, is a role word."""
    found = []
    chunks = _noun_chunks(doc)
    chunk_ends = dict(chunks)
    lemmas, words = doc.to_array([LEMMA, ORTH]).T.tolist()
    strings = doc.vocab.strings
    for start, end in chunks:
        # The head or a title must be a role word, and most chunks hold none: they are ruled
        # out on the string hashes, before a Span and its Tokens are built.
        if not any(_is_role_hash(lemmas[i], strings) or _is_role_hash(words[i], strings) for i in range(start, end)):
            continue
        chunk = doc[start:end]
        root = chunk.root
        has_role_head = is_role_word(root.lemma_) or is_role_word(root.text)
        has_title = root.pos_ == "PROPN" and any(
            t.pos_ in ("NOUN", "PROPN") and is_role_word(t.text) for t in chunk[: root.i - chunk.start])
        if not (has_role_head or (has_title and root.pos_ == "PROPN")):
            continue
        start, end = chunk.start, chunk.end
        if has_role_head:
            end = _attached_complement_end(root, end, chunk_ends)
        span = doc[start:end]
        if span.text.lower() in PRONOUNS:
            continue
        found.append(Mention(span, "role", "ROLE"))
    found += _titles_with_of(doc, named, found)
    return found


def _titles_with_of(doc: Doc, named: list[Mention], found: list[Mention]) -> list[Mention]:
    """A name under a title with "of" in it that names a country: "U.S. Secretary of State Warren
    Christopher". The title's own "of" phrase ("State") is a noun phrase of its own, so no noun
    phrase holds both."""
    taken = {i for m in found for i in range(m.span.start, m.span.end)}
    titled = []
    for mention in named:
        span = mention.span
        if mention.label != "PERSON" or span.start in taken:  # a known person is known by name
            continue
        start = span.root.left_edge.i
        if not 0 < span.start - start <= MAX_TITLE_WORDS:
            continue
        title = doc[start:span.start]
        # Only a title that names its country adds anything to the name ("U.S.", "British").
        if any(t.lower_ == "of" for t in title) and any(t.ent_type_ in ("GPE", "NORP") for t in title) \
                and any(t.pos_ in ("NOUN", "PROPN") and is_role_word(t.text) for t in title) \
                and not any(t.is_punct or t.pos_ in ("VERB", "CCONJ", "AUX") for t in title):
            titled.append(Mention(doc[start:span.end], "role", "ROLE"))
    return titled


MAX_TITLE_WORDS = 8

# The dependency labels of a base noun phrase's head, as spaCy's English `noun_chunks` has them.
NOUN_PHRASE_DEPS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


def _noun_chunks(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each base noun phrase of `doc.noun_chunks`.

    For English the phrases are found as spaCy's iterator finds them, but on the attribute
    arrays: the iterator builds a Token for every word of the text (26 ms of the 123 ms that
    finding mentions took on 150 benchmark articles; 13 ms here). A Token is built only for
    each chunk's left edge. tests/actors/test_mentions_fast.py holds the two to the same answers.
    """
    if doc.noun_chunks_iterator is not english_noun_chunks or not doc.has_annotation("DEP"):
        return [(chunk.start, chunk.end) for chunk in doc.noun_chunks]
    np_deps, conj = _noun_phrase_deps(doc.vocab)
    # HEAD is the offset to the head, stored unsigned: the cast gives back the negative ones.
    tags, deps, heads = doc.to_array([POS, DEP, HEAD]).astype("int64").T.tolist()
    chunks, prev_end = [], -1
    for i, (tag, dep) in enumerate(zip(tags, deps)):
        if tag not in (NOUN, PROPN, PRON):
            continue
        if dep not in np_deps:
            if dep != conj:
                continue
            # A conjunct is a noun phrase when the first of its conjuncts is one.
            head = i + heads[i]
            while deps[head] == conj and head + heads[head] < head:
                head += heads[head]
            if deps[head] not in np_deps:
                continue
        start = doc[i].left_edge.i
        if start <= prev_end:  # no nested phrases
            continue
        prev_end = i
        chunks.append((start, i + 1))
    return chunks


@cache
def _noun_phrase_deps(vocab: Vocab) -> tuple[frozenset[int], int]:
    strings = vocab.strings
    return frozenset(strings.add(label) for label in NOUN_PHRASE_DEPS), strings.add("conj")


_ROLE_BY_HASH: dict[int, bool] = {}


def _is_role_hash(key: int, strings) -> bool:
    """`is_role_word` of a string given by its hash, memoised by hash."""
    found = _ROLE_BY_HASH.get(key)
    if found is None:
        found = _ROLE_BY_HASH[key] = is_role_word(strings[key])
    return found


def clear_memos() -> None:
    """Empty the per-process memo of role words by hash (for benchmarks)."""
    _ROLE_BY_HASH.clear()


def _attached_complement_end(root: Token, end: int, chunk_ends: dict[int, int]) -> int:
    """Extend a role phrase over "of/in/from X" when X names somebody: "senators in his own party".

    The small parser often attaches such a phrase to the verb instead of the noun, so an
    adjacent preposition followed by a noun phrase that names somebody counts as well.
    """
    doc = root.doc
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in ATTACHED_PREPOSITIONS:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and _names_somebody(objects[0].subtree):
                return max(end, objects[0].right_edge.i + 1)
    if end < len(doc) and doc[end].lower_ in ATTACHED_PREPOSITIONS and end + 1 in chunk_ends:
        following = doc[end + 1 : chunk_ends[end + 1]]
        if _names_somebody(following):
            return following.end
    return end


def _names_somebody(tokens) -> bool:
    return any(t.ent_type_ in ("ORG", "NORP", "GPE") or t.pos_ == "PROPN" for t in tokens)


def _surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Later bare surnames of people already named ("May" after "Theresa May"), which the
    small model often tags as dates or misses."""
    surnames = {}
    for mention in mentions:
        if mention.label in ("PERSON", "KB"):
            words = mention.span.text.split()
            if len(words) >= 2 and words[-1][:1].isupper():
                surnames.setdefault(words[-1], mention.start)
        elif mention.source == "role" and mention.span.root.ent_type_ == "PERSON" and mention.span.root.i > mention.span.start:
            # a name under its title ("Retired Air Force Gen. Norman Ham"): "Ham" later is him
            surnames.setdefault(mention.span.root.text, mention.start)
    if not surnames:
        return []
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for i in _token_indexes(doc, ORTH, {doc.vocab.strings.add(name) for name in surnames}):
        token = doc[i]
        if i in taken or token.idx <= surnames[token.text]:
            continue
        if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "TIME"):
            continue
        found.append(Mention(doc[i : i + 1], "surname", "PERSON"))
    return found


def _token_indexes(doc: Doc, attribute: int, hashes: set[int]) -> list[int]:
    """Positions of tokens whose attribute is one of `hashes`, without making a Token object
    for every token (spaCy builds one on each access)."""
    return [i for i, value in enumerate(doc.to_array([attribute]).reshape(-1).tolist()) if value in hashes]


@cache
def _pronoun_hashes(vocab: Vocab) -> frozenset[int]:
    return frozenset(vocab.strings.add(word) for word in PRONOUNS)


def _longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions spaCy's `filter_spans` keeps (the first longest of overlapping ones), worked
    out on token offsets rather than on the Spans, which it would query again for every key."""
    by_span = {(m.span.start, m.span.end): m for m in mentions}
    bounds = sorted(((m.span.start, m.span.end) for m in mentions), key=lambda b: (b[1] - b[0], -b[0]), reverse=True)
    kept, seen = [], set()
    for start, end in bounds:
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return [by_span[b] for b in sorted(kept)]


def _not_inside(mentions: list[Mention], containers: list[Mention]) -> list[Mention]:
    """The mentions inside no container. A mention is inside one exactly when the furthest end
    among the containers starting at or before it reaches its end: one bisection per mention
    instead of a scan of every container."""
    bounds = sorted((c.span.start, c.span.end) for c in containers)
    starts = [start for start, _ in bounds]
    reach = list(accumulate((end for _, end in bounds), max))
    kept = []
    for mention in mentions:
        before = bisect_right(starts, mention.span.start)
        if not before or reach[before - 1] < mention.span.end:
            kept.append(mention)
    return kept


def mention_text(mention: Mention) -> str:
    """The text to resolve (`Mention.text`), worked out once per mention."""
    return mention.text


def is_generic(mention: Mention) -> bool:
    """An indefinite phrase ("a senator", "an American president") refers to nobody in particular."""
    return mention.span[0].lower_ in ("a", "an") or mention.span.root.tag_ in ("NNS", "NNPS") and mention.span[0].lower_ == "any"

