"""Exact calendar arithmetic: leap years, ISO week 53, month ends."""

from datetime import date

import pytest

from dateline.time.date_arithmetic import easter, format_point, iso_week_value, nearest_weekday, nth_weekday, shift


@pytest.mark.parametrize("day, unit, amount, expected", [
    (date(2016, 2, 29), "Y", 1, date(2017, 2, 28)),   # no Feb 29 in 2017
    (date(2016, 2, 29), "Y", 4, date(2020, 2, 29)),
    (date(2018, 1, 31), "M", 1, date(2018, 2, 28)),   # month end clamps
    (date(2020, 1, 31), "M", 1, date(2020, 2, 29)),   # leap year
    (date(2018, 3, 31), "M", -1, date(2018, 2, 28)),
    (date(2018, 3, 20), "M", -14, date(2017, 1, 20)),
    (date(2018, 12, 31), "D", 1, date(2019, 1, 1)),
    (date(2000, 2, 28), "D", 1, date(2000, 2, 29)),   # 2000 is a leap year
    (date(1900, 2, 28), "D", 1, date(1900, 3, 1)),    # 1900 is not
    (date(2018, 11, 30), "Q", 1, date(2019, 2, 28)),
    (date(2018, 3, 20), "DE", -1, date(2008, 3, 20)),
])
def test_shift(day, unit, amount, expected):
    assert shift(day, unit, amount) == expected


@pytest.mark.parametrize("day, expected", [
    (date(2020, 12, 31), "2020-W53"),  # 2020 has 53 ISO weeks
    (date(2021, 1, 3), "2020-W53"),    # early January can belong to the previous ISO year
    (date(2015, 12, 31), "2015-W53"),
    (date(2018, 12, 31), "2019-W01"),  # late December can belong to the next ISO year
    (date(2018, 3, 13), "2018-W11"),
])
def test_iso_weeks(day, expected):
    assert iso_week_value(day) == expected


def test_last_week_across_week_53(annotate):
    timexes = annotate("The rally happened last week.", date(2021, 1, 6))
    assert timexes[0]["value"] == "2020-W53"


def test_format_point_granularities():
    day = date(1999, 12, 31)
    assert [format_point(day, g) for g in ("D", "W", "WE", "M", "Q", "H", "Y", "DE", "CE")] == [
        "1999-12-31", "1999-W52", "1999-W52-WE", "1999-12", "1999-Q4", "1999-H2", "1999", "199", "19"]


def test_weekdays_around_the_dct():
    tuesday = date(2018, 3, 20)
    assert nearest_weekday(tuesday, 2, "past") == tuesday
    assert nearest_weekday(tuesday, 2, "before") == date(2018, 3, 13)
    assert nearest_weekday(tuesday, 2, "after") == date(2018, 3, 27)
    assert nearest_weekday(tuesday, 5, "nearest") == date(2018, 3, 23)  # 3 days ahead, 4 back
    assert nearest_weekday(tuesday, 6, "nearest") == date(2018, 3, 17)  # 3 days back, 4 ahead


def test_holiday_rules():
    assert easter(2018) == date(2018, 4, 1) and easter(2000) == date(2000, 4, 23)
    assert nth_weekday(2017, 11, 4, 4) == date(2017, 11, 23)  # Thanksgiving
    assert nth_weekday(2018, 5, 1, -1) == date(2018, 5, 28)   # Memorial Day


def test_month_ends_in_text(annotate):
    timexes = annotate("The fund will be launched a month from now.", date(2018, 1, 31))
    assert timexes[0]["value"] == "2018-02"  # January 31 + 1 month is February 28, not March 3
    timexes = annotate("The plan was announced on Jan. 31, 2016 and dropped a month later.", date(2018, 3, 20))
    assert timexes[-1]["value"] == "2016-02"
    timexes = annotate("Rates rose on Feb. 29.", date(2016, 3, 10))
    assert timexes[0]["value"] == "2016-02-29"
    assert annotate("Rates rose on Feb. 30.", date(2016, 3, 10)) == []  # not a date
