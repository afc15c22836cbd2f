"""Speaker labels of transcripts: hearings, press conferences, verbatim AGM records and
Hansard-style minutes give each turn as "Name: words" or "NAME:" on a line of its own,
with the words in the paragraph that follows. The words of such a turn are the labelled
speaker's own, whatever their sentences' subjects.

A label is a person's name (with forms of address and posts around it) or a post alone
("PRIME MINISTER:", "The Chair:"), resolved to its holder; hearing transcripts in the
Congressional Record's form give a style and the family name in capitals, then a stop
("Chairman SMITH."). A turn runs to the end of its
paragraph. A page is read as a transcript only when two labels or more open turns, so a
single "Chairman: Cllr X" line in a minutes header is not taken for speech; a roster's rows,
a post and the name of its holder alone ("SECRETARY: Jane Doe"), open no turn.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .marks import person_at, text_of
from .people import PersonCluster, person_named
from .references import by_post

_LABEL = re.compile(r"^[ \t]*([^\n:]{2,60}?)[ \t]*:[ \t]*", re.MULTILINE)
# The Congressional Record's and hearing transcripts' form: a style or post, the family name in
# capitals and a stop ("Chairman SMITH. The committee will come to order.", "Mr. JONES. Thank you.")
_RECORD_LABEL = re.compile(r"^[ \t]*((?:[A-Z][a-z]+\.? ){1,3}[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)\.[ \t]+", re.MULTILINE)
_QUESTION_NUMBER = re.compile(r"Q?\d{1,4}\.?")  # "Q4 Helen Ashworth:", the numbered questions of a hearing
_FEWEST_LABELS = 2  # turns that make a page a transcript


@dataclass(frozen=True)
class LabelledTurn:
    """A turn of a transcript: who speaks (None for an unknown speaker, such as a
    "Moderator"), the words of the turn, from after the label to the paragraph's end, and
    whether its label calls the speaker the chair."""

    speaker: int | None
    words: Span
    chairing: bool = False  # the label gives the speaker a chair's title ("CHAIRMAN SMITH:", "Chairwoman LEE.")


def labelled_turns(doc: Doc, people: Sequence[PersonCluster], lex: Mapping[str, frozenset[str]],
                   chair: int | None) -> list[LabelledTurn]:
    """The labelled turns of a transcript, in order; none for a page that is not one."""
    text = text_of(doc)
    posts = lex["titles"] | lex["title_modifiers"]
    matches = sorted([*_LABEL.finditer(text), *_RECORD_LABEL.finditer(text)], key=lambda m: m.start())
    labels = [(match, label) for match in matches
              if (label := doc.char_span(match.start(1), match.end(1), alignment_mode="expand")) is not None
              and _is_speaker_label(label, people, posts, lex["honorifics"])]
    turns = []
    for k, (match, label) in enumerate(labels):
        until = labels[k + 1][0].start() if k + 1 < len(labels) else len(text)
        words = _paragraph_after(doc, text, match.end(), until)
        if words is not None and not _names_only(words, lex["honorifics"]):
            chairing = any(t.lower_ in lex["chair_titles"] for t in label)
            turns.append(LabelledTurn(_speaker(label, people, lex["chair_titles"], chair), words, chairing))
    return turns if len(turns) >= _FEWEST_LABELS else []


def labelled_chair(doc: Doc, people: Sequence[PersonCluster], lex: Mapping[str, frozenset[str]]) -> int | None:
    """The person a transcript's labels name with a chair's title ("Chairman SMITH. ..."), the
    first such speaker known."""
    return next((t.speaker for t in labelled_turns(doc, people, lex, None) if t.chairing and t.speaker is not None),
                None)


def _is_speaker_label(label: Span, people: Sequence[PersonCluster], posts: frozenset[str],
                      courtesy: frozenset[str]) -> bool:
    """A person's name with its forms of address (``courtesy``) and posts, or a post alone;
    a name may be a known person's family name alone, in capitals ("PRESIDENT HILL:")."""
    named = {person_named(t, people) for t in label} - {None}
    if len(named) > 1:
        return False
    for token in label:
        word = token.lower_.rstrip(".")
        if not (person_named(token, people) is not None or token.is_punct or word in posts or word in courtesy
                or token.lower_ == "the" or _QUESTION_NUMBER.fullmatch(token.text)):
            return False
    return bool(named) or any(t.lower_ in posts for t in label)


def _speaker(label: Span, people: Sequence[PersonCluster], chair_posts: Collection[str],
             chair: int | None) -> int | None:
    """The person a label names, by name or by post."""
    named = next((p for t in label if (p := person_named(t, people)) is not None), None)
    if named is not None:
        return named
    post = " ".join(t.lower_ for t in label if t.lower_ != "the" and not _QUESTION_NUMBER.fullmatch(t.text))
    if post in chair_posts:
        return chair  # "Q1 Chair:", "The Chairman:"
    return by_post(label[-1], people, chair, chair_posts)


def _names_only(words: Span, courtesy: frozenset[str]) -> bool:
    """Words that only name a person, as a roster's row does ("SECRETARY: Mrs. Jane Doe"): no turn."""
    return all(person_at(t) is not None or t.is_punct or t.is_space or t.lower_.rstrip(".") in courtesy
               for t in words.doc[words.start : words.end])


def _paragraph_after(doc: Doc, text: str, start_char: int, until: int) -> Span | None:
    """The words from a character of the doc's ``text`` to the end of their paragraph (a
    blank line) or the next label, past the line break that may follow a label."""
    begin = len(text) - len(text[start_char:].lstrip())
    end = text.find("\n\n", begin, until)
    end = until if end < 0 else end
    return doc.char_span(begin, end, alignment_mode="contract") if end > begin else None
