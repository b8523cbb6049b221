"""Actors: who a mention is, at the article's date.

- `kb`: the knowledge base (countries, seats of government, organisations, role words, people
  with dated offices), read once per process from the TSV files in `data/`;
- `places`: the gazetteer that tells which country a place name is in;
- `resolve`: a phrase ("Russian Foreign Minister Sergei Lavrov") to a country and sector;
- `mentions`, `coref`, `component`: the `dateline_actors` spaCy component.
"""

from .resolve import ActorResolver, Resolution

__all__ = ["ActorResolver", "Resolution"]
