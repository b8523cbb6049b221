"""The `dateline_events` component on sentences written for these tests, and on the reference article.

Each test names the construction it checks; actors are compared by name, so a change in the actors
stage's ids does not break them.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from dateline.events.component import EventCoder, code_events
from support import REFERENCE_ANALYSIS, REFERENCE_ARTICLE

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


@pytest.fixture(scope="module")
def analyse():
    """Run the full pipeline (events included) on a text published on a date; returns the Doc."""
    from dateline.pipeline import load_pipeline

    nlp = load_pipeline()  # tests/events/conftest.py's `nlp` is the bare model
    coder = None if "dateline_events" in nlp.pipe_names else EventCoder(nlp.vocab)

    def run(text: str, published: str = "2018-03-20"):
        doc = nlp.make_doc(text)
        doc._.dct = date.fromisoformat(published)
        doc = nlp(doc)
        return coder(doc) if coder is not None else doc

    return run


def names(doc, ids):
    by_id = {a["id"]: a["name"] for a in doc._.actors}
    return [by_id[i] for i in ids]


def events_of(doc, trigger: str | None = None):
    return [e for e in doc._.events if trigger is None or e["trigger"]["text"].lower().startswith(trigger)]


def one(doc, trigger: str) -> dict:
    found = events_of(doc, trigger)
    assert len(found) == 1, f"expected one {trigger!r} event, got {[(e['trigger']['text'], e['event']) for e in doc._.events]}"
    return found[0]


# ---- argument constructions ------------------------------------------------------------------------------


def test_subject_and_object(analyse):
    doc = analyse("Germany condemned Russia on Monday.")
    event = one(doc, "condemned")
    assert event["event"] == "ACCUSE" and event["cameo"] == "111"
    assert names(doc, event["actor"]) == ["Germany"] and names(doc, event["recipient"]) == ["Russia"]
    assert event["actor_codes"] == ["DEU"] and event["recipient_codes"] == ["RUS"]


def test_passive_by_agent_is_the_actor(analyse):
    doc = analyse("Angela Merkel was criticised by Emmanuel Macron.")
    event = one(doc, "criticised")
    assert names(doc, event["actor"]) == ["Emmanuel Macron"] and names(doc, event["recipient"]) == ["Angela Merkel"]
    assert "passive" in event["rule"]


def test_object_of_a_gap_pattern_is_the_recipient(analyse):
    doc = analyse("Japan accused China of hacking its banks.")
    event = one(doc, "accused")
    assert event["event"] == "ACCUSE" and names(doc, event["recipient"]) == ["China"]


def test_recipient_preposition(analyse):
    doc = analyse("Germany held talks with Iran in Berlin.")
    event = one(doc, "held talks")
    assert event["event"] == "CONSULT" and names(doc, event["recipient"]) == ["Iran"]


def test_control_verb_lends_its_subject(analyse):
    doc = analyse("France vowed to improve its relations with Iran and decided to expel Russian diplomats.")
    assert any(names(doc, e["actor"]) == ["France"] for e in doc._.events)


def test_coordinated_subjects_make_one_compound_event(analyse):
    doc = analyse("The US, Britain, France and Germany condemned Russia.")
    event = one(doc, "condemned")
    assert sorted(event["actor_codes"]) == ["DEU", "FRA", "GBR", "USA"] and event["recipient_codes"] == ["RUS"]


def test_along_with_joins_the_actors(analyse):
    doc = analyse("Japan issued a statement, along with Canada, condemning North Korea.")
    event = one(doc, "condemning")
    assert sorted(event["actor_codes"]) == ["CAN", "JPN"] and event["recipient_codes"] == ["PRK"]


def test_to_blame_makes_its_subject_the_one_blamed_by_the_speaker(analyse):
    doc = analyse("The Dutch foreign minister said on Monday that Iran was to blame for the attack.")
    event = one(doc, "blame")
    assert event["event"] == "ACCUSE" and event["recipient_codes"] == ["IRN"]
    assert [code[:3] for code in event["actor_codes"]] == ["NLD"]


def test_coordinated_acts_of_different_modes_stay_two_events(analyse):
    doc = analyse("Washington sanctioned Russian intelligence agencies and expelled 60 Russian diplomats.")
    assert sorted((e["event"], e["mode"] or "") for e in doc._.events) == [("SANCTION", ""), ("SANCTION", "expel")]


def test_text_opening_with_with_does_not_crash(analyse):
    # a "with" at the very first token has no left neighbour to test for "along"/"together"
    doc = analyse("With Canada, Japan condemned North Korea.")
    assert one(doc, "condemned")["recipient_codes"] == ["PRK"]


def test_reciprocal_meeting_lists_all_parties_as_actors(analyse):
    doc = analyse("Vladimir Putin telephoned Emmanuel Macron on Monday. The two leaders agreed to meet in Paris.")
    event = one(doc, "agreed to meet")
    assert sorted(names(doc, event["actor"])) == ["Emmanuel Macron", "Vladimir Putin"] and event["recipient"] == []
    assert event["event"] == "AGREE"


def test_relative_clause_borrows_its_noun(analyse):
    doc = analyse("Spain, which condemned Morocco last year, sent aid to Libya.")
    event = one(doc, "condemned")
    assert [code[:3] for code in event["actor_codes"]] == ["ESP"] and event["recipient_codes"] == ["MAR"]


def test_receiver_and_giver_swap(analyse):
    doc = analyse("Ukraine received weapons from Poland.")
    event = one(doc, "received")
    assert event["event"] == "AID" and names(doc, event["actor"]) == ["Poland"]
    assert names(doc, event["recipient"]) == ["Ukraine"]


# ---- negation, intent, modality ----------------------------------------------------------------------------


def test_failed_to_is_negated(analyse):
    doc = analyse("Canada failed to raise with China the detention of its citizens.")
    event = one(doc, "raise")
    assert event["negated"] is True


def test_did_not_is_negated(analyse):
    doc = analyse("Pakistan did not condemn India.")
    assert one(doc, "condemn")["negated"] is True


def test_promise_to_cooperate_is_agree(analyse):
    doc = analyse("Japan promised to provide aid to Nepal.")
    event = one(doc, "provide aid")
    assert event["event"] == "AGREE" and event["cameo"].startswith("03")
    assert names(doc, event["actor"]) == ["Japan"] and names(doc, event["recipient"]) == ["Nepal"]
    assert not events_of(doc, "promised"), "the promise folds into the promised act"


def test_future_meeting_is_agree_and_hedge_is_marked(analyse):
    doc = analyse("Canada will probably meet with Mexico.")
    event = one(doc, "meet")
    assert event["event"] == "AGREE" and "hedged" in (event["modality"] or "")


def test_threat_to_sanction_is_threaten(analyse):
    doc = analyse("Britain threatened to impose sanctions on Iran.")
    event = events_of(doc)[0]
    assert event["event"] == "THREATEN" and event["cameo"].startswith("13")


def test_refusal_is_reject(analyse):
    doc = analyse("Syria refused to meet with Turkey.")
    event = events_of(doc)[0]
    assert event["event"] == "REJECT" and names(doc, event["actor"]) == ["Syria"]


def test_conditional_is_marked(analyse):
    doc = analyse("Sweden would send troops to Mali if the UN asked.")
    assert any("conditional" in (e["modality"] or "") or "possible" in (e["modality"] or "") for e in doc._.events)


# ---- attribution and dating --------------------------------------------------------------------------------


def test_event_inside_a_quote_is_attributed_to_its_speaker(analyse):
    doc = analyse("“Russia attacked Georgia,” Angela Merkel said.")
    event = one(doc, "attacked")
    assert names(doc, [event["attributed_to"]]) == ["Angela Merkel"]


def test_narrated_event_has_no_attribution(analyse):
    doc = analyse("Russia attacked Georgia.")
    assert one(doc, "attacked")["attributed_to"] is None


def test_date_from_the_governing_time_expression(analyse):
    doc = analyse("Last week, Japan accused China of hacking.", "2018-03-20")
    event = one(doc, "accused")
    assert event["date"] == "2018-W11" and event["date_precision"] == "week"


def test_date_defaults_to_publication(analyse):
    doc = analyse("Japan accused China of hacking.", "2018-03-20")
    event = one(doc, "accused")
    assert event["date"] == "2018-03-20" and event["date_precision"] == "day"


def test_call_on_a_date_is_not_a_request(analyse):
    doc = analyse("Moscow blamed the attack on Monday.")
    assert not [e for e in doc._.events if e["event"] == "ACCUSE" and "on" in e["trigger"]["text"]]


def test_reporting_verb_is_not_an_event(analyse):
    doc = analyse("The minister said the weather was fine.")
    assert doc._.events == []


def test_record_shape(analyse):
    doc = analyse("Germany condemned Russia.")
    event = one(doc, "condemned")
    for key in ("event", "mode", "context", "cameo", "cameo_name", "quad", "score", "goldstein", "actor", "recipient",
                "actor_codes", "recipient_codes", "date", "date_precision", "location", "negated", "modality",
                "attributed_to", "trigger", "sentence", "rule", "confidence"):
        assert key in event
    assert doc.text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
    assert 0 <= event["sentence"]["start"] < event["sentence"]["end"] <= len(doc.text)
    assert json.loads(json.dumps(event)) == event


def test_code_events_needs_no_component(analyse):
    doc = analyse("Germany condemned Russia.")
    assert code_events(doc) == doc._.events


# ---- the reference article ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference(analyse):
    if not REFERENCE_ARTICLE.exists() or not REFERENCE_ANALYSIS.exists():
        pytest.skip("the shared reference article is absent")
    text = REFERENCE_ARTICLE.read_text(encoding="utf-8")
    header = HEADER.match(text)
    return analyse(text[header.end():], header.group(1))


def find(doc, trigger: str, event: str) -> dict | None:
    found = [e for e in doc._.events if e["trigger"]["text"].lower().startswith(trigger) and e["event"] == event]
    return found[0] if found else None


def codes(doc, ids) -> set[str]:
    by_id = {a["id"]: a for a in doc._.actors}
    return {by_id[i]["country"] for i in ids}


@pytest.mark.parametrize("trigger, event, actors, recipients, when", [
    ("congratulated", "SUPPORT", {"USA"}, {"RUS"}, "2018-03-20"),
    ("call", "CONSULT", {"USA"}, {"RUS"}, "2018-03-20"),
    ("backs", "SUPPORT", {"USA"}, {"GBR"}, "2018-W11"),
    ("blamed", "ACCUSE", {"GBR"}, {"RUS"}, "2018-W11"),
    ("condemning", "ACCUSE", {"USA", "GBR", "FRA", "DEU"}, {"RUS"}, "2018-W11"),
    ("criticised", "ACCUSE", {"USA"}, {"USA"}, "2018-03-20"),
    ("accusing", "ACCUSE", None, {"RUS"}, "2018-W11"),
    ("sanctions", "SANCTION", None, {"RUS"}, "2018-W11"),
    ("denies", "REJECT", {"RUS"}, None, "2018-03-20"),
    ("chastised", "ACCUSE", {"USA"}, {"USA"}, "2018-03-20"),
    ("complained", "ACCUSE", {"IGO"}, None, "2018-03-20"),
    ("endorsed", "SUPPORT", {"USA"}, {"IGO"}, "2018-03-20"),
    ("cooperation", "AGREE", {"USA", "RUS"}, set(), "2018-03-20"),
    ("get together", "AGREE", {"USA"}, {"RUS"}, "2018-03-20"),  # "we will probably get together": intent
])
def test_reference_events(reference, trigger, event, actors, recipients, when):
    found = find(reference, trigger, event)
    assert found is not None, f"no {event} at {trigger!r}: {[(e['trigger']['text'], e['event']) for e in reference._.events]}"
    if actors is not None:
        assert codes(reference, found["actor"]) == actors
    if recipients is not None:
        assert recipients <= codes(reference, found["recipient"]) and (recipients or not found["recipient"])
    assert found["date"] == when


def test_reference_negated_raise_is_not_a_plain_event(reference):
    raised = [e for e in reference._.events if e["trigger"]["text"].lower().startswith("raise")]
    assert raised and all(e["negated"] for e in raised)


def test_reference_condemnation_is_one_compound_event(reference):
    assert len([e for e in reference._.events if e["trigger"]["text"].lower().startswith("condemn")]) == 1


def test_reference_must_not(reference):
    by_id = {a["id"]: a for a in reference._.actors}
    for event in reference._.events:
        for side in ("actor", "recipient"):
            for actor in event[side]:
                if by_id[actor]["name"] == "Donald Trump":
                    assert by_id[actor]["kind"] == "person"
        location = event["location"]
        if location and location["text"] == "Salisbury":
            assert location["country"] == "GBR"


# ---- claims, documents, places ------------------------------------------------------------------------------


def test_claim_that_another_attacked_is_an_accusation(analyse):
    doc = analyse("Ukraine claimed that Russia had attacked Georgia.")
    accusations = [e for e in doc._.events if e["cameo"] == "112"]
    assert accusations and accusations[0]["actor_codes"] == ["UKR"] and accusations[0]["recipient_codes"] == ["RUS"]


def test_claim_of_ones_own_attack_is_claiming_responsibility(analyse):
    doc = analyse("Turkey claimed that it had attacked Syria.")
    assert any(e["cameo"] == "015" and e["actor_codes"] == ["TUR"] for e in doc._.events)


def test_a_claimed_attack_is_not_reported_as_an_attack(analyse):
    doc = analyse("Ukraine claimed that Russia had attacked Georgia.")
    assert not [e for e in doc._.events if e["event"] == "ASSAULT"]
    doc = analyse("Turkey claimed that it had shelled Syria.")
    assert [e["cameo"] for e in doc._.events] == ["015"]


def test_an_allegation_is_one_accusation_and_the_alleged_act_is_not_an_event(analyse):
    doc = analyse("The police alleged that protesters had attacked the governor.")
    assert [(e["event"], e["trigger"]["text"]) for e in doc._.events] == [("ACCUSE", "alleged")]


def test_a_report_speaks_for_where_it_was_released(analyse):
    doc = analyse("A report released in the Kenyan capital alleged that Uganda had trained rebels.")
    event = [e for e in doc._.events if e["event"] == "ACCUSE"][0]
    assert event["actor_codes"][0].startswith("KEN") and event["recipient_codes"][0].startswith("UGA")


def test_a_country_read_as_a_place_becomes_the_recipient(analyse):
    doc = analyse("Japan sent aid to Nepal.")
    event = one(doc, "sent aid")
    assert event["recipient_codes"] == ["NPL"]
    assert any(a["id"] == event["recipient"][0] for a in doc._.actors)


def test_a_place_inside_a_phrase_is_whom_only_when_no_one_else_is(analyse):
    # the CAMEO convention both gold sets follow: what is done to things in a country is done to it
    event = one(analyse("Germany inspected the refineries in Iran."), "inspected")
    assert event["recipient_codes"] == ["IRN"] and "place-inside" in event["rule"]
    event = one(analyse("Germany accused Russia of hacking the refineries in Iran."), "accused")
    assert event["recipient_codes"] == ["RUS"]


def test_an_international_body_is_coded_igo(analyse):
    event = one(analyse("The United Nations condemned Iran."), "condemned")
    assert event["actor_codes"] == ["IGOUNO"] and event["recipient_codes"] == ["IRN"]


def test_negated_event_does_not_hide_the_real_one(analyse):
    doc = analyse("Canada failed to raise with China the detention as the Canadian Prime Minister congratulated Xi Jinping.")
    assert any(e["negated"] for e in doc._.events)
    assert any(e["event"] == "SUPPORT" and not e["negated"] for e in doc._.events)


# ---- lexicon readings ------------------------------------------------------------------------------------


def test_seeking_to_do_something_is_not_a_request(analyse):
    assert not analyse("Chile sought to repair its ties with Peru.")._.events
    event = one(analyse("Chile sought loans from Peru."), "sought")
    assert event["event"] == "REQUEST" and event["recipient_codes"] == ["PER"]


def test_pressured_by_is_coercion_but_under_pressure_is_a_request(analyse):
    event = one(analyse("The Kenyan president was pressured by parliament to resign."), "pressured")
    assert event["event"] == "COERCE" and event["cameo"] == "170"
    assert one(analyse("Kenya faces pressure from Uganda to reopen the border."), "pressure")["event"] == "REQUEST"


def test_an_attack_by_protesters_is_a_riot(analyse):
    event = one(analyse("Protesters attacked the Danish embassy in Damascus."), "attacked")
    assert (event["event"], event["mode"], event["cameo"]) == ("PROTEST", "riot", "145")
    event = one(analyse("The town hall was burned by angry demonstrators."), "burned")
    assert event["event"] == "PROTEST"
    event = one(analyse("Police attacked the protesters in Cairo."), "attacked")
    assert event["event"] == "ASSAULT"  # the crowd is the target, not the actor


# ---- datelines, places and instruments -------------------------------------------------------------------


def test_a_dateline_is_not_an_argument(analyse):
    doc = analyse("MOGADISHU, Somalia: Two farmers were killed in a raid by Kenyan troops, elders said.")
    event = one(doc, "killed")
    assert "SOM" not in event["recipient_codes"] and "SOMGOV" not in event["recipient_codes"]
    assert event["recipient_codes"] == ["---AGR"]


def test_an_attack_by_someone_names_the_attacker(analyse):
    event = one(analyse("Two farmers were killed in a raid by Kenyan troops."), "killed")
    assert event["actor_codes"] == ["KENMIL"]


def test_victims_of_unknown_country_take_the_country_where_it_happened(analyse):
    event = one(analyse("Five villagers were wounded in Turkish shelling near the border with Syria in the north of Iraq."),
                "wounded")
    assert event["actor_codes"] == ["TUR"] and event["recipient_codes"] == ["IRQCVL"]
    assert "located" in event["rule"]


# ---- what the sentence asserts, who speaks for whom --------------------------------------------------------


def test_an_event_that_only_could_happen_does_not_hide_one_that_will(analyse):
    doc = analyse("The statement had to do with the fact that Iran will meet Iraq soon, they can discuss oil.")
    assert [(e["event"], e["cameo"]) for e in doc._.events] == [("AGREE", "036")]
    event = one(analyse("Iran could sanction Iraq."), "sanction")  # alone, a possible event is still coded
    assert event["modality"] == "possible"


def test_a_definite_event_noun_repeating_an_earlier_event_is_not_a_new_event(analyse):
    doc = analyse("Iran's call with Iraq lasted an hour. The call was described as warm.")
    assert len(events_of(doc, "call")) == 1


def test_we_will_meet_is_with_the_speakers_latest_counterpart(analyse):
    doc = analyse("Macron phoned Merkel on Monday. “We will certainly meet soon so we can discuss trade,” Macron said.")
    event = one(doc, "meet")
    assert event["event"] == "AGREE" and event["cameo"] == "036"
    assert names(doc, event["actor"]) == ["Emmanuel Macron"] and names(doc, event["recipient"]) == ["Angela Merkel"]


def test_a_leader_telling_another_that_their_states_agree_is_between_the_two_people(analyse):
    doc = analyse("Merkel told Boris Johnson that Germany supports Britain.")
    event = one(doc, "supports")
    assert names(doc, event["actor"]) == ["Angela Merkel"] and names(doc, event["recipient"]) == ["Boris Johnson"]
    event = one(analyse("Merkel said that Germany supports Britain."), "supports")
    assert event["actor_codes"] == ["DEU"] and event["recipient_codes"] == ["GBR"]


def test_reference_intent_to_get_together_is_agree(reference):
    event = find(reference, "get together", "AGREE")
    assert event is not None and event["cameo"] == "036" and not event["negated"]
    assert codes(reference, event["actor"]) == {"USA"} and codes(reference, event["recipient"]) == {"RUS"}
    assert "hedged" in (event["modality"] or "")


def test_reference_backs_is_trump_to_may(reference):
    event = find(reference, "backs", "SUPPORT")
    assert names(reference, event["actor"]) == ["Donald Trump"] and names(reference, event["recipient"]) == ["Theresa May"]


# ---- requests: what is asked for has not happened --------------------------------------------------------


def test_a_reported_obligation_is_the_reporters_demand(analyse):
    doc = analyse("Canada said on Monday that Iran must release the detained sailors.")
    assert [(e["event"], e["actor_codes"], e["recipient_codes"]) for e in doc._.events] == [("REQUEST", ["CAN"], ["IRN"])]
    assert not analyse("Iran must release the sailors.")._.events  # an obligation nobody is reported laying


def test_a_demand_in_an_issued_statement_is_the_issuers(analyse):
    doc = analyse("The Kenyan government issued a statement demanding that Uganda withdraw its troops.")
    assert [(e["event"], e["actor_codes"], e["recipient_codes"]) for e in doc._.events] == [("REQUEST", ["KENGOV"], ["UGA"])]


def test_what_a_request_asks_for_is_not_an_event(analyse):
    doc = analyse("Norway urged Sri Lanka to sign the ceasefire.")
    assert [e["event"] for e in doc._.events] == ["REQUEST"]


def test_a_date_between_does_not_turn_call_for_into_call_on(analyse):
    doc = analyse("On Friday the Pope called for sanctions against Sudan.")
    assert [(e["event"], e["trigger"]["text"]) for e in doc._.events] == [("REQUEST", "called for")]


def test_will_do_unless_is_an_ultimatum(analyse):
    event = one(analyse("Rwanda said it will provide aid to Burundi unless the attacks continue."), "provide aid")
    assert event["event"] == "THREATEN" and event["recipient_codes"] == ["BDI"]
    event = one(analyse("Rwanda said it will provide aid to Burundi."), "provide aid")
    assert event["event"] == "AGREE"


def test_agreeing_to_call_off_a_protest_is_an_agreement_not_a_threat(analyse):
    doc = analyse("The miners' union agreed to postpone the strike until May.")
    assert [(e["event"], e["cameo"]) for e in doc._.events] == [("AGREE", "030")]


def test_coordinated_acts_of_one_type_by_the_same_actor_are_one_event(analyse):
    doc = analyse("Militants killed two policemen and wounded three soldiers in Kabul.")
    assert len(doc._.events) == 1 and doc._.events[0]["event"] == "ASSAULT"
    assert len(doc._.events[0]["recipient"]) == 2
    doc = analyse("Germany condemned Russia and imposed sanctions on Iran.")
    assert sorted(e["event"] for e in doc._.events) == ["ACCUSE", "SANCTION"]


def test_trying_to_do_something_is_not_a_trial(analyse):
    assert not [e for e in analyse("The Egyptian government tried to win favour abroad.")._.events if e["event"] == "COERCE"]
    assert one(analyse("Greece tried the Turkish pilots in Athens."), "tried")["event"] == "COERCE"


def test_preparing_an_offensive_is_not_an_offensive(analyse):
    doc = analyse("Japan is sending food aid to Chad, which is preparing a major offensive against the rebels.")
    assert [e["event"] for e in doc._.events] == ["AID"]


def test_what_is_rejected_is_not_an_event(analyse):
    doc = analyse("The president reneged on his commitment to hold talks with the opposition.")
    assert [e["event"] for e in doc._.events] == ["REJECT"]


def test_a_participle_describing_someone_is_not_a_second_event(analyse):
    doc = analyse("A Kenyan soldier was tortured in Somali custody, according to a doctor sent to Somalia by the United Nations.")
    assert [e["event"] for e in doc._.events] == ["ASSAULT"]


def test_forces_arriving_are_deployed_not_visiting(analyse):
    assert one(analyse("Iranian peacekeepers arrived in Lebanon."), "arrived")["cameo"] == "074"
    assert one(analyse("Russian troops arrived in Syria on Monday."), "arrived")["event"] == "MOBILIZE"
    assert one(analyse("The Russian president arrived in Syria."), "arrived")["event"] == "CONSULT"


def test_every_country_coordinated_inside_the_object_phrase_is_a_recipient(analyse):
    event = one(analyse("Japan agreed to provide 50 million dollars of aid for Chad and Niger."), "provide")
    assert event["recipient_codes"] == ["TCD", "NER"]
    event = one(analyse("Oman launched a mediation effort between Iran and Iraq."), "mediation")
    assert event["recipient_codes"] == ["IRN", "IRQ"]


def test_refusing_someones_demand_rejects_them(analyse):
    doc = analyse("The Greek prime minister refused to answer a demand from the Turkish president to withdraw.")
    event = one(doc, "demand")
    assert event["event"] == "REJECT" and event["actor_codes"] == ["GRCGOV"] and event["recipient_codes"] == ["TURGOV"]


def test_an_actor_of_unknown_country_takes_one_named_in_its_own_phrase(analyse):
    event = one(analyse("Japan will provide food aid to refugees fleeing the war in Liberia."), "provide")
    assert event["recipient_codes"] == ["LBRREF"]
    event = one(analyse("Refugees fleeing to Kenya attacked a police post."), "attacked")
    assert event["actor_codes"] == ["---REF"]  # where they flee to is not where they are from


def test_agreeing_to_yield_is_coded_as_yielding_in_cameo_and_agree_in_plover(analyse):
    event = one(analyse("Egypt agreed to free twenty Libyan fishermen."), "free")
    assert (event["event"], event["cameo"][:2]) == ("AGREE", "08") and "accede" in event["rule"]
    event = one(analyse("Egypt said it will free twenty Libyan fishermen."), "free")
    assert (event["event"], event["cameo"]) == ("AGREE", "0353")  # a stated intent stays an intent
    event = one(analyse("Egypt agreed to hold talks with Libya."), "hold talks")
    assert (event["event"], event["cameo"]) == ("AGREE", "036")


# ---- weapons and appositions ------------------------------------------------------------------------------


def test_a_weapon_as_agent_points_to_whoever_fired_it_and_sets_the_code(analyse):
    event = one(analyse("The airliner was shot down by a missile fired by separatist rebels."), "shot down")
    assert event["actor_codes"] == ["---REB"] and event["cameo"] == "194"


def test_an_apposition_describes_its_head_unless_it_is_a_list(analyse):
    event = one(analyse("The Malaysia Airlines Boeing 777 flight was shot down by rebels."), "shot down")
    assert event["recipient_codes"] == ["MYSBUS"]  # the aircraft type is not a second victim
    event = one(analyse("The US, Russia, and Switzerland condemned Iran."), "condemned")
    assert event["actor_codes"] == ["USA", "RUS", "CHE"]


def test_an_apposition_with_a_role_gives_its_head_the_sector(analyse):
    event = one(analyse("Iran rejected calls by Kofi Annan, UN secretary-general, to open its sites.", "2005-06-01"),
                "rejected")
    assert event["recipient_codes"] == ["IGOUNOGOV"] and "apposition" in event["rule"]


def test_mobilising_no_force_is_not_mobilize(analyse):
    assert not analyse("Qatar has mobilized lobby groups in Britain.")._.events
    assert one(analyse("Russia mobilized 300,000 reservists."), "mobilized")["event"] == "MOBILIZE"


def test_an_event_noun_classifying_people_is_not_an_event(analyse):
    assert not analyse("Aid workers left Sudan on Monday.")._.events
    assert one(analyse("Oman launched a mediation effort between Iran and Iraq."), "mediation")["event"] == "CONSULT"


def test_helping_to_do_something_is_the_thing_done(analyse):
    doc = analyse("Qatar mobilized lobby groups in Britain to help support the rights of Yemenis.")
    assert [e["event"] for e in doc._.events] == ["SUPPORT"]
    assert one(analyse("Norway helped Sudan."), "helped")["event"] == "AID"


def test_an_actor_owning_its_sentence_root_does_not_stall_the_apposition_search():
    # A headline parsed as one noun phrase: the actor's mention climbs to the sentence root, whose
    # head is itself. spaCy builds a new Token on every access, so only positions can tell.
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.events.arguments import Arguments, Owners
    from dateline.events.component import described_by_apposition

    doc = Doc(Vocab(), words=["Chinese", "hackers", ",", "a", "unit"],
              heads=[1, 1, 1, 4, 1], deps=["amod", "ROOT", "punct", "det", "appos"])
    owners = Owners(["a1", "a1", None, "a2", "a2"])
    actors = {"a1": {"country": "CHN", "sector": ""}, "a2": {"country": "CHN", "sector": "MIL"}}
    args = Arguments(actor=["a1"], actor_tokens=[0])
    described_by_apposition(doc, args, owners, actors)
    assert args.actor == ["a2"] and "apposition" in args.rules
