"""What each dateline stage costs next to the spaCy parse it rides on, measured in one run.

    python benchmarks/stage_cost.py [--articles 150] [--rounds 3] [--texts FILE.jsonl]

The texts are parsed once by the model's own components; then each dateline stage runs alone
over the parsed Docs. Times are this process's CPU time (`time.process_time`), best of
`--rounds`, so other work on a shared machine does not distort the ratios. Texts: generated
wire-style articles, or real ones from a JSONL file with `text` and a date field (for example
`../shared/gold/timex/te3_train.jsonl` or `../shared/gold/quotes/polnear_dev.jsonl`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from dateline.pipeline import load_pipeline  # noqa: E402
from dateline.readers import ReadOptions, read_paths  # noqa: E402
from dateline.settings import DEFAULT_MODEL  # noqa: E402


def _clear_caches() -> None:
    """Empty dateline's per-process memo caches (not the loaded knowledge), so every round is
    as cold as a new corpus."""
    from dateline.actors import component

    component.clear_caches()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--texts", help="a JSONL file of real articles instead of generated ones")
    args = parser.parse_args()

    nlp = load_pipeline(args.model)
    if args.texts:
        articles = [a for a in read_paths([args.texts], ReadOptions(max_chars=10**7)) if hasattr(a, "text")]
        articles = articles[: args.articles]
    else:
        articles = generate(args.articles)
    ours = [name for name in nlp.pipe_names if name.startswith("dateline_")]
    parse_times, docs = [], []
    for _ in range(args.rounds):
        fresh = []
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.dct = article.published
            fresh.append(doc)
        started = time.process_time()
        with nlp.select_pipes(disable=ours):
            docs = list(nlp.pipe(fresh, batch_size=args.batch_size))
        parse_times.append(time.process_time() - started)
    parse = min(parse_times)
    words = sum(len(a.text.split()) for a in articles)
    print(f"articles: {len(articles)}, words: {words:,}, model parse: {parse:.2f} s CPU ({words / parse:,.0f} words/s)")
    total = 0.0
    for name in ours:
        component, best = nlp.get_pipe(name), float("inf")
        for _ in range(args.rounds):
            _clear_caches()
            started = time.process_time()
            for doc in docs:
                component(doc)
            best = min(best, time.process_time() - started)
        total += best
        print(f"  {name:<18} {best:6.2f} s CPU = {best / parse:6.1%} of the parse")
    print(f"  {'all stages':<18} {total:6.2f} s CPU = {total / parse:6.1%} of the parse;"
          f" full rate / parse rate = {parse / (parse + total):.3f}")


if __name__ == "__main__":
    main()
