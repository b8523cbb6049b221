"""The Hebrew, the Islamic and the Chinese calendar, as Gregorian days, for the holidays they date.

The Hebrew calendar is arithmetic: its year start follows from the mean lunar month (the
molad) and four postponement rules, so Rosh Hashanah, Yom Kippur, Passover and Hanukkah are
exact. The Islamic calendar is observed: a month begins when the new crescent is seen, which
differs by country and by a day or two from any computation. The tabular (arithmetic) Islamic
calendar used here is the usual approximation, so its days are marked approximate by the caller.
Both follow Reingold and Dershowitz, "Calendrical Calculations"; days are `date.toordinal()`
numbers (1 = 1 January of year 1, proleptic Gregorian). The Chinese New Year is astronomical:
the second new moon after the December solstice, dated in Beijing; new moons follow Meeus,
"Astronomical Algorithms" (within minutes), the solstice its mean formula (within half an hour).

>>> hebrew_to_gregorian(5734, 7, 10)   # Yom Kippur 5734: the war of 1973 began on it
datetime.date(1973, 10, 6)
>>> islamic_to_gregorian(1437, 10, 1)  # Eid al-Fitr 1437, kept on 6 or 7 July 2016 by country
datetime.date(2016, 7, 7)
>>> chinese_new_year(2016)
datetime.date(2016, 2, 8)
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

# Months are numbered from Nisan (1) as the Bible does; the year starts on 1 Tishri (7).
# Adar (12) has a second month Adar II (13) in leap years.
NISAN, TISHRI, ADAR, ADAR_II = 1, 7, 12, 13
HEBREW_EPOCH = -1373427  # 1 Tishri of year 1 (7 October 3761 BCE, Julian)
ISLAMIC_EPOCH = 227015  # 1 Muharram of year 1 (16 July 622, Julian)


def _molad_days(year: int) -> int:
    """Days from the epoch to the new year of `year` before the weekday postponements."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    # A new year may not fall on Sunday, Wednesday or Friday.
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(year: int) -> int:
    """The day of 1 Tishri of `year`, with the postponements that keep year lengths legal."""
    before, this, after = _molad_days(year - 1), _molad_days(year), _molad_days(year + 1)
    if after - this == 356:
        correction = 2
    elif this - before == 382:
        correction = 1
    else:
        correction = 0
    return HEBREW_EPOCH + this + correction


def is_hebrew_leap_year(year: int) -> bool:
    """Seven years in every 19 have a thirteenth month."""
    return (7 * year + 1) % 19 < 7


def _month_length(month: int, year: int, days_in_year: int) -> int:
    if month in (2, 4, 6, 10, ADAR_II):
        return 29
    if month == ADAR:
        return 30 if is_hebrew_leap_year(year) else 29
    if month == 8:  # Heshvan is long in a "complete" year
        return 30 if days_in_year % 10 == 5 else 29
    if month == 9:  # Kislev is short in a "deficient" year
        return 29 if days_in_year % 10 == 3 else 30
    return 30


def hebrew_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of `day` `month` `year` (Hebrew); month 12 in a leap year is Adar I."""
    new_year = _new_year(year)
    days_in_year = _new_year(year + 1) - new_year
    # The year runs from Tishri to its last month, then from Nisan on.
    if month < TISHRI:
        months_before = [*range(TISHRI, last_hebrew_month(year) + 1), *range(NISAN, month)]
    else:
        months_before = range(TISHRI, month)
    return date.fromordinal(new_year + day - 1 + sum(_month_length(m, year, days_in_year) for m in months_before))


def last_hebrew_month(year: int) -> int:
    """Adar, or Adar II in a leap year: the month Purim is kept in."""
    return ADAR_II if is_hebrew_leap_year(year) else ADAR


def islamic_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of `day` `month` `year` (AH) in the tabular Islamic calendar."""
    fixed = (ISLAMIC_EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year) // 30
             + 29 * (month - 1) + month // 2 + day)
    return date.fromordinal(fixed)


