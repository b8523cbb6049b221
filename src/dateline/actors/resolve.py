"""Resolve an actor phrase to a country and sector valid on a date.

"Russian Foreign Minister Sergei Lavrov", "two Chinese warplanes", "president of the Riigikogu",
"White House spokeswoman Sarah Sanders", "Trump": the phrase is scanned for the longest
knowledge-base names it contains (people, organisations, seats of government, countries and
their adjectives, role words, places), and the pieces are combined the way English builds
such phrases: the head (the last role word) gives the sector, a modifier or a complement
("of X", "in X") the country, a known person their own office on the date. Each resolution
names the rule that made it, so every actor can be explained.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache

from .kb import KnowledgeBase, Person, Role, lookup_key, normalise
from .places import Gazetteer

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "prof", "madam"})

# Offices held by one person at a time in a country: "the French President" is somebody.
UNIQUE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                            "vice_president", "interior_minister", "finance_minister"})
# A complement after these words says whose the head is ("president of the Riigikogu") or where
# it is ("protesters in Minsk"); "to" ("ambassador to the UN") names somebody else.
OWNER_WORDS = frozenset({"of", "for"})
PLACE_WORDS = frozenset({"in", "across", "from", "at", "inside", "throughout"})
SPLIT_WORDS = OWNER_WORDS | PLACE_WORDS | {"to", "with", "against", "on", "over", "who", "which", "that"}
QUANTIFIERS = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "some", "many", "top",
                         "senior", "his", "her", "their", "its", "our", "own", "both", "all", "other", "former"})
MAX_NGRAM = 6
# Words saying a title is no longer held ("former prime minister", "ousted president").
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "exiled", "onetime", "one-time", "erstwhile"})
ELITE_FROM = frozenset({"GOV", "LEG", "MIL", "JUD", "PTY"})  # sectors a former holder leaves for ELI
_TOKEN = re.compile(r"[\w][\w.'’&-]*[\w.]|[\w]|,")


@dataclass(frozen=True)
class Resolution:
    """Who a phrase means: country (ISO alpha-3 or IGO/NGO/...), sector, and why."""

    name: str
    country: str | None
    sector: str | None
    kind: str  # person | organisation | government | country | group | place | unknown
    rule: str
    sectors: tuple[str, ...] = ()
    kb_id: str | None = None
    office: str | None = None
    gender: str | None = None
    plural: bool = False

    def to_dict(self) -> dict:
        record = asdict(self)
        record["sectors"] = list(self.sectors)
        return record


UNKNOWN = Resolution(name="", country=None, sector="UNK", kind="unknown", rule="none")


@dataclass
class _Piece:
    """A knowledge-base name found in the phrase."""

    start: int
    end: int
    kind: str  # person | organisation | seat | country | role | place
    value: object
    text: str


@dataclass
class _Evidence:
    pieces: list[_Piece] = field(default_factory=list)

    def first(self, *kinds: str) -> _Piece | None:
        return next((p for p in self.pieces if p.kind in kinds), None)

    def last(self, *kinds: str) -> _Piece | None:
        return next((p for p in reversed(self.pieces) if p.kind in kinds), None)


class ActorResolver:
    """Resolves phrases with the knowledge base; one per process (`ActorResolver.shared()`).

    >>> resolver = ActorResolver.shared()
    >>> r = resolver.resolve("Theresa May", date(2014, 1, 1))
    >>> (r.country, r.sector, r.office)
    ('GBR', 'GOV', 'interior_minister')
    """

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer):
        self.kb = kb
        self.gazetteer = gazetteer
        self._surnames = _surname_index(kb)

    @classmethod
    @cache
    def shared(cls) -> "ActorResolver":
        return cls(KnowledgeBase.load(), Gazetteer.load())

    # -- people ----------------------------------------------------------------------------

    def person(self, person: Person, when: date | None, rule: str, name: str | None = None) -> Resolution:
        """A known person as they were on `when` (no date: their most recent role)."""
        spell = self.kb.affiliation_at(person.person_id, when) if when else _latest_spell(person)
        if spell is None:
            return Resolution(name or person.name, None, "UNK", "person", rule + ".no_role", kb_id=person.person_id,
                              gender=person.gender)
        second = self.kb.offices.get(spell.office, ("", ""))[1]
        sectors = tuple(s for s in (spell.sector, second) if s)
        return Resolution(name or person.name, spell.country, spell.sector, "person", rule, sectors=sectors,
                          kb_id=person.person_id, office=spell.office, gender=person.gender)

    def people_named(self, surname: str, when: date | None) -> list[Person]:
        """People with this surname, those in a role on `when` first ("Trump" in 2018)."""
        people = [self.kb.people[pid] for pid in self._surnames.get(lookup_key(surname), ())]
        if when is None:
            return sorted(people, key=lambda p: _latest_spell(p).start if _latest_spell(p) else "", reverse=True)
        in_role = [p for p in people if self.kb.spells_at(p.person_id, when)]
        return in_role

    def office_holder(self, country: str, office: str, when: date | None) -> Person | None:
        return self.kb.office_holder(country, office, when or date.today())

    # -- phrases ---------------------------------------------------------------------------

    def resolve(self, text: str, when: date | None = None, context: str | None = None) -> Resolution:
        """Resolve a phrase as a reader would on `when`; `context` may name the country ("Mexican")."""
        words = _tokens(text)
        core = _strip_quantifiers(words)
        if not core:
            return UNKNOWN
        # The phrase as written first ("People's Republic of China"), then without possessives.
        whole = self._whole(_strip_leading_quantifiers(text), core, when) or self._whole(" ".join(core), core, when)
        if whole is not None:
            return self._with_context(whole, context, when)
        return self._with_context(self._combine(words, when), context, when)

    def _whole(self, phrase: str, words: list[str], when: date | None) -> Resolution | None:
        """The phrase is itself a name the knowledge base knows."""
        people = self.kb.people_by_name(phrase)
        if people:
            return self.person(_best_person(self, people, when), when, "kb.person")
        if len(words) == 1 and words[0][:1].isupper():
            named = self.people_named(words[0], when)
            if len(named) == 1:
                return self.person(named[0], when, "kb.surname", name=named[0].name)
        org = self.kb.organisation(phrase, when)
        if org is not None:
            return Resolution(org.name, org.country or None, org.sector, "organisation", "kb.organisation",
                              sectors=(org.sector,) if org.sector else (), kb_id=org.org_id)
        seat = self.kb.seat(phrase)
        if seat is not None:
            return Resolution(seat.text, seat.country, seat.sector, "government", f"kb.{seat.kind}",
                              sectors=(seat.sector,) if seat.sector else ())
        country = self._country(phrase)
        if country is not None:
            return country
        if len(words) == 1 and words[0][:1].isupper() and when is not None:
            # Nobody of that name in office: a former holder ("Obama" in 2018) before a town of the name.
            former = self.people_named(words[0], None)
            if len(former) == 1:
                return self.person(former[0], when, "kb.surname.former", name=former[0].name)
        return None

    def _country(self, phrase: str) -> Resolution | None:
        found = self.kb.countries_by_name(phrase)
        plural = False
        if not found and phrase.endswith("s"):  # "Russians", "Palestinians": the people of
            found, plural = self.kb.countries_by_name(phrase[:-1]), True
        if len(found) != 1:
            return None
        country = found[0]
        return Resolution(country.name, country.code, country.sector, "country", "kb.country",
                          sectors=(country.sector,) if country.sector else (), plural=plural)

    def _combine(self, words: list[str], when: date | None) -> Resolution:
        """Build a resolution from the names inside a longer phrase."""
        generic = bool(words) and words[0].lower() in ("a", "an")  # "an American president": nobody in particular
        head_words, complement, marker = _split(words)
        head = self._scan(head_words, when)
        role = _head_role(head)
        person_piece = head.first("person")
        if person_piece is not None and role is not None and role.start > person_piece.start and not role.value.person:
            # "the Trump administration", "Putin's government": the person's country, the body's sector.
            of_person = self.person(person_piece.value, when, "kb.person")
            country = of_person.country or _only_country(person_piece.value)
            if country is not None:
                return Resolution(" ".join(words), country, role.value.sector, "organisation",
                                  "phrase.person_body", sectors=(role.value.sector,))
        if person_piece is None and role is not None and not role.value.person:
            # "the Bush administration" in a year with no Bush in office: the country all who bear
            # the name served, when they served one.
            country = self._country_of_surname_before(role, head_words, head)
            if country is not None:
                return Resolution(" ".join(words), country, role.value.sector, "organisation",
                                  "phrase.person_body.former", sectors=(role.value.sector,))
        former = _former(head_words)
        if person_piece is not None:
            resolved = self.person(person_piece.value, when, "kb.person+title", name=person_piece.text)
            if resolved.country is not None:
                if former and resolved.sector in ELITE_FROM:  # "Ousted President Askar Akayev"
                    return replace(resolved, sector="ELI", sectors=("ELI",), rule=resolved.rule + ".former")
                return resolved
        country = self._country_evidence(head)
        sector, sector_rule = self._sector_evidence(head, role)
        if former and role is not None and role.value.person and sector in ELITE_FROM:
            # CAMEO codes former office holders as elites; nor is "the former French president" the incumbent.
            sector, sector_rule = "ELI", "former"
        rule = "phrase"
        if not head.pieces and not complement:
            return replace(UNKNOWN, name=" ".join(words))
        if len(head.pieces) == 1 and head.pieces[0].kind == "place" and not complement:
            return self._place_as_actor(head.pieces[0].value, " ".join(words))
        if complement:
            inner = self.resolve(" ".join(complement), when)
            if marker in OWNER_WORDS and not head.pieces and inner.kind != "unknown":
                # "a team of heavily armed police": an unknown head takes what it is made of.
                return replace(inner, name=" ".join(words), rule="phrase.of_group")
            if marker in OWNER_WORDS and inner.country is not None and (role is None or role.value.inherits
                                                                        or role.value.person):
                # "president of the Riigikogu": the head belongs to the body, which gives its codes.
                if inner.kind in ("organisation", "government"):
                    return replace(inner, name=" ".join(words), kind="person" if role and role.value.person else inner.kind,
                                   rule="phrase.of_body", kb_id=None, plural=_plural(role))
                country = country or inner.country
            if marker in OWNER_WORDS and role is not None and role.value.inherits and sector_rule == "role.default" \
                    and inner.sector not in (None, "", "UNK"):
                # "the leader of the rebels", "leaders of the opposition coalition": what is led.
                sector, sector_rule = inner.sector, "role.of_body"
            if marker in PLACE_WORDS and country is None and inner.country is not None:
                country, rule = inner.country, "phrase.located"
        if role is not None and role.value.office in UNIQUE_OFFICES and country and not _plural(role) and not generic \
                and not former and not _named_after(role, head_words, head):
            holder = self.office_holder(country, role.value.office, when)
            if holder is not None:
                return self.person(holder, when, "kb.office_holder", name=holder.name)
        if person_piece is not None:  # a known person with no role on the date: the title decides
            # ... and the country is the one they always served, if only one ("President Laurent Gbagbo").
            country = country or _only_country(person_piece.value)
            return Resolution(person_piece.text, country, sector or "UNK", "person", "kb.person.title",
                              kb_id=person_piece.value.person_id, gender=person_piece.value.gender)
        if country is None and sector is None:
            return replace(UNKNOWN, name=" ".join(words))
        if sector is None:  # a known country, but nothing says who in it ("regions across Indonesia")
            sector, sector_rule = "UNK", "unknown_head"
        sectors = tuple(s for s in (sector, role.value.sector2 if role else "") if s)
        kind = "group" if _plural(role) else ("person" if role is not None and role.value.person else "organisation")
        return Resolution(" ".join(words), country, sector if sector is not None else "", kind,
                          f"{rule}.{sector_rule}", sectors=sectors, plural=_plural(role),
                          office=role.value.office or None if role else None)

    def _country_of_surname_before(self, role: "_Piece", words: list[str], head: "_Evidence") -> str | None:
        index = role.start - 1
        if index < 0 or not words[index][:1].isupper() or any(p.start <= index < p.end for p in head.pieces):
            return None
        countries = {_only_country(person) for person in self.people_named(words[index], None)}
        return countries.pop() if len(countries) == 1 else None

    def _place_as_actor(self, place, text: str) -> Resolution:
        """A place standing alone as an actor: a capital means its government, another city or a
        region its people."""
        if place.capital:
            return Resolution(text, place.country, "GOV", "government", "place.capital", sectors=("GOV",))
        return Resolution(text, place.country, "CVL", "group", f"place.{place.kind}", sectors=("CVL",))

    def _country_evidence(self, head: _Evidence) -> str | None:
        for piece in head.pieces:
            if piece.kind == "country":
                return piece.value.code
        for piece in head.pieces:
            if piece.kind in ("organisation", "seat") and piece.value.country:
                return piece.value.country
            if piece.kind == "place":
                return piece.value.country
        return None

    def _sector_evidence(self, head: _Evidence, role: _Piece | None) -> tuple[str | None, str]:
        if role is not None and not role.value.inherits:
            return role.value.sector, "role"
        body = _body_before(head, role)
        if body is not None:
            return body, "role.of_body" if role is not None else "body"
        if role is not None:
            return role.value.sector, "role.default"
        country = head.first("country")
        if country is not None:
            return country.value.sector, "country"
        return None, "none"

    def _scan(self, words: list[str], when: date | None) -> _Evidence:
        """Longest knowledge-base names in `words`, left to right, without overlaps."""
        taken = [False] * len(words)
        pieces = []
        for size in range(min(MAX_NGRAM, len(words)), 0, -1):
            for start in range(0, len(words) - size + 1):
                if any(taken[start:start + size]):
                    continue
                piece = self._lookup(words[start:start + size], start, when)
                if piece is not None and self._someone_else(piece, words, taken):
                    # "Sen. Claire McCaskill": the title, not Hun Sen; "Melania Trump": nobody known
                    role = self.kb.role(piece.text)
                    piece = _Piece(start, start + 1, "role", role, piece.text) if role is not None else None
                if piece is not None:
                    pieces.append(piece)
                    for index in range(start, start + size):
                        taken[index] = True
        pieces.sort(key=lambda p: p.start)
        kinds: list[str | None] = [None] * len(words)
        for piece in pieces:
            for index in range(piece.start, piece.end):
                kinds[index] = piece.kind
        return _Evidence([p for p in pieces if p.kind != "place" or _place_in_place(p, words, kinds)])

    def _someone_else(self, piece: "_Piece", words: list[str], taken: list[bool]) -> bool:
        """A known surname inside a longer name the knowledge base does not know: "Melania Trump"
        is not the Trump in office, nor "Paul Nitze" Senator Paul."""
        if piece.kind != "person" or piece.end - piece.start != 1:
            return False
        if piece.end < len(words) and words[piece.end][:1].isupper() and not taken[piece.end]:
            return True  # "Paul Nitze" is not Senator Paul
        if piece.start == 0 or taken[piece.start - 1]:
            return False
        before = words[piece.start - 1]
        return before[:1].isupper() and lookup_key(before) not in HONORIFICS and before.lower() not in QUANTIFIERS \
            and self.kb.role(before.lower()) is None

    def _lookup(self, words: list[str], start: int, when: date | None) -> _Piece | None:
        text = " ".join(words)
        end = start + len(words)
        capitalised = words[0][:1].isupper()
        if len(words) >= 2 and capitalised:
            people = self.kb.people_by_name(text)
            if people:
                return _Piece(start, end, "person", _best_person(self, people, when), text)
        if len(words) == 1 and capitalised and when is not None:
            named = self.people_named(text, when)  # "the Trump administration"
            if len(named) == 1:
                return _Piece(start, end, "person", named[0], text)
        org = self.kb.organisation(text, when)
        if org is not None and (capitalised or len(words) > 1):
            return _Piece(start, end, "organisation", org, text)
        seat = self.kb.seat(text)
        if seat is not None and capitalised:
            return _Piece(start, end, "seat", seat, text)
        countries = self.kb.countries_by_name(text)
        if len(countries) == 1 and capitalised:
            return _Piece(start, end, "country", countries[0], text)
        role = self.kb.role(text)
        if role is not None:
            return _Piece(start, end, "role", role, text)
        if capitalised and len(words) <= 3:
            place = self.gazetteer.resolve(text)
            if place is not None:
                return _Piece(start, end, "place", place, text)
        return None

    def _with_context(self, resolution: Resolution, context: str | None, when: date | None) -> Resolution:
        """A context phrase ("Mexican", "Russia") fills a missing country."""
        if resolution.country is not None or not context:
            return resolution
        hint = self.resolve(context, when)
        if hint.country is None:
            return resolution
        return replace(resolution, country=hint.country, rule=resolution.rule + "+context")


def _place_in_place(piece: _Piece, words: list[str], kinds: list[str | None]) -> bool:
    """A place name counts only where a place can stand: alone, or before a noun ("Minsk police");
    not beside other proper names that are not known names ("Jam Kamal Khan" is a person, not
    two towns in Iran)."""
    for index in (piece.start - 1, piece.end):
        if 0 <= index < len(words):
            word = words[index]
            proper = word[:1].isupper() and word.lower() not in QUANTIFIERS
            if proper and kinds[index] in (None, "place"):
                return False
    return True


def _head_role(head: _Evidence) -> _Piece | None:
    """The head noun's role: the last role word, English noun phrases being head-final."""
    return head.last("role")


