"""Exact calendar arithmetic and TIMEX3 formatting of points in time.

Everything here is pure and works on `datetime.date`: month ends clamp ("a month after
January 31" is February 28/29), ISO weeks follow ISO 8601 (week 53 exists in long years),
and quarters and halves count from January.

>>> shift(date(2016, 3, 31), "M", -1), iso_week_value(date(2020, 12, 31))
(datetime.date(2016, 2, 29), '2020-W53')
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

from dateline.time import lunar_calendars

__all__ = ["date", "shift", "iso_week_value", "format_point", "nearest_weekday", "easter", "nth_weekday"]


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, unit: str, amount: int) -> date:
    """Move `day` by `amount` units (Y, Q, M, W, D, DE, CE, ML, FN, WE).

    >>> shift(date(2018, 3, 20), "M", -14)
    datetime.date(2017, 1, 20)
    """
    if unit == "Y":
        return add_months(day, 12 * amount)
    if unit == "DE":
        return add_months(day, 120 * amount)
    if unit == "CE":
        return add_months(day, 1200 * amount)
    if unit == "ML":
        return add_months(day, 12000 * amount)
    if unit == "Q":
        return add_months(day, 3 * amount)
    if unit == "M":
        return add_months(day, amount)
    if unit in ("W", "WE"):
        return day + timedelta(weeks=amount)
    if unit == "FN":
        return day + timedelta(weeks=2 * amount)
    return day + timedelta(days=amount)


def iso_week_value(day: date) -> str:
    """The TIMEX3 week value of `day` (ISO 8601 week-numbering year)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def format_point(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of `granularity` that contains `day`.

    >>> [format_point(date(2018, 3, 20), g) for g in ("D", "W", "M", "Q", "Y", "DE", "CE")]
    ['2018-03-20', '2018-W12', '2018-03', '2018-Q1', '2018', '201', '20']
    """
    if granularity == "D":
        return day.isoformat()
    if granularity in ("W", "FN"):
        return iso_week_value(day)
    if granularity == "WE":
        return iso_week_value(day) + "-WE"
    if granularity == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if granularity == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "Y":
        return f"{day.year:04d}"
    if granularity == "DE":
        return f"{day.year:04d}"[:3]
    if granularity == "CE":
        return f"{day.year:04d}"[:2]
    if granularity == "ML":
        return f"{day.year:04d}"[:1]
    raise ValueError(f"unknown granularity {granularity!r}")


def nearest_weekday(anchor: date, weekday: int, direction: str) -> date:
    """The date with ISO `weekday` nearest `anchor` in `direction`.

    direction: "past" (on or before), "future" (on or after), "before"/"after" (strictly),
    "nearest" (closest either way, the past on ties).

    >>> nearest_weekday(date(2018, 3, 20), 2, "past"), nearest_weekday(date(2018, 3, 20), 7, "past")
    (datetime.date(2018, 3, 20), datetime.date(2018, 3, 18))
    """
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=forward)
    if direction == "before":
        return anchor - timedelta(days=back or 7)
    if direction == "after":
        return anchor + timedelta(days=forward or 7)
    return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO `weekday` of a month; n = -1 for the last one (Thanksgiving: 4th Thursday)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(rule: str, year: int) -> date:
    """The day of a holiday in `year`, from its rule in `holidays.tsv` (the first, for an
    Islamic one a year may hold twice).

    >>> holiday_date("1:1:11+1", 2016), holiday_date("easter-2", 2018), holiday_date("hebrew:01-15", 2016)
    (datetime.date(2016, 11, 8), datetime.date(2018, 3, 30), datetime.date(2016, 4, 23))
    """
    return holiday_dates(rule, year)[0]


def holiday_dates(rule: str, year: int) -> list[date]:
    """Every day of a holiday in `year`: one, or two for an Islamic date early and late in it.

    >>> holiday_dates("islamic:10-01", 2000)
    [datetime.date(2000, 1, 8), datetime.date(2000, 12, 28)]
    """
    calendar_name, _, month_day = rule.partition(":")
    if calendar_name in ("hebrew", "islamic", "chinese"):
        month, day = (int(x) for x in month_day.split("-"))
        if calendar_name == "chinese":  # the first month only: days counted from the New Year
            return [lunar_calendars.chinese_new_year(year) + timedelta(days=day - 1)]
        days_in = lunar_calendars.hebrew_days_in if calendar_name == "hebrew" else lunar_calendars.islamic_days_in
        return days_in(year, month, day)
    return [_gregorian_holiday(rule, year)]


def _gregorian_holiday(rule: str, year: int) -> date:
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:]))
    if ":" in rule:
        rule_part, _, days_after = rule.partition("+")
        n, weekday_no, month = (int(x) for x in rule_part.split(":"))
        return nth_weekday(year, month, weekday_no, n) + timedelta(days=int(days_after or 0))
    month, day = (int(x) for x in rule.split("-"))
    return date(year, month, day)


def full_year(yy: int, dct: date) -> int:
    """A two-digit year ("3/20/18", "FY12") in the century that puts it nearest the DCT,
    allowing ten years ahead."""
    return 1900 + yy if yy > (dct.year % 100) + 10 else 2000 + yy
