"""The cue lexicon: words and phrases that introduce reported speech, read once from data/cues.tsv.

Each entry says which dependents of the cue carry what was said (`content` frames), because
"told reporters" names the addressee while "denied the report" names the content.

>>> lexicon = load_cues()
>>> sorted(lexicon.verbs["say"].frames)
['clause', 'infinitive', 'object']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

CUE_KINDS = frozenset({"verb", "noun", "adjective", "phrase"})
FRAMES = frozenset({"clause", "infinitive", "object", "source", "hedge"})
PREP_FRAME = "prep:"


@dataclass(frozen=True)
class Cue:
    lemma: str
    kind: str
    frames: frozenset[str]
    notes: str = ""

    @property
    def prepositions(self) -> frozenset[str]:
        """Prepositions whose object is the content: {"of"} for "accused X of Y"."""
        return frozenset(f[len(PREP_FRAME) :] for f in self.frames if f.startswith(PREP_FRAME))


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[tuple[str, ...], Cue]
    adjectives: dict[str, Cue] = field(default_factory=dict)


class CueFileError(ValueError):
    """A row of cues.tsv is malformed; the message names the line and the fix."""


def parse_cue_row(line_number: int, line: str) -> Cue:
    """One data row of cues.tsv as a Cue; raises CueFileError naming the line when it is malformed.

    >>> parse_cue_row(9, "deny\\tverb\\tclause object\\tdenies interference").frames == {"clause", "object"}
    True
    """
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 3:
        raise CueFileError(f"cues.tsv line {line_number}: expected lemma, kind, content, notes separated by tabs")
    lemma, kind, content = (field.strip() for field in fields[:3])
    notes = fields[3].strip() if len(fields) > 3 else ""
    if not lemma or lemma != lemma.lower():
        raise CueFileError(f"cues.tsv line {line_number}: the lemma {lemma!r} must be non-empty lower case")
    if kind not in CUE_KINDS:
        raise CueFileError(f"cues.tsv line {line_number}: kind {kind!r} is not one of {sorted(CUE_KINDS)}")
    frames = frozenset(content.split())
    unknown = {f for f in frames if f not in FRAMES and not (f.startswith(PREP_FRAME) and len(f) > len(PREP_FRAME))}
    if not frames or unknown:
        raise CueFileError(
            f"cues.tsv line {line_number}: content {content!r} must list frames from {sorted(FRAMES)} or prep:WORD"
        )
    return Cue(lemma=lemma, kind=kind, frames=frames, notes=notes)


def read_cue_rows(text: str) -> list[Cue]:
    """All cues in a cues.tsv text: comment lines (#) and the header row are skipped."""
    cues = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cues.append(parse_cue_row(number, line))
    return cues


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged lexicon, read once per process."""
    text = resources.files("dateline.quotes").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    verbs, nouns, adjectives, phrases = {}, {}, {}, {}
    for cue in read_cue_rows(text):
        if cue.kind == "verb":
            verbs[cue.lemma] = cue
        elif cue.kind == "noun":
            nouns[cue.lemma] = cue
        elif cue.kind == "adjective":
            adjectives[cue.lemma] = cue
        else:
            phrases[tuple(cue.lemma.split())] = cue
    return CueLexicon(verbs=verbs, nouns=nouns, phrases=phrases, adjectives=adjectives)


@lru_cache(maxsize=1)
def load_lead_labels() -> frozenset[str]:
    """The words of data/lead_labels.tsv: a paragraph lead "Correction:" or "UPDATE:" starting
    with one is an editorial label, not a source speaking."""
    text = resources.files("dateline.quotes").joinpath("data/lead_labels.tsv").read_text(encoding="utf-8")
    return frozenset(read_lead_labels(text))


def read_lead_labels(text: str) -> list[str]:
    """The words of a lead_labels.tsv text; raises CueFileError naming a malformed line."""
    words = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word = line.split("\t")[0].strip()
        if not word.isalpha() or word != word.lower():
            raise CueFileError(f"lead_labels.tsv line {number}: {word!r} must be one lower-case word")
        words.append(word)
    return words