def _body_before(head: _Evidence, role: _Piece | None) -> str | None:
    """The sector of the body a generic head belongs to: "intelligence agency officer" → SPY."""
    limit = role.start if role is not None else len(head.pieces) + 10_000
    for piece in reversed(head.pieces):
        if piece.start >= limit:
            continue
        if piece.kind == "role" and not piece.value.inherits:
            return piece.value.sector
        if piece.kind in ("organisation", "seat") and piece.value.sector:
            return piece.value.sector
    return None


def _named_after(role: _Piece, words: list[str], head: _Evidence) -> bool:
    """Whether a name follows the title: "Russian Foreign Minister Andrei Kozyrev" names its
    minister, who need not be the one in office on the date."""
    rest = words[role.end:]
    return bool(rest) and all(w[:1].isupper() for w in rest) and all(
        p.kind == "person" for p in head.pieces if p.start >= role.end)


def _plural(role: _Piece | None) -> bool:
    if role is None:
        return False
    word = role.text.lower()
    return word.endswith("s") and not word.endswith("ss") and lookup_key(role.value.term) != lookup_key(word)


def _split(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """Head words, complement words, and the word that joins them ("of", "in", "," ...)."""
    for index, word in enumerate(words):
        if index and (word.lower() in SPLIT_WORDS or word == ","):
            return words[:index], [w for w in words[index + 1:]], word.lower()
    return words, [], None


def _tokens(text: str) -> list[str]:
    text = text.replace("’", "'")
    words = []
    for token in _TOKEN.findall(text):
        if token.endswith("'s") or token.endswith("s'"):
            token = token[:-2] if token.endswith("'s") else token[:-1]
        words.append(token.rstrip(".") if token.count(".") == 1 and token.endswith(".") else token)
    # A lone letter is a stray possessive "s" or an initial, never a name worth looking up.
    return [w for w in words if len(w) > 1 or w == ","]


def _strip_leading_quantifiers(text: str) -> str:
    words = text.split()
    while words and (words[0].lower() in QUANTIFIERS or words[0].isdigit()):
        words = words[1:]
    return " ".join(words)


def _strip_quantifiers(words: list[str]) -> list[str]:
    index = 0
    while index < len(words) and (words[index].lower() in QUANTIFIERS or words[index].isdigit()):
        index += 1
    return words[index:]


def _former(words: list[str]) -> bool:
    return any(word.lower() in FORMER_WORDS or word.lower().startswith("ex-") for word in words)


def _only_country(person: Person) -> str | None:
    countries = {spell.country for spell in person.spells}
    return countries.pop() if len(countries) == 1 else None


def _latest_spell(person: Person):
    return max(person.spells, key=lambda s: (s.start, s.end or "9999")) if person.spells else None


def _best_person(resolver: ActorResolver, people: list[Person], when: date | None) -> Person:
    """Of several people sharing a name, the one in a role on the date, else the best known."""
    if when is not None:
        in_role = [p for p in people if resolver.kb.spells_at(p.person_id, when)]
        if in_role:
            return in_role[0]
    return max(people, key=lambda p: len(p.spells))


def _surname_index(kb: KnowledgeBase) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for person in kb.people.values():
        for name in {person.name, *person.aliases}:
            words = name.split()
            if len(words) >= 2:
                # The last word as written: "Kim Jong-un" is filed under "Jong-un", not "un" (or "UN"
                # would mean him).
                bucket = index.setdefault(normalise(words[-1]), [])
                if person.person_id not in bucket:
                    bucket.append(person.person_id)
    return index
