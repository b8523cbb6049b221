"""How many NGEC actor-resolution cases the knowledge base could answer by exact lookup.

For each case in ../shared/gold/actors/ngec_actor_resolution_dev.jsonl, look the phrase up as a
person (at the case's date, today when none), country, organisation, seat or role, also after
dropping one leading title or country adjective ("French President Emmanuel Macron" -> the person),
and count the case as covered when some entry gives the expected country (or, for cases that expect
only a sector, the expected sector). This is a gap finder, not a score of the resolver.

    .venv/bin/python scripts/kb_coverage.py [--show-misses]
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from dateline.actors.kb import KnowledgeBase, normalise

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "actors" / "ngec_actor_resolution_dev.jsonl"


def case_date(args: list[str]) -> str:
    raw = args[2] if len(args) > 2 else ""
    if len(raw) == 10 and raw[4] == "-":
        return raw
    if raw and raw[:1].isdigit():  # "10 May 2015"
        from datetime import datetime

        try:
            return datetime.strptime(raw, "%d %B %Y").date().isoformat()
        except ValueError:
            pass
    return date.today().isoformat()


def answers(kb: KnowledgeBase, text: str, day: str, context: str = "") -> list[tuple[str, str]]:
    """(country, sector) pairs the KB gives for a phrase or its tail words."""
    words = text.strip().split()
    found: list[tuple[str, str]] = []
    for i in range(len(words)):
        tail = " ".join(words[i:])
        for person in kb.people_by_name(tail):
            spell = kb.affiliation_at(person.person_id, day)
            if spell:
                found.append((spell.country, spell.sector))
        for country in kb.countries_by_name(tail):
            found.append((country.code, country.sector))
        org = kb.organisation(tail, day)
        if org:
            found.append((org.country, org.sector))
        seat = kb.seat(tail)
        if seat:
            found.append((seat.country, seat.sector))
        role = kb.role(tail)
        if role:
            country = ""
            head = kb.countries_by_name(" ".join(words[:i])) if i else []
            if head:
                country = head[0].code
            found.append((country, role.sector))
        if found:
            break
    # "two Chinese warplanes", "Minsk police station", context "German": a country word or a
    # capital anywhere before a role at the end
    countries = [c.code for w in [*words, *context.split()] for c in kb.countries_by_name(w)[:1]]
    countries += [s.country for w in words if (s := kb.seat(w)) and s.kind == "capital"]
    for i in range(1, len(words) + 1):
        role = kb.role(" ".join(words[-i:]))
        if role and countries:
            found.append((countries[0], role.sector))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    show = parser.parse_args().show_misses
    if not GOLD.exists():
        print(f"no gold file at {GOLD}")
        return
    kb = KnowledgeBase.load()
    total = covered = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        expected = case["expected"]
        want_country = expected.get("country") or expected.get("cc") or ""
        want_sector = expected.get("code_1") or ""
        if not want_country and not want_sector:
            continue  # Wikipedia-title-only cases say nothing about codes
        call = case["calls"][-1][1]
        text = normalise(call[0]) and call[0]
        total += 1
        got = answers(kb, text, case_date(call), call[1] if len(call) > 1 else "")
        hit = any((c == want_country if want_country else s == want_sector) for c, s in got)
        covered += hit
        if show and not hit:
            print(f"MISS {case['id']}: {text!r} want {want_country or '-'} {want_sector or '-'} got {got[:3]}")
    print(f"covered {covered}/{total} = {covered / total:.0%} of NGEC cases with an expected code")


if __name__ == "__main__":
    main()
