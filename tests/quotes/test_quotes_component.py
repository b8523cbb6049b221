"""The dateline_quotes component on sentences written for these tests, one construction each."""

from __future__ import annotations

import pytest

from dateline.quotes.component import find_quotes
from dateline.quotes.cues import load_cues


def only(quotes: list[dict], kind: str | None = None) -> dict:
    chosen = [q for q in quotes if kind is None or q["kind"] == kind]
    assert len(chosen) == 1, chosen
    return chosen[0]


def speaker_text(quote: dict) -> str | None:
    return quote["speaker"]["text"] if quote["speaker"] else None


def test_direct_quote_with_cue_after(quotes_of):
    quote = only(quotes_of("“We will rebuild the bridge by spring,” Mayor Ellen Park said."), "direct")
    assert quote["text"] == "“We will rebuild the bridge by spring,”"
    assert speaker_text(quote) == "Mayor Ellen Park"
    assert quote["cue"]["lemma"] == "say"


def test_direct_quote_with_inverted_cue(quotes_of):
    quote = only(quotes_of("“The ferry service will resume on Monday,” said Tomas Berg, the port director."), "direct")
    assert "Tomas Berg" in speaker_text(quote)
    assert quote["cue"]["text"] == "said"


def test_direct_quote_introduced_by_a_colon(quotes_of):
    text = "Asked about the delay, the finance minister responded: “No decision has been taken yet.”"
    quote = only(quotes_of(text), "direct")
    assert quote["text"] == "“No decision has been taken yet.”"
    assert speaker_text(quote) == "the finance minister"
    assert quote["cue"]["text"] == "responded"


def test_quote_interrupted_by_its_cue_is_one_quote_with_two_segments(quotes_of):
    text = "“The budget is tight,” the governor said, “but every school will get its money.”"
    quote = only(quotes_of(text), "direct")
    first, second = quote["segments"]
    assert text[first[0] : first[1]] == "“The budget is tight,”"
    assert text[second[0] : second[1]] == "“but every school will get its money.”"
    assert speaker_text(quote) == "the governor"


def test_quote_running_across_paragraphs_continues_its_speaker(quotes_of):
    text = (
        "At the rally, Senator Ada Moreno told supporters: “We have knocked on every door in this state.\n"
        "“And on election day every one of those doors will open for us.”"
    )
    quotes = [q for q in quotes_of(text) if q["kind"] == "direct"]
    assert len(quotes) == 2
    opening, continuation = quotes
    assert speaker_text(opening) == "Senator Ada Moreno"
    assert continuation["continues"] == quotes_of(text).index(opening)
    assert speaker_text(continuation) == "Senator Ada Moreno" and continuation["cue"] is None
    assert continuation["rule"] == "continuation"


def test_paragraph_that_is_only_a_quotation_continues_the_previous_speaker(quotes_of):
    text = (
        "“The river has never been this low,” the farmer Jonas Hale said.\n"
        "“We are carrying water to the cattle by hand.”"
    )
    quotes = quotes_of(text)
    assert [q["kind"] for q in quotes] == ["direct", "direct"]
    assert speaker_text(quotes[1]) == "the farmer Jonas Hale"
    assert quotes[1]["continues"] == 0


def test_second_quotation_in_the_same_paragraph_joins_its_speaker(quotes_of):
    text = "“I am not leaving,” the coach said. “We have a season to finish.”"
    quote = only(quotes_of(text), "direct")
    assert len(quote["segments"]) == 2


def test_partial_quote_inside_reported_speech(quotes_of):
    text = "The president told the prime minister the country backs the treaty “without reservation”."
    quotes = quotes_of(text)
    partial = only(quotes, "partial")
    assert partial["text"] == "“without reservation”"
    assert speaker_text(partial) == "The president"
    assert partial["cue"]["lemma"] == "tell"
    mixed = only(quotes, "mixed")
    assert mixed["start"] <= partial["start"] and partial["end"] <= mixed["end"]


def test_partial_quote_in_a_call_construction(quotes_of):
    text = "The opposition leader called the new tax “a burden on families”."
    partial = only(quotes_of(text), "partial")
    assert speaker_text(partial) == "The opposition leader"
    assert partial["cue"]["text"] == "called"


