"""Helpers the extraction tests share: parse with grounding checked, find a participant."""

from __future__ import annotations

import datetime as dt

from meetingparse import MeetingRecord, parse
from meetingparse.records import Grounded, Person


def parsed(text: str, reference_date: str | dt.date | None = "2024-06-14") -> MeetingRecord:
    """The record of a text, after checking every offset it grounds."""
    record = parse(text, reference_date=reference_date)
    record.check_grounding(text)
    return record


def person(record: MeetingRecord, name: str) -> Person:
    """The participant with this exact name."""
    found = [p for p in record.participants if p.name == name]
    assert found, f"{name!r} not among participants {[p.name for p in record.participants]}"
    return found[0]


def text_of(value: Grounded | None) -> str | None:
    """A grounded value's text, or None."""
    return value.text if value is not None else None
