"""Mark page debris: breadcrumbs, release lines, bylines, credits, postal footers.

Debris is marked, never deleted: each debris line becomes a span in
``doc.spans["mp_debris"]`` and later components skip what lies inside one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent

DEBRIS_KEY = "mp_debris"
_LINE = re.compile(r"[^\n]+")

Token.set_extension("mp_debris", default=False, force=True)


class DebrisMarker(RuleComponent):
    """Mark each line of the page that a debris pattern matches."""

    patterns = ("debris_lines",)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for line in _LINE.finditer(doc.text):
            text = line.group()
            if text.strip() and any(rx.search(text) for rx in self.rx["debris_lines"]):
                span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(span)
                    for token in span:
                        token._.mp_debris = True
        doc.spans[DEBRIS_KEY] = spans
        return doc


@Language.factory("meetingparse_debris", default_config={"assets": None})
def make_debris(nlp: Language, name: str, assets: str | None) -> DebrisMarker:
    """Factory of the debris marker."""
    return DebrisMarker(name, assets=assets)
