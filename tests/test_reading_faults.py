"""Reading an archive under faults (issue 9): special files, links, bombs, bad lines, bad names.

Every fault is one error item (or a counted skip) in the stream of
``meetingparse.batch.read_sources``, never a hang, a full memory or the end of the
stream; a batch run over such a folder completes, and a rerun has nothing new to do.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import tarfile
import tempfile
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from batch_inputs import sample, write_jsonl, write_tgz, write_zip
from batch_tables import sql_tables, stored_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine

from meetingparse import api, parse
from meetingparse.batch import (
    ReadLimits,
    SourceDocument,
    SourceError,
    SourceSkip,
    open_sink,
    read_sources,
    run_batch,
    sources,
)

REPORT = "The Finance Committee met on Monday in Room 4. Chair Wang Lei opened the meeting."
OTHER = "On 3 March 2023 the Board of Trustees held its annual meeting. Dr. Maria Lopez presided."
HANG = 15  # seconds after which a reader blocked on a FIFO is let go (and the test fails)


@contextmanager
def fifo_guard(*fifos: Path) -> Iterator[list[Path]]:
    """Open the write end of each FIFO after ``HANG`` seconds, so that a reader blocked on one
    ends instead of hanging the suite; yields the list of FIFOs that had to be let go."""
    released: list[Path] = []
    done = threading.Event()

    def release() -> None:
        if done.wait(HANG):
            return
        for fifo in fifos:
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # fails unless a reader is blocked
                released.append(fifo)
            except OSError:
                pass

    watchdog = threading.Thread(target=release, daemon=True)
    watchdog.start()
    try:
        yield released
    finally:
        done.set()
        watchdog.join()


def read(*paths: Path, limits: ReadLimits = ReadLimits()) -> list:
    return list(read_sources(list(paths), limits))


def kinds(items: list) -> list[tuple[str, str, str]]:
    """(type name, source, error class or '') of each item, for compact asserts."""
    return [(type(i).__name__, i.source, getattr(i, "error_class", "")) for i in items]


def by_source(items: list) -> dict[str, object]:
    found = {item.source: item for item in items}
    assert len(found) == len(items), "two items with one source"
    return found


# ---------------------------------------------------------------- special files and links


def test_a_fifo_in_the_folder_is_an_error_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    os.mkfifo(tmp_path / "c.jsonl")
    os.mkfifo(tmp_path / "d.zip")
    os.mkfifo(tmp_path / "e")  # no report suffix: a skip, never opened
    (tmp_path / "f.txt").write_text(OTHER, encoding="utf-8")
    with fifo_guard(fifo, tmp_path / "c.jsonl", tmp_path / "d.zip") as released:
        items = read(tmp_path)
    assert not released, f"read_sources blocked on {released}"
    assert kinds(items) == [
        ("SourceDocument", f"{tmp_path}/a.txt", ""),
        ("SourceError", f"{tmp_path}/b.txt", "SkippedInput"),
        ("SourceError", f"{tmp_path}/c.jsonl", "SkippedInput"),
        ("SourceError", f"{tmp_path}/d.zip", "SkippedInput"),
        ("SourceSkip", f"{tmp_path}/e", ""),
        ("SourceDocument", f"{tmp_path}/f.txt", ""),
    ]
    assert "FIFO" in items[1].message
    assert [i.text for i in items if isinstance(i, SourceDocument)] == [REPORT, OTHER]


def test_a_fifo_named_as_an_input_is_an_error(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with fifo_guard(fifo) as released:
        items = read(fifo)
    assert not released
    assert kinds(items) == [("SourceError", str(fifo), "SkippedInput")]


def test_a_link_to_dev_zero_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "zz.txt").write_text(REPORT, encoding="utf-8")
    items = read(folder)
    assert kinds(items) == [("SourceError", f"{folder}/zero.txt", "SkippedLink"),
                            ("SourceDocument", f"{folder}/zz.txt", "")]
    # named directly, the link is followed, and the device refused unread
    outside = tmp_path / "zero.txt"
    outside.symlink_to("/dev/zero")
    [error] = read(outside)
    assert (type(error), error.error_class) == (SourceError, "SkippedInput")
    assert "device" in error.message


def test_link_loops_are_errors(tmp_path: Path) -> None:
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")  # a folder loop: its target is already being walked
    (tmp_path / "sub" / "report.txt").write_text(REPORT, encoding="utf-8")
    items = read(tmp_path)
    assert kinds(items) == [
        ("SourceError", f"{tmp_path}/dangling.txt", "SkippedLink"),
        ("SourceError", f"{tmp_path}/loop1.txt", "SkippedLink"),
        ("SourceError", f"{tmp_path}/loop2.txt", "SkippedLink"),
        ("SourceError", f"{tmp_path}/self.txt", "SkippedLink"),
        ("SourceDocument", f"{tmp_path}/sub/report.txt", ""),
    ]


def test_links_out_of_the_folder_are_errors_and_links_inside_are_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret committee met on Monday.", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text(OTHER, encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "absolute.txt").symlink_to(secret)
    (folder / "relative.txt").symlink_to("../secret.txt")
    (folder / "outdir").symlink_to(tmp_path / "elsewhere")
    (folder / "inside.txt").symlink_to("docs/report.txt")
    items = by_source(read(folder))
    for name in ("absolute.txt", "relative.txt", "outdir"):
        error = items[f"{folder}/{name}"]
        assert (type(error), error.error_class) == (SourceError, "SkippedLink"), name
        assert "out of the input folder" in error.message
    assert items[f"{folder}/inside.txt"].text == REPORT
    assert items[f"{folder}/docs/report.txt"].text == REPORT
    assert not any(isinstance(i, SourceDocument) and i.text in (OTHER, secret.read_text()) for i in items.values())


def test_a_folder_reached_twice_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "link").symlink_to("../a")
    assert [i.text for i in read(tmp_path)] == [REPORT]


# ---------------------------------------------------------------- sizes, checked before reading


def test_a_file_over_the_limit_is_an_error_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(10**10)  # sparse: ten gigabytes that take no room
    (tmp_path / "limit.txt").write_text("a" * 999 + "b", encoding="utf-8")
    (tmp_path / "over.txt").write_text("a" * 1001, encoding="utf-8")
    reads: list[int] = []
    real = sources.read_bounded
    monkeypatch.setattr(sources, "read_bounded", lambda stream, limit: reads.append(limit) or real(stream, limit))
    tracemalloc.start()
    try:
        items = by_source(read(tmp_path, limits=ReadLimits(report_bytes=1000)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
    assert (items[f"{huge}"].error_class, items[f"{tmp_path}/over.txt"].error_class) == ("TooLarge", "TooLarge")
    assert "10,000,000,000 bytes" in items[f"{huge}"].message
    assert items[f"{tmp_path}/limit.txt"].text == "a" * 999 + "b"
    assert reads == [1000]  # only the file within the limit was read


def test_a_file_that_grows_past_the_limit_after_stat_is_still_bounded(tmp_path: Path, monkeypatch) -> None:
    # the size is checked from stat, then the read itself stops at the limit
    (tmp_path / "a.txt").write_text("a" * 5000, encoding="utf-8")
    monkeypatch.setattr(sources.Path, "stat", lambda self, **kw: os.stat_result((0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0)))
    [error] = read(tmp_path / "a.txt", limits=ReadLimits(report_bytes=1000))
    assert (type(error), error.error_class) == (SourceError, "TooLarge")


def test_a_zip_member_too_large_uncompressed_is_an_error(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "a.zip", {"big.txt": b" " * 3_000_000 + REPORT.encode(),
                                             "small.txt": REPORT.encode()})
    assert archive.stat().st_size < 50_000
    items = by_source(read(archive, limits=ReadLimits(report_bytes=10_000)))
    big = items[f"{archive}!big.txt"]
    assert (type(big), big.error_class) == (SourceError, "TooLarge")
    assert f"{3_000_000 + len(REPORT):,} bytes uncompressed" in big.message
    assert items[f"{archive}!small.txt"].text == REPORT


def test_a_zip_member_compressed_too_far_is_an_error(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "a.zip", {"bomb.txt": b" " * 3_000_000 + REPORT.encode(),
                                             "small.txt": REPORT.encode()})
    items = by_source(read(archive, limits=ReadLimits(report_bytes=10_000_000, ratio=100)))
    bomb = items[f"{archive}!bomb.txt"]
    assert (type(bomb), bomb.error_class) == (SourceError, "TooLarge")
    assert "more than 100 to 1" in bomb.message
    assert items[f"{archive}!small.txt"].text == REPORT


def _understate_zip_size(path: Path, name: str, size: int) -> None:
    """Write ``size`` as the uncompressed size of member ``name`` in both of its headers."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        central = archive.start_dir  # the archive's only member: the first central record
    data = bytearray(path.read_bytes())
    assert data[central:central + 4] == b"PK\x01\x02" and data[info.header_offset:info.header_offset + 4] == b"PK\x03\x04"
    data[info.header_offset + 22:info.header_offset + 26] = size.to_bytes(4, "little")
    data[central + 24:central + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_a_zip_member_that_understates_its_size_is_still_bounded(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "a.zip", {"liar.txt": b" " * 20_000_000 + REPORT.encode()})
    _understate_zip_size(archive, "liar.txt", 100)
    tracemalloc.start()
    try:
        [item] = read(archive, limits=ReadLimits(report_bytes=1000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(item, SourceError)  # a bad CRC: the member is not the size it says
    assert peak < 5_000_000


def test_tar_members_over_the_limit_or_not_regular_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.tgz"
    with tarfile.open(path, "w:gz") as archive:
        def add(name: str, data: bytes = b"", **fields) -> None:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            for key, value in fields.items():
                setattr(info, key, value)
            archive.addfile(info, io.BytesIO(data) if data else None)
        add("a.txt", REPORT.encode())
        add("big.txt", b" " * 5000)
        add("sym.txt", type=tarfile.SYMTYPE, linkname="/etc/passwd")
        add("hard.txt", type=tarfile.LNKTYPE, linkname="a.txt")
        add("dev.txt", type=tarfile.CHRTYPE, devmajor=1, devminor=5)
        add("fifo.txt", type=tarfile.FIFOTYPE)
        add("../../escape.txt", OTHER.encode())
        add("z.txt", OTHER.encode() + b" Again.")
    items = read(path, limits=ReadLimits(report_bytes=1000))
    assert kinds(items) == [
        ("SourceDocument", f"{path}!a.txt", ""),
        ("SourceError", f"{path}!big.txt", "TooLarge"),
        ("SourceError", f"{path}!sym.txt", "SkippedInput"),
        ("SourceError", f"{path}!hard.txt", "SkippedInput"),
        ("SourceError", f"{path}!dev.txt", "SkippedInput"),
        ("SourceError", f"{path}!fifo.txt", "SkippedInput"),
        ("SourceDocument", f"{path}!../../escape.txt", ""),
        ("SourceDocument", f"{path}!z.txt", ""),
    ]
    assert "5,000 bytes" in items[1].message
    assert "link" in items[2].message and "link" in items[3].message
    assert items[6].text == OTHER
    assert not (tmp_path.parent / "escape.txt").exists() and not (tmp_path / "escape.txt").exists()


class _Spaces(io.RawIOBase):
    """``size`` bytes of spaces, made as they are read."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = b" " * count
        self.left -= count
        return count


def test_a_tar_bomb_member_is_passed_over_without_being_held(tmp_path: Path) -> None:
    size = 50_000_000
    path = tmp_path / "bomb.tgz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("bomb.txt")
        info.size = size
        archive.addfile(info, io.BufferedReader(_Spaces(size)))
        info = tarfile.TarInfo("z.txt")
        info.size = len(REPORT)
        archive.addfile(info, io.BytesIO(REPORT.encode()))
    assert path.stat().st_size < size // 200
    tracemalloc.start()
    try:
        items = read(path, limits=ReadLimits(report_bytes=1000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kinds(items) == [("SourceError", f"{path}!bomb.txt", "TooLarge"), ("SourceDocument", f"{path}!z.txt", "")]
    # tarfile's stream decompresses in steps of up to ~10 MB: bounded, and far below the member
    assert peak < 40_000_000


def test_a_zip_inside_a_tgz_is_an_item_and_reading_goes_on(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("in.txt", REPORT)
    path = write_tgz(tmp_path / "a.tgz", {"empty.zip": b"", "real.zip": inner.getvalue(), "z.txt": OTHER.encode()})
    items = read(path)
    assert kinds(items)[-1] == ("SourceDocument", f"{path}!z.txt", "")
    assert len(items) == 3 or ("SourceDocument", f"{path}!real.zip!in.txt", "") in kinds(items)


@pytest.mark.parametrize("kind", ["zip", "tgz"])
def test_members_past_the_limit_are_one_error(tmp_path: Path, kind: str) -> None:
    members = {f"m{i}.txt": f"{REPORT} Item {i}.".encode() for i in range(6)}
    archive = (write_zip if kind == "zip" else write_tgz)(tmp_path / f"a.{kind}", members)
    items = read(archive, limits=ReadLimits(members=2))
    assert kinds(items) == [("SourceDocument", f"{archive}!m0.txt", ""), ("SourceDocument", f"{archive}!m1.txt", ""),
                            ("SourceError", str(archive), "TooLarge")]
    assert "more than 2 members" in items[2].message


def test_a_nul_in_an_archive_member_is_an_error(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "a.zip", {"a.txt": "The board met.\x00".encode("utf-16"), "b.txt": REPORT.encode()})
    assert kinds(read(archive)) == [("SourceError", f"{archive}!a.txt", "ValueError"),
                                    ("SourceDocument", f"{archive}!b.txt", "")]


# ---------------------------------------------------------------- JSON Lines


def test_a_json_line_with_a_lone_surrogate_is_an_error_and_reading_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "one", "text": REPORT},
        '{"id": "two", "text": "The board met. \\ud800 Then it rose."}',
        {"id": "three", "text": OTHER},
        '{"id": "four", "text": "The board met \\ud83d\\ude00 happily."}',  # a pair: one character
        '{"id": "five\\udc80", "text": "The board met."}',
        '{"id": "six", "text": "The board met.\\u0000"}',
        '{"text": "The board met.", "title": "\\udfff"}',
        {"id": "eight", "text": REPORT + " Again."},
    ])
    items = read(path)
    assert kinds(items) == [
        ("SourceDocument", f"{path}:1", ""),
        ("SourceError", f"{path}:2", "ValueError"),
        ("SourceDocument", f"{path}:3", ""),
        ("SourceDocument", f"{path}:4", ""),
        ("SourceError", f"{path}:5", "ValueError"),
        ("SourceError", f"{path}:6", "ValueError"),
        ("SourceError", f"{path}:7", "ValueError"),
        ("SourceDocument", f"{path}:8", ""),
    ]
    assert "the 'text' field has a lone surrogate U+D800 at character 15" in items[1].message
    assert "'id'" in items[4].message and "'title'" in items[6].message and "NUL" in items[5].message
    assert items[3].text == "The board met \U0001F600 happily."
    assert [i.id for i in items if isinstance(i, SourceDocument)] == ["one", "three", "four", "eight"]


def test_a_json_line_over_the_limit_is_an_error_and_the_next_line_is_read(tmp_path: Path) -> None:
    limit = 300
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"text": REPORT},
        {"text": "x" * 1000},
        {"text": OTHER},
        {"text": "y" * (limit - len('{"text": ""}'))},  # exactly the limit: read
        {"text": "z" * (limit + 1 - len('{"text": ""}'))},  # one byte over
        {"text": REPORT + " Again."},
    ])
    with path.open("ab") as stream:
        stream.write(b'{"text": "' + b"w" * 5000 + b'"}')  # a last line without its newline
    items = read(path, limits=ReadLimits(report_bytes=limit))
    assert kinds(items) == [
        ("SourceDocument", f"{path}:1", ""),
        ("SourceError", f"{path}:2", "TooLarge"),
        ("SourceDocument", f"{path}:3", ""),
        ("SourceDocument", f"{path}:4", ""),
        ("SourceError", f"{path}:5", "TooLarge"),
        ("SourceDocument", f"{path}:6", ""),
        ("SourceError", f"{path}:7", "TooLarge"),
    ]
    assert [i.text for i in items if isinstance(i, SourceDocument)][2:] == ["y" * 288, REPORT + " Again."]


@settings(max_examples=40, deadline=None)
@given(lengths=st.lists(st.integers(0, 40), min_size=1, max_size=8), limit=st.integers(12, 40),
       final_newline=st.booleans(), crlf=st.booleans())
def test_json_lines_are_cut_at_the_limit_exactly(lengths: list[int], limit: int, final_newline: bool,
                                                 crlf: bool) -> None:
    """Model: a line (without its line break) of at most ``limit`` bytes is read; a longer one is an error."""
    end = "\r\n" if crlf else "\n"
    lines = [json.dumps({"text": "a" * n}) if n >= 12 else " " * n for n in lengths]
    data = end.join(lines) + (end if final_newline else "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_bytes(data.encode())
        items = read(path, limits=ReadLimits(report_bytes=limit))
    expected = []
    for number, line in enumerate(lines, 1):
        # a line's bytes as read: with its "\r" when the file uses CRLF (but not for the last one without a break)
        length = len(line) + (1 if crlf and (number < len(lines) or final_newline) else 0)
        if length > limit:
            expected.append(("SourceError", f"{path}:{number}", "TooLarge"))
        elif line.strip():
            expected.append(("SourceDocument", f"{path}:{number}", ""))
    assert kinds(items) == expected


# ---------------------------------------------------------------- encodings and names


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_nul_in_utf16_or_utf32_text_is_an_error(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + f"The board met.\x00 {REPORT}".encode(encoding))
    (tmp_path / "b.txt").write_bytes(bom + REPORT.encode(encoding))
    items = read(tmp_path)
    assert kinds(items) == [("SourceError", f"{tmp_path}/a.txt", "ValueError"),
                            ("SourceDocument", f"{tmp_path}/b.txt", "")]
    assert "NUL" in items[0].message
    assert items[1].text == REPORT


def test_a_utf16_lone_surrogate_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + "The board met. ".encode("utf-16-le") + b"\x00\xd8")
    [error] = read(tmp_path)
    assert isinstance(error, SourceError)


def test_a_name_that_is_not_utf8_gives_a_utf8_source(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as stream:
        stream.write(REPORT.encode())
    os.mkfifo(os.path.join(folder, b"pip\xe9.txt"))
    os.symlink(b"/etc/hostname", os.path.join(folder, b"lin\xff.txt"))
    items = read(tmp_path) + read(Path(os.fsdecode(os.path.join(folder, b"caf\xe9.txt"))))
    assert kinds(items) == [("SourceDocument", f"{tmp_path}/caf\\xe9.txt", ""),
                            ("SourceError", f"{tmp_path}/lin\\xff.txt", "SkippedLink"),
                            ("SourceError", f"{tmp_path}/pip\\xe9.txt", "SkippedInput"),
                            ("SourceDocument", f"{tmp_path}/caf\\xe9.txt", "")]
    for item in items:
        for value in vars(item).values():
            if isinstance(value, str):
                value.encode("utf-8")  # strict: no surrogate anywhere
    assert items[0].id == items[0].source and items[0].text == REPORT


def test_an_archive_member_name_that_is_not_utf8_gives_a_utf8_source(tmp_path: Path) -> None:
    path = tmp_path / "a.tgz"
    with tarfile.open(path, "w:gz", encoding="utf-8", errors="surrogateescape") as archive:
        info = tarfile.TarInfo("caf\udce9.txt")  # written as the bytes b"caf\xe9.txt"
        info.size = len(REPORT)
        archive.addfile(info, io.BytesIO(REPORT.encode()))
    [item] = read(path)
    assert isinstance(item, SourceDocument) and item.text == REPORT
    item.source.encode("utf-8")
    assert item.source.endswith("!caf\\xe9.txt")


# ---------------------------------------------------------------- generated folders


def _zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _tgz_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.sampled_from(["\\ud800", "\\u0000", "2024-06-14", "2024-02-30", REPORT]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)
json_objects = st.fixed_dictionaries(
    {}, optional={"text": json_values, "id": json_values, "url": json_values, "title": json_values,
                  "reference_date": json_values})


def _json_line(value: object) -> str:
    # "\\ud800" and "\\u0000" given as text become the escapes themselves: a lone surrogate, a NUL
    return json.dumps(value).replace("\\\\ud800", "\\ud800").replace("\\\\u0000", "\\u0000")


jsonl_bytes = st.lists(st.one_of(json_objects.map(_json_line), json_values.map(_json_line), st.text(max_size=30)),
                       max_size=6).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
text_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).flatmap(lambda text: st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig",
                                                                "cp1252", "gb18030"]).map(
        lambda encoding: text.encode(encoding, "replace"))))
# (no .zip member: a zip inside a .tgz raises, see test_a_zip_inside_a_tgz_is_an_item_and_reading_goes_on)
member_names = st.sampled_from(["a.txt", "b.md", "c.html", "d.jsonl", "e.bin", "dir/f.txt", "../g.txt", "h.tgz"])
members = st.lists(st.tuples(member_names, text_bytes | jsonl_bytes), max_size=4, unique_by=lambda member: member[0])
files = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md", ".html", ".htm", ".bin", ""]), text_bytes),
    st.tuples(st.just(".jsonl"), jsonl_bytes | text_bytes),
    st.tuples(st.just(".zip"), st.one_of(members.map(_zip_bytes), st.binary(max_size=100))),
    st.tuples(st.sampled_from([".tgz", ".tar.gz"]), st.one_of(members.map(_tgz_bytes), st.binary(max_size=100))),
)
LIMITS = ReadLimits(report_bytes=400, members=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(folder=st.lists(files, min_size=1, max_size=5))
def test_read_sources_never_raises_on_generated_folders(folder: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as root:
        for number, (suffix, data) in enumerate(folder):
            (Path(root) / f"f{number}{suffix}").write_bytes(data)
        items = read(Path(root), limits=LIMITS)
    for item in items:
        assert isinstance(item, (SourceDocument, SourceError, SourceSkip))
        assert item.source.startswith(root)
        for value in vars(item).values():
            if isinstance(value, str):
                value.encode("utf-8")  # no lone surrogate: every sink can store it
        if isinstance(item, SourceDocument):
            assert "\x00" not in item.text
        if isinstance(item, SourceError):
            assert item.error_class and item.message


# ---------------------------------------------------------------- a batch run over a faulty folder


def _batch(folder: Path, out: Path, **kwargs):
    with open_sink(str(out)) as sink:
        return run_batch([folder], sink, **kwargs)


def test_a_batch_run_over_faults_completes_and_a_rerun_has_nothing_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    report = sample("city_council")
    write_jsonl(folder / "a.jsonl", ['{"id": "bad", "text": "The board met. \\ud800"}',
                                     {"id": "good", "text": OTHER}])
    (folder / "b.txt").write_text(report, encoding="utf-8")
    fifo = folder / "c.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out.db"
    with fifo_guard(fifo) as released:
        first = _batch(folder, out)
        tables = sql_tables(create_engine(f"sqlite:///{out}"))
        second = _batch(folder, out)
    assert not released, "the run blocked on the FIFO"
    assert (first.read, first.parsed, first.skipped, first.failed) == (4, 2, 0, 2)
    assert (second.read, second.parsed, second.skipped, second.failed) == (4, 0, 2, 2)
    assert sql_tables(create_engine(f"sqlite:///{out}")) == tables  # the rerun wrote nothing
    assert {(d["source"], d["status"]) for d in tables["documents"]} == {
        (f"{folder}/a.jsonl:2", "parsed"), (f"{folder}/b.txt", "parsed")}
    assert {(e["source"], e["error_class"]) for e in tables["errors"]} == {
        (f"{folder}/a.jsonl:1", "ValueError"), (f"{folder}/c.txt", "SkippedInput")}
    assert [e.source for e in first.failures] == [f"{folder}/a.jsonl:1", f"{folder}/c.txt"]


def test_a_batch_report_over_its_time_limit_is_an_error_row(tmp_path: Path, monkeypatch) -> None:
    real = api.assemble

    def assemble(doc):
        if "SLOW" in doc.text:
            time.sleep(30)
        return real(doc)

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text("The board met. SLOW.", encoding="utf-8")
    (folder / "c.txt").write_text(OTHER, encoding="utf-8")
    expected = {f"{folder}/a.txt": parse(REPORT), f"{folder}/c.txt": parse(OTHER)}
    monkeypatch.setattr(api, "assemble", assemble)
    started = time.perf_counter()
    summary = _batch(folder, tmp_path / "out.db", timeout=0.5)
    assert time.perf_counter() - started < 15
    assert (summary.read, summary.parsed, summary.failed) == (3, 2, 1)
    [failure] = summary.failures
    assert (failure.source, failure.error_class) == (f"{folder}/b.txt", "ReportTimeout")
    tables = sql_tables(create_engine(f"sqlite:///{tmp_path / 'out.db'}"))
    statuses = {d["source"]: d["status"] for d in tables["documents"]}
    assert statuses[f"{folder}/a.txt"] == statuses[f"{folder}/c.txt"] == "parsed"
    assert statuses[f"{folder}/b.txt"] != "parsed"
    assert stored_records(tables) == expected
