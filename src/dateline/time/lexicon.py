"""The word lists the recogniser and the normaliser share, read once per process from `data/`.

Each list is a small TSV file (`#` starts a comment line) so that adding a spelling ("Sept.",
"fortnight") is a data change, not a code change. `tests/time/test_data_files.py` validates
every row.

>>> lexicon().months["sept."]
9
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

DATA_PACKAGE = "dateline.time.data"


def read_rows(name: str) -> list[list[str]]:
    """The non-comment rows of a data file, split on tabs.

    >>> read_rows("seasons.tsv")[0]
    ['spring', 'SP']
    """
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


class Holiday(NamedTuple):
    """When a holiday falls: its rule within a year (see `holidays.tsv`), and the years it is
    held in, those with `year % every == remainder` (Super Tuesday: every 4 years, remainder 0).

    >>> lexicon().holidays["inauguration day"]
    Holiday(rule='01-20', every=4, remainder=1)
    """

    rule: str
    every: int
    remainder: int

    def held_in(self, year: int) -> bool:
        return year % self.every == self.remainder


def holiday_years(years: str) -> tuple[int, int]:
    """(every, remainder) from the years column: "every", "2n", "4n" or "4n+1"."""
    if years == "every":
        return 1, 0
    every, _, remainder = years.partition("n")
    return int(every), int(remainder or 0)


@dataclass(frozen=True)
class Lexicon:
    """Every vocabulary of the time stage, keyed by lower-cased word or phrase."""

    months: dict[str, int]
    weekdays: dict[str, int]
    capitalised_only: frozenset[str]  # words that are dates only when capitalised ("May", "March")
    numbers: dict[str, int | None]  # None for vague quantities ("several")
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    modifiers: dict[str, tuple[str, str]]  # phrase -> (TIMEX3 mod, "point" | "amount")
    vague: dict[str, tuple[str, str]]  # phrase -> (type, value)
    holidays: dict[str, Holiday]
    named_dates: dict[str, tuple[str, str]]  # name -> (TIMEX3 value, "alone" | "event")
    time_zones: tuple[str, ...]  # lower-cased zone names that may follow a clock time


@cache
def lexicon() -> Lexicon:
    """Load every word list once per process."""
    months, weekdays, capitalised = {}, {}, set()
    for word, number, case in read_rows("months.tsv"):
        months[word] = int(number)
        if case == "cap":
            capitalised.add(word)
    for word, number, case in read_rows("weekdays.tsv"):
        weekdays[word] = int(number)
        if case == "cap":
            capitalised.add(word)
    return Lexicon(
        months=months,
        weekdays=weekdays,
        capitalised_only=frozenset(capitalised),
        numbers={w: (None if v == "X" else int(v)) for w, v in read_rows("numbers.tsv")},
        ordinals={w: int(v) for w, v in read_rows("ordinals.tsv")},
        units=dict(read_rows("units.tsv")),
        seasons=dict(read_rows("seasons.tsv")),
        parts_of_day=dict(read_rows("parts_of_day.tsv")),
        modifiers={phrase: (mod, kind) for phrase, mod, kind in read_rows("modifiers.tsv")},
        vague={phrase: (kind, value) for phrase, kind, value in read_rows("vague.tsv")},
        holidays={name: Holiday(rule, *holiday_years(years)) for name, rule, years in read_rows("holidays.tsv")},
        named_dates={name: (value, context) for name, value, context in read_rows("named_dates.tsv")},
        time_zones=tuple(zone for zone, in read_rows("time_zones.tsv")),
    )


def alternation(words, whole_words: bool = True) -> str:
    r"""A regex matching any of `words` (whole words only), built as a trie.

    A trie ("jan(?:\.|uary\b|\b)") rather than a flat list ("january|jan.|jan") because
    the regex engine tries a flat alternation word by word at every position of the text; a
    trie rejects a position after one character. Longer words win over their prefixes.

    >>> alternation(["jan", "jan.", "january"])
    'jan(?:\\.|uary\\b|\\b)'
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return _trie_pattern(trie, "", whole_words)


def _trie_pattern(node: dict, previous: str, whole_words: bool) -> str:
    branches = []
    for char in sorted(c for c in node if c):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_pattern(node[char], char, whole_words))
    if "" in node:
        # A word ending in a letter or digit must end there ("jan" is not "janitor").
        branches.append(r"\b" if previous.isalnum() and whole_words else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
