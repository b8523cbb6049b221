"""Adjustments that need the timexes after a match, so they run once the whole text is read.

Matching goes left to right and each normaliser sees only what came before it. Some phrases
lean on a time written after them, and some need the whole article:

- "from May 5 to June 3, 2016", "May 5-7, 2016": the start of a range takes the year its end
  names;
- "at noon on 18 March": the clock time takes the day that follows it;
- "the day before last Tuesday", "the day after Christmas": the span grows to take in "day
  before", and the value moves by a day;
- "the stakes in November are high": a month whose year only the calendar chose takes the
  year the article gives that month elsewhere by its tense or by a year;
- "on Sept. 11" in an article that names "the Sept. 11 attacks" is 2001.

>>> timexes = [{"start": 3, "end": 7, "text": "noon", "rule": "clock_alone", "value": "2018-03-20T12:00"},
...            {"start": 11, "end": 19, "text": "18 March", "rule": "day_month", "value": "2018-03-18"}]
>>> adjust_after_reading(timexes, "At noon on 18 March.")
>>> timexes[0]["value"]
'2018-03-18T12:00'
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateline.time.context import anchor_of
from dateline.time.date_arithmetic import holiday_date
from dateline.time.lexicon import lexicon
from dateline.time.resolve_shared import MONTH_DAY_VALUE
from dateline.time.words import clean

WHOLE_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")  # a day with its year, no time
CLOCK_THEN_DAY = re.compile(r"(?:\s+\(?[A-Z]{2,4}\)?)?,?\s+(?:on\s+)?")
THE_DAY_BEFORE = re.compile(r"\bthe (?P<day>day) (?P<side>before|after)\s+$", re.IGNORECASE)


def adjust_after_reading(timexes: list[dict], text: str, calendar_years: set[int] = frozenset(),
                         dct: date | None = None) -> None:
    """Apply the adjustments to `timexes` (sorted by start), in place.

    calendar_years: the starts of the timexes whose year the calendar alone chose.
    """
    _date_range_starts_by_their_end(timexes, text)
    _settle_calendar_years_by_other_mentions(timexes, calendar_years)
    if dct is not None:
        _name_dates_as_the_article_does(timexes, text, dct)
    _shift_by_days_written_before(timexes, text)
    _date_clocks_by_the_day_after(timexes, text)


MONTH_OF_A_YEAR = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?$")
YEARLESS_DATE = re.compile(r"(?:\d{4}|XXXX)(-\d\d(?:-\d\d)?)$")
COMMA = re.compile(r",\s*")
RANGE_BETWEEN = re.compile(r"\s*(?:[-–]|to|through|until|till|and|or)\s*", re.IGNORECASE)
YEAR_AND_MONTH = re.compile(r"(\d{4})-(\d\d)")
SAYS_WHICH_YEAR = re.compile(r"\b(?:this|last|next|coming|past|previous|following|that|year)\b", re.IGNORECASE)
STATES_ITS_YEAR = {"month_day_year", "day_month_year", "month_year", "weekday_date", "weekday_day_month"}
RANGE_STARTS = {"month_day", "day_month", "month_alone", "day_range_start"}  # written without a year


def _date_range_starts_by_their_end(timexes: list[dict], text: str) -> None:
    """A range names its year once, at the end: "from September to December 2014", "between
    Nov. 1 and Nov. 3, 2016", "5 May to 3 June 2016" and "May 5-7, 2016" all begin in that
    year, whatever the calendar or the tense chose for the start (a year earlier where the
    start falls later in the calendar: "December-February 2017" begins in 2016-12). The days
    dated by the start ("7" in "May 5-7") move with it, and a year written after such a day
    joins its span ("7, 2016")."""
    index = -1
    while (index := index + 1) < len(timexes) - 1:  # a while: taking in a year shortens the list
        start, following = timexes[index], timexes[index + 1]
        found = YEARLESS_DATE.match(start["value"])
        if start["rule"] not in RANGE_STARTS or not found or start.get("anchor") not in (None, "t0"):
            continue
        if SAYS_WHICH_YEAR.search(start["text"]):
            continue  # "from last June to March 16, 2016": "last" chose the year already
        if not RANGE_BETWEEN.fullmatch(text[start["end"]:following["start"]]):
            continue
        if following["rule"] == "coordinated_day" and following.get("anchor") == anchor_of(start):
            year = timexes[index + 2] if index + 2 < len(timexes) else None
            if year is None or year["rule"] != "year_bare" or not COMMA.fullmatch(text, following["end"], year["start"]):
                continue
            _take_in_the_year(timexes, following, year, text)
            anchor = None  # "May 5-7, 2016" writes its year once for both days
        elif following["rule"] in STATES_ITS_YEAR:
            anchor = anchor_of(following)
        else:
            continue
        ends = YEAR_AND_MONTH.match(following["value"])
        if not ends:
            continue
        later_month = found.group(1)[1:3] > ends.group(2)
        _move_to_year(timexes, start, int(ends.group(1)) - later_month, anchor)


def _take_in_the_year(timexes: list[dict], day: dict, year: dict, text: str) -> None:
    """"7, 2016" after "May 5-": one date; what was dated by the year alone is dated by it."""
    name = anchor_of(year)
    day["value"] = year["value"] + day["value"][4:]
    day["end"], day["text"] = year["end"], text[day["start"]:year["end"]]
    timexes.remove(year)
    for other in timexes:
        if other.get("anchor") == name:
            other["anchor"] = anchor_of(day)


def _move_to_year(timexes: list[dict], timex: dict, year: int, anchor: str | None) -> None:
    old_year, name = timex["value"][:4], anchor_of(timex)
    timex["value"] = f"{year:04d}{timex['value'][4:]}"
    if anchor:
        timex["anchor"] = anchor
    else:
        timex.pop("anchor", None)
    for dated_by_it in timexes:
        if dated_by_it.get("anchor") == name and dated_by_it["value"][:4] == old_year:
            dated_by_it["value"] = f"{year:04d}{dated_by_it['value'][4:]}"


def _settle_calendar_years_by_other_mentions(timexes: list[dict], calendar_years: set[int]) -> None:
    """One month, one year per article: "in November" with no tense to go by takes the year
    of the November that the rest of the article dates by its tense or by a year ("the
    stakes in November are high", written in March 2016, is the November of "voters will
    choose a president in November", not the one just gone). Only when all those
    mentions agree, and only to the year after the one the calendar chose. Forward only,
    because an article names the months just gone in a past tense, which settles them, so an
    untensed month that sits in the past by the calendar alone is the one most often meant
    ahead; an untensed month the calendar put ahead was the nearer one and stays ("a loan due
    by February", written in October, is the coming February even where last February is also
    named). "Won in November 2012" settles nothing in 2016."""
    if not calendar_years:
        return
    unsettled = {anchor_of(t) for t in timexes if t["start"] in calendar_years}
    settled: dict[str, set[str]] = {}
    for timex in timexes:
        found = MONTH_OF_A_YEAR.match(timex["value"])
        # A time dated by an unsettled month ("on the 15th" after it) settles nothing either.
        if found and timex["start"] not in calendar_years and timex.get("anchor") not in unsettled:
            settled.setdefault(found.group(2), set()).add(found.group(1))
    for timex in timexes:
        found = MONTH_OF_A_YEAR.match(timex["value"])
        if not found or timex["start"] not in calendar_years:
            continue
        years = settled.get(found.group(2), set())
        if len(years) != 1:
            continue
        (year,) = years
        if int(year) != int(found.group(1)) + 1:
            continue
        value = year + timex["value"][4:]
        if timex["rule"] == "holiday":
            # "too close to Election Day", in an article about the coming November: that
            # year's day of the holiday, which need not be the same date
            holiday = lexicon().holidays.get(clean(timex["text"]))
            if holiday is None or not holiday.held_in(int(year)):
                continue
            value = holiday_date(holiday.rule, int(year)).isoformat()
        elif value.endswith("-02-29") and not calendar.isleap(int(year)):
            continue
        old_month, name = timex["value"][:7], anchor_of(timex)
        timex["value"] = value
        for dated_by_it in timexes:  # "on the 15th" after it: the same month, so the same year
            if dated_by_it.get("anchor") == name and dated_by_it["value"].startswith(old_month):
                dated_by_it["value"] = year + dated_by_it["value"][4:]


AFTER_A_PREPOSITION = re.compile(r"\b(?:on|after|before|since|until|of)\s+$", re.IGNORECASE)


def _name_dates_as_the_article_does(timexes: list[dict], text: str, dct: date) -> None:
    """An article that names "the Sept. 11 attacks" means them by a bare "Sept. 11" too ("That's
    what we saw on Sept. 11", written in March 2016, is 2001), unless that day of this year is
    near the DCT ("the rally on Sept. 11", written the next day): a name in `named_dates.tsv`
    once read as its date is that date where it stands alone after a preposition and the
    calendar would put it more than a month from the DCT. As a modifier ("the Sept. 11
    memorial ceremony") it keeps the calendar's year."""
    named_dates = lexicon().named_dates
    named = {timex["value"]: timex for timex in timexes if timex["rule"] in ("named_date", "named_event_date")}
    for timex in timexes:
        if timex["rule"] != "month_day":
            continue
        name = clean(timex["text"])
        if name not in named_dates:
            continue
        if not AFTER_A_PREPOSITION.search(text, 0, timex["start"]):
            continue  # "the Sept. 11 memorial ceremony": a modifier, this year's as the calendar says
        meant = named.get(named_dates[name][0])
        if meant is None or not WHOLE_DAY_VALUE.match(timex["value"]):
            continue
        if abs((date.fromisoformat(timex["value"]) - dct).days) > 31:
            timex["value"], timex["anchor"] = meant["value"], anchor_of(meant)


def _date_clocks_by_the_day_after(timexes: list[dict], text: str) -> None:
    """"at noon on 18 March", "midnight on March 31": a clock time takes the day written right
    after it. That day is closer than any the clock was dated by (the DCT, a weekday or a
    date earlier in the sentence)."""
    for clock, following in zip(timexes, timexes[1:]):
        if clock["rule"] != "clock_alone" or not MONTH_DAY_VALUE.match(following["value"]):
            continue
        if not CLOCK_THEN_DAY.fullmatch(text[clock["end"]:following["start"]]):
            continue
        _, _, clock_part = clock["value"].partition("T")
        clock["value"] = f"{following['value']}T{clock_part}"
        clock["anchor"] = anchor_of(following)


def _shift_by_days_written_before(timexes: list[dict], text: str) -> None:
    """"the day before last Tuesday('s hearing)" is the Monday, "the day after Christmas"
    December 26: one timex from "day" on (as TimeML marks "the day before yesterday"), its
    value the named day moved by one. "Three days after March 5" stays two timexes, a length
    and a date, as TimeML keeps them."""
    previous_end = 0
    for timex in timexes:
        found = THE_DAY_BEFORE.search(text, previous_end, timex["start"])
        previous_end = timex["end"]
        if found is None or found.end() != timex["start"] or not WHOLE_DAY_VALUE.match(timex["value"]):
            continue
        step = -1 if found.group("side").lower() == "before" else 1
        shifted = date.fromisoformat(timex["value"]) + timedelta(days=step)
        start = found.start("day")
        timex.update({"anchor": anchor_of(timex), "value": shifted.isoformat(), "start": start,
                      "text": text[start:timex["end"]], "rule": "day_before_date"})
