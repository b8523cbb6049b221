"""How long the actor knowledge base takes to load, once per process (run by hand).

    .venv/bin/python benchmarks/kb_load.py
"""

import time

from dateline.actors.kb import KnowledgeBase  # imported first: the package import is not ours to time

started = time.perf_counter()
kb = KnowledgeBase.load()
elapsed = time.perf_counter() - started
spells = sum(len(p.spells) for p in kb.people.values())
print(f"KnowledgeBase.load(): {elapsed:.3f} s ({len(kb.people)} people, {spells} spells, {len(kb.countries)} countries)")
