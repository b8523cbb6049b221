"""Normalisers for dates named outright: "March 20, 2018", "mid-March", "the 20th",
"the first week of May", "the last Friday in June", "Christmas", "2016", "the 1990s", "the 19th
century". A month or a day without a year gets one from the story: a year named in the same
sentence, the month just before it ("in December and January"), or the DCT and the tense.

Each normaliser here and in `resolve_days`, `resolve_year_parts`, `resolve_relative` and
`resolve_amounts` takes the groups its rule captured and a `Context`, and returns a `Resolution`
(or None to reject the match).

>>> from datetime import date
>>> month_year(3, date(2018, 3, 20), "past", None), month_year(12, date(2018, 3, 20), "past", None)
(2018, 2017)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.time.context import CONCRETE_VALUE, Context, Resolution, anchor_of
from dateline.time.date_arithmetic import add_months, format_point, full_year, holiday_date, holiday_dates, nth_weekday
from dateline.time.lexicon import lexicon
from dateline.time.resolve_days import weekday_date
from dateline.time.resolve_shared import (
    BACKWARD,
    DAY_VALUE,
    FORWARD,
    MONTH_DAY_VALUE,
    MONTH_ONLY_VALUE,
    MONTH_VALUE,
    YEAR_VALUE,
    clock_suffix,
    deictic_date,
    first,
    point_mod,
    units_away,
    word_list,
    year_told_before,
)
from dateline.time.tense import NAMING_VERBS, auxiliaries_of, lemmas_of_kind, verb_governing
from dateline.time.words import clean, month_number, ordinal_number, parse_number, spoken_year, weekday_number


COMING_HOLIDAY_DAYS = 31  # as for a month and day: an occurrence this near wins over the tense


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


def year_of_weekday_date(weekday_no: int, month: int, day: int, dct: date) -> int | None:
    """"Saturday, April 25": the year near the DCT in which April 25 is a Saturday."""
    for year in (dct.year, dct.year - 1, dct.year + 1):
        try:
            if date(year, month, day).isoweekday() == weekday_no:
                return year
        except ValueError:
            continue
    return None


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
            if clean(groups.get("relyear")) == "that" and (story := year_told_before(ctx)):
                # "peaked in October of that year": the year named before ("in January 2009")
                year, anchor = int(story["value"][:4]), anchor_of(story)
            elif clean(groups.get("relyear")) in ("this", "last", "next"):
                year = dct.year + units_away(groups["relyear"])
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
                if rel is None and _names_an_election(ctx) and not (tense == "past" and _event_of_the_verb(ctx)):
                    # "to win the November election", "ahead of the Nov. 8 election" are the
                    # coming one; "she lost the November election" is one held
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
    on the 15th"), else of the DCT's month or, as the tense says, the month before or after;
    "the 15th of last month" is the month before the DCT's, whatever the tense."""
    day = int(groups["day"])
    relative_month = clean(groups.get("relmonth"))
    earlier = None if relative_month else ctx.last_timex(MONTH_VALUE, within=300)
    if earlier is not None:
        year, month, anchor = int(earlier["value"][:4]), int(earlier["value"][5:7]), anchor_of(earlier)
    else:
        dct, anchor = ctx.reference, "t0"
        if relative_month:
            step = units_away(relative_month)
        else:
            step = {"past": -1 if day > dct.day else 0, "future": 1 if day < dct.day else 0}.get(ctx.tense(), 0)
        first_of_month = add_months(dct.replace(day=1), step)
        year, month = first_of_month.year, first_of_month.month
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return None  # "on the 31st" of a 30-day month: not a date we can place
    return Resolution("DATE", value, anchor=anchor, explicit=frozenset({"day"}))


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
    noun is about ("will release a report on the Oct. 23 shooting"), nor what the verb only
    names ("called November's general election 'a citizenship election'")."""
    span = ctx.span()
    if span is None:
        return False
    event = span.root.head
    if event.dep_ == "pobj":
        verb = event.head.head
        happens = verb.pos_ in ("VERB", "AUX") and event.head.dep_ == "prep"
    else:
        verb = event.head
        happens = event.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
    return happens and verb.lemma_.lower() not in NAMING_VERBS


def _name_follows(ctx: Context) -> bool:
    """A capitalised word right after the match, or "war" ("the Yom Kippur war", "the
    Christmas War"): the match is part of a name."""
    return bool(re.match(r"\s+(?:[A-Z][a-z]|war\b)", ctx.after(5)))


# From a holiday's weekday to the Saturday of the weekend it belongs to: the one before a
# Monday (Memorial Day weekend) or Tuesday, the one after a Wednesday to Friday (Thanksgiving
# weekend), its own for a Saturday or Sunday (Easter weekend).
SATURDAY_OF_HOLIDAY_WEEKEND = {0: -2, 1: -3, 2: 3, 3: 2, 4: 1, 5: 0, 6: -1}


def _holiday_week(day: date, unit: str) -> str:
    """The ISO week of "Easter week", or the weekend of "Memorial Day weekend"."""
    if unit == "weekend":
        return format_point(day + timedelta(days=SATURDAY_OF_HOLIDAY_WEEKEND[day.weekday()]), "WE")
    return format_point(day, "W")


def holiday(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Christmas", "last Thanksgiving", "Easter week", "Memorial Day weekend", "Election Day 2016"."""
    if not groups.get("year") and not groups.get("week") and _name_follows(ctx):
        return None  # "Easter Island", "Labor Day Parade Committee": part of a name
    holiday = lexicon().holidays[clean(groups["holiday"])]
    week = clean(groups.get("week"))
    fixed = frozenset({"month", "day"}) if re.fullmatch(r"\d\d-\d\d", holiday.rule) else frozenset()
    # The Islamic calendar is kept by sighting the moon: the computed day may be a day or two off.
    mod = "APPROX" if holiday.rule.startswith("islamic:") else None
    if groups.get("year"):
        point = holiday_date(holiday.rule, int(groups["year"]))
        return Resolution("DATE", _holiday_week(point, week) if week else point.isoformat(),
                          explicit=frozenset({"month", "day"}), mod=mod)
    if groups.get("relyear"):  # "Thanksgiving last year", "Easter next year": that year's
        year = ctx.reference.year + units_away(groups["relyear"])
        point = holiday_date(holiday.rule, year)
        return Resolution("DATE", _holiday_week(point, week) if week else point.isoformat(), anchor="t0",
                          mod=mod, explicit=fixed)
    dct = ctx.reference
    # The occurrences around the DCT; a four-yearly one (Super Tuesday) is up to four years off.
    days = [day for year in range(dct.year - 4, dct.year + 5) if holiday.held_in(year)
            for day in holiday_dates(holiday.rule, year)]
    dct_week = format_point(dct, "W")
    current = next((day for day in days if week and _holiday_week(day, week).removesuffix("-WE") == dct_week), None)
    if current is not None:
        # "as Easter week began", written in it: this year's, whatever the tense.
        return Resolution("DATE", _holiday_week(current, week), anchor="t0", mod=mod)
    rel = clean(groups.get("rel"))
    calendar_year, anchor = False, "t0"
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
            story = year_told_before(ctx, within=250)
            story_year = int(story["value"][:4]) if story is not None else None
            if (story_year is not None and story_year < past.year and holiday.held_in(story_year)
                    and "\n" not in ctx.text[story["end"]:ctx.start]):
                # "In 2012, he barely mentioned climate change. But soon after Election Day, Mr.
                # Obama...": the holiday of the year the paragraph is in, not the last one held
                point, anchor = holiday_date(holiday.rule, story_year), anchor_of(story)
        else:
            # "as Election Day grows near", "on Election Day, vote": with no tense to go by,
            # the nearer one (a news story about a holiday is about the one at hand).
            point = min((past, future), key=lambda day: abs((day - dct).days))
            calendar_year = True
    if week:
        return Resolution("DATE", _holiday_week(point, week), anchor=anchor, mod=mod)
    return Resolution("DATE", point.isoformat(), anchor=anchor, mod=mod, explicit=fixed, calendar_year=calendar_year)


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
    elif groups.get("decade3"):
        # "the 1960s and 70s": the second decade is in the first one's century.
        century = re.search(r"(\d\d)\d0s\s+\w+\s+$", ctx.before(20))
        value = century.group(1) + groups["decade3"][0]
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


def turn_of_century(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"since the turn of the century" -> about 2000: the year one century gives way to the
    next. "The turn of the 20th century" is about 1900, where the 20th begins. A bare one is
    the last turn before the DCT, or the next one when the sentence looks ahead ("by the turn
    of the century", written in 1989, is 2000)."""
    if groups.get("cnum") or groups.get("cword"):
        number = int(groups["cnum"]) if groups.get("cnum") else ordinal_number(groups["cword"])
        if not number or number > 99:
            return None
        return Resolution("DATE", f"{(number - 1) * 100:04d}", mod="APPROX")
    step = 1000 if clean(groups["unit"]) == "millennium" else 100
    year = ctx.reference.year // step * step
    if ctx.tense() == "future" and year < ctx.reference.year:
        year += step
    return Resolution("DATE", f"{year:04d}", anchor="t0", mod="APPROX")


NORMALISERS = {
    "explicit": explicit,
    "week_of": week_of,
    "week_of_month": week_of_month,
    "weekday_of_month": weekday_of_month,
    "day_of_month_edge": day_of_month_edge,
    "coordinated_day": coordinated_day,
    "day_of_month": day_of_month,
    "fiscal_code": fiscal_code,
    "holiday": holiday,
    "turn_of_century": turn_of_century,
    "year": year,
    "year_range_end": year_range_end,
    "named_date": named_date,
    "decade": decade,
    "century": century,
}
