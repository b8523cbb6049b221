"""Find candidate time expressions: one pass of the compiled grammar over the text.

Each candidate is a rule name, its groups and character offsets. A few checks use the parse
the pipeline already paid for: "May" and "March" count only when capitalised and not part of
a name ("Theresa May").

>>> [c.text for c in find_candidates("Trump spoke on Tuesday and will travel next week.")]
['Tuesday', 'next week']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from dateline.time.grammar import Rule, grammar, match_rule
from dateline.time.lexicon import alternation, lexicon, read_rows
from dateline.time.words import clean

NAME_LABELS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "GPE", "NORP"}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    rule: Rule
    groups: dict


def find_candidates(text: str) -> list[Candidate]:
    """Every grammar match in `text`, left to right, without overlaps."""
    found = []
    for m in grammar().regex.finditer(text):
        rule, groups = match_rule(m)
        start, end = m.span()
        found.append(Candidate(start, end, m.group(), rule, groups))
    return found


def is_plausible(candidate: Candidate, doc: Doc | None, text: str) -> bool:
    """Reject month words that are verbs or names: "may", "the march", "Theresa May".

    Also titles that look like times: ABC's "This Week", "VOA Today". `text` is the doc's text,
    passed in because `doc.text` joins every token anew.
    """
    unit = candidate.groups.get("unit")
    if unit and unit[0].isupper() and candidate.rule.normaliser == "relative":
        return False
    # "Breitbart News Daily", "The Tonight Show", "USA TODAY", "CBS This Morning", "Sunday
    # Morning Futures", "the Summer Olympics", "the Midnight Crew": capitalised inside a title or a name.
    word = candidate.groups.get("deictic") or candidate.groups.get("adverb") or candidate.groups.get("vague") or (
        candidate.groups.get("rel") if candidate.rule.name == "this_part" else None) or (
        candidate.groups.get("part") if candidate.rule.name == "weekday" else None) or (
        candidate.groups.get("season") if candidate.rule.name == "season_rel" else None) or (
        candidate.groups.get("clockword") if candidate.rule.normaliser == "clock" else None)
    if word and word[0].isupper() and doc is not None and _inside_title(doc, text, candidate):
        return False
    if candidate.rule.normaliser not in ("holiday", "named_date") and _a_quoted_title(text, candidate):
        return False
    if candidate.rule.name == "vague" and clean(candidate.text) == "the past" and _past_as_an_adjective(text, candidate):
        return False
    if _inside_an_idiom(text, candidate):
        return False
    if candidate.rule.name == "month_alone":
        if doc is not None and _in_a_persons_name(doc, candidate):
            return False  # "Jill June", "April Mellody": any month can be a name
        if doc is not None and _a_persons_surname_again(doc, text, candidate):
            return False  # "Theresa May ... May said", "pressed May to go further"
        if candidate.text.lower() == "march" and _names_a_march(text, candidate):
            return False
        month = clean(candidate.groups["month"])
        if (len(month) <= 4 and month not in ("may", "june", "july")) and not candidate.groups.get("rel"):
            return False  # "Jan Kavan": a bare abbreviation is more often a name
    for name in ("month", "month2", "weekday"):
        word = candidate.groups.get(name)
        if not word or clean(word) not in lexicon().capitalised_only:
            continue
        if not word[0].isupper():
            return False
        if doc is not None and candidate.rule.name == "month_alone" and _is_name(doc, candidate):
            return False
    return True


# "the annual March for Life", "the (1963) March on Washington": a march, not the month.
MARCH_NAME = re.compile(r"\b(?:the|annual|a|(?:1[89]|20)\d\d)\s+$", re.IGNORECASE)
MARCH_OBJECT = re.compile(r"^\s+(?:for|on|against)\s+(?:the\s+|our\s+)?[A-Z]")


# Words after which "March for ..." is still the month ("in March for the first time").
MONTH_LEAD = re.compile(
    r"\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|through|from|to|before|after|during|"
    r"between|around|throughout|(?:January|February|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:and|or))\W*$", re.IGNORECASE)


def _names_a_march(text: str, candidate: Candidate) -> bool:
    """"the 1963 March on Washington", "the group March for Bernie", "the Coalition to Stop
    Trump and March on the RNC": a march with a name, not the month, unless a word that
    leads a date comes before it."""
    if not MARCH_OBJECT.match(text[candidate.end:candidate.end + 25]):
        return False
    before = text[max(0, candidate.start - 10):candidate.start]
    return bool(MARCH_NAME.search(before)) or not _led_as_a_date(text, candidate)


def _led_as_a_date(text: str, candidate: Candidate) -> bool:
    """A word that leads a date comes just before the month ("in March", "by May")."""
    return bool(MONTH_LEAD.search(text[max(0, candidate.start - 24):candidate.start]))


@cache
def _idioms() -> re.Pattern:
    return re.compile(alternation(row[0] for row in read_rows("idioms.tsv")), re.IGNORECASE)


def _inside_an_idiom(text: str, candidate: Candidate) -> bool:
    """"Rubio will be the flavor of the week", "Time's person of the year" (`data/idioms.tsv`)."""
    window_start = max(0, candidate.start - 30)
    for found in _idioms().finditer(text, window_start, candidate.end + 30):
        if found.start() <= candidate.start and candidate.end <= found.end():
            return True
    return False


def _past_as_an_adjective(text: str, candidate: Candidate) -> bool:
    """"the past two elections", "the past 19 contests", "the past tense": "past" counts
    things that are not units of time (those, "the past two years", are another rule's)."""
    word = re.match(r"\s+([\w-]+)", text[candidate.end:candidate.end + 30])
    if word is None:
        return False
    word = word.group(1).lower()
    if word[0].isdigit() or word in ("few", "several", "couple", "dozen", "tense"):
        return True
    amount = lexicon().numbers.get(word.split("-")[0])
    return amount is not None and amount >= 2  # not "in the past a president", "many voters"


def _inside_title(doc: Doc, text: str, candidate: Candidate) -> bool:
    """A capitalised word, not opening its sentence, next to another capitalised noun
    ("The Tonight Show", "Last Week Tonight", "News Daily", "USA TODAY reported", "One
    Wisconsin Now", "Current TV"), or after a name's possessive ("NBC's Today show")."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None or span[0].is_sent_start:
        return False

    def capitalised_noun(token) -> bool:
        return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN") and not token.like_num

    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in ("“", '"', "''", "``", "‘", "'") and re.search(
            r"(?:^|[.!?]|\n)\s*$", text[max(0, before.idx - 3):before.idx]):
        return False  # it opens a quoted sentence ("... Ryan Williams. “Now Trump needs to")
    if before is not None and before.tag_ == "POS" and span.start > 1:
        before = doc[span.start - 2]  # "NBC's Today show", "the People's Daily"
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and capitalised_noun(before)) or (
        after is not None and capitalised_noun(after))


# A quotation holding nothing but the match, opened inside a clause: a title ("the ''Today''
# show", "CBS's ''60 Minutes.''", "Movie '13 Hours' Is About"). Quoted speech opens a
# sentence or follows a colon or comma ("''Today,'' she said"), so it is not one; nor is a
# day's own name in quotes ("the ''Super Tuesday'' primary").
QUOTE_OPENS = re.compile(r"[\w)'’](?:\s+)(?:''|``|[\"“‘’'])$")
QUOTE_CLOSES = re.compile(r"[.,!?]?(?:''|[\"”’'])(?![\w'’])")


def _a_quoted_title(text: str, candidate: Candidate) -> bool:
    return (bool(re.search(r"\b[A-Z]", candidate.text)) and bool(QUOTE_OPENS.search(text[max(0, candidate.start - 40):candidate.start]))
            and bool(QUOTE_CLOSES.match(text, candidate.end)))


def _in_a_persons_name(doc: Doc, candidate: Candidate) -> bool:
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and span[-1].ent_type_ == "PERSON"


def _a_persons_surname_again(doc: Doc, text: str, candidate: Candidate) -> bool:
    """A capitalised month that is the surname of a person the article names ("Prime Minister
    Theresa May" ... "May told parliament"), unless a word that leads a date comes before it
    ("in May", "by May")."""
    word = candidate.text
    if not word[:1].isupper() or _led_as_a_date(text, candidate):
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word for ent in doc.ents)


def _is_name(doc: Doc, candidate: Candidate) -> bool:
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    token = span[-1]
    if token.ent_type_ in NAME_LABELS:
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # "Theresa May", "May Day Parade": a month glued to other capitalised words is a name;
    # sentence-initial "In May" is not.
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
        return True
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and not after.like_num:
        return True
    return token.pos_ in ("VERB", "AUX")
