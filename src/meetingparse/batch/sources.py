"""Find and read the reports of an archive, one at a time.

Inputs are files or directories (walked by :mod:`.walk`). A file is read by its
name: ``.txt``/``.md`` as text, ``.html``/``.htm`` through the page extractor,
``.jsonl`` one report a line, ``.zip``/``.tar.gz``/``.tgz`` member by member in
memory (:mod:`.archives`). Every size is bounded by :class:`ReadLimits` before
the bytes are read. What cannot be read becomes a :class:`SourceError` in the
stream, what is no report a :class:`SourceSkip`, and reading goes on.
"""

from __future__ import annotations

import json
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any

from ..api import coerce_reference_date
from ..limits import LONE_SURROGATE
from .archives import tar_members, zip_members
from .encoding import decode
from .html import extract_page
from .items import Item, SourceDocument, SourceError, SourceSkip, printable
from .kinds import HTML_SUFFIXES, JSONL_SUFFIXES, TAR_SUFFIXES, ZIP_SUFFIXES, kind_of
from .limits import ReadLimits, TooLarge, read_bounded
from .walk import walk

_OPTIONAL_FIELDS = ("id", "url", "title")


def read_sources(paths: Iterable[Path], limits: ReadLimits = ReadLimits()) -> Iterator[Item]:
    """The reports under ``paths``, streamed in order, with an error item for each that fails."""
    for found in walk(paths):
        if not isinstance(found, Path):
            yield found
            continue
        source = printable(str(found))
        try:
            size = found.stat().st_size
            kind = kind_of(found.name)
            if kind not in JSONL_SUFFIXES + ZIP_SUFFIXES + TAR_SUFFIXES and size > limits.report_bytes:
                raise TooLarge(f"{size:,} bytes, more than the limit of {limits.report_bytes:,} for one report")
            with found.open("rb") as stream:
                yield from map(_storable, _read_stream(source, found.name, stream, limits))
        except (OSError, TooLarge) as error:
            yield SourceError.of(source, error)


def _storable(item: Item) -> Item:
    """A report whose text holds a NUL is an error: PostgreSQL cannot store one, and a NUL in
    text decoded from UTF-16 or UTF-32 (where NUL bytes are normal) means binary data."""
    if isinstance(item, SourceDocument) and "\x00" in item.text:
        return SourceError(item.source, "ValueError", "the text contains NUL characters")
    return item


def _read_stream(source: str, name: str, stream: IO[bytes], limits: ReadLimits, depth: int = 0) -> Iterator[Item]:
    """Dispatch one file or archive member by its name's suffix; ``depth`` counts the archives
    it lies in."""
    kind = kind_of(name)
    read_member = partial(_read_stream, limits=limits, depth=depth + 1)
    if kind in ZIP_SUFFIXES + TAR_SUFFIXES and depth > limits.nesting:
        yield SourceError(source, "TooLarge", f"an archive nested more than {limits.nesting} deep; not read")
    elif kind in JSONL_SUFFIXES:
        yield from _jsonl(source, stream, limits)
    elif kind in ZIP_SUFFIXES:
        yield from zip_members(source, stream, limits, read_member)
    elif kind in TAR_SUFFIXES:
        yield from tar_members(source, stream, limits, read_member)
    else:
        yield _guarded(source, lambda: _document(source, kind, read_bounded(stream, limits.report_bytes)))


def _guarded(source: str, read: Callable[[], Item]) -> Item:
    try:
        return read()
    except Exception as error:  # any failure to read one report is that report's error
        return SourceError.of(source, error)


def _document(source: str, kind: str | None, data: bytes) -> SourceDocument:
    if kind in HTML_SUFFIXES:
        page = extract_page(data)
        return SourceDocument(source, source, page.text, url=page.url, title=page.title, page_date=page.date)
    return SourceDocument(source, source, decode(data))


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Each line of a JSON Lines file with its number; None for a line over ``limit`` bytes,
    which is passed over without being held whole."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line
            continue
        while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
            pass
        yield number, None


def _jsonl(source: str, stream: IO[bytes], limits: ReadLimits) -> Iterator[Item]:
    for number, line in _lines(stream, limits.report_bytes):
        where = f"{source}:{number}"
        if line is None:
            yield SourceError(where, "TooLarge", f"a line of more than {limits.report_bytes:,} bytes")
        elif line.strip():
            yield _guarded(where, partial(_jsonl_document, where, line))


def _jsonl_document(where: str, line: bytes) -> SourceDocument:
    data = json.loads(decode(line))
    if not isinstance(data, dict):
        raise ValueError(f"a line must be a JSON object, got {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError("the 'text' field must be a string")
    fields: dict[str, Any] = {key: data.get(key) for key in _OPTIONAL_FIELDS}
    if any(value is not None and not isinstance(value, str) for value in fields.values()):
        raise ValueError("'id', 'url' and 'title' must be strings")
    for key, value in {"text": text, **fields}.items():
        if value is not None and (found := LONE_SURROGATE.search(value)):
            raise ValueError(f"the '{key}' field has a lone surrogate U+{ord(found.group()):04X} "
                             f"at character {found.start()}")
    return SourceDocument(fields["id"] or where, where, text, coerce_reference_date(data.get("reference_date")),
                          fields["url"], fields["title"])


def estimate_count(paths: Iterable[Path]) -> int:
    """About how many reports ``read_sources`` will yield, from names and line counts only."""
    total = 0
    for path in walk(paths):
        if not isinstance(path, Path):
            continue
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


__all__ = ["ReadLimits", "SourceDocument", "SourceError", "SourceSkip", "estimate_count", "read_sources"]
