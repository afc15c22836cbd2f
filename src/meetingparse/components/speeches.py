"""Attribute what was said: speakers through reporting verbs, pronouns, group subjects,
quotes, transcript labels and motions.

A clause whose subject is a person (or "he"/"she"/"they" standing for a person named
before, or a title such as "the vice governor"; ``speakers``) and whose verb reports
speech ("pointed out", "required", "said") gives a speech. Its points (``statements``) are
the verb's clause and each coordinated verb's clause, split at semicolons and at parallel
"to ..." demands; a quoted statement gives its quoted words. A transcript's labelled turns
(``transcript``) and a motion's mover (``motions``) give speeches too.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .lexical import line_of, marks_an_item, token_positions, verb_in
from .marks import is_debris, names_person, text_of
from .meeting import is_prose
from .motions import motions
from .people import PersonCluster
from .questions import questions
from .signed_quotes import in_signature, signed_paragraph, signed_quote
from .speakers import PRONOUNS, SpeakerFinder, listed_speakers
from .statements import (
    DOUBLE_QUOTES,
    OPENING_DOUBLE_QUOTES,
    SAY_VERBS,
    PointReader,
    opened_quote,
    quoted_part,
    strip_edges,
)
from .transcript import labelled_turns

_VERB = frozenset({"VERB"})
_AUX = frozenset({"AUX"})


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
_OBJECT_PRONOUNS = {"him", "her", "them"}


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
    if doc[after - 1].text == ",":
        after -= 1  # the parser may hang the comma that closes the phrase on its object
    if word.i == sentence.start and after < sentence.end and doc[after].text == ",":
        statement = strip_edges(doc[after + 1 : sentence.end])
    elif word.i > sentence.start and doc[word.i - 1].text == ",":
        statement = strip_edges(doc[sentence.start : word.i - 1])
    else:
        return None
    return (source, statement) if statement is not None else None



def _in_headline(verb: Token) -> bool:
    """A verb in a headline's present tense ("Minister tells new Council to speed up reforms",
    "PM urges weekly press statements"): the headline sums up the report, no one's words; a
    line of minutes without a stop keeps its past tense ("Ruth suggested the work go ...")."""
    return verb.tag_ in {"VBZ", "VBP"} and not is_prose(verb.sent)


def _wholly_quoted(sentence: Span) -> bool:
    """A sentence that opens and closes with double quotes, and has none inside."""
    words = [t for t in sentence if not t.is_space]
    marks = [t for t in words if t.text in DOUBLE_QUOTES]
    return len(words) > 3 and len(marks) == 2 and marks[0] == words[0] and marks[1] in words[-2:]


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


def _paragraph_of(sentence: Span) -> str:
    """The text of the paragraph (the line) a sentence stands in."""
    text = text_of(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.end_char)
    return text[start : end if end >= 0 else len(text)]


def _opens_with_quote(sentence: Span) -> bool:
    """Whether a sentence's paragraph opens with a double quote."""
    return _paragraph_of(sentence).lstrip()[:1] in OPENING_DOUBLE_QUOTES


def _past_opening_quote(sentence: Span) -> Span:
    """A sentence without the quote mark that opens it (a quote reopened at a paragraph's start)."""
    words = [t for t in sentence if not t.is_space]
    if words and words[0].text in OPENING_DOUBLE_QUOTES:
        return sentence.doc[words[0].i + 1 : sentence.end]
    return sentence


def _left_open(sentence: Span) -> bool:
    """A sentence of a paragraph that opens a quote and never closes it, as a quote running over
    several paragraphs does until its last one names the speaker."""
    paragraph = _paragraph_of(sentence)
    return paragraph.lstrip()[:1] in OPENING_DOUBLE_QUOTES and _quote_marks(paragraph) % 2 == 1


def _quoted_paragraph(sentence: Span) -> bool:
    """A sentence of a paragraph that is one quote from its first word to its last, naming no
    one: the words of the speaker whose turn came just before it, as news reports run a
    speaker on into a paragraph of quotation."""
    paragraph = _paragraph_of(sentence).strip()
    return paragraph[:1] in OPENING_DOUBLE_QUOTES and paragraph[-1:] in DOUBLE_QUOTES and _quote_marks(paragraph) == 2


def _announces_items(sentence: Span) -> bool:
    """A sentence that ends with a colon, announcing the items of the lines after it."""
    return sentence.text.rstrip().endswith(":")


