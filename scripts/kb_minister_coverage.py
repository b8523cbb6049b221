"""How many G20 states the knowledge base knows a foreign and a defence minister for.

For foreign_minister and defence_minister, print the number of the 19 G20 states with an office
holder (`KnowledgeBase.office_holder`) on 1 July of each year 2000-2026, then list the missing
(country, year) pairs. A gap finder for curating `curated_people.tsv`.

    .venv/bin/python scripts/kb_minister_coverage.py [--first 2000] [--last 2026] [--quiet] [--days]

--days also checks every day of each year and lists the (country, year) pairs with any uncovered day.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date, timedelta

from dateline.actors.kb import KnowledgeBase

OFFICES = ("foreign_minister", "defence_minister")
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")
LAST_DAY = date(2026, 11, 29)


def coverage(kb: KnowledgeBase, first: int = 2000, last: int = 2026) -> dict[str, dict[int, list[str]]]:
    """office -> year -> the G20 states with no holder on 1 July of that year."""
    return {office: {year: [c for c in G20 if kb.office_holder(c, office, f"{year}-07-01") is None]
                     for year in range(first, last + 1)} for office in OFFICES}


def day_gaps(kb: KnowledgeBase, first: int, last: int) -> dict[str, dict[str, list[int]]]:
    """office -> country -> years with at least one day without a holder."""
    gaps: dict[str, dict[str, list[int]]] = {o: defaultdict(list) for o in OFFICES}
    for office in OFFICES:
        for code in G20:
            for year in range(first, last + 1):
                day = date(year, 1, 1)
                while day.year == year and day <= LAST_DAY:
                    if kb.office_holder(code, office, day.isoformat()) is None:
                        gaps[office][code].append(year)
                        break
                    day += timedelta(days=1)
    return gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=2000)
    parser.add_argument("--last", type=int, default=2026)
    parser.add_argument("--quiet", action="store_true", help="only the per-year counts")
    parser.add_argument("--days", action="store_true", help="also list years with any uncovered day")
    args = parser.parse_args()
    kb = KnowledgeBase.load()
    total = len(G20)
    missing = coverage(kb, args.first, args.last)
    print("year  " + "  ".join(f"{o:>18}" for o in OFFICES))
    for year in range(args.first, args.last + 1):
        cells = [f"{total - len(missing[o][year]):>15}/{total}" for o in OFFICES]
        print(f"{year}  " + "  ".join(cells))
    if args.quiet:
        return
    for office in OFFICES:
        by_country: dict[str, list[int]] = defaultdict(list)
        for year, codes in missing[office].items():
            for code in codes:
                by_country[code].append(year)
        print(f"\nmissing {office} on 1 July ({sum(len(v) for v in by_country.values())} country-years):")
        for code in sorted(by_country):
            print(f"  {code}: {' '.join(str(y) for y in by_country[code])}")
    if args.days:
        for office, by_country in day_gaps(kb, args.first, args.last).items():
            print(f"\n{office}: years with an uncovered day ({sum(len(v) for v in by_country.values())}):")
            for code in sorted(by_country):
                print(f"  {code}: {' '.join(str(y) for y in by_country[code])}")


if __name__ == "__main__":
    main()
