"""The embedded store (SQLite): schema and migrations, batch writes, queries."""

from .store import BatchCounts, Store, open_store

__all__ = ["BatchCounts", "Store", "open_store"]
