"""Reading archives (meetingparse.batch.sources): every input kind, encodings, and read errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from batch_inputs import corrupt_member, page, sample, write_jsonl, write_tgz, write_zip

from meetingparse.batch.encoding import UndecodableText, decode, html_charset
from meetingparse.batch.items import SourceDocument, SourceError, SourceSkip
from meetingparse.batch.sources import estimate_count, read_sources

CHINESE_REPORT = "学校新闻网 2022年5月6日\n" + sample("university_meeting").replace("the meeting", "“the meeting”")


def read(*paths: Path) -> list:
    return list(read_sources(paths))


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030"])
def test_decode_detects_the_encoding(encoding: str) -> None:
    assert decode(CHINESE_REPORT.encode(encoding)) == CHINESE_REPORT


def test_decode_prefers_the_declared_charset() -> None:
    text = "He said “yes”."  # too little for detection: cp1252 would also fit these bytes
    assert decode(text.encode("gbk"), declared="gb2312") == text


def test_decode_refuses_binary_data() -> None:
    with pytest.raises(UndecodableText, match="NUL"):
        decode(b"PK\x03\x04\x00\x00binary")


def test_html_charset_reads_the_meta_tag() -> None:
    assert html_charset(page("x", charset="GBK").encode("ascii")) == "GBK"
    assert html_charset(b'<meta charset="utf-8">') == "utf-8"
    assert html_charset(b"<html><body>no meta</body></html>") is None


# ---------------------------------------------------------------- kinds


def test_text_and_markdown_files_in_a_folder_are_read_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("# Two\nsecond", encoding="utf-8")
    (tmp_path / "a.txt").write_text("first", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not a report kind: a counted skip inside folders
    (tmp_path / "c.TXT").write_bytes(CHINESE_REPORT.encode("gb18030"))
    items = read(tmp_path)
    assert items == [
        SourceDocument(str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), "first"),
        SourceDocument(str(tmp_path / "b" / "two.md"), str(tmp_path / "b" / "two.md"), "# Two\nsecond"),
        SourceDocument(str(tmp_path / "c.TXT"), str(tmp_path / "c.TXT"), CHINESE_REPORT),
        SourceSkip(str(tmp_path / "notes.pdf"), "not a report file (.txt, .md, .html, .htm, .jsonl, .zip, .tar.gz, .tgz)"),
    ]


def test_an_unsupported_file_named_on_its_own_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF")
    [error] = read(path)
    assert error == SourceError(str(path), "UnsupportedInput", error.message)
    assert ".txt" in error.message


def test_html_page_gives_main_text_date_title_and_url(tmp_path: Path) -> None:
    text = sample("university_meeting")
    path = tmp_path / "page.html"
    path.write_text(page(text, title="Teaching meeting"), encoding="utf-8")
    [doc] = read(path)
    assert (doc.reference_date, doc.page_date) == (None, dt.date(2022, 5, 6))
    assert doc.url == "https://news.example.edu/2022/0506.htm"
    assert doc.title == "Teaching meeting"
    assert doc.text.startswith("Current Location: Home > News")  # the report's own first line, not the nav
    assert "Copyright" not in doc.text
    assert "On the afternoon of March 14, our university held" in doc.text
    assert doc.text.splitlines()[-1] == text.strip().splitlines()[-1]


def test_gbk_encoded_page_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.htm"
    path.write_bytes(page(CHINESE_REPORT, charset="gbk", title="学校新闻").encode("gbk"))
    [doc] = read(path)
    assert doc.title == "学校新闻"
    assert "“the meeting”" in doc.text
    assert doc.text.startswith("学校新闻网 2022年5月6日")


def test_html_page_with_no_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text('<html><body><div class="nav"><a href="/">Home</a></div></body></html>', encoding="utf-8")
    assert read(path) == [SourceError(str(path), "NoMainText", "the page has no main text")]


def test_jsonl_lines_are_reports_and_bad_lines_are_errors(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "reports.jsonl", [
        {"id": "r1", "text": "first", "reference_date": "2022-05-06", "url": "https://x.org/1", "title": "One"},
        {"text": "second"},
        "{not json",
        "",
        {"id": "r5", "text": "fifth", "reference_date": "May 6"},
        {"id": "r6", "text": 6},
        ["a list"],
        {"id": "r8", "text": "nul \u0000 inside"},
    ])
    first, second, broken, bad_date, bad_text, not_object, nul = read(path)
    assert first == SourceDocument("r1", f"{path}:1", "first", dt.date(2022, 5, 6), "https://x.org/1", "One")
    assert second == SourceDocument(f"{path}:2", f"{path}:2", "second")
    assert (broken.source, broken.error_class) == (f"{path}:3", "JSONDecodeError")
    assert (bad_date.source, bad_date.error_class) == (f"{path}:5", "ValueError")
    assert "ISO date" in bad_date.message
    assert (bad_text.source, bad_text.message) == (f"{path}:6", "the 'text' field must be a string")
    assert (not_object.source, not_object.message) == (f"{path}:7", "a line must be a JSON object, got list")
    assert (nul.source, nul.message) == (f"{path}:8", "the text contains NUL characters")


def test_zip_members_are_read_and_a_broken_member_fails_alone(tmp_path: Path) -> None:
    long_text = sample("company_agm")
    path = write_zip(tmp_path / "archive.zip", {
        "a/one.txt": sample("city_council").encode("utf-8"),
        "a/broken.txt": long_text.encode("utf-8"),
        "b/page.html": page(sample("un_debate"), charset="gb18030").encode("gb18030"),
        "b/more.jsonl": b'{"id": "j1", "text": "from jsonl"}\n',
        "b/image.png": b"\x89PNG",
    })
    corrupt_member(path, "a/broken.txt")
    one, broken, html_doc, jsonl_doc, image = read(path)
    assert one == SourceDocument(f"{path}!a/one.txt", f"{path}!a/one.txt", sample("city_council"))
    assert broken.source == f"{path}!a/broken.txt"
    assert broken.error_class in ("BadZipFile", "error")  # bad CRC, or zlib refusing the data
    assert html_doc.source == f"{path}!b/page.html" and html_doc.page_date == dt.date(2022, 5, 6)
    assert jsonl_doc == SourceDocument("j1", f"{path}!b/more.jsonl:1", "from jsonl")
    assert image == SourceSkip(f"{path}!b/image.png", "not a report file")


def test_a_file_that_is_not_a_zip_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"not a zip at all")
    assert read(path) == [SourceError(str(path), "BadZipFile", "File is not a zip file")]


def test_tar_gz_members_are_streamed_and_a_cut_archive_ends_in_an_error(tmp_path: Path) -> None:
    members = {f"reports/{i}.txt": f"report {i} " .encode() * 2000 for i in range(3)}
    path = write_tgz(tmp_path / "archive.tar.gz", members)
    assert [d.text for d in read(path)] == [m.decode() for m in members.values()]
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(path.read_bytes()[: len(path.read_bytes()) * 2 // 3])
    *documents, error = read(cut)
    assert 0 < len(documents) < 3
    assert [d.source for d in documents] == [f"{cut}!{name}" for name in members][: len(documents)]
    assert isinstance(error, SourceError) and error.source.startswith(str(cut))
    assert error.error_class in ("ReadError", "EOFError")


def test_estimate_count_counts_reports_without_reading_them(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    write_jsonl(tmp_path / "lines.jsonl", [{"text": "a"}, {"text": "b"}, ""])
    write_zip(tmp_path / "a.zip", {"x.txt": b"x", "y.htm": b"<p>y</p>", "z.png": b"z"})
    write_tgz(tmp_path / "a.tgz", {"x.md": b"x", "y.txt": b"y", "z.png": b"z"})
    assert estimate_count([tmp_path]) == 1 + 2 + 2 + 2


def test_a_page_date_comes_only_from_what_the_markup_states(tmp_path: Path) -> None:
    body = "The board met on 14 March to plan the year. By the close of 2016 the old plan had ended."
    (tmp_path / "stated.html").write_text(page(body), encoding="utf-8")
    (tmp_path / "unstated.html").write_text(page(body, date=None), encoding="utf-8")
    stated, unstated = read(tmp_path)
    assert stated.page_date == dt.date(2022, 5, 6)
    assert unstated.page_date is None  # not 2016 guessed from the body
