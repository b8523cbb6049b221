"""Claims about someone else's hostile act are accusations: "The US claimed that ISIL had attacked Iraq".

CAMEO codes the claim itself: a claimant who names another actor as the perpetrator of a conflictual
act accuses that actor (112); a claimant who names itself claims responsibility (015). The embedded
act is only the claimant's assertion, so it is not an event of its own (nor is it when the claiming
verb is itself an accusation: "alleged that rebels had attacked").

>>> # "The US claimed that ISIL had attacked Iraq" -> ACCUSE 112 USA -> ISIL (no ASSAULT ISIL -> Iraq)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .arguments import SUBJECT_DEPS, actors_of
from .lexicon import TriggerEntry, load_ontology, word_class

CLAIM_LEMMAS = word_class("claim_verb")
CONFLICT_QUADS = (3, 4)


@cache
def claim_entries() -> tuple[TriggerEntry, TriggerEntry]:
    """(accusation, responsibility) entries used for claims; not part of the trigger lexicon."""
    accuse = TriggerEntry("claim that", "VERB", "ACCUSE", "allege", "112", "", (), "a claim that another acted")
    responsibility = TriggerEntry("claim that", "VERB", "", "", "015", "016", (), "a claim of one's own act")
    return accuse, responsibility


def claim_over(head: Token) -> Token | None:
    """The claiming verb whose reported clause contains the trigger headed by `head`, if any."""
    token = head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        link, token = token.dep_, token.head
        if link == "ccomp" and token.lemma_.lower() in CLAIM_LEMMAS and token.pos_ == "VERB":
            return token
        if link not in ("conj", "xcomp", "aux", "dobj", "prep", "pobj"):
            return None
    return None


def claimants(verb: Token, owners: list[str | None]) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return [actor for s in subjects for actor, _ in actors_of(s, owners) if not actor.startswith("place:")]


def is_conflict(cameo: str) -> bool:
    entry = load_ontology().cameo.get(cameo)
    return entry is not None and entry.quad in CONFLICT_QUADS
