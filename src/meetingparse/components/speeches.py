"""Attribute what was said: speakers through reporting verbs, pronouns, group subjects, quotes.

A clause whose subject is a person (or "he"/"she"/"they" standing for the
last speakers, or a title such as "the vice governor") and whose verb reports
speech ("pointed out", "required", "said") gives a speech. Its points are the
verb's clause and each coordinated verb's clause, split at semicolons and at
parallel "to ..." demands; a quoted statement gives its quoted words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent

_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_PRONOUNS = {"he": "one", "she": "one", "they": "many"}
_SAY_VERBS = {"say", "add", "tell", "state", "note", "declare", "remark", "continue"}
_EDGE = {",", ";", "and", "but", ":", ".", "-", "—", "then", "also", "or"}


@dataclass
class SpeechFacts:
    """One speaker's points, as spans of the doc."""

    speaker: int  # index into doc._.mp_people
    points: list[Span] = field(default_factory=list)


Doc.set_extension("mp_speeches", default=None, force=True)


def _strip(span: Span) -> Span | None:
    """The span without connectives and punctuation at its edges."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _EDGE or doc[start].text in _QUOTES):
        start += 1
    while end > start and (doc[end - 1].lower_ in _EDGE or doc[end - 1].text in _QUOTES):
        end -= 1
    return doc[start:end] if end - start >= 2 else None


class SpeechReader(RuleComponent):
    """Read speeches into ``doc._.mp_speeches`` in order of first speech."""

    lexicons = ("reporting_verbs", "speech_nouns", "titles", "title_modifiers")

    # -- speakers ---------------------------------------------------------------------------
    def _subject_people(self, subject: Token, people: list) -> list[int]:
        found: list[int] = []
        for token in [subject, *subject.conjuncts]:
            blocked = {t.i for c in token.children if c.dep_ in {"prep", "relcl", "acl", "appos"} for t in c.subtree}
            for t in token.subtree:
                if t.i not in blocked and t._.mp_person is not None and t._.mp_person not in found:
                    found.append(t._.mp_person)
                    break
        if not found and subject.lower_ in self.lex["titles"]:
            found = [i for i, p in enumerate(people) if p.title is not None
                     and subject.lower_ in p.title.text.lower()][:1]
        return found

    def _speakers(self, verb: Token, people: list, last: list[int]) -> list[int]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return []
        pronoun = _PRONOUNS.get(subject.lower_)
        if pronoun == "one":
            return last[-1:] if len(last) == 1 else last[:1]
        if pronoun == "many":
            return list(last)
        return self._subject_people(subject, people)

    # -- points --------------------------------------------------------------------------------
    def _chain(self, verb: Token) -> list[Token]:
        """The verb and the verbs coordinated with it, in text order."""
        chain = [verb]
        for conj in verb.conjuncts:
            if conj.pos_ in {"VERB", "AUX"} and conj.i > verb.i and not any(c.dep_ == "nsubj" for c in conj.children):
                chain.append(conj)
        return sorted(chain, key=lambda t: t.i)

    def _clause(self, verb: Token, chain: list[Token]) -> Span:
        others = {t.i for v in chain if v is not verb for t in v.subtree}
        end = verb.i + 1
        for t in verb.subtree:
            if t.i > verb.i and t.i not in others:
                end = max(end, t.i + 1)
        start = verb.i
        while start > verb.sent.start and verb.doc[start - 1].dep_ in {"aux", "neg", "prt", "advmod"} and verb.doc[start - 1].head == verb and verb.doc[start - 1].lower_ not in {"also", "then"}:
            start -= 1
        return verb.doc[start:end]

    def _split(self, clause: Span) -> list[Span]:
        """A clause cut at semicolons and before parallel "to ..." demands."""
        doc = clause.doc
        cuts = [t.i + 1 for t in clause if t.text == ";"]
        for token in clause:
            if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.i >= clause.start:
                to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
                if to is not None and to.i > clause.start:
                    cuts.append(to.i)
        pieces, start = [], clause.start
        for cut in sorted(set(cuts)):
            pieces.append(doc[start:cut])
            start = cut
        pieces.append(doc[start : clause.end])
        return [p for piece in pieces if (p := _strip(piece))]

    def _quote(self, verb: Token) -> Span | None:
        sentence = verb.sent
        marks = [t.i for t in sentence if t.text in {'"', "“", "”"}]
        if len(marks) < 2:
            return None
        return _strip(verb.doc[marks[0] + 1 : marks[-1]])

    def _is_bare_speech(self, verb: Token) -> bool:
        """'X made the concluding speech': a speech with no point of its own."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and objects[0].lemma_.lower() in self.lex["speech_nouns"] and not any(
            c.dep_ == "prep" for c in objects[0].children
        ) and verb.lemma_.lower() in {"make", "deliver", "give"}

    def _points(self, verb: Token) -> list[Span]:
        if verb.lemma_.lower() in _SAY_VERBS:
            quote = self._quote(verb)
            if quote is not None:
                return [quote]
        chain = self._chain(verb)
        points: list[Span] = []
        for member in chain:
            if self._is_bare_speech(member):
                continue
            points.extend(self._split(self._clause(member, chain)))
        return points

    # -- the component ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        people = doc._.mp_people or []
        speeches: dict[int, SpeechFacts] = {}
        last: list[int] = []
        for sentence in doc.sents:
            if sentence[0]._.mp_debris:
                continue
            for verb in sentence:
                if verb.pos_ != "VERB" or verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
                    continue
                speakers = self._speakers(verb, people, last)
                speakers = [s for s in speakers if not people[s].only_mentioned]
                if not speakers:
                    continue
                last = speakers
                if verb.lemma_.lower() not in self.lex["reporting_verbs"]:
                    continue
                points = self._points(verb)
                for speaker in speakers:
                    speeches.setdefault(speaker, SpeechFacts(speaker)).points.extend(points)
        doc._.mp_speeches = list(speeches.values())
        return doc


@Language.factory("meetingparse_speeches", default_config={"assets": None})
def make_speeches(nlp: Language, name: str, assets: str | None) -> SpeechReader:
    """Factory of the speech reader."""
    return SpeechReader(name, assets=assets)
