"""Reciprocal events whose parties are named earlier: "the two leaders met", "both sides agreed".

PLOVER lists every party of a reciprocal event as actor, with no recipient. When the subject is a
plural group noun that the actors stage could not resolve, its parties are the last distinct actors
of the matching kind mentioned before it (two unless a number says otherwise).

>>> # "Trump called Putin. The two leaders agreed to meet." -> actors [Trump, Putin]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import SUBJECT_DEPS, clause_verb

GROUP_NOUNS = {
    "leader": ("person",), "president": ("person",), "minister": ("person",), "head": ("person",),
    "side": ("person", "country", "government", "organisation"), "party": ("country", "government", "organisation"),
    "country": ("country", "government"), "nation": ("country", "government"), "government": ("country", "government"),
    "neighbour": ("country", "government"), "neighbor": ("country", "government"),
}
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}


def reciprocal_parties(doc: Doc, head: Token, owners: list[str | None], actor_by_id: dict) -> list[str]:
    """The actor ids of an unresolved plural group subject, or [] when there is none."""
    verb = clause_verb(head)
    subject = None
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or token.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep") or token.head is token:
            break
        token = token.head
    if subject is None or (owners[subject.i] is not None and actor_by_id.get(owners[subject.i], {}).get("country")):
        return []
    kinds = GROUP_NOUNS.get(subject.lemma_.lower())
    if kinds is None or subject.tag_ not in ("NNS", "NNPS"):
        return []
    wanted = 2
    for child in subject.children:
        if child.lower_ in NUMBERS:
            wanted = NUMBERS[child.lower_]
    found: list[str] = []
    for i in range(subject.i - 1, -1, -1):
        actor = owners[i]
        if actor is None or actor in found or actor == owners[subject.i]:
            continue
        record = actor_by_id.get(actor, {})
        if record.get("kind") in kinds and record.get("country"):
            found.append(actor)
            if len(found) == wanted:
                break
    return list(reversed(found)) if len(found) == wanted else []
