"""Read where the meeting is held: its venue and its mode.

The venue is the first place the meeting's sentence, an opening prose sentence
or a headline puts it "in" or "at" (a venue word, or a named place or body that
holds the meeting itself), else the place of a dateline opening the body. The
mode (online, hybrid, in person) comes from cue phrases, the meeting's own name
and whether a venue is named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .debris import DEBRIS_KEY
from .headings import dated_place_line, heading_place, labelled_line
from .lexical import verb_in
from .marks import is_debris, text_of
from .meeting import MeetingReader, is_prose
from .place_phrases import PlacePhrases

_VENUE_PREPS = {"in", "at", "on", "into", "inside"}
_ENTERING = {"into", "inside"}  # these name a venue only when it is named
REMOTE_WORDS = frozenset({"video", "online", "virtual", "telephone", "tele"})  # in a remote meeting's name


_MISREAD_NAME_TAGS = {"", "ORG", "CARDINAL", "PRODUCT", "WORK_OF_ART", "EVENT"}


def _prose(doc: Doc) -> list[Span]:
    """The body's sentences, without page debris or headlines."""
    return [s for s in doc.sents if not is_debris(s[0]) and is_prose(s)]


_LABEL_LINES = 30  # a notice's labelled lines stand in its first part, after its page furniture


