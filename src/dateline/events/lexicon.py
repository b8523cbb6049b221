"""The event ontology (PLOVER and CAMEO) and the trigger lexicon, read once per process from `data/`.

Every fact lives in a TSV file in `dateline/events/data/` (`#` starts a comment line, the first other
line is the header); `tests/events/test_lexicon.py` validates every row. This module turns the files
into frozen dataclasses and compiles the triggers into spaCy matchers.

>>> cameo_info("112")
('Accuse', -2.0, 3, 'ACCUSE', 'allege')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

DATA_PACKAGE = "dateline.events.data"

# Words that attach to a trigger's head as particles or prepositions (`call for`, `crack down on`).
PARTICLES = frozenset(
    "about across against along around as at away back between by down for from in into of off on onto "
    "out over through to together under up upon with within".split()
)
GAP = "..."
# Dependency labels an argument takes when it fills the gap in `blame ... for` (active or passive).
OBJECT_DEPS = ["dobj", "obj", "nsubjpass", "dative", "attr"]


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a data file as dicts keyed by its header (comment lines skipped).

    >>> read_table("plover_events.tsv")[0]["event"]
    'AGREE'
    """
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{name}: row {number} has {len(cells)} cells, the header has {len(header)}: {line!r}")
        rows.append(dict(zip(header, cells)))
    return rows


# ---------------------------------------------------------------------------------------------------------
# The ontology
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PloverEvent:
    """One of the 16 PLOVER event types."""

    name: str
    quad: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    score: float  # the manual's base intensity, -10..+10
    needs_recipient: bool
    definition: str
    notes: str


@dataclass(frozen=True)
class PloverMode:
    event: str
    mode: str
    score: float | None  # None where the manual gives no score: use the event's
    definition: str


@dataclass(frozen=True)
class PloverContext:
    name: str
    definition: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    goldstein_phoenix: float | None  # only where the Phoenix table differs
    quad: int  # GDELT convention
    quad_phoenix: int  # Phoenix convention (0 = neutral for roots 01-02)
    plover_event: str  # "" when PLOVER drops the code
    plover_mode: str
    note: str


@dataclass(frozen=True)
class Rename:
    """An older PLOVER name (or event/mode pair) and its current equivalent."""

    old_event: str
    old_mode: str
    event: str  # "" = the category was removed
    mode: str  # "" = keep the given mode
    note: str


@dataclass(frozen=True)
class Ontology:
    events: dict[str, PloverEvent]
    modes: dict[tuple[str, str], PloverMode]
    contexts: dict[str, PloverContext]
    cameo: dict[str, CameoCode]
    renames: dict[tuple[str, str], Rename]
    intent_codes: dict[str, tuple[str, str]]  # act code prefix -> (promised code, threatened code)


def _number(text: str) -> float | None:
    return float(text) if text.strip() else None


@cache
def load_ontology() -> Ontology:
    """Every ontology table, loaded once per process."""
    events = {
        row["event"]: PloverEvent(
            row["event"], int(row["quad"]), float(row["score"]), row["needs_recipient"] == "yes",
            row["definition"], row["notes"],
        )
        for row in read_table("plover_events.tsv")
    }
    modes = {
        (row["event"], row["mode"]): PloverMode(row["event"], row["mode"], _number(row["score"]), row["definition"])
        for row in read_table("plover_modes.tsv")
    }
    contexts = {
        row["context"]: PloverContext(row["context"], row["definition"], tuple(row["keywords"].split("|")))
        for row in read_table("plover_contexts.tsv")
    }
    cameo = {
        row["code"]: CameoCode(
            row["code"], row["name"], float(row["goldstein"]), _number(row["goldstein_phoenix"]),
            int(row["quad"]), int(row["quad_phoenix"]), row["plover_event"], row["plover_mode"], row["crosswalk_note"],
        )
        for row in read_table("cameo_codes.tsv")
    }
    renames = {
        (row["old_event"], row["old_mode"]): Rename(
            row["old_event"], row["old_mode"], row["event"], row["mode"], row["note"]
        )
        for row in read_table("plover_renames.tsv")
    }
    intent_codes = {row["act"]: (row["promised"], row["threatened"]) for row in read_table("intent_codes.tsv")}
    return Ontology(events, modes, contexts, cameo, renames, intent_codes)