def _lists_an_item(sentence: Span) -> bool:
    """A clause on a line that opens with a bullet or an item's number ("- Enrolment is now
    complete."), or the bullet the parser made a sentence of, not the name of a thing listed
    ("• Legislative Governance Program")."""
    words = [t for t in sentence if not t.is_space]
    line = [t for t in line_of(words[0]) if not t.is_space] if words else []
    return bool(line) and marks_an_item(line[0]) and _clause_or_bullet(sentence)


def _clause_or_bullet(sentence: Span) -> bool:
    """A clause (it has a verb), or a bullet the parser made a sentence of; not a name listed."""
    words = [t for t in sentence if not t.is_space]
    return all(t.is_punct for t in words) or any(t.pos_ in {"VERB", "AUX"} for t in words)


def _quote_marks(paragraph: str) -> int:
    """How many double quote marks a paragraph holds, straight or curly."""
    return paragraph.count('"') + paragraph.count("“") + paragraph.count("”")


def _asks_to_know(verb: Token) -> bool:
    """A question told as wanting to know ("wanted to know how much ...", "sought to know whether ...")."""
    return verb.lemma_.lower() in {"want", "wish", "seek"} and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "know" for c in verb.children)


class SpeechReader(RuleComponent):
    """Read speeches into ``doc._.mp_speeches`` in order of first speech."""

    lexicons = ("reporting_verbs", "speech_nouns", "list_nouns", "continuation_cues", "titles", "title_modifiers",
                "chair_titles", "honorifics", "courtesies", "attendance_words", "motion_words", "people_nouns",
                "meeting_kinds", "org_heads", "guiding_verbs", "view_nouns")
    patterns = ("question_labels", "procedural_acts")

    def _load(self, folder: Path) -> None:
        """Load the lexicons and build the speaker finder over them (again on ``from_disk``)."""
        super()._load(folder)
        self.finder = SpeakerFinder(self.lex)
        self.statements = PointReader(self.lex, self.rx["procedural_acts"])

    def _guides_through(self, verb: Token) -> bool:
        """A presentation told as guiding the audience "through" something ("took the members
        through the new rules")."""
        return verb_in(verb, self.lex["guiding_verbs"]) and any(
            c.lower_ == "through" and c.dep_ in {"prep", "prt"} for c in verb.children)

    def _holds_a_view(self, verb: Token) -> bool:
        """ "X was of the view that ...": "be" with "of" a view noun that a clause completes."""
        if verb.lemma_.lower() != "be":
            return False
        views = (n for of in verb.children if of.dep_ == "prep" and of.lower_ == "of"
                 for n in of.children if n.dep_ == "pobj" and n.lemma_.lower() in self.lex["view_nouns"])
        return any(c.dep_ in {"acl", "ccomp"} for n in views for c in n.children)

    def _continues(self, sentence: Span, open_list: bool) -> bool:
        """A sentence that carries on the last speaker's points: "Second, ...", "In his view, ...",
        a sentence wholly in quotes ('"But we are still standing."'), or any clause after an
        announced list."""
        if names_person(sentence):
            return False
        words = " ".join(t.lower_ for t in sentence[:4] if not t.is_punct and not t.is_space)
        return open_list and _clause_or_bullet(sentence) or _wholly_quoted(sentence) or any(
            words == cue or words.startswith(cue + " ") for cue in self.lex["continuation_cues"])

    # -- the component ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        people = doc._.mp_people or []
        speeches: dict[int, SpeechFacts] = {}
        last: list[int] = []
        continuing: tuple[list[int], bool] | None = None  # last speakers, and whether they announced a list
        quoting: list[int] | None = None  # speakers whose quote runs on into the next sentences
        unclaimed: list[Span] = []  # quoted paragraphs left open, whose speaker a later paragraph names
        turn: _Turn | None = None  # the last speakers, whose turn the next sentences may carry on
        verbs = sorted([*token_positions(doc, tags=_VERB),
                        *(i for i in token_positions(doc, tags=_AUX) if self._holds_a_view(doc[i]))])
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
            if broke and not (continuing is not None and continuing[1] and _lists_an_item(sentence)):
                continuing = None  # an announced list runs on over its items' lines only
                if not _opens_with_quote(sentence):  # a quote runs on only into a paragraph that reopens it
                    _hand_over(unclaimed, turn.speakers if turn else [], speeches, self.statements)
                    quoting, unclaimed = None, []
            previous = sentence
            for listed in listed_speakers(sentence, self.lex["reporting_verbs"]):  # "Those who spoke were A and B"
                speeches.setdefault(listed, SpeechFacts(listed))
            if in_signature(sentence):
                continue  # "Senator X." after '"..." -': the signature of a quotation read with it
            if (signed := signed_quote(sentence, people)) is not None:  # '"Funds are scarce." - Senator X.'
                last = _give_signed(signed, unclaimed, speeches, self.statements)
                unclaimed, continuing, quoting, turn = [], None, None, _Turn(last)
                continue
            if quoting is not None:
                part, closed = quoted_part(_past_opening_quote(sentence))
                for speaker in quoting:
                    speeches[speaker].points.extend(self.statements.split(part.root, part) if part is not None else [])
                quoting = None if closed else quoting
                continue
            spoke = False
            covered: set[int] = set()
            first, last_verb = bisect_left(verbs, sentence.start), bisect_left(verbs, sentence.end)
            for verb in map(doc.__getitem__, verbs[first:last_verb]):
                if verb.i in covered or _in_headline(verb):
                    continue
                speakers = [s for s in self.finder.speakers(verb, people, last) if not people[s].only_mentioned]
                if not speakers:
                    continue
                last = speakers
                bare = self.statements.bare_speech(verb)
                passive = any(c.dep_ == "agent" for c in verb.children) and not bare  # "arranged by X": no speech
                if passive or self._labels_attendance(verb) or not (
                        verb_in(verb, self.lex["reporting_verbs"]) or self._guides_through(verb) or _asks_to_know(verb)
                        or bare or verb.pos_ == "AUX"):  # an AUX here holds a view
                    continue
                region = self.statements.region(verb)
                covered.update(range(region.start, region.end))
                relayed = self._spoken_for(verb, people, speakers)
                if relayed is not None:  # "X said the Governor commended ...": the Governor's words
                    verb, speakers = relayed
                    region = self.statements.region(verb)
                opened = opened_quote(verb) if verb.lemma_.lower() in SAY_VERBS else None
                points = [opened] if opened is not None else self.statements.points(verb, region)
                quoting = speakers if opened is not None else quoting
                for speaker in speakers:
                    speeches.setdefault(speaker, SpeechFacts(speaker)).points.extend(points)
                spoke, continuing = True, (speakers, _announces_items(sentence) or any(
                    t.pos_ == "VERB" and self.statements.lists(t) for t in region))
                turn = _Turn(speakers)
            attributed = None if spoke else _according_to(sentence)
            source = self.finder.subject_people(attributed[0], people) if attributed is not None else []
            if attributed is not None and not source and attributed[0].lower_ in _OBJECT_PRONOUNS:
                source = last  # "According to him, ...": the last speaker's words
            if attributed is not None and source:
                statement = attributed[1]
                points = self.statements.split(statement.root, statement) or [statement]
                for speaker in source:
                    speeches.setdefault(speaker, SpeechFacts(speaker)).points.extend(points)
                spoke, last, continuing, turn = True, source, (source, False), _Turn(source)
            if spoke and unclaimed:  # '"We need leadership. ... "One key institution is ...," the Governor said.'
                _hand_over(unclaimed, last, speeches, self.statements)
                unclaimed = []
            elif not spoke and (_left_open(sentence) or _quoted_paragraph(sentence) or signed_paragraph(sentence)
                                or unclaimed and _opens_with_quote(sentence)):
                unclaimed.append(sentence)  # a quote left open, or the paragraph that reopens and closes it
                continue
            if not spoke and continuing is not None and self._continues(sentence, continuing[1]):
                points = self.statements.split(sentence.root, sentence)
                for speaker in continuing[0]:
                    speeches[speaker].points.extend(points)
            elif not spoke:
                continuing = None
                turn = self._carry_turn(turn, sentence, broke, speeches)
        _hand_over(unclaimed, turn.speakers if turn else [], speeches, self.statements)
        _add_motions(doc, speeches, self.lex["motion_words"])
        for asker, question in questions(doc, self.rx["question_labels"]):
            speeches.setdefault(asker, SpeechFacts(asker)).points.append(question)
            _at_the_meeting(people[asker])
        doc._.mp_speeches = sorted(speeches.values(), key=_first_point)
        return doc

    def _spoken_for(self, verb: Token, people: list[PersonCluster],
                    speakers: list[int]) -> tuple[Token, list[int]] | None:
        """Another participant's words a speaker reports ("In a statement, his spokesman said the
        Governor commended the chiefs and urged them ..."): the reported clause's verb and its
        subject's people, where that verb is itself one of speaking."""
        if verb.lemma_.lower() not in SAY_VERBS:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and verb_in(c, self.lex["reporting_verbs"])
                       and not any(n.dep_ == "neg" for n in c.children)):  # not "said Y did not say anything"
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
            found = [p for p in self.finder.subject_people(subject, people) if p not in speakers
                     and not people[p].only_mentioned] if subject is not None else []
            if found:
                return clause, found
        return None

    def _labels_attendance(self, verb: Token) -> bool:
        """An attendance word that labels the list after its colon ("Members present: A; B"), not a speech."""
        doc = verb.doc
        return verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":" and verb_in(verb, self.lex["attendance_words"])

    def _turn_points(self, sentence: Span, words: Span) -> list[Span]:
        """The points of a transcript turn's sentence: its pieces past the label that say
        something (a verb), not a greeting or a word of thanks alone."""
        doc = sentence.doc
        piece = doc[max(sentence.start, words.start) : min(sentence.end, words.end)]
        return [p for p in self.statements.split(piece.root, piece) if any(t.pos_ in {"VERB", "AUX"} for t in p)
                and not all(t.lower_ in self.lex["courtesies"] or t.is_punct or t.is_stop for t in p)]

    def _another_speaker(self, sentence: Span) -> bool:
        """A sentence whose reporting verb has a subject other than a pronoun: someone else's
        turn, named or not ("The representative of Chile said ...")."""
        return any(t.pos_ == "VERB" and verb_in(t, self.lex["reporting_verbs"]) and subject.lower_ not in PRONOUNS
                   for t in sentence if (subject := self.statements.own_subject(t)) is not None)

    def _carry_turn(self, turn: _Turn | None, sentence: Span, broke: bool,
                    speeches: dict[int, SpeechFacts]) -> _Turn | None:
        """Offer a sentence with no speaker or name of its own as possibly carrying on the last
        speakers' turn, until a name, someone else's speech, a new paragraph or the turn's reach ends it."""
        if turn is None or broke or names_person(sentence) or turn.sentences >= _TURN_SENTENCES \
                or self._another_speaker(sentence):
            return None
        carried = _Turn(turn.speakers, turn.sentences + 1)
        for piece in self.statements.split(sentence.root, sentence):
            for speaker in turn.speakers:
                speeches[speaker].carried.append(Carried(piece, carried.sentences))
        return carried


