"""Train the quote model (src/dateline/quotes/data/quote_model.json) on PolNeAR train.

    python scripts/train_quote_model.py [--gold ../shared/gold] [--cache DIR] [--folds 5] [--seed 13]

Build time only: the package never reads the gold at run time. Steps:
1. parse the train articles (cached as DocBins under --cache when given);
2. generate the candidates of every article (`dateline.quotes.candidates`), labelled 1 when the
   candidate covers at least half of a gold attribution's characters and has its speaker (the
   scorer's end-to-end test), else 0; the (lemma, frame) pairs with at least --min-positive
   positives become the model's `cue_frames`, and candidates are generated again limited to
   them (this list is taken from all of train, also for the cross-validation below);
3. fit an L2-regularised logistic regression by full-batch Adam (numpy, seeded);
4. choose the decision threshold by k-fold cross-validation over articles, scoring the whole
   stage end to end on each held-out fold;
5. refit on all of train; then drop the (lemma, frame) pairs none of whose training candidates
   reaches the threshold (they cost time and never pass; --no-prune keeps them) and refit on
   the candidates that remain; write the weights (features seen at least --min-count times).
The dev split is scored for the report when present; it is never used to fit or choose.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import dateline.extensions  # noqa: E402,F401
from dateline.evaluate import quotes as scorer  # noqa: E402
from dateline.quotes.candidates import candidates  # noqa: E402
from dateline.quotes.component import find_quotes  # noqa: E402
from dateline.quotes.cues import load_cues  # noqa: E402
from dateline.quotes.marks import find_quotations  # noqa: E402
from dateline.quotes.model import FORMAT_VERSION, MODEL_FILE, QuoteModel  # noqa: E402
from dateline.settings import DEFAULT_MODEL  # noqa: E402

THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(7)]


def parsed(nlp, records: list[dict], cache: Path | None, name: str):
    path = cache / f"{name}.spacy" if cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(records) and all(d.text == r["text"] for d, r in zip(docs, records)):
            return docs
    docs = list(nlp.pipe([r["text"] for r in records], batch_size=64))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
    return docs


def examples(doc, record, lexicon, cue_frames=None, with_candidates=False):
    """(feature lists, labels) of one article's candidates (and the candidates, if asked)."""
    text = record["text"]
    quoted = {p for q in find_quotations(text) for p in range(q.start, q.end)}
    found = candidates(doc, lexicon, quoted, None, cue_frames)
    gold = record["quotes"]
    gold_chars = [scorer._characters(q) for q in gold]
    features, labels = [], []
    for candidate in found:
        chars = set().union(*(range(s, e) for s, e in candidate.segments))
        speaker = None
        if candidate.speaker is not None:
            speaker = {"start": candidate.speaker.start_char, "end": candidate.speaker.end_char}
        label = 0
        for quote, characters in zip(gold, gold_chars):
            if characters and len(characters & chars) >= 0.5 * len(characters) and scorer.speaker_correct(quote, {"speaker": speaker}):
                label = 1
                break
        features.append(candidate.features)
        labels.append(label)
    if with_candidates:
        return features, labels, found
    return features, labels


CUE_POS = {"VERB", "AUX", "NOUN", "ADJ"}


def cue_frames_of(docs, records, lexicon, min_positive: int) -> dict[str, list[str]]:
    """For each verb, noun and adjective lemma, the frames in which it introduced at least
    `min_positive` attributions (with their speaker) in training."""
    counts: dict[tuple[str, str], int] = {}
    for doc, record in zip(docs, records):
        _, labels, found = examples(doc, record, lexicon, None, with_candidates=True)
        for label, candidate in zip(labels, found):
            cue = candidate.cue[0]
            if label and cue.pos_ in CUE_POS:
                key = (cue.lemma_, candidate.frame)
                counts[key] = counts.get(key, 0) + 1
    frames: dict[str, list[str]] = {}
    for (lemma, frame), count in sorted(counts.items()):
        if count >= min_positive:
            frames.setdefault(lemma, []).append(frame)
    return frames