def cameo_root(code: str) -> str:
    """The two-digit root (cue category) of a CAMEO code.

    >>> cameo_root("1123"), cameo_root("04"), cameo_root("195")
    ('11', '04', '19')
    """
    code = code.strip()
    if len(code) < 2 or not code[:2].isdigit():
        raise ValueError(f"not a CAMEO code: {code!r} (expected two to four digits, e.g. '04', '112', '1123')")
    return code[:2]


def cameo_info(code: str) -> tuple[str, float, int, str, str]:
    """(name, Goldstein score, GDELT quad class, PLOVER event, PLOVER mode) of a CAMEO code.

    >>> cameo_info("163")
    ('Impose embargo, boycott, or sanctions', -8.0, 4, 'SANCTION', '')
    """
    entry = load_ontology().cameo.get(code.strip())
    if entry is None:
        raise KeyError(f"unknown CAMEO code {code!r}: cameo_codes.tsv lists the CAMEO 1.1b3 codes")
    return entry.name, entry.goldstein, entry.quad, entry.plover_event, entry.plover_mode


def plover_info(event: str) -> PloverEvent:
    """The definition, quad class and base score of a PLOVER event type (older names accepted).

    >>> plover_info("DEMAND").name, plover_info("ACCUSE").quad
    ('REQUEST', 3)
    """
    name, _ = normalise_plover(event)
    if name not in load_ontology().events:
        raise KeyError(f"unknown PLOVER event {event!r}: plover_events.tsv lists the 16 current types")
    return load_ontology().events[name]


def normalise_plover(name: str, mode: str = "") -> tuple[str, str]:
    """The current (event, mode) for an event name and mode, mapping older PLOVER names.

    >>> normalise_plover("DISAPPROVE")
    ('ACCUSE', 'disapprove')
    >>> normalise_plover("fight", "heavy-weapons")
    ('ASSAULT', 'heavy-weapons')
    """
    name, mode = name.strip().upper(), (mode or "").strip()
    renames = load_ontology().renames
    rename = renames.get((name, mode)) or renames.get((name, ""))
    if rename is None:
        return name, mode
    return rename.event, rename.mode or mode


def mode_score(event: str, mode: str = "") -> float:
    """The PLOVER intensity of an event and mode: the mode's score, else the event's.

    >>> mode_score("ASSAULT", "aerial"), mode_score("AGREE")
    (-9.5, 2.5)
    """
    ontology = load_ontology()
    found = ontology.modes.get((event, mode))
    if found is not None and found.score is not None:
        return found.score
    return ontology.events[event].score


def intent_code(act_code: str, threatened: bool) -> str:
    """The CAMEO code of a promise (03x) or threat (13x) of the act coded `act_code` ("" if none).

    >>> intent_code("042", threatened=False), intent_code("163", threatened=True)
    ('036', '1312')
    """
    table = load_ontology().intent_codes
    for length in range(len(act_code), 1, -1):
        codes = table.get(act_code[:length])
        if codes is not None and codes[int(threatened)]:
            return codes[int(threatened)]
    return ""


# ---------------------------------------------------------------------------------------------------------
# Triggers and markers
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerEntry:
    """One row of triggers.tsv."""

    pattern: str
    pos: str  # VERB, NOUN, AUX or PHRASE
    event: str  # "" only for CAMEO 01 codes PLOVER drops
    mode: str
    cameo: str
    negative_event: str
    recipient_preps: tuple[str, ...]
    notes: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.pattern.split())

    @property
    def kind(self) -> str:
        """How the pattern compiles: `token` (one word), `sequence` (contiguous words) or `tree` (parse)."""
        words = self.words
        if len(words) == 1:
            return "sequence" if "-" in words[0] else "token"
        if self.pos == "NOUN":
            return "sequence"
        return "tree"


@dataclass(frozen=True)
class Marker:
    """A word that changes how a trigger below it is read (intent, negation or modality)."""

    pattern: str
    pos: str
    kind: str  # intent: promise/agreement/...; negation: drop/reject/deny; modality: possibility/...
    notes: str


@cache
def load_triggers() -> tuple[TriggerEntry, ...]:
    """Every trigger, in file order, loaded once per process."""
    return tuple(
        TriggerEntry(
            row["pattern"], row["pos"], row["event"], row["mode"], row["cameo"], row["negative_event"],
            tuple(p for p in row["recipient_preps"].split("|") if p), row["notes"],
        )
        for row in read_table("triggers.tsv")
    )


