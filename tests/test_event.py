"""The meeting's own facts (title, kind, venue, mode, organizer, multi-day dates) on
reports written for the purpose (all names fictional), asserting exact values."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import by_rules, parsed, read_by_rules, text_of

# ---------------------------------------------------------------- title and kind

def test_held_meeting_title_and_kind() -> None:
    record = parsed("On June 3, Fenghe University held the 2024 teaching work conference in the Yifu Building.")
    assert (text_of(record.title), record.kind) == ("teaching work conference", "conference")


def test_a_day_s_possessive_is_not_part_of_the_meeting_s_name() -> None:
    record = parsed("Tuesday's session of the Standing Committee on Roads heard the engineers on 4 June 2024.")
    assert text_of(record.title) == "session of the Standing Committee on Roads"


@pytest.mark.parametrize(("text", "title"), [
    ("The Cabinet Meeting of 4 July 2018 approved the budget for the new hospital.", "Cabinet Meeting"),
    ("The First Senior Managers Meeting of 2023 was held at the head office on Friday.",
     "First Senior Managers Meeting"),
    ("The university held its work deployment meeting for the spring semester of 2026 on 2 March.",
     "work deployment meeting for the spring semester of 2026"),
    (("CABINET DECISIONS - 20TH CABINET MEETING OF 26 NOVEMBER 2024\n\nThe Cabinet met on Tuesday and approved "
      "the plan."), "20TH CABINET MEETING"),
])
def test_a_date_after_the_meeting_noun_and_a_headline_s_label_are_no_part_of_its_name(text: str, title: str) -> None:
    """The record's name leaves out the date phrase that hangs on the meeting noun (one inside
    the name stays) and the label a spaced dash sets off before it in a headline."""
    record = read_by_rules(text, "2026-12-01")
    assert text_of(record.title) == title


@pytest.mark.parametrize(("text", "title"), [
    ("The Harlow Trades Council held a budget workshop lasting three days at its offices in May 2024.",
     "budget workshop"),
    ("The Rivers Committee held an evidence session open to the public on 4 June 2024.", "evidence session"),
    ("The Rivers Committee held an evidence session available to the public on 4 June 2024.", "evidence session"),
    ("Trade ministers held a consultative meeting on behalf of their governments in Apia on 4 June 2024.",
     "consultative meeting"),
    ("A meeting of the federal cabinet chaired by Prime Minister Ada Obi approved the budget on 4 June 2024.",
     "meeting of the federal cabinet"),
])
def test_how_long_a_meeting_lasted_and_for_whom_are_no_part_of_its_name(text: str, title: str) -> None:
    """A duration ("lasting three days"), an adjective after the noun ("open to the public"),
    "on behalf of" and who hosted or chaired it describe the meeting; its name stops before them."""
    assert text_of(read_by_rules(text, "2024-06-10").title) == title


@pytest.mark.parametrize(("text", "title"), [
    (("Workshop to Strengthen the Capacity of Women Leaders\n\nThe Harlow Women's Network held the workshop "
      "on 4 June 2024 at its offices."), "Workshop to Strengthen the Capacity of Women Leaders"),
    ("Forum to be Held in Apia\n\nThe Harlow Women's Network will hold the forum on 4 June 2024 at its offices.",
     None),
])
def test_a_headline_s_meeting_named_by_its_purpose_runs_to_the_end(text: str, title: str | None) -> None:
    """A headline's "Workshop to <verb> ..." is named by its whole purpose (the infinitive is
    not the headline's own verb); a forum "to be held" is still to come."""
    assert text_of(read_by_rules(text, "2024-06-10").title) == title


@pytest.mark.parametrize(("text", "title"), [
    (("The county held a two-day refresher training for nurses, midwives and community health workers, funded by "
      "the Red Cross, on 4 June 2024."), "refresher training for nurses, midwives and community health workers"),
    ("Harlow College hosted a seminar on planning, budgeting, and procurement for its bursars on 4 June 2024.",
     "seminar on planning, budgeting, and procurement for its bursars"),
    ("The library held a public lecture titled \"Rivers of the North: Trade, Faith and Memory\" on 4 June 2024.",
     "public lecture titled \"Rivers of the North: Trade, Faith and Memory\""),
])
def test_a_meeting_s_name_runs_over_the_lists_and_quotation_it_carries(text: str, title: str) -> None:
    assert text_of(read_by_rules(text).title) == title


def test_a_comma_before_another_clause_still_ends_a_meeting_s_name() -> None:
    record = read_by_rules("The trust held a workshop for volunteers, and the mayor opened it on 4 June 2024.")
    assert text_of(record.title) == "workshop for volunteers"


def test_a_meeting_whose_minutes_are_approved_is_an_earlier_one() -> None:
    record = parsed("The Kilbride community council met on 3 June 2024 at the village hall. The minutes of the "
                    "26th May meeting were approved.")
    assert record.title is None


def test_a_minutes_heading_set_off_by_a_dash_names_the_meeting() -> None:
    record = parsed("Lakeside Primary School\n\nMinutes – Governing Body Meeting, 3 June 2024\n\nPRESENT\n"
                    "Ann Cole, Tom Vea\n\n1. Apologies were received.")
    assert (text_of(record.title), record.kind) == ("Governing Body Meeting", "meeting")


@pytest.mark.parametrize(("heading", "title"), [
    ("Annual General Meeting - Minutes", "Annual General Meeting"),
    ("PARENTS' FORUM MEETING – DRAFT MINUTES", "PARENTS' FORUM MEETING"),
    ("Finance Committee Meeting Minutes", "Finance Committee Meeting"),
])
def test_a_heading_that_closes_with_the_minutes_label_names_the_meeting(heading: str, title: str) -> None:
    record = read_by_rules(f"Brookfield Rowing Club\n\n{heading}\n\nPresent: Ann Cole, Tom Vea\n\n"
                           "1. Apologies were received.")
    assert text_of(record.title) == title


def test_an_extract_of_minutes_names_the_meeting_and_the_venue_after_its_date() -> None:
    record = read_by_rules("Borough of Kestle\n\nEXTRACT FROM THE MINUTES - Special Meeting of the Borough Council, "
                           "3 June 2024, Council Chamber\n\nPresent: Ann Cole, Tom Vea")
    assert (text_of(record.title), text_of(record.location)) == ("Special Meeting of the Borough Council",
                                                                 "Council Chamber")


def test_the_venue_comes_from_the_heading_line_that_gives_it() -> None:
    record = read_by_rules("Harbour Sailing Ltd: Annual General Meeting Minutes\n\n"
                           "MINUTES OF THE ANNUAL GENERAL MEETING HELD AT THE HARBOUR CLUBHOUSE ON 3 JUNE 2024\n\n"
                           "Present: Ann Cole, Tom Vea")
    assert text_of(record.location) == "HARBOUR CLUBHOUSE"


def test_a_numbered_line_s_number_is_not_part_of_the_meeting_s_name() -> None:
    record = parsed("14 Special Session of the Sangguniang Bayan held on 3 June 2024 at the session hall.\n"
                    "15 Hon. Ramon Cruz presided over the session.")
    assert text_of(record.title) == "Special Session of the Sangguniang Bayan"


def test_video_conference_is_a_kind_of_its_own() -> None:
    record = parsed("On June 5, the Deputy Prime Minister chaired a video conference on power supply. The conference "
                    "was organised by the Steering Committee on Power Supply.")
    assert (record.kind, text_of(record.title)) == ("video conference", "video conference on power supply")


def test_bare_mention_gives_way_to_the_named_one() -> None:
    record = parsed("Fenghe University Holds Symposium on Rural Revitalization\n\n"
                    "On June 3, a symposium was held in Room 302. Twelve scholars attended.")
    assert text_of(record.title) == "Symposium on Rural Revitalization"
    assert record.kind == "symposium"


