"""Without a publication date the stage still recognises, and keeps X placeholders."""


def test_placeholders_without_dct(annotate, find):
    text = ("On Tuesday, officials said that last week's talks, held on March 20, failed; "
            "the treaty of March 20, 2018 stands, and talks resume next month. Prices are high now.")
    timexes = annotate(text, None)
    assert find(timexes, "Tuesday")["value"] == "XXXX-WXX-2"
    assert find(timexes, "last week")["value"] == "XXXX-WXX"
    assert find(timexes, "March 20")["value"] == "XXXX-03-20"
    assert find(timexes, "March 20, 2018")["value"] == "2018-03-20"
    assert find(timexes, "next month")["value"] == "XXXX-XX"
    assert find(timexes, "now")["value"] == "PRESENT_REF"
    assert all("anchor" not in t or t["anchor"] != "t0" for t in timexes)


def test_a_coordinated_season_without_dct_keeps_the_placeholder(annotate, find):
    timexes = annotate("He led the polls for much of the fall and winter.", None)
    assert [t["value"] for t in timexes] == ["XXXX-FA", "XXXX-WI"]


def test_an_nth_weekday_of_a_month_without_dct_keeps_only_the_month(annotate, find):
    # which day "the second Sunday of April" is depends on the year
    assert find(annotate("The vote is on the second Sunday of April.", None), "the second Sunday of April")["value"] == "XXXX-04-XX"
    text = "The vote is on the second Sunday of April 2019."
    assert find(annotate(text, None), "the second Sunday of April 2019")["value"] == "2019-04-14"


def test_the_last_day_of_february_without_dct_keeps_only_the_month(annotate, find):
    # 28 or 29 depends on the year; the last day of March does not
    assert find(annotate("The vote was on the last day of February.", None), "the last day of February")["value"] == "XXXX-02-XX"
    assert find(annotate("Rent is due on the last day of March.", None), "the last day of March")["value"] == "XXXX-03-31"
