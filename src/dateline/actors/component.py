"""The `dateline_actors` spaCy component: every actor of an article, resolved at its date.

Sets `doc._.actors` (one record per actor, with all its mentions), `doc._.places` (place names
used as locations, with their country) and `span._.actor` (the actor id of each mention span).

>>> nlp.add_pipe("dateline_actors")   # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers the Doc._ and Span._ attributes)
from .coref import Actor, ArticleActors
from .kb import KnowledgeBase, clear_lookup_caches
from .mentions import (PRONOUNS, Mention, clear_memos, find_mentions, is_generic, is_role_word, kb_phrase_matcher,
                       mention_text)
from .places import Gazetteer
from .resolve import ActorResolver, Resolution


@Language.factory(
    "dateline_actors",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.actors", "doc._.places", "span._.actor"],
)
def make_actors_component(nlp: Language, name: str) -> "ActorsComponent":
    return ActorsComponent(nlp)


class ActorsComponent:
    def __init__(self, nlp: Language):
        self.resolver = ActorResolver.shared()
        self.kb: KnowledgeBase = self.resolver.kb
        self.gazetteer: Gazetteer = self.resolver.gazetteer
        kb_phrase_matcher(nlp.vocab)  # compile once, at pipeline build time, not on the first doc

    def __call__(self, doc: Doc) -> Doc:
        when: date | None = doc._.dct
        mentions = find_mentions(doc, self.kb)
        sentence_of = _sentence_index(doc)
        resolved = {id(m): self._resolve(m, when) for m in mentions if m.source != "pronoun" and not m.is_place}
        context = _countries_by_sentence(mentions, resolved, sentence_of)
        article = ArticleActors()
        places = []
        linked: list[tuple[Mention, Actor]] = []
        person_at: dict[int, Actor] = {}  # head token of a named person's mention -> the person
        placed: dict[int, set[str]] = {}  # sentence -> countries of the places it names
        for mention in mentions:
            if mention.is_place:
                sentence = sentence_of[mention.span.start]
                place = self._place(mention, context.get(sentence, set()) | context.get(-1, set()))
                if place is not None:
                    places.append(place)
                    if place["country"]:
                        placed.setdefault(sentence, set()).add(place["country"])
        for mention in mentions:
            sentence = sentence_of[mention.span.start]
            if mention.is_place:
                continue
            if mention.source == "pronoun":
                gender, plural = PRONOUNS[mention.label]
                antecedent = article.antecedent(sentence, gender, plural)
                if antecedent is not None:
                    article.link(antecedent, mention.start, mention.end, sentence, "coref.pronoun", plural)
                    linked.append((mention, antecedent))
                continue
            described = _described_person(mention, person_at)
            if described is not None:
                # "Michael Mulgrew, president of the teachers' union": the description is a
                # second mention of the person it stands beside, not a second actor.
                linked.append((mention, article.link(described, mention.start, mention.end, sentence, "coref.appos")))
                continue
            resolution = resolved[id(mention)]
            if resolution is None:
                continue
            if resolution.country is None:
                resolution = _placed_by_sentence(mention, resolution, context.get(sentence, set()) | placed.get(sentence, set()))
            actor = self._corefer(article, mention, resolution, sentence)
            if actor is None:
                actor = article.add(resolution, mention_text(mention), mention.start, mention.end, sentence, resolution.rule)
            if resolution.kind == "person":  # titles let "the spokeswoman" find her later
                actor.titles.update(t.lower_ for t in mention.span if t.pos_ == "NOUN" and is_role_word(t.text))
                if not _titled_only(mention) and resolution.kb_id is None:
                    # Only a person the knowledge base does not know: a known one's description
                    # resolves on its own ("UN secretary-general"), and events borrow its sector.
                    person_at[mention.span.root.i] = actor
            linked.append((mention, actor))
        for mention, actor in list(linked):
            for pronoun in _relative_pronouns(mention):
                # "Mr. Kerry and Mr. Obama, who sent Mr. Xi a letter": "who" is a mention too.
                article.link(actor, pronoun.idx, pronoun.idx + len(pronoun.text), sentence_of[pronoun.i], "coref.relative")
        ids = {id(actor): f"a{index}" for index, actor in enumerate(article.actors, start=1)}
        doc._.actors = [_record(ids[id(actor)], actor) for actor in article.actors]
        doc._.places = places
        for mention, actor in linked:
            # Span extensions are keyed by character offsets, so the mention's own span serves.
            mention.span._.actor = ids[id(actor)]
        return doc

    def _resolve(self, mention: Mention, when: date | None) -> Resolution | None:
        text = mention_text(mention)
        resolution = _cached_resolve(self.resolver, text, when)
        if mention.source == "role" and resolution.country is None and resolution.rule.endswith("role.default") \
                and resolution.kind != "group":
            return None  # a generic word alone ("on taking office"): no actor
        if resolution.kind == "unknown":
            if not text[:1].isupper():
                return None  # the small model's stray entities ("a sham" as ORG)
            if mention.label == "PERSON" or mention.source == "surname":
                first = text.split()[0]
                resolution = Resolution(text, None, "UNK", "person", "ner.person",
                                        gender=self.kb.gender_of_first_name(first) if len(text.split()) > 1 else None)
                resolution = self._from_apposition(mention, resolution, when)
            elif mention.label == "ORG":
                resolution = Resolution(text, None, "UNK", "organisation", "ner.org")
            else:
                return None
        elif resolution.kind == "person" and resolution.gender is None:
            resolution = replace(resolution, gender=_title_gender(text))
        return resolution

    def _from_apposition(self, mention: Mention, resolution: Resolution, when: date | None) -> Resolution:
        """An unknown name with a description beside it: "Maria Zakharova, the ministry spokeswoman"."""
        for child in mention.span.root.children:
            if child.dep_ == "appos":
                described = _cached_resolve(self.resolver, mention.span.doc[child.left_edge.i : child.right_edge.i + 1].text, when)
                if described.country is not None or described.sector not in (None, "UNK"):
                    return replace(resolution, country=described.country, sector=described.sector,
                                   sectors=described.sectors, rule="ner.person+appos")
        return resolution

    def _corefer(self, article: ArticleActors, mention: Mention, resolution: Resolution, sentence: int) -> Actor | None:
        """An earlier actor this mention refers to, by surname or by title."""
        words = mention.span.text.split()
        if len(words) == 1 and words[0][:1].isupper() and resolution.kind in ("person", "organisation", "unknown"):
            # Surnames first, whatever the tagger called them ("Sanders" tagged ORG).
            earlier = article.person_by_surname(words[0])
            if earlier is not None and resolution.kb_id and earlier.resolution.kb_id is None:
                earlier = None  # "Trump" after "Melania Trump" is still the Trump the reader knows
            if earlier is not None:
                return article.link(earlier, mention.start, mention.end, sentence, "coref.surname")
        if (resolution.kind == "person" and resolution.kb_id is None and not resolution.plural
                and _titled_only(mention) and not is_generic(mention)):
            earlier = article.person_by_office(resolution.office) if resolution.office else None
            if earlier is None:
                root = mention.span.root.lower_
                earlier = article.person_by_title(root)
            if earlier is not None:
                return article.link(earlier, mention.start, mention.end, sentence, "coref.title")
        return None

    def _place(self, mention: Mention, context: set[str]) -> dict | None:
        text = mention_text(mention)
        countries = self.kb.countries_by_name(text)
        if len(countries) == 1:
            return _place_record(mention, text, countries[0].code, "country", "kb.country")
        place = self.gazetteer.resolve(text, context)
        if place is not None:
            rule = "gazetteer.context" if place.country in context else "gazetteer.dominant"
            return _place_record(mention, text, place.country, place.kind, rule)
        candidates = self.gazetteer.candidates(text)
        if candidates:
            return _place_record(mention, text, None, candidates[0].kind, "gazetteer.ambiguous")
        return None


@lru_cache(maxsize=65536)
def _cached_resolve(resolver: ActorResolver, text: str, when: date | None) -> Resolution:
    return resolver.resolve(text, when)


def clear_caches() -> None:
    """Empty the stage's per-process memos (not the loaded knowledge), so the next article
    meets them as cold as a new corpus would; for benchmarks."""
    _cached_resolve.cache_clear()
    clear_lookup_caches()
    clear_memos()


# Bodies of a state that a sentence may name without their country: "the government", "police",
# "rebels", "troops". A group of professionals or an unknown organisation takes no country so.
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "REB", "OPP", "PTY", "SPY", "ELI"})


def _placed_by_sentence(mention: Mention, resolution: Resolution, countries: set[str]) -> Resolution:
    """A national body with no country, in a sentence that names one country only, is that
    country's: "Rebels in the Ivory Coast dismissed an appeal ... lost all trust in the government"."""
    if resolution.country is not None or resolution.sector not in NATIONAL_SECTORS or len(countries) != 1 \
            or resolution.kb_id is not None or not resolution.rule.startswith("phrase"):
        return resolution
    if resolution.plural and resolution.sector in ("GOV", "ELI"):
        return resolution  # "the leaders", "dictators": people of any country, often of several
    if _names_inside(mention):
        return resolution
    return replace(resolution, country=next(iter(countries)), rule=resolution.rule + "+sentence_country")


