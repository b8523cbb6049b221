"""HTML pages: the main text and the publication date, through trafilatura.

trafilatura strips navigation, footers and comments and finds the date in the page's metadata
and date markup, through htmldate. A page where it finds no date is
rejected unless the user gives a default date: the crawl date is not the publication date.
"""

from __future__ import annotations

from ..article import Article
from ..errors import Reject, RejectCode
from .records import ReadOptions, build_article

# "original_date": the first-published date, not a later "updated" stamp, is the DCT.
# No "extensive_search": it guesses from any year in the page ("Copyright 2018" became
# 2018-01-01 in our tests), and a wrong DCT silently misdates every record of the article.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def parse_html(content: bytes | str, source: str, options: ReadOptions, url: str | None = None) -> Article | Reject:
    """Extract one article from a web page."""
    import trafilatura  # imported lazily: most runs read no HTML, and it is slow to import

    try:
        document = trafilatura.bare_extraction(
            content,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as error:  # trafilatura raises many kinds on malformed markup
        return Reject.of(source, RejectCode.NO_MAIN_TEXT, f"the page could not be parsed ({type(error).__name__}: {error})")
    if document is None or not (document.text or "").strip():
        return Reject.of(source, RejectCode.NO_MAIN_TEXT, "no main article text was found in the page")
    return build_article(
        document.text,
        document.date,
        source,
        options,
        url=url or document.url,
        title=document.title,
        outlet=document.sitename,
        date_field="publication date in the page's metadata",
    )
