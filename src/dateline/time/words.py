"""Turn the words a rule captured into numbers and codes, using the lexicon.

>>> parse_number("twenty four"), parse_number("2 1/2"), parse_number("several")
(24, 2.5, None)
"""

from __future__ import annotations

import re
from fractions import Fraction

from dateline.time.lexicon import lexicon

SPACES = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Lower-case, straight apostrophes, single spaces."""
    return SPACES.sub(" ", (text or "").lower().replace("’", "'")).strip()


def parse_number(text: str) -> int | float | None:
    """The value of a number written in digits or words; None for vague ones ("a few").

    >>> parse_number("a hundred thirty"), parse_number("1,000"), parse_number("two thousand")
    (130, 1000, 2000)
    """
    words = clean(text)
    numbers = lexicon().numbers
    if words in numbers:
        return numbers[words]
    if re.fullmatch(r"[\d,]+(\.\d+)?( \d/\d)?|\d/\d", words):
        whole, _, fraction = words.partition(" ")
        if "/" in whole:
            whole, fraction = "0", whole
        value = Fraction(whole.replace(",", "")) + (Fraction(fraction) if fraction else 0)
        return int(value) if value.denominator == 1 else float(value)
    total = current = 0
    for word in re.split(r"[\s-]+", words):
        if word == "and":
            continue
        value = numbers.get(word)
        if value is None:
            return None
        if word in ("dozen", "hundred"):
            current = (current or 1) * value  # "two dozen" is 24, "a dozen" 12
        elif value == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += value
    return total + current


def spoken_year(text: str) -> int | None:
    """A year said in words: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001.

    >>> spoken_year("nineteen ninety-four")
    1994
    """
    words = clean(text)
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].replace("and", "").strip()
        return 2000 + (parse_number(rest) or 0 if rest else 0)
    head, _, tail = words.partition(" ")
    century = lexicon().numbers.get(head)
    rest = parse_number(tail) if tail else None
    if century is None or rest is None or not 10 <= century <= 99 or not 0 <= rest <= 99:
        return None
    return century * 100 + rest


def month_number(text: str) -> int | None:
    return lexicon().months.get(clean(text))


def weekday_number(text: str) -> int | None:
    return lexicon().weekdays.get(clean(text))


def ordinal_number(text: str) -> int | None:
    words = clean(text)
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", words)
    return int(match.group(1)) if match else lexicon().ordinals.get(words)


def unit_code(text: str) -> str | None:
    return lexicon().units.get(clean(text))


def modifier(text: str | None) -> str | None:
    """The TIMEX3 mod of a modifier phrase ("nearly" -> LESS_THAN, "mid" -> MID)."""
    found = lexicon().modifiers.get(clean(text))
    return found[0] if found else None
