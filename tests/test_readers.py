"""Readers: every input shape, and every kind of bad input ending as a precise reject."""

from __future__ import annotations

import gzip
import io
from datetime import date

import pytest

from dateline.article import Article
from dateline.errors import MissingInputError, Reject, RejectCode
from dateline.readers import ReadOptions, read_paths

from support import REFERENCE_ARTICLE

STORY = "Putin won a landslide victory on Sunday.\nThe OSCE said the vote offered no real choice."


def read(*paths, **options) -> list:
    return list(read_paths([str(p) for p in paths], ReadOptions(**options)))


def only(*paths, **options):
    [record] = read(*paths, **options)
    return record


def assert_reject(record, code: RejectCode, *words: str) -> Reject:
    assert isinstance(record, Reject), record
    assert record.code == code.value, record.message
    for word in words:
        assert word in record.message, record.message
    assert record.fix and record.source
    return record


# -- dated text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [f"date 2018-03-20\n{STORY}\n", f"  \n date 2018-03-20 {STORY}", f"date 2018-03-20\r\n{STORY.replace(chr(10), chr(13) + chr(10))}"],
)
def test_dated_text_date_line_is_metadata(tmp_path, content):
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    article = only(path)
    assert article.published == date(2018, 3, 20)
    assert article.text == STORY  # no date line; paragraphs kept
    assert article.source == str(path)


def test_reference_article_reads_with_its_date():
    if not REFERENCE_ARTICLE.exists():
        pytest.skip("shared example not present")
    article = only(REFERENCE_ARTICLE)
    assert article.published == date(2018, 3, 20)
    assert article.text.startswith("Donald Trump failed to raise") and "date 2018" not in article.text
    assert article.text.count("\n") == 18


def test_text_that_merely_starts_with_the_word_date_is_not_a_date_line(tmp_path):
    path = tmp_path / "palms.txt"
    path.write_text("Date palms are grown in the Gulf.", encoding="utf-8")
    assert_reject(only(path), RejectCode.NO_DATE, "palms.txt")
    assert only(path, default_date=date(2019, 1, 1)).text == "Date palms are grown in the Gulf."


