"""The `dateline_events` spaCy component: who did what to whom, when and where, on `doc._.events`.

Runs after `dateline_time`, `dateline_actors` and `dateline_quotes`. For each sentence the trigger
lexicon proposes event words; `selection` keeps the main event of each clause (and subordinate events
stated in full), `modality` reads negation, promises, threats and hedges around it, `arguments` finds
actor and recipient in the parse (`reciprocal` the parties of "the two leaders"), `claims` turns a claim
that someone attacked into an accusation, `dating` dates each event by the time expression governing
its clause, `context` adds PLOVER contexts and `records` the parts taken from the other stages. Every
event is a plain dict in the analysis schema (see DESIGN.md); offsets index `doc.text`. Negated events
are kept with `negated: true` (scorers and exports drop them: PLOVER codes only what happened).

>>> # nlp.add_pipe("dateline_events"); nlp("Britain condemned Russia.")._.events[0]["event"]
>>> # 'ACCUSE'
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers doc._.events)
from .arguments import Arguments, actors_of, find_arguments, obligation_arguments, subject_of, token_actors
from .claims import claim_entries, claim_over, claimants, is_conflict
from .context import context_hits, contexts_by_sentence
from .dating import event_date, timex_owners
from .lexicon import (GAP, TriggerMatch, build_trigger_matcher, cameo_info, intent_code, load_ontology, mode_score,
                      word_class, word_classes)
from .modality import Reading
from .reciprocal import reciprocal_parties
from .records import (attribution, code_of, located_country, location_of, phrase_country, promote, quote_claims,
                      quote_speaker)
from .selection import SECONDARY_COST, SLACK, Assessed, candidates, may_be_secondary, secondary

MIN_CONFIDENCE_WITHOUT_ACTOR = 0.6
COOPERATIVE_QUADS = (1, 2)


class EventCoder:
    """Codes the events of a parsed Doc; the lexicon and matchers are built once, for the vocab."""

    def __init__(self, vocab):
        self.matcher, _ = build_trigger_matcher(vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = code_events(doc, self.matcher)
        return doc


def code_events(doc: Doc, matcher=None) -> list[dict]:
    """The event records of a parsed Doc (time, actors and quotes stages already run), in text order."""
    if matcher is None:
        matcher, _ = build_trigger_matcher(doc.vocab)
    matches = matcher(doc)
    if not matches:
        return []
    owners = token_actors(doc)
    actor_by_id = {a["id"]: a for a in doc._.actors or []}
    timexes = timex_owners(doc)
    quotes = list(doc._.quotes or [])
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[TriggerMatch]] = {}
    for match in matches:
        by_sentence.setdefault(bisect_right(starts, match.head) - 1, []).append(match)
    kept: list[tuple[Assessed, int]] = []  # (candidate, sentence number)
    coded: set[str] = set()  # trigger patterns of the events kept in earlier sentences
    for number, members in sorted(by_sentence.items()):
        assessed: list[Assessed] = []
        best = None
        members = [m for m in members if not mentioned_again(doc[m.head], m, coded)]
        for match, reading, cost in sorted(candidates(doc, members, timexes), key=lambda c: c[2]):
            if best is not None and cost > best + SLACK and (cost > best + SECONDARY_COST
                                                             or not may_be_secondary(doc[match.head], reading)):
                continue  # too deep to be kept: not worth finding its arguments
            candidate = assess(doc, match, reading, cost, owners, actor_by_id, quotes)
            if candidate is not None and candidate.event == "CONSULT" and candidate.mode == "visit":
                deployed(doc, candidate, members)
            if candidate is not None:
                assessed.append(candidate)
                if best is None and not reading.negated and not hypothetical(reading):
                    best = cost
        if not assessed:
            continue
        # a negated event ("failed to raise") does not hide the events that did happen, nor does one that
        # only could happen ("so we can discuss") hide one that will ("we will get together")
        best_negated = min(c.cost for c in assessed)
        for candidate in assessed:
            if hypothetical(candidate.reading) and not candidate.reading.negated:
                keep = best is None and candidate.cost <= best_negated + SLACK
            else:
                keep = (best is not None and candidate.cost <= best + SLACK) \
                    or (candidate.reading.negated and candidate.cost <= best_negated + SLACK)
            if keep or secondary(candidate, best):
                kept.append((candidate, number))
                coded.add(candidate.match.entry.pattern)
    meeting_partners(kept)
    kept = merged_conjuncts(doc, kept)
    claims_made, claimed_acts = claimed(doc, kept, owners)
    kept = [k for k in kept if id(k[0]) not in claimed_acts] + claims_made
    if not kept:
        return []
    contexts = contexts_by_sentence(context_hits(doc), starts)
    claims = quote_claims(doc, quotes, {m.head for m in matches})
    places = doc._.places or []
    dated = {bisect_right(starts, i) - 1 for i in timexes}  # sentences with a dated time expression
    events = [finish(doc, candidate, sentences[number], actor_by_id, timexes if number in dated else {},
                     contexts.get(number, []), claims, places, owners) for candidate, number in kept]
    return sorted(events, key=lambda e: (e["trigger"]["start"], e["trigger"]["end"]))


HYPOTHETICAL = frozenset({"possible", "conditional"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def hypothetical(reading: Reading) -> bool:
    """An event that only may happen ("could attack", "if they meet"), not one asserted or intended."""
    return not reading.intent and any(m in HYPOTHETICAL for m in reading.modality)


def mentioned_again(head, match: TriggerMatch, coded: set[str]) -> bool:
    """A definite event noun naming an event coded in an earlier sentence ("his call with the Kremlin"
    ... "The call had to do with"): the same event mentioned again, not a new one."""
    if match.entry.pattern not in coded or head.pos_ not in ("NOUN", "PROPN") or len(match.tokens) > 1:
        return False
    if any(c.dep_ in ("poss", "prep", "amod", "compound") and c.i not in match.tokens for c in head.children
           if c.dep_ != "amod" or c.pos_ == "PROPN"):
        return False  # its own arguments: "Iran's call for talks", "the call with Tehran"
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def recode(entry_cameo: str, entry_event: str, entry_mode: str, reading: Reading, negative_event: str):
    """(cameo, event, mode, rule) after promises, threats and refusals."""
    cameo, event, mode = entry_cameo, entry_event, entry_mode
    if reading.refused_by is not None:
        code = negative_event or "120"
        _, _, _, event, mode = cameo_info(code)
        return code, event, mode, "refused"
    if reading.intent and cameo and event and event != "AGREE":
        quad = load_ontology().cameo[cameo].quad
        # "agreed to postpone the protest" is an agreement whatever is agreed; "will withdraw its troops
        # unless ..." is an ultimatum, a threat whatever is threatened
        agreed = reading.intent == "agreement" and not reading.ultimatum
        if agreed and cameo.startswith(YIELD_ROOT):
            # CAMEO's 08 is yielding, acceding included: "agreed to release the prisoners" is coded as the
            # release (0842), not as an expressed intent (0353); PLOVER codes the agreement (AGREE)
            return cameo, "AGREE", "", "accede"
        threatened = not agreed and (reading.intent == "threat" or reading.ultimatum or quad not in COOPERATIVE_QUADS)
        code = intent_code(cameo, threatened=threatened) or (AGREED_CODE if agreed else "")
        if threatened and not code and reading.ultimatum:
            code = THREAT_CODE
        if code:
            _, _, _, event, mode = cameo_info(code)
            return code, event, mode, "threat" if threatened else "promise"
    return cameo, event, mode, ""


YIELD_ROOT = "08"
AGREED_CODE = "030"  # express intent to cooperate, when the agreed act has no promise code of its own
THREAT_CODE = "130"  # threaten, when the threatened act has no threat code of its own


FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def assess(doc, match, reading, cost, owners, actor_by_id, quotes=()) -> Assessed | None:
    """The coding and arguments of one candidate trigger; None when it has no actor and little confidence."""
    entry = match.entry
    head = doc[match.head]
    cameo, event, mode, recoding = recode(entry.cameo, entry.event, entry.mode, reading, entry.negative_event)
    if entry.pos == "AUX":  # "said Libya must hand over": a demand only when someone is reported making it
        args = obligation_arguments(head, owners)
        if not args.actor:
            return None
    else:
        args = find_arguments(doc, head, list(match.tokens), entry.recipient_preps, owners, event,
                              gap_pattern=GAP in entry.words or not entry.recipient_preps)
    if recoding == "refused" and head.pos_ in ("NOUN", "PROPN"):
        refusal_arguments(doc[reading.refused_by], args, owners)
    if not args.actor or all(not actor_by_id.get(a, {"country": "place"}).get("country") for a in args.actor):
        parties = reciprocal_parties(doc, head, owners, actor_by_id)
        if parties:
            args.actor, args.rules = parties, args.rules + ["reciprocal"]
    if not args.actor and args.pronoun is not None and args.pronoun.lower_ in FIRST_PERSON:
        speaker = quote_speaker(args.pronoun.idx, quotes)
        if speaker:
            args.actor, args.rules = [speaker], args.rules + ["speaker"]
    if not args.actor and "to-blame" in args.rules:
        speaker = quote_speaker(head.idx, quotes)  # "May said Russia was to blame": May blames Russia
        if speaker and speaker not in args.recipient:
            args.actor, args.rules = [speaker], args.rules + ["speaker"]
    described_by_apposition(doc, args, owners, actor_by_id)
    args.recipient = [r for r in args.recipient if r not in args.actor]
    if cameo and load_ontology().cameo[cameo].quad in (1, 3):
        spokespeople(doc, head, args, owners, actor_by_id)
    if event == "ASSAULT" and not recoding:
        weapon = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                       and g.lemma_.lower() in HEAVY_WEAPONS), None)
        if weapon is not None:  # "blown up by a missile": how it was done decides the code
            cameo, event, mode, recoding = HEAVY_WEAPONS_CODE, *cameo_info(HEAVY_WEAPONS_CODE)[3:], "weapon"
    if event == "ASSAULT" and not recoding and by_crowd(doc, args, owners):
        cameo, event, mode, recoding = RIOT_CODE, *cameo_info(RIOT_CODE)[3:], "riot"
    candidate = Assessed(match, reading, cost, cameo, event, mode, recoding, args, 0.0)
    candidate.confidence = confidence_of(match, args, candidate.rule, reading)
    if not args.actor and candidate.confidence < MIN_CONFIDENCE_WITHOUT_ACTOR:
        return None
    return candidate


def described_by_apposition(doc, args, owners, actor_by_id) -> None:
    """ "Kofi Annan, UN secretary-general": an argument of known country but no sector takes the actor of
    the apposition describing it when that one is of the same country and has a sector."""
    if not getattr(owners, "appositions", True) or not any(
            (actor_by_id.get(a) or {}).get("country") and not actor_by_id[a].get("sector") for a in args.actor + args.recipient):
        return
    for side, indices in ((args.actor, args.actor_tokens), (args.recipient, args.recipient_tokens)):
        if len(side) != len(indices):
            continue
        for n, (actor, index) in enumerate(zip(side, indices)):
            record = actor_by_id.get(actor) or {}
            if not record.get("country") or record.get("sector") or not 0 <= index < len(doc):
                continue
            token = doc[index]
            while owners[token.i] == actor and token.head.i != token.i and owners[token.head.i] == actor:
                token = token.head  # the mention's head carries the apposition
            for child in token.children:
                other = owners[child.i] if child.dep_ == "appos" else None
                described = actor_by_id.get(other) or {} if other else {}
                if described.get("country") == record["country"] and described.get("sector") and other not in side:
                    side[n] = other
                    args.rules.append("apposition")
                    break


HEAVY_WEAPONS = word_class("heavy_weapon")
HEAVY_WEAPONS_CODE = "194"  # "fight with artillery and tanks" (PLOVER heavy-weapons)
# A protest crowd that attacks or wrecks is rioting (CAMEO 145 "protest violently, riot", PLOVER PROTEST):
# "the embassy was ransacked by protesters".
CROWD_NOUNS = word_class("protest_crowd")
RIOT_CODE = "145"


def by_crowd(doc, args, owners) -> bool:
    """Whether every actor of the event is named by a protest-crowd noun."""
    if not args.actor_tokens:
        return False
    for index in args.actor_tokens:
        actor = owners[index] if 0 <= index < len(owners) else None
        start = end = index
        while actor is not None and start > 0 and owners[start - 1] == actor:
            start -= 1
        while actor is not None and end + 1 < len(doc) and owners[end + 1] == actor:
            end += 1
        if not any(doc[i].lemma_.lower() in CROWD_NOUNS or doc[i].lower_ in CROWD_NOUNS for i in range(start, end + 1)):
            return False
    return True


def refusal_arguments(refuser, args, owners) -> None:
    """ "Haniyeh refused to respond to a demand from the US President": the refuser rejects, and whoever
    made the demand (the noun's own actor) is the one turned down."""
    rules: list[str] = []
    refusers = [actor for token in subject_of(refuser, owners, rules) for actor, _ in actors_of(token, owners)
                if not actor.startswith("place:")]
    if not refusers or set(refusers) == set(args.actor):
        return
    turned_down = [a for a in args.actor + args.recipient if a not in refusers]
    args.actor, args.recipient = refusers, turned_down
    args.actor_tokens, args.recipient_tokens = [], []
    args.rules.append("refuser")


DEPLOYED_EVENTS = ("AID", "MOBILIZE")
# Forces whose arrival is a deployment: CAMEO code by the subject's head noun.
DEPLOYED_FORCES = word_classes()["deployed_force"]


def deployed(doc, candidate: Assessed, members: list[TriggerMatch]) -> None:
    """ "NATO peacekeeping troops arrived in Bosnia": forces arriving are deployed (the subject's own
    coding when it has one, here peacekeeping AID 074), not on a diplomatic visit."""
    verb = doc[candidate.match.head]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for s in subjects for t in s.subtree}
    found = [m for m in members if m.head in inside and m.entry.event in DEPLOYED_EVENTS]
    code = ""
    if found:
        code = max(found, key=lambda m: (len(m.tokens), m.head)).entry.cameo
    elif subjects:
        code = DEPLOYED_FORCES.get(subjects[0].lemma_.lower(), "")
    if code:
        _, _, _, candidate.event, candidate.mode = cameo_info(code)
        candidate.cameo, candidate.recoding = code, candidate.recoding or "deployed"


