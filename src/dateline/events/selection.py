"""Which triggers of a sentence are its events: the main event of each clause, not every event word.

A trigger's *cost* counts the clause boundaries between it and the sentence root: an infinitive,
a subordinate or relative clause, a prepositional phrase each add one; a noun adds a little unless
it is the object of a verb. Reporting verbs ("said", "told") and intent or refusal markers ("agreed
to", "refused to") are transparent: the event they report or promise is the main event. The
cheapest triggers of a sentence are kept (several when they tie, as coordinated verbs do).

>>> # "Britain said on Monday it had expelled diplomats after the attack": expelled (cost 0) beats attack (1)
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .arguments import Arguments
from .lexicon import TriggerMatch, word_class
from .modality import REPORTING_LEMMAS, Reading, marker_tables, read_modality

CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "pcomp",
                         "pobj", "appos", "npadvmod", "dep", "agent"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd", "obj", "compound", "amod",
                           "poss", "nmod", "acomp"})
NOUN_COST = 0.5
SLACK = 0.25  # triggers within this much of the cheapest are kept


HELPING_VERBS = word_class("helping_verb")


def is_transparent(token: Token, link: str) -> bool:
    """Whether the clause below `token` reports or promises rather than being a separate event."""
    lemma = token.lemma_.lower()
    if lemma in HELPING_VERBS and link in ("xcomp", "ccomp"):
        return True
    if lemma in REPORTING_LEMMAS and link in ("ccomp", "xcomp", "parataxis", "dobj"):
        return True
    tables = marker_tables()
    if link in ("xcomp", "ccomp", "acomp", "pcomp", "prep") and (lemma in tables.intent or lemma in tables.negation):
        return True
    return False


def clause_cost(head: Token) -> float:
    """How deep below the sentence's main assertion the trigger headed by `head` sits."""
    cost = NOUN_COST if head.pos_ in ("NOUN", "PROPN") else 0.0
    token = head
    for _ in range(12):
        if token.dep_ == "ROOT" or token.head.i == token.i:
            break
        link, parent = token.dep_, token.head
        if link in ("conj", "cc", "aux", "auxpass", "neg", "prt"):
            pass
        elif link in ARGUMENT_DEPS:
            if token.pos_ in ("NOUN", "PROPN") and token.i != head.i:
                cost += NOUN_COST
        elif link == "prep":
            pass
        elif link in CLAUSE_DEPS:
            if link in ("pobj", "pcomp") and parent.dep_ == "prep" and is_transparent(parent.head, "prep"):
                pass
            elif not is_transparent(parent, link):
                cost += 1.0
        else:
            cost += 0.5
        token = parent
    return cost


@dataclass
class Assessed:
    """A trigger read in its sentence: its coding and arguments, before the record is written."""

    match: TriggerMatch
    reading: Reading
    cost: float
    cameo: str
    event: str
    mode: str
    recoding: str
    args: Arguments
    confidence: float

    @property
    def rule(self) -> str:
        return "main" if self.cost == 0 else f"cost{self.cost:g}"


SECONDARY_COST = 2.5


def secondary(candidate: Assessed, best: float | None) -> bool:
    """A subordinate event stated in full ("after the Prime Minister blamed Russia"): both sides resolved."""
    args = candidate.args
    if best is None or candidate.cost > best + SECONDARY_COST or not args.actor or not args.recipient:
        return False
    if candidate.reading.negated or candidate.confidence < SECONDARY_CONFIDENCE:
        return False
    if candidate.reading.modality or candidate.recoding in ("promise", "threat"):
        return False
    return bool({"subject", "passive", "relative", "light-verb", "noun-poss"} & set(args.rules))


def may_be_secondary(head, reading: Reading) -> bool:
    """A cheap test before finding arguments: only a plain clause with its own subject (or a noun that
    is a verb's object or has a possessor: "his call with the Kremlin") can pass `secondary`."""
    if reading.negated or reading.modality or reading.intent or reading.refused_by is not None:
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return head.dep_ in ("dobj", "nsubjpass") or any(c.dep_ == "poss" for c in head.children)
    if head.dep_ == "acl":  # "a pathologist sent to Israel by the charity": a description, not news
        return False
    return head.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in head.children)


SECONDARY_CONFIDENCE = 0.6


