"""Find the input files of a run without leaving the input tree or blocking on a special file.

A folder is walked recursively in name order. Symbolic links are followed only
to places inside the folder given (a link out of it, or a link loop, is an
error of that link, not the end of the run), and a folder reached twice is
walked once. Only regular files are read: a FIFO would block the run for ever
and a device such as ``/dev/zero`` never ends, so they are errors too. A file
that is no kind of report (no supported suffix) is a counted skip.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Union

from .items import SourceError, SourceSkip, printable
from .kinds import SUFFIXES, kind_of

Found = Union[Path, SourceError, SourceSkip]


def walk(paths: Iterable[Path]) -> Iterator[Found]:
    """Every input file under ``paths``, with an error for each link or special file not read
    and a skip for each file of no report kind in a folder (named directly, it is an error)."""
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            yield from _walk_folder(path, root, {root})
        elif kind_of(path.name) is None:
            yield SourceError(printable(str(path)), "UnsupportedInput", f"not one of {', '.join(SUFFIXES)}")
        else:
            yield _regular(path)


def _walk_folder(folder: Path, root: Path, seen: set[Path]) -> Iterator[Found]:
    """The files under ``folder``; ``seen`` holds every folder walked so far in this walk, so
    that links reaching a folder twice (or a pyramid of links) cost nothing more."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield SourceError.of(printable(str(folder)), error)
        return
    for entry in entries:
        child = Path(entry.path)
        source = printable(entry.path)
        if entry.is_symlink():
            try:
                target = child.resolve(strict=True)
            except (OSError, RuntimeError):  # a dangling link or a loop of links
                yield SourceError(source, "SkippedLink", "a symbolic link that leads nowhere or into a loop")
                continue
            if not target.is_relative_to(root):
                yield SourceError(source, "SkippedLink", "a symbolic link out of the input folder")
                continue
        if entry.is_dir():
            real = child.resolve()
            if real not in seen:
                seen.add(real)
                yield from _walk_folder(child, root, seen)
        elif kind_of(entry.name) is None:
            yield SourceSkip(source, f"not a report file ({', '.join(SUFFIXES)})")
        else:
            yield _regular(child)


def _regular(path: Path) -> Path | SourceError:
    """The path if it is a regular file (checked without opening it), else its error."""
    source = printable(str(path))
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return SourceError.of(source, error)
    if stat.S_ISREG(mode):
        return path
    kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a socket"
            if stat.S_ISSOCK(mode) else "a device")
    return SourceError(source, "SkippedInput", f"{kind}, not a regular file")
