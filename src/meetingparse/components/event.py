"""Decide the facts of the meeting itself: title, kind, date, venue, mode, organizer, chair.

The meeting noun, its title and kind come from the meeting reader (``meeting``);
its sentence is the event sentence, where the date, the venue and the organizer
are read first. The venue and mode come from the venue reader (``venue``), the
organizer from the host reader (``host``), the guests from ``guests`` and the
chair from the presiding reader (``presiding``); the date is chosen here among
the date mentions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .base import RuleComponent
from .dates import DateMention, shifted
from .guests import guests
from .host import HostReader
from .meeting import MeetingReader, in_general
from .presiding import PresidingReader
from .transcript import labelled_chair
from .venue import VenueReader

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@dataclass(frozen=True)
class EventFacts:
    """What the event component decided; spans point into the doc."""

    title: Span | None
    kind: str | None
    date: DateMention | None
    venue: Span | None
    mode: str | None
    organizer: Span | None
    organizer_stated: bool  # the text states the organizer; else the rules guessed it from salience
    chair: int | None  # index into doc._.mp_people
    sentence: Span | None  # the sentence that names the meeting
    guests: frozenset[int] = frozenset()  # indexes into doc._.mp_people


Doc.set_extension("mp_event", default=None, force=True)


class EventReader(RuleComponent):
    """Read the meeting's own facts into ``doc._.mp_event``."""

    lexicons = ("meeting_kinds", "counted_kinds", "compound_kinds", "hold_verbs", "chair_verbs", "presiding_nouns", "venue_words",
                "relay_cues", "other_meeting_cues", "generic_meeting_kinds", "sitting_kinds", "titles", "chair_titles",
                "host_references", "led_groups", "presiding_roles",
                "institution_heads", "guest_cues", "place_heads", "org_heads",
                "institution_kinds", "meet_verbs", "gathering_verbs", "people_nouns", "internal_bodies", "leading_verbs",
                "sitting_modifiers", "kind_abbreviations", "venue_nouns", "convening_verbs", "body_sitting_kinds",
                "title_modifiers", "honorifics", "other_chair_modifiers", "reporting_verbs")
    patterns = ("online_cues", "hybrid_cues", "in_person_cues", "dateline_places", "closing_cues",
                "presiding_expressions", "record_headings", "venue_labels", "chair_labels")

    def _load(self, folder: Path) -> None:
        """Load the lexicons and patterns and build the readers over them (again on ``from_disk``)."""
        super()._load(folder)
        self.meetings = MeetingReader(self.lex, self.rx["record_headings"])
        self.venues = VenueReader(self.meetings, self.lex, self.rx)
        self.hosts = HostReader(self.meetings, self.lex)
        self.presiding = PresidingReader(self.lex, self.rx["presiding_expressions"], self.rx["chair_labels"])

    # -- the date -------------------------------------------------------------------------
    def _date(self, doc: Doc, noun: Token | None) -> DateMention | None:
        """The meeting's date: not one still to come, in its sentence first, then one in the weeks
        before the report, in another sentence that names the meeting, not the dateline's, in
        prose, explicit before relative."""
        sentence = noun.sent.start if noun is not None else None
        naming = {t.sent.start for t in self.meetings.meeting_nouns(doc) if noun is not None
                  and self.meetings.may_name_same(noun, t) and not self.meetings.is_relayed(t)
                  and not in_general(t) and not _told_as_earlier(t)}
        reference = doc._.mp_reference_date
        def recent(mention: DateMention) -> bool:  # reports come out within weeks of the meeting
            return reference is None or dt.timedelta(0) <= reference - mention.start <= _RECENT
        def rank(mention: DateMention) -> tuple[bool, bool, bool, bool, bool, bool, bool, int]:
            sent = mention.span.sent
            in_prose = len(sent) > 6 and any(t.pos_ in {"VERB", "AUX"} for t in sent) and sent.text.rstrip().endswith(
                (".", '"', "”", ")"))
            this_one = not (mention.prospective or mention.recorded)  # not still to come, not a record's
            return (this_one, sent.start == sentence, recent(mention), sent.start in naming,
                    not mention.dateline, in_prose, mention.explicit, -mention.span.start)
        return max(doc._.mp_dates or [], key=rank, default=None)

    def _from_first_day(self, mention: DateMention | None) -> DateMention | None:
        """A multi-day meeting dated by its last day ("saw the close of the two-day meet"
        on Nov. 18) starts days earlier: start Nov. 17, end Nov. 18."""
        if mention is None or mention.end is not None:
            return mention
        text = mention.span.sent.text
        found = next((m for rx in self.rx["closing_cues"] if (m := rx.search(text))), None)
        days = _NUMBER_WORDS.get(found.group(1).lower()) if found else None
        if days is None or days < 2:
            return mention
        start = shifted(mention.start, 1 - days)
        return mention if start is None else dataclasses.replace(mention, start=start, end=mention.start)

    def __call__(self, doc: Doc) -> Doc:
        noun = self.meetings.meeting_noun(doc)
        sentence = noun.sent if noun is not None else None
        venue = self.venues.venue(doc, sentence)
        organizer, organizer_stated = self.hosts.organizer(doc, noun)
        invited = guests(doc, organizer, self.lex)
        kind = self.meetings.best_kind(noun) if noun is not None else None
        chair = self.presiding.chair(doc, invited, by_office=kind is None or kind in self.lex["body_sitting_kinds"])
        if chair is None:  # a hearing's transcript: "Chairman SMITH. ..."
            chair = labelled_chair(doc, doc._.mp_people or [], self.lex)
        doc._.mp_event = EventFacts(
            title=self.meetings.best_title(noun) if noun is not None else None,
            kind=kind,
            date=self._from_first_day(self._date(doc, noun)),
            venue=venue,
            mode=self.venues.mode(doc, venue, noun),
            organizer=organizer,
            organizer_stated=organizer_stated,
            chair=chair,
            sentence=sentence,
            guests=invited,
        )
        return doc


_RECENT = dt.timedelta(days=45)


def _told_as_earlier(noun: Token) -> bool:
    """A meeting in a sentence told in the past perfect: "At a Government meeting on May 26,
    the Prime Minister had asked ...", an earlier one."""
    root = noun.sent.root
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children) and root.tag_ == "VBN"


@Language.factory("meetingparse_event", default_config={"assets": None})
def make_event(nlp: Language, name: str, assets: str | None) -> EventReader:
    """Factory of the event reader."""
    return EventReader(name, assets=assets)
