"""Scoring actor resolution on cases in the shape of NGEC's tests (`ngec_actor_resolution_*.jsonl`).

Each case is read as "resolve this text (with this context, on this date)": the last call's
arguments give the text, an optional context and an optional date. The expected `country`
(or `cc`) and `code_1` are compared with our `country` and `sector`. Cases that expect neither
(Wikipedia-title-only lookups) and cases marked `xfail` upstream are left out and counted.

A date of "today", "Today" or empty means no date was given: the resolver then uses each
person's most recent known role, as a reader without a date would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..article import DateParseError, parse_published
from .gold_files import json_objects

Resolve = Callable[[str, str | None, date | None], dict]


def read_gold(path: str | Path) -> list[dict]:
    """The scorable cases: `{"id", "text", "context", "date", "country", "sector"}`.

    `country` or `sector` is None where the case does not say (it is then not scored on it).
    """
    cases = []
    seen: dict[str, int] = {}
    for number, record in json_objects(path):
        expected = record.get("expected", {})
        country = expected.get("country", expected.get("cc"))
        sector = expected.get("code_1")
        if record.get("xfail") or (country is None and sector is None):
            continue
        try:
            args = list(record["calls"][-1][1]) + [None, None]
            if not isinstance(record["id"], str):
                raise TypeError
        except (KeyError, IndexError, TypeError):
            raise ValueError(f"line {number}: a case needs an \"id\" and \"calls\", a list whose last item is "
                             "[function, [text, context, date]]") from None
        # Upstream ids repeat (one test function, several asserts): number the repeats.
        seen[record["id"]] = seen.get(record["id"], 0) + 1
        case_id = record["id"] if seen[record["id"]] == 1 else f"{record['id']}#{seen[record['id']]}"
        cases.append({
            "id": case_id,
            "text": args[0],
            "context": args[1] or None,
            "date": _case_date(args[2]),
            "country": country,
            "sector": sector,
        })
    return cases


def _case_date(value: object) -> date | None:
    if not isinstance(value, str) or value.strip().lower() in ("", "today"):
        return None
    try:
        return parse_published(value)
    except DateParseError:
        return None


def predict_with(resolve: Resolve, cases: list[dict]) -> dict[str, dict]:
    """Resolve every case with `resolve(text, context, date) -> {"country", "sector", ...}`."""
    return {case["id"]: resolve(case["text"], case["context"], case["date"]) for case in cases}


def score(cases: list[dict], predicted: dict[str, dict]) -> dict:
    """Country accuracy, sector accuracy and both, over the cases that state each.

    An empty expected value is a real expectation ("no country", "no sector"): predicting
    one there is wrong, as a wrong guess is worse than none.
    """
    tallies = {"country": [0, 0], "sector": [0, 0], "both": [0, 0]}
    for case in cases:
        guess = predicted.get(case["id"]) or {}
        checks = {}
        for field in ("country", "sector"):
            if case[field] is not None:
                checks[field] = _norm(guess.get(field)) == _norm(case[field])
                tallies[field][0] += checks[field]
                tallies[field][1] += 1
        tallies["both"][0] += all(checks.values())
        tallies["both"][1] += 1
    return {
        "cases": len(cases),
        **{f"{name}_accuracy": round(hits / total, 4) if total else 0.0 for name, (hits, total) in tallies.items()},
        **{f"{name}_cases": total for name, (_, total) in tallies.items()},
    }


def format_report(scores: dict) -> str:
    return "\n".join([
        f"cases scored: {scores['cases']}",
        f"country accuracy:          {scores['country_accuracy']:.3f}  ({scores['country_cases']} cases)",
        f"sector accuracy:           {scores['sector_accuracy']:.3f}  ({scores['sector_cases']} cases)",
        f"country + sector accuracy: {scores['both_accuracy']:.3f}  ({scores['both_cases']} cases)",
    ])


def format_errors(cases: list[dict], predicted: dict[str, dict]) -> str:
    lines = []
    for case in cases:
        guess = predicted.get(case["id"]) or {}
        wrong = [f for f in ("country", "sector") if case[f] is not None and _norm(guess.get(f)) != _norm(case[f])]
        if not wrong:
            continue
        when = case["date"].isoformat() if case["date"] else "no date"
        context = f" [context {case['context']!r}]" if case["context"] else ""
        lines.append(
            f"{case['id']}: {case['text']!r}{context} ({when}): expected {case['country'] or '-'} {case['sector'] or '-'},"
            f" got {guess.get('country') or '-'} {guess.get('sector') or '-'} via {guess.get('rule', '?')}"
        )
    return "\n".join(lines)


def _norm(value: object) -> str:
    return (value or "").strip().upper() if isinstance(value, str) or value is None else str(value)
