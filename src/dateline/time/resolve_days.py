"""Normalisers for days and times of day: "Tuesday", "Sunday night", "today", "tonight",
"overnight", "8:53 p.m.", "today is the eighth day". A bare weekday takes its direction from the
tense of its sentence (past "on Tuesday" is the latest Tuesday, future the next)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from dateline.time.context import Context, Resolution, anchor_of
from dateline.time.date_arithmetic import nearest_weekday
from dateline.time.lexicon import lexicon
from dateline.time.resolve_shared import BACKWARD, DAY_VALUE, FORWARD, clock_suffix, deictic_date, point_mod, word_list
from dateline.time.tense import PRESENT_BE, auxiliaries_of
from dateline.time.words import clean, modifier, parse_number, weekday_number


def weekday_date(weekday: int, ctx: Context, rel: str | None) -> tuple[date, str]:
    """The date of a named weekday and its anchor ("t0", or the earlier timex for "the previous Friday")."""
    rel = clean(rel) or None
    base, anchor = ctx.reference, "t0"
    if rel in ("the previous", "the following"):
        earlier = ctx.last_timex(DAY_VALUE, within=1500)
        if earlier is not None:
            base, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    if rel is None:
        listed = _weekday_listed_before(ctx)
        if listed is not None:
            # "next Monday and Tuesday", "on Saturday and Sunday", "Friday and Thursday": days
            # of one run, so the one nearest the weekday listed before it; the end of a range
            # ("Wednesday through Sunday") comes after its start.
            before_it = date.fromisoformat(listed["value"][:10])
            after, earlier = (nearest_weekday(before_it, weekday, way) for way in ("after", "before"))
            if before_it <= ctx.reference < after and ctx.tense() == "past":
                return earlier, anchor_of(listed)  # "met on Tuesday and Thursday", told on Tuesday
            if RANGE_JOINER.search(ctx.text[listed["end"]:ctx.start]) or after - before_it <= before_it - earlier:
                return after, anchor_of(listed)
            return earlier, anchor_of(listed)
    if rel in BACKWARD:
        return nearest_weekday(base, weekday, "before"), anchor
    if rel in FORWARD:
        return nearest_weekday(base, weekday, "after"), anchor
    if EVE_OF.search(ctx.before(40)):
        # "The expulsions came on the eve of Sunday's election", written on Saturday: the eve
        # is the day before, and what happened on it happened by today, so the day is at the
        # latest tomorrow ("will arrive on the eve of Tuesday's vote": at the earliest).
        tomorrow = base + timedelta(days=1)
        return nearest_weekday(tomorrow, weekday, "future" if ctx.tense() == "future" else "past"), anchor
    if AHEAD_OF_AN_EVENT.search(ctx.before(60)) and (ctx.tense() != "past" or ctx.in_present_perfect()):
        # "Polls show Trump trailing just ahead of Tuesday's vote", "the race has turned nasty
        # ahead of New York's Tuesday primary": not yet held. In a past-tense clause it may be
        # either ("ahead of Friday's meeting, France proposed").
        return nearest_weekday(base, weekday, "future"), anchor
    if re.match(r"['’]s\b", ctx.after(3)):
        # "Monday's debate" names an event: ahead only when the verb says so ("will", "expect
        # to"); "the impact of Monday's debate is small", "is raising questions about
        # Monday's debate", "ahead of Friday's meeting, France proposed" look back.
        tense = ctx.tense(firm=True)
        if tense == "future" and _names_the_subject(ctx):
            return nearest_weekday(base, weekday, "nearest"), anchor
        if tense == "present" and _where_the_verb_holds(ctx):
            return nearest_weekday(base, weekday, "future"), anchor
        return nearest_weekday(base, weekday, "future" if tense == "future" else "past"), anchor
    # News reports what happened: with no tense to go by, a bare weekday is the latest one.
    direction = {"past": "past", "future": "future", "present": "nearest"}.get(ctx.tense(within_a_week=True), "past")
    if direction == "future" and _names_the_subject(ctx):
        direction = "nearest"
    return nearest_weekday(base, weekday, direction), anchor


def _where_the_verb_holds(ctx: Context) -> bool:
    """"is running in Tuesday's primary", "needs a win in Tuesday's primary": the event is where
    a present-tense verb holds, so it is still to come ("the impact of Monday's debate is
    small", "questions about problems during Monday's debate" look back)."""
    span = ctx.span()
    if span is None or span.root.dep_ != "poss":
        return False
    event = span.root.head
    if event.dep_ != "pobj" or event.head.lower_ not in ("in", "into"):
        return False
    verb = event.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "is facing a tough fight in Tuesday's primary"
    # Only a finite present ("needs", "is running"): a bare participle ("heading into
    # Tuesday's primaries, Clinton had") or a noun ("his victory in") says nothing of when.
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(
        word in PRESENT_BE for word, _ in auxiliaries_of(verb)))