def prune_frames(docs, records, lexicon, model: QuoteModel, frame_lists: dict[str, list[str]]) -> tuple[dict[str, list[str]], int]:
    """`frame_lists` without the (lemma, frame) pairs whose best training candidate scores below
    the model's threshold, and how many were dropped."""
    best: dict[tuple[str, str], float] = {}
    for doc, record in zip(docs, records):
        _, _, found = examples(doc, record, lexicon, model.cue_frames, with_candidates=True)
        for candidate in found:
            cue = candidate.cue[0]
            if cue.pos_ in CUE_POS:
                key = (cue.lemma_, candidate.frame)
                best[key] = max(best.get(key, 0.0), model.probability(candidate.features))
    kept: dict[str, list[str]] = {}
    pruned = 0
    for lemma, frames in frame_lists.items():
        alive = [frame for frame in frames if best.get((lemma, frame), 0.0) >= model.threshold]
        pruned += len(frames) - len(alive)
        if alive:
            kept[lemma] = alive
    return kept, pruned


def fit(rows: list[list[int]], labels: np.ndarray, dimension: int, l2: float, epochs: int, seed: int) -> np.ndarray:
    """Weights of an L2 logistic regression over binary features (full-batch Adam)."""
    rng = np.random.default_rng(seed)
    lengths = np.array([len(r) for r in rows])
    indices = np.concatenate([np.array(r, dtype=np.int64) for r in rows])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    w = rng.normal(0, 0.001, dimension)
    m = np.zeros(dimension)
    v = np.zeros(dimension)
    rate, beta1, beta2 = 0.1, 0.9, 0.999
    n = len(rows)
    for step in range(1, epochs + 1):
        z = np.add.reduceat(w[indices], starts)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        error = (p - labels) / n
        gradient = np.bincount(indices, weights=np.repeat(error, lengths), minlength=dimension) + l2 * w
        m = beta1 * m + (1 - beta1) * gradient
        v = beta2 * v + (1 - beta2) * gradient**2
        w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return w


def train(feature_lists, labels, min_count: int, l2: float, epochs: int, seed: int) -> dict[str, float]:
    counts: dict[str, int] = {}
    for features in feature_lists:
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = sorted(f for f, c in counts.items() if c >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [[index[f] for f in features if f in index] for features in feature_lists]
    w = fit(rows, np.array(labels, dtype=float), len(vocabulary), l2, epochs, seed)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 5e-4}


