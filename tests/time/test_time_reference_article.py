"""The reference behaviour on an article of our own, dated Tuesday 2018-03-20."""

from datetime import date


ARTICLE = (
    "The president congratulated his counterpart on a result that extends his rule for six more "
    "years. Last week, the two governments traded accusations over a poisoning. But on Tuesday, "
    "the president told reporters they would meet in the not too distant future. Opposition "
    "senators called Sunday's election a sham. The administration, which took office 14 months "
    "ago, has also been investigating interference in the 2016 US election."
)


def test_reference_expressions(annotate, find):
    timexes = annotate(ARTICLE, date(2018, 3, 20))
    expected = {
        "six more years": ("DURATION", "P6Y"),
        "Last week": ("DATE", "2018-W11"),
        "Tuesday": ("DATE", "2018-03-20"),  # past tense, and the DCT is itself a Tuesday
        "the not too distant future": ("DATE", "FUTURE_REF"),
        "Sunday": ("DATE", "2018-03-18"),  # the span leaves the possessive out
        "14 months ago": ("DATE", "2017-01"),
        "2016": ("DATE", "2016"),
    }
    for text, (kind, value) in expected.items():
        timex = find(timexes, text)
        assert (timex["type"], timex["value"]) == (kind, value), timex
    assert find(timexes, "Last week")["anchor"] == "t0"


def test_offsets_point_into_the_text(annotate):
    timexes = annotate(ARTICLE)
    for timex in timexes:
        assert ARTICLE[timex["start"]:timex["end"]] == timex["text"]
    starts = [t["start"] for t in timexes]
    assert starts == sorted(starts)
    assert all(a["end"] <= b["start"] for a, b in zip(timexes, timexes[1:]))


def test_name_may_is_not_a_month(annotate):
    timexes = annotate("Prime Minister Theresa May spoke to the president on Monday.")
    assert [t["text"] for t in timexes] == ["Monday"]