def candidates(doc: Doc, members: list[TriggerMatch], timexes: dict) -> list[tuple[TriggerMatch, Reading, float]]:
    """One sentence's triggers that may be events, each with its modality reading and clause cost
    (the caller keeps the cheapest that have arguments: the main events)."""
    candidates = []
    for match in members:
        head = doc[match.head]
        if head.lemma_.lower() in REPORTING_LEMMAS and not match.entry.event:
            continue
        if dated_object(doc, match, timexes) or not_an_act(head) or a_wish(head, match.entry):
            continue
        reading = read_modality(head, set(match.tokens))
        candidates.append((match, reading, clause_cost(head)))
    # A marker that is itself a trigger ("agreed to", "refused to", "threatened to") folds into the
    # event it governs: one promised, refused or threatened event, not two.
    absorbed = {r.intent_token for _, r, _ in candidates if r.intent_token is not None}
    absorbed |= {r.refused_by for _, r, _ in candidates if r.refused_by is not None}
    candidates = [c for c in candidates if not (absorbed & set(c[0].tokens))]
    # What a request asks for has not happened: "demanding that Turkey provide information", "must hand
    # over the suspects", "called for sanctions" are requests, not aid, cooperation or sanctions.
    requested = {i for match, _, _ in candidates for i in requested_tokens(doc, match)} if len(candidates) > 1 else ()
    if requested:
        candidates = [c for c in candidates if c[0].head not in requested]
    return [(specialised(doc, m, members), r, cost) for m, r, cost in candidates]


def requested_tokens(doc: Doc, match: TriggerMatch) -> set[int]:
    """The tokens of what a request trigger asks for (or a rejection turns down): the clause an obligation
    modal ("Libya must hand over") sits in, or the complement clause, object or prepositional object of a
    request or rejection verb ("reneged on his commitment", "rejected the offer of aid")."""
    entry, head = match.entry, doc[match.head]
    if entry.event not in ("REQUEST", "REJECT"):
        return set()
    if entry.pos == "AUX":
        clause = head.head
        return {t.i for t in clause.subtree} - {head.i} if clause.i != head.i else set()
    if head.pos_ != "VERB":
        return set()
    out: set[int] = set()
    for child in head.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj") or (child.dep_ == "prep" and child.i in match.tokens):
            out.update(t.i for t in child.subtree)
    return out - set(match.tokens)


def specialised(doc: Doc, match: TriggerMatch, members: list[TriggerMatch]) -> TriggerMatch:
    """A generic verb trigger takes the finer code of a same-type noun trigger it governs
    ("engaged peacekeepers in a firefight": 193, not 190)."""
    entry = match.entry
    if not entry.cameo or not entry.cameo.endswith("0"):
        return match
    head = doc[match.head]
    below = {c.i for c in head.children} | {g.i for c in head.children if c.dep_ == "prep" for g in c.children}
    for other in members:
        if other is not match and other.head in below and other.entry.event == entry.event and \
                other.entry.cameo[:2] == entry.cameo[:2] and other.entry.cameo != entry.cameo:
            return TriggerMatch(replace(entry, cameo=other.entry.cameo, mode=other.entry.mode), match.head,
                                match.tokens)
    return match


FORCE_NOUNS = word_class("armed_force")


CLASSIFIED_NOUNS = word_class("classifying_noun")


def not_an_act(head) -> bool:
    """A question ("asked if the poisoning came up"), a naming ("called the election a sham"), an
    attempt ("tried to secure favour"), a mobilisation of no force ("mobilized pressure groups") or an
    event noun used to classify another noun ("pressure groups", "aid workers")."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "compound" and head.head.lemma_.lower() in CLASSIFIED_NOUNS:
        return True
    if lemma in ("mobilize", "mobilise") and head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and not any(o.lemma_.lower() in FORCE_NOUNS for o in objects):
            return True
    if lemma == "ask" and any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("if", "whether")
                                                                  for g in c.children) for c in head.children):
        return True
    if lemma == "try" and any(c.dep_ == "xcomp" for c in head.children):
        return True  # "tried to secure": an attempt, not a trial
    if lemma in HELPING_VERBS and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in head.children):
        return True  # "help support the rights": the act helped with is the event
    naming = ("oprd", "ccomp", "xcomp", "attr")
    if lemma == "call" and head.pos_ == "VERB" and any(c.dep_ in naming for c in head.children):
        return True
    return False


def a_wish(head, entry) -> bool:
    """A request verb that is also a desire marker, with an infinitive below it ("seeking to mend ties"):
    the subject wants to do something, it does not ask anyone for anything."""
    if entry.event != "REQUEST" or head.pos_ != "VERB":
        return False
    if marker_tables().intent.get(head.lemma_.lower()) != "desire":
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in head.children)


def dated_object(doc: Doc, match: TriggerMatch, timexes: dict) -> bool:
    """ "call on Tuesday", "blamed ... on Monday": a preposition of the trigger whose object is a date."""
    for i in match.tokens:
        token = doc[i]
        if token.dep_ == "prep" and token.lower_ in ("on", "for", "upon"):
            if any(child.i in timexes or child.ent_type_ in ("DATE", "TIME") for child in token.children):
                return True
    return False
