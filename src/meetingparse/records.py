"""The meeting record: Pydantic models for the contract in RECORD.md.

Every value taken from the text is a :class:`Grounded` span: its ``text``
plus the character offsets ``start``/``end`` (end exclusive) of the span of
the input it came from, so ``source[start:end] == text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Role = Literal["chair", "speaker", "attendee", "guest"]
Mode = Literal["in_person", "online", "hybrid"]
PartOfDay = Literal["morning", "afternoon", "evening"]
ConfidentField = Literal["title", "kind", "date", "location", "mode", "organizer", "chair"]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Grounded(_Strict):
    """A piece of the source text and where it stands in it."""

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Grounded:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) does not have the length of {self.text!r}"
            )
        return self

    def check_against(self, source: str) -> None:
        """Raise ``ValueError`` unless the span quotes ``source`` exactly."""
        if source[self.start : self.end] != self.text:
            raise ValueError(f"{self.text!r} is not the text at [{self.start}, {self.end})")


class Scored(Grounded):
    """A grounded item of a list (an organization taking part, a speech point) with the
    calibrated probability that it belongs there; None where no fitted model judged it."""

    confidence: Probability | None = None


def _as_scored(items: Any) -> Any:
    """Plain grounded values given for a list of scored ones are taken without a confidence."""
    if not isinstance(items, list):
        return items
    return [item.model_dump() if isinstance(item, Grounded) and not isinstance(item, Scored) else item
            for item in items]


class MeetingDate(_Strict):
    """When the meeting was held; ``text`` is the date phrase as written."""

    start: dt.date
    end: dt.date | None = None
    time: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    part_of_day: PartOfDay | None = None
    text: Grounded

    @model_validator(mode="after")
    def _end_not_before_start(self) -> MeetingDate:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Person(_Strict):
    """A named person placed at the meeting."""

    name: str = Field(min_length=1)
    mentions: list[Grounded] = Field(min_length=1)
    title: Grounded | None = None
    organization: Grounded | None = None
    roles: list[Role] = Field(default_factory=list)
    confidence: Probability | None = Field(
        default=None, description="the calibrated probability that this person took part; None where not judged")

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a person's name cannot be blank")
        return value

    @field_validator("roles")
    @classmethod
    def _roles_unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError(f"roles repeat: {value}")
        return value


class Speech(_Strict):
    """What one speaker said, one grounded clause per point."""

    speaker: str = Field(min_length=1)
    points: list[Scored] = Field(default_factory=list)

    _points_scored = field_validator("points", mode="before")(_as_scored)


class MeetingRecord(_Strict):
    """The structured record of one meeting report (RECORD.md)."""

    title: Grounded | None = None
    kind: str | None = None
    date: MeetingDate | None = None
    location: Grounded | None = None
    mode: Mode | None = None
    organizer: Grounded | None = None
    chair: Person | None = None
    participants: list[Person] = Field(default_factory=list)
    groups: list[Grounded] = Field(default_factory=list)
    organizations: list[Scored] = Field(default_factory=list)
    speeches: list[Speech] = Field(default_factory=list)
    confidence: dict[ConfidentField, Probability] = Field(
        default_factory=dict,
        description="for each single-valued field that has a value, the calibrated probability that it is right")

    _organizations_scored = field_validator("organizations", mode="before")(_as_scored)

    def grounded_values(self) -> list[Grounded]:
        """Every grounded span in the record, for checks and highlighting."""
        spans: list[Grounded] = [g for g in (self.title, self.location, self.organizer) if g]
        if self.date:
            spans.append(self.date.text)
        people = self.participants + ([self.chair] if self.chair else [])
        for person in people:
            spans.extend(person.mentions)
            spans.extend(g for g in (person.title, person.organization) if g)
        spans.extend(self.groups)
        spans.extend(self.organizations)
        for speech in self.speeches:
            spans.extend(speech.points)
        return spans

    def check_grounding(self, source: str) -> None:
        """Raise ``ValueError`` if any grounded value does not quote ``source``."""
        for span in self.grounded_values():
            span.check_against(source)
