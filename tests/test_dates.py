"""The meeting's date, read through meetingparse.parse on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import parsed, read_by_rules

import meetingparse


def _date(text: str, reference: str | None) -> tuple | None:
    date = meetingparse.parse(text, reference).date
    if date is None:
        return None
    return date.start, date.end, date.time, date.part_of_day, date.text.text


def test_year_less_date_with_part_of_day_takes_the_reference_year() -> None:
    text = "The Riverside Water Board held its quarterly meeting in the town hall on the afternoon of March 12."
    assert _date(text, "2024-03-20") == (dt.date(2024, 3, 12), None, None, "afternoon", "afternoon of March 12")


def test_weekday_and_yesterday_count_back_from_the_reference() -> None:
    assert _date("The Harbor Council held a meeting on Tuesday.", "2024-03-21")[0] == dt.date(2024, 3, 19)
    assert _date("The Kelso Town Council met yesterday in the council chamber.", "2024-02-15")[0] == dt.date(2024, 2, 14)


def test_month_first_range_gives_start_and_end() -> None:
    text = "The Alpine Forestry Society held its annual conference from May 18th to 20th in Bern."
    assert _date(text, "2024-06-01") == (dt.date(2024, 5, 18), dt.date(2024, 5, 20), None, None, "May 18th to 20th")


def test_day_first_range_with_year() -> None:
    text = "The Delta Farmers Union held a workshop on 18-20 March 2024 in Leeds."
    assert _date(text, "2024-04-01")[:2] == (dt.date(2024, 3, 18), dt.date(2024, 3, 20))


def test_clock_times() -> None:
    assert _date("At 14:00 on June 3, 2023, the Northfield Library Board held a meeting in Room 12.",
                 "2023-06-10")[:3] == (dt.date(2023, 6, 3), None, "14:00")
    assert _date("The Orchard Growers Association held a seminar at 2:30 p.m. on 9 October 2022 in the Civic Hall.",
                 "2022-10-20")[:3] == (dt.date(2022, 10, 9), None, "14:30")


def test_dateline_anchors_a_weekday() -> None:
    text = ("LISBON, March 5 (Xinhua) -- The Coastal Shipping Forum was held here on Monday. "
            "Minister Ana Costa attended the forum.")
    assert _date(text, "2025-03-10") == (dt.date(2025, 3, 3), None, None, None, "Monday")


def test_dateline_alone_gives_its_day() -> None:
    text = "OSLO, June 6 (Reuters) -- The Nordic Fisheries Council held its annual meeting in the city hall."
    assert _date(text, "2023-06-07")[0] == dt.date(2023, 6, 6)


def test_only_a_relative_week_stays_null() -> None:
    text = "The Valley Teachers Union held a meeting last week. Principal Omar Reyes attended it."
    assert _date(text, "2024-05-10") is None


def test_the_next_meeting_is_not_the_date() -> None:
    text = ("The Midland Choir held a meeting on April 4 in the parish hall. The next meeting will be held on May 2.")
    assert _date(text, "2024-04-10")[0] == dt.date(2024, 4, 4)


def test_a_forum_still_to_come_is_not_the_date() -> None:
    text = ("On 28 May I attended the council of ministers in Brussels. Ministers heard a report on the trade "
            "forum to be held with Norway on 25-26 June.")
    assert _date(text, "2018-06-06")[0] == dt.date(2018, 5, 28)


def test_purpose_clause_does_not_make_the_date_a_future_one() -> None:
    text = ("The Consulate General held a reception to celebrate the anniversary on the evening of 14 October. "
            "The partnership was signed on 9 October 2015.")
    assert _date(text, "2025-10-16")[:2] == (dt.date(2025, 10, 14), None)


def test_a_scheduled_appearance_is_not_the_date() -> None:
    text = ("The Standing Committee on Roads met on Thursday to hear evidence from carriers. The minister is "
            "scheduled to appear before the committee on March 5.")
    assert _date(text, "2026-02-14")[0] == dt.date(2026, 2, 12)


def test_an_earlier_meeting_told_in_the_past_perfect_is_not_the_date() -> None:
    text = ("Deputy Prime Minister Tran Van Hai on Thursday afternoon chaired a video conference on power supply. "
            "The conference was organised by the Steering Committee. At a Government meeting on May 26, the "
            "Prime Minister had asked the sector to avoid shortages.")
    assert _date(text, "2025-06-06")[0] == dt.date(2025, 6, 5)


def test_a_multi_day_meeting_that_ended_on_a_day() -> None:
    text = "The call was made at the Women and Land Forum, a two-day meeting that ended on Wednesday in Mbale."
    assert _date(text, "2026-04-17")[:2] == (dt.date(2026, 4, 14), dt.date(2026, 4, 15))


def test_a_date_in_the_weeks_before_the_report_beats_a_later_one_of_last_year() -> None:
    text = ("The meeting was called to order at 6:30 p.m. in the City Hall Council Chambers. The council voted "
            "5-2 on Tuesday to approve the plan. The final hearing is set for Nov. 11.")
    assert _date(text, "2025-10-16")[0] == dt.date(2025, 10, 14)


def test_day_first_dateline_gives_way_to_the_meeting_range() -> None:
    text = ("New Delhi, 12 December 2025 - Food safety officials met online from 9 to 10 December 2025 for the "
            "Regional Consultation on Food Alerts.")
    assert _date(text, "2025-12-12")[:2] == (dt.date(2025, 12, 9), dt.date(2025, 12, 10))


def test_a_year_less_date_with_no_reference_stays_unresolved_whatever_the_day() -> None:
    text = "The Harbor Council held its meeting in the town hall on March 12."
    assert _date(text, None) is None  # not resolved against the machine's clock
    assert _date("The Harbor Council held its meeting on March 12, 2023.", None)[0] == dt.date(2023, 3, 12)


def test_dates_at_the_calendar_ends_resolve_or_stay_empty_without_error() -> None:
    assert _date("The Harbor Council met yesterday.", "0001-01-01") is None  # no day before 1 January of year 1
    assert _date("The Harbor Council met on Tuesday.", "0001-01-01") is None
    assert _date("The Harbor Council met yesterday.", "9999-12-31")[0] == dt.date(9999, 12, 30)
    text = "The Harbor Council closed its two-day meeting on January 1."
    assert _date(text, "0001-01-01") in (None, (dt.date(1, 1, 1), None, None, None, "January 1"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The branch meeting was held on 25.11.15 at the Legion Hall.", dt.date(2015, 11, 25)),
    ("Decisions taken by the Cabinet at its meeting held on 08-08-2018.", dt.date(2018, 8, 8)),
    ("In the afternoon of 9/27/2016, the delegation met the provincial leaders.", dt.date(2016, 9, 27)),
    ("The board met on 14/03/2024 in Room 2.", dt.date(2024, 3, 14)),
    ("The board met on 03.04.2024 in Room 2.", dt.date(2024, 4, 3)),
])
def test_all_number_dates(text: str, expected: dt.date) -> None:
    assert parsed(text, reference_date="2024-06-14").date.start == expected


def test_a_slashed_date_read_both_ways_takes_the_reading_nearest_before_the_report() -> None:
    # 05/06/2024: 5 June (day first) lies before a report of 14 June, 6 May further back
    assert parsed("The board met on 05/06/2024.", reference_date="2024-06-14").date.start == dt.date(2024, 6, 5)
    assert parsed("The board met on 05/06/2024.", reference_date="2024-05-20").date.start == dt.date(2024, 5, 6)


def test_a_two_digit_year_never_lands_after_the_report() -> None:
    assert parsed("The club met on 12.03.99.", reference_date="2024-06-14").date.start == dt.date(1999, 3, 12)


@pytest.mark.parametrize(("text", "reference", "start", "end", "time"), [
    ("The chapter held its quarterly meeting last October 15, 2019 at the Casa Verde Function Room.", "2019-10-20",
     "2019-10-15", None, None),
    (("MINUTES OF THE XII GENERAL ASSEMBLY\nKIGALI, 5 and 6 September 2025\n\nThe President welcomed the delegates to "
     "the General Assembly."), "2025-09-22", "2025-09-05", "2025-09-06", None),
    ("The school board met from 7 to 9:15 p.m. Jan. 14 in the library at the high school.", "2026-01-16",
     "2026-01-14", None, "19:00"),
])
def test_dates_written_with_last_and_or_a_time_before_them(text: str, reference: str, start: str, end: str | None,
                                                          time: str | None) -> None:
    date = meetingparse.parse(text, reference_date=reference).date
    assert date is not None
    assert (str(date.start), str(date.end) if date.end else None, date.time) == (start, end, time)


def test_a_date_line_beside_a_venue_line_is_the_meetings_not_the_pages() -> None:
    record = read_by_rules("MINUTES\nDate: 14/03/2024\nVenue: Council Chamber, Civic Centre\n\nThe council met to approve "
                           "the budget.", "2024-04-01")
    assert record.date is not None and str(record.date.start) == "2024-03-14"
    page = read_by_rules("Date: 28/03/2024\nSource: Harwell Herald\n\nThe council met on 14 March to approve the budget.",
                         "2024-04-01")
    assert page.date is not None and str(page.date.start) == "2024-03-14"


@pytest.mark.parametrize(("text", "day"), [
    ("The 2025 Annual General Meeting was held on the first of March at the Grand Hotel.", dt.date(2025, 3, 1)),
    ("The vestry met on the twenty-third of February in the parish hall.", dt.date(2025, 2, 23)),
    ("The guild met on the fourth of March in the village hall.", dt.date(2025, 3, 4)),
])
def test_a_day_written_as_an_ordinal_word(text: str, day: dt.date) -> None:
    found = _date(text, "2025-03-10")
    assert found is not None and found[0] == day


def test_an_ordinal_that_counts_weeks_is_no_day() -> None:
    from meetingparse.components.dates import _ORDINAL_DAY_RX, _day_in_figures
    assert _ORDINAL_DAY_RX.sub(_day_in_figures, "the second week of march") == "the second week of march"


def test_a_date_line_in_a_block_of_particulars_with_a_venue_line_is_the_meeting_s() -> None:
    """"Date:", "Time:" and "Venue:" lines together are a meeting's particulars, not a page's
    publication line, even where the time comes between the date and the venue."""
    record = read_by_rules("PARENTS' COUNCIL MEETING - MINUTES\nDate: Thursday, September 10, 2020\nTime: 8:00 am\n"
                           "Venue: School Office Room\n\nThe council met to plan the school year.", "2020-09-15")
    assert record.date is not None and record.date.start == dt.date(2020, 9, 10)


def test_the_date_of_an_earlier_sitting_whose_record_is_approved_is_not_the_meeting_s() -> None:
    record = read_by_rules("Proceedings of the Kenyan Senate of Wednesday 3rd May, 2017\n\nAnother legislative day has "
                           "begun at the Senate, with Speaker Ann Wanjiru saying the prayer before she led the House "
                           "into the day's business.\n\nThe votes and proceedings of Tuesday, 2nd May, 2017 were moved "
                           "for approval by Senator Tom Keter, and Senator Ruth Chebet seconded the motion.", "2017-05-04")
    assert record.date is not None and record.date.start == dt.date(2017, 5, 3)
