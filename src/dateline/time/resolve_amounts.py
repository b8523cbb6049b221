"""Normalisers for lengths of time, repetitions and vague references.

Durations become ISO 8601 periods (`P6Y`, `PT72H`, `P2Y6M`, `PXY` for "several years");
sets become a period or a calendar pattern (`P1D` for "daily", `XXXX-WXX-1` for "every
Monday"); vague words map through `data/vague.tsv` to PAST_REF / PRESENT_REF / FUTURE_REF.

>>> period(2.5, "Y"), period(72, "H"), period(None, "D")
('P2Y6M', 'PT72H', 'PXD')
"""

from __future__ import annotations

import re

from dateline.time.context import Context, Resolution
from dateline.time.lexicon import lexicon
from dateline.time.words import clean, modifier, month_number, parse_number, unit_code, weekday_number

TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# Units ISO 8601 lacks, written in ones it has.
SCALED_UNITS = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "Q": (3, "M"), "FN": (2, "W"), "WE": (2, "D")}
SMALLER = {"Y": (12, "M"), "M": (None, None), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}
# "$33 million a year", "5% a year", "700 seats a week", "20% annually": a quantity per unit of
# time is a rate, a measure of the amount, not a time anything happened (TimeML corpora leave
# rates unmarked). A count of events per unit ("three times a year", "twice daily") is a
# repetition, a SET; those words are not amounts.
RATE_BEFORE = re.compile(
    r"(?:(?:[$£€]|\b[A-Z]{1,2}\$)[\d.,]*\d|(?<![\d.,])(?!(?:1[6-9]|20)\d\d\b)\d[\d.,]*"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|millions)\b)"
    r"(?:\s*(?:%|(?:percent|cents?|dollars?|pounds|euros|yuan|yen|thousand|million|billion|trillion)\b))*"
    r"(?:\s+or\s+(?:more|less|so))?"  # "$20 or more an hour"
    r"(?:\s+(?!(?:and|or|but|in|on|at|of|for|from|to|since|by|until|after|before)\b)[a-z][a-z-]*){0,2}\s*$",
)
AS_RECENTLY_AS = re.compile(r"\bas\s+$", re.IGNORECASE)
# "between a quarter and a third", "one-quarter to one-third", "fell by a quarter": a share,
# not three months.
FRACTION_AFTER = re.compile(r"\s+(?:and|or|to)\s+(?:a|one)[\s-]+(?:third|half|fifth|tenth)\b", re.IGNORECASE)
FRACTION_BY = re.compile(
    r"\bby\s+(?:(?:between|about|nearly|almost|roughly|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
# "average daily volume", "its average weekly sales": an average per period is a rate too.
AVERAGE_BEFORE = re.compile(r"\baverage\s+$", re.IGNORECASE)


# "the first time in years", "the worst drought in decades", "its lowest level in months".
SUPERLATIVE_IN = re.compile(r"(?:\bfirst(?:\s+[\w-]+){0,3}|\b(?:best|worst|most|least|\w{3,}est)(?:\s+[\w-]+){0,3})\s+in\s+$", re.IGNORECASE)


def period(amount: float | None, unit: str) -> str:
    """An ISO 8601 duration for `amount` units (None: an unknown number, written X)."""
    if unit == "Q" and (amount is None or amount != int(amount) or amount < 4):
        return f"P{'X' if amount is None else int(amount)}Q" if amount is None or amount == int(amount) else f"P{int(amount * 3)}M"
    if unit in SCALED_UNITS and amount is not None:
        factor, unit = SCALED_UNITS[unit]
        amount *= factor
    elif unit in SCALED_UNITS:
        unit = {"DE": "DE", "CE": "CE", "ML": "ML"}.get(unit, SCALED_UNITS[unit][1])
        if unit in ("DE", "CE"):
            return "PXY" if unit == "DE" else "PXC"
        if unit == "ML":
            return "PXY"
    if amount is None:
        return f"PTX{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"PX{unit}"
    whole = int(amount)
    rest = amount - whole
    parts = [(whole, unit)]
    if rest:
        factor, smaller = SMALLER.get(unit, (None, None))
        if factor and (rest * factor) == int(rest * factor):
            parts.append((int(rest * factor), smaller))
        else:
            parts = [(amount, unit)]
    date_part = "".join(f"{n}{u}" for n, u in parts if u not in TIME_UNITS and n)
    time_part = "".join(f"{n}{TIME_UNITS[u]}" for n, u in parts if u in TIME_UNITS and n)
    if not date_part and not time_part:
        return f"P0{unit}" if unit not in TIME_UNITS else f"PT0{TIME_UNITS[unit]}"
    return "P" + date_part + (("T" + time_part) if time_part else "")


def with_halves(amount: float | None, groups: dict) -> float | None:
    """"three and a half years", "a year and a half" (+0.5), "half an hour", "a half-hour"
    (x0.5), "a quarter-century", "a quarter of an hour" (x0.25)."""
    if amount is None:
        return None
    if groups.get("half") or groups.get("halfpre"):
        amount += 0.5
    if groups.get("halfof"):
        amount *= 0.5
    fraction = clean(groups.get("fraction"))
    if fraction:
        amount *= 0.25 if fraction == "quarter" else 0.5
    return amount


def _amount_mod(groups: dict) -> str | None:
    """"20 or more years": EQUAL_OR_MORE; "15-plus years": MORE_THAN; "20 or so years", "a
    week or so": APPROX; else what the modifier before the number says ("nearly two years":
    LESS_THAN)."""
    if groups.get("ormore"):
        return "EQUAL_OR_MORE"
    if groups.get("plus"):
        return "MORE_THAN"
    if groups.get("orso") or groups.get("orso_after"):
        return "APPROX"
    return modifier(groups.get("amod"))


# What makes "one day" a length or a day counted from another, not "someday": "one day
# before the convention", "one day a week", "live one day as a lion", "in one day".
ONE_DAY_COUNTED_AFTER = re.compile(r"\s+(?:as|a|an|per|each|before|after|later|earlier|until|till|of|to go|left|ago)\b",
                                   re.IGNORECASE)
ONE_DAY_COUNTED_BEFORE = re.compile(r"\b(?:in|for|within|just|only|with|than|about|over|after|every)\s+$", re.IGNORECASE)


def _someday(ctx: Context) -> bool:
    """"China would one day dominate", "researchers hope one day to harness", "I hope I can be
    like that one day": "one day" as "someday", where it stands as an adverb of a verb still
    ahead, not as a count."""
    if ONE_DAY_COUNTED_AFTER.match(ctx.after(12)) or ONE_DAY_COUNTED_BEFORE.search(ctx.before(10)):
        return False
    span = ctx.span()
    if span is not None:
        doc = ctx.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and (before.tag_ == "MD" or before.lemma_.lower() == "hope"):
            return True  # "will one day be", "hope one day to harness"
        if after is not None and after.tag_ in ("VB", "VBZ", "VBP") and before is not None and before.pos_ in ("NOUN", "PROPN", "PRON"):
            return True  # "he one day follow in the footsteps"
    return ctx.tense() == "future"


def duration(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"six more years" -> P6Y, "two-week" -> P2W, "72 hours" -> PT72H, "several days" -> PXD."""
    unit = unit_code(groups.get("unit") or groups.get("bare"))
    if unit is None:
        return None
    mod = _amount_mod(groups)
    bare_after_in = groups.get("bare") and re.search(r"(?<![\w-])in\s+$", ctx.before(6), re.IGNORECASE)
    if bare_after_in and not SUPERLATIVE_IN.search(ctx.before(60)):
        return None  # "in years" is a stretch only after "the first time", "the worst": not "in years to come"
    if groups.get("bare") or groups.get("vnum"):
        return Resolution("DURATION", period(None, unit), mod=mod)
    if groups.get("suffix") and clean(groups["suffix"]) == "-old":
        return None  # ages ("a 6-year-old boy") are not time expressions in TimeML
    if not groups.get("num"):
        # "a day-long meeting": one unit; "the half-hour drive": half of one
        return Resolution("DURATION", period(with_halves(1, groups), unit), mod=mod)
    number_text = clean(groups["num"])
    amount = parse_number(number_text) if not groups.get("lownum") else None
    if unit == "S" and number_text in ("a", "an"):
        return None  # "a second group": the ordinal
    if unit == "Q" and amount is not None and re.match(r"\s+of\b", ctx.after(5)):
        return None  # "three quarters of its food": a fraction ("several quarters of losses" is time)
    if unit == "Q" and re.search(r"-quarters$", ctx.text[ctx.start:ctx.end], re.IGNORECASE):
        return None  # "as high as three-quarters": a hyphened plural is a fraction, not quarters of a year
    if unit == "Q" and amount == 1 and (FRACTION_AFTER.match(ctx.after(20)) or FRACTION_BY.search(ctx.before(30))):
        return None  # "fell by a quarter", "between a quarter and a third": fractions
    if re.fullmatch(r"(1[6-9]|20)\d\d", number_text) and not clean(groups["unit"]).endswith("s"):
        return None  # "the 1988 quarter": a year, not 1988 quarters
    amount = with_halves(amount, groups)
    if amount is not None and amount > 10000:
        return None
    if number_text == "one" and unit == "D" and _someday(ctx):
        return Resolution("DATE", "FUTURE_REF", anchor="t0")  # "will one day be"
    if number_text in ("a", "an") and RATE_BEFORE.search(ctx.before(40)):
        return None  # "$2 million a year": a rate
    trim = 0
    singular = not clean(groups["unit"]).endswith("s")
    if groups.get("the") and singular and amount not in (1, None):
        # "a five year low": the article belongs to "low"; the timex is "five year".
        matched = ctx.text[ctx.start:ctx.end]
        trim = len(matched) - len(matched[len(groups["the"]):].lstrip())
        trim = matched.lower().find(clean(groups["num"]).split(" ")[0]) if trim <= 0 else trim
    if unit == "WE" and amount is not None:
        return Resolution("DURATION", f"P{int(amount) * 2}D", mod=mod, trim_start=trim)
    return Resolution("DURATION", period(amount, unit), mod=mod, trim_start=trim)


def span(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"the past three years" -> P3Y, "the next few days" -> PXD, "the next fortnight" -> P2W (a
    stretch ending or starting now; a fortnight is no calendar unit, so "the past fortnight"
    is a length where "the past week" may be a week)."""
    if groups.get("single"):
        return Resolution("DURATION", period(1, unit_code(groups["single"])), anchor="t0")
    unit = unit_code(groups.get("unit") or groups.get("bare"))
    if unit is None:
        return None
    amount = parse_number(groups["num"]) if groups.get("num") and not groups.get("lownum") else None
    amount = with_halves(amount, groups)  # "the past seven-and-a-half years"
    mod = _amount_mod(groups)
    if clean(groups.get("rel")) == "early" and unit == "H" and re.match(r"\s+of\b", ctx.after(5)):
        return None  # "in the early hours of Sunday": a part of that day, which "Sunday" dates
    if groups.get("num") and amount is None and clean(groups["num"]) in ("a", "an"):
        amount = 1
    return Resolution("DURATION", period(amount, unit), anchor="t0", mod=mod)


ADVERB_PERIODS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M",
    "semiannually": "P6M", "semi-annually": "P6M",
}


def set_expression(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"every Monday" -> XXXX-WXX-1, "each July" -> XXXX-07, "annually" -> P1Y, "every two years" -> P2Y,
    "the first Monday of every month" -> P1M."""
    if groups.get("dom"):
        # "the first Monday of every month", "the 15th of each month": once a month
        return Resolution("SET", "P1M")
    if groups.get("adverb"):
        if RATE_BEFORE.search(ctx.before(40)) or AVERAGE_BEFORE.search(ctx.before(10)):
            return None  # "to rise 8.5% annually", "average daily volume": a rate
        named = groups["adverb"][0].isupper() or re.search(r"[a-z]\s+$", ctx.before(3))
        if named and re.match(r"\s+[A-Z][a-z]", ctx.after(4)):
            # "the Communist Party daily Granma", "the weekly Der Spiegel", "Daily Telegraph
            # reporters": a newspaper, not a repetition.
            return None
        return Resolution("SET", ADVERB_PERIODS[clean(groups["adverb"])])
    if groups.get("weekday"):
        return Resolution("SET", f"XXXX-WXX-{weekday_number(groups['weekday'])}")
    if groups.get("weekends") or (groups.get("unit") and unit_code(groups["unit"]) == "WE" and not groups.get("num")):
        # "on weekends", "every weekend": each week's; "every other weekend" repeats fortnightly
        return Resolution("SET", "P2W" if groups.get("other") else "XXXX-WXX-WE")
    if groups.get("month"):
        return Resolution("SET", f"XXXX-{month_number(groups['month']):02d}")
    if groups.get("season"):
        return Resolution("SET", f"XXXX-{lexicon().seasons[clean(groups['season'])]}")
    if groups.get("part"):
        return Resolution("SET", f"XXXX-XX-XXT{lexicon().parts_of_day[clean(groups['part'])]}")
    unit = unit_code(groups["unit"])
    if groups.get("times") or groups.get("timesword") or groups.get("countunit"):
        # "three times a week", "three days a week", "24 hours a day": the number counts the
        # events or the time they fill, the period is one week (TIMEX3 puts the count in freq).
        # "about 60 hours a week": the modifier bounds the count, which TIMEX3 keeps out of the value
        return Resolution("SET", period(1, unit))
    amount = parse_number(groups["num"]) if groups.get("num") else 1
    if clean(groups.get("every")) == "per" and unit not in ("Y", "M", "W", "D", "H", "Q"):
        return None
    if groups.get("other"):
        amount = 2
    if unit == "Q":
        return Resolution("SET", "P1Q" if amount == 1 else period(amount, unit))
    return Resolution("SET", period(amount, unit))


def vague(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"now" -> PRESENT_REF, "recently" -> PAST_REF, "the near future" -> FUTURE_REF."""
    found = lexicon().vague.get(clean(groups["vague"]))
    if found is None:
        return None
    kind, value = found
    if clean(groups["vague"]) == "now" and _discourse_now(ctx):
        return None
    if clean(groups["vague"]) == "soon" and not _soon_ahead_of_now(ctx):
        return None
    if clean(groups["vague"]) == "recently" and AS_RECENTLY_AS.search(ctx.before(4)) and re.match(r"\s+as\b", ctx.after(4)):
        return None  # "as recently as February": the date that follows is the time
    return Resolution(kind, value, anchor="t0")


def _soon_ahead_of_now(ctx: Context) -> bool:
    """"will soon begin", "expects sales to soon grow": the near future. Not "as soon as
    Tuesday" (the date that follows is the time), "soon after he was captured" (near another
    event), nor "the cash soon became a flood" (soon after a past event)."""
    if re.search(r"\bas\s+$", ctx.before(4), re.IGNORECASE) or re.match(r"\s+(?:as|after|afterwards?|thereafter)\b", ctx.after(14)):
        return False
    return ctx.tense() not in ("past", None)


def _discourse_now(ctx: Context) -> bool:
    """"Now, he says, ...": a sentence-opening "Now," with a comma marks a turn in the
    argument, not the present time (TimeML leaves it out); "Now officials say" keeps it."""
    opens = not ctx.before(3).strip() or ctx.before(3).rstrip()[-1:] in ".\"'`\n"
    return opens and ctx.after(1) == ","


NORMALISERS = {"duration": duration, "span": span, "set": set_expression, "vague": vague}
