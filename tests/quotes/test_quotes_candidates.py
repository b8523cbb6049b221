"""Candidate attributions (dateline.quotes.candidates) on sentences written for these tests, one frame each."""

from __future__ import annotations

import pytest

from dateline.quotes.candidates import candidates
from dateline.quotes.cues import load_cues
from dateline.quotes.marks import find_quotations
from dateline.quotes.reported import reported_speech


@pytest.fixture(scope="module")
def candidates_of(nlp):
    lexicon = load_cues()

    def run(text: str):
        doc = nlp(text)
        quoted = {p for q in find_quotations(text) for p in range(q.start, q.end)}
        return [
            {
                "frame": c.frame,
                "cue": c.cue.text,
                "content": [text[s:e] for s, e in c.segments],
                "speaker": c.speaker.text if c.speaker is not None else None,
                "features": c.features,
            }
            for c in candidates(doc, lexicon, quoted, reported_speech(doc, lexicon))
        ]

    return run


def one(found: list[dict], frame: str, cue: str) -> dict:
    chosen = [c for c in found if c["frame"] == frame and c["cue"] == cue]
    assert len(chosen) == 1, found
    return chosen[0]


@pytest.mark.parametrize(
    ("text", "frame", "cue", "content", "speaker"),
    [
        ("Officials said the talks had failed.", "ccomp", "said", ["the talks had failed"], "Officials"),
        ("The mayor urged residents to stay indoors.", "xcomp", "urged", ["residents to stay indoors"], "The mayor"),
        ("The senator denied the report.", "dobj", "denied", ["the report"], "The senator"),
        ("The plan, the minister said, is too expensive.", "parataxis", "said", ["The plan", "is too expensive"], "the minister"),
        ("Turnout was low, according to election officials.", "according", "according to", ["Turnout was low"], "election officials"),
        ("Her claim that the vote was rigged drew criticism.", "noun-that", "claim", ["that the vote was rigged"], "Her"),
        ("The council published his criticism of the budget.", "noun-prep:of", "criticism", ["the budget"], "his"),
        ("The governor is confident that the bridge will open.", "adj-ccomp", "confident", ["that the bridge will open"], "The governor"),
        ("To the mayor, the delay is a scandal.", "source:to", "To", ["the delay is a scandal"], "the mayor"),
        ("The ferry will resume on Monday, per the port authority.", "source:per", "per", ["The ferry will resume on Monday"], "the port authority"),
    ],
)
def test_each_frame_gives_its_content_and_speaker(candidates_of, text, frame, cue, content, speaker):
    found = one(candidates_of(text), frame, cue)
    assert found["content"] == content
    assert found["speaker"] == speaker


def test_preposition_object_of_a_verb(candidates_of):
    found = candidates_of("The union complained about the new rota.")
    assert one(found, "prep:about", "complained")["content"] == ["the new rota"]


def test_a_cue_after_its_clause_also_offers_the_whole_sentence(candidates_of):
    found = candidates_of("The argument would be aided, Devine said, by the early calendar.")
    said = [c for c in found if c["cue"] == "said"]
    assert {"ccomp", "sentence"} <= {c["frame"] for c in said}
    sentence = next(c for c in said if c["frame"] == "sentence")
    assert "by the early calendar" in " ".join(sentence["content"])
    assert sentence["speaker"] == "Devine"


def test_a_fronted_to_phrase_must_be_followed_by_a_comma(candidates_of):
    assert not [c for c in candidates_of("The mayor gave the keys to the caretaker.") if c["frame"].startswith("source:")]


def test_empty_content_gives_no_candidate(candidates_of):
    assert not [c for c in candidates_of("The minister denied it.") if c["cue"] == "denied"]


def test_features_name_the_frame_lemma_and_rule_agreement(candidates_of):
    found = one(candidates_of("Officials said the talks had failed."), "ccomp", "said")
    features = found["features"]
    assert "bias" in features and "frame=ccomp" in features and "lemma=say" in features
    assert "rule=same|ccomp" in features  # the cue rules find the same attribution
    assert "spk=noun" in features or any(f.startswith("spk=") for f in features)


def test_quoted_content_is_a_feature(candidates_of):
    found = one(candidates_of("The coach said “we were simply outplayed”."), "ccomp", "said")
    assert "quoted=all|ccomp" in found["features"]
    plain = one(candidates_of("The coach said we were simply outplayed."), "ccomp", "said")
    assert "quoted=none|ccomp" in plain["features"]


def test_candidates_have_character_segments_inside_the_text(candidates_of):
    text = "Critics, who say the plan is rushed, accused the council of ignoring residents, according to a local paper."
    for candidate in candidates_of(text):
        assert candidate["content"] and all(part and part in text for part in candidate["content"])


def test_a_short_lead_and_a_colon_introduce_the_rest_of_the_sentence(candidates_of):
    text = "Pollsters agree.\nCarl Bialik: Keep on contacting voters as late as possible."
    found = one(candidates_of(text), "colon", ":")
    assert found["content"] == ["Keep on contacting voters as late as possible"]
    assert found["speaker"] == "Carl Bialik"


def test_a_quotation_after_a_colon_is_left_to_the_direct_quote_rules(candidates_of):
    text = "Asked about the delay, the finance minister responded: “No decision has been taken yet.”"
    assert not [c for c in candidates_of(text) if c["frame"] == "colon"]


def test_a_quoted_clause_gets_no_whole_sentence_reading(candidates_of):
    text = "“We will rebuild the bridge by spring,” the mayor said in a statement."
    assert not [c for c in candidates_of(text) if c["frame"] == "sentence"]


def test_a_conjoined_cue_is_cut_from_the_first_cues_content(candidates_of):
    text = "The observers said there had been no real choice and complained it had been unfair."
    said = one(candidates_of(text), "ccomp", "said")
    assert said["content"] == ["there had been no real choice"]


def test_a_long_lead_before_a_colon_is_no_source(candidates_of):
    text = "The committee met for nine hours on Tuesday and then agreed on one thing: the budget must shrink."
    assert not [c for c in candidates_of(text) if c["frame"] == "colon"]


def test_cue_frames_limit_cues_to_the_frames_they_had_in_training(nlp):
    lexicon = load_cues()
    doc = nlp("Officials said the talks had failed and denied the report.")
    every = {(c.cue.text, c.frame) for c in candidates(doc, lexicon)}
    assert {("said", "ccomp"), ("denied", "dobj")} <= every
    limited = {(c.cue.text, c.frame) for c in candidates(doc, lexicon, cue_frames={"say": frozenset({"ccomp"})})}
    assert limited == {("said", "ccomp")}


def test_a_relative_clause_cue_keeps_its_own_subject_as_speaker(candidates_of):
    found = candidates_of("The new rules, which officials said will take effect in May, were criticised.")
    candidate = one(found, "ccomp", "said")
    assert candidate["speaker"] == "officials"
    assert all("officials" not in part for part in candidate["content"])


def test_candidate_content_after_its_cue_runs_to_the_end_of_the_sentence(candidates_of):
    found = candidates_of("The mayor said the bridge would reopen in May, but the repairs would cost more than planned.")
    assert one(found, "ccomp", "said")["content"] == ["the bridge would reopen in May, but the repairs would cost more than planned"]
