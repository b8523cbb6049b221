"""Rebuild the actor knowledge base files in `src/dateline/actors/data/` from public sources.

Run by hand when a source or a curated file changes; the package never reads the sources:

    .venv/bin/python scripts/build_actor_kb.py [--kb /work/shared/kb]

Inputs: the hand-curated files `curated_*.tsv` next to the outputs (facts written for this
project) and the development data under `--kb` (see its README): CountryInfo (names, capitals,
leaders 1960-2012, ministers 2003-2011), GLI (heads of government 2000-2020), Archigos 4.1
(exact dates of effective leaders to 2015), REIGN (leaders to 2021), Wikidata world leaders
2021-22, unitedstates/congress-legislators, and the Phoenix (PETRARCH2) agent and armed-group
dictionaries. Build-only dependencies: pandas (Archigos is a Stata file) and PyYAML.

Outputs (each with a header naming its sources and columns): countries.tsv, seats.tsv,
organisations.tsv, roles.tsv, people.tsv, first_names.tsv.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import warnings
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dateline" / "actors" / "data"
sys.path.insert(0, str(ROOT / "src"))

from dateline.actors.kb import normalise  # noqa: E402  (the same keys the loader uses)

FIRST_YEAR = 2000
G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA", "EUR"}  # leaders and ministers whose spells end before this are left out


# ---------------------------------------------------------------- small helpers


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Rows of a TSV whose last `#` line before the data names the columns."""
    header: list[str] = []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            header = [c.strip() for c in line.lstrip("# ").split("\t")] if "\t" in line else header
            continue
        if line.strip():
            values = line.split("\t")
            rows.append(dict(zip(header, values + [""] * (len(header) - len(values)))))
    return header, rows


def write_tsv(name: str, comments: list[str], columns: list[str], rows: list[dict[str, str]]) -> None:
    lines = [f"# {c}" for c in comments] + ["# " + "\t".join(columns)]
    for row in rows:
        lines.append("\t".join(str(row.get(c, "") or "").replace("\t", " ") for c in columns))
    (DATA / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


LOWER_PARTICLES = {"al", "bin", "ibn", "de", "da", "dos", "das", "van", "von", "der", "el", "du", "del", "la"}


def title_name(raw: str) -> str:
    """CountryInfo's `GEORGE_W._BUSH_` as `George W. Bush`."""
    words = raw.strip("_ ").replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in LOWER_PARTICLES:
            out.append(low)
            continue
        parts = []
        for part in re.split(r"([-'])", low):
            if part in "-'":
                parts.append(part)
            elif part.startswith("mc") and len(part) > 2:
                parts.append("Mc" + part[2:].capitalize())
            else:
                parts.append(part.capitalize())
        out.append("".join(parts))
    return " ".join(out)


def surname_key(name: str) -> str:
    words = [w for w in normalise(name).split() if w not in LOWER_PARTICLES and len(w) > 1]
    return words[-1] if words else normalise(name)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalise(name)).strip("_")


def tabari_date(value: str) -> str:
    """`20080507` -> `2008-05-07`; 6-digit `080507` -> `2008-05-07` (Phoenix style)."""
    value = value.strip()
    if len(value) == 6:
        value = ("19" if int(value[:2]) > 30 else "20") + value
    if len(value) != 8 or not value.isdigit():
        return ""
    y, m, d = value[:4], value[4:6], value[6:]
    if m == "00":
        return y
    if d in ("00", "31", "30") and m in ("02", "04", "06", "09", "11"):
        d = "28" if m == "02" else "30"  # the source pads month ends loosely ("20030631")
    return f"{y}-{m}-{d}"


def year_of(value: str) -> int:
    return int(value[:4]) if value else 0


def overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    lo_a, hi_a = a_start or "0000", a_end or "9999"
    lo_b, hi_b = b_start or "0000", b_end or "9999"
    return lo_a[:7] <= (hi_b + "-99")[:7] and lo_b[:7] <= (hi_a + "-99")[:7]


# ---------------------------------------------------------------- countries


def countryinfo_blocks(kb: Path) -> list[dict[str, object]]:
    """One dict per CountryInfo country block: iso3, cow, nationality, capital, leaders, government."""
    text = (kb / "countryinfo" / "CountryInfo.120116.txt").read_text(encoding="utf-8", errors="replace")
    text = text.split("-->", 1)[-1]
    blocks = []
    for chunk in text.split("</Country>"):
        iso = re.search(r"<ISO3166-alpha3>(\w+)</ISO3166-alpha3>", chunk)
        if not iso:
            continue

        def section(tag: str) -> list[str]:
            found = re.search(rf"<{tag}>(.*?)</{tag}>", chunk, re.S)
            if not found:
                return []
            return [ln.split("#")[0].strip() for ln in found.group(1).splitlines() if ln.split("#")[0].strip()]

        cow = re.search(r"<COW-Numeric>(\d+)</COW-Numeric>", chunk)
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", chunk, re.S)
        government = re.search(r"<Government>(.*?)</Government>", chunk, re.S)
        blocks.append(
            {
                "iso3": iso.group(1),
                "cow": int(cow.group(1)) if cow else 0,
                "nationality": section("Nationality"),
                "cities": section("MajorCities"),
                "leaders": leaders.group(1) if leaders else "",
                "government": government.group(1) if government else "",
            }
        )
    return blocks