@cache
def word_classes() -> dict[str, dict[str, str]]:
    """The word classes of `data/word_classes.tsv`: class name -> {lemma: CAMEO code or ""}.

    >>> "howitzer" in word_class("heavy_weapon")
    True
    """
    classes: dict[str, dict[str, str]] = {}
    for row in read_table("word_classes.tsv"):
        classes.setdefault(row["class"], {})[row["lemma"]] = row["cameo"]
    return classes


def word_class(name: str) -> frozenset[str]:
    """The lemmas of one word class (a KeyError names a class missing from the data file)."""
    return frozenset(word_classes()[name])


@cache
def load_markers() -> dict[str, tuple[Marker, ...]]:
    """The intent, negation and modality markers, keyed by those three names.

    >>> load_markers()["negation"][0].pattern
    'not'
    """
    files = {"intent": ("intent_markers.tsv", "kind"), "negation": ("negation_markers.tsv", "effect"),
             "modality": ("modality_markers.tsv", "kind")}
    return {
        name: tuple(Marker(row["pattern"], row["pos"], row[column], row["notes"]) for row in read_table(file))
        for name, (file, column) in files.items()
    }


def canonical(word: str) -> str:
    """A crude singular used to compare pattern words with token lemmas (`talks` ~ `talk`).

    The lemmatiser usually gives the singular, but the patterns are written as news writes them
    ("hold talks", "sever ties"), so both sides are reduced the same way.

    >>> canonical("talks"), canonical("Ties"), canonical("press")
    ('talk', 'tie', 'press')
    """
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def lemma_forms(word: str) -> list[str]:
    """The lemma strings a token may carry for a pattern word (for `LEMMA IN` patterns)."""
    base = canonical(word)
    return sorted({word, base, base + "s"})


# ---------------------------------------------------------------------------------------------------------
# Compiling the triggers into spaCy matchers
# ---------------------------------------------------------------------------------------------------------

# Parts of speech a single-word trigger may carry (the tagger calls some headline nouns PROPN).
TOKEN_POS = {"VERB": ["VERB"], "NOUN": ["NOUN", "PROPN"], "AUX": ["AUX"]}
# When two triggers share a token, the one with more words wins; at equal length a parse-checked
# phrase beats a contiguous sequence, which beats a single word.
KIND_RANK = {"tree": 0, "sequence": 1, "token": 2}


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a Doc: its lexicon entry, its head token and every token it covers."""

    entry: TriggerEntry
    head: int  # token index of the head (the verb of a phrase, the root of a compound noun)
    tokens: tuple[int, ...]  # sorted token indices; an argument filling a `...` gap is not included

    @property
    def start(self) -> int:
        return self.tokens[0]

    @property
    def end(self) -> int:
        return self.tokens[-1] + 1


@dataclass(frozen=True)
class TreeNode:
    """One node of a parse pattern: the word it must carry and where it hangs."""

    word: str | None  # None for the `...` gap (an argument, not part of the trigger)
    parent: int  # index of the parent node; -1 for the anchor
    relation: str  # DependencyMatcher operator from the parent (">", ">>")
    by_lower: bool  # particles compare the surface form; content words the lemma


def tree_nodes(words: tuple[str, ...]) -> list[TreeNode]:
    """The parse shape of a multiword VERB/PHRASE pattern (see triggers.tsv for the notation).

    >>> [(n.word, n.parent, n.relation) for n in tree_nodes(("launch", "air", "strike"))]
    [('launch', -1, ''), ('strike', 0, '>'), ('air', 1, '>')]
    """
    nodes = [TreeNode(words[0], -1, "", False)]
    parent, relation = 0, ">"
    index = 1
    while index < len(words):
        word = words[index]
        if word == GAP:
            nodes.append(TreeNode(None, 0, ">", False))
            parent, relation = 0, ">"
            index += 1
        elif word in PARTICLES:
            following = words[index + 1] if index + 1 < len(words) else None
            if word == "to" and following not in (None, GAP) and following not in PARTICLES:
                # "agree to meet" (an infinitive below the head) and "take to street" (a prepositional
                # object) parse differently; requiring only that the content sits below the head covers both.
                parent, relation = 0, ">>"
            else:
                nodes.append(TreeNode(word, 0, ">", True))
                parent, relation = len(nodes) - 1, ">"
            index += 1
        else:
            run = [word]
            while index + len(run) < len(words) and words[index + len(run)] not in PARTICLES | {GAP}:
                run.append(words[index + len(run)])
            nodes.append(TreeNode(run[-1], parent, relation, False))
            noun = len(nodes) - 1
            for modifier in run[:-1]:  # "air strike", "arrest warrant": modifiers hang from the noun
                nodes.append(TreeNode(modifier, noun, ">", False))
            parent, relation = 0, ">"  # a later particle ("set fire to") attaches to the head again
            index += len(run)
    return nodes


def surface_forms(word: str, pos: str) -> list[str]:
    """The inflected forms news text uses for the last word of a sequence (nouns: plurals; verbs: tenses).

    >>> surface_forms("strike", "NOUN"), surface_forms("co-operate", "VERB")
    (['strike', 'strikes'], ['co-operate', 'co-operated', 'co-operates', 'co-operating'])
    """
    forms = {word}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if pos != "NOUN":
        stem = word[:-1] if word.endswith("e") else word
        forms |= {stem + "ed", stem + "ing"}
    return sorted(forms)


def hyphen_tokens(word: str) -> list[str]:
    """The tokens spaCy's English tokenizer makes of a hyphenated word ("cease-fire" -> cease, -, fire)."""
    return [piece for piece in re.split(r"(-)", word) if piece]