def test_scare_quotes_without_a_cue_are_skipped(quotes_of):
    # Whatever else the sentence is read as (the quote model may take "passed [the lower
    # house]" for an attribution), the scare-quoted word is no quote of its own.
    quotes = quotes_of("The so-called “reform” passed the lower house on Friday.")
    assert not [q for q in quotes if "“reform”" in q["text"] and q["kind"] in {"direct", "partial"}]


def test_scare_quotes_without_a_cue_are_skipped_by_the_rules(nlp):
    doc = nlp("The so-called “reform” passed the lower house on Friday.")
    assert find_quotes(doc, load_cues(), None) == []


def test_indirect_speech_with_that_clause(quotes_of):
    quote = only(quotes_of("The health ministry said that the clinics would stay open over the holidays."))
    assert quote["kind"] == "indirect"
    assert quote["text"] == "that the clinics would stay open over the holidays"
    assert speaker_text(quote) == "The health ministry"


def test_indirect_speech_with_inverted_cue(quotes_of):
    quote = only(quotes_of("The talks had broken down, said a union spokesman."))
    assert quote["text"] == "The talks had broken down"
    assert speaker_text(quote) == "a union spokesman"


def test_indirect_speech_according_to(quotes_of):
    quote = only(quotes_of("The new line will open in May, according to the transport authority."))
    assert quote["text"] == "The new line will open in May"
    assert speaker_text(quote) == "the transport authority"
    assert quote["cue"]["text"] == "according to"


def test_indirect_speech_in_a_statement(quotes_of):
    quote = only(quotes_of("The railway company said in a statement that all trains would run on time."))
    assert quote["text"] == "that all trains would run on time"
    assert speaker_text(quote) == "The railway company"


def test_denial_of_a_noun_phrase(quotes_of):
    quote = only(quotes_of("The company denies any wrongdoing."))
    assert quote["text"] == "any wrongdoing"
    assert quote["cue"]["lemma"] == "deny"


def test_pronoun_speaker_is_kept_as_written(quotes_of):
    text = "The minister arrived late. She said the report would be published next week."
    quote = only(quotes_of(text))
    assert speaker_text(quote) == "She"


def test_an_unbalanced_mark_does_not_cost_the_article(quotes_of):
    text = (
        "“The harbour will reopen in May,” the harbour master said.\n"
        "Fishermen called the plan “a relief and went back to their boats.\n"
        "“The first ships are already waiting outside,” she added."
    )
    direct = [q for q in quotes_of(text) if q["kind"] == "direct"]
    assert [q["text"] for q in direct] == [
        "“The harbour will reopen in May,”",
        "“The first ships are already waiting outside,”",
    ]
    assert [speaker_text(q) for q in direct] == ["the harbour master", "she"]


def test_cue_inside_a_quotation_is_not_a_second_quote(quotes_of):
    quotes = quotes_of("“I believe the vote was fair,” the observer said.")
    assert [q["cue"]["text"] for q in quotes] == ["said"]


def test_records_keep_offsets_and_order(quotes_of):
    text = (
        "The council said the budget was balanced. “Taxes will not rise,” the treasurer added.\n"
        "Critics said the plan “ignores the poor”, according to local media."
    )
    quotes = quotes_of(text)
    assert quotes, "the text has quotes"
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    for quote in quotes:
        assert quote["text"] == text[quote["start"] : quote["end"]]
        assert quote["kind"] in {"direct", "partial", "indirect", "mixed"}
        assert quote["segments"][0][0] == quote["start"] and quote["segments"][-1][1] == quote["end"]
        for start, end in quote["segments"]:
            assert quote["start"] <= start < end <= quote["end"]
        for part in ("cue", "speaker"):
            if quote[part]:
                assert quote[part]["text"] == text[quote[part]["start"] : quote[part]["end"]]
        assert isinstance(quote["rule"], str) and quote["rule"]


def test_speaker_actor_comes_from_the_actor_stage(nlp):
    text = "“We will appeal,” Maria Lind said."
    doc = nlp.make_doc(text)
    doc._.actors = [{"id": "a7", "name": "Maria Lind", "country": "SWE", "sector": "GOV", "mentions": [[18, 28]]}]
    quote = only(nlp(doc)._.quotes)
    assert quote["speaker"]["actor"] == "a7"


