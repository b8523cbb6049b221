"""Build `src/dateline/actors/data/regions.tsv`: regions, provinces, states and other place names
that the city gazetteer (`places.tsv`, towns of 15,000 people or more) does not hold, each with
its country, so that "Darfur rebels" are Sudanese and "a village in Helmand" is in Afghanistan.

    .venv/bin/python scripts/build_regions.py [--kb /work/shared/kb]

Source: the Phoenix country dictionary (openeventdata/petrarch2, `Phoenix.Countries.actors.txt`,
MIT), whose country entries list the places that stand for the country ("+DARFUR_" under
"SUDAN_ [SDN]"). Only facts are kept: the name and the country code. Names the city gazetteer or
the country table already know, short or bracketed forms, and given names are left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dateline" / "actors" / "data"
OUT = DATA / "regions.tsv"
sys.path.insert(0, str(ROOT / "src"))

from dateline.actors.kb import KnowledgeBase, normalise  # noqa: E402
from dateline.actors.places import Gazetteer  # noqa: E402

HEADER = """\
# regions.tsv: regions, provinces, states and other place names not in places.tsv, with their
# country. Built by scripts/build_regions.py; do not edit by hand.
# Source: Phoenix country dictionary (openeventdata/petrarch2 @676801c, Phoenix.Countries.actors.txt),
# licence MIT. Facts only: a place name and the ISO 3166 alpha-3 code of its country.
# name	iso3
"""

COUNTRY_ENTRY = re.compile(r"^[A-Z][A-Z0-9_'.\-]*\s+\[([A-Z]{3})\]")
# Dictionary phrases the parser should not take for place names: words in every sentence.
COMMON_WORDS = frozenset({"us", "union", "republic", "state", "states", "west", "east", "north", "south", "central"})


def display_name(raw: str) -> str:
    """'NORTH_OSSETIA-ALANIA_' -> 'North Ossetia-Alania'."""
    words = raw.strip().rstrip("_").split("_")
    return " ".join("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")) for word in words if word)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=Path, default=ROOT.parent / "shared" / "kb")
    args = parser.parse_args()
    source = args.kb / "petrarch2" / "Phoenix.Countries.actors.txt"
    gazetteer, kb = Gazetteer.load(), KnowledgeBase.load()
    first_names = set(kb.first_names)
    cities = {normalise(p.name) for p in gazetteer.places() if p.kind == "city"}
    country = None
    rows: dict[str, tuple[str, str]] = {}
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        entry = COUNTRY_ENTRY.match(line)
        if entry:
            country = entry.group(1) if kb.country(entry.group(1)) is not None else None
            continue
        if not line.startswith("+"):
            if line.strip() and not line.startswith(("#", "\t", " ")):
                country = None  # a person's or a group's entry: its synonyms are not places
            continue
        if country is None:
            continue
        name = display_name(line[1:].split("#")[0])
        key = normalise(name)
        if (len(key) < 4 or not re.fullmatch(r"[A-Za-z][A-Za-z '\-]+", name) or key in COMMON_WORDS
                or key in first_names or key in cities
                or kb.countries_by_name(name)):
            continue
        rows.setdefault(key, (name, country))
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for name, code in sorted(rows.values()):
            out.write(f"{name}\t{code}\n")
    print(f"wrote {len(rows)} regions to {OUT}")


if __name__ == "__main__":
    main()
