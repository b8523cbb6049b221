"""The `dateline_time` pipeline component: find TIMEX3 expressions and normalise them.

It reads `doc._.dct` (a `datetime.date`) and writes `doc._.timexes`, a list of plain dicts
sorted by start: `{"start", "end", "text", "type", "value", "rule"}` plus `"anchor"` ("t0"
for the DCT, or "<text>@<offset>" of the earlier timex a value was computed from) and `"mod"`
(TIMEX3 mod: START, APPROX, ...) where they apply. Without a DCT, values that depend on it
keep their X placeholders (`XXXX-03-20`, `XXXX-WXX-2`).

>>> import spacy, datetime, dateline.extensions
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("dateline_time")
>>> doc = nlp.make_doc("Last week, Trump spoke."); doc._.dct = datetime.date(2018, 3, 20)
>>> [(t["text"], t["value"]) for t in nlp(doc)._.timexes]
[('Last week', '2018-W11')]
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

import dateline.extensions  # noqa: F401  (registers doc._.dct and doc._.timexes)
from dateline.time import resolve_amounts, resolve_days, resolve_points, resolve_relative, resolve_year_parts
from dateline.time.adjust import adjust_after_reading
from dateline.time.context import Context, Resolution
from dateline.time.grammar import grammar
from dateline.time.recognise import find_candidates, is_plausible

NORMALISERS = {
    **resolve_points.NORMALISERS,
    **resolve_days.NORMALISERS,
    **resolve_year_parts.NORMALISERS,
    **resolve_relative.NORMALISERS,
    **resolve_amounts.NORMALISERS,
}
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


class TimeComponent:
    """Recognise and normalise time expressions in a Doc (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "dateline_time"):
        self.name = name
        grammar()  # compile once, at pipeline construction, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_timexes(doc, doc._.dct)
        return doc


def find_timexes(doc: Doc, dct) -> list[dict]:
    """The timexes of `doc` as dicts, normalised against `dct` (a date, or None)."""
    context = Context(doc=doc, dct=dct, text=doc.text)
    for candidate in find_candidates(context.text):
        if not is_plausible(candidate, doc, context.text):
            continue
        context.start, context.end = candidate.start, candidate.end
        resolution = NORMALISERS[candidate.rule.normaliser](candidate.groups, context, candidate.rule.default_type)
        if resolution is None:
            continue
        if dct is None and resolution.anchor == "t0":
            resolution = mask_unknown_dct(resolution, candidate.groups)
        start = candidate.start + resolution.trim_start
        end = candidate.end - resolution.trim_end
        timex = {
            "start": start,
            "end": end,
            "text": context.text[start:end],
            "type": resolution.type,
            "value": resolution.value,
            "rule": candidate.rule.name,
        }
        if resolution.anchor:
            timex["anchor"] = resolution.anchor
        if resolution.mod:
            timex["mod"] = resolution.mod
        context.previous.append(timex)
        if resolution.shifted:
            context.shifted.add(start)
        if resolution.calendar_year and dct is not None:
            context.calendar_years.add(start)
    adjust_after_reading(context.previous, context.text, context.calendar_years, dct)
    return context.previous


def mask_unknown_dct(resolution: Resolution, groups: dict) -> Resolution:
    """Replace what came from the stand-in DCT with X, keeping what the text said.

    "Tuesday" -> XXXX-WXX-2, "March 20" -> XXXX-03-20, "last week" -> XXXX-WXX,
    "today" -> PRESENT_REF.
    """
    value, explicit = resolution.value, resolution.explicit
    if value in REFS or resolution.type in ("DURATION", "SET"):
        return Resolution(resolution.type, value, anchor=None, mod=resolution.mod, explicit=explicit,
                          trim_start=resolution.trim_start, trim_end=resolution.trim_end)
    date_part, _, time_part = value.partition("T")
    time_part = "T" + time_part if time_part and "time" in explicit else ""
    if "weekday" in explicit and re.fullmatch(r"\d{4}-\d\d-\d\d", date_part):
        from datetime import date

        masked = f"XXXX-WXX-{date.fromisoformat(date_part).isoweekday()}"
    elif re.fullmatch(r"\d{4}-\d\d-\d\d", date_part):
        if "day" in explicit:
            masked = "XXXX" + date_part[4:]
        elif not time_part and not explicit:
            groups_text = " ".join(str(v).lower() for v in groups.values() if v)
            masked = "PRESENT_REF" if "today" in groups_text else "XXXX-XX-XX"
        elif "month" in explicit:
            masked = f"XXXX-{date_part[5:7]}-XX"  # "the second Sunday of April": April, some day
        else:
            masked = "XXXX-XX-XX"
    elif re.fullmatch(r"\d{4}-\d\d", date_part):
        masked = "XXXX" + date_part[4:] if "month" in explicit else "XXXX-XX"
    elif re.fullmatch(r"\d{4}-W\d\d(-WE)?", date_part):
        masked = "XXXX-WXX" + date_part[8:]
    elif re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)", date_part):
        masked = "XXXX" + date_part[4:] if explicit & {"quarter", "season"} else "XXXX-" + date_part[5] + "X"
    elif re.fullmatch(r"\d{2,4}", date_part):
        masked = "X" * len(date_part)
    else:
        masked = date_part
    return Resolution(resolution.type, masked + time_part, anchor=None, mod=resolution.mod, explicit=explicit,
                      trim_start=resolution.trim_start, trim_end=resolution.trim_end)


@Language.factory("dateline_time", requires=["doc.ents", "token.dep", "token.tag"], assigns=["doc._.timexes"])
def make_time_component(nlp: Language, name: str) -> TimeComponent:
    """Factory behind `nlp.add_pipe("dateline_time")`."""
    return TimeComponent(nlp, name)
