"""The `dateline_quotes` spaCy component: direct, partial, mixed and reported speech on `doc._.quotes`.

Runs after the parser and NER (and after `dateline_actors` when present, whose `doc._.actors`
gives each speaker its actor). Every quote is a plain dict; offsets index `doc.text`.

Reported speech comes from one of two paths, chosen by the `use_model` setting: the trained
quote model (`model.py`: candidates from the parse scored by a logistic regression shipped as
data/quote_model.json; `use_model: true`, at twice the stage's cost; trained before the cue
rules' recall work, it now scores about 0.02 below them in quote + speaker F1 on PolNeAR dev)
or the cue rules (`reported.py`; the default, which keeps the whole analysis within its speed
budget). Quotation marks go through the
same rules either way (`marks.py`, `framing.py`, `assemble.py`).

>>> # nlp.add_pipe("dateline_quotes"); nlp("“We won,” Sanders said.")._.quotes[0]["speaker"]["text"]
>>> # 'Sanders'
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers doc._.quotes)
from .assemble import assemble
from .cues import CueLexicon, load_cues
from .marks import find_quotations
from .model import QuoteModel, load_model, model_reported_speech
from .reported import reported_speech
from .speakers import ActorIndex


class QuoteFinder:
    """Finds quotes in a parsed Doc; the lexicon is loaded once, when the component is made."""

    def __init__(self, lexicon: CueLexicon, model: QuoteModel | None = None):
        self.lexicon = lexicon
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, self.lexicon, self.model)
        return doc


def find_quotes(doc: Doc, lexicon: CueLexicon | None = None, model: QuoteModel | None = None) -> list[dict]:
    """The quote records of a parsed Doc, sorted by start.

    With a `model`, reported speech is what the trained quote model selects among the parse's
    candidates; without one, it is what the cue lexicon's rules find.
    """
    lexicon = lexicon or load_cues()
    text = doc.text  # spaCy joins the tokens anew on every access: read it once
    quotations = find_quotations(text)
    if model is not None:
        quoted_chars = {p for q in quotations for p in range(q.start, q.end)}
        reported = model_reported_speech(doc, lexicon, model, quoted_chars)
    else:
        reported = reported_speech(doc, lexicon)
    attributions = assemble(doc, text, quotations, reported, lexicon)
    index_of = {id(a): i for i, a in enumerate(attributions)}
    records = []
    actors = ActorIndex(doc._.actors)
    for attribution in attributions:
        if attribution.continues_record is not None:
            attribution.continues = index_of.get(id(attribution.continues_record))
        records.append(attribution.to_record(doc, text, actors))
    return records


@Language.factory(
    "dateline_quotes",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotes"],
    default_config={"use_model": False},
)
def make_quote_finder(nlp: Language, name: str, use_model: bool) -> QuoteFinder:
    """`use_model`: reported speech from the trained quote model (data/quote_model.json) rather than the cue rules."""
    return QuoteFinder(load_cues(), load_model() if use_model else None)
