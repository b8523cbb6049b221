"""The parts of an event record that come from other stages: actors promoted from places, codes,
locations and the attribution of events inside quotes.

>>> code_of({"country": "USA", "sector": "GOV"}), code_of({"country": None, "sector": "REB"})
('USAGOV', '---REB')
>>> code_of({"country": None, "sector": "CVL"}, where="PSE"), code_of({"country": "UNO", "kind": "organisation"})
('PSECVL', 'IGOUNO')
"""

from __future__ import annotations

from spacy.tokens import Doc

from .arguments import PLACE_PREFIX
from .lexicon import TriggerMatch


def promote(doc: Doc, actor_id: str, actor_by_id: dict) -> str:
    """The actor id for an argument; a country read as a place becomes an actor of the Doc the first
    time an event needs it ("sent aid to Nepal": Nepal is whom, not where)."""
    if not actor_id.startswith(PLACE_PREFIX):
        return actor_id
    if actor_id in actor_by_id:
        return actor_by_id[actor_id]["id"]
    place = (doc._.places or [])[int(actor_id[len(PLACE_PREFIX):])]
    actors = doc._.actors if doc._.actors is not None else []
    taken = {a["id"] for a in actors}
    number = len(actors) + 1
    while f"a{number}" in taken:
        number += 1
    record = {"id": f"a{number}", "name": place["text"], "country": place["country"], "sector": "", "sectors": [],
              "kind": "country", "office": None, "kb_id": None, "rule": "events.place-argument",
              "mentions": [[place["start"], place["end"]]], "mention_rules": ["events.place-argument"]}
    actors.append(record)
    doc._.actors = actors
    actor_by_id[actor_id] = actor_by_id[record["id"]] = record
    return record["id"]


def quote_speaker(offset: int, quotes: list[dict]) -> str | None:
    for quote in quotes:
        segments = quote.get("segments") or [[quote["start"], quote["end"]]]
        if any(s <= offset < e for s, e in segments):
            return (quote.get("speaker") or {}).get("actor")
    return None


# The actors KB files the UN system under UNO and the EU under EUR; CAMEO codes an international body
# as IGO followed by the body ("IGOUNO"), and PLOVER's actor country is IGO.
IGO_BODIES = frozenset({"UNO", "EUR"})


def code_of(actor: dict, where: str | None = None) -> str:
    """The CAMEO-style code of an actor: country (or `---`) followed by its sector ("USAGOV", "RUS");
    an international body is IGO followed by the body ("IGOUNO").

    An actor of unknown country takes `where`, the country the event happened in ("children were
    killed in Gaza" are Palestinian civilians)."""
    country = actor.get("country")
    if country in IGO_BODIES and actor.get("kind") != "country":
        country = "IGO" + country
    return (country or where or "---") + (actor.get("sector") or "")


LOCATING_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout"})
# Links followed from the trigger to the phrases that say where: locating prepositions (and "of": "in the
# north of Iraq"), their objects, and an adverbial clause naming the means ("killed in shelling in Gaza").
LOCATING_DEPS = frozenset({"prep", "pobj", "advcl", "compound"})


def located_country(doc: Doc, head, match: TriggerMatch, owners: list, actor_by_id: dict, places: list[dict]) -> str | None:
    """The country of the place where the event happened: a proper noun inside an `in`/`at` phrase of
    the trigger (or of an adverbial clause below it) that the actors stage resolved to a country."""
    anchors = [head, head.head if head.dep_ in ("dobj", "pobj", "nsubjpass") else head, *(doc[i] for i in match.tokens)]
    anchors += [c for a in anchors for c in a.children if c.dep_ == "advcl"]
    stack = [c for a in anchors for c in a.children if c.dep_ == "prep" and c.lower_ in LOCATING_PREPS]
    seen = set()
    while stack:
        token = stack.pop(0)
        if token.i in seen or len(seen) > 40:
            continue
        seen.add(token.i)
        country = named_country(token, owners, actor_by_id, places)
        if country:
            return country
        stack.extend(c for c in token.children if c.dep_ in LOCATING_DEPS
                     and (c.dep_ != "prep" or c.lower_ in LOCATING_PREPS or c.lower_ == "of"))
    return None


def named_country(token, owners: list, actor_by_id: dict, places: list[dict]) -> str | None:
    """The country a proper noun names: a place the actors stage resolved, or a country actor."""
    owner = owners[token.i]
    if owner is None or token.pos_ != "PROPN":
        return None
    if owner.startswith("place:"):
        return places[int(owner[len("place:"):])].get("country")
    record = actor_by_id.get(owner) or {}
    return record.get("country") if record.get("kind") == "country" else None


# Links inside an actor's own phrase that name where it is from: "refugees from Syria", "rebels in
# Darfur", "refugees fleeing the war in Liberia".
HOME_PREPS = frozenset({"in", "from", "of"})


def phrase_country(token, owners: list, actor_by_id: dict, places: list[dict]) -> str | None:
    """The country named inside an actor's own noun phrase (never beyond a relative clause)."""
    stack = [c for c in token.children if c.dep_ in ("prep", "acl") and (c.dep_ == "acl" or c.lower_ in HOME_PREPS)]
    seen = 0
    while stack and seen < 30:
        current = stack.pop(0)
        seen += 1
        country = named_country(current, owners, actor_by_id, places)
        if country:
            return country
        stack.extend(c for c in current.children if c.dep_ in ("pobj", "dobj", "compound")
                     or (c.dep_ == "prep" and c.lower_ in HOME_PREPS))
    return None


def location_of(doc: Doc, head, match: TriggerMatch, places: list[dict], sentence) -> dict | None:
    """The place named by an `in`/`at` phrase on the trigger or its verb, if the actors stage found one."""
    if not any(sentence.start_char <= place["start"] < sentence.end_char for place in places):
        return None
    anchors = {head, head.head, *(doc[i] for i in match.tokens)}
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "outside"):
                for obj in child.children:
                    for place in places:
                        if place["start"] <= obj.idx < place["end"]:
                            return dict(place)
    return None


def quote_claims(doc: Doc, quotes: list[dict], trigger_heads: set[int]) -> list[tuple[list, str | None]]:
    """(segments, speaker actor id) of the quotes that are claims: a quote whose cue is itself an event
    ("accusing Moscow of ...") reports that event, not a speech act."""
    claims = []
    for quote in quotes:
        cue = quote.get("cue") or {}
        cue_span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand") if cue.get("end") else None
        if cue_span is not None and cue_span.root.i in trigger_heads:
            continue
        segments = quote.get("segments") or [[quote["start"], quote["end"]]]
        claims.append((segments, (quote.get("speaker") or {}).get("actor")))
    return claims


def attribution(offset: int, claims: list[tuple[list, str | None]]) -> str | None:
    """The speaker's actor id when the trigger lies inside a quote (a claim, not the narrator's fact)."""
    for segments, speaker in claims:
        if any(s <= offset < e for s, e in segments):
            return speaker
    return None
