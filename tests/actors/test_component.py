"""The dateline_actors component on articles the project wrote, and on the reference article."""

from __future__ import annotations

import json
from datetime import date

import pytest

import dateline
from dateline.readers import read_paths

from support import REFERENCE_ANALYSIS, REFERENCE_ARTICLE


def actors_of(text: str, published: str = "2018-03-20") -> tuple[list[dict], dict]:
    analysis = dateline.analyze(text, published)
    return analysis.actors, analysis.to_dict()


def by_mention(actors: list[dict], text: str, article: str) -> dict:
    for actor in actors:
        if any(article[s:e] == text for s, e in actor["mentions"]):
            return actor
    raise AssertionError(f"no actor has the mention {text!r}: {[a['name'] for a in actors]}")


def test_mentions_of_one_person_merge_surname_title_and_pronoun(nlp):
    text = ("Donald Trump spoke to reporters on Monday. The US President said he was pleased, "
            "and Trump later repeated his remarks.")
    actors, record = actors_of(text)
    trump = by_mention(actors, "Donald Trump", text)
    merged = {text[s:e] for s, e in trump["mentions"]}
    assert {"Donald Trump", "The US President", "he", "Trump", "his"} <= merged
    assert (trump["country"], trump["sector"], trump["kb_id"]) == ("USA", "GOV", "donald_trump")
    for actor in actors:
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)


def test_seat_and_capital_of_one_government_are_one_actor(nlp):
    text = "The Kremlin rejected the claims. Moscow said the charges were absurd."
    actors, _ = actors_of(text)
    kremlin = by_mention(actors, "Kremlin", text)
    assert by_mention(actors, "Moscow", text) is kremlin
    assert (kremlin["country"], kremlin["sector"]) == ("RUS", "GOV")


def test_a_place_is_not_an_actor_and_is_placed_by_the_article(nlp):
    text = "Theresa May said Britain would respond to the attack in Salisbury."
    analysis = dateline.analyze(text, "2018-03-14")
    assert not any(text[s:e] == "Salisbury" for a in analysis.actors for s, e in a["mentions"])
    [place] = [p for p in analysis.places if p["text"] == "Salisbury"]
    assert place["country"] == "GBR"
    assert all(a["country"] != "ZWE" for a in analysis.actors)


def test_a_region_places_its_rebels_and_its_villages(nlp):
    text = "Darfur rebels attacked a convoy. A court in Helmand sentenced two men. Fighting spread to Helmand."
    analysis = dateline.analyze(text, "2006-05-02")
    rebels = by_mention(analysis.actors, "Darfur rebels", text)
    assert (rebels["country"], rebels["sector"]) == ("SDN", "REB")
    court = by_mention(analysis.actors, "A court in Helmand", text)
    assert (court["country"], court["sector"]) == ("AFG", "JUD")
    [helmand] = [p for p in analysis.places if p["text"] == "Helmand"]
    assert (helmand["country"], helmand["kind"]) == ("AFG", "region")


def test_a_national_body_without_a_country_takes_the_one_its_sentence_names(nlp):
    text = ("Rebels in the Ivory Coast said they had lost all trust in the government. "
            "In Paris, the leaders praised Mali for the truce.")
    actors, _ = actors_of(text, "2004-11-10")
    government = by_mention(actors, "the government", text)
    assert (government["country"], government["sector"]) == ("CIV", "GOV")
    assert "sentence_country" in government["rule"]
    leaders = by_mention(actors, "the leaders", text)
    assert leaders["country"] is None  # leaders of any country, perhaps of several: no guess
    text = "The military government declared a state of siege in Haiti."
    government = by_mention(actors_of(text, "1990-01-21")[0], "The military government", text)
    assert government["country"] == "HTI"  # a place later in the sentence counts too
    text = "The Zorblax administration said that China must drop its barriers."
    administration = by_mention(actors_of(text)[0], "The Zorblax administration", text)
    assert administration["country"] is None  # it names somebody of its own, not China


def test_a_name_under_a_title_with_of_takes_the_titles_country(nlp):
    text = "U.S. Secretary of State Walter Brennan telephoned his Russian counterpart on Tuesday."
    actors, _ = actors_of(text, "1994-05-10")
    secretary = by_mention(actors, "U.S. Secretary of State Walter Brennan", text)
    assert (secretary["country"], secretary["sector"], secretary["kind"]) == ("USA", "GOV", "person")


def test_the_title_alone_is_the_earlier_office_holder(nlp):
    text = ("Theresa May met Emmanuel Macron in London. After the talks, the Prime Minister "
            "said both leaders agreed.")
    actors, _ = actors_of(text)
    may = by_mention(actors, "Theresa May", text)
    assert by_mention(actors, "the Prime Minister", text) is may


