"""What the quotes stage adds to the pipeline's time.

    python benchmarks/quotes_cost.py [--articles 84] [--rounds 3] [--batch-size 64] [--rules]

Texts are the PolNeAR dev articles when ../shared/gold is present, else generated articles.
The same model runs with and without `dateline_quotes`, alternating rounds, best round of each,
so the ratio is fair on a shared machine; the stage's own time on parsed Docs is printed too.
`--rules` measures the cue-rule path instead of the trained quote model (`use_model: false`).
The budget is a ratio of at most 1.05.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dateline.extensions  # noqa: E402,F401
import dateline.quotes  # noqa: E402,F401
from dateline.quotes.component import find_quotes  # noqa: E402
from dateline.quotes.cues import load_cues  # noqa: E402
from dateline.settings import DEFAULT_MODEL  # noqa: E402

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "quotes" / "polnear_dev.jsonl"


def texts(count: int) -> list[str]:
    if DEV.exists():
        with open(DEV, encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle][:count]
    from corpus import generate

    return [article.text for article in generate(count)]


def timed(nlp, items: list[str], batch_size: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--rules", action="store_true", help="the cue-rule path instead of the quote model")
    args = parser.parse_args()

    items = texts(args.articles)
    bare = spacy.load(args.model)
    with_quotes = spacy.load(args.model)
    finder = with_quotes.add_pipe("dateline_quotes", config={"use_model": not args.rules})
    # A full warm-up pass of each, then rounds in alternating order: whichever runs first in a
    # round was measured ~8% slower here, which would swamp a stage costing 2%.
    timed(bare, items, args.batch_size)
    timed(with_quotes, items, args.batch_size)

    bare_times, quote_times = [], []
    for round_number in range(args.rounds):
        if round_number % 2:
            bare_times.append(timed(bare, items, args.batch_size))
            quote_times.append(timed(with_quotes, items, args.batch_size))
        else:
            quote_times.append(timed(with_quotes, items, args.batch_size))
            bare_times.append(timed(bare, items, args.batch_size))

    docs = list(bare.pipe(items, batch_size=args.batch_size))
    lexicon = load_cues()
    started = time.perf_counter()
    for doc in docs:
        find_quotes(doc, lexicon, finder.model)
    stage_alone = time.perf_counter() - started

    words = sum(len(text.split()) for text in items)
    best_bare, best_quotes = min(bare_times), min(quote_times)
    print(f"{len(items)} articles, {words} words, best of {args.rounds} rounds")
    print(f"pipeline without quotes: {best_bare:.2f} s ({words / best_bare:,.0f} words/s)")
    print(f"pipeline with quotes:    {best_quotes:.2f} s ({words / best_quotes:,.0f} words/s)")
    print(f"quotes stage alone on parsed docs: {stage_alone:.3f} s ({stage_alone / best_bare:.1%} of the pipeline)")
    print(f"ratio with/without: {best_quotes / best_bare:.3f}  (budget 1.05)")


if __name__ == "__main__":
    main()
