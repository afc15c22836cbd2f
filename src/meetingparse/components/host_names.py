"""The host's full name where the page gives it: an acronym's or a short name's fuller form,
the body a sitting's name stands for ("Full Council" -> "Laois County Council"), and the
named institution a page is about; and whether a host is only a place."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .lexical import dated_after, is_lone_acronym, is_lone_head
from .marks import text_of
from .organizations import ORG_KEY, abbreviates


def institution(doc: Doc, lex: Mapping[str, frozenset[str]]) -> Span | None:
    """The named institution (university, college, ...) the page names most often."""
    named = doc._.mp_named_hosts or {}
    text = text_of(doc).lower()
    kinds = [h for h in lex["institution_kinds"] if h in named]
    best = max(kinds, key=lambda h: (text.count(h), h), default=None)
    return named[best] if best is not None else None


def bare_place(doc: Doc, host: Span, lex: Mapping[str, frozenset[str]]) -> bool:
    """A place that names no body of its own on the page, unlike "Linyi" of "Linyi Municipal
    Party Committee", or a dateline's place ("Accra, 14 October 2025 -- The Minister held ...")."""
    return dated_after(host) or (all(t.ent_type_ == "GPE" for t in host) and complete_name(doc, host, lex) == host)


def complete_name(doc: Doc, host: Span | None, lex: Mapping[str, frozenset[str]]) -> Span | None:
    """The host's full name where the text gives it: "UM" -> "Universiti Malaya",
    "Linyi" -> "Linyi Municipal Party Committee", "Consulate General" -> "Consulate
    General of X in Chicago"; no host for a lone "University"."""
    if host is None:
        return None
    if is_lone_head(host, lex["org_heads"]):
        return None
    if _names_a_sitting(host, lex):
        return _body_with_head(doc, host[-1], lex)
    named = [o for o in doc.spans[ORG_KEY] if len(o) > len(host)]
    if is_lone_acronym(host):
        fuller = [o for o in named if abbreviates(host[0].text, o.text)]
    else:
        fuller = [o for o in named if o[: len(host)].text == host.text]
    return max(fuller, key=len, default=host)


def _names_a_sitting(host: Span, lex: Mapping[str, frozenset[str]]) -> bool:
    """A host named by a sitting of its body, not by the body's name: "Full Council",
    "Ordinary Council" (which ``complete_name`` resolves to the body)."""
    return (len(host) > 1 and host[-1].lower_ in lex["org_heads"]
            and all(t.lower_ in lex["sitting_modifiers"] for t in host[:-1]))


def _body_with_head(doc: Doc, head: Token, lex: Mapping[str, frozenset[str]]) -> Span | None:
    """The body the page names in full with the same head noun, most often, if any
    ("Laois County Council" for the "Full Council")."""
    bodies = [o for o in doc.spans[ORG_KEY] if o[-1].lower_ == head.lower_ and not _names_a_sitting(o, lex)
              and len(o) > 1]
    texts = [o.text.lower() for o in bodies]
    return max(bodies, key=lambda o: (texts.count(o.text.lower()), len(o), -o.start), default=None)
