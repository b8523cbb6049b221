"""The gazetteer: which country a place name is in, chosen by the article's other places.

Towns of 15,000 people or more come from GeoNames (`data/places.tsv`), regions, provinces and
states from the Phoenix country dictionary (`data/regions.tsv`).

"Salisbury" is a city in England and two towns in the United States (and the colonial name of
Harare, which GeoNames rightly does not list as a current name). A place is resolved to the
candidate in a country the article already speaks of; failing that, to the most populous
candidate only when it clearly dominates; otherwise it stays unresolved rather than guessed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# The largest namesake wins without other evidence only when it is this many times larger than
# the next: Paris (France) over Paris (Texas) yes; Salisbury (44k) over Salisbury (34k) no.
DOMINANCE = 5.0


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    admin1: str
    population: int
    capital: bool
    geonameid: int
    kind: str = "city"  # or "region": a province, state or area with no population figure


class Gazetteer:
    """Places by normalised name. Load once with `Gazetteer.load()`.

    >>> Gazetteer.load().resolve("Salisbury", context_countries={"GBR"}).country
    'GBR'
    """

    def __init__(self, places: Iterable[Place]):
        self._by_name: dict[str, list[Place]] = {}
        for place in places:
            self._by_name.setdefault(place_key(place.name), []).append(place)
        for candidates in self._by_name.values():
            candidates.sort(key=lambda p: -p.population)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        return cls(_read_places())

    def places(self) -> Iterable[Place]:
        """Every place, each name form once."""
        for candidates in self._by_name.values():
            yield from candidates

    def candidates(self, name: str) -> list[Place]:
        """Every place of that name, most populous first."""
        return self._by_name.get(place_key(name), [])

    def resolve(self, name: str, context_countries: Iterable[str] = ()) -> Place | None:
        """The place meant by `name` in an article that speaks of `context_countries`."""
        candidates = self.candidates(name)
        if not candidates:
            return None
        context = set(context_countries)
        in_context = [p for p in candidates if p.country in context]
        if in_context:
            return in_context[0]
        if len(candidates) == 1:
            return candidates[0]
        first, second = candidates[0], candidates[1]
        if first.capital or first.population >= DOMINANCE * max(second.population, 1):
            return first
        return None


def place_key(name: str) -> str:
    """Case- and accent-free form of a place name: 'Élysée' and 'elysee' meet."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _read_places() -> list[Place]:
    text = (files("dateline.actors") / "data" / "places.tsv").read_text(encoding="utf-8")
    places = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, ascii_name, country, admin1, population, capital, geonameid = line.split("\t")
        for form in {name, ascii_name} - {""}:
            places.append(Place(form, country, admin1, int(population), capital == "y", int(geonameid)))
    # Regions and provinces ("Darfur", "Helmand", "Alaska"): no city of the name, so a population
    # of 0 never outranks one, and two regions of one name stay unresolved without context.
    regions = (files("dateline.actors") / "data" / "regions.tsv").read_text(encoding="utf-8")
    for line in regions.splitlines():
        if line and not line.startswith("#"):
            name, country = line.split("\t")
            places.append(Place(name, country, "", 0, False, 0, "region"))
    return places
