"""Phrase resolution: people by date, titles, bodies, places standing for governments."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.actors import ActorResolver

MARCH_2018 = date(2018, 3, 20)


@pytest.fixture(scope="module")
def resolve():
    resolver = ActorResolver.shared()
    return lambda text, when=MARCH_2018, context=None: resolver.resolve(text, when, context)


@pytest.mark.parametrize("text, when, country, sector", [
    ("Donald Trump", date(2018, 3, 20), "USA", "GOV"),
    ("Theresa May", date(2018, 3, 20), "GBR", "GOV"),
    ("Theresa May", date(2014, 1, 1), "GBR", "GOV"),
    ("the Kremlin", None, "RUS", "GOV"),
    ("the Pentagon", None, "USA", "MIL"),
    ("Downing Street", None, "GBR", "GOV"),
    ("Moscow", None, "RUS", "GOV"),
    ("NATO", None, "IGO", ""),
])
def test_names_resolve_at_their_date(resolve, text, when, country, sector):
    result = resolve(text, when)
    assert (result.country, result.sector) == (country, sector), result


def test_the_same_name_resolves_differently_at_different_dates(resolve):
    assert resolve("Donald Trump", date(2022, 6, 1)).sector != "GOV"
    assert resolve("Theresa May", date(2014, 1, 1)).office == "interior_minister"
    assert resolve("Theresa May", date(2018, 3, 20)).office == "head_of_government"


@pytest.mark.parametrize("text, country, sector, rule_part", [
    ("Russian Foreign Minister Sergei Lavrov", "RUS", "GOV", "kb.person"),
    ("the Canadian foreign minister", "CAN", "GOV", "office_holder"),
    ("two Chinese warplanes", "CHN", "MIL", "role"),
    ("Minsk riot police", "BLR", "COP", "role"),
    ("the chairman of the Bundestag", "DEU", "LEG", "of_body"),
    ("hundreds of angry farmers", None, "AGR", "of_group"),
    ("opposition activists in Caracas", "VEN", "OPP", "located"),
    ("the Trump administration", "USA", "GOV", "person_body"),
    ("an intelligence agency officer", None, "SPY", "role"),
    ("Israeli intelligence officials", "ISR", "SPY", "of_body"),
    ("Pentagon officials", "USA", "MIL", "of_body"),
    ("Israeli officials", "ISR", "GOV", "role"),
    ("the leader of the rebels", None, "REB", "of_body"),
    ("U.S. negotiator Paul Nitze", "USA", "GOV", "role"),
    ("union negotiators", None, "LAB", "of_body"),
])
def test_descriptions_combine_head_modifiers_and_complements(resolve, text, country, sector, rule_part):
    result = resolve(text)
    assert (result.country, result.sector) == (country, sector), result
    assert rule_part in result.rule


def test_an_office_title_is_its_holder_on_the_date(resolve):
    assert resolve("the US President", date(2018, 3, 20)).kb_id == "donald_trump"
    assert resolve("the US President", date(2010, 3, 20)).kb_id == "barack_obama"
    assert resolve("an American president").kb_id is None  # generic: nobody in particular


def test_a_title_followed_by_a_name_is_that_person_not_the_office_holder(resolve):
    named = resolve("Russian Foreign Minister Andrei Petrovsky", date(2000, 1, 1))
    assert (named.country, named.sector, named.kind, named.kb_id) == ("RUS", "GOV", "person", None)
    assert resolve("French President Emmanuel Macron", date(2000, 1, 1)).kb_id == "emmanuel_macron"
    assert resolve("the French President", date(2000, 1, 1)).kb_id == "jacques_chirac"


def test_a_former_title_is_an_elite_not_the_incumbent(resolve):
    former = resolve("the former French president", date(2000, 1, 1))
    assert (former.country, former.sector, former.kb_id) == ("FRA", "ELI", None)
    assert resolve("Former Socialist prime minister Andreas Petrakis").sector == "ELI"
    ousted = resolve("Ousted President Askar Akayev", date(2005, 3, 20))
    assert (ousted.kb_id, ousted.sector) == ("askar_akayev", "ELI")
    assert resolve("the French president", date(2000, 1, 1)).kb_id == "jacques_chirac"


def test_a_known_person_without_a_role_on_the_date_keeps_the_country_they_served(resolve):
    assert resolve("President Laurent Gbagbo", date(1980, 1, 1)).country == "CIV"
    administration = resolve("the Bush administration", date(2000, 1, 1))  # between the two Bushes
    assert (administration.country, administration.sector) == ("USA", "GOV")
    assert resolve("Senator Paul Nitze", MARCH_2018).kb_id is None  # not Senator Rand Paul


def test_an_abbreviated_title_before_a_name_is_a_title_not_a_surname(resolve):
    senator = resolve("Democratic Sen. Claire Holloway", MARCH_2018)
    assert (senator.sector, senator.kind, senator.kb_id) == ("LEG", "person", None)  # not Hun Sen
    assert resolve("Prime Minister Hun Sen", MARCH_2018).kb_id == "hun_sen"


def test_unknown_people_are_never_guessed(resolve):
    result = resolve("Zorblax Quentworth")
    assert result.country is None and result.sector == "UNK"
    assert resolve("he").country is None


def test_context_fills_a_missing_country(resolve):
    assert resolve("the defence minister", context="German").country == "DEU"
    assert resolve("the National Guard", context="Mexican").country == "MEX"


def test_a_capital_alone_is_its_government_and_a_city_its_people(resolve):
    assert (resolve("Beijing").country, resolve("Beijing").sector) == ("CHN", "GOV")
    assert (resolve("Marseille").country, resolve("Marseille").sector) == ("FRA", "CVL")


@pytest.mark.parametrize("text", ["UN", "U.N."])
def test_an_acronym_is_not_the_tail_of_a_hyphenated_given_name(resolve, text):
    # "Kim Jong-un" is filed under "Jong-un": "UN" is the United Nations
    found = resolve(text)
    assert (found.kind, found.country) == ("organisation", "UNO")


def test_a_surname_with_nobody_in_office_is_the_former_holder_not_a_town(resolve):
    found = resolve("Obama")  # in 2018: the former US president, not Obama, Fukui
    assert (found.name, found.country, found.sector) == ("Barack Obama", "USA", "ELI")
