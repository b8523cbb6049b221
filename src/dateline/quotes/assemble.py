"""Putting quotations and reported speech together into the stage's quote records.

Order of decisions, each a rule id in the output:
1. `direct-reported`: a quotation that is (almost) all the content of a reported-speech cue is a
   direct quote with that cue ("“We won,” he said" parses "said" with the quote as complement).
2. `mixed-reported`: reported content that contains a quotation and more is mixed; the quoted
   phrase is also given as a `partial` quote (`partial-in-reported`) with the same cue and speaker.
   A `colon-lead` ("MORENO: We will win.") keeps its own segments and rule, direct when quoted.
3. `direct-after` / `direct-before`: a quotation whose cue is found in the framing words.
   Two quotations with one cue ("“…,” she said, “…”") are one quote with two segments.
   `direct-signed`: a quotation closing its paragraph with a dash and a name ("“…” ― Ana Ruiz");
   `direct-colon`: one a colon introduces is the words of the subject of the clause before it.
4. `direct-same-speaker`: a quotation with no cue in the paragraph of a cued quote goes on
   as another segment of it; `mixed-run-on`: one right after reported content in its paragraph
   ("called him a master at deals. “He showed ...”") goes on with that content, now mixed;
   `continuation`: a paragraph that is only a quotation continues the previous paragraph's
   quote or reported speech (its speaker, and `continues` pointing at it).
5. `partial-governed`: a quoted phrase inside what a cue verb reports by its frames (not its
   addressee or setting: "told ABC's “Good Morning America”") when no reported speech holds it.
Quotations with none of these (titles, scare quotes) are left out.

>>> # assemble(doc, doc.text, find_quotations(doc.text), reported_speech(doc, lexicon), lexicon) -> [Attribution]
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from .attribution import Attribution
from .cues import CueLexicon
from .framing import cue_after, cue_before, is_cue_verb, named_between
from .marks import Quotation
from .reported import content_dependents
from .speakers import appositive_outside, mention_span, speaker_token

# Reported content counts as "all quoted" when what lies outside the quotation is only this
# much: "that", punctuation.
MAX_UNQUOTED_WORDS = 1


def assemble(doc: Doc, text: str, quotations: list[Quotation], reported: list[Attribution], lexicon: CueLexicon) -> list[Attribution]:
    # A cue inside a quotation is the speaker's own wording ("“I believe we will win,” he
    # said"), not the article attributing anything.
    quoted_chars = _chars([(q.start, q.end) for q in quotations])
    # A transcript's quoted paragraph opening with its speaker ("“MORENO: We will win.") is
    # the exception: the lead names who speaks.
    reported = [a for a in reported if a.cue is None or a.cue.start_char not in quoted_chars or a.rule == "colon-lead"]
    reported = _outermost(reported)
    results: list[Attribution] = []
    by_cue: dict[int, Attribution] = {}
    for attribution in reported:
        if attribution.cue is not None:
            by_cue[attribution.cue.start] = attribution
    used: set[int] = set()  # indices of quotations already placed
    partials: list[Attribution] = []

    # 1-2: quotations inside reported content.
    for attribution in reported:
        inside = [k for k, q in enumerate(quotations) if _overlap(attribution, q) > 0]
        if not inside:
            continue
        content = _chars(attribution.segments)
        quoted = set().union(*(set(range(quotations[k].start, quotations[k].end)) for k in inside))
        unquoted_words = _words(text, content - quoted)
        if attribution.rule == "colon-lead":
            # The lead's own segments: a transcript's quotation mark opens before the name.
            if not content - quoted:
                attribution.kind = "direct"
        elif unquoted_words <= MAX_UNQUOTED_WORDS or _colon_introduced(text, content - quoted, quotations[inside[0]].start):
            attribution.segments = [(quotations[k].start, quotations[k].end) for k in inside]
            attribution.kind, attribution.rule = "direct", "direct-reported"
        else:
            attribution.segments = _merge(attribution.segments + [(quotations[k].start, quotations[k].end) for k in inside])
            attribution.kind, attribution.rule = "mixed", "mixed-reported"
            for k in inside:
                partials.append(_partial(quotations[k], attribution, "partial-in-reported"))
        used.update(inside)

    # 3-5: the remaining quotations, in text order.
    last_direct: Attribution | None = None
    for k, quotation in enumerate(quotations):
        if k in used:
            last_direct = _direct_owner(reported, quotation) or last_direct
            continue
        attribution = _cued(doc, text, quotations, k, lexicon, by_cue)
        if attribution is not None:
            if attribution not in reported and attribution not in results:
                results.append(attribution)
            last_direct = attribution
            continue
        previous = last_direct
        if quotation.opens_paragraph:
            # "Kerry said [that 100,000 would be accepted]." closing a paragraph, then a
            # paragraph opening with a quotation: his words go on, as after a direct quote.
            indirect = _reported_ending_before(text, reported, quotation)
            # (Not a clause of the speaker phrase of a quote in the same paragraph: "“...,”
            # said Murphy, who thinks often about ...".)
            if indirect is not None and (previous is None or "\n" in text[previous.end : indirect.start]):
                previous = indirect
        if previous is not None and previous.kind in {"direct", "mixed", "indirect"}:
            paragraph_of_previous = _paragraph_index(quotations, previous.end)
            if paragraph_of_previous == quotation.paragraph_start and previous.kind != "indirect":
                previous.segments.append((quotation.start, quotation.end))
                continue
            if quotation.opens_paragraph and _previous_paragraph_ends_at(text, quotation.paragraph_start, previous.end) and not _speaker_after(text, quotation):
                continuation = Attribution(
                    segments=[(quotation.start, quotation.end)],
                    kind="direct",
                    rule="continuation",
                    speaker=previous.speaker,
                    continues_record=previous,
                )
                results.append(continuation)
                last_direct = continuation
                continue
        reported_before = _reported_just_before(doc, text, reported, quotation)
        if reported_before is not None:
            reported_before.segments.append((quotation.start, quotation.end))
            reported_before.kind, reported_before.rule = "mixed", "mixed-run-on"
            last_direct = reported_before
            continue
        partial = _governed_partial(doc, quotation, lexicon, quoted_chars)
        if partial is not None:
            partials.append(partial)

    kept = [a for a in reported if a.segments] + results
    return sorted(kept + partials, key=lambda a: (a.start, a.end))


def _reported_just_before(doc: Doc, text: str, reported: list[Attribution], quotation: Quotation) -> Attribution | None:
    """"Cummings called him [a master at bolting together deals]. “He showed again and again
    ...”", "[The administration may wait], Schiff said. “The other factor ...”": a quotation
    with no cue of its own right after reported content in its paragraph, with nothing between
    but the content's own cue phrase, goes on with that content's words, from the same speaker
    (rule `mixed-run-on`)."""
    if not quotation.closed:
        return None
    for attribution in reported:
        if (
            attribution.segments
            and attribution.kind == "indirect"
            and attribution.speaker is not None
            and quotation.paragraph_start <= attribution.start
            and attribution.end <= quotation.start
            and _only_cue_phrase_between(doc, text, attribution, quotation.start)
        ):
            return attribution
    return None


def _only_cue_phrase_between(doc: Doc, text: str, attribution: Attribution, end: int) -> bool:
    """Whether every word between the attribution's content and `end` is its speaker, its cue
    or a word hanging from the cue ("Schiff said Monday.")."""
    start = attribution.end
    if not any(c.isalnum() for c in text[start:end]):
        return True
    cue = attribution.cue
    if cue is None or not (start <= cue.start_char < end):
        return False
    own = set(range(cue.start_char, cue.end_char))
    speaker = attribution.speaker
    own.update(range(speaker.start_char, speaker.end_char))
    for child in cue[0].children:
        if child.dep_ in {"npadvmod", "advmod", "prep", "punct"} and start <= child.idx < end:
            own.update(range(doc[child.left_edge.i].idx, doc[child.right_edge.i].idx + len(doc[child.right_edge.i].text)))
    return all(not c.isalnum() or start + k in own for k, c in enumerate(text[start:end]))


def _reported_ending_before(text: str, reported: list[Attribution], quotation: Quotation) -> Attribution | None:
    """The indirect attribution with a speaker that ends last before the quotation, if any."""
    best = None
    for attribution in reported:
        if attribution.segments and attribution.kind == "indirect" and attribution.speaker is not None and attribution.end <= quotation.start:
            if best is None or attribution.end > best.end:
                best = attribution
    return best


def _speaker_after(text: str, quotation: Quotation) -> bool:
    """Whether words follow the quotation in its paragraph ("“…,” Bennett shot back with a
    laugh."): a cue the lexicon lacks names another speaker, and the quotation is no
    continuation of the previous one."""
    rest = text[quotation.end : quotation.paragraph_end]
    return any(c.isalpha() for c in rest) and not _next_quotation_follows(rest)


def _next_quotation_follows(rest: str) -> bool:
    """The rest of the paragraph is only another quotation ("“…” “…”")."""
    stripped = rest.strip()
    return bool(stripped) and stripped[0] in "“\"'"


def _colon_introduced(text: str, unquoted: set[int], quote_start: int) -> bool:
    """"told reporters about his call: “…”": the words before the colon are the cue's other
    dependents, and the quotation after it is what was said."""
    if not unquoted or max(unquoted) >= quote_start:
        return False
    return text[: quote_start].rstrip().endswith(":")


def _outermost(reported: list[Attribution]) -> list[Attribution]:
    """Reported speech nested in other reported speech ("X said [Y wants [Z]]") is dropped: the
    article attributes the whole to X, and annotators mark the outer attribution."""
    spans = sorted((a.start, a.end) for a in reported)
    starts = [start for start, _ in spans]
    reach, furthest = [], -1  # reach[k]: the furthest end among spans[0..k]
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    kept = []
    for attribution in reported:
        position = attribution.cue.start_char if attribution.cue is not None else attribution.start
        before = bisect_right(starts, position)  # spans starting at or before the cue
        if before and reach[before - 1] > position:
            own = (attribution.start, attribution.end)
            if any(position < end and (start, end) != own for start, end in spans[:before]):
                continue
        kept.append(attribution)
    return kept


def _cued(doc: Doc, text: str, quotations: list[Quotation], k: int, lexicon: CueLexicon, by_cue: dict[int, Attribution]) -> Attribution | None:
    """A direct quote for quotation k if a cue frames it, merged with the cue's other quotation."""
    quotation = quotations[k]
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    next_start = quotations[k + 1].start if k + 1 < len(quotations) else len(text)
    limit = min(next_start, quotation.paragraph_end)
    inner_end = text[quotation.start : quotation.end - 1].rstrip()
    continued = inner_end[-1:] in {",", "?", "!"}  # "“Go back,” Trump barked"
    cue = cue_after(doc, span.end, limit, lexicon, any_verb=continued) if quotation.closed and _opens_clause(doc, span.start) else None
    rule = "direct-after"
    if cue is None:
        floor = quotations[k - 1].end if k > 0 and quotations[k - 1].paragraph_start == quotation.paragraph_start else quotation.paragraph_start
        cue = cue_before(doc, span.start, floor, lexicon)
        rule = "direct-before"
        if cue is None and quotation.opens_paragraph:
            cue = _colon_lead(doc, text, quotation, lexicon)
    if cue is None:
        return _dash_signed(doc, text, quotation, limit) or _after_colon(doc, span)
    existing = by_cue.get(cue.i)
    if existing is not None and existing.kind == "direct":
        existing.segments = _merge(existing.segments + [(quotation.start, quotation.end)], keep_apart=True)
        return existing
    speaker_head = speaker_token(cue)
    speaker = None
    if speaker_head is not None and span.start <= speaker_head.i < span.end:
        speaker_head = appositive_outside(speaker_head, span.start, span.end)
    if speaker_head is not None and not (span.start <= speaker_head.i < span.end):
        speaker = mention_span(speaker_head, avoid=(span.start, span.end))
    elif rule == "direct-after" and named_between(doc[span.end : cue.i]):
        # The parser made no subject of the name between quotation and cue.
        first = span.end
        while first < cue.i and (doc[first].is_punct or doc[first].is_space):
            first += 1
        speaker = doc[first : cue.i]
    attribution = Attribution(
        segments=[(quotation.start, quotation.end)], kind="direct", rule=rule, cue=doc[cue.i : cue.i + 1], speaker=speaker
    )
    if existing is not None:
        # The parser gave the cue some other complement; the quotation is what it introduces.
        existing.segments = []
    by_cue[cue.i] = attribution
    return attribution


MAX_SIGNATURE_WORDS = 6
SIGNATURE_DASH_CHARACTERS = "—―–-"


def _dash_signed(doc: Doc, text: str, quotation: Quotation, limit: int) -> Attribution | None:
    """"“We will win.” ― Ana Ruiz": a quotation signed with a dash and a name closing its
    paragraph is that person's (rule `direct-signed`; the dash is the cue). Read on the
    characters: the tokenizer may glue the dash to the closing mark ("”―")."""
    if not quotation.closed:
        return None
    end = min(limit, quotation.paragraph_end)
    i = quotation.end
    while i < end and text[i].isspace():
        i += 1
    if i >= end or text[i] not in SIGNATURE_DASH_CHARACTERS:
        return None
    dash_start = i
    while i < end and text[i] in SIGNATURE_DASH_CHARACTERS:
        i += 1
    name = text[i:end].strip().rstrip(".").strip()
    words = name.split()
    if not words or len(words) > MAX_SIGNATURE_WORDS or any(not w[:1].isupper() for w in words if w[:1].isalpha()):
        return None
    name_start = text.index(words[0], i)
    speaker = doc.char_span(name_start, name_start + len(name), alignment_mode="expand")
    cue = doc.char_span(dash_start, dash_start + 1, alignment_mode="expand")
    if speaker is None or cue is None or any(t.pos_ in {"VERB", "AUX"} for t in speaker):
        return None
    return Attribution(segments=[(quotation.start, quotation.end)], kind="direct", rule="direct-signed", cue=cue, speaker=speaker)


def _after_colon(doc: Doc, span: Span) -> Attribution | None:
    """"The piece used one of her quotes as its headline: “...”", "Kaine has adopted the stance
    of many Catholics: “...”": a quotation a colon introduces, with no cue verb before it, is
    the words of the subject of the clause the colon closes (rule `direct-colon`; the colon is
    the cue). A passive clause gives its agent ("is exemplified by this finding: “...”")."""
    i = span.start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 1 or doc[i].text != ":":
        return None
    colon = doc[i]
    head = doc[i - 1]
    while head.head.i != head.i and head.head.i < colon.i and not head.is_sent_start:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    speaker_head = speaker_token(head, climb=0)
    if speaker_head is None or speaker_head.i >= colon.i or speaker_head.lower_ in {"it", "this", "that", "there"}:
        return None
    return Attribution(
        segments=[(span.start_char, span.end_char)], kind="direct", rule="direct-colon",
        cue=doc[colon.i : colon.i + 1], speaker=mention_span(speaker_head, avoid=(span.start, span.end)),
    )


def _opens_clause(doc: Doc, start: int) -> bool:
    """Whether a quotation starting at token `start` can be what a following cue reports: it
    opens its sentence or follows punctuation. After a word it is a phrase of the sentence
    ("on CBS's “Face the Nation,” Ryan said", "the four “loopholes” he cited")."""
    i = start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    return i < 0 or doc[i].is_space or doc[i].is_punct or doc[start].is_sent_start


def _colon_lead(doc: Doc, text: str, quotation: Quotation, lexicon: CueLexicon) -> Token | None:
    """`Cruz continued:` closing the previous paragraph introduces this one."""
    before = text[: quotation.paragraph_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    paragraph_floor = text.rfind("\n", 0, len(before) - 1) + 1
    return cue_before(doc, colon.end, paragraph_floor, lexicon)


def _governed_partial(doc: Doc, quotation: Quotation, lexicon: CueLexicon, quoted_chars: set[int]) -> Attribution | None:
    """A quoted phrase whose clause hangs from a cue verb: the verb's subject said it."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or len(span) == 0 or quotation.fills_paragraph:
        return None
    root = span.root
    for ancestor in root.ancestors:
        if is_cue_verb(ancestor, lexicon):
            if not quotation.paragraph_start <= ancestor.idx < quotation.paragraph_end or ancestor.idx in quoted_chars:
                # A parse run on across paragraphs, or a quoted speaker's own words.
                return None
            if not _reports(ancestor, root, lexicon):
                continue
            speaker_head = speaker_token(ancestor)
            if speaker_head is None or span.start <= speaker_head.i < span.end:
                return None
            return Attribution(
                segments=[(quotation.start, quotation.end)],
                kind="partial",
                rule="partial-governed",
                cue=doc[ancestor.i : ancestor.i + 1],
                speaker=mention_span(speaker_head, avoid=(span.start, span.end)),
            )
    return None


def _reports(cue: Token, descendant: Token, lexicon: CueLexicon) -> bool:
    """Whether `descendant` lies in what `cue` reports by the cue's frames, and not in the
    addressee or the setting ("told ABC's “Good Morning America”", "speaking on “Face the
    Nation”")."""
    node = descendant
    while node.head.i != cue.i:
        node = node.head
    return any(node.i in (part.i, part.head.i) for part in content_dependents(cue, lexicon.verbs[cue.lemma_.lower()]))


def _partial(quotation: Quotation, owner: Attribution, rule: str) -> Attribution:
    return Attribution(
        segments=[(quotation.start, quotation.end)], kind="partial", rule=rule, cue=owner.cue, speaker=owner.speaker
    )


def _direct_owner(reported: list[Attribution], quotation: Quotation) -> Attribution | None:
    for attribution in reported:
        if attribution.kind in {"direct", "mixed"} and any(s <= quotation.start < e for s, e in attribution.segments):
            return attribution
    return None


def _paragraph_index(quotations: list[Quotation], position: int) -> int | None:
    for quotation in quotations:
        if quotation.paragraph_start <= position <= quotation.paragraph_end:
            return quotation.paragraph_start
    return None


def _previous_paragraph_ends_at(text: str, paragraph_start: int, position: int) -> bool:
    """True when the text between `position` and this paragraph is at most the rest of the
    paragraph `position` is in: "he said." after the quote is fine, another paragraph is not."""
    between = text[position:paragraph_start]
    return between.count("\n") >= 1 and between.strip().count("\n") == 0


def _overlap(attribution: Attribution, quotation: Quotation) -> int:
    return sum(max(0, min(e, quotation.end) - max(s, quotation.start)) for s, e in attribution.segments)


def _chars(segments: list[tuple[int, int]]) -> set[int]:
    return set().union(*(set(range(s, e)) for s, e in segments)) if segments else set()


def _words(text: str, positions: set[int]) -> int:
    """How many words the characters at `positions` hold (runs of letters or digits)."""
    count, previous_alnum, previous = 0, False, -2
    for position in sorted(positions):
        alnum = text[position].isalnum()
        if alnum and not (previous_alnum and position == previous + 1):
            count += 1
        previous_alnum, previous = alnum, position
    return count


def _merge(segments: list[tuple[int, int]], keep_apart: bool = False) -> list[tuple[int, int]]:
    """Sorted segments with overlapping ones joined (touching ones too, unless keep_apart)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(segments):
        if merged and (start < merged[-1][1] or (not keep_apart and start == merged[-1][1])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
