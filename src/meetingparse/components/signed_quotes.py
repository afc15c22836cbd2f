"""Quotations signed after their closing mark: '"Funds are scarce. Where money is available,
we will appropriate it." - Senator Kabiru Dauda.' Pull quotes, quote round-ups and captions
attribute a paragraph of quotation so, with a dash and the speaker's name (and post) after it,
and no reporting verb at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from .lexical import DASHES, line_of
from .people import PersonCluster
from .statements import DOUBLE_QUOTES, OPENING_DOUBLE_QUOTES, strip_edges


def _paragraph(sentence: Span) -> str:
    """The text of the line a sentence's first word stands on."""
    first = next((t for t in sentence if not t.is_space), None)
    return line_of(first).text if first is not None else ""


def signed_paragraph(sentence: Span) -> bool:
    """A sentence of a paragraph that is one quotation signed after its closing mark and a dash."""
    paragraph = _paragraph(sentence)
    marks = [i for i, c in enumerate(paragraph) if c in DOUBLE_QUOTES]
    return (paragraph[:1] in OPENING_DOUBLE_QUOTES and len(marks) == 2
            and paragraph[marks[1] + 1 :].lstrip()[:1] in DASHES)


def _signing_dash(line: Span) -> Token | None:
    """The dash right after a line's closing quote mark."""
    doc = line.doc
    return next((t for t in line if t.text in DASHES and t.i > line.start and doc[t.i - 1].text in DOUBLE_QUOTES), None)


def in_signature(sentence: Span) -> bool:
    """A sentence of a signed paragraph that holds only (part of) its signature."""
    words = [t for t in sentence if not t.is_space]
    if not words or not signed_paragraph(sentence):
        return False
    dash = _signing_dash(line_of(words[0]))
    return dash is not None and words[0].i > dash.i


def signed_quote(sentence: Span, people: Sequence[PersonCluster]) -> tuple[int, Span | None] | None:
    """Who signs the quotation this sentence closes, and the words of it in this sentence
    (None when the mark closes the sentence before); None when no one found signs it."""
    words = [t for t in sentence if not t.is_space]
    if not words or not signed_paragraph(sentence):
        return None
    line = line_of(words[0])
    dash = _signing_dash(line)
    if dash is None or not sentence.start <= dash.i < sentence.end:
        return None
    signature = range(dash.i + 1, line.end)
    signer = next((k for k, person in enumerate(people) for mention in person.mentions
                   if mention.start in signature), None)
    if signer is None:
        return None
    closing = dash.i - 1
    part = strip_edges(sentence.doc[sentence.start : closing]) if closing > sentence.start else None
    return signer, part
