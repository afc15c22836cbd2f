"""The organizer's candidates beyond tagged entities: the meeting's owner, the subject of a
meeting verb, a letterhead line and an acronym's spelled-out name, in the many ways reports say
them; and the organizer decision's grouping of them into one candidate per organization."""

from __future__ import annotations

import pytest
from helpers import by_rules, candidates, parsed, text_of

from meetingparse.choice.owners import owner_phrases
from meetingparse.components.meeting import MeetingReader
from meetingparse.components.organizations import same_organization


def _phrases(nlp, text: str) -> set[tuple[str, str]]:
    lex = nlp.get_pipe("meetingparse_choice").lex
    return {(source, span.text) for source, span in owner_phrases(by_rules(text), MeetingReader(lex), lex)}


@pytest.mark.parametrize(("text", "owner"), [
    ("The weekly meeting of the Federal Cabinet was held in Islamabad on Tuesday.", "Federal Cabinet"),
    ("Decisions taken by the Cabinet of Ministers at its meeting of 8 August.", None),
    ("The Parochial Church Council meeting opened with a prayer on 3 May 2024.", "Parochial Church Council"),
    ("Minutes of the regular meeting of Lakeview District School Board held on 4 June.", "Lakeview District School Board"),
    ("The Board's annual meeting approved the accounts.", "Board"),
    ("The 8th Cabinet meeting of the year began at noon.", "Cabinet"),
])
def test_the_meeting_names_its_own_body(nlp, text: str, owner: str | None) -> None:
    owners = {t for s, t in _phrases(nlp, text) if s == "owner"}
    assert (owner in owners) if owner is not None else True
    assert not any(t.lower().startswith(("the ", "its ")) for t in owners)


@pytest.mark.parametrize(("text", "subject"), [
    ("The Harbour Trust held its annual meeting in Portree on 2 March.", "Harbour Trust"),
    ("The Cabinet of Ministers met for its weekly meeting on Wednesday.", "Cabinet of Ministers"),
    ("Kestrel Foods Limited convened an extraordinary general meeting in Leeds.", "Kestrel Foods Limited"),
])
def test_the_subject_of_a_meeting_verb_is_a_candidate(nlp, text: str, subject: str) -> None:
    assert ("subject", subject) in _phrases(nlp, text)


def test_a_letterhead_line_names_the_body_but_a_long_line_does_not(nlp) -> None:
    text = ("MARROWAY POLYMERS LIMITED\n(Company Registration No. 1234)\n\n"
            "MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 22 APRIL 2022.\n\n"
            "The Chairman welcomed the shareholders and declared the meeting open after the quorum was confirmed "
            "by the Company Secretary of the Board.\n")
    lines = {t for s, t in _phrases(nlp, text) if s == "edge_line"}
    assert "MARROWAY POLYMERS LIMITED" in lines
    assert not any("quorum" in t for t in lines)


def test_a_title_line_split_at_a_dash_gives_its_body(nlp) -> None:
    text = "Minutes - Fenwick Valley Hospitals NHS Trust\n\nThe Board met on 4 November 2015.\n"
    assert ("edge_line", "Fenwick Valley Hospitals NHS Trust") in _phrases(nlp, text)


def test_a_breadcrumb_line_gives_its_parts(nlp) -> None:
    text = "Home > Ministries > Harbour Authority > Press\n\nThe Authority's board met on 4 November 2015.\n"
    assert ("edge_line", "Harbour Authority") in _phrases(nlp, text)


@pytest.mark.parametrize(("text", "expansion"), [
    ("The workshop was run by the Kaweri Citizens Forum for Development (KCFD) in Arua.",
     "Kaweri Citizens Forum for Development (KCFD)"),
    ("Members of the Association of Indian Universities (AIU) attended.", "Association of Indian Universities (AIU)"),
])
def test_an_acronym_in_brackets_gives_its_spelled_out_name(nlp, text: str, expansion: str) -> None:
    assert ("expansion", expansion) in _phrases(nlp, text)


def test_brackets_that_do_not_spell_the_acronym_give_nothing(nlp) -> None:
    assert not {t for s, t in _phrases(nlp, "The report (PDF) was read at the Harwell meeting.") if s == "expansion"}


def test_one_organization_is_one_organizer_candidate() -> None:
    names = [c.text for c in candidates("The Kaweri Citizens Forum for Development (KCFD) held a training workshop "
                                        "in Arua on 2 May 2024. KCFD thanked the Arua District Council for the hall.",
                                        "organizer")]
    assert sum("KCFD" in n or "Kaweri" in n for n in names) == 1
    assert any("Arua District Council" in n for n in names)


