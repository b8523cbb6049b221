"""Plain-text articles whose first non-blank text is a `date YYYY-MM-DD` line.

    date 2018-03-20
    Donald Trump failed to raise ...

The date may also stand on the same line as the text (`date 2018-03-20 Donald Trump ...`),
after leading white space. The date line is metadata: it is not part of `Article.text`.
"""

from __future__ import annotations

import re

from ..article import Article
from ..errors import Reject
from .records import ReadOptions, build_article

# Something date-shaped after 'date', so that an article opening "Date palms ..." or
# "date night" is read as text, while "date 2018-02-30" is a bad date, not a missing one.
_DATE_LINE = re.compile(r"\A\s*date[ \t]+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?=\s|\Z)[ \t]*\n?")


def parse_dated_text(raw: str, source: str, options: ReadOptions) -> Article | Reject:
    """Split the date line from the article text and validate both.

    >>> parse_dated_text("date 2018-03-20\\nPutin won.", "a.txt", ReadOptions()).text
    'Putin won.'
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    match = _DATE_LINE.match(raw)
    if match:
        published, body = match.group(1), raw[match.end():]
    else:
        published, body = None, raw
    return build_article(body.strip(), published, source, options, date_field="'date YYYY-MM-DD' line")
