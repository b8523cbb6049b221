"""Quotation marks, read paragraph by paragraph.

A paragraph is the text between line breaks. Marks are paired inside one paragraph only, so a
stray or missing mark costs at most the paragraph it is in. One exception follows the
typographic convention for long quotations: a paragraph that opens a quotation and does not
close it, followed by a paragraph that opens with a quotation mark, quotes to its end.

Curly double marks open or close by shape; straight double marks (and the doubled apostrophe
'' some outlets use) toggle. Single marks nest inside double ones and are ignored there; a
paragraph with no double marks may quote with single curly marks (British style).
Quotation dashes ("— We will win, he said.") open a quotation at the start of a paragraph.

>>> [(q.start, q.end) for q in find_quotations('He said: “Yes.” Then “no”.')]
[(9, 15), (21, 25)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
QUOTATION_DASHES = "—–"


@dataclass(frozen=True)
class Quotation:
    """Characters [start, end) of one quotation, marks included, inside one paragraph."""

    start: int
    end: int
    paragraph_start: int
    paragraph_end: int
    closed: bool = True

    @property
    def opens_paragraph(self) -> bool:
        return self.start == self.paragraph_start

    @property
    def fills_paragraph(self) -> bool:
        return self.start == self.paragraph_start and self.end >= self.paragraph_end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, white space trimmed."""
    spans, position = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in `text`, in order."""
    spans = paragraphs(text)
    found: list[Quotation] = []
    for index, (start, end) in enumerate(spans):
        next_opens = index + 1 < len(spans) and _opens_with_mark(text, spans[index + 1][0])
        found.extend(_paragraph_quotations(text, start, end, next_opens))
    return found


def _opens_with_mark(text: str, position: int) -> bool:
    return text[position] in OPENING_DOUBLE + STRAIGHT_DOUBLE or text.startswith("''", position)


# Every double mark in one scan (the C regex engine, not a Python loop over characters); the
# doubled apostrophe and doubled backquote are matched as one mark.
DOUBLE_MARK = re.compile("[" + OPENING_DOUBLE + CLOSING_DOUBLE + STRAIGHT_DOUBLE + "]|''|``")
SINGLE_MARK = re.compile("[‘’]")


# Markup left in a text (`<tweet id="7681" author="@AP">`): its attribute values are not quotations.
TAG = re.compile(r"<[A-Za-z/][^<>\n]*>")


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(position, length, role) of each double mark; role is open, close or toggle. Marks
    inside markup tags are skipped."""
    marks = []
    tags = [(m.start(), m.end()) for m in TAG.finditer(text, start, end)] if "<" in text[start:end] else []
    for match in DOUBLE_MARK.finditer(text, start, end):
        if tags and any(s <= match.start() < e for s, e in tags):
            continue
        char = match.group()
        if char in OPENING_DOUBLE or char == "``":
            role = "open"
        elif char in CLOSING_DOUBLE:
            # A closing mark before a word and after a space or the paragraph's start is a
            # misprinted opening one ("”Fear. I am afraid.”").
            position = match.start()
            before_space = position == start or text[position - 1].isspace()
            role = "open" if before_space and position + 1 < end and text[position + 1].isalnum() else "close"
        else:
            role = "toggle"  # " and ''
        marks.append((match.start(), len(char), role))
    return marks


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Curly single marks that can only be quotation marks: ‘ after a space opens; ’ closes
    when followed by a space or punctuation and not preceded by a space (an apostrophe inside a
    word, "don’t", is followed by a letter)."""
    marks = []
    for match in SINGLE_MARK.finditer(text, start, end):
        position = match.start()
        char = text[position]
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if char == "‘" and not before.isalnum():
            marks.append((position, 1, "open"))
        elif char == "’" and not after.isalnum() and not before.isspace():
            marks.append((position, 1, "close"))
    return marks


def _paragraph_quotations(text: str, start: int, end: int, next_opens: bool) -> list[Quotation]:
    if text[start] in QUOTATION_DASHES and start + 1 < end and text[start + 1] == " ":
        return [_dash_quotation(text, start, end)]
    marks = _double_marks(text, start, end)
    if not marks:
        marks = _single_marks(text, start, end)
        # Single marks pair only in order: a lone ’ is an apostrophe ("voters’ choice").
        next_opens = False
    found: list[Quotation] = []
    open_at: int | None = None
    for position, length, role in marks:
        if role == "open" or (role == "toggle" and open_at is None):
            open_at = position  # a second opening mark means the first was never closed
        elif open_at is not None:
            found.append(Quotation(open_at, position + length, start, end))
            open_at = None
    if open_at is not None and next_opens and end - open_at > 1 and _introduces_long_quotation(text, start, open_at):
        found.append(Quotation(open_at, end, start, end, closed=False))
    return found


def _introduces_long_quotation(text: str, paragraph_start: int, position: int) -> bool:
    """A quotation running on to the next paragraph opens its paragraph or follows a colon or
    comma ("told reporters: “…"); an opening mark mid-sentence that never closes is a typo."""
    lead = text[paragraph_start:position].rstrip()
    return not lead or lead[-1] in ":,"


def _dash_quotation(text: str, start: int, end: int) -> Quotation:
    """'— We will win, — he said.' quotes up to the next dash, or the whole paragraph."""
    close = -1
    for dash in QUOTATION_DASHES:
        found = text.find(" " + dash + " ", start + 2, end)
        if found != -1 and (close == -1 or found < close):
            close = found
    return Quotation(start, close if close != -1 else end, start, end)