def test_speaker_actor_is_none_without_the_actor_stage(quotes_of):
    quote = only(quotes_of("“We will appeal,” Maria Lind said."))
    assert quote["speaker"]["actor"] is None


@pytest.mark.parametrize("text", ["", "\n\n", "“", "No quotes at all here."])
def test_degenerate_texts(quotes_of, text):
    assert quotes_of(text) == []


def test_speaker_of_a_cue_in_a_relative_clause_sits_inside_the_content_stretch(quotes_of):
    # The parser hangs "officials" on "said", between "which" and the rest of the clause.
    quote = only(quotes_of("The new rules, which officials said will take effect in May, were criticised."))
    assert speaker_text(quote) == "officials"
    assert "officials" not in [quote["text"][s - quote["start"] : e - quote["start"]] for s, e in quote["segments"]]


def test_inserted_cue_with_two_subjects_takes_the_nearer(nlp):
    # "Voters" is the clause's subject, given to "suggested" too by the parser. (The cue rules:
    # the quote model does not take this parataxis as an attribution.)
    quote = only(find_quotes(nlp("Voters, Clinton suggested, do not have to worry about the banks."), load_cues(), None))
    assert speaker_text(quote) == "Clinton"


def test_cue_under_an_adjective_borrows_the_subject(quotes_of):
    quote = only(quotes_of("The governor is likely to stress that the budget is balanced."))
    assert speaker_text(quote) == "The governor"


def test_quotation_parsed_as_subject_takes_the_speaker_in_apposition(quotes_of):
    # The parser makes the quotation the subject of "said", with the speaker in apposition to it.
    quote = only(quotes_of("“Very good reporter,” Trump, the Republican frontrunner, said at a rally."), "direct")
    assert speaker_text(quote).startswith("Trump")


def test_reported_content_runs_to_the_end_of_its_sentence(quotes_of):
    # The parser hangs "but the repairs ..." on "said"; the reported content is the whole rest.
    quote = only(quotes_of("The mayor said the bridge would reopen in May, but the repairs would cost more than planned."))
    assert quote["text"] == "the bridge would reopen in May, but the repairs would cost more than planned"


def test_the_sentence_tail_stops_where_another_attribution_begins(quotes_of):
    quotes = quotes_of("She said the vote was rigged, adding that she would appeal.")
    assert [q["text"] for q in quotes] == ["the vote was rigged", "that she would appeal"]


@pytest.mark.parametrize(
    "text,content",
    [
        ("The council said the bridge would reopen in May\n\nRepairs begin next week at the northern ramp", "the bridge would reopen in May"),
        ("Harbor officials argue that the ferry fees are too high\n\nA new terminal opens in June", "that the ferry fees are too high"),
    ],
)
def test_reported_content_stays_in_the_paragraph_of_its_cue(quotes_of, text, content):
    # Without a full stop the parser runs the clause on into the next paragraph.
    quote = only(quotes_of(text), "indirect")
    assert quote["text"] == content


@pytest.mark.parametrize(
    "text,cue,content,speaker",
    [
        # Stance and intention: PolNeAR attributes what a source backs, welcomes or plans.
        ("The senator supports the proposed ban on cargo drones.", "supports", "the proposed ban on cargo drones", "The senator"),
        ("The union welcomed the decision to delay the factory closure.", "welcomed", "the decision to delay the factory closure", "The union"),
        ("The governor plans to sign the water bill next week.", "plans", "to sign the water bill next week", "The governor"),
        ("Opposition leaders focused on the rising price of bread.", "focused", "the rising price of bread", "Opposition leaders"),
        ("The mayor distanced himself from the remarks of his deputy.", "distanced", "the remarks of his deputy", "The mayor"),
        ("The council voted for the new parking rules.", "voted", "the new parking rules", "The council"),
        ("The minister laid out her plan for the harbor.", "laid", "her plan for the harbor", "The minister"),
        ("The union made the case that the pay rise was overdue.", "case", "that the pay rise was overdue", "The union"),
        ("The governor chided the council for the long delay.", "chided", "the council for the long delay", "The governor"),
        ("His allegation that the tolls were illegal surprised the council.", "allegation", "that the tolls were illegal", "His"),
    ],
)
def test_stance_and_intention_cues(quotes_of, text, cue, content, speaker):
    quote = only(quotes_of(text), "indirect")
    assert (quote["cue"]["text"], quote["text"], speaker_text(quote)) == (cue, content, speaker)


