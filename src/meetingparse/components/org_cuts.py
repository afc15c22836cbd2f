"""Cut an organization's name out of the span the model gave: before a title or a verb it
ran into ("X Holds ...", "X and Vice President"), what it owns ("X Council's | Agendas"), its
members' title ("Pacific Islands Forum | Foreign Ministers"), a quote or a line's mark, and
out of an acronym's brackets."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from .lexical import cut_before_title, is_acronym, singular_forms, verb_in
from .marks import person_at
from .name_edges import joins_name_parts

_LINE_MARKS = {"-", "–", "—", "•", "|"}
_QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’"}
_MEMBERS_LINKS = {"on", "of", "for", "'s", "’s"}  # words that tie a title to the body after it
_FIELD_LINKS = {"of", "for", "on", "and", "the"}  # before a body's field, not "to" ("X to Learn, Convey ...")


class NameCutter:
    """Cut names over the lexicons ``titles``, ``title_modifiers``, ``org_heads``, ``hold_verbs``
    and ``honorifics``."""

    def __init__(self, lex: Mapping[str, frozenset[str]]) -> None:
        self.lex = lex
        self.positions = lex["titles"] - lex["title_modifiers"]  # position words, not their modifiers
        self.title_vocabulary = lex["titles"] | lex["title_modifiers"]  # position words and their modifiers

    def cut(self, span: Span) -> Span:
        """The name before a verb or a title the model ran on into ("X Holds ...", "X and Vice President")."""
        doc = span.doc
        span = self._before_owned(cut_before_title(span, self.title_vocabulary, self.positions))
        opening = next((t.i for t in span[1:] if t.text == "("), None)
        if opening is not None:  # "Farmers Union (FU)" -> the name; "FU (Farmers Union)" -> the name
            before = doc[span.start : opening]
            close = next((t.i for t in span if t.text == ")" and t.i > opening), span.end)
            inside = doc[opening + 1 : close]
            span = inside if is_abbreviation(before) and len(inside) > 1 else before
        at = next((t.i for t in span[1:-1] if t.lower_ == "at"), None)
        heads = self.lex["org_heads"]
        if at is not None and not any(t.lower_ in heads for t in doc[span.start : at]) and any(
                t.lower_ in heads for t in doc[at + 1 : span.end]):  # "Fluvial Geomorphology at X University"
            span = doc[at + 1 : span.end]
        quoted = next((t.i for t in span[1:] if t.text in _QUOTE_MARKS and not _plural_possessive(t)), None)
        if quoted is not None:  # "Russian Federation Declares 'Special Military Operation'": no name holds a quote
            span = doc[span.start : quoted]
        breaks = [t.i for t in span if t.text in _LINE_MARKS and not joins_name_parts(t)]  # not "Co-operative"
        if breaks:  # "Ohio - ASAE", "Media Division • Department of X": the last piece
            span = doc[breaks[-1] + 1 : span.end]
        end = next((t.i for t in span[1:] if (verb_in(t, self.lex["hold_verbs"]) or t.pos_ in {"VERB", "ADV"})
                    and not _named_activity(t) or t.is_space or person_at(t) is not None
                    or self._addresses_after(t)), span.end)
        return self._before_members_title(doc[span.start : end])

    def _addresses_after(self, token: Token) -> bool:
        """A comma before a form of address ("the Ministry of Works, Eng. Sam Oketch"): the name
        ends there, the person's style follows."""
        doc = token.doc
        if token.text != "," or token.i + 1 >= len(doc):
            return False
        style = doc[token.i + 1]
        stop = token.i + 2 < len(doc) and doc[token.i + 2].text == "." and not style.whitespace_
        return style.lower_ in self.lex["honorifics"] or (stop and style.lower_ + "." in self.lex["honorifics"])

    def _before_owned(self, span: Span) -> Span:
        """A body without what it owns, where the model ran on into it ("Leigh Valley Shire Council's |
        Agendas & Minutes"): the name before a possessive that follows its head noun, where no
        head noun comes after it ("the School's Party Committee" stays whole)."""
        heads = self.lex["org_heads"]
        owner = next((t.i for t in span[1:-1] if t.lower_ in {"'s", "’s"} and span.doc[t.i - 1].lower_ in heads), None)
        if owner is None or any(t.lower_ in heads for t in span.doc[owner + 1 : span.end]):
            return span
        return span.doc[span.start : owner]

    def _before_members_title(self, span: Span) -> Span:
        """A body without the title of its members or officers the model ran on into ("Pacific
        Islands Forum | Foreign Ministers", "World Bank Group | President"): after the last head
        noun, words with no "of" that end in a title."""
        heads = [t.i for t in span if t.lower_ in self.lex["org_heads"]]
        if not heads or heads[-1] + 1 >= span.end:
            return span
        rest = span.doc[heads[-1] + 1 : span.end]
        if any(t.lower_ in _MEMBERS_LINKS for t in rest) or not singular_forms(rest[-1].lower_) & self.positions:
            return span
        return span.doc[span.start : heads[-1] + 1]

    def fronts_a_post(self, span: Span) -> bool:
        """Capitalized words that only qualify a post after them ("the District Coordinating |
        Director", "Union Commerce, Consumer and Food | Minister"): no head noun or acronym of a
        body ends them, and a capitalized run, through commas and "and", goes on into a position word."""
        doc = span.doc
        heads = self.lex["org_heads"] | self.lex["place_heads"]  # "Trans-Nzoia County | Director" names a county
        if head_before_link([t.lower_ for t in span]) in heads or any(is_acronym(t.text) for t in span):
            return False
        i = span.end
        while i < min(len(doc), span.end + _LONGEST_PORTFOLIO) and not self._is_post_word(doc[i]) and (
                doc[i].text in {",", "&"} or doc[i].lower_ == "and" or doc[i].is_title) and doc[i].lower_ not in heads:
            i += 1
        return i < len(doc) and self._is_post_word(doc[i])

    def _is_post_word(self, token: Token) -> bool:
        """A capitalized position word ("Minister", "Officer"), which a post's qualifiers run into."""
        return token.text[:1].isupper() and bool(singular_forms(token.lower_) & self.positions)


_LONGEST_PORTFOLIO = 8  # words of a post's field before its position word
HEAD_LINKS = {"of", "for", "on", "to", "in"}


def head_before_link(words: list[str], links: set[str] = HEAD_LINKS) -> str:
    """A name's head: the word before its first linking preposition (``links``, by default
    those of a body's name: "Committee to Review the Constitution", "Articles of Association"),
    else its last word; "" for no words."""
    link = next((i for i, w in enumerate(words) if i > 0 and w in links), len(words))
    return words[link - 1] if words else ""


def _named_activity(token: Token) -> bool:
    """A capitalized verb form after a name's link, which names the body's field ("Agency for
    the Prohibition of Trafficking", "Institute of Learning"), not a verb the name ran into."""
    return token.text[:1].isupper() and token.i > 0 and token.nbor(-1).lower_ in _FIELD_LINKS


def _plural_possessive(token: Token) -> bool:
    """An apostrophe that closes a plural owner ("Teachers' Union", "Farmers’ Association"):
    attached to a word that ends in "s", it marks no quote."""
    before = token.nbor(-1)
    return token.text in {"'", "’"} and not before.whitespace_ and before.lower_.endswith("s")


def is_abbreviation(span: Span) -> bool:
    """An organization written as capitals only ("UIIN", "AM & PM")."""
    return all(is_acronym(word) or word == "&" for word in span.text.split())
