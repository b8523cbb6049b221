"""Who did it and to whom: the actor and recipient of a trigger, read from the dependency parse.

Arguments are token positions mapped to actor ids through the actors stage's mentions (a token
inside a mention span belongs to that actor). The constructions covered, each with its rule name:

- `subject`: the trigger verb's subject ("Britain condemned Russia");
- `passive`: the by-agent is the actor and the passive subject the recipient ("was criticised by senators");
- `control`: a verb with no subject borrows the subject of the verb above it ("vowed to improve relations",
  "hardened its stance by accusing Moscow"); a relative clause borrows its noun ("senators, who called");
- `object` / `prep`: the direct object, or the object of one of the trigger's recipient prepositions
  ("accused Moscow of hacking", "talks with Iran");
- `noun`: a noun trigger's possessor, nationality adjective or by-phrase ("Israeli shelling", "Iran's attack");
- coordination makes compound actors ("the US, Britain, France and Germany"), as does "along with".

>>> # Britain condemned Russia -> Arguments(actor=['a1'], recipient=['a2'], rule='subject+object')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import word_class

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = ("dobj", "obj", "dative")
# Clause links a subject is inherited through ("vowed to improve", "by accusing", "and approving").
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp", "oprd"})
# Prepositions that commonly introduce a recipient when the lexicon names none.
DEFAULT_RECIPIENT_PREPS = ("with", "against", "on", "to", "toward", "towards", "at", "upon")
CO_ACTOR_PREPS = ("with",)  # "along with", "together with"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
EXPERIENCER_VERBS = word_class("experiencer_verb")
STATIVE_PASSIVES = word_class("stative_passive")
RECEIVING_VERBS = word_class("receiving_verb")


@dataclass
class Arguments:
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    actor_tokens: list[int] = field(default_factory=list)
    recipient_tokens: list[int] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    pronoun: Token | None = None  # an unresolved pronoun subject ("we will meet" inside a quote)

    @property
    def rule(self) -> str:
        return "+".join(self.rules) or "none"


PLACE_PREFIX = "place:"


class Owners(list):
    """The actor id (or None) of every token, as `token_actors` builds it; `places` says whether any
    token is a country read as a place and `partners` whether the Doc has an "along"/"together", so
    searches for them can be skipped in a Doc without any (`appositions`: whether any token is one)."""

    places = True
    partners = True
    appositions = True


def token_actors(doc: Doc) -> list[str | None]:
    """The actor id of every token that lies inside an actor mention (None elsewhere).

    A country the actors stage read as a place ("aid to Nepal") gets a `place:N` id: it may fill an
    argument slot directly (the component then promotes it to an actor); found inside a phrase ("the
    refineries in Iran") it is the recipient only when no actor fills that slot (`place-inside`)."""
    owners = Owners([None] * len(doc))
    owners.places = False
    if len(doc):
        from spacy.attrs import DEP, LOWER

        strings = doc.vocab.strings
        array = doc.to_array([LOWER, DEP])
        owners.partners = not {strings.add("along"), strings.add("together")}.isdisjoint(array[:, 0].tolist())
        owners.appositions = strings.add("appos") in set(array[:, 1].tolist())
    opening = dateline_end(doc)
    for actor in doc._.actors or []:
        for start, end in actor.get("mentions") or []:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                if owners[i] is None:
                    owners[i] = actor["id"]
    for number, place in enumerate(doc._.places or []):
        if place.get("kind") != "country" or not place.get("country"):
            continue
        span = doc.char_span(place["start"], place["end"], alignment_mode="expand")
        if span is not None and all(owners[i] is None for i in range(span.start, span.end)):
            for i in range(span.start, span.end):
                owners[i] = f"{PLACE_PREFIX}{number}"
            owners.places = True
    for i in range(opening):  # "GAZA CITY, Palestinian Territories:" says where the story was filed
        owners[i] = None
    return owners


DATELINE_SEPARATORS = frozenset({":", "-", "--", "\u2014", "\u2013"})


def dateline_end(doc: Doc) -> int:
    """The token index just after a news dateline opening the text ("KABUL:", "GAZA CITY, Palestinian
    Territories:", "WASHINGTON (AFP) -"), else 0: a capitalised place name and its qualifiers, with no
    verb, up to a colon or a spaced dash."""
    if not len(doc) or not (doc[0].is_upper and doc[0].is_alpha and len(doc[0]) > 1):
        return 0
    for token in doc[1:min(len(doc), 12)]:
        if token.text in DATELINE_SEPARATORS and token.whitespace_:
            return token.i + 1
        if token.pos_ in ("VERB", "AUX") or token.is_sent_start:
            return 0
    return 0


def actors_of(token: Token, owners: list[str | None], skip: frozenset[int] = frozenset()) -> list[tuple[str, int]]:
    """The actors an argument token stands for, coordinated ones included, as (actor id, token index).

    The token's own mention wins; otherwise the first mention inside its phrase (not inside a nested
    clause), so "the first sanctions on Russian entities" still finds Russia.
    """
    found: list[tuple[str, int]] = []
    for member in coordinated(token):
        actor = owners[member.i]
        joined: list[tuple[str, int]] = []
        if actor is None:
            actor, index = first_actor_below(member, owners, skip)
            if actor is not None and index != member.i:
                # "dollars of aid for Romania and Poland": the phrase's actor and those coordinated with it
                joined = [(owners[other.i], other.i) for other in coordinated(member.doc[index])[1:]
                          if owners[other.i] is not None and other.i not in skip
                          and not owners[other.i].startswith(PLACE_PREFIX)]
        else:
            index = member.i
        for actor, index in ([(actor, index)] if actor is not None else []) + joined:
            if all(actor != a for a, _ in found):
                found.append((actor, index))
    return found


def coordinated(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it ("Britain, France and Germany"), parse slips included:
    a list read as an apposition ("the US, Russia, and Switzerland") or a first name tagged as a
    preposition ("Barack Obama and Vladimir Putin")."""
    out = [token]
    stack = [token]
    appositions = []
    while stack:
        member = stack.pop(0)
        for child in member.children:
            if child.dep_ == "appos":
                appositions.append(child)
            elif child.dep_ == "conj" or (member.pos_ == "ADP" and member.dep_ in SUBJECT_DEPS and child.dep_ == "pobj"):
                if child not in out:
                    out.append(child)
                    stack.append(child)
    # An apposition is a list member only in a list ("the US, Russia, and Switzerland"); otherwise it
    # describes the same party ("Kenzo Oshima, the UN relief coordinator", "the airline's Boeing 777").
    if appositions and any(c.dep_ == "cc" for a in [token, *appositions] for c in a.children):
        for child in appositions:
            if child not in out:
                out.extend(t for t in coordinated(child) if t not in out)
    return out


DOCUMENT_NOUNS = word_class("document_noun")


def first_actor_below(token: Token, owners: list[str | None], skip: frozenset[int]) -> tuple[str | None, int]:
    if token.lemma_.lower() in DOCUMENT_NOUNS:  # look inside "released in ..." / "issued by ..."
        for child in token.children:
            if child.dep_ in ("acl", "relcl"):
                actor, index = first_actor_below(child, owners, skip)
                if actor is not None:
                    return actor, index
    stack = [token]
    while stack:
        current = stack.pop(0)
        owner = owners[current.i]
        nested_place = owner is not None and owner.startswith(PLACE_PREFIX) and current is not token
        if owner is not None and current.i not in skip and not nested_place:
            return owner, current.i
        stack.extend(c for c in current.children
                     if c.dep_ not in ("relcl", "acl", "conj", "appos", "advcl", "ccomp", "pcomp") and c.i not in skip)
    return None, -1


def clause_verb(head: Token) -> Token:
    """The verb a trigger belongs to: itself for verbs, the governing verb for a noun object."""
    token = head
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token
        token = token.head
    return head


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    # "When asked if ...": a bare past participle heading an adverbial clause
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)


def subject_of(verb: Token, owners, rules: list[str]) -> list[Token]:
    """The subject tokens of a verb, inherited through control, coordination and relative clauses."""
    token = verb
    for depth in range(6):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if is_passive(token):
            agents = [weapon_user(g) for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                rules.append("passive" if depth == 0 else "control-passive")
                return agents
            if depth == 0 and token.lemma_.lower() not in STATIVE_PASSIVES:
                return []  # "who had been arrested": the patient, not the agent
            subjects = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                rules.append("relative")
                return [token.head]
            rules.append("subject" if depth == 0 else "control")
            return [subject]
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if token.head.lemma_.lower() in DOCUMENT_NOUNS and token.head.dep_ in OBJECT_DEPS and token.tag_ == "VBG":
                token = token.head.head  # "issued a declaration demanding": the issuer
                continue
            if token.dep_ == "relcl" or token.tag_ == "VBG":
                rules.append("relative")
                return [token.head]
            if token.head.dep_ in OBJECT_DEPS:  # "issued a statement condemning": the issuer
                token = token.head.head
                continue
            return []
        expletive = any(c.dep_ == "expl" for c in token.children)
        if (token.dep_ not in INHERITING_DEPS and not (expletive and token.dep_ == "ccomp")) or token.head.i == token.i:
            return []
        token = token.head
    return []


def place_below(token: Token, owners: list[str | None], skip: frozenset[int]) -> tuple[str, int] | None:
    """The first country read as a place inside a phrase (not inside a nested clause), as (id, index)."""
    stack = [token]
    while stack:
        current = stack.pop(0)
        owner = owners[current.i]
        if owner is not None and owner.startswith(PLACE_PREFIX) and current.i not in skip:
            return owner, current.i
        stack.extend(c for c in current.children
                     if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "pcomp", "conj", "appos") and c.i not in skip)
    return None


def obligation_arguments(head: Token, owners: list[str | None]) -> Arguments:
    """ "Britain said Libya must hand over the suspects": an obligation modal reported by someone is that
    someone's demand (actor: the reporter's subject) on the clause's subject (recipient)."""
    args = Arguments()
    clause = head.head
    if clause.i == head.i or clause.dep_ not in ("ccomp", "parataxis") or clause.head.i == clause.i:
        return args
    rules: list[str] = []
    for token in subject_of(clause.head, owners, rules):
        for actor, index in actors_of(token, owners):
            if actor not in args.actor and not actor.startswith(PLACE_PREFIX):
                args.actor.append(actor)
                args.actor_tokens.append(index)
    for token in [c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]:
        for actor, index in actors_of(token, owners):
            if actor not in args.actor and actor not in args.recipient:
                args.recipient.append(actor)
                args.recipient_tokens.append(index)
    if args.actor:
        args.rules.append("obligation-reporter")
    if args.recipient:
        args.rules.append("obligation-subject")
    return args


WEAPON_NOUNS = word_class("weapon_noun")


def weapon_user(agent: Token) -> Token:
    """The one who used a weapon named as an agent ("a missile believed to be fired by rebels"), else the agent."""
    if agent.lemma_.lower() not in WEAPON_NOUNS:
        return agent
    stack = [c for c in agent.children if c.dep_ in ("acl", "relcl")]
    for _ in range(6):
        if not stack:
            break
        verb = stack.pop(0)
        users = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if users:
            return users[0]
        stack.extend(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))
    return agent


