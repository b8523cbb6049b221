from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.article import Article, DateParseError, article_id, parse_published


@pytest.mark.parametrize(
    "value",
    ["2018-03-20", "2018-3-20", "2018-03-20T14:05:00Z", "2018-03-20 14:05:00+02:00", "Tue, 20 Mar 2018 14:05:00 GMT",
     "20 March 2018", "March 20, 2018", "Mar 20, 2018", "2018/03/20", "20180320"],
)
def test_common_date_forms_parse(value):
    assert parse_published(value) == date(2018, 3, 20)


@pytest.mark.parametrize("value", ["2018-02-30", "2019-02-29", "03/04/2018", "yesterday", "", "2018-13-01", 20180320])
def test_impossible_or_ambiguous_dates_are_refused(value):
    with pytest.raises(DateParseError):
        parse_published(value)


def test_leap_day_is_a_date():
    assert parse_published("2020-02-29") == date(2020, 2, 29)


def test_id_prefers_url_then_date_and_text():
    day = date(2018, 3, 20)
    assert article_id("a", day, "https://x.org/1") == article_id("b", day, "https://x.org/1")
    assert article_id("a", day) != article_id("a", date(2018, 3, 21))
    assert article_id("a", day) == article_id("a", day)
    assert Article.create(text="a", published=day, id="given").id == "given"


@given(st.text(min_size=1), st.dates())
def test_ids_are_stable_hex(text, day):
    first = article_id(text, day)
    assert first == article_id(text, day) and len(first) == 16 and int(first, 16) >= 0