def _names_inside(mention: Mention) -> bool:
    """Whether a body's phrase names somebody of its own ("the Bush administration"), whose
    country is not to be guessed from the sentence. A titled person's name does not count."""
    return mention.span.root.pos_ != "PROPN" and any(t.pos_ == "PROPN" for t in mention.span[1:])


def _described_person(mention: Mention, person_at: dict[int, Actor]) -> Actor | None:
    """The named person a role phrase stands in apposition to, if any."""
    root = mention.span.root
    if mention.source != "role" or root.dep_ != "appos" or not _titled_only(mention):
        return None
    return person_at.get(root.head.i)


def _titled_only(mention: Mention) -> bool:
    """A title with no name of a person in it ("the spokeswoman")."""
    return not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in mention.span)


def _title_gender(text: str) -> str | None:
    lowered = text.lower()
    if any(word in lowered for word in ("woman", "women", "queen", "mrs", "ms ")):
        return "f"
    if any(word in lowered for word in ("man ", "man,", "king", "mr ")) or lowered.endswith("man"):
        return "m"
    return None


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for number, sentence in enumerate(doc.sents):
            for i in range(sentence.start, sentence.end):
                index[i] = number
    return index


def _countries_by_sentence(mentions: list[Mention], resolved: dict, sentence_of: list[int]) -> dict[int, set[str]]:
    """Countries each sentence speaks of (key -1: the whole article), to place ambiguous names."""
    found: dict[int, set[str]] = {-1: set()}
    for mention in mentions:
        resolution = resolved.get(id(mention))
        if resolution is not None and resolution.country and len(resolution.country) == 3:
            found.setdefault(sentence_of[mention.span.start], set()).add(resolution.country)
            found[-1].add(resolution.country)
    return found


def _place_record(mention: Mention, text: str, country: str | None, kind: str, rule: str) -> dict:
    return {"start": mention.start, "end": mention.end, "text": mention.span.text, "country": country,
            "kind": kind, "rule": rule}


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _relative_pronouns(mention: Mention) -> list:
    """The relative pronoun subjects of the relative clauses on a mention's head word."""
    return [
        subject
        for clause in mention.span.root.children
        if clause.dep_ == "relcl"
        for subject in clause.children
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ in {"WP", "WDT"} and subject.lower_ in RELATIVE_PRONOUNS
    ]


def _record(actor_id: str, actor: Actor) -> dict:
    resolution = actor.resolution
    proper = [n for n in actor.names if n and n[:1].isupper()]
    name = resolution.name if resolution.kb_id else (max(proper, key=len) if proper else resolution.name)
    return {
        "id": actor_id,
        "name": name,
        "country": resolution.country,
        "sector": resolution.sector,
        "sectors": list(resolution.sectors),
        "kind": resolution.kind,
        "office": resolution.office,
        "kb_id": resolution.kb_id,
        "rule": resolution.rule,
        "mentions": [list(span) for span in actor.mentions],
        "mention_rules": list(actor.mention_rules),
    }