def test_headline_led_by_a_name_and_a_colon(quotes_of):
    quote = only(quotes_of("Moreno: Voters Want Cleaner Rivers And Cheaper Buses\n\nThe senator spoke in Lyon on Friday."))
    assert (quote["rule"], quote["text"], speaker_text(quote), quote["cue"]["text"]) == (
        "colon-lead", "Voters Want Cleaner Rivers And Cheaper Buses", "Moreno", ":")


def test_transcript_turn_inside_a_quotation_is_its_speakers(quotes_of):
    text = 'Partial transcript as follows:\n\n"HOLLOWAY: We are going to reopen the mill this spring, and nobody will lose a job.\n\n"BRANDT: And the workers who left last year?'
    first = quotes_of(text)[0]
    assert (first["rule"], first["kind"], speaker_text(first)) == ("colon-lead", "direct", "HOLLOWAY")
    assert first["text"] == "We are going to reopen the mill this spring, and nobody will lose a job"


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this article misspelled the name of the mayor.\n\nThe mayor is Ann Lee.",
        "The panel includes these members:\n\nNevada: Ann Lee, Bo Park, Cy Dunn, Ed Fox.\n\nOhio: Al Ray, Di Holt.",
        "Here is the mayor in May 2014: the bridge was already closed by then.",
    ],
)
def test_labels_places_and_sentences_before_a_colon_are_not_sources(quotes_of, text):
    assert not [q for q in quotes_of(text) if q["rule"] == "colon-lead"]


def test_quotation_signed_with_a_dash_and_a_name(quotes_of):
    text = "“The river has never been this low in August.” ― Ana Ruiz\n“We need rain before the harvest.” ― Tom Beck."
    quotes = [q for q in quotes_of(text) if q["kind"] == "direct"]
    assert [(q["rule"], speaker_text(q)) for q in quotes] == [("direct-signed", "Ana Ruiz"), ("direct-signed", "Tom Beck")]
    assert quotes[0]["text"] == "“The river has never been this low in August.”"


def test_a_dash_after_a_quotation_followed_by_a_clause_signs_nothing(quotes_of):
    text = "Residents called the plan “a disgrace” — and the council voted it down anyway."
    assert not [q for q in quotes_of(text) if q["rule"] == "direct-signed"]


def test_a_quotation_after_a_colon_is_the_words_of_the_clauses_subject(quotes_of):
    text = "The senator has adopted the stance of many farmers: “We cannot wait for another dry year.”"
    quote = only(quotes_of(text), "direct")
    assert (quote["rule"], quote["text"], speaker_text(quote)) == (
        "direct-colon", "“We cannot wait for another dry year.”", "The senator")


@pytest.mark.parametrize(
    "text",
    [
        "It comes down to one line: “We cannot wait for another dry year.”",
        "There is a sign on the door: “Closed until further notice.”",
    ],
)
def test_a_colon_after_an_empty_subject_names_no_speaker(quotes_of, text):
    assert not [q for q in quotes_of(text) if q["rule"] == "direct-colon"]


def test_a_clause_before_according_to_is_the_sources_not_a_nested_cues(quotes_of):
    # "oppose" has content of its own, but its sentence tail stops at "according to".
    text = "The group is spending money on mailings to voters that oppose both candidates, according to campaign filings."
    quote = only([q for q in quotes_of(text) if q["rule"] == "reported-according-to"])
    assert (quote["text"], speaker_text(quote)) == ("The group is spending money on mailings to voters that oppose both candidates", "campaign filings")


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # The cue in a fronted phrase: its content ends with the phrase, the main clause's
        # subject speaks.
        ("In describing the plan as a tax cut for the rich, the columnists missed its real cost.", "the plan as a tax cut for the rich", "the columnists"),
        # A gerund under a noun borrows the subject of the clause above it.
        ("Voters are weary, and the governor faces a hard task in defending the new tolls.", "the new tolls", "the governor"),
    ],
)
def test_cue_without_a_subject_takes_the_governing_clauses(quotes_of, text, content, speaker):
    quote = only(quotes_of(text), "indirect")
    assert (quote["text"], speaker_text(quote)) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The governor told the station's “Harbor Morning” on Monday that the ferry would run again.",
        "Speaking on the program “Harbor Hour,” the governor promised that the ferry would run again.",
    ],
)
def test_a_quoted_title_the_cue_does_not_report_is_no_partial_quote(quotes_of, text):
    # The addressee of "told" and the setting of "speaking on" are not what was said.
    quotes = quotes_of(text)
    assert not [q for q in quotes if q["rule"] == "partial-governed"]
    assert only(quotes, "indirect")["text"].endswith("the ferry would run again")