def _hand_over(unclaimed: list[Span], speakers: list[int], speeches: dict[int, SpeechFacts],
               statements: PointReader) -> None:
    """The points of a quote's paragraphs to its speakers: those a later sentence of its run
    names, or, where none does, those whose turn came just before it ('X acknowledged that ...'
    then '"We're an ambitious movement ...'), as news reports carry a speaker on into a quote."""
    held = [p for part in unclaimed for p in statements.split(part.root, part)]
    for speaker in speakers:
        speeches[speaker].points.extend(held)


def _give_signed(signed: tuple[int, Span | None], unclaimed: list[Span], speeches: dict[int, SpeechFacts],
                 statements: PointReader) -> list[int]:
    """A signed quotation's paragraphs (and its closing sentence's words) to its signer, who speaks last."""
    signer, part = signed
    speeches.setdefault(signer, SpeechFacts(signer))
    _hand_over([*unclaimed, *([part] if part is not None else [])], [signer], speeches, statements)
    return [signer]


def _add_motions(doc: Doc, speeches: dict[int, SpeechFacts], motion_words: frozenset[str]) -> None:
    """Each motion as its mover's point, unless the mover's speech already holds it."""
    for mover, motion in motions(doc, motion_words):
        facts = speeches.setdefault(mover, SpeechFacts(mover))
        _at_the_meeting(doc._.mp_people[mover])
        if not any(p.start < motion.end and motion.start < p.end for p in facts.points):
            facts.points.append(motion)


def _at_the_meeting(person: PersonCluster) -> None:
    """Whom the minutes record as asking a question or moving a motion spoke at the meeting,
    though named only on a labelled line (read as a heading): unless absent or only relayed,
    they are no longer only mentioned."""
    if not (person.absent or person.relayed):
        person.only_mentioned = False


@Language.factory("meetingparse_speeches", default_config={"assets": None})
def make_speeches(nlp: Language, name: str, assets: str | None) -> SpeechReader:
    """Factory of the speech reader."""
    return SpeechReader(name, assets=assets)
