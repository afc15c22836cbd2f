"""Per-token marks several components read (page debris, the person a name belongs
to) and the doc's text, kept once per doc.

The token extensions ``token._.mp_debris`` and ``token._.mp_person`` are the
public way to read them. Inside the pipeline, loops over every token read the
doc-level tables kept here instead: a dictionary lookup costs a tenth of
spaCy's extension machinery, which counts on a report of a thousand tokens.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

_TEXT = "mp_text"
_DEBRIS = "mp_debris_tokens"
_PEOPLE = "mp_person_tokens"

Token.set_extension("mp_debris", default=False, force=True)
Token.set_extension("mp_person", default=None, force=True)


def text_of(doc: Doc) -> str:
    """The doc's text, built once (spaCy joins it from the tokens at every ``doc.text``)."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return str(doc.user_data[_TEXT])


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a doc was made from as its text (spaCy's tokenizer loses no character)."""
    doc.user_data[_TEXT] = text


def mark_debris(token: Token) -> None:
    """Mark a token as page debris."""
    token._.mp_debris = True
    token.doc.user_data.setdefault(_DEBRIS, {})[token.i] = True


def is_debris(token: Token) -> bool:
    """Whether a token lies in page debris."""
    return token.i in token.doc.user_data.get(_DEBRIS, {})


def mark_person(token: Token, index: int) -> None:
    """Tie a token to the person cluster ``index``."""
    token._.mp_person = index
    token.doc.user_data.setdefault(_PEOPLE, {})[token.i] = index


def person_at(token: Token) -> int | None:
    """The index of the person cluster a token names, or None."""
    people: dict[int, int] = token.doc.user_data.get(_PEOPLE, {})
    return people.get(token.i)


def names_person(span: Span) -> bool:
    """Whether any token of a span names a person (no token object is built)."""
    table = span.doc.user_data.get(_PEOPLE, {})
    return any(i in table for i in range(span.start, span.end))


def remembered(sentence: Span, key: str, test: Callable[[Span], bool]) -> bool:
    """``test(sentence)``, worked out once per sentence and doc under ``key`` in the doc's
    user data: several readers, and every mention in a sentence, ask the same question."""
    known = sentence.doc.user_data.setdefault(key, {})
    if sentence.start not in known:
        known[sentence.start] = test(sentence)
    return bool(known[sentence.start])
