"""Quotation marks, paragraph by paragraph (no model needed)."""

from __future__ import annotations

from dateline.quotes.marks import find_quotations, paragraphs


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_curly_and_straight_double_marks():
    text = 'The mayor said: “We open on Monday.” Her deputy added, "Maybe Tuesday."'
    assert quoted(text) == ["“We open on Monday.”", '"Maybe Tuesday."']


def test_single_marks_nest_inside_double_ones():
    text = "“He told me ‘never again’ and left,” she said."
    assert quoted(text) == ["“He told me ‘never again’ and left,”"]


def test_doubled_apostrophes_quote_like_double_marks():
    text = "''We are ready,'' the coach said. It wasn't over."
    assert quoted(text) == ["''We are ready,''"]


def test_apostrophes_are_not_quotation_marks():
    assert quoted("The voters’ choice wasn’t the party’s choice.") == []


def test_british_single_quotes_when_a_paragraph_has_no_double_marks():
    text = "The chancellor called the figures ‘deeply worrying’ on Monday."
    assert quoted(text) == ["‘deeply worrying’"]


def test_an_unclosed_quotation_runs_on_when_the_next_paragraph_opens_with_a_mark():
    text = "The coach said: “We trained hard all winter.\n“Now we want the title.”"
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["“We trained hard all winter.", "“Now we want the title.”"]
    assert not found[0].closed and found[1].fills_paragraph


def test_an_unbalanced_mark_costs_only_its_paragraph():
    text = (
        "“The port reopens in May,” the harbour master said.\n"
        "Dockers called it “good news and went home.\n"
        "“Ships are already waiting,” she added. Dockers “cheered\n"
        "The first ship docked at noon. “It was a long wait,” a crane driver said."
    )
    assert quoted(text) == ["“The port reopens in May,”", "“Ships are already waiting,”", "“It was a long wait,”"]


def test_a_stray_closing_mark_is_ignored():
    text = "It rained” all day. “Enough,” he said."
    assert quoted(text) == ["“Enough,”"]


def test_quotation_dash_opens_a_paragraph_quotation():
    text = "— We will not sign, — the minister said."
    assert quoted(text) == ["— We will not sign,"]


def test_paragraphs_are_trimmed_and_blank_ones_skipped():
    text = "  One.\n\n Two. \n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two."]


def test_attribute_values_in_markup_are_not_quotations():
    text = '<post id="5521" author="@cityhall">The ferry runs again.</post> "It was about time," one rider said.'
    assert quoted(text) == ['"It was about time,"']


def test_a_closing_mark_misprinted_for_an_opening_one():
    text = "”We need the ferry back. Soon.” ― Ana Ruiz"
    assert quoted(text) == ["”We need the ferry back. Soon.”"]


def test_content_does_not_take_the_opening_mark_of_the_next_quotation(quotes_of):
    # spaCy ends the first sentence after the opening '' of the next one; that mark opens the
    # next quotation and belongs to none of the first sentence's content.
    text = ("Aides said the mayor had simply wanted to avoid a fight. ''This was never the plan,'' "
            "the deputy mayor said.")
    quotes = quotes_of(text)
    first = next(q for q in quotes if q["speaker"] and q["speaker"]["text"] == "Aides")
    assert first["kind"] == "indirect"
    assert first["text"] == "the mayor had simply wanted to avoid a fight"
    direct = next(q for q in quotes if q["kind"] == "direct")
    assert direct["text"] == "''This was never the plan,''" and direct["speaker"]["text"] == "the deputy mayor"


def test_segments_trim_an_opening_mark_at_their_end():
    import spacy

    from dateline.quotes.attribution import TokenTable, token_segments

    doc = spacy.blank("en")("It was late. ''Go home,'' she said.")
    # tokens 0-4: It was late . '' -> the trailing opening mark is not part of the segment
    assert token_segments(doc, set(range(0, 5)), TokenTable(doc)) == [(0, 11)]
    assert token_segments(doc, set(range(0, 5))) == [(0, 11)]
