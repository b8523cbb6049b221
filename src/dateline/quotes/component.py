"""The `dateline_quotes` spaCy component: direct, partial, mixed and reported speech on `doc._.quotes`.

Runs after the parser and NER (and after `dateline_actors` when present, whose `doc._.actors`
gives each speaker its actor). Every quote is a plain dict; offsets index `doc.text`.

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
from .reported import reported_speech


class QuoteFinder:
    """Finds quotes in a parsed Doc; the lexicon is loaded once, when the component is made."""

    def __init__(self, lexicon: CueLexicon):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, self.lexicon)
        return doc


def find_quotes(doc: Doc, lexicon: CueLexicon | None = None) -> list[dict]:
    """The quote records of a parsed Doc, sorted by start."""
    lexicon = lexicon or load_cues()
    text = doc.text  # spaCy joins the tokens anew on every access: read it once
    attributions = assemble(doc, text, find_quotations(text), reported_speech(doc, lexicon), lexicon)
    index_of = {id(a): i for i, a in enumerate(attributions)}
    records = []
    for attribution in attributions:
        if attribution.continues_record is not None:
            attribution.continues = index_of.get(id(attribution.continues_record))
        records.append(attribution.to_record(doc, text))
    return records


@Language.factory(
    "dateline_quotes",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotes"],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(load_cues())
