"""What a TIMEX3 value may look like, by type (TimeML 1.2 / TempEval-3 conventions).

Dates run from millennium to day (`2`, `20`, `201`, `2018`, `2018-03`, `2018-03-20`), or name
a week (`2018-W11`, `2018-W11-WE`, `XXXX-WXX-2`), quarter, half or season (`2018-Q1`,
`2018-H2`, `2018-SU`); any digit may be an X placeholder. Times add `THH:MM[:SS]` or a part
of day (`TMO`, `TAF`, `TEV`, `TNI`, `TDT`). Durations are ISO 8601 periods with X allowed
(`P6Y`, `PT72H`, `PXY`, `P2Y6M`; `PXX` for a length of unknown unit, "a long time"). Sets use
date or duration forms. The vague references are `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`.

>>> is_valid_timex_value("2018-W11", "DATE"), is_valid_timex_value("P6Y", "DATE")
(True, False)
"""

from __future__ import annotations

import re
from datetime import date

D = r"[\dX]"
DATE_PART = (
    rf"(?:{D}{{1,3}}|{D}{{4}}(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    rf"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|X|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)"
)
TIME_PART = r"T(?:(?:[01]\d|2[0-4]|XX)(?::(?:[0-5]\d|XX)(?::[0-5]\d)?)?|MO|AF|EV|NI|DT)"
DURATION = (
    r"P(?:(?=[\dX.]*[A-Z])(?:[\dX.]+Y)?(?:[\dX.]+Q)?(?:[\dX.]+M)?(?:[\dX.]+W)?(?:[\dX.]+D)?"
    r"(?:[\dX.]+(?:DE|CE|ML|C|E|L))?(?:T(?:[\dX.]+H)?(?:[\dX.]+M)?(?:[\dX.]+S)?)?)"
)
REFS = r"(?:PRESENT_REF|PAST_REF|FUTURE_REF)"

PATTERNS = {
    "DATE": re.compile(rf"(?:{DATE_PART}(?:{TIME_PART})?|{REFS})"),
    "TIME": re.compile(rf"(?:{DATE_PART}{TIME_PART}|{DATE_PART}|{REFS}|{TIME_PART})"),
    "DURATION": re.compile(DURATION),
    "SET": re.compile(rf"(?:{DATE_PART}(?:{TIME_PART})?|{DURATION}|{TIME_PART})"),
}


WHOLE_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
WHOLE_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def is_valid_timex_value(value: str, timex_type: str) -> bool:
    """True when `value` is a well-formed TIMEX3 value for `timex_type` that names a time the
    calendar has: no 30 February, no 29 February outside leap years, no week 53 in a year
    of 52 weeks.

    >>> is_valid_timex_value("2016-02-29", "DATE"), is_valid_timex_value("1998-02-13T22:00", "TIME")
    (True, True)
    >>> is_valid_timex_value("2018-02-30", "DATE"), is_valid_timex_value("2018-W53", "DATE")
    (False, False)
    """
    if timex_type == "DURATION" and value == "PXX":
        return True  # "a long time": TimeML corpora write a length of unknown size and unit PXX
    pattern = PATTERNS.get(timex_type)
    if pattern is None or not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    if timex_type == "DURATION" and value in ("P", "PT"):
        return False
    return _on_the_calendar(value)


def _on_the_calendar(value: str) -> bool:
    if day := WHOLE_DAY.match(value):
        try:
            date(*(int(part) for part in day.groups()))
        except ValueError:
            return False
    elif week := WHOLE_WEEK.match(value):
        year, number = int(week.group(1)), int(week.group(2))
        if number > date(year, 12, 28).isocalendar()[1]:  # 28 December is always in the last week
            return False
    return True
