"""Word tests that several components share."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

_INFLECTIONS = ("d", "ed", "s", "es", "ing")


def verb_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb's lemma is in ``lemmas``, read from its form too when the
    lemmatizer slips ("hoped" lemmatized as "hop", "Holds" as "Holds")."""
    return token.lower_ in inflected_forms(lemmas) or token.lemma_.lower() in lemmas


@lru_cache(maxsize=64)
def inflected_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The lemmas with their regular inflections ("hope" -> "hoped", "hopes", "hoping", ...)."""
    forms = {lemma + end for lemma in lemmas for end in ("", *_INFLECTIONS)}
    forms |= {lemma[:-1] + "ing" for lemma in lemmas if lemma.endswith("e")}  # "preside" -> "presiding"
    return frozenset(forms)


def token_positions(doc: Doc, *, tags: frozenset[str] = frozenset(), words: frozenset[str] = frozenset()) -> list[int]:
    """Positions of the tokens whose part of speech is in ``tags`` or whose lower-case form is
    in ``words``, read off spaCy's arrays: no token object is built for the others."""
    table = doc.to_array([POS, LOWER])
    hit = numpy.isin(table[:, 0], _ids(tags)) | numpy.isin(table[:, 1], _hashes(words))
    return numpy.flatnonzero(hit).tolist()


@lru_cache(maxsize=64)
def _ids(tags: frozenset[str]) -> numpy.ndarray:
    return numpy.array([IDS[tag] for tag in tags], dtype=numpy.uint64)


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array([get_string_id(word) for word in words], dtype=numpy.uint64)