@pytest.mark.parametrize(
    "text,cue,content,speaker",
    [
        ("The senator is confident that the water bill will pass this week.", "confident", "that the water bill will pass this week", "The senator"),
        ("Many farmers were critical of the new export rules.", "critical", "the new export rules", "Many farmers"),
        ("The union is willing to return to the table.", "willing", "to return to the table", "The union"),
    ],
)
def test_adjective_cues_speak_for_the_subject_of_their_copula(quotes_of, text, cue, content, speaker):
    quote = only(quotes_of(text), "indirect")
    assert (quote["rule"], quote["cue"]["text"], quote["text"], speaker_text(quote)) == ("reported-adjective", cue, content, speaker)


def test_a_quoted_title_after_a_word_is_not_the_quote_of_the_cue_after_it(quotes_of):
    quotes = quotes_of("In an interview on the program “Harbor Hour,” the mayor said the ferry would run again.")
    assert not [q for q in quotes if q["kind"] == "direct"]
    assert only(quotes, "indirect")["text"] == "the ferry would run again"


def test_fronted_as_phrase_reports_the_clause_it_modifies(quotes_of):
    quote = only(quotes_of("As the harbor authority reported last week, the ferry will resume service in June."), "indirect")
    assert (quote["text"], speaker_text(quote), quote["cue"]["text"]) == ("the ferry will resume service in June", "the harbor authority", "reported")


@pytest.mark.parametrize(
    "text,content",
    [
        ("Support for the new toll appears to have fallen sharply since May.", "Support for the new toll appears to have fallen sharply since May"),
        ("It seems that the bridge will not reopen before winter.", "that the bridge will not reopen before winter"),
    ],
)
def test_the_writers_inference_is_attributed_to_no_one(quotes_of, text, content):
    quote = only(quotes_of(text), "indirect")
    assert (quote["rule"], quote["text"], quote["speaker"]) == ("reported-hedge", content, None)


def test_an_agent_that_appears_to_act_is_left_to_the_act(quotes_of):
    quote = only(quotes_of("The mayor appeared to dismiss the complaint."), "indirect")
    assert (quote["cue"]["text"], quote["text"], speaker_text(quote)) == ("dismiss", "the complaint", "The mayor")


def test_a_quotation_followed_by_another_speaker_is_no_continuation(quotes_of):
    # "shot back" is not in the lexicon, but the words after the quotation name someone else.
    text = "“The river is low,” the mayor said.\n“Nobody here can remember a dry August like this,” a fisherman shot back with a laugh."
    quotes = quotes_of(text)
    assert [q["rule"] for q in quotes] == ["direct-reported"]


def test_a_signature_dash_glued_to_the_closing_mark(quotes_of):
    quote = only(quotes_of("“We need rain before the harvest.”― Tom Beck."), "direct")
    assert (quote["rule"], quote["text"], speaker_text(quote)) == ("direct-signed", "“We need rain before the harvest.”", "Tom Beck")


def test_a_passive_participle_on_a_noun_names_no_speaker(quotes_of):
    # "intended" modifies "toll": nothing is attributed to the toll.
    assert not quotes_of("The council approved a new toll intended to pay for the bridge repairs.")


@pytest.mark.parametrize(
    "text,segments",
    [
        ("The ferry was a lifeline, the mayor said, until the bridge opened in 1998.", ["The ferry was a lifeline", "until the bridge opened in 1998"]),
        ("The harbor fees rose by a third, the port authority said in a statement, and the ferry fares doubled.", ["The harbor fees rose by a third", "and the ferry fares doubled"]),
        ("The ferry was a lifeline, the mayor said.", ["The ferry was a lifeline"]),
    ],
)
def test_a_cue_set_off_by_commas_reports_the_sentence_on_both_sides(quotes_of, text, segments):
    quote = only(quotes_of(text), "indirect")
    assert [text[s:e] for s, e in quote["segments"]] == segments


