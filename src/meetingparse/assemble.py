"""Turn an annotated Doc into a MeetingRecord: the one place where the record is built."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Span

from .components.event import EventFacts
from .components.groups import GROUP_KEY
from .components.marks import text_of
from .components.organizations import INVOLVED_KEY, ORG_KEY, same_organization
from .components.people import PersonCluster
from .components.speeches import SpeechFacts
from .records import Grounded, MeetingDate, MeetingRecord, Person, Role, Scored, Speech


def grounded(span: Span | None) -> Grounded | None:
    """A doc span as a grounded value, or None."""
    if span is None:
        return None
    text = text_of(span.doc)[span.start_char : span.end_char]
    value = text.strip()  # without the space tokens at its edges
    if not value:
        return None
    start = span.start_char + len(text) - len(text.lstrip())
    return Grounded(text=value, start=start, end=start + len(value))


def _singular(title: Grounded | None) -> Grounded | None:
    """A plural title shared by a list, read in the singular ("Vice Presidents" -> "Vice President")."""
    if title is None or not title.text.endswith("s"):
        return title
    return Grounded(text=title.text[:-1], start=title.start, end=title.end - 1)


def _meeting_date(doc: Doc) -> MeetingDate | None:
    mention = doc._.mp_event.date
    text = grounded(mention.span) if mention is not None else None
    if mention is None or text is None:
        return None  # no date, or a date phrase of blank space only, which grounds nothing
    return MeetingDate(start=mention.start, end=mention.end, time=mention.time,
                       part_of_day=mention.part_of_day, text=text)


def _person(cluster: PersonCluster, host: Span | None, roles: list[Role], confidence: float | None) -> Person:
    organization = host if cluster.represents_host else cluster.organization
    return Person(
        name=cluster.name.text,
        mentions=[g for m in cluster.mentions if (g := grounded(m)) is not None],
        title=_singular(grounded(cluster.title)) if cluster.plural_title else grounded(cluster.title),
        organization=grounded(organization),
        roles=roles,
        confidence=confidence,
    )


def _attending(doc: Doc) -> dict[int, float | None]:
    """The people the record lists, with their confidence: those the fitted model kept,
    or, without one, those the rules place at the meeting; the chair always."""
    event = doc._.mp_event
    kept: dict[int, float | None] | None = doc._.mp_attending
    if kept is None:
        kept = {i: None for i, c in enumerate(doc._.mp_people) if not c.only_mentioned}
    if event.chair is not None and event.chair not in kept:
        kept = {**kept, event.chair: None}
    return dict(sorted(kept.items()))


def _scored(value: Grounded, confidence: float | None) -> Scored:
    """A grounded list item with the confidence its model gave it (None where none did)."""
    return Scored(**value.model_dump(), confidence=confidence)


def _roles(index: int, event: EventFacts, speakers: set[int]) -> list[Role]:
    roles: list[Role] = []
    if index == event.chair:
        roles.append("chair")
    if index in speakers:
        roles.append("speaker")
    if index in event.guests:
        roles.append("guest")
    elif index != event.chair:
        roles.append("attendee")
    return roles


def _organizations(doc: Doc, host: Span | None) -> list[Scored]:
    """Named organizations involved in the meeting, host first: the most complete mention
    of each anywhere on the page, without acronyms of names also given in full, nor the
    meeting itself ("the 22nd General Assembly" of an assembly), nor a body that only names the
    venue ("in the Education Centre at St Mary's Hospital")."""
    event = doc._.mp_event
    venue = event.venue
    represented = {p.organization.text for p in doc._.mp_people or [] if p.organization is not None}
    involved = [s for s in doc.spans[INVOLVED_KEY] if s[-1].lemma_.lower() != event.kind
                and (s.text in represented or not (venue is not None and venue.start <= s.start < venue.end))]
    spans = ([host] if host is not None else []) + involved
    fullest: dict[str, Grounded] = {}
    for mention in filter(None, map(grounded, doc.spans[ORG_KEY])):
        fullest.setdefault(mention.text, mention)
    kept: list[Grounded] = []
    for org in filter(None, map(grounded, spans)):
        longer = (f for text, f in fullest.items() if len(text) > len(org.text) and same_organization(text, org.text))
        org = max([org, *longer], key=lambda f: len(f.text))
        same = next((i for i, k in enumerate(kept) if same_organization(k.text, org.text)), None)
        if same is None:
            kept.append(org)
        elif len(org.text) > len(kept[same].text):
            kept[same] = org
    judged: dict[str, float] = doc._.mp_organization_confidence or {}
    return [_scored(org, next((p for name, p in judged.items() if same_organization(name, org.text)), None))
            for org in kept]


def assemble(doc: Doc) -> MeetingRecord:
    """The record of an annotated doc."""
    event = doc._.mp_event
    clusters: list[PersonCluster] = doc._.mp_people
    speeches = doc._.mp_speeches
    speakers = {s.speaker for s in speeches}
    people = {i: _person(clusters[i], event.organizer, _roles(i, event, speakers), confidence)
              for i, confidence in _attending(doc).items()}
    points = doc._.mp_point_confidence
    chair = people.get(event.chair) if event.chair is not None else None
    return MeetingRecord(
        title=grounded(event.title),
        kind=event.kind,
        date=_meeting_date(doc),
        location=grounded(event.venue),
        mode=event.mode,
        organizer=grounded(event.organizer),
        chair=chair,
        participants=list(people.values()),
        groups=[g for g in map(grounded, doc.spans[GROUP_KEY]) if g is not None],
        organizations=_organizations(doc, event.organizer),
        speeches=[
            Speech(speaker=people[s.speaker].name,
                   points=_unique(_scored(g, (points or {}).get((p.start_char, p.end_char)))
                                  for p in _said(s, points) if (g := grounded(p)) is not None))
            for s in speeches if s.speaker in people
        ],
        confidence=doc._.mp_confidence or {},
    )


def _said(speech: SpeechFacts, judged: Mapping[tuple[int, int], float] | None) -> list[Span]:
    """A speech's points: the rules' own when no model judged them, else those the model kept,
    then the pieces carrying on the speaker's turn that it admitted."""
    if judged is None:
        return speech.points
    found = speech.points + [c.point for c in speech.carried]
    return [p for p in found if (p.start_char, p.end_char) in judged]


def _unique(values: Iterable[Scored]) -> list[Scored]:
    seen: list[Scored] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