class VenueReader:
    """Read the meeting's venue and mode over the lexicons ``venue_words``, ``place_heads``,
    ``host_references``, ``hold_verbs`` and ``venue_nouns`` and the patterns ``dateline_places``,
    ``online_cues``, ``hybrid_cues`` and ``in_person_cues``; ``meetings`` tells
    meeting nouns and relayed ones."""

    def __init__(self, meetings: MeetingReader, lex: Mapping[str, frozenset[str]],
                 rx: Mapping[str, tuple[re.Pattern[str], ...]]) -> None:
        self.meetings = meetings
        self.lex = lex
        self.rx = rx
        self.phrases = PlacePhrases(lex)
        self._cues = {name: _union(rx[name]) for name in ("online_cues", "hybrid_cues", "in_person_cues")}

    # -- the venue ------------------------------------------------------------------------
    def venue(self, doc: Doc, sentence: Span | None) -> Span | None:
        """The meeting's venue, read in its sentence (if any), the first prose sentences
        and the headlines, else the dateline's place."""
        stated = self._stated_venue(doc)
        if stated is not None:
            return stated
        prose = _prose(doc)
        headlines = [s for s in list(doc.sents)[:6] if not is_debris(s[0]) and not is_prose(s)]
        sentences = ([sentence] if sentence is not None else []) + prose[:4] + headlines
        return self._first_venue(sentences) or self._venue_named(prose) or self._dateline_place(prose)

    def _venue_named(self, prose: list[Span]) -> Span | None:
        """The place a sentence gives as the venue ("The venue was the Imperial Hotel in Kisumu",
        "The Imperial Hotel was the venue", "the Multipurpose hall, venue of the synod"), or the
        place that hosted the meeting ("Kathmandu hosted the Regional Conference", "Room XI of the
        Headquarters hosted the meeting")."""
        for sentence in prose:
            for token in sentence:
                if token.lemma_.lower() in self.lex["venue_nouns"]:
                    place = _paired_with(token)
                elif verb_in(token, _HOSTING) and any(c.dep_ == "dobj" and self.meetings.is_meeting(c) for c in token.children):
                    place = next((c for c in token.children if c.dep_ == "nsubj" and _names_a_place(c, self.lex)), None)
                else:
                    continue
                if place is not None and (span := self.phrases.place_phrase(place)) is not None:
                    return span
        return None

    def _stated_venue(self, doc: Doc) -> Span | None:
        """The venue a notice or a record states in its own words: a labelled line ("Venue:
        X"), the heading of the meeting's record ("MINUTES OF ... HELD ON ... IN THE X") or a
        place line beside its date ("Shilla Hotel, Seoul")."""
        labelled = labelled_line(doc, self.rx["venue_labels"], _LABEL_LINES)
        if labelled is not None:
            end = next((t.i for t in labelled if t.ent_type_ in {"DATE", "TIME"}), labelled.end)
            while end > labelled.start and doc[end - 1].is_punct:
                end -= 1
            if end > labelled.start:
                return doc[labelled.start : end]
        return (heading_place(doc, self.rx["record_headings"], self.lex["venue_words"])
                or dated_place_line(doc, self.lex["venue_words"], _LABEL_LINES))

    def _first_venue(self, sentences: list[Span]) -> Span | None:
        """The first place a meeting sentence or an opening sentence puts it "in" or "at"; of a
        town and a room or hall the same sentence names, the room ("in Geneva ..., in Room XVIII
        of the Palais des Nations")."""
        for sentence in sentences:
            places = self._places_in(sentence)
            if places:
                return next((p for p in places if any(t.lower_ in self.lex["venue_words"] for t in p)), places[0])
        return None

    def _places_in(self, sentence: Span) -> list[Span]:
        """The places a sentence puts something "in" or "at", in order."""
        places = []
        for token in sentence:
            if token.lower_ not in _VENUE_PREPS or token.dep_ != "prep" or token.head.lower_ in self.lex["titles"]:
                continue  # "Professor of X at Y University" places a person's post, not the meeting
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if not objects or self._in_a_described_thing(token.head):
                continue
            span = self._venue_span(token, objects[0])
            named = span is not None and any(t.pos_ == "PROPN" for t in span)
            if span is not None and (token.lower_ not in _ENTERING or named):
                places.append(span)  # "walked into the hall" is no venue, "squeezed into the X council chambers" is
        return places

    def _in_a_described_thing(self, verb: Token) -> bool:
        """A relative clause's verb that describes something other than a meeting and holds,
        meets or chairs nothing ("the good mood that had reigned in the room"): its place is the
        described thing's, not the meeting's ("a two-day meeting that ended at the X Hotel" keeps
        its own)."""
        return verb.dep_ == "relcl" and verb.pos_ in {"VERB", "AUX"} and not (
            self.meetings.is_meeting(verb.head) or self._holds(verb)
            or verb_in(verb, self.lex["meet_verbs"] | self.lex["chair_verbs"]))  # "X, who presided ... at the Y Hall"

    def _venue_span(self, prep: Token, pobj: Token) -> Span | None:
        span = self.phrases.place_phrase(pobj)
        return span if span is not None and self._is_place(prep, pobj) else None

    def _is_place(self, prep: Token, pobj: Token) -> bool:
        """A venue word heads the object ("the Yifu Building"), or a named place or body
        holds the meeting itself ("held in Uyo", "convened ... in SIEEB"), or a named place is
        where its words were said ("said this in Abuja", "Speaking in Kigali, ...")."""
        heads = [pobj]
        if (pobj.like_num or pobj.pos_ == "PROPN") and not self.meetings.is_meeting(pobj):
            # "507 of the school building", not "the Annual General Meeting of the club"
            heads += [o for c in pobj.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        words = {w for h in heads for t in [h, *(c for c in h.children if c.dep_ == "compound")]
                 for w in (t.lower_, t.lemma_.lower())}  # "the council offices"
        if words & self.lex["venue_words"]:
            return True
        if prep.lower_ == "on":
            return False
        head = prep.head
        held_there = (self._holds(head) or self.meetings.is_meeting(head)
                      or verb_in(head, self.lex["meet_verbs"] | self.lex["gathering_verbs"])) \
            and not self.meetings.is_relayed(head)
        if pobj.ent_type_ in _MISREAD_NAME_TAGS:  # a name the model tagged a body, a thing or a number
            return held_there and pobj.pos_ == "PROPN" and is_prose(pobj.sent)
        spoken_there = head.pos_ == "VERB" and verb_in(head, self.lex["reporting_verbs"])  # "Speaking in Abuja, ..."
        return pobj.ent_type_ in {"GPE", "LOC", "FAC"} and (held_there or spoken_there)

    def _holds(self, verb: Token) -> bool:
        """A verb that holds a meeting: "held", "convened", "took place"."""
        if verb_in(verb, frozenset({"take"})):
            return any(c.lower_ == "place" for c in verb.children)
        return verb_in(verb, self.lex["hold_verbs"] - {"have", "take"})

    def _dateline_place(self, prose: list[Span]) -> Span | None:
        """The place of a dateline opening the first paragraph ("COLUMBUS, Ohio - ...")."""
        for sentence in prose[:1]:
            doc = sentence.doc
            match = next((m for rx in self.rx["dateline_places"] if (m := rx.match(sentence.text))), None)
            if match is not None:
                return doc.char_span(sentence.start_char + match.start(1), sentence.start_char + match.end(1))
        return None

    # -- the mode -------------------------------------------------------------------------
    def cue_counts(self, doc: Doc) -> dict[str, int]:
        """How many online, hybrid and in-person cue phrases the page's body has."""
        body = _without_debris(doc)
        return {name: len(cue.findall(body)) for name, cue in self._cues.items()}

    def mode(self, doc: Doc, venue: Span | None, noun: Token | None) -> str | None:
        """Online, hybrid or in person, from cue phrases, the meeting's own name ("a video
        conference") and whether a venue is named."""
        body = _without_debris(doc)
        remote_name = noun is not None and any(c.lower_ in REMOTE_WORDS for c in noun.lefts)
        online = remote_name or bool(self._cues["online_cues"].search(body))
        remote = bool(self._cues["hybrid_cues"].search(body))
        if online or remote:
            return "hybrid" if (venue is not None or remote) else "online"
        gathered = bool(self._cues["in_person_cues"].search(body))
        return "in_person" if venue is not None or gathered else None


def _paired_with(noun: Token) -> Token | None:
    """The word a venue noun names as the venue: the other side of "be" ("The venue was X", "X
    was the venue") or the name set beside it ("X, venue of the synod"; "the venue, X")."""
    head = noun.head
    if noun.dep_ in _SIDES_OF_BE and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == _SIDES_OF_BE[noun.dep_]), None)
    if noun.dep_ == "appos":
        return head
    return next((c for c in noun.children if c.dep_ == "appos"), None)


_SIDES_OF_BE = {"nsubj": "attr", "attr": "nsubj"}


def _names_a_place(subject: Token, lex: Mapping[str, frozenset[str]]) -> bool:
    """A town or a building by its tag, or a room or hall by its words ("Room XI of X")."""
    words = [subject, *subject.lefts]
    return subject.ent_type_ in {"GPE", "FAC"} or any(w.lemma_.lower() in lex["venue_words"] for w in words)


_HOSTING = frozenset({"host", "co-host"})  # a town or building "hosted" a meeting; it never "held" or "opened" one


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (one pass over a text)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or "(?!)", re.IGNORECASE)


def _without_debris(doc: Doc) -> str:
    """The doc's text with its debris lines and credits blanked out."""
    text = text_of(doc)
    pieces, start = [], 0
    for span in doc.spans.get(DEBRIS_KEY, []):
        pieces.append(text[start : span.start_char])
        start = max(start, span.end_char)
    return " ".join([*pieces, text[start:]])