def test_name_stops_before_the_room() -> None:
    record = parsed("On the afternoon of June 3, Fenghe University held the teaching quality work meeting for the "
                    "spring semester in Conference Room 306 of the Mingde Building.")
    assert text_of(record.title) == "teaching quality work meeting for the spring semester"
    assert text_of(record.location) == "Conference Room 306 of the Mingde Building"


def test_purpose_clause_is_part_of_the_name() -> None:
    record = parsed("On June 3, the steering committee held a nationwide online conference to deploy the "
                    "response to floods.")
    assert text_of(record.title) == "nationwide online conference to deploy the response to floods"


def test_talks_name_no_meeting() -> None:
    record = parsed("On June 3, Governor Li Ming held talks with a business delegation from Portugal.")
    assert record.kind == "talks"
    assert record.title is None
    assert record.organizer is None


def test_meetings_in_general_are_not_the_meeting() -> None:
    # the rules' reading: the fitted title model may then judge a lower-case name too plain to give
    doc = by_rules("During the month the council held over 30 meetings. On June 28, Ambassador Ana Reyes "
                   "chaired a wrap-up meeting.")
    assert doc._.mp_event.title.text == "wrap-up meeting"
    record = parsed(doc.text)
    assert record.title is None or text_of(record.title) == "wrap-up meeting"


# ---------------------------------------------------------------- venue and mode

def test_room_of_a_building_is_the_venue_and_in_person() -> None:
    record = parsed("On June 3, the school held a safety meeting in Conference Room 910 of the Science "
                    "Building.")
    assert text_of(record.location) == "Conference Room 910 of the Science Building"
    assert record.mode == "in_person"


def test_town_and_region_where_it_was_held() -> None:
    record = parsed("Shareholders spoke on Monday at the firm's 12th annual general meeting held in Ilesa, "
                    "Osun State.")
    assert text_of(record.location) == "Ilesa, Osun State"


def test_a_photo_caption_line_gives_no_venue() -> None:
    """A line that ends in a photo credit after a bar is a caption: its place is the picture's."""
    record = parsed("Councillors clash over road repairs\n\nMembers of the Kisii council at the Tabaka Guest House "
                    "during Friday's session. | Photo: SPECIAL ARRANGEMENT\n\nA row over unfinished roads brought "
                    "Friday's Kisii Municipal Council meeting to an early close. Chairperson Ruth Moraa presided.",
                    "2024-06-10")
    assert record.location is None


def test_dateline_place_when_no_venue_is_named() -> None:
    record = parsed("DENVER, Colorado - The Road Builders Association opened its annual conference on "
                    "Monday with a call for safer roads.")
    assert text_of(record.location) == "DENVER, Colorado"


def test_named_chamber_entered_is_the_venue_and_who_chaired_is_the_chair() -> None:
    record = parsed("The Dunmore Shire Council backed the plan on Tuesday night, with Mayor Ana Cruz, who chaired "
                    "the meeting, using her casting vote. Seventy residents squeezed into the Dunmore council "
                    "chambers for the ordinary meeting. Cr Bo Lind walked into the hall late.")
    assert text_of(record.location) == "the Dunmore council chambers"
    assert record.chair is not None and record.chair.name == "Ana Cruz"


def test_chaired_meeting_in_a_hut_with_a_deadline_after_it() -> None:
    record = parsed("About forty residents crowded into Oakfield Scout Hut last Friday evening to hear about a new "
                    "footbridge.\n\nThe meeting was chaired by Councillor Pat Doyle. Mira Sen, a project engineer "
                    "with Calder & Finch Consulting Ltd, told the audience that work could start in May. A formal "
                    "consultation on the scheme runs until 24 April.", reference_date="2026-03-17")
    assert record.kind == "meeting"
    assert record.date is not None and (record.date.start, record.date.part_of_day) == (dt.date(2026, 3, 13),
                                                                                     "evening")
    assert text_of(record.location) == "Oakfield Scout Hut"
    sen = next(p for p in record.participants if p.name == "Mira Sen")
    assert (text_of(sen.title), text_of(sen.organization)) == ("project engineer", "Calder & Finch Consulting Ltd")


def test_body_that_only_names_the_venue_and_a_postal_footer_are_left_out() -> None:
    record = parsed("The Board met in public on Thursday in the Education Centre at St Mary's Hospital. Gwen Hale, "
                    "Chair of the Board, presided.\n\nValley Health Board · Ty Maen, Llanfair Road, Pontardyn "
                    "PN4 7TR · Page 1 of 1")
    assert text_of(record.location) == "the Education Centre at St Mary's Hospital"
    assert [o.text for o in record.organizations if "Hospital" in o.text or "Centre" in o.text] == []
    assert [p.name for p in record.participants] == ["Gwen Hale"]


def test_mayor_presiding_in_an_absolute_clause_chairs() -> None:
    text = ("The meeting was called to order at 6:30 p.m. in the City Hall Council Chambers, with Mayor Dana Ridley "
            "presiding and all seven members of council present. Mayor Pro Tem Luis Ortiz ran the hearing.")
    record = parsed(text)
    assert record.chair is not None and record.chair.name == "Dana Ridley"
    # who the rules read as there; the fitted model's cut on a two-sentence text is not this test's matter
    assert [p.name for p in read_by_rules(text).participants] == ["Dana Ridley", "Luis Ortiz"]


def test_chair_named_by_surname_alone_and_a_future_meeting_mentioned() -> None:
    record = parsed("Delegates of the Ghana Nurses Union on Saturday re-elected Ms Ama Owusu, who has led the union "
                    "since 2019, as Secretary General. Mr Kofi Boateng did not seek re-election. The assembly was "
                    "presided over by Boateng in his last duty as chairman. The ministry said it would convene a "
                    "meeting with the governors within two weeks.")
    assert record.kind == "assembly"
    assert record.chair is not None and record.chair.name == "Kofi Boateng"


@pytest.mark.parametrize(("text", "venue"), [
    ("Speaking in Lilongwe on Monday, the Minister of Energy briefed journalists on the new tariffs.", "Lilongwe"),
    ("The AGM was held at the society's premises on 3 June, with some members joining by video.",
     "the society's premises"),
    ("The Senate of Harlow University met on 3 June in the college's teaching block to approve new degrees.",
     "the college's teaching block"),
])
def test_where_words_were_said_and_a_premises_are_venues(text: str, venue: str) -> None:
    record = read_by_rules(text, "2024-06-10")
    assert record.location is not None and record.location.text == venue


@pytest.mark.parametrize(("text", "venue"), [
    (("At 5:30 p.m. on June 3, 2024, the Special Meeting of the Board of Trustees convened at The Carver Center, "
      "415 North 30th Street, Casper, Wyoming."), "The Carver Center, 415 North 30th Street, Casper, Wyoming"),
    (("The regular monthly meeting of the School Board convened on Monday, June 3, 2024, at 7:00 p.m. in the "
      "Boardroom at 500 Victoria Road North, Guelph."), "the Boardroom at 500 Victoria Road North, Guelph"),
    ("Delegates gathered on 3 June 2024 at the ECOWAS Commission as the 12th session got under way.",
     "the ECOWAS Commission"),
])
def test_a_street_address_with_a_numbered_or_trailing_word_and_where_people_gathered(text: str, venue: str) -> None:
    """A street named "North 30th Street" or "Victoria Road North" is read whole; the place where
    the delegates gathered is the meeting's."""
    record = parsed(text)
    assert record.location is not None and record.location.text == venue


@pytest.mark.parametrize(("text", "venue", "kind"), [
    ("The planning committee sat at the council offices on Tuesday evening to consider three applications.",
     "the council offices", None),
    ("Residents held a baraza at the Chief's camp in Kitengela on Friday to discuss insecurity.",
     "the Chief's camp in Kitengela", "baraza"),
])
def test_a_plural_venue_word_and_a_chief_s_baraza(text: str, venue: str, kind: str | None) -> None:
    record = read_by_rules(text, "2024-06-10")
    assert (text_of(record.location), record.kind) == (venue, kind)


