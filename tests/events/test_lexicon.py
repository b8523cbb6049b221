"""Every row of the event data files is valid, and the compiled trigger matcher finds what it should."""

from __future__ import annotations

import re
import time

import pytest

from dateline.events.lexicon import (
    GAP,
    build_trigger_matcher,
    canonical,
    cameo_info,
    cameo_root,
    intent_code,
    load_markers,
    load_ontology,
    load_triggers,
    mode_score,
    normalise_plover,
    plover_info,
    read_table,
)

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
ROOTS = {f"{n:02d}" for n in range(1, 21)}
ontology = load_ontology()
triggers = load_triggers()


def valid_mode(event: str, mode: str) -> bool:
    return not mode or (event, mode) in ontology.modes


# ---- the ontology files ------------------------------------------------------------------------------------


def test_the_sixteen_plover_types_with_quads_and_scores():
    assert set(ontology.events) == PLOVER_TYPES
    for event in ontology.events.values():
        assert event.quad in (1, 2, 3, 4)
        assert -10 <= event.score <= 10
        assert event.definition


def test_modes_belong_to_known_events_and_scores_are_on_the_scale():
    for (event, mode), entry in ontology.modes.items():
        assert event in PLOVER_TYPES
        assert re.fullmatch(r"[a-z-]+", mode)
        assert entry.score is None or -10 <= entry.score <= 10
        assert entry.definition


def test_the_37_contexts_have_lower_case_keywords():
    assert len(ontology.contexts) == 37
    for context in ontology.contexts.values():
        assert context.definition and context.keywords
        assert all(k and k == k.lower() and k.strip() == k for k in context.keywords), context.name


def test_every_cameo_code_is_well_formed_and_crosswalked():
    codes = ontology.cameo
    assert ROOTS <= set(codes)
    assert len(codes) == 316  # 20 roots and 296 sub-codes of CAMEO 1.1b3
    for code, entry in codes.items():
        assert re.fullmatch(r"\d{2,4}", code)
        assert cameo_root(code) in ROOTS
        if len(code) == 4:
            assert code[:3] in codes, f"{code} has no parent base code"
        assert -10 <= entry.goldstein <= 10
        assert entry.quad in (1, 2, 3, 4) and entry.quad_phoenix in (0, 1, 2, 3, 4)
        if entry.plover_event:
            assert entry.plover_event in PLOVER_TYPES, code
            assert valid_mode(entry.plover_event, entry.plover_mode), code
        else:  # PLOVER drops only statements (01); 016 is the documented exception
            assert cameo_root(code) == "01", code


def test_cameo_roots_map_as_the_plover_manual_says():
    expected = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
                "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
                "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
                "19": "ASSAULT", "20": "ASSAULT"}
    for root, event in expected.items():
        assert ontology.cameo[root].plover_event == event
    assert ontology.cameo["083"].plover_event == "CONCEDE" and ontology.cameo["084"].plover_event == "RETREAT"


def test_renames_point_at_current_names():
    for rename in ontology.renames.values():
        if rename.event:
            assert rename.event in PLOVER_TYPES
            assert valid_mode(rename.event, rename.mode)


def test_intent_codes_are_promises_and_threats():
    for act, (promised, threatened) in ontology.intent_codes.items():
        assert act[:2] in ROOTS
        assert not promised or (promised in ontology.cameo and cameo_root(promised) == "03")
        assert not threatened or (threatened in ontology.cameo and cameo_root(threatened) == "13")


def test_helpers():
    assert cameo_info("051") == ("Praise or endorse", 3.4, 1, "SUPPORT", "")
    assert cameo_info("0874")[3:] == ("RETREAT", "withdraw")
    assert cameo_info("155")[1] == -7.2  # no GDELT weight: the parent's
    with pytest.raises(KeyError):
        cameo_info("999")
    with pytest.raises(ValueError):
        cameo_root("x1")
    assert plover_info("FIGHT").name == "ASSAULT"
    assert normalise_plover("INVESTIGATE") == ("ACCUSE", "investigate")
    assert normalise_plover("PROTEST", "demo-org") == ("PROTEST", "demo")
    assert normalise_plover("CONSULT", "phone") == ("CONSULT", "phone")
    assert mode_score("PROTEST", "vandalize") == -5  # no mode score: the event's
    assert intent_code("0841", threatened=False) == "0353"
    assert intent_code("195", threatened=True) == "1384"
    assert intent_code("111", threatened=False) == ""


