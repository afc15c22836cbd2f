"""Validation rules and JSON shape of the record models (records.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from meetingparse.records import Grounded, MeetingDate, MeetingRecord, Person, Speech

SOURCE = "On May 12, President Zhou Hailin spoke in Room 5. He asked everyone to read."


def span(text: str, source: str = SOURCE) -> Grounded:
    start = source.index(text)
    return Grounded(text=text, start=start, end=start + len(text))


def a_date(**overrides) -> MeetingDate:
    values = {"start": dt.date(2022, 5, 12), "text": span("May 12")}
    values.update(overrides)
    return MeetingDate(**values)


def a_person(**overrides) -> Person:
    values = {"name": "Zhou Hailin", "mentions": [span("Zhou Hailin")]}
    values.update(overrides)
    return Person(**values)


def full_record() -> MeetingRecord:
    zhou = a_person(title=span("President"), roles=["speaker", "attendee"])
    return MeetingRecord(
        kind="meeting",
        date=a_date(part_of_day="morning", time="09:30"),
        location=span("Room 5"),
        mode="in_person",
        participants=[zhou],
        speeches=[Speech(speaker="Zhou Hailin", points=[span("asked everyone to read")])],
    )


# ---------------------------------------------------------------- Grounded


def test_grounded_accepts_span_of_text_length() -> None:
    g = Grounded(text="Room 5", start=10, end=16)
    assert (g.text, g.start, g.end) == ("Room 5", 10, 16)


@pytest.mark.parametrize("end", [15, 17, 10])
def test_grounded_rejects_span_length_different_from_text(end: int) -> None:
    with pytest.raises(ValidationError, match="does not have the length"):
        Grounded(text="Room 5", start=10, end=end)


def test_grounded_rejects_empty_text() -> None:
    with pytest.raises(ValidationError):
        Grounded(text="", start=3, end=3)


def test_grounded_rejects_negative_start() -> None:
    with pytest.raises(ValidationError):
        Grounded(text="ab", start=-2, end=0)


def test_grounded_check_against_raises_on_wrong_source_text() -> None:
    with pytest.raises(ValueError, match="is not the text at"):
        Grounded(text="Room 5", start=0, end=6).check_against(SOURCE)


# ---------------------------------------------------------------- MeetingDate


def test_meeting_date_rejects_end_before_start() -> None:
    with pytest.raises(ValidationError, match="before start"):
        a_date(end=dt.date(2022, 5, 11))


def test_meeting_date_accepts_end_on_or_after_start() -> None:
    assert a_date(end=dt.date(2022, 5, 12)).end == dt.date(2022, 5, 12)
    assert a_date(end=dt.date(2022, 5, 14)).end == dt.date(2022, 5, 14)


@pytest.mark.parametrize("time", ["25:00", "9:30", "14:60", "2pm", "14.00", "14:00:00"])
def test_meeting_date_rejects_bad_time_string(time: str) -> None:
    with pytest.raises(ValidationError):
        a_date(time=time)


@pytest.mark.parametrize("time", ["00:00", "09:30", "14:00", "23:59"])
def test_meeting_date_accepts_hh_mm_time(time: str) -> None:
    assert a_date(time=time).time == time


def test_meeting_date_rejects_unknown_part_of_day() -> None:
    with pytest.raises(ValidationError):
        a_date(part_of_day="noon")


# ---------------------------------------------------------------- Person


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_person_rejects_blank_name(name: str) -> None:
    with pytest.raises(ValidationError):
        a_person(name=name)


def test_person_rejects_unknown_role() -> None:
    with pytest.raises(ValidationError):
        a_person(roles=["host"])


def test_person_rejects_repeated_roles() -> None:
    with pytest.raises(ValidationError, match="roles repeat"):
        a_person(roles=["chair", "speaker", "chair"])


def test_person_accepts_every_contract_role_once() -> None:
    roles = ["chair", "speaker", "attendee", "guest"]
    assert a_person(roles=roles).roles == roles


def test_person_needs_at_least_one_mention() -> None:
    with pytest.raises(ValidationError):
        a_person(mentions=[])


# ---------------------------------------------------------------- extra keys


def test_grounded_forbids_extra_keys() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Grounded(text="Room 5", start=10, end=16, label="venue")


def test_person_forbids_extra_keys() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        a_person(nickname="Zhou")


def test_record_forbids_extra_keys() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        MeetingRecord.model_validate({"kind": "meeting", "venue": "Room 5"})


def test_record_rejects_unknown_mode() -> None:
    with pytest.raises(ValidationError):
        MeetingRecord(mode="remote")


# ---------------------------------------------------------------- check_grounding


def test_check_grounding_passes_when_every_span_quotes_source() -> None:
    record = full_record()
    record.check_grounding(SOURCE)
    assert {g.text for g in record.grounded_values()} == {
        "May 12", "Room 5", "Zhou Hailin", "President", "asked everyone to read",
    }


def shifted(g: Grounded) -> Grounded:
    return Grounded(text=g.text, start=g.start + 1, end=g.end + 1)


@pytest.mark.parametrize(
    "break_it",
    [
        lambda r: r.model_copy(update={"location": shifted(r.location)}),
        lambda r: r.model_copy(update={"date": r.date.model_copy(update={"text": shifted(r.date.text)})}),
        lambda r: r.model_copy(update={"participants": [
            r.participants[0].model_copy(update={"mentions": [shifted(r.participants[0].mentions[0])]})]}),
        lambda r: r.model_copy(update={"participants": [
            r.participants[0].model_copy(update={"title": shifted(r.participants[0].title)})]}),
        lambda r: r.model_copy(update={"speeches": [Speech(speaker="Zhou Hailin",
                                                            points=[shifted(r.speeches[0].points[0])])]}),
    ],
    ids=["location", "date-text", "participant-mention", "participant-title", "speech-point"],
)
def test_check_grounding_raises_on_wrong_offset(break_it) -> None:
    record = break_it(full_record())
    with pytest.raises(ValueError, match="is not the text at"):
        record.check_grounding(SOURCE)


def test_check_grounding_raises_for_other_source() -> None:
    with pytest.raises(ValueError):
        full_record().check_grounding(SOURCE.upper())


# ---------------------------------------------------------------- JSON shape


def test_json_dump_has_every_contract_field() -> None:
    data = MeetingRecord().model_dump(mode="json")
    assert data == {
        "title": None, "kind": None, "date": None, "location": None, "mode": None,
        "organizer": None, "chair": None, "participants": [], "groups": [],
        "organizations": [], "speeches": [], "confidence": {},
    }


def test_json_dump_date_start_is_iso_string_and_text_is_grounded_object() -> None:
    data = full_record().model_dump(mode="json")
    start = SOURCE.index("May 12")
    assert data["date"] == {
        "start": "2022-05-12",
        "end": None,
        "time": "09:30",
        "part_of_day": "morning",
        "text": {"text": "May 12", "start": start, "end": start + 6},
    }


def test_json_dump_person_shape() -> None:
    data = full_record().model_dump(mode="json")
    person = data["participants"][0]
    assert set(person) == {"name", "mentions", "title", "organization", "roles", "confidence"}
    assert person["name"] == "Zhou Hailin"
    start = SOURCE.index("Zhou Hailin")
    assert person["mentions"] == [{"text": "Zhou Hailin", "start": start, "end": start + 11}]
    assert person["title"]["text"] == "President"
    assert person["organization"] is None
    assert person["roles"] == ["speaker", "attendee"]


def test_json_dump_speech_shape() -> None:
    data = full_record().model_dump(mode="json")
    point = SOURCE.index("asked everyone to read")
    assert data["speeches"] == [{
        "speaker": "Zhou Hailin",
        "points": [{"text": "asked everyone to read", "start": point, "end": point + 22, "confidence": None}],
    }]


def test_json_round_trip_gives_equal_record() -> None:
    record = full_record()
    assert MeetingRecord.model_validate_json(record.model_dump_json()) == record


def test_plain_grounded_items_are_taken_as_scored_without_a_confidence() -> None:
    item = span("Zhou Hailin")
    record = MeetingRecord(organizations=[item], speeches=[Speech(speaker="Zhou Hailin", points=[item])])
    assert record.organizations[0].confidence is None and record.organizations[0].text == "Zhou Hailin"
    assert record.speeches[0].points[0].start == item.start
