"""Compile the recogniser grammar (`data/patterns.tsv`) into one regular expression.

Every rule becomes one named branch `(?P<r12>...)` of a single alternation, its inner groups
renamed `r12_month`, `r12_day`, ... so that one left-to-right pass over the text finds every
candidate, and `match.lastgroup` (the outermost group closes last) names the rule that fired.
The expression is built once per process; nothing is compiled per document.

>>> rule, groups = match_rule(grammar().regex.search("on March 20, 2018 the"))
>>> rule.name, groups["month"], groups["day"], groups["year"]
('month_day_year', 'March', '20', '2018')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.time.lexicon import alternation, lexicon, read_rows

MACRO = re.compile(r"\{([A-Z]+)(?::([a-z0-9_]+))?\}")
GROUP = re.compile(r"\(\?P<([a-z0-9_]+)>")


@dataclass(frozen=True)
class Rule:
    """One line of `patterns.tsv`."""

    index: int
    name: str
    normaliser: str
    default_type: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Grammar:
    regex: re.Pattern
    rules: dict[str, Rule]  # keyed by the branch name "r12"


def macro_bodies() -> dict[str, str]:
    """Regex bodies for each {MACRO}; the caller wraps them in a named group."""
    lex = lexicon()
    # A vague number after "as" ("the third in as many weeks") repeats one already given: no
    # amount of its own.
    vague_numbers = [w for w, v in lex.numbers.items() if v is None]
    # "a"/"an" count only alone ("a year") or before a multiplier ("a hundred years");
    # "a two-hour meeting" is the article, not 1 + 2.
    # "another" likewise, and alone it is a length of time only after "for" or "wait" ("for
    # another month"; not "just another day", "in another year", "pay another quarter").
    exact_words = [w for w, v in lex.numbers.items() if v is not None and w not in ("a", "an", "another")]
    number_word = alternation(exact_words)
    multiplier = alternation([w for w, v in lex.numbers.items() if v in (100, 1000, 12)])
    point_mods = [p for p, (_, kind) in lex.modifiers.items() if kind == "point"]
    amount_mods = [p for p, (_, kind) in lex.modifiers.items() if kind == "amount"]
    return {
        "MONTH": alternation(lex.months),
        "WEEKDAY": alternation(lex.weekdays),
        "NUM": (
            r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|"
            rf"(?:an?\s+(?:{multiplier})|{number_word})(?:(?:\s+and\s+|\s+|-)(?:{number_word}))*|"
            rf"(?<!\bas\s){alternation(vague_numbers)}|an?\b|(?:(?<=\bfor\s)|(?<=\bwait\s))another\b"
        ),
        "ORD": alternation(lex.ordinals) + r"|\d{1,2}(?:st|nd|rd|th)\b",
        "UNIT": alternation(lex.units),
        "SEASON": alternation(lex.seasons),
        "PART": alternation(lex.parts_of_day),
        "HOLIDAY": alternation(lex.holidays).replace("'", "['’]"),
        "NAMEDALONE": alternation([n for n, (_, context) in lex.named_dates.items() if context == "alone"]),
        "NAMEDEVENT": alternation([n for n, (_, context) in lex.named_dates.items() if context == "event"]),
        "VAGUE": alternation(lex.vague),
        "AMOD": alternation(amount_mods),
        "PMOD": alternation(point_mods),
        "YEAR": r"(?:1[6-9]|20)\d\d",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
    }


# Macros that expand to several groups, or to none: written out here because their inner
# structure (hour, minute, am/pm) is what the normaliser reads.
COMPOUND_MACROS = {
    "CLOCK": (
        # "11: 06 a.m.": a stray space after the colon, as typed in live blogs
        r"(?:(?P<hour>1[0-2]|0?[1-9])(?:(?:[:.]|:\s)(?P<minute>[0-5]\d))?\s?"
        r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)|(?P<oclock>1[0-2]|0?[1-9])\s+o['’]clock\b"
        r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b|(?<!high\s)(?P<clockword>noon|midnight|midday)\b)"
    ),
    "TZ": "(?:" + alternation(lexicon().time_zones) + ")",
    "ORDWORDS": alternation(lexicon().ordinals),
}


def expand(pattern: str, bodies: dict[str, str]) -> str:
    """Replace macros and make literal spaces flexible (`{PMOD}` carries its own separator)."""
    pattern = pattern.replace("{PMOD} ", "{PMOD}")

    def substitute(m: re.Match) -> str:
        macro, group = m.group(1), m.group(2)
        if macro in COMPOUND_MACROS:
            return COMPOUND_MACROS[macro]
        body = bodies[macro]
        separator = r"(?:\s+|-)" if macro == "PMOD" else ""
        return f"(?P<{group or macro.lower()}>{body}){separator}"

    expanded = MACRO.sub(substitute, pattern)
    # A literal space in the grammar means "any run of white space", but not inside [classes].
    return re.sub(r" (?![^\[]*\])", r"\\s+", expanded)


def first_words() -> tuple[set[str], set[str]]:
    """The words a time expression can begin with, as (determiners, other words).

    Other words are the first words of the word lists' entries plus `lead_words.tsv` (and
    every word of a phrase that itself begins with a determiner, "a while", "the past", so
    the determiner guard below sees them). Fixed phrases of the modifier, vague and holiday
    tables count whole: their first words ("as soon as possible", "at least", "up to") are
    common words that would otherwise send every "as", "at" and "up" through all the rules.
    One-word modifiers that begin nothing else ("about", "nearly") never stand alone, so they
    join the determiners. A superset only costs speed; a missing word would hide a rule (the
    rule tests catch that).
    """
    lex = lexicon()
    determiners = {word for word, kind in read_rows("lead_words.tsv") if kind == "det"}
    words = {word for word, kind in read_rows("lead_words.tsv") if kind != "det"}
    for table in (lex.months, lex.weekdays, lex.numbers, lex.ordinals, lex.units, lex.seasons,
                  lex.parts_of_day, lex.modifiers, lex.vague, lex.holidays, lex.named_dates):
        whole = table is lex.modifiers or table is lex.vague or table is lex.holidays
        for phrase in table:
            head, *rest = phrase.split(" ")
            if head in determiners:
                # Short words ("of", "not") would let every determiner through.
                words.update(word for word in rest if len(word) > 3)
            elif not (table is lex.modifiers and not rest):
                words.add(phrase if whole else head)
    determiners |= {phrase for phrase in lex.modifiers if " " not in phrase} - words
    return determiners, words - determiners


def start_guard() -> str:
    """A lookahead true only where some rule may start.

    "the", "a" and friends start one word in six; they count only when a time word or a
    digit follows within four words ("the not too distant future", "a five year low").
    """
    determiners, words = first_words()
    word_pattern = alternation(words).replace("'", "['’]")  # "new year's" with either apostrophe
    # "FY2012" glues its lead word to the digits, so no whole-word entry can see it.
    time_word = rf"(?:\d|['‘’]\d|fy\d|{word_pattern})"
    return (
        rf"(?={time_word}|(?:{alternation(determiners)})\s+(?:[^\s]+\s+){{0,3}}?{time_word})"
    )


@cache
def grammar() -> Grammar:
    """Build the one recogniser expression from the grammar file."""
    bodies = macro_bodies()
    branches, rules = [], {}
    rows = read_rows("patterns.tsv")
    for index, (name, normaliser, default_type, pattern) in enumerate(rows):
        body = expand(pattern, bodies)
        groups = tuple(dict.fromkeys(GROUP.findall(body)))
        body = GROUP.sub(lambda m, i=index: f"(?P<r{i}_{m.group(1)}>", body)
        branch = f"r{index}"
        branches.append(f"(?P<{branch}>{body})")
        rules[branch] = Rule(index, name, normaliser, default_type, groups)
    # The lookahead rejects, after one trie walk, the many positions where no rule can start
    # ("company", "said"), so the branches are only tried where they might match.
    # Not inside a word, nor right after a word's apostrophe ("o'clock", "rock'n'roll"); an
    # opening quote mark is no word ("''13 months in living hell''", "'Tuesday,' he said").
    regex = re.compile(rf"(?<!\w)(?<!\w['’]){start_guard()}(?:" + "|".join(branches) + ")", re.IGNORECASE)
    return Grammar(regex=regex, rules=rules)


def match_rule(m: re.Match) -> tuple[Rule, dict[str, str | None]]:
    """The rule behind a match of `grammar().regex`, and its groups without the prefix."""
    rule = grammar().rules[m.lastgroup]
    prefix = f"r{rule.index}_"
    return rule, {name: m.group(prefix + name) for name in rule.groups}
