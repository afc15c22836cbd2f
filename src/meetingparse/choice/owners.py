"""Where a page names the body a meeting belongs to, beyond the entities the model tags: the
meeting's own name ("the meeting of the federal cabinet", "the Parish Council meeting", "the
Board's meeting"), the subject of a meeting verb ("the Cabinet met"), the page's header and
closing lines ("JURONG POLYCHEM LIMITED" above the minutes), and the spelled-out name an
acronym stands for ("Shomota Social Welfare Society (SSWS)"). Each is a phrase the organizer
decision may choose, labelled by where it came from."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from ..components.letterheads import line_bodies
from ..components.lexical import verb_in
from ..components.marks import person_at, text_of
from ..components.meeting import MeetingReader
from ..components.org_names import spelled_out_names

_CUT_WORDS = {",", ";", ":", "(", ")", "-", "–", "—", "|", "held", "on", "at", "in", "to", "for", "with", "from"}
_LEADING = {"DET", "PRON", "NUM", "PUNCT", "ADP", "CCONJ", "SPACE"}
_EDGE_LINES = 3  # the header and closing lines read for a body's name
_LABEL = re.compile(r"\s*[^\W\d_][\w ]{0,24}[:：]\s")  # a line that opens with a label: "Related: ", "Filed under: "


def owner_phrases(doc: Doc, meetings: MeetingReader, lex: Mapping[str, frozenset[str]]) -> Iterator[tuple[str, Span]]:
    """Every phrase that may name the meeting's body, with its source: ``owner`` (the
    meeting's own name), ``subject`` (of a meeting verb), ``edge_line`` or ``expansion``."""
    for noun in meetings.meeting_nouns(doc):
        for phrase in _owned_by(noun, lex):
            yield "owner", phrase
        subject = _subject_of_meeting_verb(noun, lex)
        if subject is not None:
            yield "subject", subject
    for span in _edge_lines(doc, lex):
        yield "edge_line", span
    for span in spelled_out_names(doc):
        yield "expansion", span


def _owned_by(noun: Token, lex: Mapping[str, frozenset[str]]) -> Iterator[Span]:
    """The body a meeting noun names as its own: after "of", as its possessor, or before it."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
            if body is not None:
                yield from _body(doc[body.left_edge.i : body.right_edge.i + 1], lex)
        elif child.dep_ == "poss":
            yield from _body(doc[child.left_edge.i : child.i + 1], lex)
    modifiers = [c for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"}]
    if modifiers:
        yield from _body(doc[min(m.left_edge.i for m in modifiers) : noun.i], lex)


def _subject_of_meeting_verb(noun: Token, lex: Mapping[str, frozenset[str]]) -> Span | None:
    """The subject of the verb that holds the meeting ("the Board held its meeting") or of a
    meeting verb the meeting noun hangs from ("the Cabinet met for its weekly meeting")."""
    verb = noun.head
    while verb.dep_ in {"prep", "pobj"} and verb.head.i != verb.i:
        verb = verb.head
    if not (verb_in(verb, lex["hold_verbs"]) or verb_in(verb, lex["meet_verbs"])):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == noun.i:
        return None
    return next(_body(noun.doc[subject.left_edge.i : subject.right_edge.i + 1], lex), None)


def _body(span: Span, lex: Mapping[str, frozenset[str]]) -> Iterator[Span]:
    """A phrase cut to a body's name: up to a date, a verb or a clause mark, without leading
    determiners, numbers or ordinals, and only if it reads as a name (a capital or an
    organization head noun) and names no person."""
    cut = next((t.i for t in span if t.lower_ in _CUT_WORDS or t.ent_type_ in {"DATE", "TIME"}
                or t.pos_ in {"VERB", "AUX"} or "\n" in t.text), span.end)
    start = span.start
    while start < cut and (span.doc[start].pos_ in _LEADING or span.doc[start].ent_type_ == "ORDINAL"):
        start += 1
    end = cut
    while end > start and span.doc[end - 1].lower_ in {"'s", "’s"} | {"and", "&"}:
        end -= 1
    if end <= start:
        return
    body = span.doc[start:end]
    words = {t.lower_ for t in body} | {t.lemma_.lower() for t in body}
    named = any(t.text[:1].isupper() for t in body) or bool(words & lex["org_heads"])
    if named and not any(person_at(t) is not None for t in body):
        yield body


def _edge_lines(doc: Doc, lex: Mapping[str, frozenset[str]]) -> Iterator[Span]:
    """Short lines at the page's top and bottom (letterheads, footers) that hold an organization
    head noun, each part between separators ("A Minutes - X NHS Trust"); not a labelled line
    ("Related: X | Y", "Tags: X"), which lists links, not the page's own body."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text_of(doc))
             if m.group().strip() and not _LABEL.match(m.group())]
    for start, line in [*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]]:
        yield from line_bodies(doc, start, line, lex["org_heads"])