def finish(doc, candidate: Assessed, sentence, actor_by_id, timexes, contexts, claims, places,
           owners=None) -> dict:
    """The event record of a kept candidate (see DESIGN.md for the schema)."""
    match, args, reading = candidate.match, candidate.args, candidate.reading
    entry, head = match.entry, doc[match.head]
    cameo, event, mode = candidate.cameo, candidate.event, candidate.mode
    actors = [promote(doc, a, actor_by_id) for a in args.actor]
    recipients = [promote(doc, r, actor_by_id) for r in args.recipient]
    location = location_of(doc, head, match, places, sentence) if places else None
    where = None  # the country an actor of unknown country takes: where the event happened
    homes: dict[str, str] = {}  # ... or one named inside its own phrase ("refugees fleeing the war in Liberia")
    if owners is not None and any(not actor_by_id[a].get("country") for a in actors + recipients):
        where = (location or {}).get("country") or located_country(doc, head, match, owners, actor_by_id, places)
        for ids, indices in ((actors, args.actor_tokens), (recipients, args.recipient_tokens)):
            if len(ids) != len(indices):
                continue
            for actor, index in zip(ids, indices):
                if not actor_by_id[actor].get("country") and 0 <= index < len(doc):
                    home = phrase_country(doc[index], owners, actor_by_id, places)
                    if home:
                        homes[actor] = home
    name, goldstein, quad, _, _ = cameo_info(cameo) if cameo else ("", None, None, "", "")
    date, precision, timex = event_date(head, timexes, doc._.dct, sentence)
    last = doc[match.end - 1]
    start, end = doc[match.start].idx if match.end - match.start > 1 else last.idx, last.idx + len(last)
    trigger_text = last.text if match.end - match.start == 1 else doc[match.start:match.end].text
    # Doc.text joins every token anew on each access: read the few characters needed from tokens
    sentence_start, sentence_end = sentence_bounds(doc, sentence)
    return {
        "event": event or None,
        "mode": mode or None,
        "context": list(contexts),
        "cameo": cameo or None,
        "cameo_name": name or None,
        "quad": quad,
        "score": mode_score(event, mode) if event else None,
        "goldstein": goldstein,
        "actor": actors,
        "recipient": recipients,
        "actor_codes": [code_of(actor_by_id[a], homes.get(a) or where) for a in actors],
        "recipient_codes": [code_of(actor_by_id[a], homes.get(a) or where) for a in recipients],
        "date": date,
        "date_precision": precision,
        "location": location,
        "negated": reading.negated,
        "modality": modality_of(reading, candidate.recoding),
        "attributed_to": attribution(start, claims),
        "trigger": {"start": start, "end": end, "text": trigger_text},
        "sentence": {"start": sentence_start, "end": sentence_end},
        "rule": "+".join(p for p in (f"trigger:{entry.pattern}", candidate.rule, candidate.recoding, args.rule,
                                    "located" if where or homes else "", "timex" if timex else "dct") if p),
        "confidence": round(candidate.confidence, 2),
    }


