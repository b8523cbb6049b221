"""Normalisers for expressions that name a point or period on the calendar.

Each takes the groups its rule captured and a `Context`, and returns a `Resolution` (or None
to reject the match). Relative expressions are computed from the DCT ("t0") unless the text
leans on an earlier time ("the following year", "a year earlier" after a quarter).

>>> from datetime import date
>>> month_year(3, date(2018, 3, 20), "past", None), month_year(12, date(2018, 3, 20), "past", None)
(2018, 2017)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Token

from dateline.time import resolve_amounts
from dateline.time.context import CONCRETE_VALUE, Context, Resolution, anchor_of
from dateline.time.date_arithmetic import (
    format_point,
    holiday_date,
    nearest_weekday,
    nth_weekday,
    quarter_of,
    shift,
)
from dateline.time.lexicon import lexicon, read_rows
from dateline.time.tense import PRESENT_BE, auxiliaries_of, lemmas_of_kind, tense_at, verb_governing
from dateline.time.words import (
    clean,
    modifier,
    month_number,
    ordinal_number,
    parse_number,
    spoken_year,
    unit_code,
    weekday_number,
)

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
DAY_NAMED_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|of)\s+(?:[A-Z][a-z]|\d{4})")  # "that day in April"
COMING_HOLIDAY_DAYS = 31  # as for a month and day: an occurrence this near wins over the tense


def first(groups: dict, *names: str) -> str | None:
    return next((groups[n] for n in names if groups.get(n)), None)


def point_mod(groups: dict) -> str | None:
    return modifier(groups.get("pmod"))


def month_year(month: int, dct: date, tense: str | None, rel: str | None, day: int = 0, strictly: bool = False) -> int:
    """The year of a month (and day) named without one, from the DCT and the verb's tense.

    "last May" and "next May" are strictly before / after the DCT's month, and "last February"
    written in March is a year back: the month just gone is "last month" (across New Year,
    "last December" stays the one just gone, which is "last year's"). Otherwise the past
    tense picks the latest occurrence up to the DCT and the future the earliest from it, except
    that an occurrence within a month on the other side wins ("the offer was extended to
    Nov. 9", written on Nov. 2), unless `strictly` (a simple past verb dates it: "visited
    Paris in May", written in April, is last May); with no tense, the nearest occurrence.
    """
    if rel == "last" and month == dct.month - 1:
        return dct.year - 1
    if rel in BACKWARD:
        return dct.year if month < dct.month else dct.year - 1
    if rel in FORWARD:
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year

    def distance(year: int) -> int | None:
        if not day:
            return (year * 12 + month) - (dct.year * 12 + dct.month)
        try:
            return (date(year, month, day) - dct).days
        except ValueError:
            return None

    window = 0 if strictly else 31 if day else 1
    offsets = {y: distance(y) for y in (dct.year - 1, dct.year, dct.year + 1)}
    offsets = {y: d for y, d in offsets.items() if d is not None}
    if not offsets:
        return dct.year
    nearest = min(offsets, key=lambda y: (abs(offsets[y]), offsets[y] > 0))
    if tense == "past":
        earlier = [y for y, d in offsets.items() if d <= 0]
        if earlier and not (0 < offsets[nearest] <= window):
            return max(earlier)
    elif tense == "future" or (tense == "present" and day):
        later = [y for y, d in offsets.items() if d >= 0]
        if later and not (-window <= offsets[nearest] < 0):
            return min(later)
    elif tense is None and offsets[nearest] > 0:
        # News mostly reports what has happened: with no verb to go by ("the Oct. 23 slaying",
        # "a June agreement"), the past occurrence wins unless the next one is much nearer.
        earlier = [y for y, d in offsets.items() if d <= 0]
        if earlier and -offsets[max(earlier)] < 2 * offsets[nearest]:
            return max(earlier)
    return nearest


def full_year(yy: int, dct: date) -> int:
    """A two-digit year ("3/20/18", "FY12") in the century that puts it nearest the DCT,
    allowing ten years ahead."""
    return 1900 + yy if yy > (dct.year % 100) + 10 else 2000 + yy


def year_of_weekday_date(weekday_no: int, month: int, day: int, dct: date) -> int | None:
    """"Saturday, April 25": the year near the DCT in which April 25 is a Saturday."""
    for year in (dct.year, dct.year - 1, dct.year + 1):
        try:
            if date(year, month, day).isoweekday() == weekday_no:
                return year
        except ValueError:
            continue
    return None


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


def weekday_date(weekday: int, ctx: Context, rel: str | None) -> tuple[date, str]:
    """The date of a named weekday and its anchor ("t0", or the earlier timex for "the previous Friday")."""
    rel = clean(rel) or None
    base, anchor = ctx.reference, "t0"
    if rel in ("the previous", "the following"):
        earlier = ctx.last_timex(DAY_VALUE, within=1500)
        if earlier is not None:
            base, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    if rel is None:
        listed = _weekday_listed_before(ctx)
        if listed is not None:
            # "next Monday and Tuesday", "on Saturday and Sunday", "Friday and Thursday": days
            # of one run, so the one nearest the weekday listed before it; the end of a range
            # ("Wednesday through Sunday") comes after its start.
            before_it = date.fromisoformat(listed["value"][:10])
            after, earlier = (nearest_weekday(before_it, weekday, way) for way in ("after", "before"))
            if before_it <= ctx.reference < after and ctx.tense() == "past":
                return earlier, anchor_of(listed)  # "met on Tuesday and Thursday", told on Tuesday
            if RANGE_JOINER.search(ctx.text[listed["end"]:ctx.start]) or after - before_it <= before_it - earlier:
                return after, anchor_of(listed)
            return earlier, anchor_of(listed)
    if rel in BACKWARD:
        return nearest_weekday(base, weekday, "before"), anchor
    if rel in FORWARD:
        return nearest_weekday(base, weekday, "after"), anchor
    if AHEAD_OF_AN_EVENT.search(ctx.before(60)) and (ctx.tense() != "past" or ctx.in_present_perfect()):
        # "Polls show Trump trailing just ahead of Tuesday's vote", "the race has turned nasty
        # ahead of New York's Tuesday primary": not yet held. In a past-tense clause it may be
        # either ("ahead of Friday's meeting, France proposed").
        return nearest_weekday(base, weekday, "future"), anchor
    if re.match(r"['’]s\b", ctx.after(3)):
        # "Monday's debate" names an event: ahead only when the verb says so ("will", "expect
        # to"); "the impact of Monday's debate is small", "is raising questions about
        # Monday's debate", "ahead of Friday's meeting, France proposed" look back.
        tense = ctx.tense(firm=True)
        if tense == "future" and _names_the_subject(ctx):
            return nearest_weekday(base, weekday, "nearest"), anchor
        if tense == "present" and _where_the_verb_holds(ctx):
            return nearest_weekday(base, weekday, "future"), anchor
        return nearest_weekday(base, weekday, "future" if tense == "future" else "past"), anchor
    # News reports what happened: with no tense to go by, a bare weekday is the latest one.
    direction = {"past": "past", "future": "future", "present": "nearest"}.get(ctx.tense(within_a_week=True), "past")
    if direction == "future" and _names_the_subject(ctx):
        direction = "nearest"
    return nearest_weekday(base, weekday, direction), anchor


def _where_the_verb_holds(ctx: Context) -> bool:
    """"is running in Tuesday's primary", "needs a win in Tuesday's primary": the event is where
    a present-tense verb holds, so it is still to come ("the impact of Monday's debate is
    small", "questions about problems during Monday's debate" look back)."""
    span = ctx.span()
    if span is None or span.root.dep_ != "poss":
        return False
    event = span.root.head
    if event.dep_ != "pobj" or event.head.lower_ not in ("in", "into"):
        return False
    verb = event.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "is facing a tough fight in Tuesday's primary"
    # Only a finite present ("needs", "is running"): a bare participle ("heading into
    # Tuesday's primaries, Clinton had") or a noun ("his victory in") says nothing of when.
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
        word in PRESENT_BE for word, _ in auxiliaries_of(verb)))


def _names_the_subject(ctx: Context) -> bool:
    """The weekday dates the subject of its verb ("Monday's decision will make the choice
    clearer", "his address Sunday about terrorism will shape the race"): a future verb says
    what the event will do, not when it happens, so the event may as well be just past
    ("Tuesday's primary will decide the race", written on Friday, is the coming one: the
    nearest Tuesday either way)."""
    span = ctx.span()
    if span is None:
        return False
    root = span.root
    if root.dep_ not in ("poss", "npadvmod", "compound", "nmod", "pobj"):
        return False
    # up through the subject's own phrases: "Scenes from Trump's rally at the Coliseum Tuesday
    # will keep him awake"
    noun = root.head
    for _ in range(6):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return noun.pos_ in ("NOUN", "PROPN")
        if noun.dep_ not in ("pobj", "prep", "poss", "compound") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