def test_a_description_in_apposition_is_the_person_it_describes(nlp):
    text = "Marta Kallas, president of the Tartu Farmers Association, said prices had fallen."
    actors, _ = actors_of(text)
    kallas = by_mention(actors, "Marta Kallas", text)
    assert by_mention(actors, "president of the Tartu Farmers Association", text) is kallas
    assert "coref.appos" in kallas["mention_rules"]


def test_a_relative_pronoun_subject_is_a_mention_of_its_antecedent(nlp):
    text = "The plan was backed by Angela Merkel, who sent the council a letter on Monday."
    actors, _ = actors_of(text)
    merkel = by_mention(actors, "Angela Merkel", text)
    start = text.index("who")
    assert [start, start + 3] in merkel["mentions"]
    assert "coref.relative" in merkel["mention_rules"]


def test_the_surname_of_a_name_under_its_title_is_that_person_later(nlp):
    text = "Retired Air Force Gen. Norman Hale said he was worried. Hale said the plan would fail."
    actors, _ = actors_of(text)
    general = by_mention(actors, "Retired Air Force Gen. Norman Hale", text)
    assert by_mention(actors, "Hale", text) is general


def test_a_known_surname_after_another_first_name_is_someone_else(nlp):
    text = "Melania Trump said she was proud. Later, Trump said the talks had gone well."
    actors, _ = actors_of(text)
    melania = by_mention(actors, "Melania Trump", text)
    assert melania["kb_id"] is None and melania["country"] is None  # not the president
    president = by_mention(actors, "Trump", text)
    assert president is not melania and president["kb_id"] == "donald_trump"


def test_unknown_person_gets_country_and_sector_from_the_title_or_nothing(nlp):
    text = ("Russian Foreign Ministry spokeswoman Olga Zemlyanikova said Moscow would respond. "
            "Local resident Pavel Kuzmin said nothing.")
    actors, _ = actors_of(text, "2018-03-17")
    spokeswoman = by_mention(actors, "Russian Foreign Ministry spokeswoman Olga Zemlyanikova", text)
    assert (spokeswoman["country"], spokeswoman["sector"]) == ("RUS", "GOV")
    resident = by_mention(actors, "Local resident Pavel Kuzmin", text)
    assert (resident["country"], resident["sector"]) == (None, "CVL")  # no country is said: none is guessed


def test_every_example_article_has_actors_with_valid_offsets(nlp):
    from support import EXAMPLES

    for result in dateline.analyze_many(read_paths([EXAMPLES])):
        assert result.actors, result.source
        for actor in result.actors:
            assert actor["id"].startswith("a") and len(actor["mentions"]) == len(actor["mention_rules"])
            for start, end in actor["mentions"]:
                assert 0 <= start < end <= len(result.text)
        assert all(a["country"] != "ZWE" for a in result.actors)


def test_reference_article_actors_match_the_reference_analysis(nlp):
    if not REFERENCE_ARTICLE.exists():
        pytest.skip("shared example not present")
    [analysis] = dateline.analyze_many(read_paths([REFERENCE_ARTICLE]))
    text = analysis.text
    reference = json.loads(REFERENCE_ANALYSIS.read_text(encoding="utf-8"))
    for expected in reference["actors"]:
        occurrence = expected.get("occurrence", 1)
        start = -1
        for _ in range(occurrence):
            start = text.find(expected["text"], start + 1)
        assert start >= 0, expected["text"]
        end = start + len(expected["text"])
        covering = [a for a in analysis.actors if any(s <= start + 1 and end - 1 <= e or start <= s < e <= end
                                                      for s, e in a["mentions"])]
        assert covering, f"no actor for {expected['text']!r}"
        actor = covering[0]
        assert actor["country"] == expected["code"], (expected, actor)
        if expected["sector"]:
            assert actor["sector"] == expected["sector"], (expected, actor)
    trump = by_mention(analysis.actors, "Donald Trump", text)
    assert {text[s:e] for s, e in trump["mentions"]} >= {"Trump", "the US President"}
    assert [p["country"] for p in analysis.places if p["text"] == "Salisbury"] == ["GBR"]
    assert all(a["country"] != "ZWE" for a in analysis.actors)


def test_span_extension_points_to_the_actor(nlp):
    doc = nlp.make_doc("Vladimir Putin won the vote.")
    doc._.dct = date(2018, 3, 19)
    doc = nlp(doc)
    span = doc.char_span(0, 14)
    assert span._.actor == doc._.actors[0]["id"]
