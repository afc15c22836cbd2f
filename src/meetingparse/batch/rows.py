"""A report's outcome as table rows of the schema (``schema.py``), in insertion order.

Foreign keys between rows of the same report are :class:`Ref` (the index of the
earlier row); keys to the name tables are :class:`Named`. A sink resolves both
to ids as it inserts the rows in order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Union

from ..records import Grounded, MeetingRecord, Person
from .items import SourceDocument, SourceError


@dataclass(frozen=True)
class Ref:
    """The id of the row at ``index`` in the same list of rows."""

    index: int


@dataclass(frozen=True)
class Named:
    """The id of the row of ``table`` (persons or organizations) with this name."""

    table: str
    name: str


@dataclass(frozen=True)
class Row:
    table: str
    values: dict[str, Any]


Outcome = Union[MeetingRecord, SourceError]


def content_hash(text: str) -> str:
    """The SHA-256 of a report's text, hex: what makes a report already stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _grounded(name: str, value: Grounded | None) -> dict[str, Any]:
    return {name: value.text if value else None, f"{name}_start": value.start if value else None,
            f"{name}_end": value.end if value else None}


def _named(table: str, value: Grounded | str | None) -> Named | None:
    if value is None:
        return None
    return Named(table, value.text if isinstance(value, Grounded) else value)


def error_rows(error: SourceError, document: Ref | None = None) -> list[Row]:
    """The row of a report that failed; ``document`` when its text was read and stored."""
    return [Row("errors", {"source": error.source, "document_id": document,
                           "error_class": error.error_class, "message": error.message})]


def document_rows(document: SourceDocument, digest: str, outcome: Outcome) -> list[Row]:
    """The rows of one read report: its document row, then its meeting or its error."""
    failed = isinstance(outcome, SourceError)
    rows = [Row("documents", {"key": document.id, "source": document.source, "content_hash": digest,
                              "reference_date": document.reference_date, "url": document.url,
                              "title": document.title, "status": "failed" if failed else "parsed"})]
    if isinstance(outcome, SourceError):
        return rows + error_rows(outcome, Ref(0))
    return rows + meeting_rows(outcome, Ref(0), start=len(rows))


def _people(record: MeetingRecord) -> list[tuple[Person, bool]]:
    """Each person with whether the record lists them as a participant (a chair may stand apart)."""
    people = [(person, True) for person in record.participants]
    if record.chair is not None and record.chair not in record.participants:
        people.append((record.chair, False))
    return people


def meeting_rows(record: MeetingRecord, document: Ref, start: int) -> list[Row]:
    """The meeting row of ``record`` and every row that hangs off it; ``start`` is its index."""
    date = record.date
    rows = [Row("meetings", {
        "document_id": document, **_grounded("title", record.title), "kind": record.kind,
        "date_start": date.start if date else None, "date_end": date.end if date else None,
        "date_time": date.time if date else None, "part_of_day": date.part_of_day if date else None,
        **_grounded("date_text", date.text if date else None), **_grounded("location", record.location),
        "mode": record.mode, **_grounded("organizer", record.organizer),
        "organizer_id": _named("organizations", record.organizer),
        "chair_id": _named("persons", record.chair.name if record.chair else None),
    })]
    meeting = Ref(start)
    people = _people(record)
    for position, (person, listed) in enumerate(people):
        rows.append(Row("participations", {
            "meeting_id": meeting, "person_id": Named("persons", person.name), "position": position,
            "listed": listed, **_grounded("title", person.title), **_grounded("organization", person.organization),
            "organization_id": _named("organizations", person.organization), "roles": ",".join(person.roles),
        }))
        participation = Ref(start + len(rows) - 1)
        rows.extend(Row("mentions", {"participation_id": participation, "position": i, **_grounded("text", m)})
                    for i, m in enumerate(person.mentions))
    rows.extend(Row("meeting_organizations", {"meeting_id": meeting, "organization_id": _named("organizations", o),
                                              "position": i, **_grounded("text", o)})
                for i, o in enumerate(record.organizations))
    rows.extend(Row("attendee_groups", {"meeting_id": meeting, "position": i, **_grounded("text", g)})
                for i, g in enumerate(record.groups))
    for position, speech in enumerate(record.speeches):
        rows.append(Row("speeches", {"meeting_id": meeting, "person_id": Named("persons", speech.speaker),
                                     "position": position, "speaker": speech.speaker}))
        owner = Ref(start + len(rows) - 1)
        rows.extend(Row("points", {"speech_id": owner, "position": i, **_grounded("text", p)})
                    for i, p in enumerate(speech.points))
    return rows + _confidence_rows(record, [person for person, _ in people], meeting)


def _confidence_rows(record: MeetingRecord, people: list[Person], meeting: Ref) -> list[Row]:
    """A row per value with a confidence: a field at position 0, a person at their participation's
    position, an organization at its own, a point at its place among all the record's points."""
    scored: list[tuple[str, int, float | None]] = [(field, 0, p) for field, p in record.confidence.items()]
    scored += [("participant", i, person.confidence) for i, person in enumerate(people)]
    scored += [("organization", i, o.confidence) for i, o in enumerate(record.organizations)]
    points = [point for speech in record.speeches for point in speech.points]
    scored += [("point", i, point.confidence) for i, point in enumerate(points)]
    return [Row("confidences", {"meeting_id": meeting, "item": item, "position": position, "confidence": p})
            for item, position, p in scored if p is not None]