# "ahead of Tuesday's vote", "ahead of New York's delegate-rich Tuesday primary"; not "before",
# which states an order, not an expectation ("Nestle's share before Friday's purchases is").
AHEAD_OF_AN_EVENT = re.compile(r"\b(?:ahead of|in advance of|in the run-up to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                               re.IGNORECASE)


# What may stand between two weekdays of one list: "Monday and Tuesday", "Friday or on Saturday".
RANGE_JOINER = re.compile(r"\b(?:to|through)\b|[-–]")
WEEKDAY_LIST_JOINER = re.compile(r"\s*(?:(?:,|,?\s*and|,?\s*or|to|through)\s+|[-–]\s*)(?:on\s+)?", re.IGNORECASE)


WEEKDAY_SET_VALUE = re.compile(r"XXXX-WXX-\d")


def _weekday_listed_before(ctx: Context, value: re.Pattern = DAY_VALUE) -> dict | None:
    """The weekday this one follows in a list, if any: a dated one, or with
    `WEEKDAY_SET_VALUE` one that repeats ("every Tuesday and Thursday")."""
    if not ctx.previous:
        return None
    previous = ctx.previous[-1]
    if previous["rule"] not in ("weekday", "set_every") or not value.match(previous["value"]):
        return None
    if not WEEKDAY_LIST_JOINER.fullmatch(ctx.text[previous["end"]:ctx.start]):
        return None
    return previous


def explicit(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """Calendar dates with at least a month or a weekday: "March 20, 2018", "mid-March"."""
    dct, explicit_parts = ctx.reference, set()
    time = clock_suffix(groups)
    month_text = first(groups, "month", "month2")
    month = month_number(month_text) if month_text else None
    if groups.get("mnum"):
        month = int(groups["mnum"])
    day_text = first(groups, "day", "day2")
    day = int(re.match(r"\d+", day_text).group()) if day_text else None
    if groups.get("dayword"):
        day = ordinal_number(groups["dayword"])
    year, calendar_year = None, False
    if first(groups, "year", "year2", "range_year"):
        year = int(first(groups, "year", "year2", "range_year"))  # range_year: "Feb. 28-29, 2016"
    elif groups.get("yy"):
        yy = int(groups["yy"])
        year = yy if yy > 99 else full_year(yy, dct)
    elif groups.get("spoken"):
        year = spoken_year(groups["spoken"])
        if year is None:
            return None
    anchor = None if year else "t0"
    if groups.get("deictic"):
        point = deictic_date(groups["deictic"], dct)
        value = point.isoformat()
        if groups["deictic"].lower() == "tonight" and not time:
            time = "TNI"
    elif month:
        explicit_parts.add("month")
        if year is None and day and groups.get("weekday"):
            year = year_of_weekday_date(weekday_number(groups["weekday"]), month, day, dct)
        if year is None:
            rel = clean(groups.get("rel")) or None
            if clean(groups.get("relyear")) == "that" and (story := _year_told_before(ctx)):
                # "peaked in October of that year": the year named before ("in January 2009")
                year, anchor = int(story["value"][:4]), anchor_of(story)
            elif clean(groups.get("relyear")) in ("this", "last", "next"):
                year = dct.year + {"last": -1, "next": 1}.get(clean(groups["relyear"]), 0)
            elif rel == "that" and re.match(r"\s+[a-z]", ctx.after(2)):
                # "in that October speech": "that" points at the speech, not at the month
                trimmed = explicit({k: v for k, v in groups.items() if k != "rel"}, ctx, default_type)
                if trimmed is None:
                    return None
                return replace(trimmed, trim_start=len(re.match(r"that\s+", ctx.text[ctx.start:], re.IGNORECASE).group()))
            elif rel == "that" and (story := ctx.last_timex(CONCRETE_VALUE, within=800)):
                # "In 1968 ... Humphrey's loss that November": the month of the year the
                # story is at (with nothing named before, the calendar decides, as below)
                year, anchor = int(story["value"][:4]), anchor_of(story)
            elif (paired := _paired_month(ctx)) is not None:
                # "ads reserved in December and January": the second month follows the first
                year = paired[0] if month >= paired[1] else paired[0] + 1
                anchor = paired[2]
            else:
                # "the Nov. 8 election", "the Oct. 23 shooting": a date naming an event says
                # nothing by the past tense of the clause around it ("the nominee for the Nov.
                # 8 election said"), so it goes by the calendar alone; only a firm future
                # does ("who will face Clinton in the Nov. 8 election").
                tense = ctx.tense()
                if day and _modifies_a_noun(ctx) and not (_event_of_the_verb(ctx) and ctx.tense(firm=True) == "future"):
                    tense = None
                named = _year_of_the_sentence(ctx, tense) if rel is None else None
                if named is not None:
                    # "In 2012, Romney clinched the nomination in May": that year's May
                    year, anchor = int(named["value"]), anchor_of(named)
                else:
                    year = month_year(month, dct, tense, rel, day or 0, strictly=_dated_by_a_past_verb(ctx, tense, day))
                    calendar_year = rel is None and tense not in ("past", "future")
                if not day and rel is None and _names_an_election(ctx) and not (tense == "past" and _event_of_the_verb(ctx)):
                    # "to win the November election" is the coming one; "she lost the November
                    # election" is one held
                    year, calendar_year = _election_year(month, dct), False
        if day:
            explicit_parts.add("day")
            try:
                value = date(year, month, day).isoformat()
            except ValueError:
                return None
        else:
            value = f"{year:04d}-{month:02d}"
    elif groups.get("weekday"):
        explicit_parts.add("weekday")
        value = weekday_date(weekday_number(groups["weekday"]), ctx, groups.get("rel"))[0].isoformat()
    else:
        return None
    if time:
        explicit_parts.add("time")
        value += time
    kind = "TIME" if time else "DATE"
    mod = "APPROX" if groups.get("approx") else point_mod(groups)
    return Resolution(kind, value, anchor=anchor, mod=mod, explicit=frozenset(explicit_parts),
                      calendar_year=calendar_year)


def _year_of_the_sentence(ctx: Context, tense: str | None) -> dict | None:
    """The bare year named last before a month without one in the same sentence, when the
    tense puts the month on that year's side of the DCT ("In 2012, Romney clinched the
    nomination in May", "the 1998 bombing happened in August"; "In 2019 the plant will open
    in March"); no other time may come between them, and both hang from one verb."""
    named = ctx.last_timex(within=200, primary=False)
    if named is None or named["rule"] != "year_bare" or not YEAR_VALUE.match(named["value"]):
        return None
    if not ctx.same_sentence(named):
        return None
    verb = verb_governing(ctx.doc, ctx.start, ctx.end)
    if verb is None or verb_governing(ctx.doc, named["start"], named["end"]) != verb:
        return None  # "approved in 1987 ..., had purchased shares through Sept. 29": another clause
    year = int(named["value"])
    if tense == "past" and year < ctx.reference.year or tense == "future" and year > ctx.reference.year:
        return named
    return None


MONTH_JOINER = re.compile(r",?\s+(?:and|or|through|to|into|until)\s+|\s*[-–]\s*")


def _paired_month(ctx: Context) -> tuple[int, int, str] | None:
    """(year, month, anchor) of a month timex joined to this one ("December and January",
    "from May to July"), if one comes just before it."""
    earlier = ctx.last_timex(MONTH_ONLY_VALUE, within=12, primary=False)
    if earlier is None or not MONTH_JOINER.fullmatch(ctx.text[earlier["end"]:ctx.start]):
        return None
    return int(earlier["value"][:4]), int(earlier["value"][5:7]), anchor_of(earlier)


DAY_JOINER = re.compile(r"\s+and\s+|\s*[-–]\s*|\s+(?:to|through)\s+")


def coordinated_day(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """The "25" of "April 24 and 25", "March 14-15", "June 3 to 5": the month of the date just before it."""
    earlier = ctx.last_timex(MONTH_DAY_VALUE, within=9, primary=False)
    if earlier is None or not DAY_JOINER.fullmatch(ctx.text[earlier["end"]:ctx.start]):
        return None
    year, month, day = earlier["value"][:4], int(earlier["value"][5:7]), int(groups["day"])
    try:
        date(int(year) if year.isdigit() else 2000, month, day)  # leap-year safe check
    except ValueError:
        return None
    return Resolution("DATE", f"{year}-{month:02d}-{day:02d}", anchor=anchor_of(earlier))


def day_of_month(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"on the 15th": that day of the month just named ("talks opened on March 3 and ended
    on the 15th"), else of the DCT's month or, as the tense says, the month before or after."""
    day = int(groups["day"])
    earlier = ctx.last_timex(MONTH_VALUE, within=300)
    if earlier is not None:
        year, month, anchor = int(earlier["value"][:4]), int(earlier["value"][5:7]), anchor_of(earlier)
    else:
        dct, anchor = ctx.reference, "t0"
        year, month = dct.year, dct.month
        step = {"past": -1 if day > dct.day else 0, "future": 1 if day < dct.day else 0}.get(ctx.tense(), 0)
        year, month = divmod(year * 12 + month - 1 + step, 12)
        month += 1
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None  # "on the 31st" of a 30-day month: not a date we can place
    return Resolution("DATE", value, anchor=anchor, explicit=frozenset({"day"}))


def quarter_code(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Q4 2012", "2012 Q4", "H1 FY2013", "Q3": the business-report codes for quarters and
    halves, read like "the fourth quarter (of 2012)"."""
    code = groups["qcode"].upper()
    spelled = {"qord": code[1], "qunit": "quarter" if code[0] == "Q" else "half", "year": groups.get("year")}
    return quarter(spelled, ctx, default_type)


def fiscal_code(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"FY2012", "FY 13": the fiscal year by the calendar year it is named after."""
    if groups.get("year"):
        return Resolution("DATE", groups["year"], explicit=frozenset({"year"}))
    return Resolution("DATE", f"{full_year(int(groups['yy']), ctx.reference):04d}", explicit=frozenset({"year"}))


def week_of(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the week of March 6": the ISO week holding that day."""
    day = explicit(groups, ctx, default_type)
    if day is None or not DAY_VALUE.match(day.value):
        return None
    week = format_point(date.fromisoformat(day.value[:10]), "W")
    return Resolution("DATE", week, anchor=day.anchor, explicit=day.explicit - {"day"})


WEEK_OF_MONTH_START = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def week_of_month(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the last week of February", "the first week of March 2013": the ISO week holding the
    middle of those seven days (TIMEX3 has no week-of-the-month)."""
    month = explicit({"month": groups["month"], "year": groups.get("year")}, ctx, default_type)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month.value):
        return None
    year_number, month_no = int(month.value[:4]), int(month.value[5:7])
    ordinal = clean(groups["wk"])
    if ordinal in WEEK_OF_MONTH_START:
        middle = date(year_number, month_no, WEEK_OF_MONTH_START[ordinal] + 3)
    else:  # "last", "final": the month's last seven days
        next_month = date(year_number + month_no // 12, month_no % 12 + 1, 1)
        middle = next_month - timedelta(days=4)
    return Resolution("DATE", format_point(middle, "W"), anchor=month.anchor, explicit=month.explicit)


def weekday_of_month(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the second Sunday of April", "the last Friday in June 2015": that day of the month,
    the month placed as a month alone would be (the tense decides the year)."""
    month = explicit({"month": groups["month"], "year": groups.get("year")}, ctx, default_type)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month.value):
        return None
    year_number, month_no = int(month.value[:4]), int(month.value[5:7])
    ordinal = clean(groups["wk"])
    n = -1 if ordinal in ("last", "final") else ordinal_number(ordinal)
    day = nth_weekday(year_number, month_no, weekday_number(groups["weekday"]), n)
    if day.month != month_no:
        return None  # "the fifth Monday of February": no such day
    # Which day it is depends on the year: without one, only the month is known.
    known = month.explicit | {"day"} if "year" in month.explicit else month.explicit
    return Resolution("DATE", day.isoformat(), anchor=month.anchor, explicit=known)


def day_of_month_edge(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the last day of February", "the first day of March 2015": the month's first or last
    day, the month placed as a month alone would be."""
    month = explicit({"month": groups["month"], "year": groups.get("year")}, ctx, default_type)
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month.value):
        return None
    year_number, month_no = int(month.value[:4]), int(month.value[5:7])
    day = 1 if clean(groups["edge"]) == "first" else calendar.monthrange(year_number, month_no)[1]
    # Which day is last depends on the year in February: without one, only the month is known.
    known = month.explicit | {"day"} if "year" in month.explicit or month_no != 2 or day == 1 else month.explicit
    return Resolution("DATE", date(year_number, month_no, day).isoformat(), anchor=month.anchor, explicit=known)


def weekdays_ago(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"two Fridays ago": the Friday a week before last Friday."""
    weeks_back = int(parse_number(groups["count"])) - 1
    last = nearest_weekday(ctx.reference, weekday_number(groups["plural"][:-1]), "before")
    return Resolution("DATE", (last - timedelta(weeks=weeks_back)).isoformat(), anchor="t0",
                      explicit=frozenset({"weekday"}))


def _year_to_a_month(after: str) -> bool:
    """"the year ended March 31", "the year ending in June", "the year to March": a year
    counted to a month end (not "the year to break glass ceilings")."""
    found = re.match(r"\s+(ended|ending|to)\s+(?:in\s+)?([A-Za-z]+)", after)
    return bool(found) and (found.group(1) != "to" or month_number(found.group(2)) is not None)


def appositive_unit(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"in 2010, the year the Citizens United decision came down", "Oct. 12, the day before
    the plunge": the unit that the time named just before falls in. Elsewhere "the year" is
    read as any other ("for much of the year"), and "the day" alone is no time."""
    previous = ctx.previous[-1] if ctx.previous else None
    unit = clean(groups["unit"])
    if previous is not None and re.fullmatch(r",\s*", ctx.text[previous["end"]:ctx.start]):
        value, fitted = previous["value"], None
        if unit == "year" and YEARISH_VALUE.match(value):
            fitted = value[:4]
        elif unit == "month" and MONTH_VALUE.match(value):
            fitted = value[:7]
        elif unit in ("day", "week") and DAY_VALUE.match(value):
            day = date.fromisoformat(value[:10])
            fitted = day.isoformat() if unit == "day" else format_point(day, "W")
        if fitted is not None:
            return Resolution("DATE", fitted, anchor=anchor_of(previous))
    if unit == "day":
        return None
    return relative(groups, ctx, default_type)


# "on Monday and Tuesday nights": a second weekday and the part of the day it may share.
NEXT_WEEKDAY_AND_PART = re.compile(r"\s+(?:and|or)\s+(\w+)\s+(\w+)\b")


def weekday(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """Named weekdays: "Tuesday", "last Friday", "Sunday night", "Mondays" (a set)."""
    plural = groups.get("plural")
    number = weekday_number(plural[:-1] if plural else groups["weekday"])
    part = groups.get("part")
    suffix = clock_suffix(groups) or ""
    if not (plural or suffix):  # no part of the day of its own
        part = _part_shared_with_next_weekday(ctx)
        suffix = clock_suffix({"part": part}) or ""
    if plural or (part and clean(part).endswith("s")) or _weekday_listed_before(ctx, WEEKDAY_SET_VALUE):
        # "Mondays", "Monday nights", and "Thursday" in "every Tuesday and Thursday"
        return Resolution("SET", f"XXXX-WXX-{number}{suffix}", explicit=frozenset({"weekday"}))
    point, anchor = weekday_date(number, ctx, groups.get("rel"))
    kind = "TIME" if suffix else "DATE"
    return Resolution(kind, point.isoformat() + suffix, anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"weekday", "time"}))


def _part_shared_with_next_weekday(ctx: Context) -> str | None:
    """"on Monday and Tuesday nights": a plural part of the day belongs to both weekdays."""
    found = NEXT_WEEKDAY_AND_PART.match(ctx.after(30))
    if found is None or weekday_number(found.group(1)) is None:
        return None
    part = clean(found.group(2))
    return part if part.endswith("s") and part in lexicon().parts_of_day else None


def deictic(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """today, yesterday, tomorrow, tonight, this morning, last night, that evening."""
    dct, anchor = ctx.reference, "t0"
    suffix = clock_suffix(groups)
    rel = clean(groups.get("rel"))
    if groups.get("deictic"):
        word = clean(groups["deictic"])
        if word in ("today", "tomorrow") and not suffix and _generic_era(ctx):
            return None
        point = deictic_date(word, dct)
        if word == "tonight":
            suffix = "TNI"
    elif not rel and _names_a_genre(ctx):
        return None
    elif rel == "that":
        earlier = ctx.last_timex(DAY_VALUE)
        if earlier is None:
            return None
        point, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    elif groups.get("the_part"):
        # "Stocks fell Friday. Dealers bought heavily in the morning": that day's morning; with
        # no day just named, or in the present ("he jogs in the morning"), no time at all.
        earlier = ctx.last_timex(DAY_VALUE, within=300)
        if earlier is None or ctx.tense() == "present":
            return None
        point, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    else:
        point = dct - timedelta(days=1) if rel == "last" else dct
    if not suffix:
        return Resolution("DATE", point.isoformat(), anchor=anchor, mod=point_mod(groups))
    return Resolution("TIME", point.isoformat() + suffix, anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"time"}))


def overnight(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"overnight": the night before the day the story is at ("London shares fell on Friday
    after overnight losses in New York"), or the coming night in the future tense."""
    span = ctx.span()
    if span is not None and span.root.head.lemma_.lower() in word_list("sudden_change_verbs.tsv"):
        return None  # "it won't happen overnight": suddenly, not at night
    if span is not None and any(child.dep_ == "neg" for child in span.root.head.children):
        return None  # "you can't do that overnight": what takes long is denied, not a night
    earlier = ctx.last_timex(DAY_VALUE, within=300)
    day, anchor = (date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)) if earlier else (ctx.reference, "t0")
    if ctx.tense() != "future":
        day -= timedelta(days=1)
    return Resolution("TIME", f"{day.isoformat()}TNI", anchor=anchor, explicit=frozenset({"time"}))


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of a one-column data file."""
    return frozenset(row[0] for row in read_rows(name))


def _heads_modified(token: Token) -> list[Token]:
    """The nouns a modifier chain starting at `token` runs through, nearest first ("late
    night talk show host": show, host)."""
    heads = []
    while token.dep_ in ("amod", "compound") and token.head.i > token.i:
        token = token.head
        heads.append(token)
    return heads


def _modified_noun(token: Token) -> Token:
    """The noun a modifier chain starting at `token` ends in ("late night talk show host" -> host)."""
    heads = _heads_modified(token)
    return heads[-1] if heads else token


def _dated_by_a_past_verb(ctx: Context, tense: str | None, day: int | None) -> bool:
    """"She visited Paris in May", written in April, "On April 3, the senator proposed a
    bill", written on March 20: a month or a date that dates a simple past verb directly is
    behind the DCT, even the next one. (In a noun's phrase, "a cutback in its supply in
    September", the past verb above may be a report of what is ahead; "extended to April 5"
    sets a date.)"""
    if tense != "past":
        return False
    span = ctx.span()
    if span is None:
        return False
    if span.root.dep_ == "pobj":
        verb = span.root.head.head
    elif day and span.root.dep_ == "npadvmod" and not ctx.before(2).endswith(", "):
        verb = span.root.head  # "was arrested April 10"; not "weeks away, Sept. 14, the action was"
    else:
        return False
    auxiliaries = auxiliaries_of(verb)
    simple_past = verb.tag_ == "VBD" and not auxiliaries
    past_passive = verb.tag_ == "VBN" and auxiliaries in ((("was", "VBD"),), (("were", "VBD"),))  # "was arrested"
    if not (simple_past or past_passive) or verb.lemma_.lower() in lemmas_of_kind("deadline"):
        return False
    # "may backfire and cost her party in elections on March 13": a past form that is also
    # the bare verb ("cost", "hit", "cut") may be the tagger's guess, and a second verb takes
    # the first's auxiliaries
    return verb.lower_ != verb.lemma_.lower() and not (verb.dep_ == "conj" and auxiliaries_of(verb.head))


def _modifies_a_noun(ctx: Context) -> bool:
    span = ctx.span()
    return (span is not None and span.root.dep_ in ("compound", "nmod", "amod")
            and span.root.head.pos_ == "NOUN" and span.root.head.i > span.root.i)


def _names_an_election(ctx: Context) -> bool:
    """"the November election", "November's general election" (`data/election_nouns.tsv`)."""
    span = ctx.span()
    return (span is not None and span.root.dep_ in ("compound", "nmod", "amod", "poss", "npadvmod")
            and span.root.head.lemma_.lower() in word_list("election_nouns.tsv"))


def _election_year(month: int, dct: date) -> int:
    """The year of the coming election in `month`, or of the last one if it is under two
    months past (see `data/election_nouns.tsv`)."""
    last_held = dct.year if month <= dct.month else dct.year - 1
    months_since = (dct.year * 12 + dct.month) - (last_held * 12 + month)
    return last_held if months_since < 2 else last_held + 1


def _event_of_the_verb(ctx: Context) -> bool:
    """The noun a date names ("the Nov. 8 election") is where or what the verb happens ("will
    face Clinton in the Nov. 8 election", "will win the Nov. 8 election"), not what another
    noun is about ("will release a report on the Oct. 23 shooting")."""
    span = ctx.span()
    if span is None:
        return False
    event = span.root.head
    if event.dep_ == "pobj":
        return event.head.head.pos_ in ("VERB", "AUX") and event.head.dep_ == "prep"
    return event.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")


def _names_a_genre(ctx: Context) -> bool:
    """"a late-night show", "late-night comedians": a kind of thing, not a time of day."""
    span = ctx.span()
    if span is None:
        return False
    # Any noun of the chain counts: "late night talk show host Seth Meyers".
    genres = word_list("genre_nouns.tsv")
    return any(head.lemma_.lower() in genres for head in _heads_modified(span[-1]))


def _generic_era(ctx: Context) -> bool:
    """"today's world", "the people of tomorrow": an era, not a day ("today's editions" is one)."""
    span = ctx.span()
    if span is None:
        return False
    doc, last = ctx.doc, span[-1]
    if last.i + 2 < len(doc) and doc[last.i + 1].tag_ == "POS":
        return _modified_noun(doc[last.i + 2]).lemma_.lower() in word_list("generic_nouns.tsv")
    first = span[0]
    return (first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].pos_ == "NOUN"
            and first.dep_ == "pobj")


def clock(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """A bare clock time ("at 7:15 p.m.") happens on the DCT unless a day word follows."""
    if groups.get("hour24") and not re.search(r"[A-Z]{3}|\blocal time\b", ctx.text[ctx.start:ctx.end]):
        return None  # "3:30" alone is as likely a score or a ratio as a time; "15:30 GMT" is one
    point, anchor = ctx.reference, "t0"
    if groups.get("deictic"):
        point = deictic_date(groups["deictic"], ctx.reference)
    else:
        point, anchor = _day_of_sentence(ctx)
    suffix = clock_suffix(groups)
    part = clean(groups.get("part2"))
    if groups.get("oclock") and part in ("afternoon", "evening", "night") and int(groups["oclock"]) < 12:
        suffix = f"T{int(groups['oclock']) + 12:02d}:00"  # "6 o'clock this afternoon"
    return Resolution("TIME", point.isoformat() + suffix, anchor=anchor, mod=modifier(groups.get("amod")),
                      explicit=frozenset({"time"}))


WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _day_of_sentence(ctx: Context) -> tuple[date, str]:
    """The day a clock time falls on: a weekday named in its sentence ("at about 10:35
    a.m. (0735 GMT) Friday"), else a date named earlier in it, else the DCT."""
    span = ctx.span()
    if span is not None and ctx.doc.has_annotation("SENT_START"):
        sentence = span.sent
        # The parser may end the sentence early ("... 10:35 a.m. (0735 GMT) Friday"), so the
        # words just after the clock count too, up to a full stop.
        start = sentence.start_char
        end = max(sentence.end_char, ctx.end + len(re.split(r"[.!?]\s", ctx.after(30))[0]))
        # A weekday far off in a long sentence dates something else ("6 p.m. Trump is
        # raising questions about what Clinton said on Monday"): only a near one counts.
        names = [m for m in WEEKDAY_NAME.finditer(ctx.text, start, end)
                 if m.start() - ctx.end < 60 and ctx.start - m.end() < 60]
        if names:
            nearest = min(names, key=lambda m: abs(m.start() - ctx.start))
            # A weekday already dated as part of a full date ("Wednesday, March 2, at 10:30
            # a.m."): the clock shares that date, not the weekday's nearest occurrence.
            for timex in ctx.previous:
                if timex["start"] <= nearest.start() < timex["end"] and DAY_VALUE.match(timex["value"]):
                    return date.fromisoformat(timex["value"][:10]), anchor_of(timex)
            return weekday_date(weekday_number(nearest.group()), ctx, None)[0], "t0"
        earlier = ctx.last_timex(DAY_VALUE, within=ctx.start - sentence.start_char)
        if earlier is not None:
            return date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    return ctx.reference, "t0"


def _name_follows(ctx: Context) -> bool:
    """A capitalised word right after the match: the match is part of a name."""
    return bool(re.match(r"\s+[A-Z][a-z]", ctx.after(3)))


def holiday(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Christmas", "last Thanksgiving", "Easter week", "Election Day 2016"."""
    if not groups.get("year") and not groups.get("week") and _name_follows(ctx):
        return None  # "Easter Island", "Labor Day Parade Committee": part of a name
    holiday = lexicon().holidays[clean(groups["holiday"])]
    week = bool(groups.get("week"))
    fixed = frozenset({"month", "day"}) if re.fullmatch(r"\d\d-\d\d", holiday.rule) else frozenset()
    if groups.get("year"):
        point = holiday_date(holiday.rule, int(groups["year"]))
        return Resolution("DATE", format_point(point, "W") if week else point.isoformat(),
                          explicit=frozenset({"month", "day"}))
    dct = ctx.reference
    # The occurrences around the DCT; a four-yearly one (Super Tuesday) is up to four years off.
    days = [holiday_date(holiday.rule, year) for year in range(dct.year - 4, dct.year + 5) if holiday.held_in(year)]
    if week and any(format_point(day, "W") == format_point(dct, "W") for day in days):
        # "as Easter week began", written in it: this year's, whatever the tense.
        return Resolution("DATE", format_point(dct, "W"), anchor="t0")
    rel = clean(groups.get("rel"))
    calendar_year = False
    past = max(day for day in days if day <= dct)
    future = min(day for day in days if day >= dct)
    if rel == "last":
        point = max(day for day in days if day < dct)
    elif rel == "next":
        point = min(day for day in days if day > dct)
    else:
        tense = None if _modifies_a_noun(ctx) else ctx.tense()  # "Super Tuesday states", "a Labor Day interview"
        if tense == "future" or tense == "past" and (future - dct).days <= COMING_HOLIDAY_DAYS:
            # In the weeks before Christmas, "the Saturday before Christmas" and "Christmas Eve
            # was booked" are about the coming one: a year-old holiday would be "last Christmas".
            point = future
        elif tense == "past":
            point = past
        else:
            # "as Election Day grows near", "on Election Day, vote": with no tense to go by,
            # the nearer one (a news story about a holiday is about the one at hand).
            point = min((past, future), key=lambda day: abs((day - dct).days))
            calendar_year = True
    if week:
        return Resolution("DATE", format_point(point, "W"), anchor="t0")
    return Resolution("DATE", point.isoformat(), anchor="t0", explicit=fixed, calendar_year=calendar_year)


def year(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """Years in digits or words: "2016", "fiscal 1989", "nineteen ninety-six", "mid-1996"."""
    number = int(groups["year"]) if groups.get("year") else spoken_year(groups.get("spoken") or "")
    if number is None:
        return None
    matched = clean(ctx.text[ctx.start:ctx.end])
    mod = "ON_OR_AFTER" if matched.endswith("and beyond") else point_mod(groups)
    if groups.get("prefix"):
        mod = "AFTER" if clean(groups["prefix"]) == "post" else "BEFORE"  # "post-1959 politics"
    return Resolution("DATE", f"{number:04d}", mod=mod)


def named_date(groups: dict, ctx: Context, default_type: str) -> Resolution:
    """"9/11", "the Sept. 11 attacks": a date known by its name (`data/named_dates.tsv`)."""
    value, _ = lexicon().named_dates[clean(groups["named"])]
    return Resolution("DATE", value, explicit=frozenset({"month", "day"}))


def year_range_end(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """The "2012" of "2010-2012" and the "11" of "the 2010-11 season": a later year than the
    one just before the dash, in its century when written with two digits."""
    earlier = ctx.last_timex(YEAR_VALUE, within=1, primary=False)
    if earlier is None or earlier["end"] != ctx.start - 1:
        return None
    first_year, digits = int(earlier["value"]), groups["yy"]
    if len(digits) == 4:
        number = int(digits)
    else:  # "2010-11", "2008-9": the last digits of a later year
        scale = 10 ** len(digits)
        number = first_year - first_year % scale + int(digits)
        if number <= first_year:
            number += scale  # "1999-01": the next century; "1999-0": the next decade
    if not first_year < number <= first_year + (100 if len(digits) == 4 else 20):
        return None  # "2012-2010" is not a range of years, nor "1990-85" one of 95 years
    return Resolution("DATE", f"{number:04d}", anchor=anchor_of(earlier))


def decade(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the 1990s" -> 199, "the '80s" -> 198, "the nineties" -> 199, "the late 1970s" (END);
    "the 1800s" -> 18, a century ("the 2000s" is the decade, as news uses it)."""
    if groups.get("decade"):
        value = groups["decade"][:3]
        if groups["decade"][2:4] == "00" and int(groups["decade"][:4]) < 2000:
            value = groups["decade"][:2]  # "the 1800s", "the 1900s": the hundred years
    elif groups.get("decade2"):
        tens = int(groups["decade2"][0])
        value = f"19{tens}" if tens >= 2 else f"20{tens}"
    else:
        tens = parse_number(clean(groups["decadeword"])[:-3] + "y")  # "nineties" -> "ninety"
        if tens is None:
            return None
        value = f"19{tens // 10}"
    return Resolution("DATE", value, mod=point_mod(groups))


def century(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the 20th century" -> 19 (TIMEX3 writes centuries by their first two digits); "the last
    decade of the 20th century" -> 199."""
    if ctx.text[ctx.end - 7] == "C" and _name_follows(ctx):
        return None  # "21st Century Fox", "the 20th Century Limited": part of a name
    number = int(groups["cnum"]) if groups.get("cnum") else ordinal_number(groups["cword"])
    if not number or number > 99:
        return None
    if groups.get("dord"):
        # "the first decade of the 21st century": the 2000s, TIMEX3's decade 200 (the
        # calendar's decades run 2000-2009, the century's count from 2001: the nearest there is)
        decade = 9 if clean(groups["dord"]) in ("last", "final") else ordinal_number(groups["dord"]) - 1
        return Resolution("DATE", f"{number - 1:02d}{decade}", mod=point_mod(groups))
    return Resolution("DATE", f"{number - 1:02d}", mod=point_mod(groups))


SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER = ["WI", "SP", "SU", "FA"]
SEASON_VALUE = re.compile(r"[\dX]{4}-(?:SP|SU|FA|WI)$")  # the year masked without a DCT
SEASON_NUMBER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}  # their order within a season year


def season_of(day: date) -> tuple[int, str]:
    """(season year, code); January and February belong to the winter that began in December."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    return day.year, SEASON_ORDER[(day.month // 3) % 4]


def season(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    code = lexicon().seasons[clean(groups["season"])]
    rel = clean(groups.get("rel"))
    if groups.get("thatyear") or rel in ("that", "following", "previous"):
        return _season_of_the_story(code, "that" if groups.get("thatyear") else rel, groups, ctx)
    if groups.get("year") or groups.get("spoken"):
        number = int(groups["year"]) if groups.get("year") else spoken_year(groups["spoken"])
        if number is None:
            return None
        return Resolution("DATE", f"{number:04d}-{code}", mod=point_mod(groups), explicit=frozenset({"season"}))
    rel = clean(groups.get("rel")) or clean(groups.get("the"))
    if not rel and not groups.get("pmod"):
        return _coordinated_season(code, ctx)  # a bare "summer analysts" is no date
    now_year, now_code = season_of(ctx.reference)
    if rel == "the":
        rel = "last" if ctx.tense() == "past" else ("next" if ctx.tense() == "future" else "this")
    if rel in ("last", "past", "this past"):
        number = now_year if SEASON_NUMBER[code] < SEASON_NUMBER[now_code] else now_year - 1
    elif rel in ("next", "coming", "this coming"):
        number = now_year if SEASON_NUMBER[code] > SEASON_NUMBER[now_code] else now_year + 1
    elif rel == "this" or not rel:
        # "this winter" is the one under way, if one is; any other season is the one of
        # the calendar year, so "this spring" written in January is the coming one.
        number = now_year if code == "WI" and now_code == "WI" else ctx.reference.year
        if not rel and ctx.tense() == "past" and (number, SEASON_NUMBER[code]) > (now_year, SEASON_NUMBER[now_code]):
            number -= 1
        elif rel == "this" and (number, SEASON_NUMBER[code]) < (now_year, SEASON_NUMBER[now_code]) and ctx.tense() == "future":
            number += 1  # "expected their second child this summer", written in December
    else:
        number = now_year
    return Resolution("DATE", f"{number:04d}-{code}", anchor="t0", mod=point_mod(groups), explicit=frozenset({"season"}))


def _season_of_the_story(code: str, rel: str, groups: dict, ctx: Context) -> Resolution | None:
    """"That summer", "the spring of that year", "the following spring", "the previous winter":
    a season counted from the time the story is at (the latest earlier timex naming a year),
    not from the DCT; with none named in the last few paragraphs, no guess (as for "that
    November")."""
    story = _year_told_before(ctx, within=800)
    if story is None:
        return None
    year = int(story["value"][:4])
    month = re.match(r"\d{4}-(\d\d)", story["value"])
    if month:
        # a season of its own: "in January 2009 ... that winter" is the winter of 2008-09
        year, now_code = season_of(date(year, int(month.group(1)), 1))
        order = SEASON_NUMBER[now_code]
    else:
        order = None  # a whole year: "the following spring" is the next year's
    if rel == "following":
        year += 1 if order is None or SEASON_NUMBER[code] <= order else 0
    elif rel == "previous":
        year -= 1 if order is None or SEASON_NUMBER[code] >= order else 0
    return Resolution("DATE", f"{year:04d}-{code}", anchor=anchor_of(story), mod=point_mod(groups),
                      explicit=frozenset({"season"}))


def _coordinated_season(code: str, ctx: Context) -> Resolution | None:
    """"the fall and winter", "last spring and summer": the second season shares the first's
    "the" or "last", so it is the next such season after the first."""
    earlier = ctx.last_timex(SEASON_VALUE, within=8)
    if earlier is None or not re.fullmatch(r"\s+(?:and|or)\s+", ctx.text[earlier["end"]:ctx.start]):
        return None
    year, first = earlier["value"][:4], earlier["value"][5:]
    if year != "XXXX" and SEASON_NUMBER[code] <= SEASON_NUMBER[first]:
        year = f"{int(year) + 1:04d}"  # "the winter and spring": the spring after that winter
    return Resolution("DATE", f"{year}-{code}", anchor=anchor_of(earlier), explicit=frozenset({"season"}))


def quarter(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the third quarter", "third-quarter", "the 1988 second quarter", "the first half of 1990"."""
    ordinal = clean(groups["qord"])
    unit = clean(groups["qunit"])
    letter = "H" if unit in ("half", "two quarters", "six months") else "Q"
    if ordinal in ("last", "final"):  # "the last half of 1990", "the final quarter of last year"
        number = 2 if letter == "H" else 4
    else:
        number = ordinal_number(ordinal)
    if number is None or number > (2 if letter == "H" else 4):
        return None
    dct = ctx.reference
    explicit_year = first(groups, "year", "qyear", "qyear2")
    the = clean(groups.get("the"))
    anchor = None
    if explicit_year:
        number_year = int(explicit_year)
    elif the.startswith("last year") or "year-ago" in the or "year-earlier" in the:
        number_year, anchor = dct.year - 1, "t0"
    elif the.startswith("next year") or clean(groups.get("relyear")) == "next":
        number_year, anchor = dct.year + 1, "t0"
    elif clean(groups.get("relyear")) == "last":
        number_year, anchor = dct.year - 1, "t0"
    elif clean(groups.get("relyear")) == "that" and (story := _year_told_before(ctx)):
        number_year, anchor = int(story["value"][:4]), anchor_of(story)  # "the second quarter of that year"
    else:
        anchor = "t0"
        current = quarter_of(dct) if letter == "Q" else (1 if dct.month <= 6 else 2)
        number_year = dct.year
        if number > current and ctx.tense() == "past":
            number_year -= 1
    trim = 0
    if groups.get("the") and groups.get("joiner") == "-" and not groups.get("pmod"):
        # "the third-quarter loss": the determiner belongs to "loss", not to the timex.
        matched = ctx.text[ctx.start:ctx.end]
        trim = len(groups["the"]) + len(matched[len(groups["the"]):]) - len(matched[len(groups["the"]):].lstrip())
    return Resolution("DATE", f"{number_year:04d}-{letter}{number}", anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"quarter"}), trim_start=trim)


RELATIVE_UNITS = {
    "year": "Y", "fiscal year": "Y", "month": "M", "week": "W", "quarter": "Q", "fiscal quarter": "Q",
    "period": "Q", "decade": "DE", "century": "CE", "weekend": "WE",
}
GRANULARITY_PATTERN = {
    "Y": re.compile(r"\d{4}"), "Q": QUARTER_VALUE, "M": re.compile(r"\d{4}-\d\d"),
    "W": re.compile(r"\d{4}-(?:W\d\d|\d\d-\d\d)"), "D": DAY_VALUE,
}


def relative(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"last week", "this year", "the following month", "the quarter", "year-end", "the year-ago period"."""
    unit_text = clean(groups.get("unit"))
    rel = clean(groups.get("rel")).removeprefix("the ")
    the = clean(groups.get("the"))
    mod = point_mod(groups)
    if groups.get("year"):
        return _year_period(int(groups["year"]), ctx)
    if groups.get("yearago") and not unit_text:
        return _year_ago("Q", ctx)
    if unit_text in ("nine months", "six months"):
        return Resolution("DURATION", f"P{9 if unit_text.startswith('nine') else 6}M")
    if unit_text in ("day", "morning", "afternoon", "evening"):
        return _relative_day(unit_text, rel, mod, ctx)
    if unit_text == "term":
        return None
    unit = RELATIVE_UNITS.get(unit_text)
    if unit is None:
        return None
    if unit == "Q" and not rel and re.match(r"\s+of\s+(?!\d|(?:the|that|this|last|next)\s+(?:fiscal\s+)?year\b)", ctx.after(30)):
        return None  # "the quarter of Democratic voters who": a fourth of them, not a time
    if unit == "DE" and the == "the" and not rel and not mod:
        return None  # "the decade of the internet" names an era; "the end of the decade" is this one
    if (the == "the" and rel == "last" and re.match(r"\s+of\b", ctx.after(4))
            and not re.search(r"\b(?:over|for|throughout)\s+$", ctx.before(12), re.IGNORECASE)):
        # "in the last year of his presidency", "the last week of the race": the final one of
        # an event, not the one before this ("over the last year of talks" still is).
        return None
    spelled_rel = clean(groups.get("rel"))
    if unit in ("DE", "CE") and not mod and (spelled_rel == "the past" or (
            spelled_rel in ("the last", "the next")
            and re.search(r"\b(?:over|for|during|throughout)\s+$", ctx.before(12), re.IGNORECASE))):
        # "over the past decade", "events of the past century": the years up to now, not
        # the previous calendar decade ("in the last decade" still is).
        return Resolution("DURATION", "P10Y" if unit == "DE" else "P100Y", anchor="t0")
    if groups.get("inyear"):
        return _period_in_year(int(groups["inyear"]), unit, ctx)
    if clean(groups.get("yearago")) == "same" and not groups.get("lastyear"):
        # "raised $37 million during the same period": the period just discussed ("the last
        # three months of 2015", "between June 2012 and April 2014"), not a year back, and
        # rarely a single time the text has named: no guess, as for "the same week".
        return None
    if groups.get("yearago"):
        return _year_ago(unit, ctx)
    if unit == "Y" and the in ("the",) and rel in ("", "fiscal") and _year_to_a_month(ctx.after(16)):
        return Resolution("DURATION", "P1Y")  # "the (fiscal) year ended March 31" is a length of time
    if unit == "Y" and rel == "last":
        earlier = ctx.last_timex(QUARTER_VALUE, within=300)
        if earlier is not None and ctx.same_sentence(earlier):
            # "net rose to $5 million in the third quarter from $4 million last year".
            value = f"{int(earlier['value'][:4]) - 1:04d}{earlier['value'][4:]}"
            return Resolution("DATE", value, anchor=anchor_of(earlier), shifted=True)
    step = 0
    if rel in BACKWARD or rel == "the previous" or (unit == "Y" and groups.get("pmod") == "end" and not rel and ctx.follows_since()):
        # "The change is since year-end": the end of a year already over.
        step = -1
    elif rel in FORWARD:
        step = 1
    if rel == "latest" and unit == "Q":
        # "the latest quarter": the one being reported, which is over: the one the report
        # names ("its fiscal second quarter"), else the last one completed.
        earlier, last_ended = _quarter_reported(ctx)
        if earlier is not None:
            return Resolution("DATE", earlier["value"], anchor=anchor_of(earlier), mod=mod)
        return Resolution("DATE", last_ended, anchor="t0", mod=mod)
    if unit == "Q" and ((rel in ("", "same") and the in ("the", "that")) or rel in ("this", "that")):
        # "the quarter", "this quarter's loss": the quarter the report is about.
        earlier = ctx.last_timex(QUARTER_VALUE, within=2000)
        if earlier is not None:
            return Resolution("DATE", earlier["value"], anchor=anchor_of(earlier), mod=mod)
        ended = _quarter_ended(ctx) if the == "the" and not rel else None
        if ended is not None:
            return Resolution("DATE", ended, anchor="t0", mod=mod)
        if rel != "this":
            step = -1
    base, anchor = ctx.reference, "t0"
    if "that" in (the, rel) or rel in ("following", "previous") or (rel == "same" and unit != "Q"):
        earlier = ctx.last_timex(GRANULARITY_PATTERN.get(unit if unit in GRANULARITY_PATTERN else "Y"), within=1500,
                                 skip=lambda timex: _is_today(timex, ctx))
        if earlier is not None:
            base, anchor = _start_of(earlier["value"]), anchor_of(earlier)
        elif rel == "same" or groups.get("ba"):
            return None  # "the same week", "the year before" with no time named before: no guess
        elif "that" in (the, rel) and (unnamed := _unnamed_part_of(unit, ctx, within=1500)) is not None:
            return unnamed
    elif unit == "M" and the == "the" and not rel and not mod:
        # "October's uptick made the month's data encouraging": the month just named in the
        # sentence, not the DCT's.
        if (earlier := _month_of_the_sentence(ctx)) is not None:
            return Resolution("DATE", earlier["value"], anchor=anchor_of(earlier))
    elif unit == "W" and the == "the" and not rel:
        # "Shares closed at 452.76 on Friday. For the week, the index fell": the week of the
        # day just reported, which a Monday paper's own week is not.
        earlier = ctx.last_timex(DAY_VALUE, within=300)
        if earlier is not None:
            base, anchor = _start_of(earlier["value"]), anchor_of(earlier)
    if unit == "W" and anchor == "t0":
        step = _week_step_from_the_dct(rel, the, step, ctx)
    point = shift(base, unit, step)
    if unit == "WE":
        if not rel and the == "the":
            # On a Sunday the weekend is still the one under way, whatever the tense ("the
            # curfew would continue through the weekend").
            ahead = ctx.tense() == "future" and base.isoweekday() != 7
            saturday = nearest_weekday(base, 6, "future" if ahead else "past")
            return Resolution("DATE", format_point(saturday, "WE"), anchor=anchor, mod=mod)
        if rel == "this" and anchor == "t0" and base.isoweekday() < 6 and ctx.tense() == "past":
            step = -1  # "This weekend's debate gave Democrats much to be proud of", on a Wednesday
        point = shift(base, "W", step)
    return Resolution("DATE", format_point(point, unit if unit != "FN" else "W"), anchor=anchor, mod=mod)


def _is_today(timex: dict, ctx: Context) -> bool:
    """"today", "tonight": never what "that year" or "the following month" points back to
    ("support today is below McCain's that year"): "that" points away from the present."""
    return timex["rule"] in ("deictic_part", "tonight") and timex["value"][:10] == ctx.reference.isoformat()


def _year_told_before(ctx: Context, within: int = 1500) -> dict | None:
    """The timex whose year "of that year" means: the latest earlier one naming a year."""
    return ctx.last_timex(CONCRETE_VALUE, within=within, skip=lambda timex: _is_today(timex, ctx))


def _week_step_from_the_dct(rel: str, the: str, step: int, ctx: Context) -> int:
    """Which ISO week a week named from the DCT is, where the calendar week and the speaker's
    differ. "The past week", "the last week", "this past week" are the seven days up to the DCT:
    from a Thursday on, most of them are in the DCT's own ISO week ("spent four days in Arizona
    over the past week", written on Thursday after Tuesday's primary). On a Sunday the news
    week, Sunday to Saturday, is the one just gone, so plain "last week" is that one too (six
    of its days are in the DCT's ISO week: "Rubio's loss to Trump last week", the Tuesday before);
    and "this week" told in the future is the one starting today ("this week's convention")."""
    weekday = ctx.reference.isoweekday()
    rolling = rel in ("past", "this past") or (rel == "last" and the == "the")
    if (rolling and weekday >= 4) or (rel == "last" and weekday == 7):
        return 0
    if rel == "this" and weekday == 7 and ctx.tense(firm=True) == "future":
        return 1
    return step


QUARTER_ENDED = re.compile(r"\s+(?:that |which )?(?:ended|ending|ends|closed)\s+([A-Za-z]+)\.?\s+\d{1,2}\b")


def _quarter_ended(ctx: Context) -> str | None:
    """"the quarter ended July 31": the calendar quarter holding most of the three months
    that end that day (May to July is mostly the second quarter), in the year the end date
    has when read against the DCT. A fiscal label ("the fourth quarter ended June 30") is
    not computed: the company's own numbering wins, so only a bare "the quarter" with no
    quarter named before it comes here."""
    found = QUARTER_ENDED.match(ctx.after(30))
    month = month_number(found.group(1)) if found else None
    if month is None:
        return None
    dct = ctx.reference
    year_number = dct.year if month <= dct.month or ctx.tense() == "future" else dct.year - 1
    middle = (month - 2) % 12 + 1  # the second of the three months
    if middle > month:
        year_number -= 1  # "ended Jan. 31" is mostly December of the year before
    return f"{year_number:04d}-Q{(middle - 1) // 3 + 1}"


TODAY_IS = re.compile(r"\b(?:today|it|this)\s*(?:is|['’]s)\s+$", re.IGNORECASE)


def nth_day_today(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Today is the eighth day of the operation", "It's the second day of the offensive":
    the DCT. Any other "the second day" counts from an event the text does not date."""
    if not TODAY_IS.search(ctx.before(12)):
        return None
    return Resolution("DATE", ctx.reference.isoformat(), anchor="t0")


def next_day(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the next morning", "the following day", "the previous evening": a day next to the
    date just mentioned (none without one: counting from the DCT would be a guess)."""
    earlier = ctx.last_timex(DAY_VALUE, within=600)
    if earlier is None:
        return None
    step = -1 if clean(groups["rel"]) == "previous" else 1
    point = date.fromisoformat(earlier["value"][:10]) + timedelta(days=step)
    unit = clean(groups["unit"])
    if unit == "day":
        return Resolution("DATE", point.isoformat(), anchor=anchor_of(earlier))
    code = lexicon().parts_of_day[unit]
    return Resolution("TIME", f"{point.isoformat()}T{code}", anchor=anchor_of(earlier), explicit=frozenset({"time"}))


def unit_before(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"The year before, it had lost money", "the night before": the unit next to the time
    just named (none without one: counting from the DCT would be a guess)."""
    before = clean(groups["ba"]) == "before"
    unit = clean(groups["unit"])
    if unit in ("day", "night", "morning", "afternoon", "evening"):
        # "the night before" the day just named is the previous day's night
        return next_day({"rel": "previous" if before else "next", "unit": unit}, ctx, default_type)
    return relative({**groups, "rel": "previous" if before else "following", "the": "the"}, ctx, default_type)


def _relative_day(unit_text: str, rel: str, mod: str | None, ctx: Context) -> Resolution | None:
    day, anchor = ctx.reference.isoformat(), "t0"
    if rel in ("that", "same"):
        # "the same day", "later that day": the day named just before, its year masked or not
        # ("May 4" read without a DCT). A bare "that day" points back only to a whole day
        # ("on Monday ... that day", not "overnight" or "at 7 a.m."), and not when the text
        # names its day right after ("that day back in March 2010", "that day in April").
        bare = rel == "that" and not mod
        if bare and DAY_NAMED_AFTER.match(ctx.after(20)):
            return None
        earlier = ctx.last_timex(MONTH_DAY_VALUE if bare else ANY_YEAR_DAY_VALUE)
        if earlier is not None:
            day, anchor = earlier["value"][:10], anchor_of(earlier)
        elif rel == "that" and not bare and unit_text == "day" and (unnamed := _unnamed_part_of("D", ctx, within=600)):
            return replace(unnamed, mod=mod)  # "later that day" after "in March": 2016-03-XX
        elif rel == "same" or bare:
            return None  # nothing named before to be the same as or to point back to
    if unit_text == "day":
        return Resolution("DATE", day, anchor=anchor, mod=mod)
    code = lexicon().parts_of_day[unit_text]
    return Resolution("TIME", f"{day}T{code}", anchor=anchor, mod=mod)


MASKED_PART = {"D": "{month}-XX", "M": "-XX", "W": "-WXX", "WE": "-WXX-WE"}


def _unnamed_part_of(unit: str, ctx: Context, within: int) -> Resolution | None:
    """"The 2012 request ... CREW filed that month", "predicted in March ... In a Fox interview
    later that day": a day or month inside the longer time named just before, which the text
    does not give. That time with the rest masked (`2012-XX`, `2016-03-XX`), not the DCT's
    month or day; None when the time named last is not a year or a month."""
    if unit not in MASKED_PART:
        return None
    earlier = ctx.last_timex(CONCRETE_VALUE, within=within, skip=lambda timex: _is_today(timex, ctx))
    if earlier is None or not (YEAR_VALUE.match(earlier["value"]) or MONTH_ONLY_VALUE.match(earlier["value"])):
        return None
    year, _, month = earlier["value"].partition("-")
    if unit != "D" and month:
        return None  # a week or a month named in a month is that month's: not unnamed
    value = year + MASKED_PART[unit].format(month="-" + (month or "XX"))
    return Resolution("DATE", value, anchor=anchor_of(earlier))


def _start_of(value: str) -> date:
    """The first day of the period a TIMEX3 value names (enough to shift it)."""
    if re.match(r"\d{4}-W\d\d", value):
        return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    if QUARTER_VALUE.match(value):
        return date(int(value[:4]), 3 * int(value[6]) - 2, 1)
    if re.match(r"\d{4}-H[12]", value):
        return date(int(value[:4]), 6 * int(value[6]) - 5, 1)
    if season := re.match(r"(\d{4})-(SP|SU|FA|WI)", value):
        # "last summer ... eight months later": counted from the season's start, not January
        return date(int(season.group(1)), SEASON_START_MONTH[season.group(2)], 1)
    parts = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    return date(int(parts.group(1)), int(parts.group(2) or 1), int(parts.group(3) or 1))


def _year_period(year_number: int, ctx: Context) -> Resolution:
    """"the 1988 quarter", "the 1989 period": the quarter under discussion, in that year."""
    earlier = ctx.last_timex(QUARTER_VALUE, within=2000)
    if earlier is not None:
        return Resolution("DATE", f"{year_number:04d}{earlier['value'][4:]}", anchor=anchor_of(earlier), shifted=True)
    return Resolution("DATE", f"{year_number:04d}")


def _quarter_reported(ctx: Context) -> tuple[dict | None, str]:
    """The quarter a report is about: the last one named that is already over (a quarter
    still ahead is a forecast), or None; and the last quarter completed by the DCT. A quarter
    after the last one completed but told in the past ("reported a decline in fourth-quarter
    earnings", in November) is a fiscal quarter that is over: the one reported."""
    last_ended = format_point(shift(ctx.reference, "Q", -1), "Q")
    named = ctx.last_timex(QUARTER_VALUE, within=2000)
    if named is not None and named["value"] > last_ended and tense_at(ctx.doc, named["start"], named["end"]) != "past":
        named = ctx.last_timex(QUARTER_VALUE, within=2000, upto=last_ended)
    return named, last_ended


def _month_of_the_sentence(ctx: Context) -> dict | None:
    """The month (with its year, no day) named last in the current sentence, within 300 characters."""
    month = ctx.last_timex(MONTH_ONLY_VALUE, within=300)
    return month if month is not None and ctx.same_sentence(month) else None


def _period_in_year(year: int, unit: str, ctx: Context) -> Resolution:
    """"the same period in 2014", "the same quarter of 2012": the period just discussed, in
    the year named (the quarter of a report, where one was named; else that year)."""
    earlier, _ = _quarter_reported(ctx)
    if earlier is not None and (unit == "Q" or not _longer_period_named(ctx)):
        return Resolution("DATE", f"{year:04d}{earlier['value'][4:]}", anchor=anchor_of(earlier))
    if unit == "M" and (month := _month_of_the_sentence(ctx)) is not None:
        return Resolution("DATE", f"{year:04d}{month['value'][4:]}", anchor=anchor_of(month))
    return Resolution("DATE", f"{year:04d}")


def _year_ago(unit: str, ctx: Context) -> Resolution | None:
    """"the year-earlier quarter", "year-ago": the period just discussed, one year back. The
    period compared is one already reported, so a quarter not yet over ("losses through the
    third quarter of 1990") is a forecast and is passed over. "The same month last year"
    is the month just named, a year back ("less in October than the same month last year")."""
    if unit == "M" and (month := _month_of_the_sentence(ctx)) is not None:
        return Resolution("DATE", f"{int(month['value'][:4]) - 1:04d}{month['value'][4:]}",
                          anchor=anchor_of(month), shifted=True)
    earlier, _ = _quarter_reported(ctx)
    if earlier is not None:
        year_number = int(earlier["value"][:4]) - 1
        if unit != "Q" and _longer_period_named(ctx):
            return Resolution("DATE", f"{year_number:04d}", anchor=anchor_of(earlier), shifted=True)
        return Resolution("DATE", f"{year_number:04d}{earlier['value'][4:]}", anchor=anchor_of(earlier), shifted=True)
    point = shift(ctx.reference, "Y", -1)
    return Resolution("DATE", format_point(point, "Y" if unit not in ("M", "W") else unit), anchor="t0")


LONGER_PERIOD = re.compile(r"\b(?:nine|six|first \w+) months\b|\b(?:first|second) half\b|\byear to date\b", re.I)


def _longer_period_named(ctx: Context) -> bool:
    """True when the sentence compares a stretch longer than a quarter ("for the nine
    months"), which TIMEX3 cannot write as a quarter."""
    span = ctx.span()
    if span is None or not ctx.doc.has_annotation("SENT_START"):
        return bool(LONGER_PERIOD.search(ctx.before(150)))
    return bool(LONGER_PERIOD.search(span.sent.text))


def _length_without_signal(amount: float | None, unit: str, direction: str, mod: str | None, ctx: Context) -> Resolution:
    """"Two years later" -> "Two years" as P2Y: the span ends before the signal word."""
    matched = ctx.text[ctx.start:ctx.end]
    trim_end = len(matched) - len(matched[:matched.lower().rfind(direction)].rstrip())
    return Resolution("DURATION", resolve_amounts.period(amount, unit), mod=mod, trim_end=trim_end)


# Units whose "N units later/earlier" counts from an event in the text, not a calendar date.
EVENT_OFFSET_UNITS = {"D", "W", "FN", "H", "MIN", "S"}


def offset(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"14 months ago" -> 2017-01, "two days later" (from the date before), "a year earlier"."""
    direction = clean(groups["dir"])
    direction = "earlier" if direction == "prior" else direction  # "a year prior"
    unit = unit_code(groups["unit"] if groups.get("unit") else groups["bare"])
    backward = direction in ("ago", "earlier", "before", "previously", "back")
    mod = modifier(groups.get("amod"))
    if groups.get("bare") or groups.get("vnum"):
        return Resolution("DATE", "PAST_REF" if backward else "FUTURE_REF", anchor="t0", mod=mod)
    amount = resolve_amounts.with_halves(parse_number(groups["num"]), groups)
    relative_to_event = direction in ("later", "earlier") and unit in EVENT_OFFSET_UNITS
    if relative_to_event and (amount is None or unit in ("H", "MIN", "S") or ctx.last_timex(DAY_VALUE, within=300) is None):
        # "A few days later, the company announced": with no date to count from, TimeML
        # marks the length of time, without the signal word ("one or two days": PXD).
        return _length_without_signal(None if groups.get("lownum") else amount, unit, direction, mod, ctx)
    if groups.get("lownum"):
        # "six to eight weeks ago": about the nearer end of the range
        amount, mod = parse_number(groups["lownum"]), "APPROX"
    if amount is None:
        return Resolution("DATE", "PAST_REF" if backward else "FUTURE_REF", anchor="t0", mod=mod)
    if unit in ("H", "MIN", "S"):
        if direction != "ago":
            return None  # "three hours before", with no clock time to count from
        # "an hour ago", "48 hours ago": the DCT has no clock, so the day is all one can say
        hours = amount * {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[unit]
        day = ctx.reference - timedelta(days=round(hours / 24))
        return Resolution("TIME", day.isoformat(), anchor="t0", mod=mod)
    if unit in ("DE", "CE", "ML"):
        amount, unit = amount * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y"
    if amount != int(amount):
        if unit != "Y":
            return None
        amount, unit = round(amount * 12), "M"
    amount = int(amount) * (-1 if backward else 1)
    base, anchor = ctx.reference, "t0"
    granularity = {"FN": "W", "WE": "W"}.get(unit, unit)
    if direction == "from today" and unit in ("W", "FN"):
        granularity = "D"  # "a week from today" counts from a day, to a day
    same_day = clean(groups.get("sameday"))
    if same_day:
        # "a year ago today", "a month ago this week": the same day (week, month) back then
        granularity = {"today": "D", "this week": "W", "this month": "M"}[same_day]
    earlier = ctx.last_timex(QUARTER_VALUE, within=1500) if unit == "Y" and not same_day else None
    if earlier is not None:
        # Results "compared with $3 million a year ago" compare the quarter just named;
        # "for the nine months, ... a year earlier" compares a longer stretch: the year.
        value = f"{int(earlier['value'][:4]) + amount:04d}"
        if not _longer_period_named(ctx):
            value += earlier["value"][4:]
        return Resolution("DATE", value, anchor=anchor_of(earlier), mod=mod, shifted=True)
    if direction in ("later", "earlier"):
        # "from now", "hence", "back" count from the DCT; "later", "earlier" from the story.
        earlier = ctx.last_timex(DAY_VALUE, within=300) if unit in ("D", "W") else None
        if earlier is None and unit not in ("D", "W"):
            # "in 2008 ... Two years later": counted from the time the story is at.
            earlier = ctx.last_timex(CONCRETE_VALUE, within=600)
        if earlier is not None:
            base, anchor = _start_of(earlier["value"]), anchor_of(earlier)
        elif direction == "later":
            # "Two years later" with no time named before it counts from an event the
            # text does not date: the length of time is all the text says (no DCT guess).
            return _length_without_signal(abs(amount), unit, direction, mod, ctx)
    point = shift(base, unit, amount)
    if direction == "later" and anchor != "t0" and point > ctx.reference and ctx.tense() != "future":
        # "the government under which we still live today, more than 200 years later": a
        # later time past the DCT in a sentence that is not about the future means the time
        # named before was not the one counted from. The length is all that is sure.
        return _length_without_signal(abs(amount), unit, direction, mod, ctx)
    return Resolution("DATE", format_point(point, granularity), anchor=anchor, mod=mod)


NORMALISERS = {
    "explicit": explicit,
    "weekday": weekday,
    "week_of": week_of,
    "week_of_month": week_of_month,
    "weekday_of_month": weekday_of_month,
    "day_of_month_edge": day_of_month_edge,
    "weekdays_ago": weekdays_ago,
    "appositive_unit": appositive_unit,
    "coordinated_day": coordinated_day,
    "day_of_month": day_of_month,
    "quarter_code": quarter_code,
    "fiscal_code": fiscal_code,
    "next_day": next_day,
    "nth_day_today": nth_day_today,
    "unit_before": unit_before,
    "deictic": deictic,
    "overnight": overnight,
    "clock": clock,
    "holiday": holiday,
    "year": year,
    "year_range_end": year_range_end,
    "named_date": named_date,
    "decade": decade,
    "century": century,
    "season": season,
    "quarter": quarter,
    "relative": relative,
    "offset": offset,
}
