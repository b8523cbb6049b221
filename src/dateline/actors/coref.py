"""Within-article coreference: mentions of one actor become one actor record.

Rules, in the order they are tried for each mention (all within one article):
- the same knowledge-base person, organisation or country is the same actor;
- a bare surname is the person named in full earlier ("Trump" after "Donald Trump");
- a title is its office holder on the date ("the US President"), or the earlier person who
  holds that office or carried that title ("the Prime Minister", "the spokeswoman");
- seats of government, capitals acting and "the X government/administration" of one country
  are that country's government ("the Kremlin" and "Moscow");
- he/she/his/her go to the nearest earlier person of a compatible gender, they/their to the
  nearest earlier group, organisation or government, within a few sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .kb import lookup_key
from .resolve import Resolution

PRONOUN_WINDOW_SENTENCES = 3
GOVERNMENT_BODIES = frozenset({"government", "administration", "regime", "cabinet", "authorities", "leadership"})


@dataclass
class Actor:
    """One actor of the article and every mention of it."""

    resolution: Resolution
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    mention_rules: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    sentences: list[int] = field(default_factory=list)

    @property
    def gender(self) -> str:
        return self.resolution.gender or ""

    def add(self, start: int, end: int, rule: str, sentence: int, name: str | None = None) -> None:
        self.mentions.append((start, end))
        self.mention_rules.append(rule)
        self.sentences.append(sentence)
        if name:
            self.names.append(name)


def actor_key(resolution: Resolution, text: str) -> str:
    """What makes two mentions the same actor, when no coreference rule links them."""
    if resolution.kb_id:
        return f"{resolution.kind}:{resolution.kb_id}"
    if resolution.kind == "government" or (
        resolution.kind == "organisation" and lookup_key(text).split()[-1:] and lookup_key(text).split()[-1] in GOVERNMENT_BODIES
    ):
        return f"government:{resolution.country}:{resolution.sector}"
    if resolution.kind == "country":
        return f"country:{resolution.country}"
    if resolution.kind == "person":
        return f"name:{lookup_key(text)}"
    return f"{resolution.kind}:{resolution.country}:{resolution.sector}:{lookup_key(text)}"


class ArticleActors:
    """Accumulates an article's actors as its mentions are met in order."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._by_key: dict[str, Actor] = {}
        self._last_mention: list[tuple[Actor, int, bool]] = []  # (actor, sentence, plural) in order

    def add(self, resolution: Resolution, text: str, start: int, end: int, sentence: int, rule: str) -> Actor:
        key = actor_key(resolution, text)
        actor = self._by_key.get(key)
        if actor is None:
            actor = Actor(resolution, key)
            self.actors.append(actor)
            self._by_key[key] = actor
        actor.add(start, end, rule, sentence, name=text if resolution.kind == "person" else None)
        self._last_mention.append((actor, sentence, resolution.plural or resolution.kind in ("group",)))
        return actor

    def link(self, actor: Actor, start: int, end: int, sentence: int, rule: str, plural: bool = False) -> Actor:
        actor.add(start, end, rule, sentence)
        self._last_mention.append((actor, sentence, plural))
        return actor

    def person_by_surname(self, surname: str) -> Actor | None:
        key = lookup_key(surname)
        for actor in reversed(self.actors):
            if actor.resolution.kind == "person" and any(lookup_key(n).split()[-1:] == [key] for n in actor.names if n):
                return actor
        return None

    def person_by_office(self, office: str) -> Actor | None:
        for actor in reversed(self.actors):
            if actor.resolution.kind == "person" and actor.resolution.office == office:
                return actor
        return None

    def person_by_title(self, title: str) -> Actor | None:
        for actor in reversed(self.actors):
            if actor.resolution.kind == "person" and title in actor.titles:
                return actor
        return None

    def antecedent(self, sentence: int, gender: str, plural: bool) -> Actor | None:
        """The nearest earlier compatible actor within the pronoun window."""
        for actor, mentioned_in, mention_plural in reversed(self._last_mention):
            if sentence - mentioned_in > PRONOUN_WINDOW_SENTENCES:
                return None
            if plural:
                if mention_plural or actor.resolution.kind in ("organisation", "government", "country"):
                    return actor
                continue
            if actor.resolution.kind != "person" or mention_plural:
                continue
            if not gender or not actor.gender or actor.gender == "unknown" or actor.gender == gender:
                return actor
        return None
