"""Extraction behaviour on short hand-written sentences (all names fictional).

Each test asserts the exact output of ``meetingparse.parse`` for one pattern.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import by_rules, person, text_of
from helpers import parsed as _parsed

from meetingparse import MeetingRecord
from meetingparse.records import Grounded


def parsed(text: str, reference_date: str | dt.date | None = "2022-05-20") -> MeetingRecord:
    return _parsed(text, reference_date)


# ---------------------------------------------------------------- (a) title before a name

TITLE_BEFORE = ("On the morning of May 12, the university held a teaching work conference. "
                "President Zhou Hailin and Vice President Liang Wenbo attended.")


def test_title_before_name_gives_participant_with_title(nlp) -> None:
    zhou = person(parsed(TITLE_BEFORE), "Zhou Hailin")
    assert text_of(zhou.title) == "President"


def test_title_before_name_second_person_in_coordination(nlp) -> None:
    liang = person(parsed(TITLE_BEFORE), "Liang Wenbo")
    assert text_of(liang.title) == "Vice President"


def test_title_before_name_is_not_part_of_name(nlp) -> None:
    record = parsed(TITLE_BEFORE)
    assert [p.name for p in record.participants] == ["Zhou Hailin", "Liang Wenbo"]
    assert [m.text for m in record.participants[0].mentions] == ["Zhou Hailin"]


# ---------------------------------------------------------------- (b) apposition after a name

APPOSITION = [
    pytest.param("On the morning of May 12, the city held a work conference on urban renewal, and "
                 "Qian Mingyu, Director of Planning Bureau of Fenghe City, attended the meeting.",
                 id="after-comma-and"),
    pytest.param("On the morning of May 12, the city held a work conference on urban renewal. "
                 "Qian Mingyu, Director of Planning Bureau of Fenghe City, attended the meeting.",
                 id="sentence-start"),
]


@pytest.mark.parametrize("text", APPOSITION)
def test_apposition_after_name_splits_title_and_organization(nlp, text: str) -> None:
    qian = person(parsed(text), "Qian Mingyu")
    assert (text_of(qian.title), text_of(qian.organization)) == ("Director", "Planning Bureau of Fenghe City")


@pytest.mark.parametrize("text", APPOSITION)
def test_apposition_organization_is_listed_in_organizations(nlp, text: str) -> None:
    record = parsed(text)
    assert "Planning Bureau of Fenghe City" in [o.text for o in record.organizations]


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Dr. Anaclet Mugisha, Dean of the School of Inclusive and Special Needs Education, attended "
                 "the meeting on Monday.", "School of Inclusive and Special Needs Education", id="special-needs"),
    pytest.param("Mr Kofi Mensah, Director of the Department of Finance and General Services, attended the "
                 "meeting on Monday.", "Department of Finance and General Services", id="general-services"),
])
def test_a_title_modifier_after_and_that_opens_a_field_stays_in_the_body(nlp, text: str, body: str) -> None:
    """Only a position word after "and" ends a body's name; a modifier alone opens a field."""
    record = parsed(text)
    assert text_of(record.participants[0].organization) == body


def test_a_position_after_and_still_ends_the_body(nlp) -> None:
    record = parsed("On Monday, the Ministry of Health and Permanent Secretary Grace Wanjiru met the nurses' union.")
    assert "Ministry of Health" in [o.text for o in record.organizations]
    assert text_of(person(record, "Grace Wanjiru").title) == "Permanent Secretary"


# ---------------------------------------------------------------- (c) presided over by

PRESIDED = ("On the morning of May 12, the school held a teaching work meeting. "
            "The meeting was presided over by Sun Kaiwen, Dean of the School.")


def test_presided_over_by_gives_chair_name(nlp) -> None:
    record = parsed(PRESIDED)
    assert record.chair is not None
    assert record.chair.name == "Sun Kaiwen"


def test_chair_has_chair_role_and_is_a_participant(nlp) -> None:
    record = parsed(PRESIDED)
    assert "chair" in record.chair.roles
    assert [p.name for p in record.participants] == ["Sun Kaiwen"]


# ---------------------------------------------------------------- (d) year-less and relative dates


def test_yearless_date_resolves_against_reference_year(nlp) -> None:
    record = parsed("On the afternoon of April 29, the college held a safety work meeting.", "2022-05-06")
    assert record.date is not None
    assert record.date.model_dump(mode="json")["start"] == "2022-04-29"
    assert record.date.part_of_day == "afternoon"


def test_yearless_date_text_quotes_the_date_phrase(nlp) -> None:
    text = "On the afternoon of April 29, the college held a safety work meeting."
    record = parsed(text, "2022-05-06")
    assert "April 29" in record.date.text.text
    assert record.date.text.start <= text.index("April 29")


@pytest.mark.parametrize(
    "text",
    ["Last week, the college held a safety work meeting.",
     "The college held a safety work meeting last week."],
    ids=["leading", "trailing"],
)
def test_last_week_alone_gives_no_date(nlp, text: str) -> None:
    assert parsed(text, "2022-05-06").date is None


# ---------------------------------------------------------------- (e) semicolon-separated points