def sentence_bounds(doc: Doc, sentence) -> tuple[int, int]:
    """Character offsets of a sentence without the whitespace tokens at its edges."""
    first, final = sentence.start, sentence.end - 1
    token = doc[first]
    while first < final and token.is_space:
        first += 1
        token = doc[first]
    start = token.idx
    token = doc[final]
    while final > first and token.is_space:
        final -= 1
        token = doc[final]
    return start, token.idx + len(token)


def modality_of(reading: Reading, recoding: str) -> str | None:
    labels = list(reading.modality)
    if recoding in ("promise", "threat") and "future" not in labels:
        labels.insert(0, "intent")
    return "+".join(dict.fromkeys(labels)) or None


def confidence_of(match: TriggerMatch, args: Arguments, rule: str, reading: Reading) -> float:
    score = 0.35
    score += 0.25 if args.actor else 0.0
    score += 0.1 if args.recipient else 0.0
    score += 0.15 if rule == "main" else 0.0
    score += 0.1 if len(match.tokens) > 1 else 0.0
    score -= 0.1 if match.entry.pos == "NOUN" else 0.0
    score -= 0.1 if reading.modality else 0.0
    return max(0.05, min(0.95, score))


TELLING_VERBS = word_class("telling_verb")


def spokespeople(doc, head, args, owners, actor_by_id) -> None:
    """ "Trump told May the US backs the UK": a verbal event between two states, stated by one's leader
    to the other's, is between the two people who spoke (the speaker stands for the state)."""
    verb = head
    for _ in range(3):
        if verb.dep_ == "ccomp":
            break
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return
        verb = verb.head
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.lemma_.lower() not in TELLING_VERBS or len(args.actor) != 1 or len(args.recipient) != 1:
        return

    def person(deps) -> str | None:
        for child in teller.children:
            if child.dep_ in deps and owners[child.i] and not owners[child.i].startswith("place:"):
                record = actor_by_id.get(owners[child.i]) or {}
                if record.get("kind") == "person" and record.get("country"):
                    return record["id"]
        return None

    speaker, addressee = person(("nsubj",)), person(("dobj", "dative"))
    if speaker is None or addressee is None:
        return
    country = lambda actor_id: (actor_by_id.get(actor_id) or {}).get("country")  # noqa: E731
    state, other = args.actor[0], args.recipient[0]
    if (actor_by_id.get(state) or {}).get("kind") != "country" or (actor_by_id.get(other) or {}).get("kind") != "country":
        return
    if country(state) == country(speaker) and country(other) == country(addressee):
        args.actor, args.recipient = [speaker], [addressee]
        args.rules.append("spokespeople")


