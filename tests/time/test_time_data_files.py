"""Every row of every word list and grammar rule of the time stage is well formed."""

import re

import pytest

from dateline.time import (
    is_valid_timex_value,
    resolve_amounts,
    resolve_days,
    resolve_points,
    resolve_relative,
    resolve_year_parts,
)
from dateline.time.grammar import expand, grammar, macro_bodies
from dateline.time.lexicon import lexicon, read_rows
from dateline.time.component import NORMALISERS
from dateline.time.date_arithmetic import holiday_date

TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}


def test_months():
    rows = read_rows("months.tsv")
    assert {int(n) for _, n, _ in rows} == set(range(1, 13))
    for word, number, case in rows:
        assert word == word.lower() and 1 <= int(number) <= 12 and case in ("any", "cap"), word


def test_weekdays():
    rows = read_rows("weekdays.tsv")
    assert {int(n) for _, n, _ in rows} == set(range(1, 8))
    for word, number, case in rows:
        assert word == word.lower() and case in ("any", "cap"), word


def test_numbers_and_ordinals():
    for word, value in read_rows("numbers.tsv"):
        assert word == word.lower() and (value == "X" or int(value) > 0), word
    for word, value in read_rows("ordinals.tsv"):
        assert 1 <= int(value) <= 31, word


def test_units_seasons_parts():
    assert {code for _, code in read_rows("units.tsv")} <= {"Y", "Q", "M", "W", "FN", "D", "H", "MIN", "S", "DE", "CE", "ML", "WE"}
    assert {code for _, code in read_rows("seasons.tsv")} == {"SP", "SU", "FA", "WI"}
    assert {code for _, code in read_rows("parts_of_day.tsv")} <= {"MO", "AF", "EV", "NI", "DT"}


def test_modifiers():
    for phrase, mod, kind in read_rows("modifiers.tsv"):
        assert mod in MODS and kind in ("point", "amount"), phrase


def test_vague_phrases():
    for phrase, kind, value in read_rows("vague.tsv"):
        assert kind in TIMEX_TYPES, phrase
        assert value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") or re.fullmatch(r"PX[A-Z]+", value), phrase
        assert is_valid_timex_value(value, kind), phrase


def test_holidays():
    for name, rule, years in read_rows("holidays.tsv"):
        assert re.fullmatch(r"\d\d-\d\d|-?[1-5]:[1-7]:(?:[1-9]|1[0-2])(?:\+\d)?|easter[+-]\d+"
                            r"|hebrew:(?:0[1-9]|1[0-3])-(?:0[1-9]|[12]\d|30)|islamic:(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|30)|chinese:01-(?:0[1-9]|1\d)",
                            rule), name
        assert re.fullmatch(r"every|2n(?:\+1)?|4n(?:\+[1-3])?", years), name
        assert all(holiday_date(rule, year) for year in range(1900, 2101)), name  # a real day each year


def test_named_dates():
    for name, value, context in read_rows("named_dates.tsv"):
        assert name == name.lower() and context in ("alone", "event"), name
        assert is_valid_timex_value(value, "DATE") and "X" not in value, name


def test_tense_cues():
    for word, kind in read_rows("tense_cues.tsv"):
        assert word == word.lower() and kind in ("verb", "to", "for", "before", "reporting", "ongoing", "prospect", "intention", "adjective", "deadline", "goal"), word


@pytest.mark.parametrize("name", ["generic_nouns.tsv", "genre_nouns.tsv", "sudden_change_verbs.tsv", "election_nouns.tsv"])
def test_one_word_lemma_lists(name):
    rows = read_rows(name)
    assert rows, name
    for row in rows:
        assert len(row) == 1 and re.fullmatch(r"[a-z]+", row[0]), (name, row)
    assert len({row[0] for row in rows}) == len(rows), name


def test_time_zones():
    zones = [zone for zone, in read_rows("time_zones.tsv")]
    assert len(set(zones)) == len(zones)
    for zone in zones:
        assert re.fullmatch(r"[a-z]+(?: [a-z]+)*", zone), zone


def test_idioms_hold_a_time_word_the_grammar_would_take():
    from dateline.time.recognise import find_candidates

    for phrase, in read_rows("idioms.tsv"):
        assert phrase == phrase.lower() and phrase.strip() == phrase, phrase
        assert find_candidates(f"It was {phrase}."), phrase  # else the row guards nothing


def test_every_vague_phrase_reaches_the_vague_rule():
    from dateline.time.recognise import find_candidates

    # A row an earlier, longer rule always takes ("the coming weeks" is span_plural's) would
    # claim a value the stage never gives.
    for phrase in lexicon().vague:
        found = find_candidates(f"It was {phrase}.")
        assert any(c.rule.normaliser == "vague" and c.text.lower() == phrase for c in found), phrase


def test_lead_words():
    for word, kind in read_rows("lead_words.tsv"):
        assert word == word.lower() and kind in ("det", "word"), word


@pytest.mark.parametrize("row", read_rows("patterns.tsv"), ids=lambda row: row[0])
def test_every_rule_compiles_and_names_a_normaliser(row):
    name, normaliser, default_type, pattern = row
    assert normaliser in NORMALISERS, name
    assert default_type in TIMEX_TYPES, name
    re.compile(expand(pattern, macro_bodies()), re.IGNORECASE)


def test_each_normaliser_name_belongs_to_one_module():
    # component.py merges the modules' tables: a name in two of them would silently shadow one
    tables = [module.NORMALISERS for module in (resolve_points, resolve_days, resolve_year_parts,
                                                resolve_relative, resolve_amounts)]
    names = [name for table in tables for name in table]
    assert len(names) == len(set(names)) == len(NORMALISERS)
    assert all(NORMALISERS[name] is table[name] for table in tables for name in table)


def test_rule_names_are_unique_and_grammar_builds():
    names = [row[0] for row in read_rows("patterns.tsv")]
    assert len(names) == len(set(names))
    assert len(grammar().rules) == len(names)
    assert lexicon() is lexicon()  # loaded once per process
