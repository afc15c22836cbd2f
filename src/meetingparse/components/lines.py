"""Set sentence boundaries the parser gets wrong on report pages: a page's headline,
header and footer lines are never one sentence with the paragraph that follows them;
an abbreviated honorific ("Hon.", "Rev.") never ends a sentence before its name, nor
does a determiner or preposition ("of the 14th"); and no sentence runs on for ever."""

from __future__ import annotations

import re
from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from .base import RuleComponent

# Tokens a run may go without a line break or a likely sentence end before one is forced
# (at its latest clause break): far beyond real sentences, it keeps every per-sentence walk
# short on lists, brackets or dates that run on for pages.
MAX_RUN = 150
_LONGEST_STYLE_ABBREVIATION = 4  # "Cr.", "Cllr.": a style written in full ("Councillor.") may end a sentence


class LineBreaker(RuleComponent):
    """Start a sentence at the first token after a line break, and keep an abbreviated
    honorific or member's style with the name after it (runs before the parser), over
    ``honorifics`` and ``member_styles``;
    break a run of ``MAX_RUN`` tokens with no sentence end."""

    lexicons = ("honorifics", "member_styles")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Written once at the end: spaCy's per-token setter scans the whole Doc on each call.
        starts = doc.to_array([SENT_START]).astype("int64").ravel()
        tokens = iter(doc)  # one token object each, not two
        previous = next(tokens)
        run_start = clause_start = 0  # where the current unbroken run and its latest clause begin
        for token in tokens:
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                starts[token.i] = 1
                run_start = token.i
            elif token.is_title and (self._after_abbreviated_honorific(token) or _inside_phrase(token)
                                     or _after_initials(token)):
                starts[token.i] = -1  # the parser starts sentences wrongly only at capitals
            elif token.is_title and previous.text in {".", "?", "!"} and self._ends_sentence(previous):
                run_start = token.i  # the parser will most likely start a sentence here
            elif previous.text in {",", ";", ":"}:
                clause_start = token.i
            if token.i - run_start >= MAX_RUN:
                run_start = clause_start if clause_start - run_start >= MAX_RUN // 2 else token.i
                starts[run_start] = 1
            previous = token
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
        return doc

    def _ends_sentence(self, period: Token) -> bool:
        """Whether a full stop ends a sentence rather than an honorific ("Mr.") or an initial ("J.")."""
        if period.i == 0:
            return False
        return len(period.doc[period.i - 1]) > 1 and not self._honorific_before(period)

    def _after_abbreviated_honorific(self, token: Token) -> bool:
        """A capitalized word after "Hon" "." (the tokenizer's split of "Hon.")."""
        if token.i < 2:
            return False
        period = token.doc[token.i - 1]
        return (period.text == "." and bool(period.whitespace_) and token.doc[token.i - 2].is_title
                and self._honorific_before(period))

    def _honorific_before(self, period: Token) -> bool:
        """Whether the word before a full stop is a form of address, written with its stop or
        without ("Hon", "Bro." of the lexicon's "bro."), or a member's abbreviated style ("Cr.")."""
        word = period.doc[period.i - 1].lower_
        return (word in self.lex["honorifics"] or f"{word}." in self.lex["honorifics"]
                or (word in self.lex["member_styles"] and len(word) <= _LONGEST_STYLE_ABBREVIATION))


_OPEN_TAGS = {"DT", "IN", "TO", "CC", "PRP$"}  # words that never end an English sentence


def _after_initials(token: Token) -> bool:
    """A capitalized word after a name's initials ("Thiru. R.M. | Annamalai", "Prof. J. | Okoro"):
    initials after a capitalized word or a form of address's stop, not after "the" ("in the
    U.S. | The next day") or a comma ("Washington, D.C. | The")."""
    doc = token.doc
    if token.i < 2:
        return False
    initials, before = doc[token.i - 1], doc[token.i - 2]
    return bool(_INITIALS.fullmatch(initials.text)) and bool(initials.whitespace_) and (
        before.is_title or before.text == ".")


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _inside_phrase(token: Token) -> bool:
    """A word after one that cannot end a sentence: "of the" / "of the 14th" + "X Committee"."""
    doc = token.doc
    previous = doc[token.i - 1]
    if previous.tag_ in _OPEN_TAGS and previous.is_alpha:
        return True
    return (token.i >= 2 and doc[token.i - 2].tag_ == "DT" and previous.lower_[-2:] in {"st", "nd", "rd", "th"}
            and previous.text[:1].isdigit())


@Language.factory("meetingparse_lines", default_config={"assets": None})
def make_lines(nlp: Language, name: str, assets: str | None) -> LineBreaker:
    """Factory of the line breaker."""
    return LineBreaker(name, assets=assets)
