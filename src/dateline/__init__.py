"""dateline: time-anchored records of who did what to whom, when and where, and who said what.

>>> import dateline
>>> analysis = dateline.analyze("Putin won on Sunday.", "2018-03-20")
>>> analysis.entities[0]["text"]
'Putin'
"""

__version__ = "0.1.0"

from .analysis import Analysis
from .article import Article
from .errors import DatelineError, InputError, MissingInputError, ModelError, Reject, RejectCode, StoreError
from .ingest import IngestSummary, ingest
from .pipeline import analyze, analyze_many, load_pipeline
from .readers import ReadOptions, read_paths
from .settings import Settings
from .store import Store, open_store

__all__ = [
    "Analysis",
    "Article",
    "DatelineError",
    "IngestSummary",
    "InputError",
    "MissingInputError",
    "ModelError",
    "ReadOptions",
    "Reject",
    "RejectCode",
    "Settings",
    "Store",
    "StoreError",
    "analyze",
    "analyze_many",
    "ingest",
    "load_pipeline",
    "open_store",
    "read_paths",
]
