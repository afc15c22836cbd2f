"""Titles and bodies paired by "respectively": "the mayors of A, B and C, X, Y and Z
respectively" gives X the title "mayors" and the body A, Y the body B, Z the body C."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .marks import person_at, text_of
from .wordclass import WordClasses


def respective_positions(doc: Doc, words: WordClasses) -> dict[int, tuple[Span, Span]]:
    """Titles and bodies paired by "respectively": "the mayors of A, B and C,
    X, Y and Z respectively" gives X the title "mayors" and the body A."""
    found: dict[int, tuple[Span, Span]] = {}
    if "respectively" not in text_of(doc).lower():
        return found
    for word in doc:
        if word.lower_ != "respectively":
            continue
        people = _list_before(word)
        if not people or people[0].start < 2 or doc[people[0].start - 1].text != ",":
            continue
        comma = people[0].start - 1
        of = next((t for t in reversed(doc[word.sent.start : comma]) if t.lower_ == "of"), None)
        if of is None or of.i == 0 or not words.is_plural_position(doc[of.i - 1]):
            continue
        bodies = _split_coordination(doc[of.i + 1 : comma])
        if len(bodies) == len(people):
            for person, body in zip(people, bodies):
                index = person_at(person[0])
                if index is not None:
                    found[index] = (doc[of.i - 1 : of.i], body)
    return found


def _list_before(word: Token) -> list[Span]:
    """The coordinated person names right before a word ("X, Y and Z respectively")."""
    doc = word.doc
    names: list[Span] = []
    i = word.i - 1
    while i >= word.sent.start:
        person = person_at(doc[i])
        if person is None:
            break
        end = i + 1
        while i > word.sent.start and person_at(doc[i - 1]) == person:
            i -= 1
        names.insert(0, doc[i:end])
        i -= 1
        while i >= word.sent.start and doc[i].lower_ in {",", "and"}:
            i -= 1
    return names


def _split_coordination(span: Span) -> list[Span]:
    """The items of "A, B and C"."""
    items: list[Span] = []
    start = span.start
    for token in span:
        if token.lower_ in {",", "and"}:
            if token.i > start:
                items.append(span.doc[start : token.i])
            start = token.i + 1
    if span.end > start:
        items.append(span.doc[start : span.end])
    return items