def test_no_date_is_rejected_unless_a_default_is_given(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(STORY, encoding="utf-8")
    assert_reject(only(path), RejectCode.NO_DATE, "undated.txt", "--default-date")
    assert only(path, default_date=date(2018, 3, 20)).published == date(2018, 3, 20)


def test_impossible_date_is_rejected_even_with_a_default(tmp_path):
    path = tmp_path / "feb30.txt"
    path.write_text(f"date 2018-02-30\n{STORY}", encoding="utf-8")
    assert_reject(only(path, default_date=date(2018, 3, 1)), RejectCode.BAD_DATE, "2018-02-30", "feb30.txt")


@pytest.mark.parametrize("body", ["", "   \n\t  \n"])
def test_empty_or_whitespace_text_is_rejected(tmp_path, body):
    path = tmp_path / "empty.txt"
    path.write_text(f"date 2018-03-20\n{body}", encoding="utf-8")
    assert_reject(only(path), RejectCode.EMPTY_TEXT, "empty.txt")


def test_binary_file_is_rejected(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert_reject(only(path), RejectCode.BINARY, "photo.txt", "binary")


def test_latin1_file_is_decoded_by_detection(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "Le président français a déclaré mercredi que la réunion à Genève était très importante pour l'Europe."
    path.write_bytes(f"date 2018-03-21\n{text}".encode("latin-1"))
    article = only(path)
    assert isinstance(article, Article) and article.text == text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(f"date 2018-03-21\n{STORY}".encode("utf-16"))
    assert only(path).text == STORY


def test_undecodable_bytes_are_rejected(tmp_path):
    path = tmp_path / "mixed.txt"
    # Valid UTF-8 followed by bytes that are invalid in UTF-8 and, mixed with it, in any single encoding.
    path.write_bytes("date 2018-03-21\nMoscow said — “no”.".encode("utf-8") + b"\xff\xfe\x81\x8d\x90\x9d" * 3 + "Kyiv “yes” — ok".encode("utf-8"))
    record = only(path)
    if isinstance(record, Article):  # a detector may still find a clean single-byte reading
        assert "Moscow" in record.text
    else:
        assert_reject(record, RejectCode.UNDECODABLE, "mixed.txt", "UTF-8")


def test_text_over_the_size_limit_is_rejected(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("date 2018-03-20\n" + "word " * 300, encoding="utf-8")
    assert_reject(only(path, max_chars=1000), RejectCode.TOO_LARGE, "1,000")
    assert isinstance(only(path, max_chars=10_000), Article)


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.write(b"date 2018-03-20\n")
        stream.truncate(5_000_000)  # sparse: large on paper, cheap to make
    assert_reject(only(path, max_chars=1000), RejectCode.TOO_LARGE, "bytes")


def test_missing_path_fails_before_anything_is_read(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(f"date 2018-03-20\n{STORY}", encoding="utf-8")
    with pytest.raises(MissingInputError, match="nope.txt"):
        read_paths([good, tmp_path / "nope.txt"])


# -- JSON Lines ------------------------------------------------------------------------


def test_jsonl_fields_and_text_kept_exactly(write_jsonl):
    text = "  Leading space kept.\n\nTwo paragraphs.  "
    path = write_jsonl([
        {"id": "x1", "published": "2018-03-20T14:05:00Z", "text": text, "url": "https://e.org/1", "title": "T", "outlet": "Wire"},
        {"date": "2018-03-21", "text": STORY, "source": "Ledger"},
        {"publication_date": "March 22, 2018", "text": STORY + " More."},
        {"dct": "2018-03-23", "text": STORY + " Even more."},
    ])
    first, second, third, fourth = read(path)
    assert (first.id, first.published, first.text, first.url, first.title, first.outlet) == (
        "x1", date(2018, 3, 20), text, "https://e.org/1", "T", "Wire")
    assert second.outlet == "Ledger" and second.published == date(2018, 3, 21)
    assert third.published == date(2018, 3, 22) and fourth.published == date(2018, 3, 23)
    assert first.source.endswith("feed.jsonl:1") and fourth.source.endswith("feed.jsonl:4")


def test_one_bad_jsonl_line_costs_only_itself(write_jsonl):
    path = write_jsonl([
        {"id": "ok1", "date": "2018-03-20", "text": STORY},
        '{"id": "broken", "date": "2018-03-20", "text": "unterminated',
        {"id": "notext", "date": "2018-03-20", "body": STORY},
        {"id": "nodate", "text": STORY},
        {"id": "baddate", "date": "2018-02-30", "text": STORY},
        {"id": "blank", "date": "2018-03-20", "text": "  \n "},
        {"id": 7, "date": "2018-03-20", "text": 42},
        "[1, 2, 3]",
        "",
        {"id": "ok2", "date": "2018-03-20", "text": STORY},
    ])
    records = read(path)
    assert [r.id for r in records if isinstance(r, Article)] == ["ok1", "ok2"]
    rejects = [r for r in records if isinstance(r, Reject)]
    assert [r.code for r in rejects] == ["E006", "E007", "E001", "E002", "E003", "E007", "E006"]
    assert_reject(rejects[0], RejectCode.INVALID_JSON, "feed.jsonl:2", "invalid JSON")
    assert_reject(rejects[1], RejectCode.NO_TEXT_FIELD, "feed.jsonl:3", "notext", "'text'")
    assert_reject(rejects[2], RejectCode.NO_DATE, "nodate", "'published'")
    assert_reject(rejects[3], RejectCode.BAD_DATE, "baddate", "2018-02-30")


def test_jsonl_line_in_a_wrong_encoding_costs_only_itself(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = '{"id": "a", "date": "2018-03-20", "text": "Paris said yes."}\n'
    bad = '{"id": "b", "date": "2018-03-20", "text": "Le président a dit non."}\n'.encode("latin-1")
    path.write_bytes(good.encode() + bad + good.replace('"a"', '"c"').encode())
    records = read(path)
    assert [type(r).__name__ for r in records] == ["Article", "Reject", "Article"]
    assert_reject(records[1], RejectCode.UNDECODABLE, "feed.jsonl:2")


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write('{"id": "g", "date": "2018-03-20", "text": "Paris said yes."}\n')
    assert only(path).id == "g"


# -- folders, stdin, HTML, WARC ---------------------------------------------------------

PAGE = """<!doctype html><html><head><title>OSCE faults vote</title>
<meta property="article:published_time" content="2018-03-23T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>OSCE faults Russian vote</h1>
<p>The Organization for Security and Co-operation in Europe said on Monday that there had been no real choice in the election.</p>
<p>Observers complained that the vote had been marked by unfair pressure on critical voices across the country.</p>
</article><footer>Copyright 2018 Example Wire. All rights reserved.</footer></body></html>"""


def test_folder_is_read_recursively_in_order_by_extension(tmp_path, write_jsonl):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(f"date 2018-03-20\n{STORY}", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(f"date 2018-03-21\n{STORY}", encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    write_jsonl([{"id": "j", "date": "2018-03-22", "text": STORY}], name="b/feed.jsonl")
    records = read(tmp_path)
    assert [r.source.replace(str(tmp_path), "") for r in records] == ["/a.txt", "/b/c.txt", "/b/feed.jsonl:1", "/b/page.html"]


def test_html_page_main_text_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only(path)
    assert article.published == date(2018, 3, 23)
    assert "no real choice" in article.text and "unfair pressure" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.title == "OSCE faults Russian vote"  # the headline, preferred over <title>


def test_html_without_a_date_is_rejected_and_without_text_too(tmp_path):
    undated = tmp_path / "undated.html"
    undated.write_text(PAGE.replace('<meta property="article:published_time" content="2018-03-23T09:00:00Z">', ""), encoding="utf-8")
    assert_reject(only(undated), RejectCode.NO_DATE, "undated.html")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>x</title></head><body>  </body></html>", encoding="utf-8")
    assert_reject(only(empty), RejectCode.NO_MAIN_TEXT, "empty.html")


def test_warc_html_responses_become_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, ctype in [
            ("https://example.org/osce", PAGE.encode(), "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    article = only(path)
    assert article.url == "https://example.org/osce" and article.published == date(2018, 3, 23)
    assert article.source.endswith("#https://example.org/osce")


def test_garbage_warc_is_rejected(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file\n" * 10)
    assert_reject(only(path), RejectCode.UNREADABLE, "junk.warc")


def test_stdin_jsonl_and_dated_text(monkeypatch):
    for payload, expected in [
        ('{"id": "s1", "date": "2018-03-20", "text": "Paris said yes."}\n', "s1"),
        ("date 2018-03-20\nParis said yes.", None),
    ]:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
        [article] = read_paths(["-"])
        assert article.text == "Paris said yes." and (expected is None or article.id == expected)
