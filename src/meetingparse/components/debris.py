"""Mark page debris: breadcrumbs, release lines, bylines, credits, postal footers.

Debris is marked, never deleted: each debris line becomes a span in
``doc.spans["mp_debris"]`` and later components skip what lies inside one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .base import RuleComponent
from .marks import mark_debris, text_of

DEBRIS_KEY = "mp_debris"
_LINE = re.compile(r"[^\n]+")
_PARTICULARS = 3  # the most lines of a meeting's particulars ("Date:", "Time:") from its venue line



class DebrisMarker(RuleComponent):
    """Mark each line of the page that a debris pattern matches, except the lines of a meeting's
    particulars: a "Date:" or "Time:" line beside a "Venue:" line is the meeting's, not the
    page's publication date (patterns ``venue_labels``)."""

    patterns = ("debris_lines", "debris_inline", "venue_labels")

    def _matches(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of debris: whole matching lines, and inline credits."""
        ranges = []
        lines = [line for line in _LINE.finditer(text) if line.group().strip()]
        for i, line in enumerate(lines):
            if any(rx.search(line.group()) for rx in self.rx["debris_lines"]) and not self._beside_venue(lines, i):
                ranges.append((line.start(), line.end()))
        for rx in self.rx["debris_inline"]:
            ranges.extend((m.start(), m.end()) for m in rx.finditer(text))
        return sorted(ranges)

    def _beside_venue(self, lines: list[re.Match[str]], index: int) -> bool:
        """Whether a line gives a meeting's venue ("Venue: Council Chamber") next to a line, or past
        the other particulars between them ("Date: ...", "Time: ...", "Venue: ...")."""
        for step in (-1, 1):
            i = index + step
            while 0 <= i < len(lines) and abs(i - index) <= _PARTICULARS:
                line = lines[i].group()
                if any(rx.match(line.lstrip()) for rx in self.rx["venue_labels"]):
                    return True
                if not any(rx.search(line) for rx in self.rx["debris_lines"]):
                    break
                i += step
        return False

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for start, end in self._matches(text_of(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
                for token in span:
                    mark_debris(token)
        doc.spans[DEBRIS_KEY] = spans
        return doc


@Language.factory("meetingparse_debris", default_config={"assets": None})
def make_debris(nlp: Language, name: str, assets: str | None) -> DebrisMarker:
    """Factory of the debris marker."""
    return DebrisMarker(name, assets=assets)
