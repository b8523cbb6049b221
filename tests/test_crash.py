"""Kill an ingest with SIGKILL in the middle, run it again: every article is there exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

ARTICLES = 240


def test_sigkill_mid_ingest_then_rerun_stores_each_article_once(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as stream:
        for n in range(ARTICLES):
            text = (f"Officials in Berlin met envoys from Paris on Tuesday to discuss report number {n}. "
                    f"The talks, the {n}th this year, ended without agreement, a spokesman said.")
            stream.write(json.dumps({"id": f"art-{n:04d}", "date": "2018-03-20", "text": text}) + "\n")
    db = tmp_path / "crash.db"
    command = [sys.executable, "-m", "dateline.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "8", "--quiet"]

    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored_before_kill = _wait_for_some_articles(db, victim)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    assert 0 < stored_before_kill < ARTICLES, "the kill must land mid-ingest"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr

    conn = sqlite3.connect(db)
    ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
    assert sorted(ids) == [f"art-{n:04d}" for n in range(ARTICLES)]
    # Entities belong to whole batches: none orphaned, none doubled.
    assert conn.execute("SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0
    assert conn.execute("SELECT count(DISTINCT article_id) FROM entities").fetchone()[0] == ARTICLES
    statuses = [row[0] for row in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["running", "finished"]  # the killed run is visibly unfinished
    conn.close()


def _wait_for_some_articles(db, process, timeout: float = 120.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"ingest ended before it could be killed: {process.stderr.read().decode()}")
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                if count > 0:
                    return count
            except sqlite3.OperationalError:
                pass  # the schema is being created
        time.sleep(0.005)
    raise AssertionError("no article was stored in time")