def test_made_it_clear_reports_the_that_clause_for_the_subject_of_make(quotes_of):
    quote = [q for q in quotes_of("The governor made it clear that she would veto the water bill.") if q["rule"] == "reported-adjective"]
    assert [(q["cue"]["text"], q["text"], speaker_text(q)) for q in quote] == [("clear", "that she would veto the water bill", "The governor")]


def test_it_is_clear_that_is_the_writers_own_statement(quotes_of):
    assert not [q for q in quotes_of("It is clear that the harbor will need a new pier.") if q["rule"] == "reported-adjective"]


def test_a_cue_in_a_relative_clause_after_a_comma_is_cut_from_the_content_around_it(quotes_of):
    quotes = [q for q in quotes_of("Voters praised the new budget, which the governor said would cut taxes.") if q["kind"] == "indirect"]
    assert sorted((q["cue"]["text"], q["text"]) for q in quotes) == [
        ("praised", "the new budget"),
        ("said", "which the governor said would cut taxes"),
    ]


def test_a_restrictive_relative_clause_stays_in_the_content(quotes_of):
    quotes = quotes_of("The mayor defended the plan that engineers said would save money.")
    assert [q["text"] for q in quotes if q["cue"] and q["cue"]["text"] == "defended"] == ["the plan that engineers said would save money"]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        ("Asked whether the ferry would run again, the mayor said yes.", "the mayor", "yes"),
        ("Most of the farmers said so on Monday.", "Most of the farmers", "so"),
    ],
)
def test_a_one_word_answer_is_what_was_said(quotes_of, text, speaker, content):
    quotes = [q for q in quotes_of(text) if q["cue"] and q["cue"]["text"] == "said"]
    assert [(speaker_text(q), q["text"]) for q in quotes] == [(speaker, content)]


def test_reportedly_reports_its_clause_for_no_one_named(quotes_of):
    quotes = [q for q in quotes_of("The harbor board is reportedly planning a second pier.") if q["rule"] == "reported-adverb"]
    assert [(q["cue"]["text"], q["speaker"]) for q in quotes] == [("reportedly", None)]
    assert quotes[0]["text"] == "The harbor board is reportedly planning a second pier"


@pytest.mark.parametrize(
    "text",
    [
        "When asked whether the ferry would run in winter, the mayor said it would.",
        "Asked about the new pier, the harbor master shrugged.",
    ],
)
def test_a_reduced_passive_cue_names_no_speaker(quotes_of, text):
    quotes = [q for q in quotes_of(text) if q["cue"] and q["cue"]["text"].lower() == "asked"]
    assert quotes and all(q["speaker"] is None for q in quotes)


def test_a_gerund_subject_cue_names_no_speaker(quotes_of):
    quotes = [q for q in quotes_of("Simply complaining about the ferry schedule will not change it.") if q["cue"] and q["cue"]["text"] == "complaining"]
    assert quotes and all(q["speaker"] is None for q in quotes)


def test_a_polls_share_left_as_a_number_is_the_speaker(quotes_of):
    quotes = [q for q in quotes_of("About 4 in 10 say they want a new ferry.") if q["cue"] and q["cue"]["text"] == "say"]
    assert [(speaker_text(q), q["text"]) for q in quotes] == [("About 4 in 10", "they want a new ferry")]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("After a week of strikes between two of the region’s largest unions, Transport Minister Ana Ruiz’s office announced Monday that Ruiz will meet the union leaders next week.", "Transport Minister Ana Ruiz’s office"),
        ("In addition to the ABC, a bipartisan group of lawyers and retired judges have vouched for Moreno's record.", "a bipartisan group of lawyers and retired judges"),
        ("Through real-time analytics, reporters and editors know how many people are reading their stories.", "reporters and editors"),
        ("After losing narrowly in Texas, Moreno, the once-presumptive nominee, was bracing for defeat and hoping to limit the damage.", "Moreno"),
    ],
)
def test_a_subject_the_parser_hangs_on_a_fronted_phrase_is_the_speaker(quotes_of, text, speaker):
    # The parser reads the subject after the fronted phrase's comma as a conjunct or
    # appositive inside that phrase, leaving the cue verb without a subject.
    quotes = [q for q in quotes_of(text) if q["kind"] == "indirect"]
    assert quotes and all(speaker_text(q).startswith(speaker) for q in quotes)


