"""What one dateline stage adds to the pipeline's time, measured in one run.

    python benchmarks/stage_cost.py --stage dateline_actors [--articles 200] [--rounds 3]

The same pipeline runs the same generated articles with the stage on and off, alternating
which goes first in each round; the best round of each is kept. Prints the ratio
(with / without) and the stage's share of the full pipeline's time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from dateline.pipeline import load_pipeline  # noqa: E402
from dateline.settings import DEFAULT_MODEL  # noqa: E402


def run(nlp, articles, disabled: list[str], batch_size: int) -> float:
    _clear_caches()  # every run starts cold, as a new corpus would
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.dct = article.published
        docs.append(doc)
    started = time.perf_counter()
    with nlp.select_pipes(disable=disabled):
        for _ in nlp.pipe(docs, batch_size=batch_size):
            pass
    return time.perf_counter() - started


def _clear_caches() -> None:
    """Empty dateline's per-process memo caches (not the loaded knowledge), so rounds over the
    same texts do not turn into pure cache hits."""
    from dateline.actors import component

    component._cached_resolve.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stage", required=True, help="a dateline component name, e.g. dateline_actors")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--texts", help="a JSONL file of real articles (text + date fields) instead of generated ones")
    args = parser.parse_args()

    nlp = load_pipeline(args.model)
    if args.stage not in nlp.pipe_names:
        sys.exit(f"{args.stage} is not in the pipeline {nlp.pipe_names}")
    if args.texts:
        from dateline.readers import ReadOptions, read_paths

        articles = [a for a in read_paths([args.texts], ReadOptions(max_chars=10**7)) if hasattr(a, "text")][: args.articles]
    else:
        articles = generate(args.articles)
    later = [name for name in nlp.pipe_names[nlp.pipe_names.index(args.stage) + 1:] if name.startswith("dateline_")]
    run(nlp, articles[:20], [], args.batch_size)  # warm up both paths
    with_stage, without_stage = [], []
    for round_number in range(args.rounds):
        order = [(with_stage, later), (without_stage, [args.stage, *later])]
        for times, disabled in (order if round_number % 2 == 0 else reversed(order)):
            times.append(run(nlp, articles, disabled, args.batch_size))
    on, off = min(with_stage), min(without_stage)
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles: {len(articles)}, words: {words}, pipeline: {nlp.pipe_names}")
    print(f"without {args.stage}: {off:.2f} s   with: {on:.2f} s")
    print(f"ratio with/without: {on / off:.3f}   stage share of pipeline time: {(on - off) / on:.1%}")


if __name__ == "__main__":
    main()
