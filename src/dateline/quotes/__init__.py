"""Quotes: direct, partial, mixed and reported speech, with cue and speaker (`dateline_quotes`)."""

from .component import QuoteFinder, find_quotes

__all__ = ["QuoteFinder", "find_quotes"]
