"""Throughput of the full dateline analysis against the bare spaCy parse of the same texts.

    python benchmarks/throughput.py [--articles 300] [--rounds 2] [--batch-size 64] [--workers 1]

Both are measured in one run, alternating, best round of each. With one worker the ratio is
computed from this process's CPU time (`time.process_time`), which other work on a shared
machine does not distort; the wall-clock ratio is printed beside it. The ratio (full / bare
words per second) is the yardstick every stage reports against; absolute speeds vary by
machine and are printed for information only.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from dateline.pipeline import analyze_many, load_pipeline  # noqa: E402
from dateline.settings import DEFAULT_MODEL  # noqa: E402


def bare_parse(model: str, texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the bare model pipeline over the texts."""
    import spacy

    nlp = _bare_models.setdefault(model, spacy.load(model))
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


_bare_models: dict = {}


def full_analysis(model: str, articles: list, batch_size: int, workers: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of the full dateline analysis."""
    from dateline.actors import component

    component.clear_caches()  # every round as cold as a new corpus
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in analyze_many(articles, model=model, batch_size=batch_size, workers=workers):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    articles = generate(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(text.split()) for text in texts)
    load_pipeline(args.model)  # load both pipelines before timing anything
    bare_parse(args.model, texts[:2], args.batch_size)
    full_analysis(args.model, articles[:2], args.batch_size, 1)

    bare, full = [], []
    for _ in range(args.rounds):
        bare.append(bare_parse(args.model, texts, args.batch_size))
        full.append(full_analysis(args.model, articles, args.batch_size, args.workers))
    bare_rate, full_rate = words / min(t[0] for t in bare), words / min(t[0] for t in full)
    cpu_ratio = min(t[1] for t in bare) / min(t[1] for t in full)
    figures = {
        "articles": len(articles),
        "words": words,
        "model": args.model,
        "stages": load_pipeline(args.model).pipe_names,
        "batch_size": args.batch_size,
        "workers": args.workers,
        "bare_words_per_s": round(bare_rate),
        "full_words_per_s": round(full_rate),
        "ratio_full_to_bare_wall": round(full_rate / bare_rate, 3),
        # CPU time only measures this process: meaningful with one worker.
        "ratio_full_to_bare_cpu": round(cpu_ratio, 3) if args.workers == 1 else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(figures))
        return
    for name, value in figures.items():
        print(f"{name:>20}: {value}")


if __name__ == "__main__":
    main()