@dataclass(frozen=True)
class TreeSpec:
    """A parse pattern ready to walk: per node, what its token must be."""

    entry: TriggerEntry
    nodes: tuple[TreeNode, ...]
    forms: tuple[frozenset[str] | None, ...]  # allowed lemma (or lower-case) strings; None for the gap
    object_first: bool  # the object noun may govern the head ("sanctions imposed on Iran")


class TriggerMatcher:
    """Every trigger of the lexicon compiled for one vocab; call it on a parsed Doc.

    Single words are a set lookup per part of speech (lemma and POS arrays), contiguous nouns a
    `PhraseMatcher` over their inflected forms. Parse-checked phrases ("hold talks", "blame ... for")
    are found by walking the children of the few tokens whose lemma heads some phrase: a
    `DependencyMatcher` over all phrase shapes cost about 8% of the parse, the walk a small fraction.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> TriggerMatcher(nlp.vocab, load_triggers()).entries[0].pattern
    'decline comment'
    """

    def __init__(self, vocab, entries: tuple[TriggerEntry, ...]):
        from spacy.matcher import PhraseMatcher

        self.entries = entries
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        self._tokens: dict[tuple[str, str], list[TriggerEntry]] = {}
        self._sequences: dict[str, TriggerEntry] = {}
        # head lemma -> (phrases to try always, phrases keyed by the word their second node needs)
        self._trees: dict[str, tuple[list[TreeSpec], dict[str, list[TreeSpec]]]] = {}
        for index, entry in enumerate(entries):
            if entry.kind == "token":
                self._tokens.setdefault((canonical(entry.pattern), entry.pos), []).append(entry)
            elif entry.kind == "sequence":
                self._add_sequence(f"SEQ_{index}", entry)
            else:
                self._add_tree(entry)
        from spacy.parts_of_speech import IDS

        # single words: one lookup per token over the Doc's lemma array, then its part of speech
        self._token_lookups: dict[int, list[tuple[str, frozenset[int]]]] = {}
        for pos, allowed in TOKEN_POS.items():
            tags = frozenset(IDS[a] for a in allowed)
            for form in sorted({form for (word, p) in self._tokens if p == pos for form in lemma_forms(word)}):
                self._token_lookups.setdefault(vocab.strings.add(form), []).append((pos, tags))

        self._tree_heads = frozenset(vocab.strings.add(lemma) for lemma in self._trees)

    def _add_sequence(self, key: str, entry: TriggerEntry) -> None:
        # A PhraseMatcher over surface forms: a token Matcher pattern per sequence cost ten times more.
        from spacy.tokens import Doc

        *first, last = entry.words
        phrases = []
        for form in surface_forms(last, entry.pos):
            words = [*first, form]
            phrases.append([piece for word in words for piece in hyphen_tokens(word)])
            if "-" in form:  # a hyphenated word the tokenizer keeps whole ("co-operate")
                phrases.append([*first, form])
        self.phrase_matcher.add(key, [Doc(self.phrase_matcher.vocab, words=words) for words in phrases])
        self._sequences[key] = entry

    def _add_tree(self, entry: TriggerEntry) -> None:
        nodes = tuple(tree_nodes(entry.words))
        forms = tuple(
            None if node.word is None else frozenset([node.word] if node.by_lower else lemma_forms(node.word))
            for node in nodes
        )
        second = nodes[1] if len(nodes) > 1 else None
        object_first = bool(second and second.word and not second.by_lower and second.relation == ">")
        spec = TreeSpec(entry, nodes, forms, object_first)
        for lemma in forms[0]:
            always, by_word = self._trees.setdefault(lemma, ([], {}))
            if second is None or forms[1] is None or second.relation != ">":
                always.append(spec)
            else:
                for form in forms[1]:
                    by_word.setdefault(form, []).append(spec)

    def _token_hits(self, doc) -> list[tuple[str, int]]:
        from spacy.attrs import LEMMA, POS

        if not len(doc):
            return []
        # a dict lookup per hash: numpy.isin costs more on arrays of a few hundred tokens
        array = doc.to_array([LEMMA, POS])
        lookups = self._token_lookups
        lemmas = array[:, 0].tolist()
        hits = [(i, lookups[lemma]) for i, lemma in enumerate(lemmas) if lemma in lookups]
        if not hits:
            return []
        tags = array[:, 1].tolist()
        found = [(pos, i) for i, options in hits for pos, allowed in options if tags[i] in allowed]
        order = {pos: n for n, pos in enumerate(TOKEN_POS)}
        return sorted(found, key=lambda hit: (order[hit[0]], hit[1]))

    def _tree_matches(self, doc) -> list[TriggerMatch]:
        from spacy.attrs import LEMMA

        if not len(doc) or not len(self._tree_heads):
            return []
        heads = self._tree_heads
        found = []
        tree = ParseCache(doc)
        for i in [i for i, lemma in enumerate(doc.to_array([LEMMA]).reshape(-1).tolist()) if lemma in heads]:
            head = doc[i]
            always, by_word = self._trees[head.lemma_]
            neighbours = list(tree.children(i))
            if head.dep_ in ("acl", "relcl"):
                neighbours.append(head.head)
            specs = [spec for spec in always if spec.forms[1] is None or spec.forms[1] & tree.subtree_words(i)]
            for word in {w for t in neighbours for w in (t.lemma_, t.lower_)}:
                specs.extend(by_word.get(word, ()))
            if not specs:
                continue
            governed = head.dep_ in ("acl", "relcl")  # its object may be the noun above it
            for spec in specs:
                # the phrase's further words must occur below the head before a walk can place them
                if len(spec.forms) > 2 and not (spec.object_first and governed):
                    words = tree.subtree_words(i)
                    if any(form is not None and not (form & words) for form in spec.forms[2:]):
                        continue
                for tokens in walk_tree(head, spec, tree):
                    found.append(TriggerMatch(spec.entry, head.i, tokens))
        return found

    def __call__(self, doc, resolve: bool = True) -> list[TriggerMatch]:
        """The triggers in `doc` (a parsed Doc), sorted by head; overlapping ones resolved unless `resolve=False`."""
        strings = doc.vocab.strings
        found: dict[tuple, TriggerMatch] = {}
        for pos, start in self._token_hits(doc):
            token = doc[start]
            for entry in self._tokens.get((canonical(token.lemma_), pos), ()):
                found.setdefault((entry, (start,)), TriggerMatch(entry, start, (start,)))
        for match_id, start, end in self.phrase_matcher(doc):
            entry = self._sequences[strings[match_id]]
            tokens = tuple(range(start, end))
            found.setdefault((entry, tokens), TriggerMatch(entry, doc[start:end].root.i, tokens))
        for match in self._tree_matches(doc):
            found.setdefault((match.entry, match.tokens), match)
        matches = sorted(found.values(), key=lambda m: (m.head, m.tokens, m.entry.pattern))
        return resolve_overlaps(matches) if resolve else matches


