"""The line that names the chair at the head of minutes ("In the Chair: His Worship the
Mayor, Cr Neville Ashdown", "Chair - Priya Raman"): the first line of the page's head that a
chair's label opens, and where the name on it begins, past the styles and offices before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .headings import labelled_line

CHAIR_LABEL_LINES = 20  # a chair's labelled line ("Chair: X") stands at the head of the minutes


def chair_line(doc: Doc, labels: tuple[re.Pattern[str], ...]) -> Span | None:
    """The words after a chair's label on the first line at the head of the page it opens."""
    return labelled_line(doc, labels, CHAIR_LABEL_LINES)


def name_start(line: Span, is_style: Callable[[Token], bool]) -> int:
    """Where the name on a chair's line begins: past punctuation, determiners, possessives
    ("His Worship the Mayor, Cr") and the words ``is_style`` takes for a style or an office."""
    doc, start = line.doc, line.start
    while start < line.end and (doc[start].is_punct or doc[start].pos_ in {"DET", "PRON"} or is_style(doc[start])):
        start += 1
    return start
