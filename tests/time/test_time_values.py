"""The TIMEX3 value validator."""

import pytest

from dateline.time import is_valid_timex_value

VALID = [
    ("2018-03-20", "DATE"), ("2018-W11", "DATE"), ("2018-W11-WE", "DATE"), ("2017-01", "DATE"),
    ("2016", "DATE"), ("199", "DATE"), ("19", "DATE"), ("2018-Q1", "DATE"), ("2018-H2", "DATE"),
    ("2018-SU", "DATE"), ("XXXX-03-20", "DATE"), ("XXXX-WXX-2", "DATE"), ("PAST_REF", "DATE"),
    ("2018-03-20TNI", "TIME"), ("1998-02-13T22:00", "TIME"), ("1989-10-27T24:00", "TIME"),
    ("P6Y", "DURATION"), ("PT72H", "DURATION"), ("P2Y6M", "DURATION"), ("PXY", "DURATION"),
    ("PT1M30S", "DURATION"), ("P1Q", "DURATION"),
    ("P1D", "SET"), ("XXXX-WXX-1", "SET"), ("XXXX-07", "SET"), ("XXXX-WXX-2TNI", "SET"),
]
INVALID = [
    ("P6Y", "DATE"), ("2018-13", "DATE"), ("2018-W54", "DATE"), ("2018-03-32", "DATE"),
    ("yesterday", "DATE"), ("2018-03-20", "DURATION"), ("P", "DURATION"), ("6Y", "DURATION"),
    ("2018-03-20T25:00", "TIME"), ("", "DATE"), ("2018-03-20", "INTERVAL"),
]


@pytest.mark.parametrize("value, kind", VALID)
def test_valid(value, kind):
    assert is_valid_timex_value(value, kind)


@pytest.mark.parametrize("value, kind", INVALID)
def test_invalid(value, kind):
    assert not is_valid_timex_value(value, kind)