def end_to_end(docs, records, lexicon, model: QuoteModel) -> dict:
    predicted = {r["id"]: find_quotes(d, lexicon, model) for d, r in zip(docs, records)}
    return scorer.score(records, predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-positive", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--no-prune", dest="prune", action="store_false", help="keep (lemma, frame) pairs that never reach the threshold")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "quotes" / MODEL_FILE)
    args = parser.parse_args()

    random.seed(args.seed)
    np.random.seed(args.seed)
    nlp = spacy.load(DEFAULT_MODEL)
    lexicon = load_cues()
    train_records = scorer.read_gold(args.gold / "quotes" / "polnear_train.jsonl")
    train_docs = parsed(nlp, train_records, args.cache, "train")
    frame_lists = cue_frames_of(train_docs, train_records, lexicon, args.min_positive)
    cue_frames = {lemma: frozenset(frames) for lemma, frames in frame_lists.items()}
    print(f"cue frames: {len(frame_lists)} lemmas, {sum(len(v) for v in frame_lists.values())} pairs", file=sys.stderr)
    data = [examples(d, r, lexicon, cue_frames) for d, r in zip(train_docs, train_records)]
    total = sum(len(f) for f, _ in data)
    positive = sum(sum(labels) for _, labels in data)
    print(f"{len(train_records)} articles, {total} candidates, {positive} positive", file=sys.stderr)

    # Threshold by cross-validation over articles: the whole stage, end to end, on each held-out fold.
    order = list(range(len(train_records)))
    random.Random(args.seed).shuffle(order)
    folds = [order[k :: args.folds] for k in range(args.folds)]
    cv_counts = {t: [0, 0, 0] for t in THRESHOLDS}  # correct, predicted, gold
    for k, held in enumerate(folds):
        held_set = set(held)
        fit_features = [f for i in order if i not in held_set for f in data[i][0]]
        fit_labels = [y for i in order if i not in held_set for y in data[i][1]]
        weights = train(fit_features, fit_labels, args.min_count, args.l2, args.epochs, args.seed)
        for t in THRESHOLDS:
            scores = end_to_end([train_docs[i] for i in held], [train_records[i] for i in held], lexicon, QuoteModel(weights, t, cue_frames))
            e2e = scores["end_to_end"]
            correct = e2e["recall"] * scores["gold"]
            cv_counts[t][0] += correct
            cv_counts[t][1] += scores["predicted"]
            cv_counts[t][2] += scores["gold"]
        print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
    best_threshold, best_f1 = THRESHOLDS[0], -1.0
    for t in THRESHOLDS:
        correct, predicted, gold = cv_counts[t]
        p, r = correct / max(predicted, 1), correct / max(gold, 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"cv threshold {t:.3f}: end-to-end P {p:.3f} R {r:.3f} F1 {f1:.4f}", file=sys.stderr)
        if f1 > best_f1:
            best_threshold, best_f1 = t, f1

    weights = train([f for fs, _ in data for f in fs], [y for _, ys in data for y in ys], args.min_count, args.l2, args.epochs, args.seed)
    model = QuoteModel(weights, best_threshold, cue_frames)
    if args.prune:
        # (lemma, frame) pairs none of whose training candidates reaches the threshold never
        # pass: generating and scoring them is the stage's time for nothing. They are dropped
        # and the weights fitted again on the candidates that remain.
        frame_lists, pruned = prune_frames(train_docs, train_records, lexicon, model, frame_lists)
        cue_frames = {lemma: frozenset(frames) for lemma, frames in frame_lists.items()}
        data = [examples(d, r, lexicon, cue_frames) for d, r in zip(train_docs, train_records)]
        weights = train([f for fs, _ in data for f in fs], [y for _, ys in data for y in ys], args.min_count, args.l2, args.epochs, args.seed)
        model = QuoteModel(weights, best_threshold, cue_frames)
        print(f"pruned {pruned} (lemma, frame) pairs; {sum(len(f) for f, _ in data)} candidates remain", file=sys.stderr)
    payload = {
        "format": FORMAT_VERSION,
        "about": "Logistic regression over quote candidate features (dateline.quotes.candidates), trained on PolNeAR train by scripts/train_quote_model.py",
        "seed": args.seed,
        "min_count": args.min_count,
        "min_positive": args.min_positive,
        "l2": args.l2,
        "epochs": args.epochs,
        "threshold": best_threshold,
        "cv_end_to_end_f1": round(best_f1, 4),
        "pruned": args.prune,
        "cue_frames": frame_lists,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"threshold {best_threshold} (cv end-to-end F1 {best_f1:.4f}), {len(weights)} weights -> {args.out}", file=sys.stderr)
    print("train:\n" + scorer.format_report(end_to_end(train_docs, train_records, lexicon, model)))
    dev_path = args.gold / "quotes" / "polnear_dev.jsonl"
    if dev_path.exists():
        dev_records = scorer.read_gold(dev_path)
        dev_docs = parsed(nlp, dev_records, args.cache, "dev")
        print("dev:\n" + scorer.format_report(end_to_end(dev_docs, dev_records, lexicon, model)))


if __name__ == "__main__":
    main()
