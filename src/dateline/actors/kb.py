"""The actor knowledge base: countries, seats of government, organisations, role words and people
with the offices they held, read once per process from the TSV files in `data/`.

Every lookup key goes through `normalise`, so "the U.S.", "US" and "U.S." meet, and so do
"Erdoğan" and "Erdogan". Acronyms ("US", "WHO", "IS") also match only as written in capitals,
because their lower-case forms are ordinary words.

>>> kb = KnowledgeBase.load()
>>> kb.office_holder("RUS", "head_of_state", "2010-01-01").name
'Dmitry Medvedev'
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources

DATA_PACKAGE = "dateline.actors.data"
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

_EXTRA_LETTERS = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe",
                                "þ": "th", "ð": "d", "’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"(?<=\w)'s?$")
_NOT_WORD = re.compile(r"[^\w\s&]+")
_DOTS_AND_SPACES = re.compile(r"[.\s]")


def normalise(text: str) -> str:
    """The lookup key of a name: lower case, no diacritics, no leading "the", no possessive,
    no punctuation (dots vanish so "U.S." meets "US"; hyphens become spaces).

    >>> normalise("The U.S.'s")
    'us'
    >>> normalise("Recep Tayyip Erdoğan")
    'recep tayyip erdogan'
    """
    text = text.lower()
    if not text.isascii():  # most keys are plain ASCII: skip the costly decomposition for them
        text = unicodedata.normalize("NFKD", text.translate(_EXTRA_LETTERS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_EXTRA_LETTERS)
    text = _POSSESSIVE.sub("", text.replace(".", "").strip())
    text = text.replace("-", " ").replace("/", " ")
    text = _NOT_WORD.sub(" ", text)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def acronym_key(text: str) -> str:
    """The case-kept key of an acronym: "the U.N." -> "UN"; "ISIS's" -> "ISIS"."""
    text = text.strip().translate(_EXTRA_LETTERS)
    if text.lower().startswith("the "):
        text = text[4:]
    return _POSSESSIVE.sub("", _DOTS_AND_SPACES.sub("", text))


# Lookups while analysing meet the same few thousand names over and over (Putin, the Kremlin,
# the US in every other article), and a lookup key costs a few regular expressions: the keys are
# memoised. Loading the files uses the plain functions, so the memos hold only what articles ask.
lookup_key = lru_cache(maxsize=1 << 16)(normalise)
acronym_lookup_key = lru_cache(maxsize=1 << 16)(acronym_key)


def clear_lookup_caches() -> None:
    """Empty the memoised lookup keys (benchmarks measure every round as cold as a new corpus)."""
    lookup_key.cache_clear()
    acronym_lookup_key.cache_clear()


def as_iso(value: str | date | None) -> str:
    """An ISO date string from a `date` or an ISO string; "" for None."""
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def _start_bound(value: str) -> str:
    """Earliest day a partial date can mean: "2008" -> "2008-01-01"."""
    return {4: value + "-01-01", 7: value + "-01"}.get(len(value), value) if value else "0000-01-01"


def _end_bound(value: str) -> str:
    """Latest day a partial date can mean: "2008" -> "2008-12-31"; open end -> far future."""
    return {4: value + "-12-31", 7: value + "-31"}.get(len(value), value) if value else "9999-12-31"


@dataclass(frozen=True)
class Country:
    """A country or territory; `code` is what dateline emits (ESH -> MAR with sector PRE)."""

    code: str
    iso3: str
    name: str
    status: str  # state | special | partially_recognised | dependency
    sector: str  # PRE for partially recognised entities, else ""
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Seat:
    """A place name that stands for a government or one of its parts ("the Kremlin")."""

    text: str
    country: str
    sector: str
    kind: str  # seat | capital


@dataclass(frozen=True)
class Organisation:
    """One period of an organisation's coding (the Taliban are GOV, REB, then GOV)."""

    org_id: str
    name: str
    country: str
    sector: str
    kind: str
    start: str
    end: str

    def valid_at(self, when: str) -> bool:
        return not when or _start_bound(self.start) <= when <= _end_bound(self.end)


@dataclass(frozen=True)
class Role:
    """A role word or title and the sector it gives ("senator" -> LEG)."""

    term: str
    sector: str
    sector2: str
    person: bool
    office: str
    inherits: bool  # the sector comes from the body spoken for (spokesperson)


@dataclass(frozen=True)
class Spell:
    """One office held by a person between two (possibly partial) dates."""

    country: str
    office: str
    sector: str
    start: str
    end: str
    source: str

    def covers(self, when: str) -> bool:
        return _start_bound(self.start) <= when <= _end_bound(self.end)


def _surely_covers(spell: Spell, day: str) -> bool:
    """The spell covers the day whatever its partial dates mean ("2020" may start in December)."""
    return _end_bound(spell.start) <= day and (not spell.end or day <= _start_bound(spell.end))


@dataclass(frozen=True)
class Person:
    """A person with every spell the sources know, ordered by start."""

    person_id: str
    name: str
    aliases: tuple[str, ...]
    gender: str  # m | f | unknown
    spells: tuple[Spell, ...]