CLEAN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


def build_countries(blocks: list[dict[str, object]]) -> list[dict[str, str]]:
    columns, rows = read_tsv(DATA / "curated_countries.tsv")
    owner: dict[str, str] = {}
    for row in rows:
        for field in ("name", "names", "adjectives", "ambiguous"):
            for name in split_multi(row[field]):
                owner.setdefault(normalise(name), row["iso3"] or row["name"])
    by_iso = {row["iso3"]: row for row in rows if row["iso3"]}
    # CountryInfo's nationality lists add spelling variants and foreign forms; a variant that
    # another country already claims, or that is not a plain name, is left out.
    for block in blocks:
        row = by_iso.get(str(block["iso3"]))
        if row is None:
            continue
        extra = []
        for raw in block["nationality"]:  # type: ignore[union-attr]
            name = title_name(raw)
            key = normalise(name)
            if not CLEAN_NAME.match(name) or len(key) < 4 or key in owner:
                continue
            owner[key] = row["iso3"]
            extra.append(name)
        row["variants"] = "|".join(extra)
    for row in rows:
        row.setdefault("variants", "")
    return rows


# ---------------------------------------------------------------- seats


def build_seats(countries: list[dict[str, str]]) -> list[dict[str, str]]:
    _, rows = read_tsv(DATA / "curated_seats.tsv")
    seen = {normalise(r["text"]) for r in rows}
    for country in countries:
        if country["status"] not in ("state", "special"):
            continue
        for capital in split_multi(country["capitals"]):
            key = normalise(capital)
            if key in seen:
                continue
            seen.add(key)
            note = "capital; as the subject of a speech or event verb it means the government"
            rows.append({"text": capital, "country": country["code"], "sector": "GOV", "kind": "capital", "notes": note})
    return rows


# ---------------------------------------------------------------- organisations


def phoenix_blocks(path: Path) -> list[tuple[str, list[str], str]]:
    """(name, aliases, code) for each Phoenix actor entry with a single undated code."""
    entries = []
    name, aliases, code = "", [], ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#")[0].rstrip()
        if not body.strip():
            if name and code:
                entries.append((name, aliases, code))
            name, aliases, code = "", [], ""
            continue
        found = re.search(r"\[([A-Z]{3,})\]", body)
        text = re.sub(r"\[.*?\]", "", body).strip()
        if body.startswith("+"):
            aliases.append(title_name(text.lstrip("+")))
        elif text and not body.startswith((" ", "\t")):
            if name and code:
                entries.append((name, aliases, code))
            name, aliases, code = title_name(text), [], ""
        if found:
            code = found.group(1)
    if name and code:
        entries.append((name, aliases, code))
    return entries


def build_organisations(kb: Path, country_codes: set[str]) -> list[dict[str, str]]:
    _, rows = read_tsv(DATA / "curated_organisations.tsv")
    for row in rows:
        row["source"] = "curated"
    taken = set()
    for row in rows:
        for name in [row["name"], *split_multi(row["aliases"])]:
            taken.add(normalise(name))
    # Armed groups from Phoenix: only those coded to a real country (or IMG) as rebels; the
    # many regional codes (MEA, SAS, ...) have no place in PLOVER.
    for name, aliases, code in phoenix_blocks(kb / "petrarch2" / "Phoenix.MilNonState.actors.txt"):
        country, sector = code[:3], code[3:6] or "REB"
        if country not in country_codes and country != "IMG":
            continue
        if sector not in ("REB", "CRM", "PRM") or len(normalise(name)) < 4:
            continue
        names = [n for n in [name, *aliases] if "(" not in n and len(normalise(n)) >= 4]
        if not names or any(normalise(n) in taken for n in names):
            continue
        taken.update(normalise(n) for n in names)
        rows.append(
            {
                "org_id": "phx_" + slug(names[0]),
                "name": names[0],
                "aliases": "|".join(dict.fromkeys(names[1:])),
                "acronyms": "",
                "country": country,
                "sector": sector,
                "kind": "armed_group",
                "start": "",
                "end": "",
                "notes": "",
                "source": "phoenix",
            }
        )
    seen_ids: dict[str, int] = defaultdict(int)
    for row in rows:
        if row["source"] == "phoenix":
            seen_ids[row["org_id"]] += 1
            if seen_ids[row["org_id"]] > 1:
                row["org_id"] += f"_{seen_ids[row['org_id']]}"
    return rows


# ---------------------------------------------------------------- roles

