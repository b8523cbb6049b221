"""The Hebrew and the Islamic calendar, as Gregorian days, for the holidays they date.

The Hebrew calendar is arithmetic: its year start follows from the mean lunar month (the
molad) and four postponement rules, so Rosh Hashanah, Yom Kippur, Passover and Hanukkah are
exact. The Islamic calendar is observed: a month begins when the new crescent is seen, which
differs by country and by a day or two from any computation. The tabular (arithmetic) Islamic
calendar used here is the usual approximation, so its days are marked approximate by the caller.
Both follow Reingold and Dershowitz, "Calendrical Calculations"; days are `date.toordinal()`
numbers (1 = 1 January of year 1, proleptic Gregorian).

>>> hebrew_to_gregorian(5734, 7, 10)   # Yom Kippur 5734: the war of 1973 began on it
datetime.date(1973, 10, 6)
>>> islamic_to_gregorian(1437, 10, 1)  # Eid al-Fitr 1437, kept on 6 or 7 July 2016 by country
datetime.date(2016, 7, 7)
"""

from __future__ import annotations

from datetime import date

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


def _month_length(month: int, year: int) -> int:
    days_in_year = _new_year(year + 1) - _new_year(year)
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
    last_month = ADAR_II if is_hebrew_leap_year(year) else ADAR
    fixed = _new_year(year) + day - 1
    if month < TISHRI:
        fixed += sum(_month_length(m, year) for m in range(TISHRI, last_month + 1))
        fixed += sum(_month_length(m, year) for m in range(NISAN, month))
    else:
        fixed += sum(_month_length(m, year) for m in range(TISHRI, month))
    return date.fromordinal(fixed)


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
