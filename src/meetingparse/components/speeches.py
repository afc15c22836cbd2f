"""Attribute what was said: speakers through reporting verbs, pronouns, group subjects, quotes.

A clause whose subject is a person (or "he"/"she"/"they" standing for the
last speakers, or a title such as "the vice governor") and whose verb reports
speech ("pointed out", "required", "said") gives a speech. Its points are the
verb's clause and each coordinated verb's clause, split at semicolons and at
parallel "to ..." demands; a quoted statement gives its quoted words.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .lexical import token_positions, verb_in
from .marks import is_debris, names_person, text_of
from .motions import motions
from .speakers import PRONOUNS, SpeakerFinder
from .transcript import labelled_turns

_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_DOUBLE_QUOTES = {'"', "“", "”"}
_VERB = frozenset({"VERB"})
_SAY_VERBS = {"say", "add", "tell", "state", "note", "declare", "remark", "continue"}
_EDGE = {",", ";", "and", "but", ":", ".", "-", "—", "then", "also", "or", "he", "she", "they"}


_TURN_SENTENCES = 6  # a turn read on past its speech sentence ends after this many sentences, or at its paragraph's end


class Carried(NamedTuple):
    """A piece of a sentence after a speech in its paragraph, with no speaker or name of its
    own, that may carry on the speaker's turn; ``sentences_on``: how far past the speech it is.
    (Measured on the training split, such sentences after a paragraph break are the speaker's
    one time in fifteen: a turn ends with its paragraph.)"""

    point: Span
    sentences_on: int


@dataclass
class SpeechFacts:
    """One speaker's points, as spans of the doc, and the pieces that may carry on their turn
    (the points' model judges these; the rules alone keep none)."""

    speaker: int  # index into doc._.mp_people
    points: list[Span] = field(default_factory=list)
    carried: list[Carried] = field(default_factory=list)


@dataclass(frozen=True)
class _Turn:
    """The speakers whose turn the next sentences may carry on, and how far it has run."""

    speakers: list[int]
    sentences: int = 0


Doc.set_extension("mp_speeches", default=None, force=True)


def _is_edge(token: Token) -> bool:
    return token.is_space or token.lower_ in _EDGE or token.text in _QUOTES


def _strip(span: Span) -> Span | None:
    """The span without connectives and punctuation at its edges."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _is_edge(doc[start]):
        start += 1
    while end > start and _is_edge(doc[end - 1]):
        end -= 1
    return doc[start:end] if sum(not t.is_punct for t in doc[start:end]) >= 2 else None


def _infinitive_to(verb: Token) -> Token | None:
    """The "to" of an infinitive verb."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _opened_quote(verb: Token) -> Span | None:
    """The quoted words after a saying verb when its sentence opens a quote and does not
    close it: 'told the meeting: "We know about the petition. Our demand is ...'."""
    sentence = verb.sent
    marks = [t for t in sentence if t.text in _DOUBLE_QUOTES]
    if len(marks) % 2 == 0 or marks[-1].i < verb.i or marks[-1].text == "”":
        return None
    return _strip(verb.doc[marks[-1].i + 1 : sentence.end])


def _quoted_part(sentence: Span) -> tuple[Span | None, bool]:
    """The words of a sentence inside a quote opened earlier, and whether the quote closes in it."""
    close = next((t.i for t in sentence if t.text in _DOUBLE_QUOTES), None)
    part = _strip(sentence.doc[sentence.start : close if close is not None else sentence.end])
    return part, close is not None


def _closed_quote(verb: Token, reach: int = 5) -> list[Span]:
    """The sentences of a quote that opened sentences before a saying verb and closes before
    it: '"I have listened for months. A review is the fairest way," said Cr X.'"""
    doc, sentence = verb.doc, verb.sent
    closing = [t for t in sentence if t.text in _DOUBLE_QUOTES and t.i < verb.i]
    if len(closing) % 2 == 0 or closing[0].text == "“":
        return []
    parts = [_strip(doc[sentence.start : closing[0].i])]
    start = sentence.start
    for _ in range(reach):
        if start == 0:
            return []
        previous = doc[start - 1].sent
        marks = [t for t in previous if t.text in _DOUBLE_QUOTES]
        if len(marks) % 2 == 1 and marks[-1].text != "”":  # the opening mark
            parts.append(_strip(doc[marks[-1].i + 1 : previous.end]))
            return [p for p in reversed(parts) if p is not None]
        if marks:
            return []
        parts.append(_strip(previous))
        start = previous.start
    return []


def _splits_after(token: Token, region: Span) -> bool:
    """A semicolon, a colon before a verb, or the "that" of "and that": a new point follows."""
    doc = region.doc
    if token.text == ";":
        return True
    if token.text == ":":
        return any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i : region.end])
    return token.lower_ == "that" and token.dep_ == "mark" and doc[token.i - 1].lower_ == "and"


