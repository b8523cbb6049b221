"""Which way a bare weekday or month points: the tense of the verb that governs it.

"on Tuesday, Trump told reporters" (past) means the latest Tuesday; "will meet on Tuesday"
(future) the next one. The parse is already there, so this is a few steps up the tree.

>>> verb_tense_from_tags("VBD", ())
'past'
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from dateline.time.lexicon import read_rows

# "the contests known as Super Tuesday": a participle that names something says nothing of when.
NAMING_VERBS = {"know", "call", "dub", "name", "term", "nickname", "label"}
FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
MODAL_AUX = {"might", "may", "should", "can", "must"}  # "would"/"could" are as often past
PAST_TAGS = {"VBD"}
PRESENT_BE = {"is", "are", "'s", "'re", "am"}


@cache
def forward_cues() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(verb lemmas, phrases before a date, lemmas before an infinitive) that point ahead.

    Read from `data/tense_cues.tsv`.
    """
    verbs = lemmas_of_kind("verb")
    return verbs, tuple(lemmas_of_kind("before")), verbs | lemmas_of_kind("to")


@cache
def lemmas_of_kind(kind: str) -> frozenset[str]:
    """The `tense_cues.tsv` words of one kind ("verb", "to", "before", "reporting", "ongoing", "prospect", ...)."""
    return frozenset(word for word, row_kind in read_rows("tense_cues.tsv") if row_kind == kind)


def verb_tense_from_tags(tag: str, auxiliaries: tuple[tuple[str, str], ...], firm: bool = False,
                         would_ahead: bool = False, could_ahead: bool = False) -> str | None:
    """Tense from a verb's tag and its auxiliaries as (lower-cased word, tag) pairs.

    firm: only "will" and its kin count as future, not a modal or a progressive ("might
    move", "is raising"), which point ahead for a bare weekday ("is leaving Monday") but not
    for one that names an event ("is raising questions about Monday's debate").
    would_ahead: "would" counts as a modal too ("would hold the Senate in November"); it
    does not for a weekday, where "wouldn't say Tuesday how" is as often past.
    could_ahead: "could" counts as a modal too ("could win California on Tuesday"); not when
    negated ("could not be reached for comment Saturday" is what did not happen)."""
    words = {word for word, _ in auxiliaries}
    if words & FUTURE_AUX:
        return "future"
    if tag in PAST_TAGS or any(aux_tag in PAST_TAGS for _, aux_tag in auxiliaries):
        return "past"
    if tag == "VBN" and words & {"has", "have", "'ve", "having"}:
        return "past"
    if firm:
        return "present" if tag in ("VBZ", "VBP", "VBG") or words else None
    if words & MODAL_AUX or (would_ahead and "would" in words) or (could_ahead and "could" in words):
        return "future"
    if tag == "VBG" and words & PRESENT_BE:
        return "future"
    if tag in ("VBZ", "VBP") or (tag == "VBN" and words & PRESENT_BE):
        return "present"  # "wins", "is elected"
    if tag == "VB" and words & {"do", "does"}:
        return "present"  # "they don't want", "does it matter"
    return None