SECTOR_FROM_CAMEO = {
    "MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "ENV": "SOC", "HRI": "SOC", "NGO": "SOC",
    "DEV": "SOC", "MNC": "BUS", "IGO": "GOV", "MOD": "", "RAD": "", "REL": "REL",
    "MUS": "REL", "CHR": "REL", "BUD": "REL", "HIN": "REL", "JEW": "REL", "CTH": "REL", "SHI": "REL",
    "SUN": "REL", "JAN": "REL", "SIK": "REL", "ALE": "REL", "DRZ": "REL", "ITH": "REL", "MOS": "REL",
    "CON": "REL", "TAO": "REL", "ZRO": "REL", "BAH": "REL", "ORT": "REL", "PRO": "REL", "CPT": "REL",
}
BODY_WORDS = set(
    "ministry ministries army police government court party company corporation agency department council "
    "parliament assembly force forces union association organization organisation committee commission "
    "office industry business bank school university church military navy media press newspaper station "
    "network group movement front administration regime cabinet junta service services authority "
    "authorities bureau unit board house prison jail legislature senate congress institute firm".split()
)
# Heads of Phoenix agent phrases that name things, places or groups rather than a person (a
# "person" role may stand for he or she): craft and weapons, media, bodies and abstract nouns.
NOT_A_PERSON = set(
    """ship jet patrol patrols missile institution corp coalition alliance wing vessel television system plane planes monastary
    body base building hospital helicopter faction enterprise control command order protocol machine leadership site society syndicate
    squad aviation apparatus airliner airline website war village town tv tribunal telecom tank tabloid supertanker warship
    uprising typhoon trade tourism revenue rights religion magazine drone bomber raptor hornet gunship gun apache uav
    su-30mk su-24 destroyer carrier tanker vehicle delegation staff personnel militia clergy reserve state insurgency liberation commerce
    agriculture education chancery chancellery chamber battalion gang family facility embassy community publication outlet news radio operation
    operations presidium politburo polity population secretariate security sector schoolhouse sanitarium sanatorium sanatarium republic resistance rebellion revolt
    post portfolio presence praesidium phalanx peace paratroops rangers rabble orion osprey poseidon neighbourhood neighborhood procuratorate preschool
    oiler blog""".split()
)


def _thing(word: str) -> bool:
    """Whether a head word, singular or plural, names no person ("gunships", "website")."""
    return word in NOT_A_PERSON or word.removesuffix("s") in NOT_A_PERSON or word.removesuffix("es") in NOT_A_PERSON


def plural_of(term: str) -> str:
    head, _, last = term.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith(("man",)) and not last.endswith("human"):
        return prefix + last[:-3] + "men"
    if last.endswith("person"):
        return prefix + last[:-6] + "people"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return prefix + last[:-1] + "ies"
    if last.endswith(("s", "sh", "ch", "x", "z")):
        return prefix + last + "es"
    return prefix + last + "s"


