"""Normalisers for the parts of a year: seasons ("this summer", "last fall", "spring 2016")
and quarters or halves ("the third quarter", "the first half"). Without a year named, the
story decides which year's part is meant: a year told before, the DCT, or the tense."""

from __future__ import annotations

import re
from datetime import date

from dateline.time.context import Context, Resolution, anchor_of
from dateline.time.date_arithmetic import full_year, quarter_of
from dateline.time.lexicon import lexicon
from dateline.time.resolve_shared import first, point_mod, units_away, year_told_before
from dateline.time.words import clean, ordinal_number, spoken_year


SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER = ["WI", "SP", "SU", "FA"]
SEASON_VALUE = re.compile(r"[\dX]{4}-(?:SP|SU|FA|WI)$")  # the year masked without a DCT
SEASON_NUMBER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}  # their order within a season year


def season_of(day: date) -> tuple[int, str]:
    """(season year, code); January and February belong to the winter that began in December."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    return day.year, SEASON_ORDER[(day.month // 3) % 4]


def season(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    code = lexicon().seasons[clean(groups["season"])]
    rel = clean(groups.get("rel"))
    if groups.get("thatyear") or rel in ("that", "following", "previous"):
        return _season_of_the_story(code, "that" if groups.get("thatyear") else rel, groups, ctx)
    if groups.get("year") or groups.get("spoken"):
        number = int(groups["year"]) if groups.get("year") else spoken_year(groups["spoken"])
        if number is None:
            return None
        return Resolution("DATE", f"{number:04d}-{code}", mod=point_mod(groups), explicit=frozenset({"season"}))
    if groups.get("relyear"):  # "the spring of last year", "summer next year"
        number = ctx.reference.year + units_away(groups["relyear"])
        return Resolution("DATE", f"{number:04d}-{code}", anchor="t0", mod=point_mod(groups), explicit=frozenset({"season"}))
    rel = clean(groups.get("rel")) or clean(groups.get("the"))
    if not rel and not groups.get("pmod"):
        return _coordinated_season(code, ctx)  # a bare "summer analysts" is no date
    now_year, now_code = season_of(ctx.reference)
    if rel == "the":
        rel = "last" if ctx.tense() == "past" else ("next" if ctx.tense() == "future" else "this")
    if rel in ("last", "past", "this past"):
        number = now_year if SEASON_NUMBER[code] < SEASON_NUMBER[now_code] else now_year - 1
    elif rel in ("next", "coming", "this coming"):
        number = now_year if SEASON_NUMBER[code] > SEASON_NUMBER[now_code] else now_year + 1
    elif rel == "this" or not rel:
        # "this winter" is the one under way, if one is; any other season is the one of
        # the calendar year, so "this spring" written in January is the coming one.
        number = now_year if code == "WI" and now_code == "WI" else ctx.reference.year
        if not rel and ctx.tense() == "past" and (number, SEASON_NUMBER[code]) > (now_year, SEASON_NUMBER[now_code]):
            number -= 1
        elif rel == "this" and (number, SEASON_NUMBER[code]) < (now_year, SEASON_NUMBER[now_code]) and ctx.tense() == "future":
            number += 1  # "expected their second child this summer", written in December
    else:
        number = now_year
    return Resolution("DATE", f"{number:04d}-{code}", anchor="t0", mod=point_mod(groups), explicit=frozenset({"season"}))


def _season_of_the_story(code: str, rel: str, groups: dict, ctx: Context) -> Resolution | None:
    """"That summer", "the spring of that year", "the following spring", "the previous winter":
    a season counted from the time the story is at (the latest earlier timex naming a year),
    not from the DCT; with none named in the last few paragraphs, no guess (as for "that
    November")."""
    story = year_told_before(ctx, within=800)
    if story is None:
        return None
    year = int(story["value"][:4])
    month = re.match(r"\d{4}-(\d\d)", story["value"])
    if month:
        # a season of its own: "in January 2009 ... that winter" is the winter of 2008-09
        year, now_code = season_of(date(year, int(month.group(1)), 1))
        order = SEASON_NUMBER[now_code]
    else:
        order = None  # a whole year: "the following spring" is the next year's
    if rel == "following":
        year += 1 if order is None or SEASON_NUMBER[code] <= order else 0
    elif rel == "previous":
        year -= 1 if order is None or SEASON_NUMBER[code] >= order else 0
    return Resolution("DATE", f"{year:04d}-{code}", anchor=anchor_of(story), mod=point_mod(groups),
                      explicit=frozenset({"season"}))


def _coordinated_season(code: str, ctx: Context) -> Resolution | None:
    """"the fall and winter", "last spring and summer": the second season shares the first's
    "the" or "last", so it is the next such season after the first."""
    earlier = ctx.last_timex(SEASON_VALUE, within=8)
    if earlier is None or not re.fullmatch(r"\s+(?:and|or)\s+", ctx.text[earlier["end"]:ctx.start]):
        return None
    year, first = earlier["value"][:4], earlier["value"][5:]
    if year != "XXXX" and SEASON_NUMBER[code] <= SEASON_NUMBER[first]:
        year = f"{int(year) + 1:04d}"  # "the winter and spring": the spring after that winter
    return Resolution("DATE", f"{year}-{code}", anchor=anchor_of(earlier), explicit=frozenset({"season"}))


def quarter(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the third quarter", "third-quarter", "the 1988 second quarter", "the first half of 1990"."""
    ordinal = clean(groups["qord"])
    unit = clean(groups["qunit"])
    letter = "H" if unit in ("half", "two quarters", "six months") else "Q"
    if ordinal in ("last", "final"):  # "the last half of 1990", "the final quarter of last year"
        number = 2 if letter == "H" else 4
    else:
        number = ordinal_number(ordinal)
    if number is None or number > (2 if letter == "H" else 4):
        return None
    dct = ctx.reference
    explicit_year = first(groups, "year", "qyear", "qyear2")
    the = clean(groups.get("the"))
    anchor = None
    if explicit_year:
        number_year = int(explicit_year)
    elif the.startswith("last year") or "year-ago" in the or "year-earlier" in the:
        number_year, anchor = dct.year - 1, "t0"
    elif the.startswith("next year") or clean(groups.get("relyear")) == "next":
        number_year, anchor = dct.year + 1, "t0"
    elif clean(groups.get("relyear")) == "last":
        number_year, anchor = dct.year - 1, "t0"
    elif clean(groups.get("relyear")) == "that" and (story := year_told_before(ctx)):
        number_year, anchor = int(story["value"][:4]), anchor_of(story)  # "the second quarter of that year"
    else:
        bare = not re.search(r"\bof\b", ctx.text[ctx.start:ctx.end])  # not "the first half of the year"
        if letter == "H" and bare and not groups.get("fiscal") and not _in_a_business_sentence(ctx):
            return None  # "he tweeted during the first half" (of a game): no half of a year
        anchor = "t0"
        current = quarter_of(dct) if letter == "Q" else (1 if dct.month <= 6 else 2)
        number_year = dct.year
        if number > current and ctx.tense() == "past":
            number_year -= 1
    trim = 0
    if groups.get("the") and groups.get("joiner") == "-" and not groups.get("pmod"):
        # "the third-quarter loss": the determiner belongs to "loss", not to the timex.
        matched = ctx.text[ctx.start:ctx.end]
        trim = len(groups["the"]) + len(matched[len(groups["the"]):]) - len(matched[len(groups["the"]):].lstrip())
    return Resolution("DATE", f"{number_year:04d}-{letter}{number}", anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"quarter"}), trim_start=trim)


