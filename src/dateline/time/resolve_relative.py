"""Normalisers for times counted from another: "last week", "next month", "this year", "two
weeks ago", "three days later", "the next day", "a year earlier", "the month". Counted from the
DCT ("t0") unless the text leans on an earlier time ("the following year", "a year earlier"
after a quarter); an earnings report's "a year ago" is the quarter it compares."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import resolve_amounts
from dateline.time.context import CONCRETE_VALUE, Context, Resolution, anchor_of
from dateline.time.date_arithmetic import format_point, nearest_weekday, shift
from dateline.time.lexicon import lexicon
from dateline.time.resolve_shared import (
    ANY_YEAR_DAY_VALUE,
    BACKWARD,
    DAY_VALUE,
    FORWARD,
    MONTH_DAY_VALUE,
    MONTH_ONLY_VALUE,
    MONTH_VALUE,
    QUARTER_VALUE,
    YEARISH_VALUE,
    YEAR_VALUE,
    is_today,
    point_mod,
)
from dateline.time.resolve_year_parts import SEASON_START_MONTH
from dateline.time.tense import tense_at
from dateline.time.words import clean, modifier, month_number, parse_number, unit_code


DAY_NAMED_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|of)\s+(?:[A-Z][a-z]|\d{4})")  # "that day in April"


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
    if the == "the" and not rel and not mod and (named := _named_by_the_subject(unit, ctx)) is not None:
        return Resolution("DATE", named["value"], anchor=anchor_of(named))
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
                                 skip=lambda timex: is_today(timex, ctx))
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
    if anchor == "t0" and the == "the" and not rel and clean(groups.get("pmod")) not in ("earlier", "later"):
        # ("earlier in the week" is earlier than the DCT, in its week: no edge of the unit)
        step += _edge_step(unit, mod, ctx)
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


def _edge_step(unit: str, mod: str | None, ctx: Context) -> int:
    """The end of a year (month, week) told in the past, or its start told ahead, when the
    DCT's own is not there yet or is gone: "by the end of the year, he had climbed to 35
    percent", written in June, is the end of last year; "early in the year they will vote",
    written in October, is next year's start (in its first quarter, month or days this one
    still is). Near the edge itself the DCT's unit stands."""
    dct = ctx.reference
    if mod == "END" and ctx.tense() == "past":
        in_last_part = {"Y": dct.month == 12, "M": dct.day >= 24, "W": dct.isoweekday() >= 5}.get(unit, True)
        return 0 if in_last_part else -1
    if mod == "START" and ctx.tense() == "future":
        in_first_part = {"Y": dct.month <= 3, "M": dct.day <= 10, "W": dct.isoweekday() <= 2}.get(unit, True)
        return 0 if in_first_part else 1
    return 0


COPULA_BEFORE = re.compile(r"^\s+(?:(?:will|would|could|may|might|should|must)\s+be|is|was|has\s+been|['’]s)\s+$",
                           re.IGNORECASE)


def _named_by_the_subject(unit: str, ctx: Context) -> dict | None:
    """"Perhaps 2016 will be the year this gets fixed": the time the subject of the copula
    names, not the DCT's year."""
    pattern = GRANULARITY_PATTERN.get(unit)
    subject = ctx.last_timex(pattern, within=20) if pattern is not None else None
    if subject is None or not COPULA_BEFORE.match(ctx.text[subject["end"]:ctx.start]):
        return None
    return subject if len(subject["value"]) == len(format_point(ctx.reference, unit)) else None


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


def unit_after_next(groups: dict, ctx: Context, default_type: str) -> Resolution:
    """"the week after next", "the year before last": two units from the DCT's own."""
    unit = RELATIVE_UNITS[clean(groups["unit"])]
    step = 2 if clean(groups["ba"]) == "after next" else -2
    point = shift(ctx.reference, "W" if unit == "WE" else unit, step)
    return Resolution("DATE", format_point(point, unit), anchor="t0", mod=point_mod(groups))


def this_time_unit(groups: dict, ctx: Context, default_type: str) -> Resolution:
    """"this time last year", "this time a year ago", "by this time next week": about the DCT's
    own day, a unit away."""
    unit = RELATIVE_UNITS[clean(groups.get("unit") or groups["ago_unit"])]
    step = 1 if clean(groups.get("rel")) == "next" else -1
    return Resolution("DATE", shift(ctx.reference, unit, step).isoformat(), anchor="t0", mod="APPROX")


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
    elif not rel and (earlier := ctx.last_timex(DAY_VALUE, within=300)) is not None and not (
            earlier["value"][:10] > day and ctx.tense() in ("past", None)):
        # "in a letter Friday to the FBI. Later in the day, the FBI said": the day just named
        # (not one still ahead when the clause looks back: "polls on Feb. 9 ... debated
        # earlier in the evening").
        day, anchor = earlier["value"][:10], anchor_of(earlier)
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
    earlier = ctx.last_timex(CONCRETE_VALUE, within=within, skip=lambda timex: is_today(timex, ctx))
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
    "relative": relative,
    "offset": offset,
    "unit_before": unit_before,
    "unit_after_next": unit_after_next,
    "this_time_unit": this_time_unit,
    "next_day": next_day,
    "appositive_unit": appositive_unit,
}
