"""The cue lexicon (data/cues.tsv): every row valid, malformed rows refused with the line named."""

from __future__ import annotations

from importlib import resources

import pytest

from dateline.quotes.cues import CUE_KINDS, CueFileError, load_cues, parse_cue_row, read_cue_rows


def packaged_rows() -> list[tuple[int, str]]:
    text = resources.files("dateline.quotes").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#") and not line.startswith("lemma\t")
    ]


@pytest.mark.parametrize("number,line", packaged_rows())
def test_every_row_is_valid(number, line):
    cue = parse_cue_row(number, line)
    assert cue.kind in CUE_KINDS
    if cue.kind == "phrase":
        assert " " in cue.lemma, "a phrase cue has several words"
    else:
        assert cue.lemma.isalpha(), "a verb or noun cue is one word, the lemma spaCy gives"


def test_no_entry_is_listed_twice():
    keys = [(cue.lemma, cue.kind) for cue in read_cue_rows("\n".join(line for _, line in packaged_rows()))]
    assert len(keys) == len(set(keys))


def test_lexicon_is_loaded_once_and_indexed_by_kind():
    lexicon = load_cues()
    assert lexicon is load_cues()
    assert "clause" in lexicon.verbs["say"].frames
    assert "object" in lexicon.verbs["deny"].frames
    assert ("according", "to") in lexicon.phrases
    assert lexicon.verbs["accuse"].prepositions == {"of"}
    assert "clause" in lexicon.adjectives["confident"].frames


@pytest.mark.parametrize(
    "line,complaint",
    [
        ("say\tverb", "separated by tabs"),
        ("Say\tverb\tclause\t", "lower case"),
        ("say\tadverb\tclause\t", "kind"),
        ("say\tverb\tsentence\t", "content"),
        ("say\tverb\tprep:\t", "content"),
    ],
)
def test_malformed_rows_are_refused_with_their_line(line, complaint):
    with pytest.raises(CueFileError, match=complaint) as error:
        parse_cue_row(42, line)
    assert "line 42" in str(error.value)


def test_lead_labels_are_lower_case_words_listed_once():
    from dateline.quotes.cues import load_lead_labels, read_lead_labels

    text = resources.files("dateline.quotes").joinpath("data/lead_labels.tsv").read_text(encoding="utf-8")
    words = read_lead_labels(text)
    assert len(words) == len(set(words)) and "correction" in load_lead_labels()
    with pytest.raises(CueFileError, match="line 2"):
        read_lead_labels("word\tnotes\nEditor Note\t")