@pytest.mark.parametrize(("text", "venue"), [
    ("The committee met on 3 June. The chair praised the good mood that had reigned in the room all week.", None),
    ("The forum, a two-day meeting that ended on 3 June at the Lakeview Hotel, drew 80 farmers.", "the Lakeview Hotel"),
    ("The AGM was opened by Mr. Ade Cole, who presided over it on 3 June at the Harbour Hall.", "the Harbour Hall"),
])
def test_a_relative_clause_places_the_meeting_only_if_it_tells_of_it(text: str, venue: str | None) -> None:
    """ "the mood that had reigned in the room": the room is the mood's; "a meeting that ended at
    the X Hotel" and "X, who presided over it at the Y Hall" tell of the meeting."""
    assert text_of(read_by_rules(text, "2024-06-10").location) == venue


@pytest.mark.parametrize(("text", "venue"), [
    ("The union's delegates met for their congress on 3 June. The Lakeview Hotel was the venue, and 200 members came.",
     "The Lakeview Hotel"),
    ("Delegates have converged on the Multipurpose Hall, venue of the 33rd Synod, which opened on 3 June 2024.",
     "the Multipurpose Hall"),
    ("Kathmandu hosted the twenty-sixth Regional Conference for Asia from 3 to 7 June 2024.", "Kathmandu"),
])
def test_a_place_called_the_venue_or_hosting_the_meeting_is_its_venue(text: str, venue: str) -> None:
    """"X was the venue", "X, venue of the synod" and a town or building that hosted the meeting
    name where it was held, as "the venue was X" does."""
    assert text_of(read_by_rules(text, "2024-06-10").location) == venue


def test_the_venue_stops_before_who_opened_the_meeting_there() -> None:
    text = ("The annual conference of ambassadors was opened on 11 August 2024 at the Ghion Hotel in Addis Ababa by "
            "Foreign Minister Dr Yohannes Tesfaye.")
    assert text_of(read_by_rules(text, "2024-08-12").location) == "the Ghion Hotel in Addis Ababa"


def test_place_of_something_else_is_no_venue() -> None:
    record = parsed("On June 3, the council held talks with officials who invest in Fenghe City.")
    assert record.location is None
    assert record.mode is None


def test_room_plus_video_is_hybrid_and_video_alone_online() -> None:
    hybrid = parsed("On June 3, the bureau held a meeting in Room 5, and county officials joined by video.")
    online = parsed("On June 3, the bureau held a video conference on flood control.")
    assert (hybrid.mode, online.mode) == ("hybrid", "online")


@pytest.mark.parametrize(("text", "mode"), [
    ("The board met virtually on 3 June 2024 to approve the accounts.", "online"),
    ("The board convened on 3 June 2024 by telephone to approve the loan.", "online"),
    ("Ministers met by video conference on 3 June 2024.", "online"),
    ("The workshop, held both in person and online on 3 June 2024, trained 40 teachers.", "hybrid"),
    ("The senate sat in the Great Hall on 3 June 2024, with some members taking part over Zoom.", "hybrid"),
    ("Twelve members attended on 3 June 2024; three dialled in by telephone.", "hybrid"),
    ("The board met on 3 June 2024; two directors dialed in by phone from Lagos.", "hybrid"),
    ("The annual synod of the diocese is taking place online from 3 to 5 June 2024.", "online"),
    ("The synod met electronically over Zoom on 3 June 2024 for a second year.", "online"),
    ("The AGM of the company was held by way of electronic means on 3 June 2024.", "online"),
    ("The consulate hosted a virtual town hall with the community on 3 June 2024.", "online"),
])
def test_how_a_meeting_was_held_in_other_words(text: str, mode: str) -> None:
    assert parsed(text).mode == mode


def test_meeting_platforms_and_bridge_points_are_remote_attendance() -> None:
    platform = parsed("On June 3, the School held a faculty meeting in Room 210. Staff at the east campus joined "
                      "the meeting via Tencent Meeting.")
    bridges = parsed("On June 3, the Provincial Party Committee held its plenary session at the Convention "
                     "Centre. The session was connected online to bridge points in 9 districts.")
    assert (platform.mode, bridges.mode) == ("hybrid", "hybrid")


# ---------------------------------------------------------------- organizer

def test_host_reference_resolves_to_the_named_institution() -> None:
    record = parsed("Fenghe Normal University\n\nOn June 3, our school held a graduation ceremony in the "
                    "gymnasium.")
    assert text_of(record.organizer) == "Fenghe Normal University"


def test_hosted_by_names_the_organizer() -> None:
    record = parsed("The first meeting of the project took place on 4 June 2024, hosted by the University of "
                    "Eastbourne.")
    assert text_of(record.organizer) == "University of Eastbourne"


@pytest.mark.parametrize(("text", "body"), [
    ("Priests of the Diocese of Kericho met in a two-day retreat at the pastoral centre on 3 June.",
     "Diocese of Kericho"),
    ("Directors of the Harlow Water Company met on 3 June to approve the accounts.", "Harlow Water Company"),
])
def test_officers_of_a_body_who_meet_name_the_body_as_the_organizer(text: str, body: str) -> None:
    assert text_of(by_rules(text)._.mp_event.organizer) == body


def test_a_dateline_s_place_before_a_dash_is_not_the_host_s_name() -> None:
    text = ("LUSAKA — The Zambia Congress of Trade Unions held its quadrennial conference on 3 June at the "
            "Mulungushi Centre.")
    assert text_of(by_rules(text)._.mp_event.organizer) == "Zambia Congress of Trade Unions"


@pytest.mark.parametrize(("text", "body"), [
    (("Jubilee Parish Council\nMinutes of the meeting held on 2 March 2025 in the Village Hall\n"
      "PRESENT: Cllr Ann Reid (Chair), Cllr Tom Lowe"), "Jubilee Parish Council"),
    (("Eastgate Allotment Society\nMinutes of Committee Meeting, 5 March 2025\nAttendees: J. Pike (Chair), "
      "M. Singh (Secretary)\n1. Apologies were received from T. Ball."), "Eastgate Allotment Society"),
    (("Kilbride Community Council\nMinutes of Meeting held 3rd March 2025, Kilbride Hall\nPresent: Agnes Muir "
      "(Convener), Ross Grant"), "Kilbride Community Council"),
])
def test_the_body_named_above_a_record_s_heading_is_the_organizer(text: str, body: str) -> None:
    event = by_rules(text)._.mp_event
    assert (text_of(event.organizer), event.organizer_stated) == (body, True)


@pytest.mark.parametrize(("text", "body"), [
    ("The Pecatonica Valley school board voted at its regular meeting on Tuesday to approve the contract.",
     "Pecatonica Valley school board"),
    ("The Rotary Club of Kisii elected new officers at its annual meeting on 3 June.", "Rotary Club of Kisii"),
    ("The Millbrook parish council discussed drainage at its monthly meeting on 3 June.", "Millbrook parish council"),
    ("Members of the Harlow Allotment Society approved the fees at their meeting on 3 June.",
     "Harlow Allotment Society"),
])
def test_the_body_whose_meeting_its_is_the_organizer(text: str, body: str) -> None:
    """ "X voted at its regular meeting": "its" meeting is the subject's, or its members' body's."""
    assert text_of(by_rules(text)._.mp_event.organizer) == body


def test_acronym_host_resolves_to_its_full_name() -> None:
    record = parsed("The Lakeside Farmers Union (LFU) represents 40 cooperatives. On June 3, LFU convened its "
                    "annual assembly in Kisumu.")
    assert text_of(record.organizer) == "Lakeside Farmers Union (LFU)"  # its most complete mention


