"""The Hebrew calendar and the Chinese New Year against days everyone can check, the new moons
against solar eclipses, and the tabular Islamic calendar against the days the holidays were
kept, within the day or two the moon sighting moves them."""

from datetime import date, datetime

import pytest

from dateline.time.date_arithmetic import holiday_dates
from dateline.time.lunar_calendars import (
    SYNODIC_MONTH,
    new_moon,
    chinese_new_year,
    hebrew_to_gregorian,
    is_hebrew_leap_year,
    islamic_days_in,
)


@pytest.mark.parametrize("rule, day", [
    ("hebrew:07-10", date(1973, 10, 6)),   # Yom Kippur: the day the war of 1973 began
    ("hebrew:07-01", date(2000, 9, 30)),   # Rosh Hashanah
    ("hebrew:07-01", date(2001, 9, 18)),
    ("hebrew:07-01", date(2016, 10, 3)),
    ("hebrew:07-01", date(2018, 9, 10)),
    ("hebrew:07-01", date(2023, 9, 16)),
    ("hebrew:01-15", date(2016, 4, 23)),   # Passover
    ("hebrew:01-15", date(2018, 3, 31)),
    ("hebrew:01-15", date(2020, 4, 9)),
    ("hebrew:09-25", date(2016, 12, 25)),  # Hanukkah, in a year whose Kislev is short
    ("hebrew:09-25", date(2017, 12, 13)),
    ("hebrew:12-14", date(2016, 3, 24)),   # Purim in a leap year: in Adar II
    ("hebrew:12-14", date(2018, 3, 1)),
])
def test_hebrew_holidays_fall_on_their_days(rule, day):
    assert holiday_dates(rule, day.year) == [day]


def test_hebrew_years_have_only_the_six_lengths_the_calendar_allows():
    for year in range(5600, 5900):
        length = (hebrew_to_gregorian(year + 1, 7, 1) - hebrew_to_gregorian(year, 7, 1)).days
        assert length in ((383, 384, 385) if is_hebrew_leap_year(year) else (353, 354, 355)), year


@pytest.mark.parametrize("month_day, kept", [
    ((10, 1), date(2016, 7, 6)),    # Eid al-Fitr
    ((10, 1), date(2017, 6, 25)),
    ((10, 1), date(2020, 5, 24)),
    ((12, 10), date(2016, 9, 12)),  # Eid al-Adha
    ((12, 10), date(2019, 8, 11)),
])
def test_islamic_holidays_are_within_two_days_of_the_day_kept(month_day, kept):
    (computed,) = islamic_days_in(kept.year, *month_day)
    assert abs((computed - kept).days) <= 2


def test_an_islamic_holiday_can_fall_twice_in_a_gregorian_year():
    assert [day.month for day in islamic_days_in(2000, 10, 1)] == [1, 12]


def test_every_gregorian_year_holds_each_holiday():
    for year in range(1900, 2101):
        assert len(holiday_dates("hebrew:07-10", year)) == 1, year
        assert 1 <= len(holiday_dates("islamic:12-10", year)) <= 2, year


def test_holidays_are_read_in_text(annotate, find):
    timexes = annotate("Markets were closed for Eid al-Fitr.")
    eid = find(timexes, "Eid al-Fitr")
    assert (eid["value"], eid["mod"]) == ("2017-06-26", "APPROX")  # the last one before 2018-03-20
    assert find(annotate("The vote falls after Passover 2019."), "Passover 2019")["value"] == "2019-04-20"
    assert find(annotate("Millions travelled home for the Lunar New Year."), "Lunar New Year")["value"] == "2018-02-16"
    # a war named after the day is a name, not that day
    assert [t["text"] for t in annotate("The Yom Kippur war of 1973 changed the region.")] == ["1973"]


@pytest.mark.parametrize("day", [date(1966, 1, 21), date(1985, 2, 20), date(1990, 1, 27), date(2000, 2, 5),
                                 date(2004, 1, 22), date(2012, 1, 23), date(2015, 2, 19), date(2016, 2, 8),
                                 date(2017, 1, 28), date(2020, 1, 25), date(2023, 1, 22), date(2024, 2, 10),
                                 date(2025, 1, 29), date(2026, 2, 17), date(2034, 2, 19)])  # 2034: after a leap month
def test_the_chinese_new_year_falls_on_its_day(day):
    assert chinese_new_year(day.year) == day


def test_the_chinese_new_year_stays_between_21_january_and_20_february():
    for year in range(1900, 2101):
        assert date(year, 1, 21) <= chinese_new_year(year) <= date(year, 2, 20), year


@pytest.mark.parametrize("eclipse", ["1973-06-30T11:38", "1999-08-11T11:03", "2009-07-22T02:35",
                                     "2017-08-21T18:26", "2024-04-08T18:17"])
def test_new_moons_fall_within_a_quarter_hour_of_solar_eclipses(eclipse):
    moment = datetime.fromisoformat(eclipse)
    k = round((moment - datetime(2000, 1, 6, 18, 14)).total_seconds() / 86400 / SYNODIC_MONTH)
    assert abs((new_moon(k) - moment).total_seconds()) < 15 * 60