def build_roles(kb: Path, sectors: set[str]) -> list[dict[str, str]]:
    _, curated = read_tsv(DATA / "curated_roles.tsv")
    rows, known = [], set()
    for row in curated:  # spelling twins ("vice-president") share one key: the first row wins
        if normalise(row["term"]) not in known:
            known.add(normalise(row["term"]))
            rows.append({**row, "source": "curated"})
    macros = {"!PERSON!": ["man", "men", "woman", "women", "person"], "!MINIST!": ["minister", "ministry"]}
    text = (kb / "petrarch2" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        body = line.split("#")[0].strip()
        found = re.search(r"\[~([A-Z]+)\]", body)
        if not found or body.startswith("!"):
            continue
        raw = re.sub(r"\{.*?\}|\[.*?\]", "", body).strip()
        blocks = [found.group(1)[i : i + 3] for i in range(0, len(found.group(1)), 3)]
        mapped = [SECTOR_FROM_CAMEO.get(b, b) for b in blocks]
        mapped = [m for m in mapped if m in sectors]
        if not mapped:
            continue
        explicit_plural = re.search(r"\{(.*?)\}", body)
        variants = [raw]
        for macro, words in macros.items():
            if macro in raw:
                variants = [raw.replace(macro, "_" + w if not raw.startswith(macro) else w) for w in words]
        for variant in variants:
            term = variant.replace("_", " ").strip().lower()
            term = re.sub(r"\s+", " ", term)
            if not term or normalise(term) in known or len(term) < 3:
                continue
            known.add(normalise(term))
            last = term.split()[-1]
            if explicit_plural is not None:
                plural = explicit_plural.group(1).replace("_", " ").strip().lower()
            else:
                plural = plural_of(term)
            rows.append(
                {
                    "term": term,
                    "sector": mapped[0],
                    "sector2": mapped[1] if len(mapped) > 1 and mapped[1] != mapped[0] else "",
                    "plural": plural,
                    "person": "n" if last in BODY_WORDS or _thing(last) or last.endswith(("ies", "ment")) else "y",
                    "office": "",
                    "inherits": "n",
                    "notes": "",
                    "source": "phoenix",
                }
            )
    return rows


# ---------------------------------------------------------------- people

HEAD_OF_STATE_TITLES = ("president", "king", "queen", "emir", "amir", "sultan", "monarch", "emperor",
                        "grand duke", "supreme leader", "chairman of the presidium", "head of state",
                        "prince", "sovereign", "captains regent", "co-prince", "chairmen of the state",
                        "chairman of the state", "yang di-pertuan agong", "pope", "governor-general",
                        "governors-general", "governor general")
HEAD_OF_GOVERNMENT_TITLES = ("prime minister", "premier", "chancellor", "chief minister", "taoiseach",
                             "head of government", "president of the government", "chairman of the council of ministers",
                             "president of the council of ministers", "state counsellor")


def office_from_title(title: str) -> str:
    low = title.lower()
    if "vice" in low or "deputy" in low:
        return "vice_president" if "president" in low else "deputy_head_of_government"
    if any(t in low for t in HEAD_OF_GOVERNMENT_TITLES):
        return "head_of_government"
    if "governor" in low:
        return "governor_general"
    if any(t in low for t in HEAD_OF_STATE_TITLES):
        return "head_of_state"
    if "secretar" in low and "party" in low:
        return "party_leader"
    return low.strip(" :")


def spell(name, country, office, sector, start, end, source, aliases=(), gender="") -> dict:
    return {"name": name, "aliases": list(aliases), "gender": gender, "country": country, "office": office,
            "sector": sector, "start": start, "end": end, "source": source}


def countryinfo_people(blocks, iso_to_code: dict[str, str]) -> list[dict]:
    out = []
    date_re = re.compile(r"\[\s*(>|<)?\s*(\d{8})?\s*(?:-\s*(\d{8}))?\s*\]")
    for block in blocks:
        country = iso_to_code.get(str(block["iso3"]))
        if not country:
            continue
        title = ""
        for line in str(block["leaders"]).splitlines():
            line = line.split("#")[0].strip()
            head = re.match(r"<([^/][^>]*)>$", line)
            if head:
                title = head.group(1)
                continue
            if not line or line.startswith("</"):
                continue
            names = re.findall(r"\{([^}]*)\}", line) or [re.split(r"\[", line)[0]]
            names = [title_name(n) for n in names if n.strip("_ ")]
            if not names:
                continue
            for marker, start, end in date_re.findall(line):
                if marker == ">":
                    start, end = start, ""
                s, e = tabari_date(start), tabari_date(end) if end else ""
                if not s or (e and year_of(e) < FIRST_YEAR):
                    continue
                office = office_from_title(title)
                out.append(spell(names[0], country, office, "GOV", s, e, "countryinfo", names[1:]))
        for line in str(block["government"]).splitlines():
            body, _, comment = line.partition("#")
            body = body.strip()
            if not body or body.startswith("#"):
                continue
            names = re.findall(r"\{([^}]*)\}", body) or [re.split(r"\[", body)[0]]
            names = [title_name(n) for n in names if n.strip("_ ")]
            titles = [t.strip() for t in comment.split("&") if t.strip()]
            found = re.findall(r"\[([A-Z]{3,})\s*([<>])?\s*(\d{8})?\s*(?:-\s*(\d{8}))?\s*\]", body)
            for code, marker, start, end in found:
                if code[:3] != country[:3] or not names:
                    continue
                s = tabari_date(start) if start and marker != "<" else "2003"
                e = "2011" if marker == ">" else (tabari_date(end) if end else tabari_date(start) if marker == "<" else "")
                if marker == ">" and start:
                    s = tabari_date(start)
                if e and year_of(e) < FIRST_YEAR:
                    continue
                second = code[6:9]
                office = "minister"
                if second == "MIL" and any("defen" in t.lower() for t in titles):
                    office = "defence_minister"
                elif len(found) == 1 and len(titles) == 1:
                    low = titles[0].lower()
                    office = ("foreign_minister" if "foreign" in low and "minister" in low or "secretary of state" == low
                              else "defence_minister" if "defen" in low and "minister" in low
                              else low if len(low) < 80 else "minister")
                if office not in ("foreign_minister", "defence_minister") and country not in G20:
                    continue  # every cabinet of every country costs load time for little gain
                sector = {"SPY": "SPY", "LEG": "LEG", "JUD": "GOV"}.get(second, "GOV")
                if code[3:6] in ("SPY", "MIL", "LEG"):
                    sector = code[3:6]
                out.append(spell(names[0], country, office, sector, s, e, "countryinfo", names[1:]))
    return out


def gli_people(kb: Path, cow_to_code: dict[int, str]) -> list[dict]:
    """Year-end heads of government (full names) as year-precision spells."""
    by_country: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    with open(kb / "gli" / "global_leader_ideologies.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            year = int(row["year"])
            code = cow_to_code.get(int(row["country_code_cow"] or 0))
            if year < FIRST_YEAR - 1 or not code or not row["hog"].strip():
                continue
            name = re.sub(r'"[^"]*"', "", row["hog"]).strip()
            by_country[code].append((year, name, row["hog_title"]))
    out = []
    for code, years in by_country.items():
        years.sort()
        i = 0
        while i < len(years):
            j = i
            while j + 1 < len(years) and years[j + 1][1] == years[i][1]:
                j += 1
            first, name, title = years[i]
            last = years[j][0]
            # GLI records the leader at year end: in office from some day of `first` to some day
            # of the year after `last` (or still in office at the end of the data).
            end = "" if j == len(years) - 1 and last >= 2020 else str(last + 1)
            title_low = title.lower()
            office = "head_of_state" if "president" in title_low and "council" not in title_low else "head_of_government"
            if office == "head_of_state" or title_low:
                office = office_from_title(title) if title_low else "head_of_government"
            if office not in ("head_of_state", "head_of_government"):
                office = "head_of_government"
            out.append(spell(name, code, office, "GOV", str(first), end, "gli"))
            i = j + 1
    return out


def wikidata_people(kb: Path, country_by_name: dict[str, str]) -> list[dict]:
    out = []
    with open(kb / "wikidata_leaders" / "heads_2021_2022.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = country_by_name.get(normalise(row["country"]))
            if not code or not row["officeholderLabel"] or row["officeholderLabel"].startswith("Q"):
                continue
            office = office_from_title(row["positionLabel"].split(" of ")[0])
            if office not in ("head_of_state", "head_of_government", "vice_president", "governor_general"):
                continue
            out.append(spell(row["officeholderLabel"], code, office, "GOV", row["start_year"], row["end_year"], "wikidata"))
    return out


def congress_people(kb: Path) -> list[dict]:
    import yaml

    out = []
    for person in yaml.safe_load((kb / "congress" / "executive.yaml").read_text(encoding="utf-8")):
        name = f"{person['name']['first']} {person['name']['last']}"
        gender = {"M": "m", "F": "f"}.get(person.get("bio", {}).get("gender", ""), "")
        for term in person["terms"]:
            if int(term["end"][:4]) < FIRST_YEAR:
                continue
            office = "head_of_state" if term["type"] == "prez" else "vice_president"
            out.append(spell(name, "USA", office, "GOV", term["start"], term["end"], "congress", gender=gender))
    for person in yaml.safe_load((kb / "congress" / "legislators-current.yaml").read_text(encoding="utf-8")):
        names = person["name"]
        name = names.get("official_full") or f"{names['first']} {names['last']}"
        aliases = [f"{names.get('nickname')} {names['last']}"] if names.get("nickname") else []
        gender = {"M": "m", "F": "f"}.get(person.get("bio", {}).get("gender", ""), "")
        terms = [t for t in person["terms"] if int(t["end"][:4]) >= FIRST_YEAR]
        merged: list[list[str]] = []
        for term in terms:  # consecutive terms in one chamber make one spell
            kind = "senator" if term["type"] == "sen" else "representative"
            if merged and merged[-1][0] == kind and merged[-1][2] >= term["start"][:8]:
                merged[-1][2] = term["end"]
            elif merged and merged[-1][0] == kind and (date.fromisoformat(term["start"]) - date.fromisoformat(merged[-1][2])).days < 10:
                merged[-1][2] = term["end"]
            else:
                merged.append([kind, term["start"], term["end"]])
        for kind, start, end in merged:
            end = "" if end > "2026-12-31" or end >= "2027" else end
            out.append(spell(name, "USA", "legislator", "LEG", start, end, "congress", aliases, gender))
    return out


def refine_with_archigos_and_reign(spells: list[dict], kb: Path, cow_to_code: dict[int, str]) -> None:
    """Give year-precision spells the exact dates and gender of a matching effective-leader spell."""
    import pandas as pd

    exact: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    with warnings.catch_warnings():  # a few names are latin-1; pandas falls back and says so
        warnings.simplefilter("ignore")
        frame = pd.read_stata(kb / "archigos" / "Archigos_4.1_stata14.dta")
    for row in frame.itertuples():
        code = cow_to_code.get(int(row.ccode))
        start, end = str(row.startdate)[:10], str(row.enddate)[:10]
        if not code or not end[:4].isdigit() or int(end[:4]) < FIRST_YEAR - 1:
            continue
        end = "" if str(row.exit) == "Still in Office" else end
        gender = "f" if str(row.gender).upper().startswith("F") else "m"
        exact[(code, surname_key(str(row.leader)))].append((start, end, gender))
    with open(kb / "reign" / "leaderlist_3_21.csv", encoding="latin-1") as handle:
        for row in csv.DictReader(handle):
            code = cow_to_code.get(int(row["ccode"] or 0))
            if not code or int(row["eyear"] or 0) < FIRST_YEAR:
                continue
            start = f"{row['syear']}-{int(row['smonth']):02d}"
            end = f"{row['eyear']}-{int(row['emonth']):02d}"
            gender = "f" if row["gender"] == "0" else "m"
            exact[(code, surname_key(row["leader"]))].append((start, end, gender))
    for item in spells:
        if item["source"] not in ("gli", "wikidata"):
            continue
        for start, end, gender in exact.get((item["country"], surname_key(item["name"])), []):
            if overlaps(item["start"], item["end"], start, end) and abs(year_of(start) - year_of(item["start"])) <= 1:
                item["start"] = start
                if item["end"] and end and abs(year_of(end) - year_of(item["end"])) <= 1:
                    item["end"] = end
                item["gender"] = item["gender"] or gender
                break


MERGED_SPELLINGS: list[tuple[str, str]] = []


def same_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: one's words contain the other's (a middle name more), or they
    differ by a letter or two ("Yuliya"/"Yulia")."""
    from difflib import SequenceMatcher

    wa, wb = normalise(a).split(), normalise(b).split()
    if len(wa) >= 2 and len(wb) >= 2 and (set(wa) <= set(wb) or set(wb) <= set(wa)):
        return True
    return SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() >= 0.9


def merge_people(curated: list[dict], derived: list[dict]) -> list[dict]:
    """Group spells into people and drop derived spells a curated or better spell already covers."""
    people: dict[str, dict] = {}
    by_name: dict[str, str] = {}
    by_surname: dict[tuple[str, str], list[str]] = defaultdict(list)

    def register(pid: str, names: list[str], country: str) -> None:
        for name in names:
            by_name.setdefault(normalise(name), pid)
        by_surname[(country, surname_key(names[0]))].append(pid)

    for item in curated:
        pid = item["person_id"]
        person = people.setdefault(pid, {"id": pid, "name": item["name"], "aliases": [], "gender": item["gender"], "spells": []})
        person["aliases"] += [a for a in item["aliases"] if a not in person["aliases"]]
        person["spells"].append(item)
        register(pid, [item["name"], *item["aliases"]], item["country"])
    rank = {"countryinfo": 0, "congress": 0, "wikidata": 1, "gli": 2}
    for item in sorted(derived, key=lambda s: rank[s["source"]]):
        names = [item["name"], *item["aliases"]]
        pid = next((by_name[normalise(n)] for n in names if normalise(n) in by_name), None)
        if pid is None:
            # Sources spell names differently: same country, surname and office at an
            # overlapping or touching time is taken as the same person.
            for candidate in by_surname.get((item["country"], surname_key(item["name"])), []):
                if any(s["office"] == item["office"] and overlaps(s["start"], s["end"], item["start"], item["end"])
                       for s in people[candidate]["spells"]):
                    pid = candidate
                    break
        if pid is None and item["office"] in ("head_of_state", "head_of_government"):
            # ... and a curated person of a near-identical spelling, same country and office, at another time
            # ("Yuliya"/"Yulia Tymoshenko", "Viktor [Fedorovych] Yanukovych") is the same person too.
            for candidate in by_surname.get((item["country"], surname_key(item["name"])), []):
                spells = people[candidate]["spells"]
                if any(s["source"] == "curated" for s in spells) and any(s["office"] == item["office"] for s in spells) \
                        and same_spelling(item["name"], people[candidate]["name"]):
                    pid = candidate
                    MERGED_SPELLINGS.append((item["name"], people[candidate]["name"]))
                    break
        if pid is None:
            pid = slug(item["name"])
            while pid in people:
                pid += "_"
            people[pid] = {"id": pid, "name": item["name"], "aliases": [], "gender": "", "spells": []}
            register(pid, names, item["country"])
        person = people[pid]
        for alias in names:
            if normalise(alias) != normalise(person["name"]) and alias not in person["aliases"]:
                person["aliases"].append(alias)
                by_name.setdefault(normalise(alias), pid)
        person["gender"] = person["gender"] or item.get("gender", "")
        if any(s["office"] == item["office"] and s["country"] == item["country"]
               and overlaps(s["start"], s["end"], item["start"], item["end"]) for s in person["spells"]):
            continue  # already known from a better source
        person["spells"].append(item)
    return list(people.values())


def _bounds(start: str, end: str) -> tuple[date, date]:
    """The days a spell can cover at most: partial dates widen, an open end is today."""
    lo = {4: start + "-01-01", 7: start + "-01"}.get(len(start), start) if start else "1900-01-01"
    if not end:
        hi = date.today()
    else:
        hi_text = {4: end + "-12-31", 7: end + "-28"}.get(len(end), end)
        hi = date.fromisoformat(hi_text)
    return date.fromisoformat(lo), max(hi, date.fromisoformat(lo))


def drop_derived_heads_curated_cover(people: list[dict], share: float = 0.8) -> int:
    """Drop a derived head-of-state or head-of-government spell when curated spells of *other*
    people cover most of it: the curated list of the office is then authoritative, and the
    derived spell is a mislabelled entity (Wikidata's Artsakh or South Ossetia rows), a
    stale open end or the same person under another spelling."""
    curated: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for person in people:
        for item in person["spells"]:
            if item["source"] == "curated" and item["office"] in ("head_of_state", "head_of_government"):
                curated[(item["country"], item["office"])].append((*_bounds(item["start"], item["end"]), person["id"]))
    dropped = 0
    for person in people:
        kept = []
        for item in person["spells"]:
            key = (item["country"], item["office"])
            if item["source"] != "curated" and key in curated:
                lo, hi = _bounds(item["start"], item["end"])
                days = (hi - lo).days + 1
                covered = set()
                for c_lo, c_hi, pid in curated[key]:
                    if pid == person["id"]:
                        continue
                    a, b = max(lo, c_lo), min(hi, c_hi)
                    if a <= b:
                        covered.update(range(a.toordinal(), b.toordinal() + 1))
                if len(covered) >= share * days:
                    dropped += 1
                    continue
            kept.append(item)
        person["spells"] = kept
    return dropped


def close_open_spells(people: list[dict]) -> None:
    """End a derived open spell of a unique office where the next holder's spell starts."""
    holders: dict[tuple[str, str], list[tuple[dict, str]]] = defaultdict(list)
    for person in people:
        for item in person["spells"]:
            if item["office"] in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister"):
                holders[(item["country"], item["office"])].append((item, person["id"]))
    for spells in holders.values():
        spells.sort(key=lambda s: s[0]["start"])
        for i, (item, pid) in enumerate(spells):
            if item["end"] or item["source"] == "curated":
                continue
            later = [s for s, other in spells[i + 1:] if other != pid and s["start"] > item["start"]]
            if later:
                item["end"] = later[0]["start"]


def build_people(kb: Path, blocks, countries: list[dict[str, str]]) -> list[dict[str, str]]:
    iso_to_code = {c["iso3"]: c["code"] for c in countries if c["iso3"]}
    # A dependency's governors and chief ministers are not its controlling state's leaders.
    sovereign = {c["iso3"]: c["code"] for c in countries if c["iso3"] and c["status"] in ("state", "special")}
    cow_to_code = {int(b["cow"]): iso_to_code[str(b["iso3"])] for b in blocks
                   if b["cow"] and str(b["iso3"]) in iso_to_code}
    cow_to_code.update({260: "DEU", 265: "DEU", 678: "YEM", 679: "YEM", 345: "SRB", 347: "KOS",
                        817: "VNM", 816: "VNM", 626: "SSD", 341: "MNE", 2: "USA", 200: "GBR", 365: "RUS"})
    # The leaders of a partially recognised entity or a dependency (Northern Cyprus, Artsakh,
    # Greenland) are not the leaders of the state whose code it carries: their names map to "".
    country_by_name = {}
    for c in countries:
        for name in [c["name"], *split_multi(c["names"])]:
            country_by_name.setdefault(normalise(name), c["code"] if c["status"] in ("state", "special") else "")
    _, curated_rows = read_tsv(DATA / "curated_people.tsv")
    curated = []
    for row in curated_rows:
        item = spell(row["name"], row["country"], row["office"], row["sector"], row["start"], row["end"],
                     "curated", split_multi(row["aliases"]), row["gender"])
        item["person_id"] = row["person_id"]
        curated.append(item)
    derived = countryinfo_people(blocks, sovereign) + gli_people(kb, cow_to_code)
    derived += wikidata_people(kb, country_by_name) + congress_people(kb)
    refine_with_archigos_and_reign(derived, kb, cow_to_code)
    valid_date = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    derived = [d for d in derived if valid_date.match(d["start"]) and (not d["end"] or (
        valid_date.match(d["end"]) and d["end"] >= d["start"][: len(d["end"])]))]
    people = merge_people(curated, derived)
    print(f"people: {len(MERGED_SPELLINGS)} head spells merged by spelling", file=sys.stderr)
    for a, b in MERGED_SPELLINGS:
        print(f"  {a} -> {b}", file=sys.stderr)
    for person in people:
        kept = [s for s in person["spells"] if s["source"] == "curated"]
        # A derived spell that overlaps a curated spell of the person in the same country is the
        # same fact less well known -- except a derived head-of-state or -government spell under a
        # curated spell of the *other* head office (Touadera was prime minister before president).
        heads = ("head_of_state", "head_of_government")
        person["spells"] = kept + [s for s in person["spells"] if s["source"] != "curated" and not any(
            overlaps(s["start"], s["end"], c["start"], c["end"]) and s["country"] == c["country"]
            and (s["office"] == c["office"] or s["office"] not in heads) for c in kept)
            # nor is one person head of another country at the same time: a source error
            # (CountryInfo gives Than Shwe's premiership to Mozambique)
            and not (s["office"] in heads and any(
                c["office"] in heads and c["country"] != s["country"] and overlaps(s["start"], s["end"], c["start"], c["end"])
                for c in kept) and not any(c["country"] == s["country"] for c in kept))]
    dropped = drop_derived_heads_curated_cover(people)
    print(f"people: {dropped} derived head spells dropped under curated ones", file=sys.stderr)
    people = [p for p in people if p["spells"]]
    close_open_spells(people)
    rows = []
    for person in sorted(people, key=lambda p: p["id"]):
        aliases = "|".join(a for a in dict.fromkeys(person["aliases"]) if normalise(a) != normalise(person["name"]))
        for item in sorted(person["spells"], key=lambda s: s["start"] or "0"):
            rows.append({"person_id": person["id"], "name": person["name"], "aliases": aliases,
                         "gender": person["gender"] or "unknown", "country": item["country"], "office": item["office"],
                         "sector": item["sector"], "start": item["start"], "end": item["end"], "source": item["source"]})
    return rows


FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "VNM", "KOR", "PRK", "KHM", "MNG"}
TITLE_WORDS = {"king", "queen", "prince", "princess", "pope", "sultan", "grand", "emperor", "empress", "emir",
               "sheikh", "sir", "lord", "lady", "ratu", "crown", "tuanku", "samdech", "lyonpo", "dato", "datuk"}


def build_first_names(people_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seen = set()
    for row in people_rows:
        if row["person_id"] in seen or row["gender"] not in ("m", "f"):
            continue
        seen.add(row["person_id"])
        if row["country"] in FAMILY_NAME_FIRST:
            continue  # "Chen Shui-bian", "Nguyen Xuan Phuc": the first word is the family name
        first = row["name"].split()[0]
        if first.lower() in TITLE_WORDS:
            continue  # "King Harald V", "Pope Francis", "Grand Duke Henri"
        if CLEAN_NAME.match(first) and len(first) > 2 and "." not in first:
            votes[first][row["gender"]] += 1
    _, curated = read_tsv(DATA / "curated_first_names.tsv")
    rows = {r["name"]: {"name": r["name"], "gender": r["gender"], "source": "curated"} for r in curated}
    for name, count in votes.items():
        if name in rows or len(count) != 1:
            continue  # a name borne by both men and women in the data says nothing
        gender, n = next(iter(count.items()))
        if n >= 2:
            rows[name] = {"name": name, "gender": gender, "source": "people"}
    return sorted(rows.values(), key=lambda r: r["name"])


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=Path("/work/shared/kb"))
    kb = parser.parse_args().kb
    blocks = countryinfo_blocks(kb)
    _, sector_rows = read_tsv(DATA / "sectors.tsv")
    sectors = {r["code"] for r in sector_rows}

    countries = build_countries(blocks)
    write_tsv("countries.tsv", [
        "countries.tsv: every country and territory with its names, adjectives and capitals.",
        "Built by scripts/build_actor_kb.py from curated_countries.tsv (written for dateline, facts only)",
        "and the nationality lists of CountryInfo.120116.txt (openeventdata/CountryInfo; MIT via Phoenix).",
        "code: the code dateline emits (ISO 3166 alpha-3; PLOVER's KOS, PSE, HKG, ATA; the claimed or",
        "controlling state for partially recognised entities (sector PRE) and dependencies). iso3: the",
        "territory's own ISO code. acronyms match only with their capitals (US vs us). ambiguous: names",
        "shared with other rows (Congo, Korean). variants: spellings and foreign forms from CountryInfo.",
        "Multi-valued columns are separated by |.",
    ], ["code", "iso3", "name", "names", "acronyms", "adjectives", "capitals", "status", "sector", "ambiguous", "variants", "notes"], countries)
    country_codes = {c["code"] for c in countries}

    write_tsv("seats.tsv", [
        "seats.tsv: seats of government and capitals used as metonyms for a government or one of its parts.",
        "Built by scripts/build_actor_kb.py from curated_seats.tsv (written for dateline; seeded by",
        "/work/shared/kb/metonyms_seed.tsv) plus the capitals in countries.tsv (kind capital).",
        "The component decides when a capital means the government (subject of a speech or event verb).",
    ], ["text", "country", "sector", "kind", "notes"], build_seats(countries))

    write_tsv("organisations.tsv", [
        "organisations.tsv: international organisations, NGOs, armed and criminal groups, government bodies,",
        "parties, agencies, media and a few companies and universities. One row per spell: an organisation",
        "whose code changes over time (the Taliban) has one row per period (start/end, empty = open).",
        "Sources: curated_organisations.tsv (written for dateline from public facts; codes follow PLOVER",
        "and CAMEO: UNO for the UN system, EUR for the EU, IGO, NGO, IMG) and armed groups from",
        "openeventdata/petrarch2 Phoenix.MilNonState.actors.txt (MIT; source phoenix).",
        "acronyms match only with their capitals (WHO vs who).",
    ], ["org_id", "name", "aliases", "acronyms", "country", "sector", "kind", "start", "end", "notes", "source"],
        build_organisations(kb, country_codes))

    write_tsv("roles.tsv", [
        "roles.tsv: role words and titles (PETRARCH 'agents') and the sector they give an actor.",
        "Sources: curated_roles.tsv (written for dateline) and openeventdata/petrarch2 Phoenix.agents.txt",
        "(MIT; CAMEO codes mapped to PLOVER sectors: CAMEO MED -> JRN, HLH -> MED, religions -> REL).",
        "person: y for a person title (senator), n for a body (parliament). office: the unique office the",
        "title names together with a country (president + USA -> head_of_state). inherits: y when the sector",
        "comes from the body spoken for (spokesperson); the row's sector is only the fallback.",
    ], ["term", "sector", "sector2", "plural", "person", "office", "inherits", "notes", "source"], build_roles(kb, sectors))

    people = build_people(kb, blocks, countries)
    write_tsv("people.tsv", [
        "people.tsv: people and the offices they held, one row per spell (start/end: YYYY, YYYY-MM or",
        "YYYY-MM-DD; empty end = in office or unknown). Sources: curated_people.tsv (curated: heads of",
        "state and government of every state 2000-2026 -- monarchs, presidents, prime ministers; the",
        "monarch for Commonwealth realms, both co-princes for Andorra --, G20 foreign and defence",
        "ministers, spokespeople, IGO heads), CountryInfo",
        "leaders and ministers (countryinfo), Global Leader Ideologies heads of government 2000-2020 (gli,",
        "Herre 2022), Wikidata world leaders 2021-22 (wikidata, CC0), unitedstates/congress-legislators",
        "(congress, CC0); dates refined with Archigos 4.1 (Goemans, Gleditsch & Chiozza) and REIGN",
        "(One Earth Future). Former leaders are coded ELI by the loader between and after spells.",
        "Curated spells win: a derived head-of-state or -government spell mostly covered by curated",
        "spells of other people is dropped, and leaders of partially recognised entities and",
        "dependencies in the Wikidata list are not given to the state whose code they carry.",
    ], ["person_id", "name", "aliases", "gender", "country", "office", "sector", "start", "end", "source"], people)

    write_tsv("first_names.tsv", [
        "first_names.tsv: first names with the gender they indicate, for pronoun coreference of people",
        "not in people.tsv. Sources: curated_first_names.tsv and first names of people.tsv whose bearers",
        "all share one gender (at least two people).",
    ], ["name", "gender", "source"], build_first_names(people))


if __name__ == "__main__":
    main()