def entity_around(doc: Doc, i: int) -> Span | None:
    """The named entity token ``i`` lies in, from its first token to its last, or None."""
    if not doc[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def cut_before_title(span: Span, title_words: frozenset[str], positions: frozenset[str]) -> Span:
    """A name without the "and <title> ..." that runs on after it, past the title's
    determiner and modifiers ("SHOU CPC Committee and Vice President" -> "SHOU CPC Committee",
    "X Society and the outgoing chair of Y" -> "X Society"); the run of ``title_words`` after
    "and" must hold one of the ``positions``, since a modifier alone may open a field
    ("School of Inclusive and Special Needs Education")."""
    for token in span[1:]:
        if token.lower_ != "and":
            continue
        following = token.i + 1
        while following < span.end - 1 and (span.doc[following].pos_ == "DET" or span.doc[following].is_lower
                                            and span.doc[following].lower_ not in title_words):
            following += 1  # "and the outgoing chair of ..."
        run = list(itertools.takewhile(lambda t: t.lower_ in title_words, span.doc[following:]))
        if any(singular_forms(t.lower_) & positions for t in run):
            return span.doc[span.start : token.i]
    return span


def inside_fixed_titles(phrase: Span, fixed_titles: list[tuple[str, ...]]) -> set[int]:
    """The indexes of the words of a phrase that spell a fixed post ("Secretary of State")."""
    words = [t.lower_ for t in phrase]
    inside: set[int] = set()
    for title in fixed_titles:
        for k in range(len(words) - len(title) + 1):
            if tuple(words[k : k + len(title)]) == title:
                inside.update(range(phrase.start + k, phrase.start + k + len(title)))
    return inside


def singular_forms(word: str) -> set[str]:
    """A lower-case word with the forms it may have in the singular ("secretaries" -> "secretary")."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def bracketed_alone(token: Token) -> bool:
    """A word that fills brackets right after a word: "Tom Fahy (chairing)", "West Nile
    Citizens Forum (WECFOD)", "District Chief Executive (DCE)"."""
    doc = token.doc
    return 2 <= token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def is_acronym(word: str) -> bool:
    """An all-capitals abbreviation of two or more letters ("UIIN", "CPPCC")."""
    letters = word.replace("&", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def is_lone_acronym(span: Span) -> bool:
    """One all-capital word ("DME", "ECBC"): a short name the page may spell out elsewhere."""
    return len(span) == 1 and is_acronym(span.text)


def is_lone_head(span: Span, heads: frozenset[str]) -> bool:
    """One head noun alone ("the University held ..."): a body the page does not name."""
    return len(span) == 1 and span[0].lower_ in heads


def is_column_gap(token: Token) -> bool:
    """A run of spaces or a tab inside a line, or a row of leader dots: what sets off a table's
    columns ("Julian Ashcombe          Chairman", "Hon. Eduardo C. Lacson ........ City Councilor")."""
    return (token.is_space and "\n" not in token.text) or (len(token.text) >= 3 and set(token.text) <= {".", "…"})


DASHES = frozenset({"-", "–", "—"})
OPENING_QUOTES = frozenset({"'", '"', "‘", "“"})
CLOSING_QUOTES = frozenset({"'", '"', "’", "”"})


def is_spaced_dash(token: Token) -> bool:
    """A dash with a space after it, which sets off a column or a clause ("Minh Tran – Shire of
    X", "14 June 2022 – Hotel Y", typed against the word before: "Abdi Golo- Chairman"), unlike
    one inside a word ("Sanwo-Olu", "12-13")."""
    return token.text in DASHES and bool(token.whitespace_) and token.i > 0


def line_of(token: Token) -> Span:
    """The line a token stands on, without the spaces around it."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and not doc[start - 1].is_space:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    return doc[start:end]


def is_initial(token: Token) -> bool:
    """One capital, with or without its stop ("R", "B.", "K."); a bare "A" or "I" is a word."""
    letter = token.text.rstrip(".")
    return len(letter) == 1 and letter.isupper() and (token.text.endswith(".") or letter not in {"A", "I"})


def pieces_between(span: Span, word: str) -> list[Span]:
    """A span's pieces between the tokens ``word`` (lower case: "," or "and"), empty ones kept."""
    return pieces_where(span, lambda token: token.lower_ == word)


def pieces_where(span: Span, separates: Callable[[Token], bool]) -> list[Span]:
    """A span's pieces between the tokens that ``separates`` takes for separators, empty ones kept."""
    doc, pieces, start = span.doc, [], span.start
    for token in span:
        if separates(token):
            pieces.append(doc[start : token.i])
            start = token.i + 1
    return [*pieces, doc[start : span.end]]


def dated_after(span: Span) -> bool:
    """Whether a comma and a date follow a span, as after a dateline's place ("Accra, 14
    October 2025 --")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "DATE"


def opens_dateline(span: Span) -> bool:
    """A span that opens a line with a comma and a date after it: a dateline's place ("KAMPALA, 4
    March - The society ...", "Tura, July 3:"), however the model tagged it."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return opens_line and dated_after(span)


def crosses_layout(span: Span) -> bool:
    """Whether a span runs over a line break, a column gap, a breadcrumb's separator or a label's
    colon ("Grace's Business Desk: CPC"), as no name does."""
    return any(t.is_space or is_column_gap(t) or _separates(t) or "\n" in t.whitespace_ or t.text == ":"
               for t in span[:-1]) or span[-1].is_space or _separates(span[-1])


def _separates(token: Token) -> bool:
    """A breadcrumb's separator: "Home > News", "Home / News / Counties" (a slash set off by
    spaces; "HIV/AIDS" joins)."""
    doc = token.doc
    spaced = bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)
    return token.text in _SEPARATORS or (token.text == "/" and spaced)


_SEPARATORS = {">", "»", "›", "|"}


def marks_an_item(token: Token) -> bool:
    """A bullet or an item's number ("1.", "2)")."""
    text = token.text
    return text in _ITEM_MARKS or (len(text) > 1 and text[-1] in ".)" and text[:-1].isdigit())


_ITEM_MARKS = {"•", "·", "-", "–", "*", "▪", "◦"}