def test_unnamed_host_gives_no_organizer_by_the_rules() -> None:
    """The rules name no host where the holder has no name; the fitted organizer model may still
    choose the presiding office (it does, at 0.65: a known miss its features cannot tell)."""
    record = read_by_rules("On June 3, the University held a teaching meeting in Room 401. Zhou Lan, Director of "
                           "the Office of Academic Affairs, presided over the meeting. The Office of Academic Affairs "
                           "reported on its work.")
    assert record.organizer is None


def test_last_meeting_before_an_election_is_this_one() -> None:
    record = parsed("What was likely the last council meeting of the Dunmore Corporation before the coming "
                    "elections ended on Tuesday after half an hour. Members of the Green Alliance walked out.")
    assert (record.kind, text_of(record.organizer)) == ("meeting", "Dunmore Corporation")


def test_coming_meeting_is_not_the_meeting() -> None:
    record = parsed("On 28 May I attended the Trade Ministers Council in Geneva. Ministers heard about the Kivu "
                    "partnership forum to be held with Norway in June.")
    assert (record.kind, record.title) == (None, None)


def test_earlier_meeting_is_not_the_meeting() -> None:
    record = parsed("On June 3, the Ocean Alliance held a symposium on fisheries in Room 5. Members heard about "
                    "the latest Harbour Board meeting.")
    assert (record.kind, text_of(record.organizer)) == ("symposium", "Ocean Alliance")
    record = parsed("On 28 May I attended the Trade Ministers Council in Geneva. Ministers heard about the "
                    "latest Harbour Board meeting.")
    assert (record.kind, record.title) == (None, None)


def test_body_of_another_kind_of_meeting_does_not_host_this_one() -> None:
    record = read_by_rules("Delegates attending the annual conference of the Riverside Dental Society were given a "
                           "civic reception at the Town Hall last evening. The Mayor welcomed the visitors.")
    assert (record.kind, text_of(record.title), record.organizer) == ("reception", "civic reception", None)


def test_plenary_session_of_a_numbered_committee() -> None:
    record = parsed("On the morning of June 3, the 5th Plenary Session of the 14th Dong Lam Provincial Party "
                    "Committee took place in Phu Lam city. Comrade Tran Van Hai, Head of the provincial National "
                    "Assembly Deputies' Delegation, chaired the session. Delegates will prepare for the 6th "
                    "Plenary Session, expected to be held in July.\n\nRelated news\n- Provincial People's "
                    "Council to open year-end session next week")
    assert text_of(record.title) == "5th Plenary Session of the 14th Dong Lam Provincial Party Committee"
    assert text_of(record.organizer) == "Dong Lam Provincial Party Committee"


def test_body_that_met_is_the_organizer() -> None:
    committee = parsed("The Standing Committee on Rural Roads met on Thursday to hear evidence from carriers.")
    members = parsed("Members of the Harbour Council, meeting in an emergency session tonight, demanded action.")
    assert text_of(committee.organizer) == "Standing Committee on Rural Roads"
    assert text_of(members.organizer) == "Harbour Council"


def test_company_meeting_is_hosted_by_the_company() -> None:
    record = parsed("Shareholders of Harmon Flour Mills Plc on Thursday approved a dividend at the company's 31st "
                    "Annual General Meeting held in Kano.")
    assert text_of(record.organizer) == "Harmon Flour Mills Plc"
    assert text_of(record.title) == "31st Annual General Meeting"


def test_internal_body_meeting_is_hosted_by_its_institution() -> None:
    record = parsed("University of Eastmere | News | Governance\n\nSenate backs new degrees\n\nSenate held its "
                    "214th meeting on Wednesday in the Council Chamber, with the Vice-Chancellor, Professor Ada "
                    "Okafor, in the chair.")
    assert text_of(record.organizer) == "University of Eastmere"


def test_organizer_named_after_its_description() -> None:
    record = parsed("The conference, organised by the industry association GridWay Europe, drew 1,400 delegates to "
                    "Rotterdam on Tuesday.")
    assert text_of(record.organizer) == "GridWay Europe"


def test_meeting_named_for_its_body() -> None:
    record = parsed("On June 3, the President chaired the 5th Cabinet meeting at State House.")
    assert text_of(record.organizer) == "Cabinet"


# ---------------------------------------------------------------- dates

def test_multi_day_meeting_reported_on_its_last_day() -> None:
    record = parsed("Lakeside University on Saturday, June 8 saw the close of the two-day meet of "
                    "vice-chancellors.")
    assert record.date is not None
    assert (record.date.start, record.date.end) == (dt.date(2024, 6, 7), dt.date(2024, 6, 8))


def test_council_in_the_lead_is_the_organizer() -> None:
    record = parsed("PORT ELSWICK - After three hours of comment, the Port Elswick City Council voted 5-2 on "
                    "Tuesday to approve a bike lane. The regular council session was chaired by Mayor Ana Cruz.")
    assert text_of(record.organizer) == "Port Elswick City Council"


def test_no_organizer_guessed_from_bodies_outside_the_lead() -> None:
    record = parsed("On June 3, Governor Li Ming chaired a flood meeting. Roads were closed. Rivers rose. "
                    "Later the Linbei Water Bureau published figures.")
    assert record.organizer is None


# ---------------------------------------------------------------- the chair, said many ways

@pytest.mark.parametrize(("text", "chair"), [
    ("The Harbour Trust met on 2 May 2024. Councillor Maria Okafor took the chair. Tom Reid read the accounts.",
     "Maria Okafor"),
    ("Present: Revd Helen Marsh (Chair), Graham Pilling, Susan Oakes.\n\nThe council met on 3 May 2024.",
     "Helen Marsh"),
    (("The review meeting was held on 4 May 2024 under the chairmanship of Mr. Ravi Shankar, Director of the "
     "Institute. Dr. Anita Rao presented the report."), "Ravi Shankar"),
    (("The board met on 14 Jan. 2026 in the library, with board President Carol Sandoval running the meeting. "
     "Steve Hargrove was absent."), "Carol Sandoval"),
    ("The Chairman of the occasion, Chief Emeka Obiora, thanked the guests at the dinner on 3 May 2024.",
     "Emeka Obiora"),
    ("Dr. Naomi Featherston called the meeting to order at 6 p.m. on 3 May 2024. Marcus Odom read the minutes.",
     "Naomi Featherston"),
])
def test_the_chair_in_general_constructions(text: str, chair: str) -> None:
    record = parsed(text)
    assert record.chair is not None and record.chair.name == chair


def test_who_facilitated_part_of_a_workshop_does_not_chair_it() -> None:
    record = read_by_rules("The diocese held a two-day workshop on 3 June 2024. Its second part, on media, was "
                           "facilitated by Mere Tobo, a consultant from Brisbane.")
    assert record.chair is None


@pytest.mark.parametrize("verb", ["facilitated", "led", "moderated"])
def test_who_led_the_sessions_of_a_training_is_no_chair(verb: str) -> None:
    """"facilitated the sessions", "led the sessions": a trainer's parts of the event, not the
    meeting; "presided over the proceedings" stays the chair's (a kind of its own)."""
    record = read_by_rules(f"The society held a two-day training in Suva on 3 May 2024. Kate Donnelly, the project "
                           f"coordinator, {verb} the sessions on budgeting.", "2024-05-10")
    assert record.chair is None
    held = read_by_rules("The council met in Suva on 3 May 2024. Mayor Ana Lee presided over the proceedings.",
                         "2024-05-10")
    assert held.chair is not None and held.chair.name == "Ana Lee"


