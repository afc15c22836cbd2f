"""Find the unnamed groups that attend: "heads of relevant functional departments",
"counselors of the graduating classes", "other delegation members".

A group is a plural noun phrase whose head is a kind of person (a position in
the plural, or a word from ``models/people_nouns.txt``), named in a sentence
that places people at the meeting (an attendance word, or a named
participant), and holding no person's name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .lexical import singular_forms, verb_in
from .marks import is_debris, names_person

GROUP_KEY = "mp_groups"
_LINKS = {"and", "or", "as", "well"}


class GroupFinder(RuleComponent):
    """Set ``doc.spans["mp_groups"]`` to the attending groups, in text order."""

    lexicons = ("people_nouns", "titles", "attendance_words")

    def _is_people_noun(self, token: Token) -> bool:
        return token.tag_ in {"NNS", "NNPS"} and bool(
            singular_forms(token.lower_) & (self.lex["people_nouns"] | self.lex["titles"]))

    def _phrase(self, head: Token) -> Span:
        """A group's words: the head with its modifiers and "of ..." phrase, without conjuncts."""
        doc = head.doc
        end = head.i + 1
        for child in head.rights:
            if child.dep_ in {"cc", "conj", "appos", "punct", "relcl", "acl"}:
                break
            end = child.right_edge.i + 1
        start = head.left_edge.i
        while start < head.i and (doc[start].is_punct or doc[start].lower_ in _LINKS):
            start += 1
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in _LINKS):
            end -= 1
        return doc[start:end]

    def _places_people(self, sentence: Span) -> bool:
        return names_person(sentence) or any(verb_in(t, self.lex["attendance_words"]) for t in sentence)

    def __call__(self, doc: Doc) -> Doc:
        groups: list[Span] = []
        for sentence in doc.sents:
            if is_debris(sentence[0]) or not self._places_people(sentence):
                continue
            for token in sentence:
                if not self._is_people_noun(token) or token.dep_ == "compound":
                    continue
                phrase = self._phrase(token)
                if names_person(phrase):
                    continue
                if groups and phrase.start < groups[-1].end:
                    continue
                groups.append(phrase)
        doc.spans[GROUP_KEY] = groups
        return doc


@Language.factory("meetingparse_groups", default_config={"assets": None})
def make_groups(nlp: Language, name: str, assets: str | None) -> GroupFinder:
    """Factory of the group finder."""
    return GroupFinder(name, assets=assets)
