"""Shared fixtures. The spaCy model is loaded once per process (the pipeline caches it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def nlp():
    from dateline.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def write_jsonl(tmp_path):
    """Write records (dicts, or raw strings for broken lines) to a .jsonl file and return its path."""

    def write(records: list, name: str = "feed.jsonl") -> Path:
        path = tmp_path / name
        lines = [record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