# Words of a business or economic report, where "the first half" alone is a half year.
BUSINESS_WORDS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|loss(?:es)?|income|growth|econom\w*|GDP|output|exports?|"
    r"imports?|shares?|stocks?|prices?|inflation|percent|results|dividends?|deficit|budget|orders)\b|[%$€£#]",
    re.IGNORECASE)


def _in_a_business_sentence(ctx: Context) -> bool:
    span = ctx.span()
    if span is None or not ctx.doc.has_annotation("SENT_START"):
        return True  # no sentence to judge by: keep the half-year reading
    return bool(BUSINESS_WORDS.search(span.sent.text))


def quarter_code(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Q4 2012", "2012 Q4", "H1 FY2013", "Q3", "Q3'17", "3Q17", "1H 2016": the business-report
    codes for quarters and halves, read like "the fourth quarter (of 2012)". A two-digit year
    is the one nearest the DCT's century, as in "FY17"."""
    code = groups.get("qcode") or groups["lead"][::-1]  # "3Q" is "Q3" written number first
    year = groups.get("year")
    if groups.get("yy"):
        year = str(full_year(int(groups["yy"]), ctx.reference))
    spelled = {"qord": code[1], "qunit": "quarter" if code[0].upper() == "Q" else "half", "year": year}
    return quarter(spelled, ctx, default_type)


NORMALISERS = {
    "season": season,
    "quarter": quarter,
    "quarter_code": quarter_code,
}
