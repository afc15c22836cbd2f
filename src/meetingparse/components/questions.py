"""Questions put from the floor, as minutes record them at public question time: "Question
from Ms Rhonda Ellery, Shelford: When will the footpath on Mercer Street be extended?". The
person named after the label asked the question, which is their point.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .marks import person_at, text_of


def questions(doc: Doc, labels: tuple[re.Pattern[str], ...]) -> Iterator[tuple[int, Span]]:
    """Each question as (who asked it, its words), one a labelled line."""
    text = text_of(doc)
    for line in re.finditer(r"[^\n]+", text):
        indent = len(line.group()) - len(line.group().lstrip())
        label = next((m for rx in labels if (m := rx.match(text, line.start() + indent, line.end()))), None)
        colon = text.find(":", label.end(), line.end()) if label is not None else -1
        if label is None or colon < 0:
            continue
        asker = doc.char_span(label.end(), colon, alignment_mode="expand")
        asked = doc.char_span(colon + 1, line.end(), alignment_mode="contract")
        person = next((p for t in asker if (p := person_at(t)) is not None), None) if asker is not None else None
        if person is not None and asked is not None and len(asked):
            yield person, asked
