"""A page's letterhead: the short lines that carry a body's name at the top (or the foot) of
its own papers ("JURONG POLYCHEM LIMITED" above the minutes, "Jubilee Parish Council" over
"Minutes of the meeting held on ..."), and the shape of such a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .marks import text_of

_LINE_SEPARATOR = re.compile(r" [-–—|>»›] |: ")
_LONGEST_LINE = 12  # words: a longer line is prose, not a letterhead
_LONGEST_NAME = 9  # words of a letterhead's name
_NAME_LINKS = {"of", "and", "&", "the", "for", "in", "on"}


def name_shaped(span: Span) -> bool:
    """A short run of capitalized words without a verb or a number: a name, not a headline,
    a sentence or a numbered item."""
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > _LONGEST_NAME or any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in words):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in words)


def reads_as_body(span: Span, heads: frozenset[str]) -> bool:
    """A name headed by an organization noun (its last word, or the word before "of"): a
    letterhead, not a headline or an item."""
    if not name_shaped(span):
        return False
    words = [t for t in span if not t.is_punct]
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), len(words))
    return words[of - 1].lower_ in heads if of else False


def line_bodies(doc: Doc, start: int, line: str, heads: frozenset[str]) -> Iterator[Span]:
    """The bodies' names a short line of the page holds (it starts at character ``start``),
    each part between separators on its own ("A Minutes - X NHS Trust")."""
    if len(line.split()) > _LONGEST_LINE:
        return
    parts = [(m.start(), m.end()) for m in _LINE_SEPARATOR.finditer(line)]
    bounds = zip([0, *(end for _, end in parts)], [*(begin for begin, _ in parts), len(line)])
    for part_start, part_end in bounds:
        part = line[part_start:part_end]
        begin = start + part_start + len(part) - len(part.lstrip())
        span = doc.char_span(begin, begin + len(part.strip()), alignment_mode="contract")
        if span is not None and reads_as_body(span, heads):
            yield span


def letterhead(doc: Doc, heading: Span, heads: frozenset[str]) -> Span | None:
    """The first body's name on the lines above a record's heading ("Kilbride Community
    Council" over "Minutes of Meeting held 3rd March 2025"): the body whose record it is."""
    text = text_of(doc)
    end = text.rfind("\n", 0, heading.start_char)
    for match in re.finditer(r"[^\n]+", text[: max(end, 0)]):
        body = next(line_bodies(doc, match.start(), match.group(), heads), None)
        if body is not None:
            return body
    return None