def _names_the_subject(ctx: Context) -> bool:
    """The weekday dates the subject of its verb ("Monday's decision will make the choice
    clearer", "his address Sunday about terrorism will shape the race"): a future verb says
    what the event will do, not when it happens, so the event may as well be just past
    ("Tuesday's primary will decide the race", written on Friday, is the coming one: the
    nearest Tuesday either way)."""
    span = ctx.span()
    if span is None:
        return False
    root = span.root
    if root.dep_ not in ("poss", "npadvmod", "compound", "nmod", "pobj"):
        return False
    # up through the subject's own phrases: "Scenes from Trump's rally at the Coliseum Tuesday
    # will keep him awake"
    noun = root.head
    for _ in range(6):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return noun.pos_ in ("NOUN", "PROPN")
        if noun.dep_ not in ("pobj", "prep", "poss", "compound") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


# "ahead of Tuesday's vote", "ahead of New York's delegate-rich Tuesday primary"; not "before",
# which states an order, not an expectation ("Nestle's share before Friday's purchases is").
AHEAD_OF_AN_EVENT = re.compile(r"\b(?:ahead of|in advance of|in the run-up to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                               re.IGNORECASE)


# What may stand between two weekdays of one list: "Monday and Tuesday", "Friday or on Saturday".
RANGE_JOINER = re.compile(r"\b(?:to|through)\b|[-–]")
EVE_OF = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
WEEKDAY_LIST_JOINER = re.compile(r"\s*(?:(?:,|,?\s*and|,?\s*or|to|through)\s+|[-–]\s*)(?:on\s+)?", re.IGNORECASE)


WEEKDAY_SET_VALUE = re.compile(r"XXXX-WXX-\d")


def _weekday_listed_before(ctx: Context, value: re.Pattern = DAY_VALUE) -> dict | None:
    """The weekday this one follows in a list, if any: a dated one, or with
    `WEEKDAY_SET_VALUE` one that repeats ("every Tuesday and Thursday")."""
    if not ctx.previous:
        return None
    previous = ctx.previous[-1]
    if previous["rule"] not in ("weekday", "set_every") or not value.match(previous["value"]):
        return None
    if not WEEKDAY_LIST_JOINER.fullmatch(ctx.text[previous["end"]:ctx.start]):
        return None
    return previous


def weekdays_ago(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"two Fridays ago": the Friday a week before last Friday."""
    weeks_back = int(parse_number(groups["count"])) - 1
    last = nearest_weekday(ctx.reference, weekday_number(groups["plural"][:-1]), "before")
    return Resolution("DATE", (last - timedelta(weeks=weeks_back)).isoformat(), anchor="t0",
                      explicit=frozenset({"weekday"}))


# "on Monday and Tuesday nights": a second weekday and the part of the day it may share.
NEXT_WEEKDAY_AND_PART = re.compile(r"\s+(?:and|or)\s+(\w+)\s+(\w+)\b")


def weekday(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """Named weekdays: "Tuesday", "last Friday", "Sunday night", "Mondays" (a set)."""
    plural = groups.get("plural")
    number = weekday_number(plural[:-1] if plural else groups["weekday"])
    part = groups.get("part")
    suffix = clock_suffix(groups) or ""
    if not (plural or suffix):  # no part of the day of its own
        part = _part_shared_with_next_weekday(ctx)
        suffix = clock_suffix({"part": part}) or ""
    if plural or (part and clean(part).endswith("s")) or _weekday_listed_before(ctx, WEEKDAY_SET_VALUE):
        # "Mondays", "Monday nights", and "Thursday" in "every Tuesday and Thursday"
        return Resolution("SET", f"XXXX-WXX-{number}{suffix}", explicit=frozenset({"weekday"}))
    point, anchor = weekday_date(number, ctx, groups.get("rel"))
    kind = "TIME" if suffix else "DATE"
    return Resolution(kind, point.isoformat() + suffix, anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"weekday", "time"}))


def _part_shared_with_next_weekday(ctx: Context) -> str | None:
    """"on Monday and Tuesday nights": a plural part of the day belongs to both weekdays."""
    found = NEXT_WEEKDAY_AND_PART.match(ctx.after(30))
    if found is None or weekday_number(found.group(1)) is None:
        return None
    part = clean(found.group(2))
    return part if part.endswith("s") and part in lexicon().parts_of_day else None


def deictic(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """today, yesterday, tomorrow, tonight, this morning, last night, that evening."""
    dct, anchor = ctx.reference, "t0"
    suffix = clock_suffix(groups)
    rel = clean(groups.get("rel"))
    if groups.get("deictic"):
        word = clean(groups["deictic"])
        if word in ("today", "tomorrow") and not suffix and _generic_era(ctx):
            return None
        point = deictic_date(word, dct)
        if word == "tonight":
            suffix = "TNI"
    elif not rel and _names_a_genre(ctx):
        return None
    elif rel == "that":
        earlier = ctx.last_timex(DAY_VALUE)
        if earlier is None:
            return None
        point, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    elif groups.get("the_part"):
        # "Stocks fell Friday. Dealers bought heavily in the morning": that day's morning; with
        # no day just named, or in the present ("he jogs in the morning"), no time at all.
        earlier = ctx.last_timex(DAY_VALUE, within=300)
        if earlier is None or ctx.tense() == "present":
            return None
        point, anchor = date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    else:
        point = dct - timedelta(days=1) if rel == "last" else dct
    if not suffix:
        return Resolution("DATE", point.isoformat(), anchor=anchor, mod=point_mod(groups))
    return Resolution("TIME", point.isoformat() + suffix, anchor=anchor, mod=point_mod(groups),
                      explicit=frozenset({"time"}))


def overnight(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"overnight": the night before the day the story is at ("London shares fell on Friday
    after overnight losses in New York"), or the coming night in the future tense."""
    span = ctx.span()
    if span is not None and span.root.head.lemma_.lower() in word_list("sudden_change_verbs.tsv"):
        return None  # "it won't happen overnight": suddenly, not at night
    if span is not None and any(child.dep_ == "neg" for child in span.root.head.children):
        return None  # "you can't do that overnight": what takes long is denied, not a night
    earlier = ctx.last_timex(DAY_VALUE, within=300)
    day, anchor = (date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)) if earlier else (ctx.reference, "t0")
    if earlier is not None and earlier["value"].endswith("T24:00"):
        day += timedelta(days=1)  # a midnight (T24:00) already opens the next day
    if ctx.tense() != "future":
        day -= timedelta(days=1)
    return Resolution("TIME", f"{day.isoformat()}TNI", anchor=anchor, explicit=frozenset({"time"}))


def _heads_modified(token: Token) -> list[Token]:
    """The nouns a modifier chain starting at `token` runs through, nearest first ("late
    night talk show host": show, host)."""
    heads = []
    while token.dep_ in ("amod", "compound") and token.head.i > token.i:
        token = token.head
        heads.append(token)
    return heads


def _modified_noun(token: Token) -> Token:
    """The noun a modifier chain starting at `token` ends in ("late night talk show host" -> host)."""
    heads = _heads_modified(token)
    return heads[-1] if heads else token


def _names_a_genre(ctx: Context) -> bool:
    """"a late-night show", "late-night comedians": a kind of thing, not a time of day."""
    span = ctx.span()
    if span is None:
        return False
    # Any noun of the chain counts: "late night talk show host Seth Meyers".
    genres = word_list("genre_nouns.tsv")
    return any(head.lemma_.lower() in genres for head in _heads_modified(span[-1]))


def _generic_era(ctx: Context) -> bool:
    """"today's world", "the people of tomorrow": an era, not a day ("today's editions" is one)."""
    span = ctx.span()
    if span is None:
        return False
    doc, last = ctx.doc, span[-1]
    if last.i + 2 < len(doc) and doc[last.i + 1].tag_ == "POS":
        return _modified_noun(doc[last.i + 2]).lemma_.lower() in word_list("generic_nouns.tsv")
    first = span[0]
    if first.i < 2 or doc[first.i - 1].lower_ != "of" or first.dep_ != "pobj":
        return False
    # the noun "of" hangs from, also past a closing quote ('the "ambush journalist" of today')
    return doc[first.i - 2].pos_ == "NOUN" or (doc[first.i - 2].is_quote and doc[first.i - 1].head.pos_ == "NOUN")


def clock(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """A bare clock time ("at 7:15 p.m.") happens on the DCT unless a day word follows."""
    if groups.get("hour24") and not re.search(r"[A-Z]{3}|\blocal time\b", ctx.text[ctx.start:ctx.end]):
        return None  # "3:30" alone is as likely a score or a ratio as a time; "15:30 GMT" is one
    point, anchor = ctx.reference, "t0"
    if groups.get("deictic"):
        point = deictic_date(groups["deictic"], ctx.reference)
    elif (named := _day_of_sentence(ctx)) is not None:
        point, anchor = named
    elif clean(groups.get("clockword")) == "midnight" and ctx.tense() == "past":
        # Midnight of the DCT (T24:00) ends the day the paper comes out: told in the past
        # ("shortly after midnight, the nomination was made") it is the one that began it.
        point = ctx.reference - timedelta(days=1)
    suffix = clock_suffix(groups)
    part = clean(groups.get("part2"))
    if groups.get("oclock") and part in ("afternoon", "evening", "night") and int(groups["oclock"]) < 12:
        suffix = f"T{int(groups['oclock']) + 12:02d}:00"  # "6 o'clock this afternoon"
    return Resolution("TIME", point.isoformat() + suffix, anchor=anchor, mod=modifier(groups.get("amod")),
                      explicit=frozenset({"time"}))


WEEKDAY_NAME = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _day_of_sentence(ctx: Context) -> tuple[date, str] | None:
    """The day a clock time falls on, with its anchor: a weekday named in its sentence ("at
    about 10:35 a.m. (0735 GMT) Friday"), else a date named earlier in it; None when the
    sentence names no day."""
    span = ctx.span()
    if span is not None and ctx.doc.has_annotation("SENT_START"):
        sentence = span.sent
        # The parser may end the sentence early ("... 10:35 a.m. (0735 GMT) Friday"), so the
        # words just after the clock count too, up to a full stop.
        start = sentence.start_char
        end = max(sentence.end_char, ctx.end + len(re.split(r"[.!?]\s", ctx.after(30))[0]))
        # A weekday far off in a long sentence dates something else ("6 p.m. Trump is
        # raising questions about what Clinton said on Monday"): only a near one counts.
        names = [m for m in WEEKDAY_NAME.finditer(ctx.text, start, end)
                 if m.start() - ctx.end < 60 and ctx.start - m.end() < 60]
        if names:
            nearest = min(names, key=lambda m: abs(m.start() - ctx.start))
            # A weekday already dated as part of a full date ("Wednesday, March 2, at 10:30
            # a.m."): the clock shares that date, not the weekday's nearest occurrence.
            for timex in ctx.previous:
                if timex["start"] <= nearest.start() < timex["end"] and DAY_VALUE.match(timex["value"]):
                    return date.fromisoformat(timex["value"][:10]), anchor_of(timex)
            return weekday_date(weekday_number(nearest.group()), ctx, None)[0], "t0"
        earlier = ctx.last_timex(DAY_VALUE, within=ctx.start - sentence.start_char)
        if earlier is not None:
            return date.fromisoformat(earlier["value"][:10]), anchor_of(earlier)
    return None


TODAY_IS = re.compile(r"\b(?:today|it|this)\s*(?:is|['’]s)\s+$", re.IGNORECASE)


def nth_day_today(groups: dict, ctx: Context, default_type: str) -> Resolution | None:
    """"Today is the eighth day of the operation", "It's the second day of the offensive":
    the DCT. Any other "the second day" counts from an event the text does not date."""
    if not TODAY_IS.search(ctx.before(12)):
        return None
    return Resolution("DATE", ctx.reference.isoformat(), anchor="t0")


NORMALISERS = {
    "weekday": weekday,
    "weekdays_ago": weekdays_ago,
    "nth_day_today": nth_day_today,
    "deictic": deictic,
    "overnight": overnight,
    "clock": clock,
}