# ---- the trigger lexicon -----------------------------------------------------------------------------------


def test_every_trigger_row_is_valid():
    for entry in triggers:
        where = f"{entry.pattern!r}/{entry.pos}"
        assert entry.pos in {"VERB", "NOUN", "AUX", "PHRASE"}, where
        assert entry.pattern == entry.pattern.strip().lower() and "  " not in entry.pattern, where
        assert entry.cameo in ontology.cameo, where
        assert not entry.negative_event or entry.negative_event in ontology.cameo, where
        if entry.event:
            assert entry.event in PLOVER_TYPES and valid_mode(entry.event, entry.mode), where
        else:
            assert cameo_root(entry.cameo) == "01", f"{where}: only dropped statement codes may lack an event"
        assert all(re.fullmatch(r"[a-z]+", p) for p in entry.recipient_preps), where
        if GAP in entry.words:
            assert entry.pos in {"VERB", "PHRASE"} and entry.words[0] != GAP, where
        if entry.pos == "PHRASE":
            assert len(entry.words) >= 2, where


def test_triggers_agree_with_the_crosswalk_or_say_why():
    for entry in triggers:
        mapped = ontology.cameo[entry.cameo]
        if (entry.event, entry.mode) != (mapped.plover_event, mapped.plover_mode):
            assert entry.notes, f"{entry.pattern!r}: {entry.event}/{entry.mode} vs {entry.cameo} -> " \
                                f"{mapped.plover_event}/{mapped.plover_mode} without a note"


def test_no_duplicate_keys():
    keys = [(entry.pattern, entry.pos) for entry in triggers]
    assert len(keys) == len(set(keys))
    # "open border" and "open borders" would match the same words twice
    singular = [(tuple(canonical(w) for w in entry.words), entry.pos) for entry in triggers]
    assert len(singular) == len(set(singular))


def test_coverage_of_types_and_roots():
    assert {entry.event for entry in triggers if entry.event} == PLOVER_TYPES
    assert {cameo_root(entry.cameo) for entry in triggers} == ROOTS
    assert len(triggers) >= 500


def test_british_and_american_spellings():
    patterns = {entry.pattern for entry in triggers}
    for british, american in [("criticise", "criticize"), ("apologise", "apologize"), ("mobilise", "mobilize"),
                              ("recognise", "recognize"), ("demobilise", "demobilize")]:
        assert british in patterns and american in patterns


def test_marker_files():
    markers = load_markers()
    assert {m.kind for m in markers["negation"]} == {"drop", "reject", "deny"}
    assert {"pledge", "promise", "vow", "agree", "plan"} <= {m.pattern for m in markers["intent"]}
    assert {"could", "might", "may", "would", "if", "probably"} <= {m.pattern for m in markers["modality"]}
    for group in markers.values():
        for marker in group:
            assert marker.pos in {"VERB", "ADJ", "AUX", "NOUN", "PART", "ADV", "DET", "ADP", "CCONJ", "SCONJ"}


def test_every_table_has_rectangular_rows():
    for name in ["plover_events.tsv", "plover_modes.tsv", "plover_contexts.tsv", "plover_renames.tsv",
                 "cameo_codes.tsv", "triggers.tsv", "intent_markers.tsv", "intent_codes.tsv",
                 "negation_markers.tsv", "modality_markers.tsv"]:
        assert read_table(name)  # raises on a row with the wrong number of cells


