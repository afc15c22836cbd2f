"""Motions in minutes: who put a motion and what it was. Minutes record a motion as "Cllr X
moved (and Cllr Y seconded) to adjourn", "Motion by X, second by Y, to approve the minutes",
"Minutes of the last meeting were confirmed, proposed by X and seconded by Y", or "It was
proposed by X, seconded by Y, and RESOLVED" followed by the resolution ("That ..."), "Moved Cr X,
Seconded Cr Y That ...", or "On the proposal of X, seconded by Y, the minutes were adopted". The
mover is the speaker of the motion; a seconder only supports it and says nothing of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .marks import person_at


def motions(doc: Doc, words: frozenset[str]) -> Iterator[tuple[int, Span]]:
    """Each motion as (its mover, its words), one a sentence."""
    for sentence in doc.sents:
        for token in sentence:
            if token.lemma_.lower() not in words and token.lower_ not in words:
                continue
            found = _active(token, words) or _by_mover(token, words) or _mover_first(token) or _on_proposal(token)
            if found is not None:
                yield found
                break


def _active(verb: Token, words: frozenset[str]) -> tuple[int, Span] | None:
    """"X moved to adjourn", "X moved and Y seconded that the minutes be approved"."""
    doc = verb.doc
    mover = person_at(doc[verb.i - 1]) if verb.i > verb.sent.start and verb.pos_ == "VERB" else None
    if mover is None:
        return None
    motion = _motion_after(verb, words)
    return (mover, motion) if motion is not None else None


def _by_mover(word: Token, words: frozenset[str]) -> tuple[int, Span] | None:
    """"Motion by X, second by Y, to ...", "<statement>, proposed by X", "It was proposed by X ..."."""
    doc = word.doc
    by = word.i + 1
    if by + 1 >= len(doc) or doc[by].lower_ != "by":
        return None
    mover = next((p for t in doc[by + 1 : min(by + 6, word.sent.end)] if (p := person_at(t)) is not None), None)
    if mover is None:
        return None
    sentence = word.sent
    if word.pos_ == "VERB" and word.i > sentence.start and doc[word.i - 1].text == ",":
        before = _trimmed(doc[sentence.start : word.i - 1])
        if before is not None and before[0].lower_ != "it":
            return mover, before  # "Minutes of the last meeting were confirmed, proposed by X"
    motion = _motion_after(word, words)
    if motion is None and doc[sentence.start].lower_ == "it":
        motion = _resolution_after(sentence)
    return (mover, motion) if motion is not None else None


def _mover_first(word: Token) -> tuple[int, Span] | None:
    """"Moved Cr Treloar, Seconded Cr Qureshi That the apology be accepted": the mover named
    after "Moved" at the head of a resolution, the motion from its "That"."""
    doc = word.doc
    if not word.is_title or word.lower_ not in {"moved", "proposed"} or word.i + 1 >= len(doc):
        return None
    mover = next((p for t in doc[word.i + 1 : min(len(doc), word.i + 5)] if (p := person_at(t)) is not None), None)
    that = next((t for t in doc[word.i + 1 : min(len(doc), word.i + 20)] if t.lower_ == "that"), None)
    if mover is None or that is None:
        return None
    return mover, _trimmed(doc[that.i : that.sent.end]) or doc[that.i : that.i + 1]


def _on_proposal(word: Token) -> tuple[int, Span] | None:
    """"On the proposal of Councillor J Buggy, seconded by Councillor R Phelan, the minutes were
    adopted": the mover named after "proposal of", the motion the main clause that follows."""
    doc, sentence = word.doc, word.sent
    if word.lower_ not in {"proposal", "motion"} or word.i + 2 >= sentence.end or doc[word.i + 1].lower_ != "of":
        return None
    mover = next((p for t in doc[word.i + 2 : min(sentence.end, word.i + 7)] if (p := person_at(t)) is not None), None)
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > word.i), None)
    if mover is None or subject is None or person_at(subject) is not None:
        return None
    return mover, _trimmed(doc[subject.left_edge.i : sentence.end]) or doc[subject.i : subject.i + 1]


def _motion_after(word: Token, words: frozenset[str]) -> Span | None:
    """The motion put after a mover: from "to" before a verb, or "that", to the sentence's end
    or the next motion the parser ran into it ("... at 6:14 P.M. Motion carried")."""
    doc, sentence = word.doc, word.sent
    for token in doc[word.i + 1 : sentence.end]:
        starts = (token.lower_ == "to" and token.i + 1 < sentence.end and doc[token.i + 1].pos_ == "VERB") or (
            token.lower_ == "that" and token.dep_ == "mark")
        if starts:
            end = next((t.i for t in doc[token.i + 1 : sentence.end]
                        if t.is_title and t.lemma_.lower() in words), sentence.end)
            return _trimmed(doc[token.i : end])
    return None


def _resolution_after(sentence: Span) -> Span | None:
    """The resolution a "RESOLVED" introduces: the next sentence, when it opens with "That"."""
    doc = sentence.doc
    for following in (doc[i].sent for i in range(sentence.end, min(len(doc), sentence.end + 40))):
        words = [t for t in following if not (t.is_space or t.is_punct)]
        if words:
            return _trimmed(following) if words[0].lower_ == "that" else None
    return None


def _trimmed(span: Span) -> Span | None:
    """A span without the spaces, quotes and closing marks at its edges."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_quote or doc[end - 1].text in {".", ";", ","}):
        end -= 1
    return doc[start:end] if end > start else None