@pytest.mark.parametrize(("text", "chair"), [
    ("The county assembly met on 2 May 2024. The sitting was presided over by Hon. Wanjiru Kamau.", "Wanjiru Kamau"),
    (("The district council met on 2 May 2024. It was chaired by the Executive Chairman, Hon. Tunde Bakare, who "
      "urged members to pass the estimates."), "Tunde Bakare"),
    ("The works committee met on 2 May 2024, chaired by Engr. Musa Danjuma, who reviewed the road contracts.",
     "Musa Danjuma"),
])
def test_the_chair_after_an_abbreviated_form_of_address(text: str, chair: str) -> None:
    """A stop after "Hon", "Engr" or "Rt" is the abbreviation's, not a sentence end before the name."""
    record = parsed(text)
    assert record.chair is not None and record.chair.name == chair


def test_a_compound_chairmanship_is_not_the_chair() -> None:
    record = parsed("The lectures were started by the hospital's founder-chairman, the late Dr. R. Sundaram. The "
                    "session on 3 May 2024 was presided over by the hospital's chairman Dr. S. Karthikeyan.")
    assert record.chair is not None and record.chair.name == "S. Karthikeyan"


def test_the_venue_runs_on_through_its_floor_and_address() -> None:
    record = read_by_rules("The meeting was held on 3 May 2024 in the conference room on the 12th floor of the group "
                    "headquarters.")
    assert text_of(record.location) == "the conference room on the 12th floor of the group headquarters"
    record = read_by_rules("Members gathered at the Civic Centre, Great Missenden Road, for the annual meeting.")
    assert text_of(record.location) == "the Civic Centre, Great Missenden Road"


@pytest.mark.parametrize(("text", "chair"), [
    (("The signing ceremony was held in Hefei on May 3. Liu Wenbo, secretary-general of the city committee, "
     "officiated at the ceremony."), "Liu Wenbo"),
    (("The annual conference opened on 4 May under the presidentship of Com. Arun Das Gupta, President of the "
     "federation."), "Arun Das Gupta"),
    (("The forum met on 2 June. The meeting was chaired by the outgoing Chair, Councillor Niamh Doyle of Kildare "
     "County Council, until the election of a successor."), "Niamh Doyle"),
    (("The retreat took place on 2 June. The Acting Vice Chancellor, Prof. Tom Were, and the deans attended. The "
     "retreat was chaired by the Deputy Vice Chancellor (Academic Affairs), Prof. Mary Wanjiru."), "Mary Wanjiru"),
    (("Mayor Ines Halvorsen called the regular meeting of the Pine Hollow City Council to order at 6:00 p.m. "
     "Councilmember Otto Brandt moved to approve the agenda."), "Ines Halvorsen"),
    (("Chairing the seminar was Professor Kwabena Ofori-Atta, Dean of the Law School. Dr. Ama Serwaa "
     "presented the findings."), "Kwabena Ofori-Atta"),
    (("The health officers met in Koronadal on Friday. Dr. Liza Magbanua, Health Officer of Tboli, "
     "Association President and presider of the meeting, opened with a review. Dr. Noel Abad reported on "
     "vaccines."), "Liza Magbanua"),
    (("MINUTES OF THE BOARD OF GOVERNORS\n\nGovernors\nMarian Oyelaran        Chairman\n"
     "Derek Lowther         Governor\n\nThe Board approved the minutes of the last meeting."), "Marian Oyelaran"),
    (("Minutes of the Annual General Meeting of the Fellside Anglers Club\n\nMEMBERS PRESENT: Gordon Pilling "
     "(Chair), Susan Wray (Secretary), Tom Ashworth (Treasurer), Amy Caldwell\n\nThe Chair welcomed members."),
     "Gordon Pilling"),
    (("District Collector Asha Menon on Tuesday told officials to finish the roads. She was speaking at the meeting "
      "of the District Roads Committee, which she chaired."), "Asha Menon"),
    ("The parish council met on 2 June. Ms Ines Varga, acting chair, welcomed members and read the apologies.",
     "Ines Varga"),
    ("The trust met on 2 June. Speaking as chair of the meeting, Dr. Omar Haddad said the budget was tight.",
     "Omar Haddad"),
    ("The board met on 2 June and elected Mrs. Thandi Nkosi to chair the meeting, after which it heard reports.",
     "Thandi Nkosi"),
    ("The water board met on Tuesday. Board chair Nadia Rahman opened the meeting with a minute of silence.",
     "Nadia Rahman"),
    ("The parish council met on Sunday with Canon Luke Amadi, the parish priest, presiding.", "Luke Amadi"),
])
def test_who_presides_in_other_words(text: str, chair: str) -> None:
    record = read_by_rules(text)
    assert record.chair is not None and record.chair.name == chair


@pytest.mark.parametrize(("text", "venue"), [
    ("The board retreat took place at Palm Lodge, Harbour Drive, Accra, on 2 June.", "Palm Lodge, Harbour Drive, Accra"),
    ("The council met on 2 June in the Council Chambers, 14 Wattle Road, Teesdale, for its ordinary meeting.",
     "the Council Chambers, 14 Wattle Road, Teesdale"),
    ("The meeting took place on 3 June 2024 in the boardroom on the fourth floor of Kilimo House, Nairobi.",
     "the boardroom on the fourth floor of Kilimo House, Nairobi"),
    (("At the annual meeting of the Fernley Rowing Club on 18 July 2024 at the Boathouse Inn, Quay Street, Tom Reed "
      "and Ann Bryce proposed that the fee be raised."), "the Boathouse Inn, Quay Street"),
])
def test_a_venue_keeps_its_address(text: str, venue: str) -> None:
    assert text_of(read_by_rules(text).location) == venue


@pytest.mark.parametrize(("heading", "title"), [
    ("MINUTES OF THE BOARD OF GOVERNORS MEETING OF LAKESIDE PRIMARY SCHOOL HELD ON 4TH MARCH 2024 IN THE STAFFROOM",
     "BOARD OF GOVERNORS MEETING OF LAKESIDE PRIMARY SCHOOL"),
    ("Minutes of the Harbour Ward Residents' Association meeting held on Monday 4th March 2024 at 7pm",
     "Harbour Ward Residents' Association meeting"),
    ("Draft minutes of the Annual Parish Meeting, 4 March 2024", "Annual Parish Meeting"),
])
def test_the_heading_of_a_meetings_own_record_names_it(heading: str, title: str) -> None:
    text = (heading + "\n\nPresent: Ann Cole (Chair), Raj Patel\n\nThe chair welcomed members. The minutes of the "
            "meeting of 12th February were approved. Raj Patel reported on the next meeting of 8th April.")
    assert text_of(parsed(text).title) == title


@pytest.mark.parametrize(("text", "venue"), [
    (("NOTICE OF MEETING\nVenue: Committee Room 2, Town Hall, Market Street\nTime: 7.00 pm\n\nThe council met to "
     "set the budget."), "Committee Room 2, Town Hall, Market Street"),
    (("MINUTES OF THE PARENTS ASSOCIATION MEETING HELD ON 4TH MARCH 2024 IN THE SCHOOL LIBRARY AT 4.00 PM\n\n"
     "Present: Ann Cole (Chair), Raj Patel\n\nThe chair welcomed members."), "SCHOOL LIBRARY"),
])
def test_a_venue_stated_by_a_label_or_a_records_heading(text: str, venue: str) -> None:
    record = read_by_rules(text)
    assert (text_of(record.location), record.mode) == (venue, "in_person")


def test_a_sitting_of_a_council_names_the_council() -> None:
    record = read_by_rules("Harwell County Council\n\nMinutes of the meeting of Full Council held at 2:00 p.m. on "
                           "Monday 14 December 2020 in the Council Chamber. The Cathaoirleach welcomed everyone to "
                           "the meeting of Full Council, the first meeting of Harwell County Council held online.")
    assert text_of(record.organizer) == "Harwell County Council"