def test_organizer_candidates_are_left_out_as_people_or_described_as_a_meeting_a_venue_or_cut_short() -> None:
    text = ("BOARD OF TRUSTEES OF\n\nThe Informal Harbour Ministerial Meeting (IHMM) was held at the Southern Cross "
            "Club in Canberra on 2 May 2024 by the Harbour Ports Authority. The Co-Chairs held a press briefing "
            "afterwards.")
    features = ("names_people", "names_a_meeting", "inside_venue", "ends_in_a_link")
    flags = {c.text: tuple(c.features.get(k, 0.0) for k in features) for c in candidates(text, "organizer")}
    assert "Co-Chairs" not in flags  # headed by people: no candidate at all
    assert flags["Informal Harbour Ministerial Meeting (IHMM)"] == (0.0, 1.0, 0.0, 0.0)
    assert flags["Southern Cross Club"] == (0.0, 0.0, 1.0, 0.0)
    assert flags["BOARD OF TRUSTEES OF"] == (0.0, 0.0, 0.0, 1.0)
    assert flags["Harbour Ports Authority"] == (0.0, 0.0, 0.0, 0.0)


def test_a_meeting_named_with_its_topic_after_on_or_for_names_a_meeting() -> None:
    """"the Video Conference on X", "the Summit for Y": the name's head is before the link, a meeting."""
    text = ("The Video Conference on Graduate Employment was held on 2 May 2024 by the Harbour Ports Authority. The "
            "Regional Summit for Coastal Towns followed.")
    flags = {c.text: c.features.get("names_a_meeting", 0.0) for c in candidates(text, "organizer")}
    assert flags.get("Video Conference on Graduate Employment") == 1.0
    assert flags.get("Harbour Ports Authority") == 0.0


def test_an_acronym_candidate_is_named_by_its_full_name() -> None:
    text = ("The project review was held in Jaipur on 2 May 2024. It was opened by Mr. Ravi Meena of Gram Vikas "
            "Sansthan (GVS). GVS presented the year's results. The shareholders of Rohini Textiles & Dyeing Ltd "
            "also met; RTD reported a profit.")
    names = [c.text for c in candidates(text, "organizer")]
    assert "Gram Vikas Sansthan (GVS)" in names and "GVS" not in names
    assert "Rohini Textiles & Dyeing Ltd" in names and "RTD" not in names


def test_a_syllabic_acronym_is_named_by_its_full_name() -> None:
    """An acronym of the first syllables of a name's words ("MUSEC" of "Municipal Security
    Council") is that body, named by its full name, as an acronym of initials is."""
    text = ("The Municipal Security Council met in Dapa on 2 May 2024. MUSEC members agreed on curfew hours, and "
            "MUSEC will meet again in June.")
    names = [c.text for c in candidates(text, "organizer")]
    assert "Municipal Security Council" in names and "MUSEC" not in names


def test_a_tag_line_is_no_letterhead_and_names_no_person() -> None:
    """A story's "Related:" or "Tags:" line lists links: the header and footer reader does not
    take its bodies for the page's own, and its words are no people ("Governance", which the
    model may tag a person, would make "Campaign for Good Governance" run into a name)."""
    text = ("The Campaign for Good Governance (CGG) closed a two-day training in Freetown on 2 May 2024.\n\n"
            "Tags: Fiji Ports Authority, shipping\nRelated: CSOs, Governance, Western Area")
    found = {c.text: c.features for c in candidates(text, "organizer")}
    assert "Campaign for Good Governance (CGG)" in found
    assert not [name for name, features in found.items() if features.get("from_edge_line")]


def test_page_furniture_gives_no_organizer_candidate() -> None:
    text = ("Home > Government > Treasury Office > News\n\nThe Cabinet met in Westfield on 2 May 2024 to discuss the "
            "budget.")
    assert not [c.text for c in candidates(text, "organizer") if ">" in c.text or "\n" in c.text]


def test_a_headline_verb_is_not_part_of_an_organizer_candidate() -> None:
    names = [c.text for c in candidates("Lakeside University Holds Teaching Conference\n\nOn June 3, the university "
                                        "held its annual teaching conference.", "organizer")]
    assert "Lakeside University" in names and not [n for n in names if n.endswith("Holds")]


def test_a_name_in_capitals_is_the_same_body_as_its_fuller_name() -> None:
    assert same_organization("PASTORAL COUNCIL", "St. Kizito Parish Pastoral Council")
    assert not same_organization("HARWELL COUNCIL", "Publicity Department of the Harwell Council")


def test_the_organizer_is_named_by_its_fullest_name_not_its_heading_in_capitals() -> None:
    text = ("MINUTES OF THE PASTORAL COUNCIL MEETING HELD ON 2 MAY 2024 AT THE PARISH HALL\n\nMembers present: Fr. Peter "
            "Mwangi (Chair), Mary Atieno, John Kamau.\n\nThe meeting of the St. Brigid Parish Pastoral Council was "
            "opened with a prayer by Fr. Peter Mwangi.")
    assert text_of(parsed(text).organizer) == "St. Brigid Parish Pastoral Council"
