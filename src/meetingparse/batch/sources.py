"""Find and read the reports of an archive, one at a time.

Inputs are files or directories (walked recursively, in name order). A file is
read by its name: ``.txt``/``.md`` as text, ``.html``/``.htm`` through the page
extractor, ``.jsonl`` one report a line, ``.zip``/``.tar.gz``/``.tgz`` member by
member without extracting to disk. What cannot be read becomes a
:class:`SourceError` in the stream, and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Union

from ..api import coerce_reference_date
from .encoding import decode
from .html import extract_page

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar.gz", ".tgz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + ZIP_SUFFIXES + TAR_SUFFIXES


@dataclass(frozen=True)
class SourceDocument:
    """One report read from the archive; ``source`` says where it was found."""

    id: str
    source: str
    text: str
    reference_date: dt.date | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class SourceError:
    """A report, file or archive member that could not be read."""

    source: str
    error_class: str
    message: str

    @classmethod
    def of(cls, source: str, error: BaseException) -> SourceError:
        return cls(source, type(error).__name__, str(error) or type(error).__name__)


Item = Union[SourceDocument, SourceError]


def kind_of(name: str) -> str | None:
    """The input suffix that ``name`` ends with (case-insensitive), or None if unsupported."""
    lower = name.lower()
    return next((suffix for suffix in SUFFIXES if lower.endswith(suffix)), None)


def walk(paths: Iterable[Path]) -> Iterator[Path]:
    """Every supported file under ``paths``: files as given, directories recursively in name order."""
    for path in paths:
        if path.is_dir():
            for entry in sorted(os.scandir(path), key=lambda e: e.name):
                child = Path(entry.path)
                if entry.is_dir() or kind_of(entry.name):
                    yield from walk([child])
        else:
            yield path


def read_sources(paths: Iterable[Path]) -> Iterator[Item]:
    """The reports under ``paths``, streamed in order, with an error item for each that fails."""
    for path in walk(paths):
        source = str(path)
        if kind_of(path.name) is None:
            yield SourceError(source, "UnsupportedInput", f"not one of {', '.join(SUFFIXES)}")
            continue
        try:
            with path.open("rb") as stream:
                yield from _read_stream(source, path.name, stream)
        except OSError as error:
            yield SourceError.of(source, error)


def _read_stream(source: str, name: str, stream: IO[bytes]) -> Iterator[Item]:
    """Dispatch one file or archive member by its name's suffix."""
    kind = kind_of(name)
    if kind in JSONL_SUFFIXES:
        yield from _jsonl(source, stream)
    elif kind in ZIP_SUFFIXES:
        yield from _zip(source, stream)
    elif kind in TAR_SUFFIXES:
        yield from _tar(source, stream)
    elif kind is not None:
        yield _guarded(source, lambda: _document(source, kind, stream.read()))


def _guarded(source: str, read: Callable[[], Item]) -> Item:
    try:
        return read()
    except Exception as error:  # any failure to read one report is that report's error
        return SourceError.of(source, error)


def _document(source: str, kind: str, data: bytes) -> SourceDocument:
    if kind in HTML_SUFFIXES:
        page = extract_page(data)
        return SourceDocument(source, source, page.text, page.date, page.url, page.title)
    return SourceDocument(source, source, decode(data))


def _jsonl(source: str, stream: IO[bytes]) -> Iterator[Item]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            where = f"{source}:{number}"
            yield _guarded(where, lambda: _jsonl_document(where, line))


def _jsonl_document(where: str, line: bytes) -> SourceDocument:
    data = json.loads(decode(line))
    if not isinstance(data, dict):
        raise ValueError(f"a line must be a JSON object, got {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError("the 'text' field must be a string")
    if "\x00" in text:
        raise ValueError("the 'text' field contains NUL characters")
    optional = {key: data.get(key) for key in ("url", "title")}
    if any(value is not None and not isinstance(value, str) for value in optional.values()):
        raise ValueError("'url' and 'title' must be strings")
    return SourceDocument(str(data.get("id") or where), where, text,
                          coerce_reference_date(data.get("reference_date")), **optional)


def _zip(source: str, stream: IO[bytes]) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError) as error:
        yield SourceError.of(source, error)
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir() or kind_of(info.filename) is None:
                continue
            member = f"{source}!{info.filename}"
            try:
                with archive.open(info) as member_stream:
                    yield from _read_stream(member, info.filename, member_stream)
            except Exception as error:  # a broken member (bad CRC, bad deflate data) fails alone
                yield SourceError.of(member, error)


def _tar(source: str, stream: IO[bytes]) -> Iterator[Item]:
    try:
        with tarfile.open(fileobj=stream, mode="r|gz") as archive:
            for info in archive:
                if not info.isfile() or kind_of(info.name) is None:
                    continue
                member_stream = archive.extractfile(info)
                if member_stream is not None:
                    yield from _read_stream(f"{source}!{info.name}", info.name, member_stream)
    except (tarfile.TarError, EOFError, OSError) as error:
        # A compressed stream cannot be resynchronised: the rest of the archive is one error.
        yield SourceError.of(source, error)


def estimate_count(paths: Iterable[Path]) -> int:
    """About how many reports ``read_sources`` will yield, from names and line counts only."""
    total = 0
    for path in walk(paths):
        kind = kind_of(path.name)
        try:
            if kind in JSONL_SUFFIXES:
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif kind in ZIP_SUFFIXES:
                with zipfile.ZipFile(path) as archive:
                    total += sum(1 for info in archive.infolist() if kind_of(info.filename))
            elif kind in TAR_SUFFIXES:
                with tarfile.open(path, mode="r|gz") as archive:
                    total += sum(1 for info in archive if info.isfile() and kind_of(info.name))
            else:
                total += 1
        except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError):
            total += 1
    return total
