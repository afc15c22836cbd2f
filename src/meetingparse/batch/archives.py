"""Read zip and gzipped tar archives member by member, in memory, within the read limits.

Nothing from an archive is written to disk, so no member name can reach a path
outside the run. A member too large, compressed too far (a zip bomb), of no
report kind, or of a special kind (a tar link, device or FIFO) is an error row
or a counted skip of its own; past the member limit, the rest of the archive is
one error.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from typing import IO

from .items import Item, SourceError, SourceSkip, printable
from .kinds import kind_of
from .limits import ReadLimits, TooLarge, read_bounded

ReadMember = Callable[[str, str, IO[bytes]], Iterator[Item]]


def _over_members(source: str, limits: ReadLimits) -> SourceError:
    return SourceError(source, "TooLarge", f"more than {limits.members:,} members; the rest were not read")


def zip_members(source: str, stream: IO[bytes], limits: ReadLimits, read: ReadMember) -> Iterator[Item]:
    try:
        if not _seekable(stream):  # a zip inside a tar stream: read it first
            stream = io.BytesIO(read_bounded(stream, limits.report_bytes))
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, TooLarge) as error:
        yield SourceError.of(source, error)
        return
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        for number, info in enumerate(members):
            member = f"{source}!{printable(info.filename)}"
            if number == limits.members:
                yield _over_members(source, limits)
                return
            refusal = _zip_refusal(info, limits)
            if kind_of(info.filename) is None:
                yield SourceSkip(member, "not a report file")
            elif refusal:
                yield SourceError(member, "TooLarge", refusal)
            else:
                try:
                    with archive.open(info) as member_stream:
                        yield from read(member, info.filename, member_stream)
                except Exception as error:  # a broken member (bad CRC, bad deflate data) fails alone
                    yield SourceError.of(member, error)


def _seekable(stream: IO[bytes]) -> bool:
    """Whether a stream can seek, as zipfile needs (a tar member in a compressed stream cannot,
    and raises ``AttributeError`` when asked)."""
    try:
        return stream.seekable()
    except AttributeError:
        return False


def _zip_refusal(info: zipfile.ZipInfo, limits: ReadLimits) -> str | None:
    if info.file_size > limits.report_bytes:
        return f"{info.file_size:,} bytes uncompressed, more than the limit of {limits.report_bytes:,}"
    if info.file_size > limits.ratio * max(info.compress_size, 1) and info.file_size > 1_000_000:
        return f"compressed {info.file_size // max(info.compress_size, 1):,} to 1, more than {limits.ratio} to 1"
    return None


def tar_members(source: str, stream: IO[bytes], limits: ReadLimits, read: ReadMember) -> Iterator[Item]:
    try:
        with tarfile.open(fileobj=stream, mode="r|gz") as archive:
            for number, info in enumerate(archive):
                member = f"{source}!{printable(info.name)}"
                if number == limits.members:
                    yield _over_members(source, limits)
                    return
                if info.isdir():
                    continue
                yield from _tar_member(member, info, archive, limits, read)
    except (tarfile.TarError, EOFError, OSError) as error:
        # A compressed stream cannot be resynchronised: the rest of the archive is one error.
        yield SourceError.of(source, error)


def _tar_member(member: str, info: tarfile.TarInfo, archive: tarfile.TarFile, limits: ReadLimits,
                read: ReadMember) -> Iterator[Item]:
    if kind_of(info.name) is None:
        yield SourceSkip(member, "not a report file")
    elif not info.isfile():
        kind = "a link" if info.issym() or info.islnk() else "a device or FIFO"
        yield SourceError(member, "SkippedInput", f"{kind}, not a regular file; not read")
    elif info.size > limits.report_bytes:
        yield SourceError(member, "TooLarge", f"{info.size:,} bytes, more than the limit of {limits.report_bytes:,}")
    else:
        member_stream = archive.extractfile(info)
        if member_stream is not None:
            try:
                yield from read(member, info.name, member_stream)
            except (zipfile.BadZipFile, ValueError) as error:  # a member fails alone, as in a zip
                yield SourceError.of(member, error)