def merged_conjuncts(doc: Doc, kept: list[tuple[Assessed, int]]) -> list[tuple[Assessed, int]]:
    """ "A bombing killed one soldier and wounded two others": coordinated verbs of one type and mode done
    by the same actors are one event (PLOVER's), its recipients joined; "sanctioned ... and expelled
    diplomats" stays two (sanctions and an expulsion)."""
    out: list[tuple[Assessed, int]] = []
    for candidate, number in kept:
        head = doc[candidate.match.head]
        partner = None
        if head.dep_ == "conj" and candidate.args.actor:
            for earlier, earlier_number in out:
                if earlier_number == number and earlier.match.head == head.head.i and earlier.event == candidate.event \
                        and earlier.mode == candidate.mode and earlier.args.actor == candidate.args.actor \
                        and earlier.reading.negated == candidate.reading.negated:
                    partner = earlier
                    break
        if partner is None:
            out.append((candidate, number))
            continue
        for recipient in candidate.args.recipient:
            if recipient not in partner.args.recipient:
                partner.args.recipient.append(recipient)
        partner.args.rules.append("conjunct")
    return out


WE = frozenset({"we", "us"})


def meeting_partners(kept: list[tuple[Assessed, int]]) -> None:
    """ "We will get together", said by someone who has just talked with someone: a meeting whose subject
    is the speaker's "we" is with the speaker's latest counterpart in a consultation before it."""
    for position, (candidate, _) in enumerate(kept):
        args = candidate.args
        if args.recipient or args.pronoun is None or args.pronoun.lower_ not in WE or len(args.actor) != 1 \
                or not {"speaker", "pronoun-reporter"} & set(args.rules):
            continue
        if candidate.match.entry.event != "CONSULT":
            continue
        for earlier, _ in reversed(kept[:position]):
            if earlier.match.entry.event == "CONSULT" and set(args.actor) <= set(earlier.args.actor) \
                    and earlier.args.recipient and earlier.match.head < candidate.match.head:
                args.recipient = list(earlier.args.recipient)
                args.rules.append("we-partner")
                break


