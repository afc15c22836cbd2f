"""Names cued by a title or a form of address before them, where the model missed or
mislabelled them: capitalized words right after a title or style ("Secretary Zhiyuan Zhou",
"Mr. Morgan", "Barr. (Mrs.) Chinwe Nnadozie"), after the body of a title ("Vice Chairman of
the X Committee Vo Thi Hong Nhung", "Minister of Planning and Investment Dang Huu Loc"), and
after the short form of a given name ("Md. Rafiqul Islam Sarker").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexical import is_initial
from .name_edges import joins_name_parts
from .wordclass import WordClasses

_TITLE_LINKS = {"of", "for"}
_BODY_JOINERS = {"and", "&", "the", "of", "for", ","}


class TitledNames:
    """Name mentions cued by a title or a form of address before them, over the word classes,
    the organizations' heads and the portfolios' fields (which end a title's body)."""

    def __init__(self, words: WordClasses, *, org_heads: frozenset[str], portfolio_domains: frozenset[str]) -> None:
        self.words = words
        self.org_heads = org_heads
        self.body_ends = org_heads | portfolio_domains

    def after_title(self, capitalized: list[Token]) -> list[Span]:
        """Capitalized words right after a title or honorific, as name mentions."""
        found = []
        for token in capitalized:
            if not (self.words.is_position_word(token) or self.words.is_honorific(token)):
                continue
            doc = token.doc
            start = token.i + 1
            if start < len(doc) and doc[start].text == ".":
                start += 1
            start = self._past_posting(doc, self._past_bracketed_style(doc, start))
            end, words = start, 0
            addressed = self.words.is_honorific(token) or self.words.is_member_style(token)
            while end < len(doc) and words < 3 and (
                    self.words.is_name_token(doc[end]) or end > start and self._inner_style(doc, end)
                    or (addressed and end == start and self._place_tagged_name(doc[end]))):
                if end > start and doc[end].text.endswith(".") and self._inner_style(doc, end):
                    start, words, addressed = end + 1, -1, True  # "Director CDC Dr. | Irfan Lashari": a unit, then the style
                end, words = end + 1, words + (not is_initial(doc[end]))  # "Beatrice A. M. Wafula": 2 words
                while end + 1 < len(doc) and joins_name_parts(doc[end]) and doc[end + 1].is_alpha:
                    end += 2  # a hyphenated part of the same word: "Kwame-Addo"
            enough = words >= (1 if addressed else 2)
            if enough and (end == len(doc) or doc[end].text != "of" or words >= 2):
                found.append(doc[start:end])
        return found

    def after_short_given_name(self, capitalized: list[Token]) -> list[Span]:
        """A name that opens with the short form of a given name, which cues it as a name
        even where the model saw none: "Md. Rafiqul Islam Sarker", "Ma. Teresita Lagman"."""
        found = []
        for token in capitalized:
            if not self.words.is_short_given_name(token):
                continue
            doc = token.doc
            start = token.i + 1
            if start < len(doc) and doc[start].text == "." and not token.whitespace_:
                start += 1
            end = start
            while end < len(doc) and end - start < 3 and self.words.is_name_token(doc[end]):
                end += 1
            if end - start >= 2:
                found.append(doc[token.i : end])
        return found

    def _place_tagged_name(self, token: Token) -> bool:
        """A name right after a form of address that the model tagged as a place or a people, or
        that is a place's or a body's head word ("Mr Rajendran", "Ms Georgia Lamb", "Mrs Hall",
        "Cllr Ward"): after "Mr" or "Dr" a capitalized word is a name."""
        placed = token.ent_type_ in {"GPE", "NORP", "LOC", "ORG"} or token.lower_ in self.org_heads \
            or token.lower_ in self.words.lex["venue_words"] or token.lower_ in self.words.lex["place_heads"]
        return (placed and token.is_title and token.is_alpha
                and not self.words.is_title_word(token) and not self.words.is_honorific(token))

    def _inner_style(self, doc: Doc, i: int) -> bool:
        """A style word between two name words, part of the name there ("Ibrahim Haji Warsame")."""
        return (self.words.is_honorific(doc[i]) and doc[i].is_title and i + 1 < len(doc)
                and self.words.is_name_token(doc[i + 1]))

    def after_titled_body(self, capitalized: list[Token]) -> list[Span]:
        """Name words right after the body of a title before a name, where the model ran the
        name into the body or missed it: "Vice Chairman of the Nghe An People's Committee Vo Thi
        Hong Nhung", "Minister for Information and Broadcasting Nadeem Afzal Warraich", "the Regent
        of Indramayu Siti Nurhasanah". The body ends in an organization's head, a portfolio's field
        or a place the model tagged."""
        found = []
        for head in capitalized:
            doc = head.doc
            if head.i + 2 >= len(doc) or not self._ends_title_body(head):
                continue
            link = self._title_link(head)
            if link is None:
                continue
            end = head.i + 1
            while end < len(doc) and end - head.i <= 4 and self.words.is_name_token(doc[end]) \
                    and doc[end].lower_ not in self.org_heads:
                end += 1
            boundary = end == len(doc) or not doc[end].text[:1].isupper()
            if end - head.i - 1 >= 2 and boundary:
                found.append(doc[head.i + 1 : end])
        return found

    def _ends_title_body(self, token: Token) -> bool:
        """An organization's head ("Committee"), a portfolio's field ("Finance", "Home Affairs") or
        the last word of a place the model tagged ("Indramayu")."""
        if token.lower_ in self.body_ends:
            return True
        doc = token.doc
        return token.ent_type_ in {"GPE", "LOC"} and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")

    def _title_link(self, head: Token) -> Token | None:
        """The "of" or "for" after a title that opens the body ending at ``head``: for an
        organization's head, the last "of" within ten words; for a field or a place, the nearest
        "of"/"for" after a title with only the body's words between ("Minister of Planning and
        Investment")."""
        doc = head.doc
        opening = doc[max(head.sent.start, head.i - 10) : head.i]
        if head.lower_ in self.org_heads:
            of = next((t for t in reversed(opening) if t.lower_ == "of"), None)
            return of if of is not None and of.i > 0 and self.words.is_title_word(doc[of.i - 1]) else None
        for token in reversed(opening):
            if token.lower_ in _TITLE_LINKS and token.i > 0 and self.words.is_title_word(doc[token.i - 1]):
                return token
            if not (token.text[:1].isupper() or token.lower_ in _BODY_JOINERS):
                return None
        return None

    def _past_bracketed_style(self, doc: Doc, i: int) -> int:
        """Past a form of address in brackets after the first ("Barr. (Mrs.) Chinwe Nnadozie")."""
        close = i + 3 if i + 2 < len(doc) and doc[i + 2].text == "." else i + 2
        if close < len(doc) and doc[i].text == "(" and self.words.is_honorific(doc[i + 1]) and doc[close].text == ")":
            return close + 1
        return i

    @staticmethod
    def _past_posting(doc: Doc, i: int) -> int:
        """Past the "to <country>" of a posting ("Ambassador to China Sabino Vaca Narvaja")."""
        if i + 2 >= len(doc) or doc[i].lower_ != "to" or doc[i + 1].pos_ != "PROPN":
            return i
        if doc[i + 1].ent_type_ == "GPE":
            end = i + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end
        return i + 2 if doc[i + 2].pos_ == "PROPN" else i