def blamed_by_copula(verb: Token) -> bool:
    """ "X is to blame": the infinitive under "be" makes its subject the one blamed, not the blamer."""
    return (verb.lemma_.lower() == "blame" and verb.head.i != verb.i and verb.head.lemma_.lower() == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def co_actors(verb: Token) -> list[Token]:
    """Partners named by "along with" / "together with" on the verb or above it."""
    out = []
    for token in (verb, verb.head):
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("along", "together"):
                out += [g for p in child.children if p.lower_ in CO_ACTOR_PREPS for g in p.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "with" and child.i > 0 and child.nbor(-1).lower_ in ("along", "together"):
                out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def prepositional_objects(tokens: list[Token], preps: tuple[str, ...]) -> list[Token]:
    out = []
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                out += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
    return out


def find_arguments(doc: Doc, head: Token, trigger_tokens: list[int], recipient_preps: tuple[str, ...],
                   owners: list[str | None], event: str = "", gap_pattern: bool = False) -> Arguments:
    """The actor and recipient of the trigger headed by `head` (see the module docstring)."""
    args = Arguments()
    trigger = set(trigger_tokens)
    skip = frozenset(trigger)
    verb = clause_verb(head)
    passive = is_passive(verb)
    noun_trigger = head.pos_ in ("NOUN", "PROPN") and head.i != verb.i
    experienced = noun_trigger and (verb.lemma_.lower() in EXPERIENCER_VERBS and head.dep_ in ("dobj", "pobj")
                                    or head.dep_ == "pobj" and head.head.lower_ == "under")

    def take(tokens: list[Token], side: list[str], indices: list[int], rule: str) -> bool:
        added = False
        for token in tokens:
            for actor, index in actors_of(token, owners, skip):
                if actor not in args.actor and actor not in args.recipient:
                    side.append(actor)
                    indices.append(index)
                    added = True
        if added:
            args.rules.append(rule)
        return added

    # the actor
    sources: list[tuple[str, list[Token]]] = []
    if noun_trigger:
        sources.append(("noun-poss", [c for c in head.children if c.dep_ == "poss"]))
        sources.append(("noun-by", prepositional_objects([head], ("by", "from"))))
        if experienced:
            sources.append(("experiencer-from", prepositional_objects([verb], ("by", "from"))))
        elif head.dep_ not in SUBJECT_DEPS:
            subject_rules: list[str] = []
            sources.append(("light-verb", subject_of(verb, owners, subject_rules)))
        sources.append(("noun-modifier", [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                                          and owners[c.i]]))
    elif blamed_by_copula(verb):
        # "Russia was to blame": the subject is the one blamed; whoever says so blames (the component
        # takes the speaker of the reported speech as the actor)
        take([c for c in verb.head.children if c.dep_ in SUBJECT_DEPS], args.recipient, args.recipient_tokens,
             "to-blame")
    else:
        subject_rules = []
        subjects = subject_of(verb, owners, subject_rules)
        sources.append(("+".join(subject_rules) or "subject", subjects))
        if passive and not any(c.dep_ == "agent" for c in verb.children):
            # "killed in Israeli shelling": the attacker named on the instrument noun
            instruments = prepositional_objects([verb], ("in", "during", "by"))
            sources.append(("instrument", [c for n in instruments for c in n.children
                                           if c.dep_ in ("amod", "compound", "poss", "nmod") and owners[c.i]]
                            + prepositional_objects(instruments, ("by",))))  # "killed in a raid by Kenyan troops"
    for rule, tokens in sources:
        if take(tokens, args.actor, args.actor_tokens, rule):
            break
        if tokens and all(t.pos_ == "PRON" for t in tokens) and not noun_trigger:
            # "Israel announced it would free ...", "Syria says it is willing to withdraw": an unresolved
            # pronoun borrows the subject of a clause above it
            args.pronoun = tokens[0]
            reporter = verb
            for _ in range(5):
                if reporter.head.i == reporter.i or reporter.dep_ not in ("ccomp", "xcomp", "conj", "acomp", "advcl"):
                    break
                reporter = reporter.head
                found = [c for c in reporter.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
                if found and take(found, args.actor, args.actor_tokens, "pronoun-reporter"):
                    break
            break
    if args.actor and getattr(owners, "partners", True):
        take(co_actors(verb), args.actor, args.actor_tokens, "along-with")

    # the recipient
    anchors = sorted({head, verb, *(doc[i] for i in trigger)}, key=lambda t: t.i)
    sources = []
    if experienced:
        subject_rules = []
        sources.append(("experiencer", subject_of(verb, owners, subject_rules)))
    direct: list[tuple[str, list[Token]]] = []
    if not noun_trigger or head.i == verb.i:
        if passive:
            direct.append(("passive-subject", [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]))
        else:
            direct.append(("object", [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i not in trigger]))
    prep_source = [("prep", prepositional_objects(anchors, recipient_preps))] if recipient_preps else []
    # "accused Moscow of hacking", "blamed Russia for": a gap pattern's object is the recipient
    sources += direct + prep_source if gap_pattern else prep_source + direct
    sources.append(("prep", prepositional_objects(anchors, DEFAULT_RECIPIENT_PREPS)))
    if noun_trigger and head.dep_ in OBJECT_DEPS:
        sources.append(("dative", [c for c in verb.children if c.dep_ == "dative"]))
    if not noun_trigger:  # "attacked the city of Mosul", "engaged peacekeepers in a firefight"
        sources.append(("object-phrase", [c for c in verb.children if c.dep_ in OBJECT_DEPS]))
        # "alleged that France was aware": the one the reported clause is about
        sources.append(("clause-subject", [g for c in verb.children if c.dep_ == "ccomp"
                                           for g in c.children if g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]))
    for rule, tokens in sources:
        if take(tokens, args.recipient, args.recipient_tokens, rule):
            break
    if not args.recipient and getattr(owners, "places", True):
        # "re-examine the refineries in Iran", "evacuate the settlements in Gaza": with no one else to
        # receive it, the country the object lies in does (the CAMEO convention)
        phrases = [c for a in anchors for c in a.children if c.dep_ in OBJECT_DEPS and c.i not in trigger]
        phrases += prepositional_objects(anchors, recipient_preps + DEFAULT_RECIPIENT_PREPS + ("in",))
        for phrase in phrases:
            place = place_below(phrase, owners, skip)
            if place is not None and place[0] not in args.actor:
                for member in coordinated(doc[place[1]]):  # "between the Emirates and Saudi Arabia"
                    owner = owners[member.i]
                    if owner is not None and owner.startswith(PLACE_PREFIX) and owner not in args.recipient:
                        args.recipient.append(owner)
                        args.recipient_tokens.append(member.i)
                args.rules.append("place-inside")
                break
    if event in ("AID", "COOPERATE") and verb.lemma_.lower() in RECEIVING_VERBS and verb.i in trigger:
        # "demonstrators received weapons from the government": the giver acts, the receiver is the recipient
        givers: list[str] = []
        giver_tokens: list[int] = []
        for token in prepositional_objects([verb, head], ("from", "by")):
            for actor, index in actors_of(token, owners, skip):
                if actor not in givers:
                    givers.append(actor)
                    giver_tokens.append(index)
        receivers, receiver_tokens = list(args.actor), list(args.actor_tokens)
        args.actor, args.actor_tokens = givers, giver_tokens
        args.recipient = [r for r in receivers if r not in givers]
        args.recipient_tokens = receiver_tokens[:len(args.recipient)]
        args.rules.append("receiver")
    return args
