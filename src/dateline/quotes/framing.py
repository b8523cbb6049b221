"""Finding the cue of a quotation from the words framing it.

`“We won,” Sanders said.`: the cue follows the closing mark, and every word between them
belongs to the cue's own phrase (its subject, an adverb). `Sanders responded: “We won.”`: the
cue precedes an opening colon or comma with no other verb in between. A quotation that opens a
paragraph after one ending in a colon ("Cruz continued:") takes its cue from there.

>>> # cue_after(doc, quote_end_token, limit) -> the token "said" in `“We won,” Sanders said.`
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import CueLexicon

SENTENCE_END = frozenset({".", "!", "?"})
INTRODUCERS = frozenset({":", ","})
MAX_AFTER = 30  # tokens: "“…,” Senator Jeff Sessions, a close advisor to Trump, told AFP."
MAX_BEFORE_COMMA = 12
SPEECH_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _finite_verb(token: Token) -> bool:
    """A finite verb ("Trump barked", "she quips"; the tagger may take a past form after its
    subject for a participle)."""
    if token.pos_ != "VERB":
        return False
    return token.tag_ in SPEECH_TAGS or (token.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in token.children))


MODIFIER_DEPS = frozenset({"amod", "compound", "acomp", "npadvmod"})


def is_cue_verb(token: Token, lexicon: CueLexicon) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lexicon.verbs


def cue_after(doc: Doc, start: int, limit_char: int, lexicon: CueLexicon, any_verb: bool = False) -> Token | None:
    """The cue in the words following a quotation that ends before token `start`.

    `any_verb`: the quotation ends in a comma, question or exclamation mark inside its closing
    mark ("“Go back to Univision,” Trump barked"), which makes it the complement of the verb
    that follows, a cue whether or not the lexicon lists it.
    """
    for i in range(start, min(len(doc), start + MAX_AFTER)):
        token = doc[i]
        if token.idx >= limit_char:
            return None
        if is_cue_verb(token, lexicon) or (any_verb and _finite_verb(token)):
            between = doc[start:i]
            if all(t.is_punct or t.is_space or token.is_ancestor(t) or t.head == token for t in between):
                return token
            if any_verb and is_cue_verb(token, lexicon) and named_between(between):
                return token  # a misparsed name: "“...,” Tulsa police Chief Chuck Jordan said"
            return None
        if token.text in SENTENCE_END or token.is_quote:
            return None
    return None


MAX_NAME_WORDS = 8


def named_between(words) -> bool:
    """Whether the words between a quotation and its cue are only a capitalised name or title
    ("Tulsa police Chief Chuck Jordan"), the speaker however the parser read them."""
    names = [t for t in words if not (t.is_punct or t.is_space)]
    return 0 < len(names) <= MAX_NAME_WORDS and names[0].text[:1].isupper() and names[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.pos_ in {"NOUN", "DET", "ADP"} for t in names
    )


def cue_before(doc: Doc, end: int, floor_char: int, lexicon: CueLexicon) -> Token | None:
    """The cue in the words leading into a quotation that starts at token `end`.

    Accepted: `X said “…”`, `X said, “…”` with the cue the nearest verb, and `X told reporters
    at the White House about his call: “…”`, where the colon allows a longer lead.
    """
    i = end - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].idx < floor_char:
        return None
    last = doc[i]
    if is_cue_verb(last, lexicon):
        # "the so-called “reform”": a cue word used as a modifier introduces nothing.
        return last if last.dep_ not in MODIFIER_DEPS else None
    if last.text not in INTRODUCERS:
        return None
    reach = None if last.text == ":" else MAX_BEFORE_COMMA
    steps = 0
    for j in range(i - 1, -1, -1):
        token = doc[j]
        steps += 1
        if token.idx < floor_char or token.text in SENTENCE_END or (reach is not None and steps > reach):
            return None
        if is_cue_verb(token, lexicon):
            return token
        if token.pos_ == "VERB" and last.text == ",":
            return None  # another verb stands between: "He left, and “…”"
    return None
