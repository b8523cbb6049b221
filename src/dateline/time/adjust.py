"""Adjustments that need the timexes after a match, so they run once the whole text is read.

Matching goes left to right and each normaliser sees only what came before it. Two phrases
lean on a time written after them:

- "at noon on 18 March": the clock time takes the day that follows it;
- "the day before last Tuesday", "the day after Christmas": the span grows to take in "day
  before", and the value moves by a day.

>>> timexes = [{"start": 3, "end": 7, "text": "noon", "rule": "clock_alone", "value": "2018-03-20T12:00"},
...            {"start": 11, "end": 19, "text": "18 March", "rule": "day_month", "value": "2018-03-18"}]
>>> adjust_after_reading(timexes, "At noon on 18 March.")
>>> timexes[0]["value"]
'2018-03-18T12:00'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time.context import anchor_of
from dateline.time.resolve_points import MONTH_DAY_VALUE

WHOLE_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")  # a day with its year, no time
CLOCK_THEN_DAY = re.compile(r"(?:\s+\(?[A-Z]{2,4}\)?)?,?\s+(?:on\s+)?")
THE_DAY_BEFORE = re.compile(r"\bthe (?P<day>day) (?P<side>before|after)\s+$", re.IGNORECASE)


def adjust_after_reading(timexes: list[dict], text: str) -> None:
    """Apply the adjustments to `timexes` (sorted by start), in place."""
    _shift_by_days_written_before(timexes, text)
    _date_clocks_by_the_day_after(timexes, text)


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
