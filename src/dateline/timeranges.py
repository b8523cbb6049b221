"""The days a TIMEX3 date value covers, for date filters and for matching event dates.

An event dated `2018-W11` happened on one of the days of that ISO week; `2018-03` somewhere
in March. Queries ask "between March 1 and March 31", and clustering asks "could these two
reports be of the same day": both need the value as a range of days plus its precision.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


class DayRange(NamedTuple):
    start: date
    end: date
    precision: str  # day | week | month | quarter | half | season | year


def day_range(value: str | None) -> DayRange | None:
    """The days a TIMEX3 DATE value covers; None for values that name no days (PAST_REF, P3D).

    >>> day_range("2018-W11")
    DayRange(start=datetime.date(2018, 3, 12), end=datetime.date(2018, 3, 18), precision='week')
    """
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            day = date(*map(int, match.groups()))
            return DayRange(day, day, "day")
        if match := _WEEK.match(value):
            start = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return DayRange(start, start + timedelta(days=6), "week")
        if match := _MONTH.match(value):
            year, month = int(match[1]), int(match[2])
            return DayRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")
        if match := _QUARTER.match(value):
            year, quarter = int(match[1]), int(match[2])
            return _months(year, 3 * quarter - 2, 3 * quarter, "quarter")
        if match := _HALF.match(value):
            year, half = int(match[1]), int(match[2])
            return _months(year, 6 * half - 5, 6 * half, "half")
        if match := _SEASON.match(value):
            first, last = _SEASON_MONTHS[match[2]]
            return _months(int(match[1]), first, last, "season")
        if match := _YEAR.match(value):
            year = int(match[1])
            return DayRange(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:  # a malformed value (week 54, month 13) names no days
        return None
    return None


def _months(year: int, first: int, last: int, precision: str) -> DayRange:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return DayRange(date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]), precision)
