"""Scorers for each dateline stage against annotated data (used by `dateline eval`)."""
