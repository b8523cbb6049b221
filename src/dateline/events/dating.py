"""When an event happened: the time expression governing its clause, else the publication date.

"Last week, the administration accused Moscow ..." hangs "Last week" on the verb above the trigger,
so the accusation is dated 2018-W11 with week precision. The walk goes from the trigger up through
its ancestors; the first time expression attached to one of them (as a temporal modifier or the
object of a temporal preposition) wins. Reference-only values (PAST_REF, FUTURE_REF) and unresolved
ones fall back to the publication date.

>>> precision_of("2018-W11"), precision_of("2018-03-20"), precision_of("2017-01")
('week', 'day', 'month')
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

PRECISIONS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
)
TEMPORAL_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl", "nmod:tmod", "prep", "pobj", "dobj"})


def precision_of(value: str) -> str | None:
    """The granularity of a TIMEX3 date value, or None when it names no calendar date."""
    for pattern, name in PRECISIONS:
        if pattern.match(value):
            return name
    return None


def timex_owners(doc: Doc) -> dict[int, dict]:
    """Token index -> the dated (DATE or TIME) timex covering it, for timexes with a calendar value."""
    owners: dict[int, dict] = {}
    for timex in doc._.timexes or []:
        if timex.get("type") not in ("DATE", "TIME") or not precision_of(str(timex.get("value") or "")):
            continue
        span = doc.char_span(timex["start"], timex["end"], alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                owners.setdefault(i, timex)
    return owners


def governing_timex(head: Token, owners: dict[int, dict]) -> dict | None:
    """The timex attached to the trigger's clause or to a clause above it."""
    if not owners:
        return None
    token = head
    for _ in range(8):
        for child in token.children:
            if child.dep_ not in TEMPORAL_DEPS:
                continue
            if child.i in owners:
                return owners[child.i]
            if child.dep_ == "prep":  # "on Tuesday", "in March"
                for grandchild in child.children:
                    if grandchild.i in owners:
                        return owners[grandchild.i]
        if token.head.i == token.i:
            break
        token = token.head
    return None


def event_date(head: Token, owners: dict[int, dict], dct, sentence=None) -> tuple[str | None, str | None, dict | None]:
    """(date value, precision, timex used or None) for the trigger headed by `head` (in `sentence`, a Span,
    when the caller has it: a sentence without a dated timex needs no walk)."""
    if sentence is not None and not any(sentence.start <= i < sentence.end for i in owners):
        timex = None
    else:
        timex = governing_timex(head, owners)
    if timex is not None:
        value = str(timex["value"])
        if value.startswith("T") or "T" in value[10:11]:
            value = value[:10]
        return value, precision_of(value), timex
    if dct is None:
        return None, None, None
    return dct.isoformat(), "day", None
