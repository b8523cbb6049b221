"""TimeML conventions the normaliser follows in news text, on sentences written for these tests.

DCT is Tuesday 2018-03-20 unless a test says otherwise.
"""

from datetime import date

import pytest

DCT = date(2018, 3, 20)


# --- plans and deadlines point ahead even in a past-tense report ---

@pytest.mark.parametrize("text, span, value", [
    ("The merger is scheduled to close Monday.", "Monday", "2018-03-26"),
    ("The talks are set to resume Monday in Geneva.", "Monday", "2018-03-26"),
    ("Protesters planned a march on Saturday.", "Saturday", "2018-03-24"),
    ("The mayor has scheduled a news conference Thursday.", "Thursday", "2018-03-22"),
    ("Officials postponed until Thursday morning any decision on the visa.", "Thursday morning",
     "2018-03-22TMO"),
    ("The envoy could arrive as early as Thursday.", "Thursday", "2018-03-22"),
    ("The court gave the family until 9 a.m. Thursday to reply.", "9 a.m. Thursday", "2018-03-22T09:00"),
    # "would" in what someone said is the future seen from the saying
    ("The ministry said the ban would end on Monday.", "Monday", "2018-03-26"),
    ("Aides said he would travel to Paris Thursday.", "Thursday", "2018-03-22"),
    # what someone was urged to do is ahead of the urging; not a date of a noun below it
    ("He urged them to vote Thursday.", "Thursday", "2018-03-22"),
    ("She urged him to release the tapes of their talk from March 1.", "March 1", "2018-03-01"),
    # a passive infinitive on a noun is what is still to be done
    ("She was rewriting a speech to be delivered Thursday in Ohio.", "Thursday", "2018-03-22"),
    ("The figures are in a report to be released Friday.", "Friday", "2018-03-23"),
    # "set for" with its own place first: still the date the thing is set for
    ("The issue will dominate a summit set for Washington in June.", "June", "2018-06"),
])
def test_plans_point_ahead(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


@pytest.mark.parametrize("text, value", [
    # DCT January 2016: what may yet happen is the coming November, not the last one
    ("The rule can be overturned if a Republican is elected president in November.", "2016-11"),  # "if" + present passive
    ("Not only can Ted Cruz win in November, he is the one to beat.", "2016-11"),  # "win" tagged as a noun
    ("Viguerie is upbeat about his chances of winning in November.", "2016-11"),
    ("Republicans relish the prospect of taking him on in November.", "2016-11"),
    # a conditional looks ahead to a month
    ("Republicans would hold on to the Senate in November.", "2016-11"),
    ("The bill would put a measure on the November ballot.", "2016-11"),
    # a gerund after "of" alone says nothing: the past one, as news mostly reports
    ("He spoke of winning in November.", "2015-11"),
])
def test_what_may_yet_happen_points_ahead(annotate, find, text, value):
    assert find(annotate(text, date(2016, 1, 19)), "November")["value"] == value


@pytest.mark.parametrize("text, span, value", [
    ("He was asked how ties would fare if he won the election on Nov. 8.", "Nov. 8", "2016-11-08"),
    ("She will need those backers come November.", "November", "2016-11"),
    # a condition that is over looks back
    ("If he had won on Nov. 8, he would have moved.", "Nov. 8", "2015-11-08"),
])
def test_open_conditions_and_come_point_ahead(annotate, find, text, span, value):
    assert find(annotate(text, date(2016, 5, 16)), span)["value"] == value


def test_an_open_condition_around_an_inserted_said(annotate, find):
    # DCT Monday 2018-03-12: the deadline still ahead, though "May said" splits the sentence
    text = "If no credible explanation arrived by Tuesday, May said, Britain would treat it as an attack."
    assert find(annotate(text, date(2018, 3, 12)), "Tuesday")["value"] == "2018-03-13"


@pytest.mark.parametrize("dct, text, value", [
    # the eve is the day before: what came on it came by today, so the day is at most tomorrow
    (date(2018, 3, 17), "The expulsions came on the eve of Sunday's presidential election.", "2018-03-18"),
    (date(2018, 3, 19), "The expulsions came on the eve of Sunday's presidential election.", "2018-03-18"),
    (date(2018, 3, 14), "Putin will speak on the eve of Sunday's election.", "2018-03-18"),
])
def test_the_eve_of_a_weekday(annotate, find, dct, text, value):
    assert find(annotate(text, dct), "Sunday")["value"] == value


def test_would_does_not_move_a_weekday_ahead(annotate, find):
    # DCT Wednesday 2016-06-22: "wouldn't say Tuesday" is yesterday
    text = "The Democratic leader wouldn't say Tuesday how the party would set its priorities."
    assert find(annotate(text, date(2016, 6, 22)), "Tuesday")["value"] == "2016-06-21"


@pytest.mark.parametrize("text, value", [
    # DCT Sunday 2016-06-05: what could happen is ahead; what could not, or could have, is not
    ("He could win California on Tuesday.", "2016-06-07"),
    ("The ad could hit Florida airwaves Monday.", "2016-06-06"),
    ("Trump's lawyers could not be reached for comment Saturday.", "2016-06-04"),
    ("Neither he nor his wife could be located Saturday in their hometown.", "2016-06-04"),
    ("None of the officials could be reached Friday.", "2016-06-03"),
    ("Kasich did not play the spoiler he could have Tuesday.", "2016-05-31"),
])
def test_could_looks_ahead_unless_negated_or_perfect(annotate, text, value):
    weekdays = [t for t in annotate(text, date(2016, 6, 5)) if t["rule"] == "weekday"]
    assert [t["value"] for t in weekdays] == [value]


@pytest.mark.parametrize("text, value", [
    # a simple past ends a state at the date "until" names: behind
    ("The talks lasted until Friday.", "2018-03-16"),
    ("He remained in the race until June.", "2017-06"),
    # unless the verb sets that date ahead
    ("Officials postponed until Friday any decision.", "2018-03-23"),
    ("The judge gave them until Friday to reply.", "2018-03-23"),
    ("The shop stays open until Friday.", "2018-03-23"),
])
def test_until_after_a_simple_past(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


def test_until_in_the_past_perfect_is_over(annotate, find):
    text = "The campaign had been paying rent for the tower space until May."
    assert find(annotate(text, date(2016, 8, 23)), "May")["value"] == "2016-05"


@pytest.mark.parametrize("text, span, value", [
    # DCT Wednesday 2016-02-10: what someone was due to do, told in the past, is the
    # nearer day, here yesterday...
    ("He was scheduled to leave New Hampshire late Tuesday.", "late Tuesday", "2016-02-09"),
    ("Trump prepared to speak to supporters on Tuesday.", "Tuesday", "2016-02-09"),
    # ...and here tomorrow
    ("He was scheduled to speak on Thursday.", "Thursday", "2016-02-11"),
    # so is a plan named in passing by a past-tense clause
    ("A rally planned for Tuesday was canceled after the leak.", "Tuesday", "2016-02-09"),
    # a plan told in the present still looks ahead
    ("He is scheduled to leave on Tuesday.", "Tuesday", "2016-02-16"),
    ("A rally planned for Tuesday will go ahead.", "Tuesday", "2016-02-16"),
])
def test_a_plan_told_in_the_past_is_the_nearer_day(annotate, find, text, span, value):
    assert find(annotate(text, date(2016, 2, 10)), span)["value"] == value


@pytest.mark.parametrize("text, span, value", [
    # DCT 2016-05-19: the simple present after "once", "if", "until" is the future
    ("Once the rule goes into effect on Dec. 1, many workers will receive more pay.", "Dec. 1", "2016-12-01"),
    ("Trump, if he wins in November, would be in charge.", "November", "2016-11"),
    ("We need clarity if there is a close election on Tuesday.", "Tuesday", "2016-05-24"),
])
def test_the_present_in_a_time_clause_looks_ahead(annotate, find, text, span, value):
    assert find(annotate(text, date(2016, 5, 19)), span)["value"] == value


@pytest.mark.parametrize("text, span, value", [
    # DCT Wednesday 2016-06-22
    ("“We’ll be meeting on Friday in St. Louis,” he said.", "Friday", "2016-06-24"),  # a curly apostrophe
    ("It seems we will be able to reach an agreement by Saturday afternoon.", "Saturday afternoon", "2016-06-25TAF"),
    ("The shooter is likely to appear in court Thursday.", "Thursday", "2016-06-23"),
])
def test_the_future_through_curly_apostrophes_and_adjectives(annotate, find, text, span, value):
    assert find(annotate(text, date(2016, 6, 22)), span)["value"] == value


@pytest.mark.parametrize("text, dct", [
    ("Sanders hopes to win many of the states voting on Super Tuesday.", date(2016, 2, 20)),
    # a naming participle and a holiday naming an event say nothing by their tense
    ("After that, 11 states hold contests on March 1, known as Super Tuesday.", date(2016, 2, 10)),
    ("He recently deployed paid staff to all 11 of the Super Tuesday states.", date(2016, 1, 31)),
])
def test_super_tuesday_is_the_first_tuesday_of_march(annotate, find, text, dct):
    assert find(annotate(text, dct), "Super Tuesday")["value"] == "2016-03-01"


def test_a_month_planned_in_the_past_still_looks_ahead(annotate, find):
    # plans for a month are made long before it: January 2016 is nearer to 2016-05-11, but past
    timexes = annotate("He said he planned to visit the United States before January.", date(2016, 5, 11))
    assert find(timexes, "January")["value"] == "2017-01"


@pytest.mark.parametrize("text, value", [
    # a month that dates a simple past verb is behind, even the month after the DCT's
    ("She visited Paris in April.", "2017-04"),
    ("In April, the senator proposed a no-fly zone.", "2017-04"),
    # in a noun's phrase under a past report, the nearest: the coming April
    ("The refiners learned of a cutback in their oil supply in April.", "2018-04"),
])
def test_the_next_month_told_in_the_past(annotate, find, text, value):
    assert find(annotate(text, DCT), "April")["value"] == value


@pytest.mark.parametrize("text, span, value", [
    # DCT Tuesday 2018-03-20: a verb with no tense of its own under a future clause is ahead
    ("It will be the first time that voters waking up on Thursday morning see him as the winner.",
     "Thursday morning", "2018-03-22TMO"),
    ("The ad will air beginning Friday on television.", "Friday", "2018-03-23"),
    ("Trump will respond with a speech of his own Wednesday morning.", "Wednesday morning", "2018-03-21TMO"),
    ("Voters will have a chance to make their voice heard on Thursday.", "Thursday", "2018-03-22"),
    # a to-infinitive on "intention" is ahead when the clause it is in is
    ("The minister said the country would declare its intention to leave the union by the end of August.",
     "the end of August", "2018-08"),
    # what is due is ahead, unless told in the past
    ("The filings due Sunday night are expected to show a record.", "Sunday night", "2018-03-25TNI"),
    ("The payment was due Friday.", "Friday", "2018-03-16"),
    # a participle names something done only when the date hangs from it, not from a noun below
    ("The endorsement will give her the money needed for a strong showing in Thursday's primary.",
     "Thursday", "2018-03-22"),
    # under a past or present clause it is not moved ("voters heading to the polls Sunday said")
    ("Voters heading to the polls on Sunday said they were tired.", "Sunday", "2018-03-18"),
])
def test_a_verb_without_tense_under_a_future_clause(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


@pytest.mark.parametrize("text, span, value", [
    # a date within a month ahead that dates a simple past (or "was" passive) verb is last year's
    ("On April 3, the senator proposed a bill.", "April 3", "2017-04-03"),
    ("He was arrested April 10 in Ohio.", "April 10", "2017-04-10"),
    # a date set, or a past form that is also the bare verb under a modal, still looks ahead
    ("The offer was extended to April 5.", "April 5", "2018-04-05"),
    ("The crisis may backfire and cost her party in elections on April 13.", "April 13", "2018-04-13"),
])
def test_a_date_just_ahead_told_in_the_past(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


@pytest.mark.parametrize("text, span, value", [
    # the planning itself is dated
    ("On Friday, the government planned to pay the workers.", "Friday", "2018-03-16"),
    # the plan is over
    ("The offer had been due to expire Friday evening.", "Friday evening", "2018-03-16TEV"),
    # the date is what was chosen, not what was planned
    ("The agency set Friday as the deadline.", "Friday", "2018-03-16"),
    # a sentence that opens with "Until" looks back
    ("Until Thursday, police had not named a suspect.", "Thursday", "2018-03-15"),
    # outside reported speech "would" is as often a past habit
    ("As a boy he would walk there on Sunday.", "Sunday", "2018-03-18"),
])
def test_reported_plans_that_do_not_point_ahead(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


# --- "N units later" with no date to count from is a length of time ---

def test_later_past_the_dct_outside_the_future_is_a_duration(annotate, find):
    # DCT 2018-03-20: "today" is the time named before, but the 200 years run from 1787.
    text = "We still live today under that constitution, more than 200 years later."
    later = find(annotate(text, DCT), "more than 200 years")
    assert (later["type"], later["value"]) == ("DURATION", "P200Y")


def test_later_in_the_future_tense_keeps_its_date(annotate, find):
    timexes = annotate("The plant opened in 2017. It will close three years later.", DCT)
    assert find(timexes, "three years later")["value"] == "2020"


def test_later_without_a_date_is_a_duration(annotate, find):
    timexes = annotate("The minister resigned. Three days later, parliament was dissolved.", DCT)
    later = find(timexes, "Three days")
    assert (later["type"], later["value"]) == ("DURATION", "P3D")


def test_a_few_days_later_is_a_vague_duration(annotate, find):
    timexes = annotate("The chairman quit. A few days later, the board sold the unit.", DCT)
    assert find(timexes, "A few days")["value"] == "PXD"


def test_hours_later_is_a_duration(annotate, find):
    timexes = annotate("He was shot in his kitchen. Just over an hour later, he died.", DCT)
    hour = [t for t in timexes if t["value"] == "PT1H"]
    assert hour and hour[0]["text"].endswith("over an hour"), timexes


def test_years_earlier_keeps_its_date(annotate, find):
    timexes = annotate("Wages were 3.8 percent higher than a year earlier.", DCT)
    assert find(timexes, "a year earlier")["value"] == "2017"


def test_just_is_left_out_of_an_offset(annotate, find):
    timexes = annotate("The three countries joined just a decade ago.", DCT)
    assert find(timexes, "a decade ago")["value"] == "2008"


@pytest.mark.parametrize("text, span, value", [
    ("The vote was postponed to the fall.", "the fall", "2018-FA"),
    ("The hearing was pushed back to Monday.", "Monday", "2018-03-26"),
    ("The decision was deferred to December.", "December", "2018-12"),
])
def test_the_new_date_of_something_put_off_lies_ahead(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


def test_a_delay_on_a_day_is_still_in_the_past(annotate, find):
    assert find(annotate("Flights were delayed on Friday because of snow.", DCT), "Friday")["value"] == "2018-03-16"


@pytest.mark.parametrize("text, first, second", [
    # DCT Tuesday 2018-03-20
    ("The union called a strike for next Monday and Tuesday.", "2018-03-26", "2018-03-27"),
    ("The decision could come as soon as Tuesday or Wednesday.", "2018-03-20", "2018-03-21"),
    ("Statements were issued Friday and Thursday by the lawyers.", "2018-03-16", "2018-03-15"),
    ("The poll was taken Wednesday through Sunday.", "2018-03-14", "2018-03-18"),
    ("The poll was taken Wednesday-Sunday.", "2018-03-14", "2018-03-18"),  # a dash without spaces
    # told in the past, a day of the run is not after the DCT
    ("He met her on Tuesday and Thursday.", "2018-03-20", "2018-03-15"),
])
def test_weekdays_in_one_list_are_days_of_one_run(annotate, text, first, second):
    assert [t["value"] for t in annotate(text, DCT)] == [first, second]


@pytest.mark.parametrize("text, span, value", [
    # DCT Tuesday 2018-03-20: what the event will do, not when it happens
    ("Monday's decision will make the choice clearer.", "Monday", "2018-03-19"),
    ("His address Sunday about terrorism will shape the race.", "Sunday", "2018-03-18"),
    # the nearest such day either way, so a coming one stays ahead
    ("Thursday's vote will decide the race.", "Thursday", "2018-03-22"),
    # deeper in the subject's phrases too
    ("Scenes from the rally at the arena in Ohio Sunday will haunt him.", "Sunday", "2018-03-18"),
    ("The results of Monday's primaries will shape the race.", "Monday", "2018-03-19"),
    # a weekday that is not in the subject still follows the future
    ("Trump will use Monday's encounter to make news.", "Monday", "2018-03-26"),
])
def test_a_weekday_in_the_subject_of_a_future_verb_is_the_nearest_one(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


@pytest.mark.parametrize("text, value", [
    # DCT Tuesday 2018-03-20
    ("Polls show him trailing just ahead of Saturday's vote.", "2018-03-24"),
    ("The race has grown nasty in the run-up to New York's delegate-rich Thursday primary.", "2018-03-22"),
    ("Ahead of Friday's meeting, France proposed a deal.", "2018-03-16"),  # past: either way, so the past
    ("Her share before Friday's purchases is far below his.", "2018-03-16"),  # "before" orders, not expects
])
def test_ahead_of_an_event_in_a_clause_not_in_the_past_looks_ahead(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    ("We stand an excellent chance to win it on Friday.", "2018-03-23"),
    ("He had a chance to win it on Friday but lost.", "2018-03-16"),
])
def test_a_chance_to_do_something_looks_ahead_while_it_is_open(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    # DCT 2018-03-20; the parser hangs "in November" from the verb, not from the prospect
    ("A split party could lead to chaos and harm her chances against him in November.", "2018-11"),
    ("The ads boost his odds in November.", "2018-11"),  # "odds", which lemmatises as "odd"
])
def test_a_prospect_acted_on_looks_ahead(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    # the second verb of a pair has the tense of the first one's auxiliaries
    ("The leaders will meet in Paris and sign the deal on Friday.", "2018-03-23"),
    ("They are expected to meet and sign the accord on Thursday.", "2018-03-22"),
    ("The leaders met in Paris and signed the deal on Friday.", "2018-03-16"),
    ("He was arrested and charged on Friday.", "2018-03-16"),
])
def test_a_second_verb_shares_the_tense_of_the_first(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    # DCT 2018-03-20: reaching back to a time, whatever the verb
    ("The court has clips dating as far back as June.", "2017-06"),
    ("The unions will stand by her, as they have way back in October.", "2017-10"),
    # a bare "back in" is no such phrase
    ("We will come back in November.", "2018-11"),
])
def test_phrases_that_reach_back_point_to_the_past(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    # DCT Tuesday 2018-03-20
    ("She noted a planned Cruz rally on Saturday in Sioux City.", "2018-03-17"),  # told in the past: the nearer
    ("But he was not hopeful about the looming showdown in July.", "2018-07"),
    ("Officials discussed the forthcoming summit in June.", "2018-06"),
    ("Officials discussed the summit in June.", "2017-06"),
    ("I feel very good about our chances in November.", "2018-11"),  # a prospect
])
def test_a_date_of_something_marked_as_ahead_lies_ahead(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


@pytest.mark.parametrize("text, value", [
    # DCT 2018-03-20: "do"-support is the present, "did" the past
    ("They don't want to run against her in November.", "2018-11"),
    ("They didn't want to run against her in November.", "2017-11"),
])
def test_do_support_carries_the_tense(annotate, text, value):
    assert [t["value"] for t in annotate(text, DCT)] == [value]


# --- clock times take the day of their sentence ---

def test_clock_time_takes_the_weekday_of_its_sentence(annotate, find):
    timexes = annotate("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.", DCT)
    assert find(timexes, "about 10:35 a.m.")["value"] == "2018-03-16T10:35"


def test_a_weekday_far_off_in_the_sentence_does_not_date_a_clock_time(annotate, find):
    text = ("6 p.m. Donald Trump is raising questions about the way the other campaign has handled "
            "the debate it held in the city on Friday.")
    assert find(annotate(text, DCT), "6 p.m.")["value"] == "2018-03-20T18:00"


def test_oclock_this_afternoon_is_after_noon(annotate, find):
    timex = find(annotate("The plan should be ready by 6 o'clock this afternoon.", DCT), "6 o'clock this afternoon")
    assert timex["value"] == "2018-03-20T18:00"


def test_clock_time_takes_the_full_date_its_weekday_belongs_to(annotate, find):
    # "Wednesday" alone would be 2018-03-14; "Wednesday, March 7" says which one.
    timexes = annotate("The meeting was held on Wednesday, March 7, at 10:30 a.m. local time.", DCT)
    timex = find(timexes, "10:30 a.m. local time")
    assert timex["value"] == "2018-03-07T10:30"
    assert timex["anchor"].startswith("Wednesday, March 7@")


@pytest.mark.parametrize("zone", ["EST", "Eastern time", "local time", "Pacific Daylight Time"])
def test_a_time_zone_belongs_to_the_clock_time_and_the_day_after_it(annotate, find, zone):
    timex = find(annotate(f"Polls close at 8 p.m. {zone} tomorrow in most states.", DCT), f"8 p.m. {zone} tomorrow")
    assert timex["value"] == "2018-03-21T20:00"


def test_a_capitalised_region_is_not_a_time_zone(annotate, find):
    timexes = annotate("At 6 p.m. Eastern Europe went dark.", DCT)
    assert find(timexes, "6 p.m.")["value"] == "2018-03-20T18:00"


def test_clock_time_takes_a_date_named_before_it(annotate, find):
    timexes = annotate("On March 2, 2018, the polls closed at 8 p.m. without incident.", DCT)
    assert find(timexes, "8 p.m.")["value"] == "2018-03-02T20:00"


def test_hour_in_the_morning(annotate, find):
    timexes = annotate("The father will leave at four in the morning on Thursday.", DCT)
    assert find(timexes, "four in the morning")["value"] == "2018-03-22T04:00"


def test_high_noon_is_not_a_time(annotate):
    assert annotate("For the party, high noon comes with the vote.", DCT) == []


# --- weeks, quarters and anchors ---

def test_the_week_of_a_date_is_its_iso_week(annotate, find):
    timexes = annotate("The case may be heard in the week of March 6.", DCT)
    week = find(timexes, "the week of March 6")
    assert (week["type"], week["value"]) == ("DATE", "2018-W10")


@pytest.mark.parametrize("text, value", [
    ("Rubio hopes for a strong finish on Monday. He wants two things that day.", "2018-03-19"),
    ("Dozens of donors gave on April 30, 2014. Some of those donating that day lived far away.", "2014-04-30"),
])
def test_that_day_is_the_day_named_before(annotate, find, text, value):
    that_day = find(annotate(text, DCT), "that day")
    assert (that_day["value"], that_day["rule"]) == (value, "that_day")


@pytest.mark.parametrize("text", [
    "What happened that day in the courtroom?",  # no day named before
    "The plane landed overnight. He was awake at 7 a.m. that day.",  # no whole day named before
    "He met them on Monday. It was a show of respect on that day back in March 2010.",  # its day follows
])
def test_that_day_with_no_day_to_point_back_to_is_not_dated(annotate, text):
    assert [t for t in annotate(text, DCT) if t["text"] == "that day"] == []


def test_the_quarter_a_year_ago(annotate, find):
    text = "Profit rose in the third quarter of 2017. For the quarter a year ago, it fell."
    assert find(annotate(text, DCT), "the quarter a year ago")["value"] == "2016-Q3"


def test_the_year_ago_period_passes_over_a_forecast_quarter(annotate, find):
    text = ("Profit fell in the third quarter. Analysts expect losses through the third quarter of 1990. "
            "In the year-ago period, it earned $101 million.")
    assert find(annotate(text, date(1989, 10, 26)), "the year-ago period")["value"] == "1988-Q3"


@pytest.mark.parametrize("text, value", [
    # the quarter the report names, a fiscal one included
    ("Net rose in its fiscal second quarter ended Sept. 30. The latest period includes a gain.", "1989-Q2"),
    # a fourth quarter reported in October is a fiscal one, over; one forecast is not reported
    ("The firm reported a decline in fourth-quarter earnings. Sales in the latest period rose.", "1989-Q4"),
    ("The firm expects fourth-quarter earnings to fall. Sales in the latest period rose.", "1989-Q3"),
    # with none named, the last quarter completed
    ("Sales rose in the latest quarter.", "1989-Q3"),
])
def test_the_latest_quarter_is_the_one_reported(annotate, find, text, value):
    latest = [t for t in annotate(text, date(1989, 10, 26)) if t["text"].lower().startswith("the latest")]
    assert [t["value"] for t in latest] == [value]


def test_last_years_quarter(annotate, find):
    text = "Profit rose in the third quarter of 2017. Sales for last year's quarter were flat."
    assert find(annotate(text, DCT), "last year's quarter")["value"] == "2016-Q3"


def test_this_quarter_in_a_report_is_the_quarter_reported(annotate, find):
    text = "Profit fell in the third quarter of 2017. This quarter's loss includes charges."
    assert find(annotate(text, DCT), "This quarter")["value"] == "2017-Q3"


def test_this_quarter_alone_is_the_current_quarter(annotate, find):
    assert find(annotate("Sales should rise this quarter.", DCT), "this quarter")["value"] == "2018-Q1"


@pytest.mark.parametrize("text, value", [
    # May to July is mostly the second quarter; DCT 2018-03-20, so July is last year's.
    ("In the quarter ended July 31, the retailer lost $2 million.", "2017-Q2"),
    ("In the quarter ended Dec. 31, sales rose.", "2017-Q4"),
    # November to January is mostly the last quarter of the year before.
    ("In the quarter ended Jan. 31, sales rose.", "2017-Q4"),
])
def test_the_quarter_ended_a_date_is_the_calendar_quarter_it_mostly_covers(annotate, find, text, value):
    assert find(annotate(text, DCT), "the quarter")["value"] == value


def test_the_quarter_ended_a_date_keeps_the_quarter_already_named(annotate, find):
    # A fiscal label named first wins: the company's own numbering, not the calendar.
    text = "Sales rose in the fiscal first quarter. In the quarter ended Sept. 30, costs fell."
    assert find(annotate(text, DCT), "the quarter")["value"] == "2018-Q1"


@pytest.mark.parametrize("text, span", [
    ("In the year ended March 31, sales rose.", "the year"),
    ("In the fiscal year ended Jan. 31, sales rose.", "the fiscal year"),
])
def test_the_year_ended_a_date_is_a_length_of_time(annotate, find, text, span):
    timex = find(annotate(text, DCT), span)
    assert (timex["type"], timex["value"]) == ("DURATION", "P1Y")


def test_the_previous_weekday_counts_from_the_day_the_story_is_on(annotate, find):
    # DCT Tuesday 2018-03-20; the story is about Friday 2018-03-16, told at length.
    filler = "Traders blamed the pound, the oil price and the news from Washington. " * 8
    text = f"London shares closed lower Friday. {filler}The index ended 4.5% down from the previous Friday."
    assert find(annotate(text, DCT), "the previous Friday")["value"] == "2018-03-09"


def test_the_week_is_the_week_of_the_day_just_reported(annotate, find):
    # DCT Monday 2018-03-26 (ISO week 13); the market closed on Friday 2018-03-23 (week 12).
    text = "The index rose 1.2% to 452.76 on Friday. For the week, it dropped 3.8%."
    assert find(annotate(text, date(2018, 3, 26)), "the week")["value"] == "2018-W12"


@pytest.mark.parametrize("text, dct, value", [
    # A Sunday paper's week runs Sunday to Saturday: "last week" is the seven days just gone,
    # six of them in the DCT's own ISO week; "this week" ahead is the one starting today.
    ("Rubio lost to Trump last week in his home state.", date(2016, 3, 20), "2016-W11"),
    ("Voters have backed him over the past week.", date(2016, 3, 20), "2016-W11"),
    ("Gore will skip this week's convention.", date(2016, 7, 24), "2016-W30"),
    ("Trump campaigned in the state this week.", date(2016, 7, 24), "2016-W29"),
    # "the past week" is the seven days up to the DCT: from a Thursday, mostly the DCT's own
    # ISO week; before it, mostly the one before; plain "last week" is the calendar's
    ("He spent four days in Arizona over the past week.", date(2016, 3, 24), "2016-W12"),
    ("Priebus this past week announced a website.", date(2016, 4, 2), "2016-W13"),
    ("He spent four days in Arizona over the past week.", date(2016, 3, 23), "2016-W11"),
    ("Rubio lost to Trump last week in his home state.", date(2016, 3, 24), "2016-W11"),
    # any other day counts ISO weeks as they are
    ("Rubio lost to Trump last week in his home state.", date(2016, 3, 21), "2016-W11"),
    ("Rubio lost to Trump last week in his home state.", date(2016, 3, 19), "2016-W10"),
    ("Gore will skip this week's convention.", date(2016, 7, 23), "2016-W29"),
])
def test_weeks_counted_from_a_sunday(annotate, text, dct, value):
    assert [t["value"] for t in annotate(text, dct) if "week" in t["text"]] == [value]


@pytest.mark.parametrize("text, dct, value", [
    ("Protesters marched over the weekend.", date(2016, 9, 23), "2016-W37-WE"),    # Friday: the one gone
    ("The curfew will continue through the weekend.", date(2016, 9, 23), "2016-W38-WE"),  # the coming one
    ("Protesters marched over the weekend.", date(2016, 9, 25), "2016-W38-WE"),    # Sunday: this one
    ("The curfew would continue through the weekend.", date(2016, 9, 25), "2016-W38-WE"),  # still this one
])
def test_the_weekend(annotate, find, text, dct, value):
    assert find(annotate(text, dct), "the weekend")["value"] == value


def test_the_week_alone_is_the_dcts_week(annotate, find):
    assert find(annotate("Talks resume during the week.", DCT), "the week")["value"] == "2018-W12"


def test_later_that_year_leans_on_the_year_named(annotate, find):
    timexes = annotate("He arrived in June 1998 and returned home later that year.", DCT)
    assert find(timexes, "later that year")["value"] == "1998"


def test_a_month_with_a_day_after_last(annotate, find):
    timexes = annotate("The doctor was shot last Oct. 23 at his home.", DCT)
    assert find(timexes, "Oct. 23")["value"] == "2017-10-23"


# --- eras, discourse markers and old prices are not dates ---

@pytest.mark.parametrize("text", [
    "Paternity is easy to prove in today's world.",
    "The case is for today's youth what the embargo was for their parents.",
    "He would choose the leaders of tomorrow differently.",
    'He is not the long-haired "ambush journalist" of today.',
])
def test_today_as_an_era_is_not_a_date(annotate, text):
    assert annotate(text, DCT) == []


@pytest.mark.parametrize("text", [
    "He joked with late night talk show host Seth Meyers.",
    "Weiner became the fodder of late-night comedians.",
    "She is a regular on the early-morning news shows.",
    "It is not going to happen overnight.",
    "She was transformed from a senator to a star overnight.",
    "The deal nearly doubled the company's size overnight.",
    "You can't build an organization like that overnight.",  # denied: suddenly, not a night
    "You can't do that overnight.",  # nor "that overnight" as "that night"
    "He sold the paper to 21st Century Fox.",
    "She said so on Breitbart News Daily.",
    "She taped an appearance on The Tonight Show Starring Jimmy Fallon.",
    "He told Publishers Weekly that the book was done.",
    "USA TODAY reported the donations.",
    "The campaign manager said so on CBS This Morning.",
    "He said so on Fox News channel's Sunday Morning Futures.",
    "He hosted Saturday Night Live again.",
    "Marco Rubio will be the flavor of the week, he tweeted.",
    "Readers wanted Sanders as Time's person of the year.",
    "The rally competed with the start of the Summer Olympics.",
    "Tickets for the Winter Games went on sale.",
    'The police unit known as the "Midnight Crew" was disbanded.',
    "Other members included Drew Ivers, Jill June, Lori Jungling and Jeff Kaufmann.",
])
def test_kinds_idioms_and_names_are_not_times(annotate, text):
    assert annotate(text, DCT) == []


@pytest.mark.parametrize("text, value", [
    ("China would one day dominate the country.", "FUTURE_REF"),
    ("Researchers hope one day to harness that power.", "FUTURE_REF"),
    ("It is better to live one day as a lion than a year as a sheep.", "P1D"),
    ("Schultz resigned Sunday, one day before the convention.", "P1D"),
    ("In one day, the campaign raised $18,000.", "P1D"),
    ("With just one day to go, Trump leads.", "P1D"),
])
def test_one_day_as_someday_or_as_a_length(annotate, find, text, value):
    assert find(annotate(text, DCT), "one day")["value"] == value


@pytest.mark.parametrize("text, months", [
    ("Prime Minister Theresa May spoke in London. Later, May said the attack was unlawful.", []),
    ("Prime Minister Theresa May addressed parliament. Lawmakers pressed May to go further.", []),
    # after a word that leads a date it is the month again
    ("Prime Minister Theresa May spoke. Britain will leave the bloc in May.", ["2018-05"]),
])
def test_a_month_that_is_a_named_persons_surname_is_the_person(annotate, text, months):
    assert [t["value"] for t in annotate(text, DCT) if t["rule"] == "month_alone"] == months


@pytest.mark.parametrize("text, span, value", [
    ("He defended his early-morning tweets.", "early-morning", "2018-03-20TMO"),
    ("Trump took to Twitter overnight to accuse her.", "overnight", "2018-03-19TNI"),
    ("Tonight Trump speaks in Ohio.", "Tonight", "2018-03-20TNI"),
    ("Daily, the paper prints a correction.", "Daily", "P1D"),
    ("It was among the great events of the 20th Century. Few disagree.", "the 20th Century", "19"),
    ("She wrote in the magazine's Spring 2015 issue.", "Spring 2015", "2015-SP"),
])
def test_times_beside_them_still_are(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


@pytest.mark.parametrize("text, span, value", [
    ("He paid no tax for 15-plus years.", "15-plus years", "P15Y"),
    ("The race will unfold over the next five-plus months.", "the next five-plus months", "P5M"),
    ("She was working 35-plus hours a week.", "35-plus hours a week", "P1W"),
])
def test_n_plus_units_are_more_than_n(annotate, find, text, span, value):
    timex = find(annotate(text, DCT), span)
    assert timex["value"] == value
    assert timex.get("mod") == ("MORE_THAN" if timex["type"] == "DURATION" else None)


@pytest.mark.parametrize("text", [
    "Clinton has won 13 of the past 19 Democratic contests.",
    "Obama won Iowa in the past two elections.",
    "The past three periods of rising rates went badly.",
    "They spoke in the past tense.",
    "The company may buy back its shares from time to time.",  # how often, not when
])
def test_past_counting_things_that_are_not_times_is_no_past_ref(annotate, text):
    assert annotate(text, DCT) == []


@pytest.mark.parametrize("text", [
    "In the past, a president would resign.",
    "In the past many voters stayed home.",
])
def test_the_past_before_other_words_is_still_past_ref(annotate, find, text):
    assert find(annotate(text, DCT), "the past")["value"] == "PAST_REF"


@pytest.mark.parametrize("text", [
    "The rule was announced in the last year of his presidency.",
    "He would not campaign with the nominee in the last week of the race.",
])
def test_the_last_unit_of_an_event_is_not_the_one_before_this(annotate, text):
    assert annotate(text, DCT) == []


def test_over_the_last_unit_of_something_is_still_the_one_before_this(annotate, find):
    assert find(annotate("Over the last year of talks, the plan changed.", DCT), "the last year")["value"] == "2017"


@pytest.mark.parametrize("text, value", [
    ("February's jump in hiring made the month's figures the best in a year.", "2018-02"),
    ("The month was a disaster for the party.", "2018-03"),
])
def test_the_month_is_the_one_just_named_in_its_sentence(annotate, text, value):
    the_month = [t for t in annotate(text, DCT) if t["text"].lower() == "the month"]
    assert [t["value"] for t in the_month] == [value]


def test_todays_editions_are_dated(annotate, find):
    timexes = annotate("The offer was advertised in today's editions of the paper.", DCT)
    assert find(timexes, "today")["value"] == "2018-03-20"


def test_now_with_a_comma_opening_a_sentence_is_a_discourse_marker(annotate):
    assert annotate("The plan failed. Now, he says, it looks hopeless.", DCT) == []


def test_now_opening_a_sentence_without_a_comma_is_the_present(annotate, find):
    timexes = annotate("The plan failed. Now officials are looking for another one.", DCT)
    assert find(timexes, "Now")["value"] == "PRESENT_REF"


def test_then_current_is_the_past(annotate, find):
    timexes = annotate("Holders may buy shares at half the then current market price.", DCT)
    assert find(timexes, "then current")["value"] == "PAST_REF"


def test_the_next_morning_follows_the_date_named(annotate, find):
    timexes = annotate("He was arrested on March 2, 2018 and appeared in court the next morning.", DCT)
    morning = find(timexes, "the next morning")
    assert (morning["type"], morning["value"]) == ("TIME", "2018-03-03TMO")


def test_the_next_day_needs_a_date_to_follow(annotate):
    assert [t["text"] for t in annotate("He appeared in court the next day.", DCT)] == []


def test_election_day(annotate, find):
    timexes = annotate("It will be a theme of the campaign until Election Day.", date(1998, 10, 26))
    assert find(timexes, "Election Day")["value"] == "1998-11-03"


def test_a_second_day_joined_to_a_date(annotate, find):
    timexes = annotate("Leaders will meet in Washington on April 24 and 25.", DCT)
    assert find(timexes, "April 24")["value"] == "2018-04-24"
    assert find(timexes, "25")["value"] == "2018-04-25"


def test_a_number_after_and_is_not_a_day(annotate):
    timexes = annotate("Between 1990 and 25 of its rivals, the firm chose three.", DCT)
    assert [t["text"] for t in timexes] == ["1990"]


def test_a_year_earlier_after_the_nine_months_is_the_year(annotate, find):
    text = ("Profit rose in the third quarter of 2017. For the nine months, net was $9 million, "
            "compared with $7 million a year earlier.")
    assert find(annotate(text, DCT), "a year earlier")["value"] == "2016"


def test_a_year_earlier_after_a_quarter_is_the_quarter(annotate, find):
    text = "Profit rose in the third quarter of 2017 to $9 million from $7 million a year earlier."
    assert find(annotate(text, DCT), "a year earlier")["value"] == "2016-Q3"


# --- a reduced relative clause reports what is already done ---

@pytest.mark.parametrize("text, span, value", [
    # DCT 2018-03-20: the nearest Sept. 4 would be 2018-09-04 (168 days ahead, 197 back)
    ("The index is near the record high set on Sept. 4.", "Sept. 4", "2017-09-04"),
    ("Revenue rose 8% in the year ended Sept. 30.", "Sept. 30", "2017-09-30"),
    # ...unless the participle is a plan
    ("Shareholders will vote at a meeting scheduled for Sept. 4.", "Sept. 4", "2018-09-04"),
])
def test_reduced_relative_participle_points_back(annotate, find, text, span, value):
    assert find(annotate(text, DCT), span)["value"] == value


# --- with no verb to go by, news dates lean to the past ---

@pytest.mark.parametrize("dct, text, span, value", [
    # Oct. 23 is 170 days ahead of the DCT and 195 back: the past one still wins
    (date(2018, 5, 6), "Investigators have been studying the Oct. 23 shooting.", "Oct. 23", "2017-10-23"),
    # ...but not when the next one is far nearer
    (date(2018, 10, 20), "Voters await the Nov. 6 election results.", "Nov. 6", "2018-11-06"),
    # a date naming an event goes by the calendar, not by the clause's past tense
    (date(2016, 7, 31), "The nominee for the Nov. 8 election later said he was joking.", "Nov. 8", "2016-11-08"),
    (date(2016, 2, 23), "The judge set an April 15 deadline for the parties.", "April 15", "2016-04-15"),
    (date(2016, 2, 23), "The judge ruled on April 15.", "April 15", "2015-04-15"),
    # ...but a firm future of which the event is the object or the setting does count
    (date(2016, 3, 10), "Trump, who will face Clinton in the Nov. 8 election, spoke in Ohio.", "Nov. 8", "2016-11-08"),
    (date(2016, 3, 10), "Clinton will win the Nov. 8 election, he predicted.", "Nov. 8", "2016-11-08"),
    # not when the event is what another noun is about
    (date(2016, 3, 10), "Police will release a report on the Oct. 23 shooting.", "Oct. 23", "2015-10-23"),
])
def test_untensed_month_day_leans_to_the_past(annotate, find, dct, text, span, value):
    assert find(annotate(text, dct), span)["value"] == value


@pytest.mark.parametrize("text, value", [
    # DCT 2017-10-27: an infinitive under "is continuing" goes on now, so the nearer June
    ("The bank said it is continuing to try to sell itself, under a June agreement with investors.", "2017-06"),
    ("The bank is trying to sell itself before June.", "2018-06"),
])
def test_an_infinitive_under_an_ongoing_progressive_does_not_point_ahead(annotate, find, text, value):
    assert find(annotate(text, date(2017, 10, 27)), "June")["value"] == value


@pytest.mark.parametrize("text, dct, value", [
    # a gerund after "before", "since", "for" takes the past of the clause it hangs from
    ("She stopped giving paid speeches before announcing her run in April.", date(2015, 12, 15), "2015-04"),
    ("He earned $40 million for helping the firm sell itself in March.", date(2016, 1, 7), "2015-03"),
    # ...but a hope or a quoted call still looks ahead
    ("They held signs in hopes of seeing the duo together on the ticket in the fall.", date(2016, 6, 28), "2016-FA"),
    # "much of", "most of" do not hide the verb: the fall just over
    ("She led the Iowa polls for most of the fall, but her lead has evaporated.", date(2016, 1, 18), "2015-FA"),
])
def test_the_tense_reaches_through_gerunds_and_quantities(annotate, text, dct, value):
    assert [t["value"] for t in annotate(text, dct) if t["type"] == "DATE"] == [value]


@pytest.mark.parametrize("text, values", [
    # DCT 2015-11-27: the second month of a pair follows the first
    ("Most of the ads reserved in December and January come from super PACs.", ["2015-12", "2016-01"]),
    ("The season runs from November to February.", ["2015-11", "2016-02"]),
    ("It happened in May or June.", ["2015-05", "2015-06"]),
    # not joined: each month on its own
    ("Prices fell in November and then rose in January.", ["2015-11", "2015-01"]),
])
def test_a_month_joined_to_the_month_before_it_follows_it(annotate, text, values):
    assert [t["value"] for t in annotate(text, date(2015, 11, 27))] == values


@pytest.mark.parametrize("text, dct, value", [
    # "since year-end" looks back to the end of a year already over
    ("The index has risen 12% since year-end.", date(2017, 10, 30), "2016"),
    ("The merger should close by year-end.", date(2017, 10, 30), "2017"),
])
def test_year_end(annotate, find, text, dct, value):
    assert find(annotate(text, dct), "year-end")["value"] == value


@pytest.mark.parametrize("text, dct, value", [
    # written in the winter of 2017/18: "the spring" with no tense is the coming one...
    ("Factories are going to start getting hit in the spring.", date(2018, 2, 6), "2018-SP"),
    ("This spring will be busy.", date(2018, 2, 6), "2018-SP"),
    # ...in the past tense the last one, and "this winter" the one under way
    ("Factories closed in the spring.", date(2018, 2, 6), "2017-SP"),
    ("This winter is the coldest in years.", date(2018, 2, 6), "2017-WI"),
    ("This winter will be cold.", date(2018, 10, 6), "2018-WI"),
])
def test_seasons_in_january_and_february(annotate, text, dct, value):
    seasons = [t for t in annotate(text, dct) if t["rule"] == "season_rel"]
    assert [t["value"] for t in seasons] == [value]


@pytest.mark.parametrize("text, values", [
    ("He led the polls for much of the fall and winter.", ["2015-FA", "2015-WI"]),
    ("He campaigned last winter and spring.", ["2014-WI", "2015-SP"]),  # the spring after that winter
    ("Her shifts run long during summer and fall.", []),  # no "the": any summer
    ("The bank hires summer analysts.", []),
])
def test_a_second_season_shares_the_determiner_of_the_first(annotate, text, values):
    seasons = [t for t in annotate(text, date(2016, 2, 11)) if t["rule"] == "season_rel"]
    assert [t["value"] for t in seasons] == values


# --- holidays ---

@pytest.mark.parametrize("text, dct, value", [
    # no tense to go by: the nearer one, here the coming election
    ("Donors gather as Election Day grows near.", date(2016, 9, 21), "2016-11-08"),
    ("He urged supporters to visit polling places on Election Day.", date(2016, 9, 30), "2016-11-08"),
    # federal elections fall in even years: in February 2016, not the local one of November 2015
    ("As Election Day nears, the number of undecided voters shrinks.", date(2016, 2, 18), "2016-11-08"),
    # an infinitive after "continues" goes on now; it does not point ahead
    ("He continues to insist, most recently in a Labor Day interview, that he was right.",
     date(2016, 9, 8), "2016-09-05"),
    ("He spoke at a rally on Labor Day.", date(2016, 9, 8), "2016-09-05"),
    # in the weeks before it, the coming one, whatever the tense of the sentence
    ("Their last debate was held the Saturday before Christmas.", date(2015, 12, 23), "2015-12-25"),
    ("The shops were full before Thanksgiving.", date(2016, 11, 2), "2016-11-24"),
    # further ahead, the past tense means the one gone by
    ("The shops were full at Thanksgiving.", date(2016, 10, 2), "2015-11-26"),
    # held every four years: the nearest year it is held in
    ("Romney swept the South on Super Tuesday.", date(2015, 11, 20), "2012-03-06"),
    ("Voters in 12 states will go to the polls on Super Tuesday.", date(2015, 11, 20), "2016-03-01"),
    ("The next president must have a plan before Inauguration Day.", date(2016, 3, 10), "2017-01-20"),
    ("Crowds lined the streets on Inauguration Day.", date(2016, 3, 10), "2013-01-20"),
    ("Crowds will line the streets on Inauguration Day.", date(2017, 1, 25), "2021-01-20"),
    # told in the past in a paragraph about an earlier year: that year's
    ("Gore had a lead in 2000 that summer. By Election Day, it was gone.", date(2016, 8, 10), "2000-11-07"),
    ("Kentucky took part in the 1988 Super Tuesday.", date(2016, 5, 18), "1988-03-01"),
    # not across a paragraph, which may have moved on to now
    ("In an interview in 2013, he said he was bored.\n\nBloomberg turned 74 on Valentine's Day.",
     date(2016, 2, 18), "2016-02-14"),
])
def test_holidays_without_a_year(annotate, find, text, dct, value):
    holiday = [t for t in annotate(text, dct) if t["rule"] == "holiday"]
    assert [t["value"] for t in holiday] == [value]


def test_a_holiday_in_a_name_is_not_a_date(annotate):
    assert annotate("Storms wiped out societies like Easter Island.", DCT) == []


# --- a weekday that names an event ("Monday's debate") ---

@pytest.mark.parametrize("text, value", [
    # DCT Friday 2016-09-30; the debate was on Monday 2016-09-26
    ("Trump is raising questions about his microphone during Monday's debate.", "2016-09-26"),
    ("Monday's debate might not move many voters.", "2016-09-26"),
    ("The impact of Monday's debate is still small.", "2016-09-26"),
    # ahead only when the verb says so
    ("Trump will use Monday's debate to attack her.", "2016-10-03"),
    ("Voters expect Clinton to win Monday's debate.", "2016-10-03"),
    # the event is where a present-tense verb holds: still to come
    ("Kaine badly needs a win in Monday's debate.", "2016-10-03"),
    ("Kaine is facing a tough fight in Monday's debate.", "2016-10-03"),
    ("The senator, who is taking part in Monday's debate, spoke.", "2016-10-03"),
    # but not a noun or a bare participle: they say nothing of when
    ("Critics faulted the polls for missing her victory in Monday's debate.", "2016-09-26"),
    ("Heading into Monday's debate, Clinton had led.", "2016-09-26"),
])
def test_a_possessive_weekday_looks_back_unless_the_verb_looks_ahead(annotate, find, text, value):
    assert find(annotate(text, date(2016, 9, 30)), "Monday")["value"] == value


@pytest.mark.parametrize("text, dct, value", [
    # the month just gone is "last month": named, it is the one a year before
    ("Two helicopters crashed last February.", date(2018, 3, 20), "2017-02"),
    ("She handed over the emails last November.", date(2015, 12, 31), "2014-11"),
    # "this past February" is the one just gone; so is any month further back
    ("Two helicopters crashed this past February.", date(2018, 3, 20), "2018-02"),
    ("Two helicopters crashed last January.", date(2018, 3, 20), "2018-01"),
    # across New Year, "last December" is last year's, the one just gone
    ("The strike began last December.", date(2018, 1, 10), "2017-12"),
])
def test_last_and_the_month_just_gone(annotate, text, dct, value):
    months = [t for t in annotate(text, dct) if t["type"] == "DATE"]
    assert [t["value"] for t in months] == [value]


@pytest.mark.parametrize("text, value", [
    # DCT 2018-03-20: a participle with its own subject after "with" shares the clause's tense
    ("The airline said it would add flights from May 1, with the third departing from August 6.", "2018-08-06"),
    ("The airline added flights, with the third departing from August 6.", "2017-08-06"),
])
def test_an_absolute_clause_shares_the_tense_of_its_clause(annotate, find, text, value):
    assert find(annotate(text, DCT), "August 6")["value"] == value


@pytest.mark.parametrize("text, span, value", [
    ("Over the years, the party has shifted to the right.", "the years", "PXY"),
    ("Voters have heard his speeches over the decades.", "the decades", "PXY"),
])
def test_over_the_years_is_a_vague_stretch(annotate, find, text, span, value):
    found = find(annotate(text, DCT), span)
    assert (found["type"], found["value"]) == ("DURATION", value)


def test_a_plural_part_of_the_day_is_shared_by_both_weekdays(annotate):
    found = annotate("The new flights leave on Monday and Tuesday nights.", DCT)
    assert [(t["text"], t["type"], t["value"]) for t in found] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    # a singular part belongs to the second day only
    found = annotate("The ministers met on Monday and Tuesday evening.", DCT)
    assert [t["value"] for t in found] == ["2018-03-19", "2018-03-20TEV"]


# --- one month, one year per article ---

MARCH_2016 = date(2016, 3, 10)


def test_an_untensed_month_takes_the_year_the_article_gives_it_elsewhere(annotate):
    text = "Voters will choose a new president in November. The stakes in November are high."
    assert [t["value"] for t in annotate(text, MARCH_2016)] == ["2016-11", "2016-11"]


def test_a_day_dated_by_a_settled_month_follows_it(annotate):
    text = ("Voters will choose a new president in November. The stakes in November are high. "
            "Counting ends on the 15th.")
    assert [t["value"] for t in annotate(text, MARCH_2016)] == ["2016-11", "2016-11", "2016-11-15"]


def test_an_untensed_holiday_takes_the_year_the_article_gives_its_month(annotate):
    # written in April 2016: the nearer Election Day is 3 Nov 2015; the article is about the coming one
    text = "Voters will choose a president in November. The stakes of Election Day are high."
    assert [t["value"] for t in annotate(text, date(2016, 4, 15))] == ["2016-11", "2016-11-08"]


def test_an_untensed_month_alone_goes_by_the_calendar(annotate):
    assert [t["value"] for t in annotate("The stakes in November are high.", MARCH_2016)] == ["2015-11"]


def test_mentions_that_disagree_settle_nothing(annotate):
    text = ("The union endorsed Clinton in November. Voters will choose a new president in November. "
            "The stakes in November are high.")
    assert [t["value"] for t in annotate(text, MARCH_2016)] == ["2015-11", "2016-11", "2015-11"]


def test_a_month_the_calendar_put_ahead_is_not_moved_back(annotate):
    # written in October: the nearer February is the coming one, whatever last February saw
    text = "Sales fell in February. The stakes in February are high."
    assert [t["value"] for t in annotate(text, date(2015, 10, 30))] == ["2015-02", "2016-02"]



def test_a_leap_day_is_not_moved_into_a_common_year(annotate):
    text = "Voters will decide in February. The stakes of the Feb. 29 deadline are high."
    assert [t["value"] for t in annotate(text, date(2016, 4, 10))] == ["2017-02", "2016-02-29"]


# --- a date known by its name, named so once, is that date by its bare name too ---

def test_a_bare_sept_11_in_an_article_about_the_attacks_is_2001(annotate):
    text = "After the Sept. 11 attacks, people were shocked. That's what we saw on Sept. 11."
    assert [t["value"] for t in annotate(text, MARCH_2016)] == ["2001-09-11", "2001-09-11"]


def test_a_sept_11_near_the_dct_or_as_a_modifier_keeps_the_calendar(annotate):
    assert [t["value"] for t in annotate("The Sept. 11 attacks were recalled at the rally on Sept. 11.",
                                         date(2016, 9, 12))] == ["2001-09-11", "2016-09-11"]
    assert [t["value"] for t in annotate("The Sept. 11 attacks were recalled at the Sept. 11 memorial service.",
                                         MARCH_2016)] == ["2001-09-11", "2015-09-11"]


def test_a_bare_sept_11_alone_keeps_the_calendar(annotate):
    assert [t["value"] for t in annotate("The rally on Sept. 11 drew thousands.", MARCH_2016)] == ["2015-09-11"]


# --- an election named by its month is the coming one ---

@pytest.mark.parametrize("dct, text, value", [
    (date(2016, 1, 10), "The party needs money to win the November election.", "2016-11"),
    (date(2016, 6, 29), "The issue could become a factor in the November elections.", "2016-11"),
    # the last one, under two months after it was held
    (date(2016, 12, 20), "The party needs money to win the November election.", "2016-11"),
    (date(2017, 2, 1), "Turnout will matter in the November election.", "2017-11"),
    # one the verb says was held
    (date(2016, 1, 10), "She lost the November election.", "2015-11"),
    # with its day too
    (date(2016, 4, 15), "It will not be done by the time of the Nov. 8 election.", "2016-11-08"),
    (date(2016, 7, 3), "He tried to look presidential ahead of the Nov. 8 election.", "2016-11-08"),
    # one the verb only names, in the past: still the coming one
    (date(2016, 8, 17), "Cross called November's general election a citizenship election.", "2016-11"),
    # not other events: debates are named as much after they are held
    (date(2015, 12, 3), "Trump appeared at the September debate anyway.", "2015-09"),
])
def test_an_election_named_by_its_month_is_the_coming_one(annotate, dct, text, value):
    assert [t["value"] for t in annotate(text, dct)] == [value]



# --- a range names its year once, at its end ---

@pytest.mark.parametrize("text, values", [
    ("The fair ran from May 5 to June 3, 2016.", ["2016-05-05", "2016-06-03"]),
    ("The fair ran from 5 May to 3 June 2016.", ["2016-05-05", "2016-06-03"]),
    ("The poll was taken between Nov. 1 and Nov. 3, 2016.", ["2016-11-01", "2016-11-03"]),
    ("Talks stalled from September to December 2014.", ["2014-09", "2014-12"]),
    ("Snow fell in December-February 2017.", ["2016-12", "2017-02"]),  # over new year
    # "last" chose its own year; two dates that are no range keep theirs
    ("He has flown 30 times between last June and March 16, 2016.", ["2017-06", "2016-03-16"]),
    ("He met her on May 5 and on June 3, 2016 he left.", ["2017-05-05", "2016-06-03"]),
])
def test_the_start_of_a_range_takes_the_year_of_its_end(annotate, text, values):
    assert [t["value"] for t in annotate(text, DCT)] == values


def test_a_range_of_days_is_dated_by_its_year_before_its_days_are(annotate):
    # 29 February exists in 2016, not in the DCT's year: the year must come first
    assert [(t["text"], t["value"]) for t in annotate("They met on Feb. 28-29, 2016, in Rome.", DCT)] == [
        ("Feb. 28", "2016-02-28"), ("29, 2016", "2016-02-29")]


def test_a_range_of_days_takes_in_the_year_after_it(annotate):
    first, second = annotate("The fair ran May 5-7, 2016, in Ohio.", DCT)
    assert (first["value"], second["text"], second["value"]) == ("2016-05-05", "7, 2016", "2016-05-07")
    assert "anchor" not in first  # the year is written in the range itself, not in another time
    assert [t["value"] for t in annotate("The fair ran May 5-7, 2016.", None)] == ["2016-05-05", "2016-05-07"]


# --- a month takes the year its clause names ---

@pytest.mark.parametrize("text, value", [
    ("In 2012, Romney clinched the nomination in May.", "2012-05"),
    ("Clinton remained in the 2008 primary contest until June.", "2008-06"),
    ("In 2019 the plant will open in March.", "2019-03"),
    # another clause, or a tense on the other side of the DCT, keeps the calendar's year
    ("Under a plan approved in 1987, the firm had bought shares through Sept. 29.", "2017-09-29"),
    ("In 2012 the plant will open in March.", "2018-03"),
])
def test_a_month_takes_the_year_of_its_clause(annotate, text, value):
    assert annotate(text, DCT)[-1]["value"] == value


def test_a_march_is_no_month(annotate):
    assert [t["value"] for t in annotate("He marched in the 1963 March on Washington.", DCT)] == ["1963"]


@pytest.mark.parametrize("text, value", [
    ("In March for the first time, he won.", "2018-03"),
    ("Snow fell between February and March on the East Coast.", "2018-03"),
])
def test_the_month_march_before_for_or_on_after_a_date_word(annotate, text, value):
    assert annotate(text, DCT)[-1]["value"] == value


def test_the_same_month_last_year_is_the_month_named_a_year_back(annotate):
    timexes = annotate("The casinos won less in October than they did the same month last year.", date(2015, 11, 13))
    assert [(t["text"], t["value"]) for t in timexes] == [
        ("October", "2015-10"), ("the same month last year", "2014-10")]


@pytest.mark.parametrize("text, values", [
    ("Stocks fell on Friday. Dealers placed heavy orders in the morning.", ["2018-03-16", "2018-03-16TMO"]),
    ("On Monday he arrived. He will speak in the afternoon.", ["2018-03-19", "2018-03-19TAF"]),
    # no day named just before, or a habit in the present: no time
    ("Dealers placed heavy orders in the morning.", []),
    ("On Monday he arrived. He jogs in the morning.", ["2018-03-19"]),
])
def test_the_morning_is_the_day_just_named(annotate, text, values):
    assert [t["value"] for t in annotate(text, DCT)] == values


@pytest.mark.parametrize("text, timexes", [
    ("Registration rose 123 percent from the same period in 2012.", [("the same period in 2012", "2012")]),
    ("Sales rose in the third quarter from the same quarter of 2016.",
     [("the third quarter", "2017-Q3"), ("the same quarter of 2016", "2016-Q3")]),
    ("Sales fell from the same period last year.", [("the same period last year", "2017")]),
    # the period just discussed, which no single time names: no guess
    ("She raised $37 million during the same period.", []),
])
def test_the_same_period(annotate, text, timexes):
    assert [(t["text"], t["value"]) for t in annotate(text, DCT)] == timexes


@pytest.mark.parametrize("text, value", [
    # a date in the simple present is a scheduled one: ahead (DCT 2018-03-20)
    ("The law takes effect on Jan. 1.", "2019-01-01"),
    ("The deficit for this fiscal year, which ends Sept. 30, will grow.", "2018-09-30"),
])
def test_a_date_in_the_simple_present_is_scheduled(annotate, text, value):
    assert annotate(text, DCT)[-1]["value"] == value


def test_as_recently_as_is_no_vague_reference(annotate):
    # the date that follows is the time; "recently" alone still is one
    assert [t["text"] for t in annotate("Assets were higher as recently as February of last year.", DCT)] == [
        "February of last year"]
    assert [t["value"] for t in annotate("He recently spoke.", DCT)] == ["PAST_REF"]


@pytest.mark.parametrize("text, value", [
    # written in December: a season of this year already over is next year's when told ahead
    ("The couple are expecting their second child this summer.", "2019-SU"),
    ("The plant closed this summer.", "2018-SU"),
])
def test_this_season_told_ahead_after_it_is_over(annotate, find, text, value):
    assert find(annotate(text, date(2018, 12, 21)), "this summer")["value"] == value


@pytest.mark.parametrize("text, value", [
    # DCT Tuesday 2018-03-20 (ISO week 12): told in the past, "this weekend" is the one just gone
    ("This weekend's debate gave Democrats much to be proud of.", "2018-W11-WE"),
    ("He spoke at a panel this weekend in Washington.", "2018-W11-WE"),
    ("This weekend's debate will test him.", "2018-W12-WE"),
])
def test_this_weekend_told_in_the_past_is_the_one_just_gone(annotate, text, value):
    assert annotate(text, DCT)[0]["value"] == value


# --- what an effort aims at, what is key to a goal, what was done "after" ---

@pytest.mark.parametrize("text, span, value", [
    # written on Saturday 17 March 2018
    ("They are spending millions in an effort to stop him from winning Tuesday's primaries.", "Tuesday", "2018-03-20"),
    ("Democrats are making a push to win the seat in November.", "November", "2018-11"),
    ("His latest effort to bounce back from Monday night's debate is a tweet.", "Monday night", "2018-03-12TNI"),
])
def test_an_effort_or_bid_under_way_looks_ahead_to_what_it_aims_at(annotate, find, text, span, value):
    assert find(annotate(text, date(2018, 3, 17)), span)["value"] == value


@pytest.mark.parametrize("text, value", [
    ("The money is key to winning the seat in November.", "2018-11"),
    ("The money was key to winning the seat in November.", "2017-11"),  # told after it
])
def test_what_is_key_to_a_goal_looks_ahead_in_the_present(annotate, find, text, value):
    assert find(annotate(text), "November")["value"] == value


@pytest.mark.parametrize("text, value", [
    # written in June: what was done "after" the clause's present is over, so last year's end
    ("The fund now holds 9 percent, after selling shares at the end of the year.", "2017"),
    ("He will retire after serving until the end of the year.", "2018"),
])
def test_a_gerund_after_after_is_done_before_its_clause(annotate, find, text, value):
    assert find(annotate(text, date(2018, 6, 15)), "the end of the year")["value"] == value
