"""How an event is asserted: negated, refused, promised or threatened, hedged, conditional or future.

Markers come from the data files (`negation_markers.tsv`, `intent_markers.tsv`, `modality_markers.tsv`)
and are read from the parse: a negation particle on the trigger's verb ("did not meet"), a marker verb
governing it through an infinitive or clause ("failed to raise", "agreed to release", "is willing to
send", "said it would return"), an auxiliary ("will meet", "might attack"), an adverb ("probably") or
an `if` clause around it.

>>> # "Trump failed to raise the poisoning" -> Reading(negated=True, ...)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from .arguments import clause_verb
from .lexicon import load_markers, word_class

NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
# Verbs whose clause only reports what someone said: "said it would meet" is a promise, not a possibility.
REPORTING_LEMMAS = frozenset(
    "say tell announce state report claim add confirm note declare believe explain stress "
    "reiterate indicate write quote argue assert".split()
)
# Clause links through which a marker verb governs the event below it.
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp", "pobj", "prep", "advcl", "conj", "oprd"})
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo"})
# Verbs whose object is an event still to come ("preparing an offensive", "planned talks").
PLANNING_VERBS = word_class("planning_verb")


@dataclass(frozen=True)
class MarkerTables:
    intent: dict[str, str]  # lemma -> kind (promise, agreement, plan, willingness, future, desire, threat)
    negation: dict[str, str]  # lemma -> effect (drop, reject, deny)
    modality: dict[str, str]  # lemma -> kind (possibility, conditional, hedge, hearsay, consideration)


@cache
def marker_tables() -> MarkerTables:
    markers = load_markers()
    return MarkerTables(
        {m.pattern: m.kind for m in markers["intent"]},
        {m.pattern: m.kind for m in markers["negation"] if " " not in m.pattern},
        {m.pattern: m.kind for m in markers["modality"] if " " not in m.pattern},
    )


@dataclass
class Reading:
    negated: bool = False
    refused_by: int | None = None  # token index of a refusal verb ("refused to meet")
    intent: str | None = None  # the intent marker's kind
    intent_token: int | None = None
    modality: list[str] = field(default_factory=list)
    ultimatum: bool = False  # "will withdraw unless ...": a condition under which it will not happen

    @property
    def modality_label(self) -> str | None:
        return "+".join(dict.fromkeys(self.modality)) or None


def negated_locally(token: Token) -> bool:
    """A negation particle or determiner on the token itself or its auxiliaries ("did not meet", "no talks")."""
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATION_WORDS and child.dep_ in ("advmod", "det", "preconj")):
            return True
    return False


def read_modality(head: Token, trigger_tokens: set[int]) -> Reading:
    """The reading of the trigger headed by `head` (see the module docstring)."""
    tables = marker_tables()
    reading = Reading()
    verb = head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass", "obj", "pobj"):
        verb = clause_verb(head)
    if negated_locally(head) or (verb.i != head.i and negated_locally(verb)):
        reading.negated = True
    _auxiliaries(verb, reading, tables)
    _adverbs(verb, reading, tables)
    if verb.i != head.i and head.dep_ == "dobj" and verb.lemma_.lower() in PLANNING_VERBS:
        reading.intent, reading.intent_token = "plan", verb.i  # "preparing a major offensive"
    token = verb
    for _ in range(4):  # markers governing the clause from above
        if token.dep_ not in EMBEDDING_DEPS or token.head.i == token.i:
            break
        link, token = token.dep_, token.head
        if token.i in trigger_tokens:
            continue
        lemma = token.lemma_.lower()
        effect = tables.negation.get(lemma)
        if effect == "drop" and link in ("xcomp", "prep", "pcomp", "pobj"):
            reading.negated = True
            break
        if effect == "reject" and link in ("xcomp", "prep", "pcomp"):
            reading.refused_by = token.i
            break
        if effect == "deny" and link in ("xcomp", "ccomp", "pcomp") and head.tag_ in ("VBG", "VB", "VBD", "VBZ"):
            reading.negated = True
            break
        if lemma in tables.modality and tables.modality[lemma] == "consideration" and link in ("xcomp", "dobj"):
            reading.modality.append("considered")
        kind = tables.intent.get(lemma)
        if kind is None and lemma == "of" and token.i > 0 and tables.intent.get(token.nbor(-1).lemma_.lower()):
            kind = tables.intent[token.nbor(-1).lemma_.lower()]  # "spoke in favour of developing": of hangs on the verb
        if kind and link in ("xcomp", "ccomp", "acomp", "prep", "pcomp"):
            if negated_locally(token):
                reading.negated = True
                break
            reading.intent, reading.intent_token = kind, token.i
            _adverbs(token, reading, tables)
            break
        if link == "advcl" and any(c.lower_ in ("if", "unless", "whether") for c in verb.children if c.dep_ == "mark"):
            reading.modality.append("conditional")
        if lemma in REPORTING_LEMMAS or link in ("conj", "advcl"):
            break
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        reading.modality.append("conditional")
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless" for g in c.children)
           for c in verb.children):
        reading.ultimatum = True
    return reading


def _auxiliaries(verb: Token, reading: Reading, tables: MarkerTables) -> None:
    for child in verb.children:
        if child.dep_ not in ("aux", "auxpass"):
            continue
        word = child.lower_
        if word in FUTURE_WORDS:
            reading.intent = reading.intent or "future"
            reading.intent_token = reading.intent_token if reading.intent_token is not None else child.i
            reading.modality.append("future")
        elif word == "would" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS:
            reading.intent = reading.intent or "future"  # "said it would meet": the future in the past
            reading.intent_token = reading.intent_token if reading.intent_token is not None else child.i
            reading.modality.append("future")
        elif tables.modality.get(word) == "possibility" or tables.modality.get(child.lemma_.lower()) == "possibility":
            reading.modality.append("possible")
        elif word == "going":
            reading.intent = reading.intent or "future"
            reading.modality.append("future")


def _adverbs(token: Token, reading: Reading, tables: MarkerTables) -> None:
    for child in token.children:
        kind = tables.modality.get(child.lower_)
        if child.dep_ in ("advmod", "amod") and kind in ("hedge", "hearsay"):
            reading.modality.append("hedged" if kind == "hedge" else "hearsay")
