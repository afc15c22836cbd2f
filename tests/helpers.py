"""Helpers the extraction tests share: parse with grounding checked (by the whole pipeline, or
by the hand rules alone), a decision's candidates, find a participant."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from meetingparse import MeetingRecord, load, parse
from meetingparse.api import _prepared, coerce_reference_date
from meetingparse.assemble import assemble
from meetingparse.choice.decision import Candidate
from meetingparse.records import Grounded, Person


def parsed(text: str, reference_date: str | dt.date | None = "2024-06-14") -> MeetingRecord:
    """The record of a text, after checking every offset it grounds."""
    record = parse(text, reference_date=reference_date)
    record.check_grounding(text)
    return record


def by_rules(text: str, reference_date: str | dt.date | None = None) -> Doc:
    """A text annotated by the hand rules alone, before the fitted choices."""
    nlp = load()
    with nlp.select_pipes(disable=["meetingparse_choice"]):
        return nlp(_prepared(nlp, text, coerce_reference_date(reference_date)))


def read_by_rules(text: str, reference_date: str | dt.date | None = "2024-06-14") -> MeetingRecord:
    """The record as the hand rules read a text, before the fitted choices: for tests of how
    names and titles are read, whoever the participants' model then keeps."""
    record = assemble(by_rules(text, reference_date))
    record.check_grounding(text)
    return record


def candidates(text: str, decision: str) -> list[Candidate]:
    """One decision's candidates on a text as the hand rules annotated it."""
    return load().get_pipe("meetingparse_choice").candidates(by_rules(text))[decision]


def person(record: MeetingRecord, name: str) -> Person:
    """The participant with this exact name."""
    found = [p for p in record.participants if p.name == name]
    assert found, f"{name!r} not among participants {[p.name for p in record.participants]}"
    return found[0]


def text_of(value: Grounded | None) -> str | None:
    """A grounded value's text, or None."""
    return value.text if value is not None else None