def test_that_said_is_a_linking_phrase_not_a_quote(quotes_of):
    quotes = quotes_of("That said, the growers say they expect a good harvest this autumn.")
    assert [(q["text"], speaker_text(q)) for q in quotes] == [("they expect a good harvest this autumn", "the growers")]


@pytest.mark.parametrize(
    "text,first,second",
    [
        (
            "The mayor said she didn’t believe the delays had hurt the city in 2015, arguing that it was the strikes that did the damage.",
            "she didn’t believe the delays had hurt the city in 2015",
            "that it was the strikes that did the damage",
        ),
        (
            "The governor told reporters that the council “had a foolish plan that was doomed,” adding, “They lost every vote.”",
            "that the council “had a foolish plan that was doomed,”",
            "“They lost every vote.”",
        ),
    ],
)
def test_a_participle_set_off_after_the_content_reports_its_own(quotes_of, text, first, second):
    # The parser hangs "arguing"/"adding" inside the first content; it is a second attribution
    # by the same speaker.
    quotes = [q for q in quotes_of(text) if q["kind"] != "partial"]
    assert [q["text"] for q in quotes] == [first, second]
    assert speaker_text(quotes[0]) == speaker_text(quotes[1])


def test_a_question_put_to_someone_has_no_speaker(quotes_of):
    # "Asked if ...": the question is reported, the one who asked is not named; the parser
    # reads the question as an adverbial clause, and in the second sentence the passive
    # subject as an appositive of the fronted phrase.
    quotes = quotes_of("Asked if she believed the council wanted the mayor to win the vote, Ruiz said she did not know.")
    asked = [q for q in quotes if q["cue"]["text"] == "Asked"]
    assert [(q["text"], q["speaker"]) for q in asked] == [("if she believed the council wanted the mayor to win the vote", None)]
    quotes = quotes_of("In a telephone interview with Radio North’s Ana Ruiz, Moreno was asked about the “not yet” remark.")
    assert [q["speaker"] for q in quotes if q["cue"]["text"] == "asked"] and all(q["speaker"] is None for q in quotes if q["cue"]["text"] == "asked")


def test_an_inverted_speaker_read_as_the_cues_object_is_the_speaker(quotes_of):
    # The parser takes "another ... Democrat" after "added" for the verb's object.
    quotes = quotes_of("“I think it will be close,” said one Ohio Democrat.\n\n“It’s hers to lose at this point,” added another Ohio Democrat.")
    assert [speaker_text(q) for q in quotes] == ["one Ohio Democrat", "another Ohio Democrat"]


@pytest.mark.parametrize(
    "text,content",
    [
        ("Ruiz says Moreno 'absolutely right' in saying the generals were reduced to rubble.", "Moreno 'absolutely right' in saying the generals were reduced to rubble"),
        ("Ruiz said the board erred by claiming that the deficit was small.", "the board erred by claiming that the deficit was small"),
    ],
)
def test_a_cue_after_a_preposition_stays_in_the_content(quotes_of, text, content):
    assert [q["text"] for q in quotes_of(text)] == [content]


@pytest.mark.parametrize(
    "text,content",
    [
        ("Moreno said after the meeting he would not accept the council's offer if it were made.", "he would not accept the council's offer if it were made"),
        ("Moreno tells his supporters at an Ohio rally to “go to the polls early” and then “bring a friend along.”", "to “go to the polls early” and then “bring a friend along.”"),
    ],
)
def test_a_complement_the_parser_reads_as_an_adverbial_clause_is_the_content(quotes_of, text, content):
    quote = next(q for q in quotes_of(text) if q["kind"] != "partial")
    assert content in quote["text"] and speaker_text(quote) == "Moreno"


def test_a_cue_and_colon_closing_a_paragraph_introduce_the_next_unquoted_one(quotes_of):
    text = "“Those comments are a disgrace,” he said.\n\nThe governor added:\n\nIt is typical of the council. They know nothing about the bridge.\n\nThe vote is on Friday."
    added = [q for q in quotes_of(text) if q["cue"]["text"] == "added"]
    assert [(q["text"], speaker_text(q)) for q in added] == [("It is typical of the council. They know nothing about the bridge", "The governor")]


