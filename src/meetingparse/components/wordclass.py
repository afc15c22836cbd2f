"""The word classes the people readers share: position words and their modifiers,
honorifics, plural positions, and the words that can be part of a person's name,
all read from the people finder's lexicons."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from .lexical import is_initial
from .marks import is_debris

DETERMINERS = {"the", "a", "an", "our", "this", "its", "their", "his", "her"}


def past_determiners(doc: Doc, start: int, end: int) -> int:
    """Where the words from ``start`` begin past their determiners, not beyond ``end``
    ("the Water Board" -> "Water Board")."""
    while start < end and doc[start].lower_ in DETERMINERS:
        start += 1
    return start


def _initial_follows(token: Token) -> bool:
    """Whether an initial ("K.", "R") comes next, past the stop the tokenizer may split off."""
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text == "." and not token.whitespace_:
        i += 1
    return i < len(doc) and is_initial(doc[i])


def _forms(word: str) -> set[str]:
    """A word and its singular if it is a regular plural ("mayors") or one in -men ("councilmen")."""
    if word.endswith("men"):
        return {word, word[:-3] + "man"}
    return {word, word[:-1]} if word.endswith("s") else {word}


class WordClasses:
    """Word tests over the lexicons: ``titles`` (with ``title_words``, the last word
    of each title), ``title_modifiers``, ``honorifics``, ``post_nominals``, ``org_heads``,
    ``venue_words`` and ``hold_verbs``."""

    def __init__(self, lex: Mapping[str, frozenset[str]]) -> None:
        self.lex = lex
        titles = lex["titles"]
        self.title_words = frozenset({t for t in titles if " " not in t} | {
            t.split()[-1] for t in titles if " " in t
        })
        self.title_vocabulary = self.title_words | lex["title_modifiers"]  # position words and their modifiers
        self.positions = self.title_words - lex["title_modifiers"]  # "general" ends "Attorney General" but modifies alone
        self.honorific_runs = [tuple(h.split()) for h in lex["honorifics"] if " " in h]  # "tan sri"
        self.honorific_run_words = frozenset(word for run in self.honorific_runs for word in run)
        self.stopped_honorifics = frozenset(h[:-1] for h in lex["honorifics"] if "." in h[:-1] and h.endswith("."))

    def is_title_word(self, token: Token) -> bool:
        """A position word or a modifier of one ("Deputy", "Secretary")."""
        return bool(_forms(token.lower_.rstrip(".")) & self.title_vocabulary)

    def is_position_word(self, token: Token) -> bool:
        """A position word itself ("Secretary", "Deputy"), not only a modifier ("Second")."""
        return bool(_forms(token.lower_.rstrip(".")) & self.title_words)

    def is_honorific(self, token: Token) -> bool:
        """A form of address ("Mr.", "H.E.", "Comrade"); "H. E." may come as two tokens."""
        doc = token.doc
        if token.lower_ == "h." and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "e.":
            return True
        if token.lower_ == "e." and token.i > 0 and doc[token.i - 1].lower_ == "h.":
            return True
        word = token.lower_
        if word in self.lex["honorifics"] or word.rstrip(".") in self.lex["honorifics"] or word in self.stopped_honorifics:
            return True  # "H.E" as written for "H.E."
        if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "." \
                and word + "." in self.lex["honorifics"]:
            return True  # "Bro." and "Sis." that the tokenizer split from their stops
        if word in self.lex["kinship_styles"]:  # "Sister Kavitha", not "a sister park"
            return token.is_title and token.i + 1 < len(doc) and doc[token.i + 1].is_title
        if word in self.lex["styles_before_initials"] and _initial_follows(token):
            return True  # "Sri K. R. Bhat", not "Sri Mulyani"
        return word in self.honorific_run_words and any(self._in_run(token, run) for run in self.honorific_runs)

    def is_member_style(self, token: Token) -> bool:
        """A style of a council's member before a name ("Councillor", "Cllr"): a title only when
        no post is given."""
        word = token.lower_.rstrip(".")
        return word in self.lex["member_styles"] or (word.endswith("s") and word[:-1] in self.lex["member_styles"])

    @staticmethod
    def _in_run(token: Token, run: tuple[str, ...]) -> bool:
        """Whether a token is one word of a run of words as written ("Tan" of "Tan Sri", not "Tan Kok Wah")."""
        doc = token.doc
        for offset, word in enumerate(run):
            start = token.i - offset
            if token.lower_ == word and start >= 0 and start + len(run) <= len(doc) and all(
                    doc[start + k].lower_ == run[k] for k in range(len(run))):
                return True
        return False

    def is_short_given_name(self, token: Token) -> bool:
        """A written short form of a given name, capitalized: "Md.", "Mohd", "Ma"."""
        return token.text[:1].isupper() and token.lower_.rstrip(".") in self.lex["given_name_abbreviations"]

    def is_post_nominal(self, token: Token) -> bool:
        """Letters after a name that are not part of it, in capitals: "MBE", "SAN", "PhD"."""
        text = token.text.replace(".", "")
        return text.lower() in self.lex["post_nominals"] and not text.istitle()

    def is_plural_position(self, token: Token) -> bool:
        """A plural position word ("Presidents", "mayors", "Councilmen")."""
        return bool((_forms(token.lower_) - {token.lower_}) & self.title_words)

    def is_name_token(self, token: Token) -> bool:
        """A capitalized word that can be part of a person's name: not a title,
        honorific, organization or venue head, verb, place, date or number."""
        text = token.text
        if not text[:1].isupper() or is_debris(token):
            return False
        if not text.replace("-", "").replace(".", "").replace("'", "").isalpha():
            return False
        word = token.lower_
        if token.is_stop and token.pos_ in {"SCONJ", "DET", "PRON", "CCONJ", "ADP"}:
            return False  # "Cr Quraishi That the apology ...": a function word, not "To Lam"'s "To"
        return not (self.is_title_word(token) or self.is_honorific(token) or self.is_post_nominal(token)
                    or word in self.lex["org_heads"] or word in self.lex["venue_words"] or word in self.lex["hold_verbs"]
                    or token.lemma_.lower() in self.lex["hold_verbs"] or token.pos_ in {"VERB", "AUX"}
                    or token.ent_type_ in {"GPE", "DATE", "NORP", "CARDINAL", "ORDINAL"})
