"""What the normalisers of calendar points (`resolve_points`, `resolve_days`,
`resolve_year_parts`, `resolve_relative`) share: the shapes of the values they build and read
back, the words that count back or ahead, the clock part of a value ("T14:30", "TNI"), and the
earlier timex that "that year" leans on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dateline.time.context import CONCRETE_VALUE, Context
from dateline.time.lexicon import lexicon, read_rows
from dateline.time.words import clean, modifier, parse_number


BACKWARD = {"last", "past", "this past", "the previous", "previous", "recent"}
FORWARD = {"next", "coming", "this coming", "the following", "following", "the next"}
QUARTER_VALUE = re.compile(r"\d{4}-Q\d$")
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
YEAR_VALUE = re.compile(r"\d{4}$")
MONTH_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d$")  # the year may be masked (no DCT)
ANY_YEAR_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d")  # a day, perhaps with a time after it
MONTH_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?$")  # a month or a day in it
YEARISH_VALUE = re.compile(r"\d{4}")
MONTH_ONLY_VALUE = re.compile(r"\d{4}-\d\d$")


def units_away(word: str | None) -> int:
    """How many units from the DCT's own "last" (-1), "this" (0) or "next" (+1) names, as in
    "May 5 next year", "the spring of last year", "the 15th of last month"."""
    return {"last": -1, "next": 1}.get(clean(word), 0)


def first(groups: dict, *names: str) -> str | None:
    return next((groups[n] for n in names if groups.get(n)), None)


def point_mod(groups: dict) -> str | None:
    return modifier(groups.get("pmod"))


def clock_suffix(groups: dict) -> str | None:
    """'THH:MM' from the clock groups, or 'TMO'-style from a part of the day."""
    if groups.get("clockword"):
        return "T24:00" if clean(groups["clockword"]) == "midnight" else "T12:00"
    if groups.get("hour"):
        hour = int(groups["hour"]) % 12
        if clean(groups["ampm"]).startswith("p"):
            hour += 12
        return f"T{hour:02d}:{int(groups.get('minute') or 0):02d}"
    if groups.get("phour"):
        # "4 in the morning", "nine in the evening"
        hour = int(parse_number(groups["phour"])) % 12
        if clean(groups["ppart"]) != "morning":
            hour += 12
        return f"T{hour:02d}:{int(groups.get('pminute') or 0):02d}"  # "2:30 in the afternoon"
    if groups.get("oclock"):
        return f"T{int(groups['oclock']):02d}:00"
    if groups.get("hour24"):
        return f"T{int(groups['hour24']):02d}:{groups['minute24']}"
    if groups.get("hhmm") and int(groups["hhmm"][:2]) < 24:
        return f"T{groups['hhmm']}"  # "2013-03-05T14:00"
    part = first(groups, "part", "part2")
    if part:
        return "T" + lexicon().parts_of_day[clean(part)]
    return None


def deictic_date(word: str, dct: date) -> date:
    return dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(clean(word), 0))


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of a one-column data file."""
    return frozenset(row[0] for row in read_rows(name))


def is_today(timex: dict, ctx: Context) -> bool:
    """"today", "tonight": never what "that year" or "the following month" points back to
    ("support today is below McCain's that year"): "that" points away from the present."""
    return timex["rule"] in ("deictic_part", "tonight") and timex["value"][:10] == ctx.reference.isoformat()


def year_told_before(ctx: Context, within: int = 1500) -> dict | None:
    """The timex whose year "of that year" means: the latest earlier one naming a year."""
    return ctx.last_timex(CONCRETE_VALUE, within=within, skip=lambda timex: is_today(timex, ctx))
