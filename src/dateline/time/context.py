"""What a normaliser may look at besides the words it matched.

A `Context` holds the document, its creation time (DCT) and the timexes already resolved in
this document, so "a year earlier" can lean on the quarter just mentioned and "two days later"
on the date before it. `Resolution` is what a normaliser returns.

>>> Resolution("DATE", "2018-W11", anchor="t0").type
'DATE'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from dateline.time.tense import ends_a_past_state, forward_cues, in_past_perfect, in_present_perfect, tense_at

# The DCT stand-in when a document has none: values computed from it are masked with X.
PLACEHOLDER_DCT = date(2000, 6, 15)
CONCRETE_VALUE = re.compile(r"\d{4}(?:-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI))*(?:-\d\d)?(?:T.*)?$")


@dataclass
class Resolution:
    """A normalised TIMEX3: type, value and where the value came from."""

    type: str
    value: str
    anchor: str | None = None  # "t0" for the DCT, "<text>@<offset>" for an earlier timex
    mod: str | None = None
    # Parts of the value read from the text itself (kept when an unknown DCT is masked).
    explicit: frozenset[str] = frozenset()
    # Characters to drop from the front of the match ("a five year low" -> "five year").
    trim_start: int = 0
    # Characters to drop from the end ("three days later" -> "three days").
    trim_end: int = 0
    # True when the value moves an earlier timex ("a year earlier"): not itself an anchor.
    shifted: bool = False
    # True when the year of a month named without one was left to the calendar (no tense,
    # no "last"/"next"): a mention of the same month elsewhere may settle it.
    calendar_year: bool = False


# Phrases that reach back to a time ("dating as far back as June", "way back in October"); a
# bare "back in" does not ("we will come back in November").
LOOKING_BACK_TO = re.compile(r"\b(?:as far back as|way back in|dating back to|going back to|dates back to)\s+$",
                             re.IGNORECASE)


@dataclass
class Context:
    doc: Doc
    dct: date | None
    text: str = ""  # doc.text, read once: spaCy rebuilds it from the tokens on every access
    previous: list[dict] = field(default_factory=list)
    shifted: set[int] = field(default_factory=set)  # starts of timexes computed by shifting another
    calendar_years: set[int] = field(default_factory=set)  # starts of timexes whose year the calendar chose
    start: int = 0
    end: int = 0

    @property
    def reference(self) -> date:
        """The DCT, or a stand-in whose contribution is masked afterwards."""
        return self.dct or PLACEHOLDER_DCT

    def tense(self, firm: bool = False, within_a_week: bool = False) -> str | None:
        """The direction the governing verb points; "since" and "as far back as" overrule it.

        firm: only an explicit future counts as one (see `tense.verb_tense_from_tags`);
        within_a_week: see `tense.tense_at`."""
        if self.follows_since() or LOOKING_BACK_TO.search(self.before(24)):
            return "past"
        # Case-sensitive: "until Tuesday" looks ahead; a sentence that opens "Until Thursday,
        # they had not..." looks back.
        before = " ".join(self.before(24).split())
        cue = next((cue for cue in forward_cues()[1] if before.endswith(" " + cue)), None)
        if cue and not in_past_perfect(self.doc, self.start, self.end) and not (
                cue == "until" and ends_a_past_state(self.doc, self.start, self.end)):
            # "as early as Tuesday", "gave them until 9 a.m. Tuesday"; not "had been paying
            # rent until May", over before the telling, nor "stayed until Friday".
            return "future"
        return tense_at(self.doc, self.start, self.end, firm, within_a_week)

    def in_present_perfect(self) -> bool:
        """True when the governing verb is in the present perfect ("has turned")."""
        return in_present_perfect(self.doc, self.start, self.end)

    def follows_since(self) -> bool:
        """True when the match comes right after "since" ("since Jan. 13", "since year-end")."""
        return bool(re.search(r"\bsince\s+$", self.before(8), re.IGNORECASE))

    def span(self):
        """The tokens of the current match (a spaCy Span, or None when it splits no tokens)."""
        return self.doc.char_span(self.start, self.end, alignment_mode="expand")

    def before(self, chars: int = 40) -> str:
        return self.text[max(0, self.start - chars):self.start]

    def after(self, chars: int = 40) -> str:
        return self.text[self.end:self.end + chars]

    def last_timex(self, pattern: re.Pattern | None = None, within: int = 600, primary: bool = True,
                   upto: str | None = None, skip: Callable[[dict], bool] | None = None) -> dict | None:
        """The latest earlier timex (within `within` characters) whose value matches `pattern`.

        primary: skip timexes that were themselves computed from another timex, so that
        "a year earlier" after "a year earlier" does not walk back two years.
        upto: skip values after this one (compared as text, so of one format: "1989-Q3").
        skip: pass over the timexes for which it is true.
        """
        for timex in reversed(self.previous):
            if self.start - timex["end"] > within:
                return None
            if primary and timex["start"] in self.shifted:
                continue
            if upto is not None and timex["value"] > upto:
                continue
            if skip is not None and skip(timex):
                continue
            if pattern is None or pattern.match(timex["value"]):
                return timex
        return None

    def same_sentence(self, timex: dict) -> bool:
        """True when `timex` lies in the sentence of the current match."""
        span = self.span()
        if span is None or not self.doc.has_annotation("SENT_START"):
            return self.start - timex["end"] < 150
        return span.sent.start_char <= timex["start"]


def anchor_of(timex: dict) -> str:
    return f"{timex['text']}@{timex['start']}"