@pytest.mark.parametrize("heading", [
    "SUMMARY RECORD OF THE SECOND MEETING\n\nLakeview Hotel, Kisumu\nTuesday, 12 March 2024 at 10.00 a.m.",
    "SUMMARY RECORD OF THE SECOND MEETING\n\n12-13 March 2024 – Lakeview Hotel, Kisumu",
    "SUMMARY RECORD OF THE SECOND MEETING\n\nLakeview Hotel, Kisumu - Tuesday, 12 March 2024, 10:00 a.m.",
    "SUMMARY RECORD OF THE SECOND MEETING\n\n12 March 2024, Lakeview Hotel, Kisumu",
    "SUMMARY RECORD OF THE SECOND MEETING\n\nLakeview Hotel, Kisumu, Tuesday 12 March 2024",
])
def test_a_place_line_beside_a_record_heading_date_is_the_venue(heading: str) -> None:
    record = read_by_rules(f"{heading}\n\nCHAIRMAN: Dr Amos Oduya\n\nThe Chairman opened the meeting and welcomed "
                           "the delegates.")
    assert text_of(record.location) == "Lakeview Hotel, Kisumu"


def test_a_body_or_a_postcode_beside_a_date_is_no_venue() -> None:
    record = read_by_rules("Agenda item\n\nBoard of Governors of the Harwell School for Girls - Friday, 13 September "
                           "2024 11.30 am\n\nMinutes:\n\nThe Chair welcomed the governors.")
    assert record.location is None


def test_a_notice_label_after_the_page_furniture_gives_the_venue() -> None:
    furniture = "Home > News > Notices\nSkip to main content\n" + "".join(f"Menu item {k}\n" for k in range(12))
    record = read_by_rules(f"{furniture}\nThe Governor will sign eleven bills on 2 May 2024.\n\nWhere:  Blue Room, "
                           "State Capitol, Salt Lake City\nWhen: 10:00 a.m.")
    assert text_of(record.location) == "Blue Room, State Capitol, Salt Lake City"


def test_a_room_keeps_the_building_it_stands_at() -> None:
    record = read_by_rules("The Premier chaired the cabinet this morning in the Blue Room at 4 Harbour Street. "
                           "Ministers discussed the budget.")
    assert text_of(record.location) == "the Blue Room at 4 Harbour Street"


@pytest.mark.parametrize(("text", "kind"), [
    ("The Lakeside Growers' Union hosted a three-day training for seed inspectors at the Mvuu Lodge in June.",
     "training"),
    ("The debate, held at the Civic Centre on 3 June, drew 200 residents.", "debate"),
    ("The two faculties held a meeting on 3 June and reviewed cooperation in staff training and research.",
     "meeting"),
])
def test_an_activity_noun_names_the_meeting_only_when_counted(text: str, kind: str) -> None:
    """ "a training" is an event; "staff training" is an activity, not this meeting."""
    assert read_by_rules(text, "2024-06-10").kind == kind


def test_an_abbreviated_meeting_noun_gives_its_kind() -> None:
    record = read_by_rules("The Harwell Rowing Club held its 2024 AGM at the boathouse on June 3. Members elected a "
                           "new committee.")
    assert record.kind == "meeting"


@pytest.mark.parametrize(("text", "kind"), [
    (("Deputy President Ana Mwiti on Tuesday chaired a Cabinet Committee meeting for the first time. The session took "
     "place at her official residence."), "meeting"),
    (("Senator Ade Iorwuese presided over the session on Thursday. Opening the session, he said the inter-ministerial "
     "meeting had four objectives."), "meeting"),
    ("The council's afternoon session opened at 2 pm on 3 June 2024. Mayor Lee presided over the session.", "session"),
])
def test_a_session_the_report_also_calls_a_meeting_is_a_meeting(text: str, kind: str) -> None:
    """"Session" and "sitting" name a sitting or part of a meeting: where the prose also calls
    the gathering a meeting, its kind is meeting."""
    assert read_by_rules(text, "2024-06-10").kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The Irish Ambassador, Ms Niamh Coyle, paid a courtesy call on the Speaker at Parliament House on 3 June 2024.",
     "courtesy call"),
    ("A delegation from the Rotary Club made a courtesy visit to the Governor at the State House on 3 June 2024.",
     "courtesy visit"),
    ("The Public Accounts Committee held its third sitting in Room 4 on 3 June 2024 and heard the Auditor-General.",
     "sitting"),
])
def test_a_visit_paid_to_an_office_holder_and_a_sitting_are_kinds_of_meeting(text: str, kind: str) -> None:
    record = read_by_rules(text, "2024-06-10")
    assert record.kind == kind


@pytest.mark.parametrize("text", [
    "The Ambassador paid a courtesy call on the Minister of Trade at his office on 3 June 2024.",
    "On 3 June 2024 the Premier held a video conference with the district mayors.",
])
def test_a_two_word_kind_alone_names_no_meeting(text: str) -> None:
    """"a courtesy call on the Minister" is paid to the Minister: no name of a meeting."""
    assert read_by_rules(text, "2024-06-10").title is None


def test_a_call_or_a_visit_alone_is_no_meeting() -> None:
    record = read_by_rules("The council issued a call for bids on 3 June 2024, after a site visit by engineers.",
                           "2024-06-10")
    assert record.kind is None


_MINUTES = "MINUTES OF THE ORDINARY MEETING OF HARWELL PARISH COUNCIL HELD ON 3 JUNE 2024 AT THE VILLAGE HALL\n\n"


@pytest.mark.parametrize(("body", "chair"), [
    (("In the Chair: Councillor Mary Tolland\nPresent: Councillors J. Ross, P. Devlin, K. Agnew.\n\n1. Minutes\n"
     "The minutes were approved."), "Mary Tolland"),
    (("Chairperson: Ms Ruth Kamau\nMembers present: John Otieno, Peter Wafula.\n\n1. Opening\nThe meeting opened "
     "with a prayer."), "Ruth Kamau"),
    (("Presiding: Mayor Dana Whitfield\nCouncil present: Ortiz, Brennan, Hale.\n\n1. Call to order\nThe meeting was "
     "called to order at 7:00 p.m."), "Dana Whitfield"),
    (("Attendance:\nAlan Price - Chair\nJane Ross - Secretary\nIan Kerr - Treasurer\n\n1. Welcome\nThe Chair "
     "welcomed members."), "Alan Price"),
    (("Present: Jane Ross, Ian Kerr, Alan Price.\n\n1. Election of chair\nAlan Price was elected to chair the "
     "meeting."), "Alan Price"),
    ("Present: Jane Ross, Ian Kerr, Alan Price (in the chair).\n\n1. Opening\nThe meeting opened at 7pm.",
     "Alan Price"),
    (("CALL TO ORDER\nThe meeting was called to order at 6:30 p.m. by Board President Gloria Nunez.\n\nROLL CALL\n"
      "Present: Gloria Nunez, Mark Eley, Tina Roe."), "Gloria Nunez"),
    ("Present: Mark Eley, Tina Roe, Gloria Nunez, presiding.\n\n1. Minutes\nThe minutes were approved.", "Gloria Nunez"),
    (("Present: Ross Keller, presiding; trustees Ann Pike, Tom Vea and Lia Moss.\n\n1. Minutes\nThe minutes were "
      "approved."), "Ross Keller"),
    ("Present: Tina Roe, Mark Eley (Presiding Officer), Carl Dunn.\n\n1. Agenda\nAdopted.", "Mark Eley"),
    ("Present: Cr Ede, Cr Anne Frost (Deputy Mayor, in the Chair), Cr Gray.\n\n1. Opening\nThe meeting opened.",
     "Anne Frost"),
    (("Apologies: Cr Paul Gray (Chair).\nPresent: Cr Ede, Cr Anne Frost (Presiding Member), Cr Joan Pike.\n\n"
      "1. Minutes\nApproved."), "Anne Frost"),
    (("Present: Canon Ivor Blyth (Rector, Chair), Mrs D. Kemp (Churchwarden), Mr F. Lowe (Treasurer)\n\n"
      "1. Prayer\nThe Rector opened with prayer."), "Ivor Blyth"),
    (("Convener: Ms Nandi Zulu\nPresent: Nandi Zulu, Lerato Dube, Kagiso Molefe\n\n1. Welcome\nThe convener "
      "welcomed members."), "Nandi Zulu"),
    (("Attendance: R. Vickers (Chair), T. Ansah, W. Lund, Y. Obi\n\n1. Minutes\nThe minutes were approved on "
      "a motion by T. Ansah."), "R. Vickers"),
])
def test_the_chair_of_minutes(body: str, chair: str) -> None:
    record = read_by_rules(_MINUTES + body, "2024-06-10")
    assert record.chair is not None and record.chair.name == chair