def claimed(doc: Doc, kept: list[tuple[Assessed, int]], owners) -> tuple[list[tuple[Assessed, int]], set[int]]:
    """Accusations (or claims of responsibility) made by claiming that an actor did a hostile act, and
    the ids of the claimed acts: CAMEO codes the claim, not the act only the claimant asserts ("The
    US claimed that ISIL had attacked Iraq" is an accusation, not an attack the narrator reports)."""
    extra = []
    acts: set[int] = set()
    seen: set[tuple] = set()
    heads = {c.match.head: c for c, _ in kept}
    for candidate, number in kept:
        if not candidate.args.actor or not is_conflict(candidate.cameo or ""):
            continue
        verb = claim_over(doc[candidate.match.head])
        if verb is None:
            continue
        coded = heads.get(verb.i)  # "alleged that ..." is itself an accusation trigger
        if coded is not None and coded.event == "ACCUSE" and not coded.reading.negated:
            acts.add(id(candidate))
            continue
        speakers = claimants(verb, owners)
        if not speakers:
            continue
        acts.add(id(candidate))
        own = set(speakers) & set(candidate.args.actor)
        accuse, responsibility = claim_entries()
        entry = responsibility if own else accuse
        recipients = candidate.args.recipient if own else [a for a in candidate.args.actor if a not in speakers]
        key = (verb.i, entry.cameo, tuple(recipients))
        if key in seen:
            continue
        seen.add(key)
        args = Arguments(actor=list(speakers), recipient=list(recipients), rules=["claim"])
        _, _, _, event, mode = cameo_info(entry.cameo)
        match = TriggerMatch(entry, verb.i, (verb.i,))
        extra.append((Assessed(match, Reading(), candidate.cost, entry.cameo, event, mode, "", args,
                               candidate.confidence), number))
    return extra, acts


@Language.factory(
    "dateline_events",
    requires=["token.dep", "token.lemma", "token.pos", "doc._.actors", "doc._.timexes"],
    assigns=["doc._.events"],
)
def make_events_component(nlp: Language, name: str) -> EventCoder:
    return EventCoder(nlp.vocab)
