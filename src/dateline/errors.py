"""Errors and rejects.

The hierarchy, drawn once::

    DatelineError                 anything dateline raises on purpose
    ├── InputError                the user must fix an input or an option (CLI exit status 2)
    │   └── MissingInputError     a named path does not exist
    ├── ModelError                the spaCy model cannot be loaded
    └── StoreError                the database cannot be opened or is from a newer dateline

A bad *record* is not an exception that stops a batch: readers and the pipeline turn it into a
`Reject` (which record, what was wrong, how to fix it), the batch goes on, and the store keeps
the reject in its `rejects` table. Every reject has a stable code from `RejectCode`, so users
can grep for it and tests can assert it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input or option the user must correct."""


class MissingInputError(InputError):
    """A path named on the command line or passed to a reader does not exist."""


class ModelError(DatelineError):
    """The configured spaCy model cannot be loaded."""


class StoreError(DatelineError):
    """The store cannot be opened, or was written by a newer version of dateline."""


class RejectCode(str, Enum):
    """Why a record was rejected; the value is the stable code shown to users."""

    NO_DATE = "E001"
    BAD_DATE = "E002"
    EMPTY_TEXT = "E003"
    BINARY = "E004"
    UNDECODABLE = "E005"
    INVALID_JSON = "E006"
    NO_TEXT_FIELD = "E007"
    TOO_LARGE = "E008"
    ANALYSIS_FAILED = "E009"
    NO_MAIN_TEXT = "E010"
    UNREADABLE = "E011"


# How to fix each kind of reject: the part of the message that saves the user a search.
FIXES: dict[RejectCode, str] = {
    RejectCode.NO_DATE: (
        "start a text file with a line 'date YYYY-MM-DD', give JSON records a 'published' or "
        "'date' field, or pass --default-date YYYY-MM-DD"
    ),
    RejectCode.BAD_DATE: "write the date as a real calendar date, e.g. 2018-03-20",
    RejectCode.EMPTY_TEXT: "give the record some article text, or remove it from the input",
    RejectCode.BINARY: "pass text, JSONL, HTML or WARC files; binary files cannot be analysed",
    RejectCode.UNDECODABLE: "convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)",
    RejectCode.INVALID_JSON: "make each line of a .jsonl file one complete JSON object",
    RejectCode.NO_TEXT_FIELD: "give each JSON record a 'text' field holding the article",
    RejectCode.TOO_LARGE: "split the article, or raise the limit with --max-chars / DATELINE_MAX_CHARS",
    RejectCode.ANALYSIS_FAILED: "report this as a bug with the record attached",
    RejectCode.NO_MAIN_TEXT: "check that the page holds an article; boilerplate-only pages are skipped",
    RejectCode.UNREADABLE: "check the file's permissions and that it is not truncated",
}


@dataclass(frozen=True)
class Reject:
    """A record that could not be analysed, with where it came from and how to fix it.

    >>> Reject.of("feed.jsonl:3", RejectCode.BAD_DATE, "'2018-02-30' is not a date").message
    "feed.jsonl:3: E002 '2018-02-30' is not a date; fix: write the date as a real calendar date, e.g. 2018-03-20"
    """

    source: str
    code: str
    reason: str
    fix: str
    record_id: str | None = None

    @classmethod
    def of(cls, source: str, code: RejectCode, reason: str, record_id: str | None = None) -> "Reject":
        return cls(source=source, code=code.value, reason=reason, fix=FIXES[code], record_id=record_id)

    @property
    def message(self) -> str:
        who = f"{self.source} (id {self.record_id})" if self.record_id else self.source
        return f"{who}: {self.code} {self.reason}; fix: {self.fix}"

    def to_dict(self) -> dict:
        return asdict(self)
