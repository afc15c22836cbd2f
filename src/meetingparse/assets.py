"""Where the pipeline's rule assets (lexicons, patterns) live, and how they are read.

Assets are plain text, one entry a line, ``#`` starting a comment. In an
installed wheel they ship inside the package (``meetingparse/models``); in a
source checkout they are the repository's ``models/`` folder.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_PACKAGED = Path(__file__).resolve().parent / "models"
_CHECKOUT = Path(__file__).resolve().parents[2] / "models"


def assets_dir() -> Path:
    """The folder holding the default rule assets."""
    for candidate in (_PACKAGED, _CHECKOUT):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"meetingparse's rule assets are missing (looked in {_PACKAGED} and {_CHECKOUT})"
    )


def assets_folder(assets: str | None) -> Path:
    """The folder of a pipeline's assets: the one a component's config names, else the defaults."""
    return Path(assets) if assets else assets_dir()


def read_entries(path: Path) -> list[str]:
    """The non-empty, non-comment lines of an asset file, stripped."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            entries.append(line)
    return entries


@cache
def _cached_entries(path: Path) -> tuple[str, ...]:
    return tuple(read_entries(path))


def lexicon(path: Path) -> frozenset[str]:
    """A lexicon file as a set of lower-cased entries."""
    return frozenset(entry.lower() for entry in _cached_entries(path))


def regex_list(path: Path) -> tuple[re.Pattern[str], ...]:
    """A file of regular expressions, one a line, compiled case-insensitively."""
    return tuple(re.compile(entry, re.IGNORECASE) for entry in _cached_entries(path))
