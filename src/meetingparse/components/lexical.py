"""Word tests that several components share."""

from __future__ import annotations

from spacy.tokens import Token

_INFLECTIONS = ("d", "ed", "s", "es", "ing")


def verb_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb's lemma is in ``lemmas``, read from its form too when the
    lemmatizer slips ("hoped" lemmatized as "hop", "Holds" as "Holds")."""
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    forms |= {word[: -len(end)] for end in _INFLECTIONS if word.endswith(end)}
    return bool(forms & lemmas)