_HEADS = frozenset({"head_of_state", "head_of_government", "vice_president", "foreign_minister",
                    "defence_minister", "interior_minister", "finance_minister", "deputy_head_of_government"})
_SOURCE_RANK = {"curated": 0, "congress": 1, "countryinfo": 2, "wikidata": 3, "gli": 4}


def _rows(name: str) -> list[list[str]]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _multi(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


class KnowledgeBase:
    """All actor facts, indexed by normalised name. Build it with `KnowledgeBase.load()`."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}  # by iso3 (or code when there is no iso3)
        self.sectors: dict[str, str] = {}
        self.offices: dict[str, tuple[str, str]] = {}
        self.people: dict[str, Person] = {}
        self._country_names: dict[str, list[Country]] = defaultdict(list)
        self._country_acronyms: dict[str, Country] = {}
        self._seats: dict[str, Seat] = {}
        self._organisations: dict[str, list[Organisation]] = defaultdict(list)
        self._organisation_acronyms: dict[str, list[Organisation]] = defaultdict(list)
        self._roles: dict[str, Role] = {}
        self._people_by_name: dict[str, list[str]] = defaultdict(list)
        self._holders: dict[tuple[str, str], list[tuple[Spell, str]]] = defaultdict(list)
        self._systems: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # (start, end, system)
        self.first_names: dict[str, str] = {}

    @staticmethod
    @cache
    def load() -> KnowledgeBase:
        """Read every data file once per process.

        >>> KnowledgeBase.load() is KnowledgeBase.load()
        True
        """
        kb = KnowledgeBase()
        # Loading allocates tens of thousands of small objects, which would set off full garbage
        # collections over the whole (large) heap of the caller; nothing here forms cycles, so
        # the collector is paused meanwhile (this halves the load time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            kb._read_sectors_and_offices()
            kb._read_countries()
            kb._read_seats()
            kb._read_organisations()
            kb._read_roles()
            kb._read_people()
            kb._read_systems()
            kb.first_names = {name.lower(): gender for name, gender, *_ in _rows("first_names.tsv")}
        finally:
            if collecting:
                gc.enable()
        return kb

    # ------------------------------------------------------------ reading

    def _read_sectors_and_offices(self) -> None:
        self.sectors = {code: meaning for code, meaning, *_ in _rows("sectors.tsv")}
        self.offices = {office: (sector, sector2) for office, sector, sector2, *_ in _rows("offices.tsv")}

    def _read_countries(self) -> None:
        for code, iso3, name, names, acronyms, adjectives, capitals, status, sector, ambiguous, variants, *_ in _rows(
            "countries.tsv"
        ):
            country = Country(code, iso3, name, status, sector, tuple(_multi(capitals)))
            self.countries[iso3 or name] = country
            for text in [name, *_multi(names), *_multi(adjectives), *_multi(ambiguous), *_multi(variants)]:
                bucket = self._country_names[normalise(text)]
                if country not in bucket:
                    bucket.append(country)
            for acronym in _multi(acronyms):
                self._country_acronyms[acronym_key(acronym)] = country

    def _read_seats(self) -> None:
        for text, country, sector, kind, *_ in _rows("seats.tsv"):
            self._seats.setdefault(normalise(text), Seat(text, country, sector, kind))

    def _read_organisations(self) -> None:
        for org_id, name, aliases, acronyms, country, sector, kind, start, end, *_ in _rows("organisations.tsv"):
            org = Organisation(org_id, name, country, sector, kind, start, end)
            for text in dict.fromkeys(normalise(t) for t in [name, *_multi(aliases)]):
                self._organisations[text].append(org)
            for acronym in _multi(acronyms):
                self._organisation_acronyms[acronym_key(acronym)].append(org)

    def _read_roles(self) -> None:
        for term, sector, sector2, plural, person, office, inherits, *_ in _rows("roles.tsv"):
            role = Role(term, sector, sector2, person == "y", office, inherits == "y")
            self._roles.setdefault(normalise(term), role)
            if plural:
                self._roles.setdefault(normalise(plural), role)

    def _read_people(self) -> None:
        grouped: dict[str, list[list[str]]] = defaultdict(list)
        for row in _rows("people.tsv"):
            grouped[row[0]].append(row)
        for person_id, rows in grouped.items():
            _, name, aliases, gender, *_ = rows[0]
            spells = tuple(Spell(r[4], r[5], r[6], r[7], r[8], r[9]) for r in rows)
            person = Person(person_id, name, tuple(_multi(aliases)), gender, spells)
            self.people[person_id] = person
            for text in dict.fromkeys(normalise(t) for t in [name, *person.aliases]):
                self._people_by_name[text].append(person_id)
            for item in spells:
                if item.office in _HEADS or item.office in self.offices:
                    self._holders[(item.country, item.office)].append((item, person_id))

    def _read_systems(self) -> None:
        for country, system, start, end, *_ in _rows("executive_systems.tsv"):
            self._systems[country].append((_start_bound(start), end or "9999-12-31", system))

    # ------------------------------------------------------------ lookups

    def countries_by_name(self, text: str) -> list[Country]:
        """Countries a name or adjective can mean; several for ambiguous names ("Congolese").

        >>> [c.code for c in KnowledgeBase.load().countries_by_name("Emirati")]
        ['ARE']
        """
        found = list(self._country_names.get(lookup_key(text), []))
        by_acronym = self._country_acronyms.get(acronym_lookup_key(text))
        if by_acronym is not None and by_acronym not in found:
            found.insert(0, by_acronym)
        return found

    def country(self, iso3: str) -> Country | None:
        """The country with this ISO alpha-3 code (or PLOVER code such as KOS)."""
        found = self.countries.get(iso3)
        if found is None:
            found = next((c for c in self.countries.values() if c.code == iso3 and c.status in ("state", "special")), None)
        return found

    def seat(self, text: str) -> Seat | None:
        """A seat of government or capital by name: seat("the Kremlin") -> RUS GOV."""
        return self._seats.get(lookup_key(text))

    def organisation(self, text: str, when: str | date | None = None) -> Organisation | None:
        """The organisation a name or acronym means, in its coding valid at `when` (if given).

        >>> KnowledgeBase.load().organisation("NATO").country
        'IGO'
        """
        candidates = self._organisations.get(lookup_key(text)) or self._organisation_acronyms.get(acronym_lookup_key(text))
        if not candidates:
            return None
        day = as_iso(when)
        valid = [o for o in candidates if o.valid_at(day)] if day else candidates
        pool = valid or candidates
        return max(pool, key=lambda o: _start_bound(o.start))

    def role(self, term: str) -> Role | None:
        """A role word or title, singular or plural: role("senators").sector -> 'LEG'."""
        return self._roles.get(lookup_key(term))

    def people_by_name(self, name: str) -> list[Person]:
        """Everyone whose canonical name or an alias matches (surnames alone are the resolver's job)."""
        return [self.people[pid] for pid in self._people_by_name.get(lookup_key(name), [])]

    def spells_at(self, person_id: str, when: str | date) -> list[Spell]:
        """The person's spells covering a date, best first (latest start, then most reliable source)."""
        day = as_iso(when)
        person = self.people.get(person_id)
        if person is None:
            return []
        covering = [s for s in person.spells if s.covers(day)]
        covering.sort(key=lambda s: (_start_bound(s.start), -_SOURCE_RANK.get(s.source, 9)), reverse=True)
        return covering

    def affiliation_at(self, person_id: str, when: str | date) -> Spell | None:
        """What the person was on a date: the best covering spell; or, after a spell in
        government has ended, the former official (CAMEO ELI) of that country; else None.

        >>> KnowledgeBase.load().affiliation_at("donald_trump", "2022-06-01").sector
        'ELI'
        """
        covering = self.spells_at(person_id, when)
        if covering:
            return covering[0]
        day = as_iso(when)
        person = self.people.get(person_id)
        past = [s for s in (person.spells if person else ()) if _end_bound(s.end) < day and s.sector in ("GOV", "MIL", "SPY")]
        if not past:
            return None
        last = max(past, key=lambda s: _end_bound(s.end))
        return Spell(last.country, "former_official", "ELI", last.end, "", "rule")

    def executive_system(self, country: str, when: str | date) -> str:
        """The country's executive system on a date (executive_systems.tsv): presidential,
        parliamentary, semi_presidential, monarchy or other; "" when unknown.

        >>> KnowledgeBase.load().executive_system("TUR", "2020-01-01")
        'presidential'
        """
        day = as_iso(when)
        for start, end, system in self._systems.get(country, ()):
            if start <= day < end:
                return system
        return ""

    def office_holder(self, country: str, office: str, when: str | date) -> Person | None:
        """Who held a unique office on a date: office_holder("USA", "head_of_state", "2018-03-20").

        Among recorded holders, one whose spell surely covers the date wins over one whose
        partial dates ("2020") only may, then the latest start. Where none is recorded for
        "head_of_government" and the country's executive system on that date is presidential
        (executive_systems.tsv), the president heads the government, so the head of state is
        returned:

        >>> KnowledgeBase.load().office_holder("BRA", "head_of_government", "2020-01-01").name
        'Jair Bolsonaro'
        """
        day = as_iso(when)
        holders = [(s, pid) for s, pid in self._holders.get((country, office), []) if s.covers(day)]
        if not holders:
            if office == "head_of_government" and self.executive_system(country, day) == "presidential":
                return self.office_holder(country, "head_of_state", day)
            return None
        # A spell that surely covers the day (its latest possible start and earliest possible end
        # enclose it) beats one that only may: "2020" from a year-end source must not displace a
        # predecessor known to hold office until 2020-11.
        holders.sort(key=lambda h: (_surely_covers(h[0], day), _start_bound(h[0].start),
                                    -_SOURCE_RANK.get(h[0].source, 9)), reverse=True)
        return self.people[holders[0][1]]

    def gender_of_first_name(self, first_name: str) -> str:
        """'m', 'f' or 'unknown' for a first name."""
        return self.first_names.get(first_name.lower(), "unknown")