def test_a_chair_s_role_at_the_end_of_a_roster_row_names_the_person_past_their_style() -> None:
    record = read_by_rules(_MINUTES + "MEMBERS PRESENT\n\nCouncillor Mercy Lungu – Her Worship the Mayor (Chairperson)\n"
                           "Councillor Peter Zulu – Deputy Mayor\nCouncillor Agnes Phiri\n\n1. Prayer\nThe meeting "
                           "opened with a prayer.", "2024-06-10")
    assert record.chair is not None and record.chair.name == "Mercy Lungu"


@pytest.mark.parametrize(("sentence", "chair"), [
    ("Bishop Anne Kerrigan is its chair.", "Anne Kerrigan"),
    ("Canon Paul Hewitt is the chairman of the synod.", "Paul Hewitt"),
    ("Mr Kofi Mensah is the chair of the finance committee.", None),
])
def test_a_chair_said_with_be_presides_over_its_own_body(sentence: str, chair: str | None) -> None:
    """"X is its chair" or "the chair of the synod" names the one who presides over the body's
    sitting; the chair of another body does not."""
    record = read_by_rules(f"The diocesan synod met in Armagh on Monday. {sentence} The synod adopted the budget.",
                           "2024-06-10")
    assert (record.chair.name if record.chair else None) == chair


@pytest.mark.parametrize(("body", "chair"), [
    ("Chair:\nCllr Bronagh Keane\n\nPresent:\nCllrs Moran, Duffy, Walsh\n\n1. Minutes\nAgreed.", "Bronagh Keane"),
    (("Acting Chairperson:\nMs TP Ndlovu (ANC)\n\nMembers present:\nMr RK Pillay, Ms LM Dube\n\n1. Adoption of the "
      "agenda\nAdopted."), "TP Ndlovu"),
    ("Presiding Member:\n\nHon. Kwesi Boateng\n\nAttendance:\nHon. Ama Serwaa, Hon. Yaw Mensah\n\n1. Opening prayer",
     "Kwesi Boateng"),
])
def test_a_chair_label_alone_on_its_line_names_the_person_below(body: str, chair: str) -> None:
    """Minutes drawn from a table put a label on its own line and the name on the next one;
    an acting chair presides."""
    record = read_by_rules(_MINUTES + body, "2024-06-10")
    assert record.chair is not None and record.chair.name == chair


def test_a_venue_label_alone_on_its_line_names_the_place_below() -> None:
    record = read_by_rules("MINUTES\nDate: 14/03/2024\nVenue:\nCouncil Chamber, Civic Centre\n\nThe council met to "
                           "approve the budget.", "2024-03-20")
    assert record.location is not None and record.location.text.startswith("Council Chamber")


@pytest.mark.parametrize(("text", "chair"), [
    (("MINUTES\nOrdinary Meeting of the Council, 2 June 2024\n\nIn the Chair: His Worship the Mayor, Cr Neville "
      "Ashdown\n\nPresent: Crs Hale, Ipsen, Joyce\n\n1. Opening\nThe meeting opened at 6.00pm."), "Neville Ashdown"),
    (("Minutes of the Allotment Society\n\nThe meeting was chaired by Gwen Morley. Also present: Ray Todd, Ann "
      "Fisk, Joe Pike.\n\n1. Matters arising: none."), "Gwen Morley"),
    (("Meeting notes\n\nChair - Priya Raman\nNotes - Olu Bello\nAttendees - Priya Raman, Olu Bello, Femi Cole\n\n"
      "Item 1. Budget. Femi Cole presented the budget."), "Priya Raman"),
    (("Minutes of the Residents' Forum\n\nIn attendance: 23 residents; Sgt Paula Dunne (Garda); Cllr Tom Fahy "
      "(chairing)\n\n1. Anti-social behaviour\nSgt Dunne reported a fall in incidents."), "Tom Fahy"),
    (("Standing committee\n\nThe parliamentary standing committee on health met on Monday with its convener, Dr. "
      "Rafiq Islam, in the chair."), "Rafiq Islam"),
    ("Senate probe\n\nSenate Committee on Works Chairman, Senator Kabiru Adamu, on Tuesday opened the public hearing.",
     "Kabiru Adamu"),
])
def test_the_chair_of_minutes_in_other_layouts(text: str, chair: str) -> None:
    """A chair's line that opens with a style ("His Worship the Mayor, Cr X") or whose label ends
    in a dash ("Chair - X"), a name the model took for a body ("chaired by Gwen Morley"), a
    presiding verb alone in a name's brackets ("X (chairing)"), a "with" phrase and a name a
    comma sets off after a chair's title the parser misread ("... Chairman, Senator X,")."""
    record = read_by_rules(text, "2024-06-10")
    assert record.chair is not None and record.chair.name == chair


@pytest.mark.parametrize("text", [
    "Kisumu, 3 June 2024 - The Lakeside Water Trust's annual conference opened today at the Imperial Hotel.",
    ("The workshop, sponsored by the Harbour Bank and hosted by the Lakeside Water Trust, took place in Kisumu on "
    "3 June 2024."),
])
def test_the_owner_or_host_organizes_not_the_sponsor(text: str) -> None:
    assert text_of(parsed(text).organizer) == "Lakeside Water Trust"


@pytest.mark.parametrize(("text", "location", "mode"), [
    ("The Harwell Farmers Union met on 3 June 2024 at its headquarters on Oginga Odinga Street, Kisumu.",
     "its headquarters on Oginga Odinga Street, Kisumu", "in_person"),
    (("The annual conference of the Harwell Farmers Union was held on 3 June 2024. The venue was the Imperial Hotel "
     "in Kisumu."), "the Imperial Hotel in Kisumu", "in_person"),
    (("The Harwell Farmers Union held its annual conference on 3 June 2024 at the Imperial Hotel, with members "
     "joining online from the branches."), "the Imperial Hotel", "hybrid"),
])
def test_venue_stated_in_general_ways(text: str, location: str, mode: str) -> None:
    record = read_by_rules(text, "2024-06-10")
    assert (text_of(record.location), record.mode) == (location, mode)


def test_a_meeting_noun_tagged_as_an_adjective_still_names_the_meeting() -> None:
    record = read_by_rules("The Harwell Chamber of Commerce hosted a roundtable on trade on 3 June 2024.")
    assert record.kind == "roundtable"


def test_the_leader_of_a_delegation_does_not_chair_the_meeting() -> None:
    record = read_by_rules("On 12 May, Vice Governor Li Wen met in Changsha with Mr. Hart, the consul-general, and "
                           "the delegation he led. Mr. Hart thanked the vice governor for the meeting.")
    assert record.chair is None