class ParseCache:
    """Children and subtrees of a Doc's tokens, built once per token: spaCy makes a new Token object on
    every access, and phrase walks revisit the same verbs many times."""

    def __init__(self, doc):
        self.doc = doc
        self._children: dict[int, list] = {}
        self._subtrees: dict[int, list] = {}
        self._words: dict[int, frozenset[str]] = {}

    def children(self, i: int) -> list:
        found = self._children.get(i)
        if found is None:
            found = self._children[i] = list(self.doc[i].children)
        return found

    def descendants(self, i: int) -> list:
        found = self._subtrees.get(i)
        if found is None:
            found = self._subtrees[i] = [t for t in self.doc[i].subtree if t.i != i]
        return found

    def subtree_words(self, i: int) -> frozenset[str]:
        found = self._words.get(i)
        if found is None:
            found = self._words[i] = frozenset(w for t in self.descendants(i) for w in (t.lemma_, t.lower_))
        return found


def walk_tree(head, spec: TreeSpec, tree: ParseCache | None = None) -> list[tuple[int, ...]]:
    """Every way the parse below `head` fills the pattern's nodes: the sorted token indices of the words
    (a `...` gap must be filled but is not part of the trigger)."""
    tree = tree or ParseCache(head.doc)
    nodes, forms = spec.nodes, spec.forms
    assigned: list = [head] + [None] * (len(nodes) - 1)
    taken: set[int] = {head.i}
    results: list[tuple[int, ...]] = []

    def place(number: int) -> None:
        if number == len(nodes):
            results.append(tuple(sorted(t.i for n, t in zip(nodes, assigned) if n.word is not None)))
            return
        node = nodes[number]
        parent = assigned[node.parent].i
        pool = tree.children(parent) if node.relation == ">" else tree.descendants(parent)
        if number == 1 and spec.object_first and head.dep_ in ("acl", "relcl"):
            pool = [*pool, head.head]  # "the sanctions imposed on Iran": the object governs the verb
        allowed, by_lower = forms[number], node.by_lower
        for token in pool:
            if token.i in taken:
                continue
            if allowed is None:
                if token.dep_ not in OBJECT_DEPS:
                    continue
            elif (token.lower_ if by_lower else token.lemma_) not in allowed:
                continue
            assigned[number] = token
            taken.add(token.i)
            place(number + 1)
            taken.discard(token.i)
            assigned[number] = None

    place(1)
    # The nested function refers to itself: dropping the name breaks the reference cycle that would keep
    # it, the parse cache and the whole Doc alive until the next full garbage collection.
    del place
    return results


