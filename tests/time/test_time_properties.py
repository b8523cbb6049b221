"""Properties over random publication dates (1900-2100): values valid, offsets sound, no errors."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.time import is_valid_timex_value

SENTENCES = [
    "On Tuesday the minister said talks would resume next week, 14 months after they began.",
    "Profit rose in the third quarter from a year earlier; last year's results were weak.",
    "The 44-year-old driver left on Sunday night and returned two days later at 10 p.m.",
    "Every Monday since early last year, protesters gathered; the past three summers were hot.",
    "In mid-March, on Feb. 29 and on Dec. 31, 1999, in the 1990s and the 20th century.",
    "Tonight, this morning, yesterday afternoon and tomorrow, markets fell for six more years.",
    "The plan runs for 2 1/2 years from now, ends by year-end and began the previous Friday.",
    "Recently, currently and in the not too distant future, a few days ago, several weeks later.",
    "Last spring, this winter, next fall and Christmas, Thanksgiving and Easter, annually.",
    "It happened in May, in October, on Friday, May 4, and at noon Saturday, the week before.",
    "The Feb. 28-29 talks, 30-31 April, the 2099-00 season and noon on Feb. 29 were all planned.",
    "For a long time, and for some time after, the day before Christmas was quiet; a while ago too.",
    "On Monday, before Super Tuesday and Inauguration Day, they met; that day the fall and winter began.",
    "On the fifth Monday of February, polled Wednesday through Sunday, at 1900 GMT, three days a week.",
    "From Dec. 30 to Feb. 29, 2000, on Feb. 28-29, 2100, and December-February 1900, on weekends.",
    "On Tuesday 29 February, every Tuesday and Thursday, the same month last year, in the morning.",
    "In 2008 and that summer, the spring of that year, the following winter and October of that year.",
    "Last week, this past week and this week's vote, the end of the third quarter, the first decade of the 21st century.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dct=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
       sentence=st.sampled_from(SENTENCES))
def test_values_are_valid_timex3(annotate, dct, sentence):
    timexes = annotate(sentence, dct)
    assert timexes, sentence
    previous_end = 0
    for timex in timexes:
        assert is_valid_timex_value(timex["value"], timex["type"]), (dct, timex)
        assert sentence[timex["start"]:timex["end"]] == timex["text"]
        assert timex["start"] >= previous_end
        previous_end = timex["end"]
