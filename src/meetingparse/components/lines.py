"""Set sentence boundaries the parser gets wrong on report pages: a page's headline,
header and footer lines are never one sentence with the paragraph that follows them;
an abbreviated honorific ("Hon.", "Rev.") never ends a sentence before its name, nor
does a determiner or preposition ("of the 14th")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .base import RuleComponent


class LineBreaker(RuleComponent):
    """Start a sentence at the first token after a line break, and keep an abbreviated
    honorific with the name after it (runs before the parser), over ``honorifics``."""

    lexicons = ("honorifics",)

    def __call__(self, doc: Doc) -> Doc:
        tokens = iter(doc)  # one token object each, not two
        previous = next(tokens, None)
        for token in tokens:
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
            elif token.is_title and (self._after_abbreviated_honorific(token) or _inside_phrase(token)):
                token.is_sent_start = False  # the parser starts sentences wrongly only at capitals
            previous = token
        return doc

    def _after_abbreviated_honorific(self, token: Token) -> bool:
        """A capitalized word after "Hon" "." (the tokenizer's split of "Hon.")."""
        if token.i < 2:
            return False
        period, word = token.doc[token.i - 1], token.doc[token.i - 2]
        return (period.text == "." and bool(period.whitespace_) and word.is_title
                and word.lower_ in self.lex["honorifics"])


_OPEN_TAGS = {"DT", "IN", "TO", "CC", "PRP$"}  # words that never end an English sentence


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
