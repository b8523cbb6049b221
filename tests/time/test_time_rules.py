"""Every rule of the grammar fires on at least one phrase, with the DCT and without."""

from datetime import date

import pytest

from dateline.time.lexicon import read_rows
from dateline.time.values import is_valid_timex_value

# rule name -> a sentence in which that rule must produce a timex
EXAMPLES = {
    "named_date": "Security has been tight since 9/11.",
    "named_event_date": "The Sept. 11 attacks changed the country.",
    "iso_date": "The memo is dated 2017-05-04.",
    "slash_date": "The memo is dated 5/4/2017.",
    "iso_slash_date": "The memo is dated 2017/05/04.",
    "day_first_slash_date": "The memo is dated 25/12/2017.",
    "dashed_day_month_year": "The memo is dated 4-May-2017.",
    "dotted_date": "The memo is dated 04.05.2017.",
    "week_of_date": "The hearing is set for the week of May 7.",
    "week_of_month": "Prices rose in the last week of February.",
    "clock_on_date": "The polls closed at 9 p.m. Tuesday.",
    "part_of_day_anchor": "They met in the morning of yesterday.",
    "weekday_day_month": "The editorial ran on Friday 4 May.",
    "weekday_date": "The editorial ran on Friday, May 4.",
    "month_day_year": "It happened on May 4, 2017.",
    "day_month_year": "It happened on 4 May 2017.",
    "month_day": "Payment is due Dec. 7.",
    "day_month": "It happened on the 4th of May.",
    "day_range_start": "The summit meets on 24-25 April.",
    "coordinated_day": "The summit meets on April 24 and 25.",
    "nth_day_today": "It's the second day of the strike.",
    "day_of_relative_month": "The law was passed on the 15th of last month.",
    "day_of_month": "Talks opened on May 3 and ended on the 15th.",
    "overnight": "Rebels shelled the city overnight.",
    "same_unit": "He arrived on May 4. The same day, talks began.",
    "that_day": "He arrived on May 4. That day, talks began.",
    "unit_before": "The firm was sold in 2010. The year before, it had lost money.",
    "unit_after_next": "The vote is due the week after next.",
    "this_time_unit": "Prices are higher than this time last year.",
    "year_mid": "Results are expected by mid-year.",
    "offset_time": "The vote will be held in a week's time.",
    "set_seasons": "Riots broke out in each of the past three summers.",
    "month_year": "It happened in May 2017.",
    "month_relyear": "It happened in May last year.",
    "month_alone": "It happened in October.",
    "day_of_month_edge": "Rent is due on the last day of March 2017.",
    "weekday_of_month": "The vote is on the second Sunday of April.",
    "weekdays_ago": "The strike started two Fridays ago.",
    "appositive_unit": "He founded the movement in 2008, the year he returned to teaching.",
    "clock_part_of_day": "The convoy will leave at four in the morning.",
    "clock_alone": "The blast came at 10:35 a.m.",
    "clock_military": "Polls close at 1900 GMT.",
    "weekday": "Officials said Monday that talks had failed.",
    "next_day": "The rebels attacked on March 2, 2018, and the army replied the next morning.",
    "deictic_part": "The board meets tomorrow.",
    "tonight": "The board meets tonight.",
    "part_of_named_day": "Stocks fell on March 16, 2018. Dealers bought heavily in the morning.",
    "this_part": "The board met this morning.",
    "part_alone": "By mid afternoon the roads were clear.",
    "holiday": "The shop closed on Thanksgiving.",
    "decade_word": "Rents rose in the eighties.",
    "decade_of_century": "Growth peaked in the first decade of the 21st century.",
    "century": "The church dates from the 12th century.",
    "this_century": "It was the worst war of this century.",
    "season_year": "The bridge opened in spring 2015.",
    "season_rel": "The bridge opened last spring.",
    "quarter": "Profit rose in the second quarter.",
    "half_year": "Profit rose in the last half of the year.",
    "quarter_code": "Revenue rose 4% in Q4 2017.",
    "leading_quarter_code": "Margins fell in 3Q17.",
    "turn_of_century": "Job losses since the turn of the century hurt the town.",
    "year_quarter_code": "Revenue rose 4% in 2017 Q4.",
    "fiscal_code": "The FY2017 accounts were filed late.",
    "fiscal_year": "Profit rose in fiscal 2016.",
    "year_spoken": "The law dates from nineteen eighty-four.",
    "year_the": "Unemployment will halve by the year 2000.",
    "year_and_beyond": "Growth is expected for 2019 and beyond.",
    "year_period": "Profit rose in the third quarter, up from the 1988 period.",
    "year_range_start": "The 2010-2012 drought hurt farmers.",
    "year_range_end": "The 2010-2012 drought hurt farmers.",
    "year_prefixed": "The post-1959 politics split families.",
    "year_bare": "The plant closed in 1997.",
    "offset": "The plant closed four years ago.",
    "offset_bare": "The plant closed years ago.",
    "year_ago_period": "Sales fell in the third quarter from the year-earlier quarter.",
    "period_year_ago": "Sales fell in the third quarter; for the quarter a year ago, they rose.",
    "year_ago_adj": "Sales fell in the third quarter; year-ago sales were higher.",
    "span_with_n": "Sales fell in the past four years.",
    "span_plural": "Sales fell in the early years.",
    "span_fortnight": "A decision is expected within the next fortnight.",
    "span_over": "The town has changed over the years.",
    "relative_pmod": "Sales fell earlier this year.",
    "relative": "Sales fell last year.",
    "the_unit": "Sales fell during the quarter.",
    "year_end": "The sale should close by year-end.",
    "vague": "Sales fell recently.",
    "duration": "The strike lasted six days.",
    "duration_adj": "The six-day strike ended.",
    "duration_bare": "The strike lasted for weeks.",
    "decades_long": "The decades-long feud ended.",
    "set_day_of_month": "The council meets on the first Monday of every month.",
    "set_every": "The board meets every week.",
    "set_weekends": "The office is closed on weekends.",
    "set_adverb": "The board meets weekly.",
    "set_times": "The board meets three times a year.",
}


def test_every_rule_has_an_example():
    assert set(EXAMPLES) == {row[0] for row in read_rows("patterns.tsv")}


@pytest.mark.parametrize("rule", sorted(EXAMPLES))
@pytest.mark.parametrize("dct", [date(2018, 3, 20), None], ids=["dct", "no-dct"])
def test_rule_fires(annotate, rule, dct):
    timexes = annotate(EXAMPLES[rule], dct)
    fired = [t for t in timexes if t["rule"] == rule]
    assert fired, (rule, timexes)
    for timex in fired:
        assert is_valid_timex_value(timex["value"], timex["type"]), timex
