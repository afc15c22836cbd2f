"""Lists of bodies the model tagged as one name ("School of Japanese Studies, School of
Business and School of Software"): each body of the list, where every piece between its
commas, and each side of an "and" in them, names a body of its own. One body's name keeps
its "and" ("Ministry of Health and Sanitation"), its acronym in brackets and the company form
after its comma ("Co., Ltd.").
"""

from __future__ import annotations

from spacy.tokens import Span

from .lexical import pieces_between


def listed_bodies(span: Span, body_heads: frozenset[str], legal_forms: frozenset[str]) -> list[Span]:
    """The bodies a span lists, else the span: a name with no comma, or with an acronym in
    brackets, is one body ("Nigerian Maritime Administration and Safety Agency (NIMASA)")."""
    parts = _split_at(span, ",")
    if len(parts) < 2 or any(t.text == "(" for t in span) or not all(
            _headed(p, body_heads, legal_forms) for p in parts):
        return [span]
    return [side for part in parts for side in _split_and(part, body_heads, legal_forms)]


def _split_and(span: Span, body_heads: frozenset[str], legal_forms: frozenset[str]) -> list[Span]:
    """Both sides of an "and" when each is a body ("School of Business and School of
    Software"), not one body's name ("Ministry of Health and Sanitation")."""
    sides = _split_at(span, "and")
    return sides if len(sides) > 1 and all(_headed(s, body_heads, legal_forms) for s in sides) else [span]


def _headed(span: Span, body_heads: frozenset[str], legal_forms: frozenset[str]) -> bool:
    """A piece that names a body of its own: two words or more past a determiner, the first
    capitalized, headed by a body's head word ("School of Business", not "Party History
    Study") that is no company's legal form ("Ltd." of "Co., Ltd.")."""
    words = [t for t in span if t.pos_ != "DET" and not t.is_punct]
    head = head_before_of([t.lower_ for t in words])
    return len(words) >= 2 and words[0].text[:1].isupper() and head in body_heads \
        and head.rstrip(".") not in legal_forms


def _split_at(span: Span, word: str) -> list[Span]:
    """A span's pieces between the tokens ``word``, without empty ones."""
    return [p for p in pieces_between(span, word) if len(p)]


def head_before_of(words: list[str]) -> str:
    """A name's head where it takes "of": the word before its first "of" past the first word
    ("Committee of X"), else its last word; "" for no words."""
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""