def _complement_clause(clause: Token) -> bool:
    """A clause that says what was asked or said, not another speaker's: "called for the Forum
    to stand firm", "asked whether the Board would meet"."""
    return any(c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in clause.children)


_COMPLEMENT_MARKS = {"for", "that", "whether", "if"}


def _fronted_statement(verb: Token) -> list[Span]:
    """The statement a reporting verb closes: "Budgets must be cut, Hale warned."."""
    statement = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < verb.i), None)
    found = _strip(verb.doc[statement.left_edge.i : statement.right_edge.i + 1]) if statement is not None else None
    return [found] if found is not None else []


def _according_to(sentence: Span) -> tuple[Token, Span] | None:
    """Who a sentence gives its statement as the words of, and the statement: "According to
    X, the library will open", "The library will open, according to X"."""
    word = next((t for t in sentence if t.lower_ == "according" and t.i + 2 < sentence.end
                 and t.doc[t.i + 1].lower_ == "to"), None)
    if word is None:
        return None
    source = next((c for c in word.doc[word.i + 1].children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    doc, after = word.doc, source.right_edge.i + 1
    if word.i == sentence.start and after < sentence.end and doc[after].text == ",":
        statement = _strip(doc[after + 1 : sentence.end])
    elif word.i > sentence.start and doc[word.i - 1].text == ",":
        statement = _strip(doc[sentence.start : word.i - 1])
    else:
        return None
    return (source, statement) if statement is not None else None



def _first_point(speech: SpeechFacts) -> int:
    """Where a speaker's first point stands: speeches come in order of first speech."""
    return min((p.start for p in speech.points), default=_NO_POINT)


_NO_POINT = 1 << 62  # a speaker without a point of their own comes last


def _paragraph_break(previous: Span, sentence: Span) -> bool:
    """Whether a line break lies between two sentences' words."""
    doc, last = sentence.doc, previous.end - 1
    while last > previous.start and doc[last].is_space:
        last -= 1
    start = next((t.idx for t in sentence if not t.is_space), sentence.end_char)
    return "\n" in text_of(doc)[doc[last].idx + len(doc[last]) : start]


class SpeechReader(RuleComponent):
    """Read speeches into ``doc._.mp_speeches`` in order of first speech."""

    lexicons = ("reporting_verbs", "speech_nouns", "list_nouns", "continuation_cues", "titles", "title_modifiers",
                "chair_titles", "honorifics", "courtesies", "attendance_words", "motion_words")

    def _load(self, folder: Path) -> None:
        """Load the lexicons and build the speaker finder over them (again on ``from_disk``)."""
        super()._load(folder)
        self.finder = SpeakerFinder(self.lex)

    # -- points --------------------------------------------------------------------------------
    @staticmethod
    def _coordinated_with(token: Token, verb: Token) -> bool:
        """Whether a verb reaches ``verb`` through conj links alone."""
        while token.dep_ == "conj" and token.head != token:
            token = token.head
            if token == verb:
                return True
        return False

    @staticmethod
    def _own_subject(token: Token) -> Token | None:
        return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)

    @staticmethod
    def _in_verb_list(token: Token) -> bool:
        """'keep X, carry Y and strive for Z': a verb in a comma list of bare verb phrases."""
        head = token
        while head.dep_ == "conj":
            head = head.head
        doc = token.doc
        return any(doc[item.left_edge.i - 1].text == "," and item.left_edge.lower_ != "to" for item in head.conjuncts)

    def _parallel(self, token: Token, verb: Token) -> int | None:
        """Where a parallel demand starts at ``token``: "..., to Y", "..., carry out Y",
        "..., and he congratulated Y", "..., warning that Y"."""
        doc = token.doc
        to = _infinitive_to(token)
        parallel = token.dep_ in {"conj", "xcomp"} or token.dep_ == "advcl" and _infinitive_to(token.head) is not None
        if parallel and to is not None and doc[to.i - 1].lower_ in {",", "and", ";"}:
            return to.i
        start = token.left_edge.i if token.left_edge.i > verb.i else token.i
        if token.dep_ == "conj" and token.pos_ == "VERB":
            subject = self._own_subject(token)
            reports = self.lex["reporting_verbs"]
            if (subject is None or subject.lower_ in PRONOUNS) and (
                    self._coordinated_with(token, verb) or self._in_verb_list(token)
                    or verb_in(token, reports) and verb_in(token.head, reports)):
                return start
        if token.dep_ == "advcl" and token.tag_ == "VBG" and doc[start - 1].text == "," \
                and verb_in(token, self.lex["reporting_verbs"]):
            return start
        return None

    def _cuts(self, verb: Token, region: Span) -> list[int]:
        """Where a region of speech splits: semicolons, colons, "and that", parallel demands."""
        cuts = []
        for token in region:
            if _splits_after(token, region):
                cuts.append(token.i + 1)
            elif token.pos_ in {"VERB", "AUX"} and token.i > verb.i and (cut := self._parallel(token, verb)) is not None:
                cuts.append(cut)
        return sorted({c for c in cuts if region.start < c < region.end})

    @staticmethod
    def _parenthetical(verb: Token) -> bool:
        """'A doctor, he remarked, could never ...', 'The rooms, Dean X said, will be ready': the
        verb and its subject interrupt their own statement."""
        doc, subject = verb.doc, next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() not in _SAY_VERBS:
            return False
        first = subject.left_edge.i  # "The rooms, Professor Ian Hale said, will be ready"
        return (subject.i == verb.i - 1 and first > verb.sent.start and doc[first - 1].text == ","
                and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",")

    def _next_clause(self, token: Token, verb: Token) -> bool:
        """'..., and Y added', '..., while Y addressed it': a clause joined to the verb with a speaker of its own."""
        joined = (token.dep_ == "conj" and self._coordinated_with(token, verb)) or (
            token.dep_ == "advcl" and token.head == verb and not _complement_clause(token))
        subject = self._own_subject(token) if joined else None
        return subject is not None and any(t.pos_ == "PROPN" for t in subject.subtree)

    def _region(self, verb: Token) -> Span:
        """From the reporting verb (with its auxiliaries) to the end of its sentence, or to a
        coordinated clause with a subject of its own; the whole sentence around a parenthetical verb."""
        doc, sentence = verb.doc, verb.sent
        if self._parenthetical(verb):
            return sentence
        start = verb.i
        while start > sentence.start and doc[start - 1].head == verb and doc[start - 1].dep_ in {"aux", "neg"}:
            start -= 1
        end = next((t.left_edge.i for t in doc[verb.i + 1 : sentence.end] if self._next_clause(t, verb)), sentence.end)
        return doc[start:end]

    def _split(self, verb: Token, region: Span) -> list[Span]:
        """The region's points; pieces that only announce a speech or a list are left out."""
        doc = verb.doc
        pieces, start = [], region.start
        for cut in self._cuts(verb, region):
            pieces.append(doc[start:cut])
            start = cut
        pieces.append(doc[start : region.end])
        return [p for piece in pieces if (p := _strip(piece)) and not self._announces(p)]

    def _quote(self, verb: Token) -> Span | None:
        sentence = verb.sent
        marks = [t.i for t in sentence if t.text in _QUOTES]
        if len(marks) < 2:
            return None
        return _strip(verb.doc[marks[0] + 1 : marks[-1]])

    def _bare_speech(self, verb: Token) -> bool:
        """'X made the concluding speech', 'X spoke at the session': a speech with no point of its own."""
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_.lower() == "speak":
            said = {"ccomp", "dobj", "xcomp"}
            return not any(c.dep_ in said or (c.dep_ == "prep" and c.lower_ in {"on", "about"}) for c in verb.children)
        return (noun is not None and noun.lemma_.lower() in self.lex["speech_nouns"]
                and verb.lemma_.lower() in {"make", "deliver", "give", "take"}
                and not any(c.dep_ == "prep" for c in noun.children))  # "made a report", "took the floor"

    def _lists(self, verb: Token) -> bool:
        """'raised two requirements', 'put forward some suggestions': a list announced, given after it."""
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return noun is not None and noun.lemma_.lower() in self.lex["list_nouns"] and any(
            c.dep_ == "nummod" or c.lower_ in {"some", "several", "following"} for c in noun.children)

    def _announces(self, piece: Span) -> bool:
        """A piece that only announces a speech or a list."""
        return self._bare_speech(piece.root) or any(self._lists(t) for t in piece if t.pos_ == "VERB")

    def _points(self, verb: Token, region: Span) -> list[Span]:
        if verb.lemma_.lower() in _SAY_VERBS:
            earlier = _closed_quote(verb)
            if earlier:
                return earlier
            quote = self._quote(verb)
            if quote is not None:
                return [quote]
        return self._split(verb, region) or _fronted_statement(verb)

    def _continues(self, sentence: Span, open_list: bool) -> bool:
        """A sentence that carries on the last speaker's points: "Second, ...", "In his view, ...",
        or any sentence after an announced list."""
        if names_person(sentence):
            return False
        words = " ".join(t.lower_ for t in sentence[:4] if not t.is_punct and not t.is_space)
        return open_list or any(words == cue or words.startswith(cue + " ") for cue in self.lex["continuation_cues"])

    # -- the component ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        people = doc._.mp_people or []
        speeches: dict[int, SpeechFacts] = {}
        last: list[int] = []
        continuing: tuple[list[int], bool] | None = None  # last speakers, and whether they announced a list
        quoting: list[int] | None = None  # speakers whose quote runs on into the next sentences
        turn: _Turn | None = None  # the last speakers, whose turn the next sentences may carry on
        verbs = token_positions(doc, tags=_VERB)
        event = doc._.mp_event
        labelled = {t.i: turn for turn in labelled_turns(doc, people, self.lex, event.chair if event else None)
                    for t in turn.words}
        previous: Span | None = None
        for sentence in doc.sents:
            if is_debris(sentence[0]):
                continue
            in_turn = next((labelled[t.i] for t in sentence if t.i in labelled), None)
            if in_turn is not None:  # a transcript's turn: its words are the labelled speaker's
                if in_turn.speaker is not None:
                    facts = speeches.setdefault(in_turn.speaker, SpeechFacts(in_turn.speaker))
                    facts.points.extend(self._turn_points(sentence, in_turn.words))
                continuing = quoting = turn = None
                continue
            broke = previous is not None and _paragraph_break(previous, sentence)
            if broke:
                continuing = quoting = None
            previous = sentence
            if quoting is not None:
                part, closed = _quoted_part(sentence)
                for speaker in quoting:
                    speeches[speaker].points.extend(self._split(part.root, part) if part is not None else [])
                quoting = None if closed else quoting
                continue
            spoke = False
            covered: set[int] = set()
            first, last_verb = bisect_left(verbs, sentence.start), bisect_left(verbs, sentence.end)
            for verb in map(doc.__getitem__, verbs[first:last_verb]):
                if verb.i in covered:
                    continue
                speakers = [s for s in self.finder.speakers(verb, people, last) if not people[s].only_mentioned]
                if not speakers:
                    continue
                last = speakers
                passive = any(c.dep_ == "agent" for c in verb.children)  # "arranged by X": no speech
                if passive or self._labels_attendance(verb) or not (
                        verb_in(verb, self.lex["reporting_verbs"]) or self._bare_speech(verb)):
                    continue
                region = self._region(verb)
                covered.update(range(region.start, region.end))
                opened = _opened_quote(verb) if verb.lemma_.lower() in _SAY_VERBS else None
                points = [opened] if opened is not None else self._points(verb, region)
                quoting = speakers if opened is not None else quoting
                for speaker in speakers:
                    speeches.setdefault(speaker, SpeechFacts(speaker)).points.extend(points)
                spoke, continuing = True, (speakers, any(t.pos_ == "VERB" and self._lists(t) for t in region))
                turn = _Turn(speakers)
            attributed = None if spoke else _according_to(sentence)
            source = self.finder.subject_people(attributed[0], people) if attributed is not None else []
            if attributed is not None and source:
                for speaker in source:
                    speeches.setdefault(speaker, SpeechFacts(speaker)).points.append(attributed[1])
                spoke, last, continuing, turn = True, source, (source, False), _Turn(source)
            if not spoke and continuing is not None and self._continues(sentence, continuing[1]):
                points = self._split(sentence.root, sentence)
                for speaker in continuing[0]:
                    speeches[speaker].points.extend(points)
            elif not spoke:
                continuing = None
                turn = self._carry_turn(turn, sentence, broke, speeches)
        self._add_motions(doc, speeches)
        doc._.mp_speeches = sorted(speeches.values(), key=_first_point)
        return doc

    def _add_motions(self, doc: Doc, speeches: dict[int, SpeechFacts]) -> None:
        """Each motion as its mover's point, unless the mover's speech already holds it."""
        for mover, motion in motions(doc, self.lex["motion_words"]):
            facts = speeches.setdefault(mover, SpeechFacts(mover))
            if not any(p.start < motion.end and motion.start < p.end for p in facts.points):
                facts.points.append(motion)

    def _labels_attendance(self, verb: Token) -> bool:
        """An attendance word that labels the list after its colon ("Members present: A; B"), not a speech."""
        doc = verb.doc
        return verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":" and verb_in(verb, self.lex["attendance_words"])

    def _turn_points(self, sentence: Span, words: Span) -> list[Span]:
        """The points of a transcript turn's sentence: its pieces past the label that say
        something (a verb), not a greeting or a word of thanks alone."""
        doc = sentence.doc
        piece = doc[max(sentence.start, words.start) : min(sentence.end, words.end)]
        return [p for p in self._split(piece.root, piece) if any(t.pos_ in {"VERB", "AUX"} for t in p)
                and not all(t.lower_ in self.lex["courtesies"] or t.is_punct or t.is_stop for t in p)]

    def _another_speaker(self, sentence: Span) -> bool:
        """A sentence whose reporting verb has a subject other than a pronoun: someone else's
        turn, named or not ("The representative of Chile said ...")."""
        return any(t.pos_ == "VERB" and verb_in(t, self.lex["reporting_verbs"]) and subject.lower_ not in PRONOUNS
                   for t in sentence if (subject := self._own_subject(t)) is not None)

    def _carry_turn(self, turn: _Turn | None, sentence: Span, broke: bool,
                    speeches: dict[int, SpeechFacts]) -> _Turn | None:
        """Offer a sentence with no speaker or name of its own as possibly carrying on the last
        speakers' turn, until a name, someone else's speech, a new paragraph or the turn's reach ends it."""
        if turn is None or broke or names_person(sentence) or turn.sentences >= _TURN_SENTENCES \
                or self._another_speaker(sentence):
            return None
        carried = _Turn(turn.speakers, turn.sentences + 1)
        for piece in self._split(sentence.root, sentence):
            for speaker in turn.speakers:
                speeches[speaker].carried.append(Carried(piece, carried.sentences))
        return carried


@Language.factory("meetingparse_speeches", default_config={"assets": None})
def make_speeches(nlp: Language, name: str, assets: str | None) -> SpeechReader:
    """Factory of the speech reader."""
    return SpeechReader(name, assets=assets)