# ---- the compiled matcher ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, event, cameo",
    [
        ("The US imposed sanctions on Russia.", "SANCTION", "163"),
        ("Trump congratulated Putin on his victory.", "SUPPORT", "051"),
        ("Britain called for an investigation.", "REQUEST", "020"),
        ("Police opened fire on protesters.", "ASSAULT", "193"),
        ("The leaders held talks.", "CONSULT", "040"),
        ("She blamed Russia for the attack.", "ACCUSE", "112"),
        ("Talks were held in Vienna on Friday.", "CONSULT", "040"),
        ("The sanctions imposed on Iran have hurt its economy.", "SANCTION", "163"),
        ("The prime minister criticised the decision.", "ACCUSE", "111"),
        ("The senator criticized the decision.", "ACCUSE", "111"),
        ("Moscow expelled three British diplomats.", "SANCTION", "166"),
        ("The government recalled its ambassador from Doha.", "SANCTION", "161"),
        ("Rebels took two aid workers hostage.", "ASSAULT", "181"),
        ("The suspect was taken into custody.", "COERCE", "173"),
        ("Workers went on strike over pay.", "PROTEST", "143"),
        ("The army deployed troops to the border.", "MOBILIZE", "154"),
        ("Japan pledged to provide emergency relief.", "AGREE", "030"),
        ("The two ministers spoke by telephone.", "CONSULT", "041"),
        ("The president vetoed the bill.", "REJECT", "129"),
        ("Kiev accused Moscow of aggression.", "ACCUSE", "1123"),
        ("The rebels declared a ceasefire.", "RETREAT", "0871"),
        ("The junta imposed a curfew on the capital.", "COERCE", "1723"),
        ("Thousands of people took to the streets of the capital.", "PROTEST", "141"),
        ("Jets carried out air strikes on the town.", "ASSAULT", "195"),
        ("The minister resigned on Tuesday.", "RETREAT", "0831"),
        ("The group threatened to blow up the bridge.", "THREATEN", "130"),
        ("Egypt offered to mediate between the two sides.", "AGREE", "039"),
        ("The court sentenced him to ten years.", "SANCTION", "116"),
    ],
)
def test_the_matcher_finds_the_trigger(triggers_in, text, event, cameo):
    found = triggers_in(text)
    assert (event, cameo) in [(f[0], f[2]) for f in found], found


def test_a_phrase_wins_over_its_words(triggers_in):
    found = triggers_in("The US imposed sanctions on Russia.")
    assert [f[3] for f in found] == ["impose sanction"]


def test_negation_codes_and_recipient_prepositions_are_carried(nlp):
    matcher, _ = build_trigger_matcher(nlp.vocab)
    (match,) = matcher(nlp("Israel released 20 prisoners."))
    assert match.entry.cameo == "0841" and match.entry.negative_event == "1243"
    (match,) = matcher(nlp("Rebels clashed with troops."))
    assert match.entry.recipient_preps == ("with",)


def test_nothing_fires_on_plain_statements(triggers_in):
    assert triggers_in("The weather in the capital was mild and the markets were quiet.") == []


def test_the_matcher_is_built_once_per_vocab(nlp):
    first, entries = build_trigger_matcher(nlp.vocab)
    again, _ = build_trigger_matcher(nlp.vocab)
    assert first is again and entries is load_triggers()


def test_matching_is_cheap_next_to_the_parse(nlp):
    matcher, _ = build_trigger_matcher(nlp.vocab)
    texts = ["The US imposed sanctions on Russia after talks in Geneva failed, officials said on Monday."] * 50
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        matcher(doc)
    match = time.perf_counter() - start
    assert match < parse * 0.5, (match, parse)


def test_word_classes_are_lower_case_lemmas_with_known_codes():
    from dateline.events.lexicon import load_ontology, word_classes

    classes = word_classes()
    assert classes and all(classes.values()), "every word class has lemmas"
    known = load_ontology().cameo
    for name, lemmas in classes.items():
        for lemma, code in lemmas.items():
            assert lemma == lemma.strip().lower() and " " not in lemma, (name, lemma)
            assert not code or code in known, f"{name}: {lemma} has an unknown CAMEO code {code}"


def test_heavy_weapons_and_crowds_carry_their_codes():
    from dateline.events.lexicon import word_classes

    assert set(word_classes()["heavy_weapon"].values()) == {"194"}
    assert set(word_classes()["protest_crowd"].values()) == {"145"}
