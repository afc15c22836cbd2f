"""Tokenize a report in time linear in its length.

spaCy's tokenizer splits prefixes and suffixes off each whitespace-free chunk
by searching the rest of the chunk again for every one, so a chunk of n
characters costs n²: 2,000 brackets in a row take most of a second, 20,000 a
minute. Real words are short; a chunk of ``LONG_RUN`` characters or more (or
a stretch of as many punctuation marks, spaced or not) is tokenized in
pieces of ``PIECE`` characters, and the pieces' docs are joined
with the text kept exactly (no character added or lost, so offsets hold). A
piece with no letter or digit is one token.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

LONG_RUN = 200  # characters: far longer than a word or a web address in a report
PIECE = 100
# A long run with no whitespace, or a long stretch of punctuation marks a few spaces apart at
# most (brackets, quotes and dashes, spaced or not): neither holds a name, a date or a place.
# Whitespace alone is no such stretch (the tokenizer makes it one token anyway).
_LONG = re.compile(rf"\S{{{LONG_RUN},}}|[^\w\s](?:\s{{0,3}}[^\w\s]){{{LONG_RUN // 2},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with whitespace-free runs of ``LONG_RUN`` characters or more cut
    into pieces first."""
    if _LONG.search(text) is None:
        return nlp.make_doc(text)
    parts: list[str] = []
    done = 0
    for run in _LONG.finditer(text):
        parts.append(text[done : run.start()])
        parts.extend(text[i : min(i + PIECE, run.end())] for i in range(run.start(), run.end(), PIECE))
        done = run.end()
    parts.append(text[done:])
    return Doc.from_docs([_piece_doc(nlp, part) for part in parts if part], ensure_whitespace=False)


def _piece_doc(nlp: Language, part: str) -> Doc:
    """A part's doc; a piece of a long run or stretch with no letter or digit in it ("((((",
    "« » « »") is one token, since a token per bracket would only feed the models noise at a
    token's cost."""
    if len(part) == PIECE and not any(c.isalnum() for c in part):
        return Doc(nlp.vocab, words=[part], spaces=[False])
    return nlp.make_doc(part)
