"""The label a line of a minutes layout stands under: its own "Apologies:" before a colon,
or the short heading line ("ABSENT WITH APOLOGY", "Present") that opens its block of lines.

Minutes list people in blocks: who was present, in attendance, sent apologies, was absent.
A name's block says whether the person was at the meeting, where its sentence says nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LONGEST_HEADING = 6  # words: a heading names its block, it does not say anything


@lru_cache(maxsize=4)
def _block_starts(text: str) -> tuple[int, ...]:
    """Where each block of lines begins (0, and after each blank line), found once per text:
    every name on a page asks for its label."""
    return (0, *(blank.end() for blank in _BLANK_LINE.finditer(text)))


def block_label(text: str, at: int) -> str:
    """The label of the line holding character ``at``: the words before a colon at the line's
    start, else the heading that opens its block (lower case; empty when there is none)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    if ":" in before:
        return before[: before.index(":")].strip().lower()
    starts = _block_starts(text)
    block_start = starts[bisect_right(starts, line_start) - 1]
    if block_start >= line_start:
        return ""  # the line opens its block: no heading above it
    heading = text[block_start : text.index("\n", block_start)].strip().rstrip(":")
    if len(heading.split()) > _LONGEST_HEADING or heading.endswith((".", "!", "?")):
        return ""
    return heading.lower()
