"""Content running on to its sentence end (dateline.quotes.tails) on sentences written for these tests."""

from __future__ import annotations

from dateline.quotes.cues import load_cues
from dateline.quotes.tails import SentenceTails


def words(doc, indices):
    return " ".join(doc[i].text for i in sorted(indices))


def test_the_tail_runs_to_the_sentence_end(nlp):
    doc = nlp("The mayor said the bridge would reopen in May, but the repairs would cost more. Work starts soon.")
    said = next(t for t in doc if t.text == "said")
    clause = {t.i for t in doc[3:9]}  # "the bridge would reopen in May"
    # The full stop comes along (segments are trimmed of edge punctuation later); the next
    # sentence does not.
    assert words(doc, SentenceTails(doc, load_cues()).extend(clause, said.i)) == "the bridge would reopen in May , but the repairs would cost more ."


def test_content_before_its_cue_is_left_alone(nlp):
    doc = nlp("The bridge would reopen in May, the mayor said, and the repairs would cost more.")
    said = next(t for t in doc if t.text == "said")
    clause = set(range(0, 6))
    assert SentenceTails(doc, load_cues()).extend(clause, said.i) == clause


def test_the_tail_stops_before_another_cue_and_its_conjunction(nlp):
    doc = nlp("The observers said there had been no real choice and complained it had been unfair.")
    said = next(t for t in doc if t.text == "said")
    clause = {t.i for t in doc[3:9]}  # "there had been no real choice"
    assert words(doc, SentenceTails(doc, load_cues()).extend(clause, said.i)) == "there had been no real choice"


def test_a_cue_word_without_its_own_arguments_does_not_stop_the_tail(nlp):
    # "expected" is a cue verb, but with no subject or complement it opens no attribution.
    doc = nlp("The ministry said the new runway would cost more than expected.")
    said = next(t for t in doc if t.text == "said")
    clause = {t.i for t in doc[3:8]}  # "the new runway would cost"
    assert words(doc, SentenceTails(doc, load_cues()).extend(clause, said.i)) == "the new runway would cost more than expected ."


def test_a_cue_word_inside_the_content_without_subject_or_clause_does_not_stop_the_tail(nlp):
    # "focused on parking fees" has arguments, but no subject or clause of its own and no comma
    # or conjunction before it: it is part of what "portraying" reports.
    doc = nlp("The mayor spent the week portraying her rival as singularly focused on parking fees.")
    portraying = next(t for t in doc if t.text == "portraying")
    content = {portraying.i + 1, portraying.i + 2}  # "her rival"
    assert words(doc, SentenceTails(doc, load_cues()).extend(content, portraying.i)) == "her rival as singularly focused on parking fees ."


def test_the_tail_stops_before_a_conjoined_cue_behind_its_auxiliary(nlp):
    doc = nlp("The governor has praised the new budget, and has called for lower bridge tolls.")
    praised = next(t for t in doc if t.text == "praised")
    content = {t.i for t in doc[4:7]}  # "the new budget"
    assert words(doc, SentenceTails(doc, load_cues()).extend(content, praised.i)) == "the new budget"
