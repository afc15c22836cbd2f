"""How much one report or archive may hold before it is refused unread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO


class TooLarge(ValueError):
    """An input over one of the :class:`ReadLimits`."""


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what is read, so that a huge file or an archive bomb is one error row
    rather than a full memory. Every size is checked before the bytes are read whole."""

    report_bytes: int = 8_000_000  # one file, archive member or JSON Lines line
    members: int = 1_000_000  # members of one archive
    ratio: int = 200  # how many times its compressed size a zip member may grow
    nesting: int = 3  # archives inside archives, below the one named


def read_bounded(stream: IO[bytes], limit: int) -> bytes:
    """All of ``stream``, or :class:`TooLarge` as soon as it passes ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"more than {limit:,} bytes (the limit for one report)")
    return data
