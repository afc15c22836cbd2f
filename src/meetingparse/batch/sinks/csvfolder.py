"""What makes a folder of CSV tables ours, and which bytes of it are committed.

A folder is ours when it holds the marker file ``meetingparse.json``
(``{"producer": "meetingparse", "format": "csv", "schema_version": N}``),
written once the tables exist, and the commit journal
``meetingparse-commits.jsonl``. After a report's rows are appended and synced
to disk, one journal line records the byte length of every table file; so on
reopening, whatever lies past the last complete line's lengths is the tail of a
report a kill interrupted, and nothing before it is ever cut. A table shorter
than its committed length, a marker of another version or a journal line we did
not write means the folder was changed by something else: it is refused, not
repaired by guessing. A journal written before a table was added to the schema
(after :data:`TABLES_OF_0_1`) has no length for it: it counts as committed empty,
so an older folder is extended, not refused. The journal is rewritten to its
last line when opened and every :data:`COMPACT_EVERY` commits, so it stays small.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..schema import PRODUCER, SCHEMA_VERSION, TABLES_OF_0_1, ForeignOutput

MARKER = "meetingparse.json"
JOURNAL = "meetingparse-commits.jsonl"
MARK = {"producer": PRODUCER, "format": "csv", "schema_version": SCHEMA_VERSION}
COMPACT_EVERY = 4096

_sync = getattr(os, "fdatasync", os.fsync)


class FolderInUse(RuntimeError):
    """A folder another sink (in this process or another) is writing: two writers would interleave rows."""


def lock(directory: Path) -> int | None:
    """Hold ``directory`` for one sink at a time (an advisory lock on the folder itself, so nothing is
    written to take it); the descriptor to close to release it, or None where folders cannot be locked."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise FolderInUse(f"{directory} is being written by another meetingparse run: "
                          "wait for it to end, or give another folder") from None
    except OSError:  # a file system without locks: go on unlocked, as before locks were taken
        os.close(fd)
        return None
    return fd


def write_all(file: Any, data: bytes) -> None:
    """Write all of ``data`` to an unbuffered file (whose ``write`` may take only part of it) and sync it."""
    view = memoryview(data)
    while view:
        view = view[file.write(view):]
    _sync(file.fileno())


def _sync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (not possible, nor needed, where folders cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` whole or not at all."""
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("wb", buffering=0) as stream:
        write_all(stream, data)
    os.replace(temporary, path)
    _sync_dir(path.parent)


def write_marker(directory: Path) -> None:
    _replace(directory / MARKER, (json.dumps(MARK) + "\n").encode())


def _committed(path: Path, tables: list[str]) -> dict[str, int] | None:
    """The table lengths of the journal's last complete line (a last line without its newline is a commit
    a kill interrupted), 0 for a table added since the folder was made; None if there is none."""
    sizes: dict[str, int] | None = None
    with path.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                found = json.loads(line)["sizes"]
                valid = TABLES_OF_0_1 <= set(found) <= set(tables) and all(
                    type(n) is int and n >= 0 for n in found.values())
            except (ValueError, KeyError, TypeError, AttributeError):
                valid = False
            if not valid:
                raise ForeignOutput(f"{path} holds a line meetingparse did not write: {line[:120]!r}")
            sizes = {name: found.get(name, 0) for name in tables}
    return sizes


def committed_sizes(directory: Path, tables: list[str]) -> dict[str, int] | None:
    """The committed byte length of each ``TABLE.csv`` of a folder of ours, or None for a folder without a
    marker (new, or made before folders were marked: the caller checks its headers). Writes nothing;
    raises :class:`ForeignOutput` for a marker of another kind or version or a folder changed since."""
    marker = directory / MARKER
    if not marker.exists():
        return None
    text = marker.read_bytes()[:300]
    try:
        found = json.loads(text)
    except ValueError:
        found = text
    if found != MARK:
        raise ForeignOutput(f"{marker} holds {found!r}, but this meetingparse writes {MARK}: "
                            "use the meetingparse that made the folder, or give a new or empty folder")
    journal = directory / JOURNAL
    sizes = _committed(journal, tables) if journal.exists() else None
    if sizes is None:
        raise ForeignOutput(f"{directory} has a meetingparse marker but no commit in {JOURNAL}: "
                            "it was changed outside meetingparse; give a new or empty folder")
    for name, size in sizes.items():
        path = directory / f"{name}.csv"
        actual = path.stat().st_size if path.exists() else 0
        if actual < size:
            raise ForeignOutput(f"{path} has {f'{actual} bytes' if path.exists() else 'no file'} but {size} "
                                "bytes of it were committed: it was changed outside meetingparse, and rows "
                                "would be lost; restore it or give a new or empty folder")
    return sizes


class Journal:
    """The commit journal of a folder: :meth:`commit` after each report's rows are synced."""

    def __init__(self, directory: Path, sizes: dict[str, int]) -> None:
        self.path = directory / JOURNAL
        self._file: Any = None
        self._start(None, sizes)

    def _start(self, report: str | None, sizes: dict[str, int]) -> None:
        """Rewrite the journal as this one commit, atomically, and append to it from here."""
        if self._file is not None:
            self._file.close()
        line = _line(report, sizes)
        _replace(self.path, line)
        self._file = self.path.open("ab", buffering=0)
        self._size = len(line)
        self._count = 0

    def commit(self, report: str, sizes: dict[str, int]) -> None:
        """Record that the tables now have these lengths; on failure the journal is as it was."""
        line = _line(report, sizes)
        try:
            write_all(self._file, line)
        except BaseException:
            os.ftruncate(self._file.fileno(), self._size)
            raise
        self._size += len(line)
        self._count += 1
        if self._count >= COMPACT_EVERY:
            self._start(report, sizes)

    def close(self) -> None:
        self._file.close()


def _line(report: str | None, sizes: dict[str, int]) -> bytes:
    return (json.dumps({"report": report, "sizes": sizes}) + "\n").encode("ascii")