def resolve_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """Keep the most specific trigger wherever triggers share a token ("imposed sanctions" over "sanctions").

    Two entries with the same tokens and the same pattern length (e.g. `strike` VERB and NOUN cannot
    both match one token, but two phrases can share their words) are both kept: the component decides.
    Between phrases of equal length and kind, the one spread over fewer tokens wins.
    """
    # at equal length and kind the tighter phrase wins: "on Sunday called for sanctions" is `call for`,
    # not `call on` with a date between
    ranked = sorted(matches, key=lambda m: (-len(m.tokens), KIND_RANK[m.entry.kind], m.tokens[-1] - m.tokens[0], m.head))
    taken: dict[int, TriggerMatch] = {}
    kept: list[TriggerMatch] = []
    for match in ranked:
        rivals = {id(taken[i]) for i in match.tokens if i in taken}
        if rivals:
            if all(i in taken and taken[i].tokens == match.tokens for i in match.tokens):  # a tie on the same words
                kept.append(match)
            continue
        kept.append(match)
        for i in match.tokens:
            taken[i] = match
    return sorted(kept, key=lambda m: (m.head, m.tokens, m.entry.pattern))


_MATCHERS: dict[int, tuple[object, TriggerMatcher]] = {}


def build_trigger_matcher(vocab) -> tuple[TriggerMatcher, tuple[TriggerEntry, ...]]:
    """The compiled trigger matcher for `vocab` and the entries it matches, built once per vocab.

    >>> import spacy
    >>> matcher, entries = build_trigger_matcher(spacy.blank("en").vocab)
    >>> len(entries) > 500
    True
    """
    cached = _MATCHERS.get(id(vocab))
    if cached is None or cached[0] is not vocab:  # keep the vocab alive so its id is never reused
        entries = load_triggers()
        cached = (vocab, TriggerMatcher(vocab, entries))
        _MATCHERS[id(vocab)] = cached
    matcher = cached[1]
    return matcher, matcher.entries