@pytest.mark.parametrize(("text", "chair"), [
    (("BANDAR JAYA - Provincial Governor Rudi Hartanto held the Regional Development Coordination Meeting with all "
      "regents on Tuesday. The meeting was attended by the Chairman of the Provincial Council, Haji Amran Lubis, "
      "who was present as an invited guest."), "Rudi Hartanto"),
    (("Ambassador Lin Qiao and his wife held the Spring Festival Reception at the embassy on 7 February 2018. "
      "Ambassador Lin delivered a speech."), "Lin Qiao"),
    (("The spring synod met on 2 June. Resident Bishop Samuel Ochieng Were, of the Lake Basin Episcopal Area, "
      "presided over the synod."), "Samuel Ochieng Were"),
    (("PRESIDENT (Mrs. Dora Whitfield): Good afternoon, everyone, and welcome to the 46th Annual General Meeting.\n\n"
      "MR. TREASURER (Mr. Ravi Persad): Thank you, Madam President.\n\nPRESIDENT: Let me thank our staff led by "
      "the Chief Executive Officer, Mr. Colm Forde, for a demanding year. I now declare the business session "
      "closed."), "Dora Whitfield"),
])
def test_who_holds_the_meeting_or_closes_it_from_the_chair(text: str, chair: str) -> None:
    record = read_by_rules(text)
    assert record.chair is not None and record.chair.name == chair


@pytest.mark.parametrize(("text", "chair"), [
    ("Minutes, 3 June 2024. The Society's President, Dana Holt, declared the AGM open at 7pm and welcomed members.",
     "Dana Holt"),
    ("Tempers flared over the late nominations, and Mayor Raghavendra adjourned the House until 1 pm on 3 June 2024.",
     "Raghavendra"),
])
def test_who_declares_the_meeting_open_or_adjourns_the_house_chairs_it(text: str, chair: str) -> None:
    record = read_by_rules(text)
    assert record.chair is not None and record.chair.name == chair


def test_a_member_s_abbreviated_style_does_not_end_the_sentence_before_the_name() -> None:
    record = read_by_rules("Ordinary Meeting, 3 June 2024\n\nThe meeting was chaired by the Mayor, Cr. R J Whitlock. "
                           "Also present were Cr. S T Doyle and Cr. B A Fraser.")
    assert record.chair is not None and record.chair.name == "R J Whitlock"


def test_a_guest_who_declares_a_workshop_open_does_not_chair_it() -> None:
    record = read_by_rules("The Provost, Prof. Ada Nwosu, declared the workshop open on 3 June 2024 and left.")
    assert record.chair is None


def test_an_invited_chairman_of_another_body_does_not_chair_the_meeting() -> None:
    record = read_by_rules("The forum on roads took place on 2 June. It was attended by the regents and by the "
                           "Chairman of the Provincial Council, Haji Amran Lubis, who was present as an invited guest.")
    assert record.chair is None


def test_an_indefinite_body_that_held_the_meeting_is_the_one_the_page_names() -> None:
    record = read_by_rules("A village parish council held an extraordinary meeting last month.\n\nThornley Moor Parish "
                           "Council met on 15 January in the small hall of St Anne's Rooms and appointed a minute-taker.")
    assert text_of(record.organizer) == "Thornley Moor Parish Council"


def test_a_meeting_named_for_its_attendees_is_owned_by_the_body_the_page_names() -> None:
    record = read_by_rules("Delegates Conference 2024\n\nEvery year since 1994, the Delegates Conference has been a key "
                           "gathering of staff and members of the Coastal Nurses Union. This year it was held on 30 "
                           "June at the Geelong Convention Centre.")
    assert text_of(record.organizer) == "Coastal Nurses Union"


@pytest.mark.parametrize(("text", "venue"), [
    ("The committee, seated in the Hillcrest Social Club, heard the treasurer's report on 4 June 2024.",
     "the Hillcrest Social Club"),
    ("On 4 June 2024 the branch secretary addressed members in the Hillcrest Social Club.", "the Hillcrest Social Club"),
    ("Mr Lee addressed the 40th Annual General Meeting (AGM) of the club on 4 June 2024.", None),
])
def test_a_club_is_a_venue_but_a_meeting_of_the_club_is_not(text: str, venue: str | None) -> None:
    assert text_of(read_by_rules(text).location) == venue


def test_the_meeting_of_a_club_is_no_candidate_venue() -> None:
    record = parsed("Accra, 6 June 2024 - The chairman gave this explanation at the 6th Annual General Meeting (AGM) "
                    "of the club, which took place on Thursday at the Civil Service Auditorium.")
    assert text_of(record.location) == "the Civil Service Auditorium"


def test_the_room_named_beside_the_town_is_the_venue() -> None:
    record = read_by_rules("The consultation meeting of the facilitators was held in Geneva on 16 May 2007, in Room "
                           "XVIII of the Palais des Nations.")
    assert text_of(record.location) == "Room XVIII of the Palais des Nations"


@pytest.mark.parametrize("text", [
    ("The Lake Region Workers Confederation held its annual conference at the Imperial Hotel, Kisumu, on 3 June 2024. "
     "Among those who addressed the conference were General Secretary Akinyi Were, Chairman Otieno Odhiambo and "
     "Treasurer Wanjiku Kamau."),
    ("The Kisumu County Health Board was sworn in at a ceremony at the County Hall on 3 June 2024. The new board is "
     "made up of Chairman Mr. Otieno Odhiambo, Ms. Akinyi Were and Dr. Wanjiku Kamau."),
])
def test_a_chairman_by_title_chairs_no_conference_or_ceremony(text: str) -> None:
    """A body's chair presides its own sittings by office, not a conference or a ceremony
    that no one is said to chair."""
    record = read_by_rules(text, "2024-06-10")
    assert (record.chair, "Otieno Odhiambo" in [p.name for p in record.participants]) == (None, True)


def test_a_chairperson_by_title_chairs_the_members_general_assembly() -> None:
    record = read_by_rules("The Nyanza Traders Association held its general assembly at the Imperial Hotel on 3 June "
                           "2024. The Chairperson of the Board, Ms. Akinyi Were, presented the annual report.",
                           "2024-06-10")
    assert record.chair is not None and record.chair.name == "Akinyi Were"


def test_a_name_cut_from_its_honorific_by_the_parser_is_still_the_agent_who_presides() -> None:
    record = read_by_rules("Present: Hon. Lorna B. Santos, Hon. Ronaldo V. Lacson.\n\nAt 3:25 that afternoon, the "
                           "session was called to order by Hon. Marites L. Dizon, City Vice-Mayor and Presiding "
                           "Officer.", "2024-06-10")
    assert record.chair is not None and record.chair.name == "Marites L. Dizon"


@pytest.mark.parametrize(("text", "chair"), [
    (("The Parliamentary Standing Committee on Transport, headed by MP Ravi Menon, met officials of the Railway "
      "Ministry in Parliament House on 3 June 2024."), "Ravi Menon"),
    ("The union, led by its president Ravi Menon, held its annual congress in Kochi on 3 June 2024.", "Ravi Menon"),
    ("A delegation led by MP Ravi Menon met officials of the Railway Ministry on 3 June 2024.", None),
])
def test_whoever_heads_the_body_that_meets_chairs_its_meeting(text: str, chair: str | None) -> None:
    """Not a delegation's leader, whose delegation visits a meeting someone else holds."""
    record = read_by_rules(text, "2024-06-10")
    assert (record.chair.name if record.chair else None) == chair


@pytest.mark.parametrize(("text", "venue"), [
    (("On Friday 27 October 2024, Room XI of the Palais des Nations hosted the fourth regional meeting of the "
      "commissions."), "Room XI of the Palais des Nations"),
    ("Roughly 1000 people gathered at Gyan-Vigyan Bhawan for the annual convocation on 3 June 2024.",
     "Gyan-Vigyan Bhawan"),
])
def test_a_room_that_hosted_the_meeting_and_a_bhawan_are_venues(text: str, venue: str) -> None:
    assert text_of(read_by_rules(text, "2024-06-10").location) == venue