SPEECH = ("On the morning of May 12, the university held a service work meeting. "
          "President Zhou Hailin attended the meeting and made a speech. "
          "He required every department to improve its services; to strengthen supervision; "
          "and to report progress monthly.")


def test_semicolon_points_are_three_clauses_first_keeps_verb(nlp) -> None:
    record = parsed(SPEECH)
    assert [s.speaker for s in record.speeches] == ["Zhou Hailin"]
    points = [p.text for p in record.speeches[0].points]
    assert len(points) == 3
    assert points[0].startswith("required")
    assert points == [
        "required every department to improve its services",
        "to strengthen supervision",
        "to report progress monthly",
    ]


def test_speaker_gets_speaker_role(nlp) -> None:
    assert "speaker" in person(parsed(SPEECH), "Zhou Hailin").roles


# ---------------------------------------------------------------- (f) page debris

HEADER = "Current Location: Home > News"
FOOTER = "Address: No. 12 Heping Road, Fenghe City, 110000"
DEBRIS_PAGE = (
    f"{HEADER}\n\n"
    "Fenghe University holds teaching work conference\n\n"
    "On the morning of May 12, Fenghe University held a teaching work conference in Conference Room 201. "
    "President Zhou Hailin and Wu Jiayi, Director of the Academic Affairs Office, attended.\n\n"
    f"{FOOTER}\n"
)


def _debris_ranges() -> list[range]:
    header = DEBRIS_PAGE.index(HEADER)
    footer = DEBRIS_PAGE.index(FOOTER)
    return [range(header, header + len(HEADER)), range(footer, footer + len(FOOTER))]


def _overlaps_debris(span: Grounded) -> bool:
    return any(span.start < r.stop and r.start < span.end for r in _debris_ranges())


def _person_spans(record: MeetingRecord) -> list[Grounded]:
    people = record.participants + ([record.chair] if record.chair else [])
    spans: list[Grounded] = []
    for p in people:
        spans += p.mentions + [g for g in (p.title, p.organization) if g]
    return spans


def test_debris_lines_give_no_participant(nlp) -> None:
    record = parsed(DEBRIS_PAGE)
    assert [s.text for s in _person_spans(record) if _overlaps_debris(s)] == []


def test_debris_lines_give_no_organization(nlp) -> None:
    record = parsed(DEBRIS_PAGE)
    assert [o.text for o in record.organizations if _overlaps_debris(o)] == []


def test_debris_lines_give_no_location_or_organizer(nlp) -> None:
    record = parsed(DEBRIS_PAGE)
    assert [g.text for g in (record.location, record.organizer) if g and _overlaps_debris(g)] == []


def test_debris_lines_give_no_grounded_value_at_all(nlp) -> None:
    record = parsed(DEBRIS_PAGE)
    assert [g.text for g in record.grounded_values() if _overlaps_debris(g)] == []


def test_body_between_debris_lines_is_still_extracted(nlp) -> None:
    record = parsed(DEBRIS_PAGE)
    assert [p.name for p in record.participants] == ["Zhou Hailin", "Wu Jiayi"]
    assert text_of(record.location) == "Conference Room 201"


# ---------------------------------------------------------------- (g) relative weekday


@pytest.mark.parametrize(
    "text",
    ["The faculty held a curriculum meeting on Tuesday.",
     "On Tuesday, the faculty held a curriculum meeting."],
    ids=["trailing", "leading"],
)
def test_weekday_resolves_to_most_recent_before_reference(nlp, text: str) -> None:
    # 2025-11-06 is a Thursday; the Tuesday of that week is 2025-11-04.
    assert dt.date(2025, 11, 6).weekday() == 3
    record = parsed(text, "2025-11-06")
    assert record.date is not None
    assert record.date.start == dt.date(2025, 11, 4)
    assert record.date.text.text == "Tuesday"


def test_a_navigation_menu_line_is_debris_but_a_name_and_title_row_is_not(nlp) -> None:
    menu = "Topics  Government activity  Departments  News  Guidance"
    row = "Dr Hana Okello      Medical Director"
    doc = by_rules(f"{menu}\n\nThe trust board met on 4 May 2024.\n\n{row}\n")
    assert all(t._.mp_debris for t in doc if t.idx < len(menu) and not t.is_space)
    assert not any(t._.mp_debris for t in doc if t.idx >= doc.text.index(row))


@pytest.mark.parametrize("furniture", [
    "Posted on May 25, 2024",
    "Originally published: 25 May 2024",
    "Diplomatic Desk | 25 May 2024, 12:00 | Views: 193 | Comments: 0",
    "Sat, 25 May 2024   Source: Ama Owusu, Contributor",
    "Front page / News        25-05-2024",
])
def test_a_post_s_date_line_is_furniture_not_the_meeting_s_date(nlp, furniture: str) -> None:
    """The date a page was posted on is no date of the meeting: a report that dates the
    meeting nowhere else has none."""
    doc = by_rules(f"{furniture}\n\nThe trust board met to review the hospital budget.\n", "2024-05-25")
    assert all(t._.mp_debris for t in doc if t.idx < len(furniture) and not t.is_space)
    assert parsed(f"{furniture}\n\nThe trust board met to review the hospital budget.\n", "2024-05-25").date is None

