"""The heading of a meeting's own record ("MINUTES OF THE BOARD OF MANAGEMENT MEETING OF X
HELD ON 16TH JANUARY 2025"): when a page opens with one, the meeting it names is the meeting
the page reports, and its words up to "held", a date, a comma or the line's end are that
meeting's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .marks import text_of

_FIRST_LINES = 6  # a record's heading stands among the page's first lines
_NAME_ENDS = {"held", "convened", "conducted", "which", "that", "dated"}
_LOOSE_ENDS = {"of", "on", "at", "in", "for", "the", "and"}
_HEADING_KEY = "mp_record_heading"


def record_heading(doc: Doc, openings: tuple[re.Pattern[str], ...]) -> Span | None:
    """The meeting name a record's heading gives, found once per doc; None for a page that
    does not open with one."""
    if _HEADING_KEY not in doc.user_data:
        found = _read_heading(doc, openings)
        doc.user_data[_HEADING_KEY] = None if found is None else (found.start, found.end)
    bounds = doc.user_data[_HEADING_KEY]
    return None if bounds is None else doc[bounds[0] : bounds[1]]


def _read_heading(doc: Doc, openings: tuple[re.Pattern[str], ...]) -> Span | None:
    text = text_of(doc)
    start = 0
    for _ in range(_FIRST_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        indent = len(line) - len(line.lstrip())
        for opening in openings:
            match = opening.match(line, indent)
            if match is not None:
                name = doc.char_span(start + match.end(), end, alignment_mode="contract")
                return _name_part(name) if name is not None else None
        if end >= len(text):
            break
        start = end + 1
    return None


def _name_part(words: Span) -> Span | None:
    """The heading's words up to where the meeting's name ends."""
    cut = next((t.i for t in words if _ends_name(t)), words.end)
    while cut > words.start and words.doc[cut - 1].lower_ in _LOOSE_ENDS:
        cut -= 1  # "meeting of" before a date
    name = words.doc[words.start : cut]
    return name if len(name) else None


def _ends_name(token: Token) -> bool:
    """Where a name in a heading stops: "held", a date or time, a comma, a bracket or a dash."""
    return (token.lower_ in _NAME_ENDS or token.ent_type_ in {"DATE", "TIME"} or token.is_space
            or token.text in {",", "(", "-", "–", "—", ":", ";"})
