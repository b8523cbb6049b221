"""Reported-speech rules (dateline.quotes.reported) on hand-built parses, where the construction
must not depend on what the parser makes of a sentence."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.quotes.cues import load_cues
from dateline.quotes.reported import without_conjoined_cues


def parsed(words, heads, deps, pos, lemmas) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_conjoined_cue_sharing_the_speaker_is_cut_from_the_content():
    # "He said [there was no choice] and complained that it was unfair": "complained" hangs
    # from the content's "was" but reports its own clause.
    words = ["He", "said", "there", "was", "no", "choice", "and", "complained", "that", "it", "was", "unfair"]
    heads = [1, 1, 3, 1, 5, 3, 3, 3, 10, 10, 7, 10]
    deps = ["nsubj", "ROOT", "expl", "ccomp", "det", "attr", "cc", "conj", "mark", "nsubj", "ccomp", "acomp"]
    pos = ["PRON", "VERB", "PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "SCONJ", "PRON", "AUX", "ADJ"]
    lemmas = ["he", "say", "there", "be", "no", "choice", "and", "complain", "that", "it", "be", "unfair"]
    doc = parsed(words, heads, deps, pos, lemmas)
    assert without_conjoined_cues(set(range(2, 12)), doc, load_cues()) == {2, 3, 4, 5}


def test_a_conjoined_cue_with_its_own_subject_stays_in_the_content():
    # "He says [she hopes to win, but she knows that it is close]": both clauses are his report.
    words = ["He", "says", "she", "hopes", "to", "win", "but", "she", "knows", "that", "it", "is", "close"]
    heads = [1, 1, 3, 1, 5, 3, 3, 8, 3, 11, 11, 8, 11]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "aux", "xcomp", "cc", "nsubj", "conj", "mark", "nsubj", "ccomp", "acomp"]
    pos = ["PRON", "VERB", "PRON", "VERB", "PART", "VERB", "CCONJ", "PRON", "VERB", "SCONJ", "PRON", "AUX", "ADJ"]
    lemmas = ["he", "say", "she", "hope", "to", "win", "but", "she", "know", "that", "it", "be", "close"]
    doc = parsed(words, heads, deps, pos, lemmas)
    content = set(range(2, 13))
    assert without_conjoined_cues(content, doc, load_cues()) == content


def test_according_to_after_conjoined_clauses_speaks_for_all_of_them():
    # "Ana won the north and Luis took the south, according to the count": the parser hangs
    # "according to" from the last conjunct; the source speaks for the whole sentence.
    from dateline.quotes.reported import reported_speech

    words = ["Ana", "won", "the", "north", "and", "Luis", "took", "the", "south", ",", "according", "to", "the", "count", "."]
    heads = [1, 1, 3, 1, 1, 6, 1, 8, 6, 6, 6, 10, 13, 11, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "det", "dobj", "punct", "prep", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["Ana", "win", "the", "north", "and", "Luis", "take", "the", "south", ",", "accord", "to", "the", "count", "."]
    doc = parsed(words, heads, deps, pos, lemmas)
    (found,) = [a for a in reported_speech(doc, load_cues()) if a.rule == "reported-according-to"]
    assert doc.text[found.start : found.end] == "Ana won the north and Luis took the south"
    assert found.speaker.text == "the count"


def test_a_speech_noun_is_spoken_by_its_by_phrase():
    # "The board received a warning from the auditors that the fund was short."
    from dateline.quotes.reported import reported_speech

    words = ["The", "board", "received", "a", "warning", "from", "the", "auditors", "that", "the", "fund", "was", "short", "."]
    heads = [1, 2, 2, 4, 2, 4, 7, 5, 11, 10, 11, 4, 11, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "mark", "det", "nsubj", "acl", "acomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["the", "board", "receive", "a", "warning", "from", "the", "auditor", "that", "the", "fund", "be", "short", "."]
    doc = parsed(words, heads, deps, pos, lemmas)
    (found,) = [a for a in reported_speech(doc, load_cues()) if a.rule == "reported-noun"]
    assert doc.text[found.start : found.end] == "that the fund was short"
    assert found.speaker.text == "the auditors"