def test_the_writers_reading_of_what_someone_did_has_no_speaker(quotes_of):
    quote = only(quotes_of("He seemed to enjoy the ride across the new bridge."), "indirect")
    assert (quote["text"], quote["speaker"], quote["rule"]) == ("He seemed to enjoy the ride across the new bridge", None, "reported-hedge")


@pytest.mark.parametrize(
    "text,content",
    [
        ("The mayor is expected to open the new bridge later tonight.", "The mayor is expected to open the new bridge later tonight"),
        ("Toll roads are considered unfair.", "Toll roads are considered unfair"),
    ],
)
def test_an_agentless_passive_cue_reports_its_whole_clause_with_no_source(quotes_of, text, content):
    quote = only(quotes_of(text), "indirect")
    assert (quote["text"], quote["speaker"], quote["rule"]) == (content, None, "reported-passive")


def test_the_passive_subject_of_a_cue_that_addresses_someone_is_not_content(quotes_of):
    assert not [q for q in quotes_of("The driver was told to leave the bridge.") if q["rule"] == "reported-passive"]


def test_an_uncued_quotation_right_after_reported_content_goes_on_with_it(quotes_of):
    text = ('His old partner, Lena Marsh, called him a master at bolting together hard deals. '
            '"He showed again and again an ability to close what others could not."')
    (quote,) = quotes_of(text)
    assert quote["kind"] == "mixed" and quote["rule"] == "mixed-run-on"
    assert quote["speaker"]["text"] == "His old partner, Lena Marsh"
    assert len(quote["segments"]) == 2 and text[slice(*quote["segments"][1])].startswith('"He showed')


def test_a_quotation_paragraph_after_reported_speech_continues_its_speaker(quotes_of):
    text = 'In 2017, the minister said that 100,000 would be admitted.\n\n"That adds up to 185,000 over two years."'
    first, second = quotes_of(text)
    assert first["kind"] == "indirect" and first["speaker"]["text"] == "the minister"
    assert second["rule"] == "continuation" and second["continues"] == 0
    assert second["speaker"]["text"] == "the minister"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Go back to your seat,” the mayor barked, and the meeting went on.", "the mayor"),
        ("“Are you serious?” the reporter shot back.", "the reporter"),
    ],
)
def test_a_quotation_ending_in_a_comma_or_question_takes_any_verb_after_it_as_cue(quotes_of, text, speaker):
    quote = only(quotes_of(text), "direct")
    assert quote["speaker"]["text"] == speaker and quote["rule"] == "direct-after"


def test_a_quotation_ending_in_a_full_stop_needs_a_cue_of_the_lexicon(quotes_of):
    assert quotes_of("“We are done.” The room went quiet.") == []


def test_a_name_between_a_quotation_and_its_cue_is_the_speaker_however_it_parses():
    # The tagger may read the first word of a name as a verb ("Tulsa" in "Tulsa police Chief
    # ..."); the words between a comma-ended quotation and its cue are still the speaker.
    import spacy
    from spacy.tokens import Doc

    from dateline.quotes.framing import named_between

    words = Doc(
        spacy.blank("en").vocab,
        words=["Tulsa", "police", "Chief", "Chuck", "Jordan", ",", "the", "mayor", "said"],
        pos=["VERB", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
    )
    assert named_between(words[0:5])
    assert not named_between(words[5:8])  # ", the mayor" starts lower case: not a bare name
    assert not named_between(words[0:0])


def test_an_uncued_quotation_after_reported_content_and_its_cue_phrase_goes_on_with_it(quotes_of):
    text = ('The council may wait until spring to vote, the mayor said on Monday. '
            '"The other question is the budget."')
    (quote,) = quotes_of(text)
    assert quote["rule"] == "mixed-run-on" and quote["speaker"]["text"] == "the mayor"


def test_an_uncued_quotation_after_another_sentence_does_not_join_reported_content(quotes_of):
    text = 'The mayor said the council would wait. Then the meeting ended. "It was a long night."'
    (quote,) = quotes_of(text)
    assert quote["kind"] == "indirect" and quote["text"] == "the council would wait"