# Adjectives that only say how much of a time is meant ("for much of the fall", "most of
# the year"): the search goes on through them.
QUANTIFIERS = {"much", "most", "many", "all", "some", "part", "half", "rest", "more", "less", "little"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the dependency tree (a few steps at most).

    An adjective on the way ("payable Dec. 7", "effective Feb. 1") ends the search: the
    date belongs to it, not to the tense of the sentence.
    """
    for _ in range(8):
        # A word with an auxiliary is a verb the tagger took for a noun ("can Ted Cruz win").
        if token.pos_ in ("VERB", "AUX") or any(child.dep_ == "aux" and child.tag_ == "MD" for child in token.children):
            return token
        if token.head.i == token.i or (token.head.pos_ == "ADJ" and token.head.lemma_.lower() not in QUANTIFIERS
                                       and not (token.pos_ == "ADV" and token.head.dep_ == "acomp")):
            return None
        token = token.head
    return None


def verb_governing(doc: Doc, start: int, end: int) -> Token | None:
    """The verb that gives the characters start:end their tense (see `governing_verb`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return _bearing_the_tense(governing_verb(span.root)) if span is not None and len(span) else None


def _verb_above(token: Token) -> Token | None:
    """The verb governing the head of `token`; None at the root of the sentence."""
    return governing_verb(token.head) if token.head.i != token.i else None


def _bearing_the_tense(verb: Token | None) -> Token | None:
    """The verb whose auxiliaries give `verb` its tense: itself, or, for a bare second verb
    of a pair, the first ("will meet in Paris and sign the deal on Friday": "sign" is
    future through "will"; "expected to meet and sign": an infinitive through "to")."""
    for _ in range(4):
        if verb is None or verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBN") or auxiliaries_of(verb):
            return verb
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
            return verb
        if head.tag_ != verb.tag_ and not auxiliaries_of(head):
            return verb  # "cut down on errors and do a good job": forms that share no auxiliary
        verb = head
    return verb


def in_past_perfect(doc: Doc, start: int, end: int) -> bool:
    """True when the verb governing the characters start:end is in the past perfect ("had
    been paying rent until May"): what it dates was over before the telling."""
    verb = verb_governing(doc, start, end)
    return verb is not None and any(word == "had" for word, _ in auxiliaries_of(verb))


def ends_a_past_state(doc: Doc, start: int, end: int) -> bool:
    """True when "until" before the characters start:end ends something told in the simple
    past ("remained in the race until June", "stayed until Friday"): the date is behind. Not
    for a verb that sets a date ahead ("postponed until Tuesday", "gave them until Friday")."""
    verb = verb_governing(doc, start, end)
    if verb is None or verb.tag_ != "VBD" or auxiliaries_of(verb):
        return False
    return verb.lemma_.lower() not in lemmas_of_kind("deadline")


def in_present_perfect(doc: Doc, start: int, end: int) -> bool:
    """True when the verb governing the characters start:end is in the present perfect ("has
    turned nasty ahead of Tuesday's primary"): past in form, but about now."""
    verb = verb_governing(doc, start, end)
    return verb is not None and verb.tag_ == "VBN" and any(
        word in ("has", "have", "'s", "'ve") for word, _ in auxiliaries_of(verb))


def auxiliaries_of(verb: Token) -> tuple[tuple[str, str], ...]:
    """The (lower-cased word, tag) pairs of a verb's auxiliaries ("will", "has", "was")."""
    # Curly apostrophes spelled straight, so that "we’ll" is "we'll".
    return tuple((child.lower_.replace("’", "'"), child.tag_) for child in verb.children if child.dep_ in ("aux", "auxpass"))


def tense_at(doc: Doc, start: int, end: int, firm: bool = False, within_a_week: bool = False) -> str | None:
    """'past', 'present', 'future' or None for the verb governing the characters start:end
    (firm: see `verb_tense_from_tags`; within_a_week: the expression is a weekday, so a plan
    reported in the past tense reads as 'present', the nearer day, not as 'future')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    own_verb = governing_verb(span.root)
    verb = _bearing_the_tense(own_verb)
    if verb is None:
        return "future" if _of_something_ahead(span) or _due_ahead(span) else None
    auxiliaries = auxiliaries_of(verb)
    # "could not be reached Saturday" did not happen; "the spoiler he could have Tuesday" is
    # "could have been", over
    could_ahead = verb.lower_ != "have" and not _negated(verb)
    tense = verb_tense_from_tags(verb.tag_, auxiliaries, firm, would_ahead=not within_a_week, could_ahead=could_ahead)
    if _of_something_ahead(span) and not any(word == "had" for word, _ in auxiliaries):
        # "She noted a planned rally on Saturday": ahead. Told in the past, a weekday may be
        # either side of the telling ("a planned service on Saturday was canceled"): the nearer.
        return "present" if within_a_week and tense == "past" else "future"
    if tense != "past" and _prospect_acted_on(own_verb, span):
        return "future"  # "could ... harm Clinton's chances against Trump in November"
    if tense != "future" and _future_in_reported_speech(verb, auxiliaries):
        tense = "future"
    if tense == "present" and all(tag in ("VBZ", "VBP") for _, tag in auxiliaries) and _in_time_clause(verb):
        tense = "future"
    if tense == "past" and not auxiliaries and _in_open_condition(verb):
        tense = "future"
    if (tense is None and verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries
            and verb.lemma_.lower() not in NAMING_VERBS and _dates_the_verb_itself(span, verb)):
        # A reduced relative ("its record high set on Aug. 6", "the year ended March 31")
        # reports something already done: past, unless a plan looks ahead (checked next).
        tense = "past"
    if tense is None and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and {"to", "be"} <= {w for w, _ in auxiliaries}:
        # "an address to be delivered Wednesday", "a report to be released Thursday": a
        # passive infinitive on a noun names what is still to be done.
        return "future"
    infinitive = verb.tag_ == "VB" and any(word == "to" for word, _ in auxiliaries)
    if _planned(verb, span, infinitive, auxiliaries):
        if within_a_week and infinitive and verb.head.i != verb.i:
            # "He was scheduled to leave late Tuesday", written on Wednesday: what someone
            # was due to do, told in the past, may be on a day either side of the telling,
            # so the nearer one. ("Protesters planned a march on Saturday" still looks ahead.)
            planner = verb.head
            planner_aux = auxiliaries_of(planner)
            if verb_tense_from_tags(planner.tag_, planner_aux) == "past":
                return "present"
        if within_a_week and verb.tag_ == "VBN" and verb.dep_ == "acl":
            # "A memorial service planned for Saturday was canceled", written on Sunday:
            # the same holds for a plan named in passing by a past-tense clause.
            clause = governing_verb(verb.head)
            if clause is not None and verb_tense_from_tags(clause.tag_, auxiliaries_of(clause)) == "past":
                return "present"
        return "future"
    if infinitive and verb.head.i != verb.i:
        # "expected to close Monday" points ahead; "allowed to inspect since Jan. 13" does
        # not: an infinitive looks forward from its governor, so only a present or future
        # governor tells us the direction.
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "we will be able to reach an agreement by Saturday"
        aimed = head.pos_ == "NOUN" and verb.dep_ == "acl" and (
            _is_prospect(head) or head.lemma_.lower() in lemmas_of_kind("intention"))
        if aimed:
            # "we stand an excellent chance to win it on Tuesday": the noun's own clause
            # says whether the prospect is still open ("had a chance to win Tuesday": past).
            clause = governing_verb(head)
            head = clause if clause is not None else head
        head_aux = auxiliaries_of(head)
        governor = verb_tense_from_tags(head.tag_, head_aux, firm, would_ahead=not within_a_week)
        if aimed and governor in ("present", "future") and not _reached_through(span, verb, BACK_FROM):
            # "spending millions in an effort to stop him winning Tuesday's primaries"; not
            # "his latest effort to bounce back from Monday night's debate", the cause
            tense = "future"
        elif firm and governor == "present" and head.lemma_.lower() not in forward_cues()[2]:
            tense = "present"  # "is attempting to reach out at Monday's debate"
        elif head.lemma_.lower() in lemmas_of_kind("ongoing") and verb_tense_from_tags(head.tag_, head_aux, True) == "present":
            # "continues to insist, most recently in a Labor Day interview"; "is continuing
            # to try to sell itself, under a June agreement": going on now, not ahead.
            tense = "present"
        else:
            tense = "future" if governor in ("present", "future") else None
    elif tense is None and not auxiliaries:
        tense = _past_of_completed_clause(verb) or _tense_of_absolute_clause(doc, verb) or _prospect_ahead(verb)
    if tense is None and not auxiliaries and verb.tag_ in ("VB", "VBG", "VBN"):
        tense = _future_of_the_clause_above(verb)
    if tense is None and not auxiliaries:
        tense = _done_before_the_clause(verb)
    if (tense in (None, "present") and not auxiliaries and verb.tag_ == "VBG" and verb.dep_ == "pcomp"
            and (outer := _infinitive_above(verb)) is not None):
        # "an effort to prevent him from winning Tuesday's primaries": a gerund under an
        # infinitive has no tense of its own; it points where the infinitive does, if that is known.
        tense = tense_at(doc, outer.idx, outer.idx + len(outer.text), firm, within_a_week) or tense
    return tense


def _done_before_the_clause(verb: Token) -> str | None:
    """"Square now has a 9 percent stake, after selling some of its shares at the end of the
    year": what a gerund after "after" tells was done before its clause's time, so before now
    unless that clause looks ahead ("will retire after serving until January")."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "after":
        return None
    clause = governing_verb(verb.head.head) if verb.head.head.i != verb.head.i else None
    if clause is None:
        return None
    told = verb_tense_from_tags(clause.tag_, auxiliaries_of(clause))
    return "past" if told in ("past", "present") else told


BACK_FROM = frozenset({"from", "after", "since", "following"})


def _reached_through(span, verb: Token, prepositions: frozenset[str]) -> bool:
    """True when the first preposition on the way from the date up to `verb` is one of
    `prepositions` ("bounce back from Monday's debate")."""
    token = span.root
    for _ in range(8):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.dep_ == "prep":
            return token.lower_ in prepositions
        token = token.head
    return False


def _infinitive_above(gerund: Token) -> Token | None:
    """The to-infinitive whose preposition the gerund follows ("to prevent him from winning")."""
    outer = gerund.head.head if gerund.head.dep_ == "prep" else None
    if outer is None or outer.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in outer.children):
        return None
    return outer


NEGATIVE_SUBJECTS = {"none", "nobody", "no-one", "nothing", "neither"}


def _negated(verb: Token) -> bool:
    """"could not be reached", "none of his grandparents could be located", "neither he nor
    his wife could be located", "no one could say": the verb says what did not happen."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in NEGATIVE_SUBJECTS or any(
                grandchild.dep_ in ("det", "preconj") and grandchild.lower_ in ("no", "neither")
                for grandchild in child.children)):
            return True
    return False


def _future_of_the_clause_above(verb: Token) -> str | None:
    """"Republicans will have a chance to make their voice known on Tuesday", "the first time
    that millions of people waking up on Tuesday morning": a verb with no tense of its own
    under a clause in the future is ahead too. Only a future counts: a past or present clause
    above says nothing of a participle's time ("the man arrested on Monday is", "voters
    heading to the polls on Tuesday said")."""
    above = _verb_above(verb)
    for _ in range(3):
        if above is None:
            return None
        auxiliaries = tuple(aux for aux in auxiliaries_of(above) if aux[0] != "to")  # "a chance to make"
        if auxiliaries or above.tag_ not in ("VB", "VBG", "VBN"):
            return "future" if verb_tense_from_tags(above.tag_, auxiliaries, firm=True) == "future" else None
        above = _verb_above(above)
    return None


def _dates_the_verb_itself(span, verb: Token) -> bool:
    """The date hangs from the verb, directly or by a preposition ("set on Aug. 6", "ended
    March 31"), not from a noun below it ("the boost needed for a strong showing Tuesday")."""
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _due_ahead(span) -> bool:
    """"The filings due Sunday night are expected to show": what is due is still ahead,
    unless the clause around it is told in the past ("the payment was due Friday")."""
    adjective = span.root.head
    if adjective.dep_ == "prep" and adjective.lower_ in ("on", "by"):
        adjective = adjective.head
    if adjective.lower_ != "due" or adjective.pos_ != "ADJ":
        return False
    clause = _verb_above(adjective)
    if clause is None:
        return True
    return verb_tense_from_tags(clause.tag_, auxiliaries_of(clause)) != "past"


def _of_something_ahead(span) -> bool:
    """The date belongs to a noun marked as still ahead ("a planned Cruz rally on Saturday",
    "the looming showdown in July") or to a prospect ("his chances in November"). The noun is the one the preposition follows in the
    text, which the parser does not always attach it to."""
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    if preposition is None or preposition.i == 0:
        return False
    before = span.doc[preposition.i - 1]
    nouns = {t for t in (preposition.head, before) if t.pos_ in ("NOUN", "PROPN")}
    if before.dep_ == "compound":
        nouns.add(before.head)
    ahead = lemmas_of_kind("adjective")
    if any(_is_prospect(noun) for noun in nouns):
        return True  # "her chances in November", "the odds on Tuesday"
    return any(child.dep_ == "amod" and child.lower_ in ahead for noun in nouns for child in noun.children)


def _prospect_acted_on(verb: Token, span) -> bool:
    """The date hangs from a verb whose object is a prospect ("harm her chances in November",
    "boost his odds on Tuesday"): what the prospect is of lies ahead, unless the verb is in
    the past ("hurt her chances in November", told after it), which the caller checks."""
    if span.root.dep_ != "pobj" or span.root.head.head.i != verb.i:
        return False
    return any(child.dep_ == "dobj" and _is_prospect(child) for child in verb.children)


def _is_prospect(noun: Token) -> bool:
    """A noun of the "prospect" kind, by its lemma or as written ("odds", which the
    lemmatiser makes "odd")."""
    prospects = lemmas_of_kind("prospect")
    return noun.lemma_.lower() in prospects or noun.lower_ in prospects


def _prospect_ahead(verb: Token) -> str | None:
    """"his chances of winning in November", "hopes of reaching a deal by Friday": a gerund
    after "of" and a noun that looks ahead is about what may yet happen; so is one after "to"
    and an adjective of what matters for it ("is key to scoring a win in November"), unless
    the clause is told in the past ("was key to winning in November")."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    if verb.head.lower_ == "of":
        return "future" if _is_prospect(verb.head.head) else None
    adjective = verb.head.head
    if verb.head.lower_ == "to" and adjective.pos_ == "ADJ" and adjective.lemma_.lower() in lemmas_of_kind("goal"):
        clause = governing_verb(adjective.head) if adjective.dep_ == "acomp" else None
        if clause is not None and verb_tense_from_tags(clause.tag_, auxiliaries_of(clause)) in ("present", "future"):
            return "future"
    return None


def _tense_of_absolute_clause(doc: Doc, verb: Token) -> str | None:
    """"flights would leave from March 30, with the third departing each Thursday from
    August 6": a participle after "with" has no tense of its own; it shares the tense of
    the clause it is attached to ("charged with planning the attack in May": past)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return None
    clause = governing_verb(verb.head.head)  # None when "with" heads the sentence
    if clause is None:
        return None
    return tense_at(doc, clause.idx, clause.idx + len(clause.text))


TIME_PREPOSITIONS = {"for", "before", "after", "since", "by", "while", "when", "upon"}


def _past_of_completed_clause(verb: Token) -> str | None:
    """"quit giving speeches before announcing her run in April", "earned $40 million for
    helping Pharmacyclics sell itself in March": a gerund after a preposition like "before"
    or "for" has no tense of its own; it is in the past when the clause it hangs from is.
    Not through other words: "in hopes of seeing the duo on the ticket in the fall" and
    "boomed: 'Let's defeat her in November'" look ahead from a past report."""
    gerund = verb
    if verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBG":
        gerund = verb.head  # "helping Pharmacyclics sell itself"
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ not in TIME_PREPOSITIONS:
        return None
    if auxiliaries_of(gerund):
        return None
    above = _verb_above(gerund.head)
    for _ in range(3):
        if above is None:
            return None
        auxiliaries = auxiliaries_of(above)
        if auxiliaries or above.tag_ not in ("VB", "VBG") or above.dep_ != "xcomp":
            return "past" if verb_tense_from_tags(above.tag_, auxiliaries) == "past" else None
        above = governing_verb(above.head)  # "stopped giving speeches before announcing"
    return None


TIME_CLAUSE_MARKS = {"once", "when", "until", "till", "if", "unless"}


def _in_time_clause(verb: Token) -> bool:
    """"Once the rule goes into effect on Dec. 1", "if he wins on Tuesday": English puts the
    future in the simple present after these words, so the date lies ahead."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children)


def _in_open_condition(verb: Token) -> bool:
    """"how ties would fare if he won the election on Nov. 8": a simple past after "if",
    under "would" (not "would have"), is a condition still open, so it looks ahead."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False
    main = verb.head
    if main.dep_ == "parataxis" and main.lemma_.lower() in lemmas_of_kind("reporting"):
        main = main.head  # "If no explanation arrived by Tuesday, May said, Britain would treat it"
    words = {word for word, _ in auxiliaries_of(main)}
    return "would" in words and "have" not in words


def _future_in_reported_speech(verb: Token, auxiliaries) -> bool:
    """"The ministry said the ban would end on Monday": "would" in what someone said is the
    future seen from the saying, so the date lies ahead. Elsewhere "would" is as often a
    past habit ("he would walk there on Sundays"), which says nothing about direction."""
    if not any(word in ("would", "'d") for word, _ in auxiliaries):
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lemmas_of_kind("reporting")


def _planned(verb: Token, span, infinitive: bool, auxiliaries) -> bool:
    """True when the date is what a plan looks ahead to, even in a past-tense report.

    "is scheduled to close Monday", "planned a rally on Saturday", "has scheduled a news
    conference Thursday". Not when the planning itself is dated ("On Friday, the government
    planned to pay"), when the date is the thing chosen ("set Friday as the deadline"), or
    when the plan is over ("had been due to expire Friday").
    """
    forward_verbs, _, before_infinitive = forward_cues()
    if any(word == "had" for word, _ in auxiliaries):
        return False
    if infinitive and verb.head.i != verb.i and verb.head.lemma_.lower() in before_infinitive:
        if not _dates_the_verb_itself(span, verb):
            return False  # "urged him to release the tapes of his conversation from Jan. 5"
        # "had been due to expire": look at the auxiliaries of the governor and its verb.
        governors = (verb.head, verb.head.head)
        return not any(c.lower_ == "had" for g in governors for c in g.children if c.dep_ == "aux")
    if (verb.lemma_.lower() in lemmas_of_kind("for") and span.start > verb.i
            and any(child.dep_ == "prep" and child.lower_ == "for" for child in verb.children)):
        return True  # "a summit set for Washington in April": "set" alone names a date chosen
    if verb.lemma_.lower() not in forward_verbs or span.start < verb.i:
        return False
    return span.root.dep_ not in ("dobj", "nsubj", "nsubjpass")

