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
_ITEM_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?|\(?[a-z]\)|[ivx]+[.)])\s*(?:[/:-]\s*)?", re.IGNORECASE)
_LONGEST_HEADING = 6  # words: a heading names its block, it does not say anything
_LONGEST_ITEM = 10  # words of one item of a list spaced a blank line apart
_LONGEST_SPACED_LIST = 40  # items of such a list read back to its label
_LONGEST_WORD_HEADING = 4  # words: a line of letters only, no longer, is a heading, not a statement


@lru_cache(maxsize=4)
def _block_starts(text: str) -> tuple[int, ...]:
    """Where each block of lines begins (0, and after each blank line), found once per text:
    every name on a page asks for its label."""
    return (0, *(blank.end() for blank in _BLANK_LINE.finditer(text)))


def block_start(text: str, at: int) -> int:
    """Where the block of lines holding character ``at`` begins."""
    starts = _block_starts(text)
    return starts[bisect_right(starts, at) - 1]


def block_label(text: str, at: int) -> str:
    """The label of the line holding character ``at``: the words before a colon at the line's
    start, else the nearest label line above it in its block ("1.3 / Apologies:"), else the
    heading that opens its block (lower case, without an item number; empty when there is none)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    if ":" in before:
        return _without_number(before[: before.index(":")])
    lines = _lines_above(text, line_start)
    if not lines:
        return ""  # the line opens its block: no heading above it
    label = next((line for line in reversed(lines[1:]) if _is_label_line(line)), None)
    heading = (label or lines[0]).strip().rstrip(":")
    if len(heading.split()) > _LONGEST_HEADING or heading.endswith((".", "!", "?")):
        return ""
    return _without_number(heading)


def under_label(text: str, at: int) -> bool:
    """Whether the line holding character ``at`` stands under a label, one of a block of short
    lines listing what the label names ("Present:" then "Karen Holt", "David Moss" a line
    each): a label line ending with a colon above it in its block, or an all-capitals heading
    opening the block ("PRESENT")."""
    lines = _lines_above(text, text.rfind("\n", 0, at) + 1)
    if not lines:
        return False
    opening = lines[0].strip()
    return _is_capital_heading(opening) or _is_word_heading(opening) or any(_is_label_line(line) for line in lines)


def _is_word_heading(line: str) -> bool:
    """A heading of a few words only, capitalized, without a colon ("Board members present"),
    a slash joining its words where it gives two ("Apologies/Absent", or the same in two
    languages: "Members Present/Comhaltaí i Láthair")."""
    words = line.split()
    return 0 < len(words) <= _LONGEST_WORD_HEADING and line[:1].isupper() and all(
        w.replace("/", "").isalpha() for w in words)


def _lines_above(text: str, line_start: int) -> list[str]:
    """The lines of a block above the line that starts at ``line_start``, after the label that
    heads the block as a block of its own ("Members Present:", a blank line, then the names)."""
    first = block_start(text, line_start)
    above = text[first : line_start - 1].split("\n") if first < line_start else []
    label = _lone_label_before(text, first)
    return ([label] if label is not None else []) + above


def _lone_label_before(text: str, first: int) -> str | None:
    """The block before the one starting at ``first`` when it is a single label line: a short
    line ending with a colon or a short all-capitals heading; in a list spaced a blank line
    apart ("Present:", then "Morag Maciver, Chairperson", "Shona Kennedy, Secretary", each a
    block), the label above the one-line items before it."""
    starts = _block_starts(text)
    index = bisect_right(starts, first) - 1
    if index <= 0 or starts[index] != first:
        return None
    for earlier in range(index - 1, max(index - _LONGEST_SPACED_LIST, 0) - 1, -1):
        lines = [line for line in text[starts[earlier] : starts[earlier + 1]].split("\n") if line.strip()]
        if len(lines) != 1:
            return None
        line = lines[0].strip()
        if _is_label_line(line) or _is_capital_heading(line):
            return line
        if not _is_spaced_item(line):
            return None
    return None


def _is_spaced_item(line: str) -> bool:
    """A short line that lists one thing, not a sentence ("Shona Kennedy, Secretary")."""
    return len(line.split()) <= _LONGEST_ITEM and not line.endswith((".", "!", "?", ":"))


def _is_capital_heading(line: str) -> bool:
    """A short heading in capitals that names the block under it ("PRESENT")."""
    return line.isupper() and len(line.split()) <= _LONGEST_HEADING


def _is_label_line(line: str) -> bool:
    """A short line that ends with a colon and labels the lines under it ("Apologies:")."""
    line = line.strip()
    return line.endswith(":") and len(line.split()) <= _LONGEST_HEADING


def _without_number(label: str) -> str:
    """A label without its item number, lower case: "1.3 / Apologies" -> "apologies"."""
    return _ITEM_NUMBER.sub("", label.strip()).lower()
