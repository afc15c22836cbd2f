"""Make line breaks sentence boundaries: a page's headline, header and footer lines
are never one sentence with the paragraph that follows them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineBreaker:
    """Start a sentence at the first token after a line break (runs before the parser)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
        return doc


@Language.factory("meetingparse_lines")
def make_lines(nlp: Language, name: str) -> LineBreaker:
    """Factory of the line breaker."""
    return LineBreaker(name)
