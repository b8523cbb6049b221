"""How completely the knowledge base knows who held an office, year by year.

For each office of a set, print how many of the set's states have an office holder
(`KnowledgeBase.office_holder`) on 1 July of each year, then list the missing (country, year)
pairs; `--days` also lists years with any day uncovered. A gap finder for curating
`curated_people.tsv`. Sets:
- `heads`: head of state and head of government of every sovereign state (status `state` in
  countries.tsv); a presidential system counts through its president (executive_systems.tsv);
- `g20-ministers`: foreign and defence ministers of the 19 G20 states.

    .venv/bin/python scripts/kb_office_coverage.py [--set heads|g20-ministers] [--first 2000] [--last 2026] [--quiet] [--days]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date, timedelta

from dateline.actors.kb import KnowledgeBase

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")
SETS = {
    "heads": ("head_of_state", "head_of_government"),
    "g20-ministers": ("foreign_minister", "defence_minister"),
}
LAST_DAY = date(2026, 11, 29)


def countries(kb: KnowledgeBase, office_set: str) -> list[str]:
    if office_set == "g20-ministers":
        return list(G20)
    return sorted(c.code for c in kb.countries.values() if c.status == "state")


def coverage(kb: KnowledgeBase, office_set: str = "heads", first: int = 2000, last: int = 2026) -> dict[str, dict[int, list[str]]]:
    """office -> year -> the countries with no holder on 1 July of that year."""
    codes = countries(kb, office_set)
    return {office: {year: [c for c in codes if kb.office_holder(c, office, f"{year}-07-01") is None]
                     for year in range(first, last + 1)} for office in SETS[office_set]}


def day_gaps(kb: KnowledgeBase, office_set: str, first: int, last: int) -> dict[str, dict[str, list[int]]]:
    """office -> country -> years with at least one day without a holder."""
    gaps: dict[str, dict[str, list[int]]] = {o: defaultdict(list) for o in SETS[office_set]}
    for office in SETS[office_set]:
        for code in countries(kb, office_set):
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
    parser.add_argument("--set", dest="office_set", choices=sorted(SETS), default="heads")
    parser.add_argument("--first", type=int, default=2000)
    parser.add_argument("--last", type=int, default=2026)
    parser.add_argument("--quiet", action="store_true", help="only the per-year counts")
    parser.add_argument("--days", action="store_true", help="also list years with any uncovered day")
    args = parser.parse_args()
    kb = KnowledgeBase.load()
    offices = SETS[args.office_set]
    total = len(countries(kb, args.office_set))
    missing = coverage(kb, args.office_set, args.first, args.last)
    print("year  " + "  ".join(f"{o:>18}" for o in offices))
    for year in range(args.first, args.last + 1):
        print(f"{year}  " + "  ".join(f"{total - len(missing[o][year]):>14}/{total}" for o in offices))
    if args.quiet:
        return
    for office in offices:
        by_country: dict[str, list[int]] = defaultdict(list)
        for year, codes in missing[office].items():
            for code in codes:
                by_country[code].append(year)
        print(f"\nmissing {office} on 1 July ({sum(len(v) for v in by_country.values())} country-years):")
        for code in sorted(by_country):
            print(f"  {code}: {' '.join(str(y) for y in by_country[code])}")
    if args.days:
        for office, by_country in day_gaps(kb, args.office_set, args.first, args.last).items():
            print(f"\n{office}: years with any day uncovered:")
            for code in sorted(by_country):
                print(f"  {code}: {' '.join(str(y) for y in by_country[code])}")


if __name__ == "__main__":
    main()
