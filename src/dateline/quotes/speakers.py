"""Who is speaking: the speaker mention for a cue, and the actor behind a mention.

PolNeAR's convention, which we follow, is that the speaker is the mention as written where the
cue finds it: the full noun phrase of the cue's subject ("Senator Jeff Sessions, a close advisor
to Trump"), a pronoun as it stands ("he"), a relative pronoun ("who") and the object of
"according to". Resolving a pronoun to a person is the actor stage's job; `actor_for_span`
reads its result.

>>> # "“We won,” said Sanders." -> speaker_token(said) is "Sanders"
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from .cues import load_cues

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
# A cue without a subject of its own borrows it from the clause it hangs from:
# "he said, adding that ..." (advcl), "refused to say" (xcomp), "said X and added Y" (conj),
# "is likely to stress" (xcomp of the acomp "likely").
BORROWS_SUBJECT = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "acomp"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def speaker_token(cue: Token, climb: int = 3) -> Token | None:
    """The head token of the speaker of a cue verb, or None.

    Active subjects first; a passive cue ("was told by aides") gives its agent; a cue without
    subject climbs to the verb it depends on; a participle modifying a noun ("a statement
    saying ...", "the Kremlin, saying ...") is spoken by that noun.
    """
    subject = own_subject(cue)
    if subject is not None:
        return subject
    for child in cue.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if any(child.dep_ in PASSIVE_SUBJECTS for child in cue.children):
        return None  # "was asked": the subject is the addressee, and no agent is named
    stranded = stranded_subject(cue)
    if stranded is not None:
        return stranded
    if any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        # "“It's his to lose,” added another Democrat": the parser takes the inverted subject
        # after the cue for its object.
        inverted = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in NOMINALS), None)
        if inverted is not None:
            return inverted
    if cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return cue.head
    if cue.dep_ == "xcomp" and not is_cue_lemma(cue.head):
        # "The vote led Priebus to declare ...", "led some to speculate that ...": a to-clause
        # after a person or group as object is that object's act (object control), not the
        # subject's. (After a cue verb, "urged Clinton to embrace ...", the whole is the
        # urging; after "spent hours discussing", "used an expletive to describe", the object
        # is no one.)
        controller = next((c for c in cue.head.children if c.dep_ in {"dobj", "dative"} and c.i < cue.i), None)
        if controller is not None and names_someone(controller):
            return controller
    if climb and cue.dep_ in BORROWS_SUBJECT and cue.head.i != cue.i:
        return speaker_token(cue.head, climb - 1)
    return None


PERSONAL_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them", "some", "others", "many", "most", "all"})
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def names_someone(token: Token) -> bool:
    """Whether a noun phrase head names a person or group: a pronoun for people, a name or
    group entity, or a mention of the actor stage ("voters", "the senator")."""
    if token.lower_ in PERSONAL_PRONOUNS or token.ent_type_ in AGENT_ENTITIES:
        return True
    actors = token.doc._.actors or ()
    start, end = token.idx, token.idx + len(token.text)
    return any(s < end and start < e for actor in actors for s, e in actor.get("mentions", ()))


def is_cue_lemma(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in load_cues().verbs


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})
FRONTED = frozenset({"prep", "advcl", "npadvmod", "advmod"})
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def stranded_subject(verb: Token) -> Token | None:
    """A subject the parser hung on a fronted phrase: in "After a day of talks, Paul Ryan's
    office announced ..." or "Through analytics, reporters and editors know ...", the noun
    phrase right before a finite verb with no subject is read as a conjunct or appositive inside
    the phrase ("talks, ... office"). After the comma that sets it off, it is the subject."""
    if not (verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children):
        return None  # (a passive cue's stranded subject, "..., Pence was asked", is the addressee)
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].head.i == verb.i and doc[j].dep_ in BEFORE_VERB:
        j -= 1
    if j >= 0 and doc[j].text == ",":  # "Clinton, the nominee, was bracing"
        j -= 1
        if j >= 1 and doc[j].pos_ == "NUM" and doc[j - 1].text == ",":  # "Lazar, 44, said"
            j -= 2
    if j < 1 or doc[j].pos_ not in NOMINALS:
        return None
    node, subject = doc[j], None
    while node.head.i != node.i and node.head.i != verb.i:
        if subject is None and _set_off(node):
            subject = node
        node = node.head
    if subject is None or node.head.i != verb.i or node.dep_ not in FRONTED or node.i > subject.i:
        return None
    if subject.dep_ == "appos" and _set_off(subject.head):
        subject = subject.head  # "Clinton, the once-presumptive nominee,": the name, not its description
    # "the super PAC backing Hillary Clinton": a noun phrase parsed around its participle.
    if subject.pos_ in NOMINALS or any(c.dep_ == "det" for c in subject.children):
        return subject
    return None


def _set_off(node: Token) -> bool:
    """A conjunct, appositive or second object of a preposition after a comma: "in St.
    Clairsville, Ohio, [62-year-old Brenda Johnson]"."""
    doc = node.doc
    if node.left_edge.i == 0 or doc[node.left_edge.i - 1].text != ",":
        return False
    if node.dep_ in {"conj", "appos"}:
        return True
    return node.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < node.i for c in node.head.children)


