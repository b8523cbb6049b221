"""Paths and helpers shared by the tests (importable from any test folder: pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold"
REFERENCE_ARTICLE = SHARED / "examples" / "000_558508e157a92aa0.txt"
REFERENCE_ANALYSIS = SHARED / "examples" / "000_558508e157a92aa0.expected.json"


def gold_file(relative: str) -> Path:
    """A gold file beside the checkout, or a clean skip when it is absent (a user's fresh clone)."""
    path = GOLD / relative
    if not path.exists():
        pytest.skip(f"gold data not present: {path}")
    return path