def hebrew_days_in(gregorian_year: int, month: int, day: int) -> list[date]:
    """The Gregorian days in `gregorian_year` on which `day` `month` (Hebrew) falls (one)."""
    found = []
    for year in (gregorian_year + 3760, gregorian_year + 3761):
        actual_month = last_hebrew_month(year) if month == ADAR else month
        day_found = hebrew_to_gregorian(year, actual_month, day)
        if day_found.year == gregorian_year:
            found.append(day_found)
    return found


def islamic_days_in(gregorian_year: int, month: int, day: int) -> list[date]:
    """The Gregorian days in `gregorian_year` on which `day` `month` (AH) falls: one, or two
    (the Islamic year is eleven days shorter, so 2000 had two Eids al-Fitr)."""
    first = (gregorian_year - 622) * 33 // 32
    days = (islamic_to_gregorian(year, month, day) for year in range(first - 1, first + 3))
    return [day_found for day_found in days if day_found.year == gregorian_year]


# --- the Chinese New Year ---

SYNODIC_MONTH = 29.530588861
J2000 = datetime(2000, 1, 1, 12)  # Julian ephemeris day 2451545.0
BEIJING = timedelta(hours=8)


def new_moon(k: int) -> datetime:
    """The k-th new moon after that of 6 January 2000, in UTC (Meeus, chapter 49, with the
    corrections larger than a minute)."""
    t = k / 1236.85
    jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    sun = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t ** 2)
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3)
    latitude = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3)
    node = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2)
    jde += (-0.40720 * math.sin(moon) + 0.17241 * e * math.sin(sun) + 0.01608 * math.sin(2 * moon)
            + 0.01039 * math.sin(2 * latitude) + 0.00739 * e * math.sin(moon - sun)
            - 0.00514 * e * math.sin(moon + sun) + 0.00208 * e * e * math.sin(2 * sun)
            - 0.00111 * math.sin(moon - 2 * latitude) - 0.00057 * math.sin(moon + 2 * latitude)
            + 0.00056 * e * math.sin(2 * moon + sun) - 0.00042 * math.sin(3 * moon)
            + 0.00042 * e * math.sin(sun + 2 * latitude) + 0.00038 * e * math.sin(sun - 2 * latitude)
            - 0.00024 * e * math.sin(2 * moon - sun) - 0.00017 * math.sin(node))
    # Terrestrial time runs about a minute ahead of UTC over these centuries: small beside a day.
    return J2000 + timedelta(days=jde - 2451545.0)


def _december_solstice(year: int) -> datetime:
    """The December solstice of `year` in UTC (Meeus, chapter 27, mean formula)."""
    y = (year - 2000) / 1000
    jde = 2451900.05952 + 365242.74049 * y - 0.06223 * y ** 2 - 0.00823 * y ** 3 + 0.00032 * y ** 4
    return J2000 + timedelta(days=jde - 2451545.0)


def chinese_new_year(year: int) -> date:
    """The first day of the Chinese (lunar) year that begins in `year`: the day, in Beijing, of
    the second new moon after the one that begins the month holding the December solstice.
    A leap month inserted before the New Year (2033-34) delays it by a lunation; such a year is
    told apart by its date, which would fall before 21 January (the New Year never does)."""
    solstice = _december_solstice(year - 1)
    solstice_day = (solstice + BEIJING).date()
    k = math.floor((solstice - J2000).days / SYNODIC_MONTH) - 1
    # The new moon that begins the solstice's month: the last on or before the solstice's day.
    while (new_moon(k + 1) + BEIJING).date() <= solstice_day:
        k += 1
    while (new_moon(k) + BEIJING).date() > solstice_day:
        k -= 1
    new_year = (new_moon(k + 2) + BEIJING).date()
    return new_year if new_year >= date(year, 1, 21) else (new_moon(k + 3) + BEIJING).date()
