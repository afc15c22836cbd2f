"""Helpers the extraction tests share: parse with grounding checked (by the whole pipeline, or
by the hand rules alone), find a participant."""

from __future__ import annotations

import datetime as dt

from meetingparse import MeetingRecord, load, parse
from meetingparse.api import _prepared, coerce_reference_date
from meetingparse.assemble import assemble
from meetingparse.records import Grounded, Person


def parsed(text: str, reference_date: str | dt.date | None = "2024-06-14") -> MeetingRecord:
    """The record of a text, after checking every offset it grounds."""
    record = parse(text, reference_date=reference_date)
    record.check_grounding(text)
    return record


def read_by_rules(text: str, reference_date: str | dt.date | None = "2024-06-14") -> MeetingRecord:
    """The record as the hand rules read a text, before the fitted choices: for tests of how
    names and titles are read, whoever the participants' model then keeps."""
    nlp = load()
    with nlp.select_pipes(disable=["meetingparse_choice"]):
        doc = nlp(_prepared(nlp, text, coerce_reference_date(reference_date)))
    record = assemble(doc)
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
