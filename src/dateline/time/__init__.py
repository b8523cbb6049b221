"""The time stage: TIMEX3 recognition and normalisation against the publication date.

Importing this package registers the `dateline_time` spaCy factory.

>>> from dateline.time import is_valid_timex_value
>>> is_valid_timex_value("2018-W11", "DATE")
True
"""

from dateline.time.component import TimeComponent, find_timexes, make_time_component
from dateline.time.values import is_valid_timex_value

__all__ = ["TimeComponent", "find_timexes", "is_valid_timex_value", "make_time_component"]
