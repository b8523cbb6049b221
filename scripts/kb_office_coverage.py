"""How many states the knowledge base knows a head of state and a head of government for.

For head_of_state and head_of_government, print the number of sovereign states (status `state` in
countries.tsv) with an office holder on 1 July of each year 2000-2026, then list the missing
(country, year) pairs. head_of_government uses `KnowledgeBase.office_holder`, so a presidential
system counts through its president (see executive_systems.tsv). A gap finder for curating
`curated_people.tsv`.

    .venv/bin/python scripts/kb_office_coverage.py [--first 2000] [--last 2026] [--quiet]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from dateline.actors.kb import KnowledgeBase

OFFICES = ("head_of_state", "head_of_government")


def states(kb: KnowledgeBase) -> list[str]:
    return sorted(c.code for c in kb.countries.values() if c.status == "state")


def coverage(kb: KnowledgeBase, first: int = 2000, last: int = 2026) -> dict[str, dict[int, list[str]]]:
    """office -> year -> the states with no holder on 1 July of that year."""
    missing: dict[str, dict[int, list[str]]] = {office: {} for office in OFFICES}
    codes = states(kb)
    for office in OFFICES:
        for year in range(first, last + 1):
            day = f"{year}-07-01"
            missing[office][year] = [c for c in codes if kb.office_holder(c, office, day) is None]
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=2000)
    parser.add_argument("--last", type=int, default=2026)
    parser.add_argument("--quiet", action="store_true", help="only the per-year counts")
    args = parser.parse_args()
    kb = KnowledgeBase.load()
    total = len(states(kb))
    missing = coverage(kb, args.first, args.last)
    print("year  " + "  ".join(f"{o:>18}" for o in OFFICES))
    for year in range(args.first, args.last + 1):
        cells = [f"{total - len(missing[o][year]):>14}/{total}" for o in OFFICES]
        print(f"{year}  " + "  ".join(cells))
    if args.quiet:
        return
    for office in OFFICES:
        by_country: dict[str, list[int]] = defaultdict(list)
        for year, codes in missing[office].items():
            for code in codes:
                by_country[code].append(year)
        print(f"\nmissing {office} ({sum(len(v) for v in by_country.values())} country-years):")
        for code in sorted(by_country):
            print(f"  {code}: {' '.join(str(y) for y in by_country[code])}")


if __name__ == "__main__":
    main()