def governing_subject(cue: Token) -> Token | None:
    """For a cue with no speaker of its own that is not passive ("in describing the plan as ...",
    "by citing his results", "..., noting that ..."): the subject of the nearest clause above it
    in the sentence, the one whose words or acts these are."""
    if any(child.dep_ in PASSIVE_SUBJECTS or child.dep_ == "auxpass" for child in cue.children):
        return None
    for ancestor in cue.ancestors:
        subject = own_subject(ancestor)
        if subject is not None:
            return subject
    return None


def own_subject(cue: Token) -> Token | None:
    """The cue's own subject; of two, the nearer: in "Voters, Clinton suggested, do not ..." the
    parser may give the inserted cue the clause's subject too, and the speaker stands next to it."""
    subjects = [child for child in cue.children if child.dep_ in SUBJECTS and child.dep_ != "expl"]
    if not subjects:
        return None
    return min(subjects, key=lambda child: abs(child.i - cue.i))


def appositive_outside(head: Token, start: int, end: int) -> Token | None:
    """For a speaker head inside the token range [start, end) (the quotation), the appositive
    naming it outside: "“Very good,” Trump, the frontrunner, said" parses the quotation as the
    subject, with "Trump" in apposition."""
    for child in head.children:
        if child.dep_ == "appos" and not (start <= child.i < end):
            return child
    return None


def mention_span(head: Token, avoid: tuple[int, int] | None = None) -> Span:
    """The noun phrase headed by `head`, trimmed of edge punctuation.

    `avoid` is a token range (the quote) the phrase must not run into; when the subtree does
    (a misparse), the phrase shrinks to the head with its compounds and determiners.
    """
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if avoid is not None and start < avoid[1] and avoid[0] < end:
        start, end = head.i, head.i + 1
        for child in head.lefts:
            if child.dep_ in {"compound", "det", "amod", "poss", "nmod"}:
                start = min(start, child.left_edge.i)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < len(doc) and doc[end].text == ")" and doc[start:end].text.count("(") > doc[start:end].text.count(")"):
        end += 1  # "the Organization for Security and Co-operation in Europe (OSCE)"
    return doc[start:end]


class ActorIndex:
    """The actor mentions of a doc (`doc._.actors`), sorted once so that each speaker's lookup
    reads only the mentions near it rather than every mention of every actor.

    >>> ActorIndex([{"id": "a1", "mentions": [[0, 5]]}]).actor(0, 5)
    'a1'
    """

    def __init__(self, actors: list[dict] | None):
        rows = []
        for order, actor in enumerate(actors or ()):
            for mention_start, mention_end in actor.get("mentions", ()):
                rows.append((mention_start, mention_end, order, actor.get("id")))
        rows.sort()
        self.rows = rows
        self.starts = [row[0] for row in rows]
        self.longest = max((row[1] - row[0] for row in rows), default=0)

    def actor(self, start: int, end: int) -> str | None:
        """The id of the actor with the mention overlapping [start, end) most (the earlier actor
        on a tie); None when no mention overlaps."""
        low = bisect_left(self.starts, start - self.longest)
        high = bisect_left(self.starts, end)
        best, best_rank, best_order = None, (False, 0), -1
        for mention_start, mention_end, order, actor_id in self.rows[low:high]:
            overlap = min(end, mention_end) - max(start, mention_start)
            if overlap <= 0:
                continue
            # The mention the phrase opens with is whom it names: "Rep. Adam Schiff, the top
            # Democrat on the House Intelligence Committee" is Schiff, not the committee.
            rank = (mention_start <= start < mention_end, overlap)
            if rank > best_rank or (rank == best_rank and order < best_order):
                best, best_rank, best_order = actor_id, rank, order
        return best


def actor_for_span(doc: Doc, start: int, end: int) -> str | None:
    """The id of the actor (from `doc._.actors`, when the actor stage ran) with a mention
    overlapping the characters [start, end); None when there is no actor stage or no match.

    >>> # doc._.actors = [{"id": "a1", "mentions": [[0, 5]], ...}]; actor_for_span(doc, 0, 5) -> "a1"
    """
    return ActorIndex(doc._.actors).actor(start, end)


def relative_antecedent(token: Token) -> Token | None:
    """For a relative pronoun subject ("senators, who called ..."), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return None


def speaker_record(doc: Doc, span: Span, actors: ActorIndex | None = None) -> dict:
    """The speaker dict of a quote: the mention, and the actor it resolves to if any.

    A relative pronoun has no actor mention of its own, so its antecedent's actor is used.
    `actors` is the doc's ActorIndex, built once per doc by the caller (else here).
    """
    actors = actors if actors is not None else ActorIndex(doc._.actors)
    actor = actors.actor(span.start_char, span.end_char)
    if actor is None and len(span) == 1:
        antecedent = relative_antecedent(span[0])
        if antecedent is not None:
            actor = actors.actor(antecedent.idx, antecedent.idx + len(antecedent.text))
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "actor": actor}
