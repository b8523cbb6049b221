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


def _source_attributions(doc):
    from dateline.quotes.reported import reported_speech

    return [a for a in reported_speech(doc, load_cues()) if a.rule == "reported-source"]


def test_a_poll_in_an_in_phrase_is_the_source_of_its_clause():
    # "In a county poll released Monday, Ruiz led Ortega by ten points."
    words = ["In", "a", "county", "poll", "released", "Monday", ",", "Ruiz", "led", "Ortega", "by", "ten", "points", "."]
    heads = [8, 3, 3, 0, 3, 4, 8, 8, 8, 8, 8, 12, 10, 8]
    deps = ["prep", "det", "compound", "pobj", "acl", "npadvmod", "punct", "nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "ADP", "NUM", "NOUN", "PUNCT"]
    lemmas = ["in", "a", "county", "poll", "release", "Monday", ",", "Ruiz", "lead", "Ortega", "by", "ten", "point", "."]
    (found,) = _source_attributions(parsed(words, heads, deps, pos, lemmas))
    assert found.speaker.text == "a county poll released Monday"
    assert found.cue.text == "In"
    text = parsed(words, heads, deps, pos, lemmas).text
    assert text[found.start : found.end] == "Ruiz led Ortega by ten points"


def test_an_in_phrase_without_a_source_noun_names_no_source():
    # "In the morning, Ruiz led the march."
    words = ["In", "the", "morning", ",", "Ruiz", "led", "the", "march", "."]
    heads = [5, 2, 0, 5, 5, 5, 7, 5, 5]
    deps = ["prep", "det", "pobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["in", "the", "morning", ",", "Ruiz", "lead", "the", "march", "."]
    assert _source_attributions(parsed(words, heads, deps, pos, lemmas)) == []


def test_a_poll_phrase_in_a_relative_clause_is_not_a_source():
    # "Ruiz, who leads in the polls, spoke." : the poll speaks for no main clause.
    words = ["Ruiz", ",", "who", "leads", "in", "the", "polls", ",", "spoke", "."]
    heads = [8, 0, 3, 0, 3, 6, 4, 0, 8, 8]
    deps = ["nsubj", "punct", "nsubj", "relcl", "prep", "det", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    lemmas = ["Ruiz", ",", "who", "lead", "in", "the", "poll", ",", "speak", "."]
    assert _source_attributions(parsed(words, heads, deps, pos, lemmas)) == []


def _fronted_to(obj: str, obj_pos: str, ent: str | None):
    # "To OBJ, the vote marked a turning point."
    words = ["To", obj, ",", "the", "vote", "marked", "a", "turning", "point", "."]
    heads = [5, 0, 5, 4, 5, 5, 8, 8, 5, 5]
    deps = ["prep", "pobj", "punct", "det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"]
    pos = ["ADP", obj_pos, "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"]
    lemmas = ["to", obj.lower(), ",", "the", "vote", "mark", "a", "turning", "point", "."]
    doc = parsed(words, heads, deps, pos, lemmas)
    if ent:
        doc.ents = [doc.char_span(3, 3 + len(obj), label=ent)]
    return doc


def test_a_fronted_to_phrase_naming_a_person_is_whose_view_the_clause_is():
    (found,) = _source_attributions(_fronted_to("Sexton", "PROPN", "PERSON"))
    assert found.speaker.text == "Sexton"
    (found,) = _source_attributions(_fronted_to("them", "PRON", None))
    assert found.speaker.text == "them"


def test_a_fronted_to_phrase_naming_no_one_is_no_source():
    # "To date, the vote marked ...": no person, no point of view.
    assert _source_attributions(_fronted_to("date", "NOUN", None)) == []


def test_a_hedge_with_an_adjective_is_the_writers_reading():
    # "[The senator seemed irritated]": what the writer infers, attributed to no one.
    from dateline.quotes.reported import reported_speech

    words = ["The", "senator", "seemed", "irritated", "."]
    heads = [1, 2, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "acomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADJ", "PUNCT"]
    lemmas = ["the", "senator", "seem", "irritated", "."]
    doc = parsed(words, heads, deps, pos, lemmas)
    (found,) = reported_speech(doc, load_cues())
    assert found.rule == "reported-hedge" and found.speaker is None
    assert doc.text[found.start : found.end] == "The senator seemed irritated"


def _led_to(obj: str, obj_pos: str, ent: str | None):
    # "The vote led OBJ to declare that the race was over."
    from dateline.quotes.reported import reported_speech

    words = ["The", "vote", "led", obj, "to", "declare", "that", "the", "race", "was", "over", "."]
    heads = [1, 2, 2, 2, 5, 2, 9, 8, 9, 5, 9, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "mark", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["DET", "NOUN", "VERB", obj_pos, "PART", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["the", "vote", "lead", obj.lower(), "to", "declare", "that", "the", "race", "be", "over", "."]
    doc = parsed(words, heads, deps, pos, lemmas)
    if ent:
        start = doc[3].idx
        doc.ents = [doc.char_span(start, start + len(obj), label=ent)]
    (found,) = [a for a in reported_speech(doc, load_cues()) if a.cue.text == "declare"]
    return found.speaker.text if found.speaker is not None else None


def test_a_to_clause_after_a_person_as_object_is_that_persons_act():
    assert _led_to("Priebus", "PROPN", "PERSON") == "Priebus"
    assert _led_to("some", "PRON", None) == "some"


def test_a_to_clause_after_a_thing_as_object_keeps_the_subject():
    assert _led_to("hours", "NOUN", None) == "The vote"
