"""Speech attribution and points, read through meetingparse.parse on sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import by_rules, candidates, parsed, read_by_rules

import meetingparse

_OPENING = "The Pine College held a staff meeting on 2 May 2024. "


def _speeches(text: str) -> list[tuple[str, list[str]]]:
    record = meetingparse.parse(text, "2024-05-10")
    return [(s.speaker, [p.text for p in s.points]) for s in record.speeches]


def test_points_split_at_semicolons_with_the_verb_kept() -> None:
    text = ("The Riverside Water Board held its quarterly meeting on March 12. Chairwoman Elena Marsh presided over "
            "the meeting. Elena Marsh pointed out that the reservoir is low; she urged residents to save water.")
    assert _speeches(text) == [("Elena Marsh", ["pointed out that the reservoir is low", "urged residents to save water"])]


def test_a_headline_in_the_present_tense_gives_no_points() -> None:
    """A headline sums up the report ("Minister urges councils to publish budgets"): its words
    are no one's points; the body's sentences are."""
    text = ("Minister Grace Phiri urges councils to publish budgets\n\nThe Pine District Council held its budget "
            "meeting on 2 May 2024. Minister Grace Phiri said councils must publish their budgets online.")
    assert _speeches(text) == [("Grace Phiri", ["said councils must publish their budgets online"])]


def test_a_line_of_minutes_without_a_stop_keeps_its_points() -> None:
    text = ("MINUTES OF THE STAFF MEETING, 2 MAY 2024\n\nPresent: Ruth Bako, Ali Guyo\n\n"
            "Ruth Bako suggested the grading go to the local community\nAli Guyo asked for funds for exams\n")
    assert [speaker for speaker, _ in _speeches(text)] == ["Ruth Bako", "Ali Guyo"]


def test_a_list_of_clauses_announced_before_a_colon_gives_each_clause() -> None:
    text = _OPENING + ("The bursar, Grace Phiri, raised three concerns: fees are paid late, the roof leaks, and "
                       "the bus needs new tyres.")
    assert _speeches(text) == [("Grace Phiri", ["fees are paid late", "the roof leaks", "the bus needs new tyres"])]


def test_a_post_abbreviated_as_a_subject_names_its_holder() -> None:
    text = _OPENING + ("Principal Secretary Wanjiru Kamau opened the meeting. The PS said the college would get "
                       "two new laboratories.")
    assert _speeches(text) == [("Wanjiru Kamau", ["said the college would get two new laboratories"])]


def test_parallel_demands_keep_the_verb_on_the_first_only() -> None:
    text = _OPENING + ("Dean Hu Ming attended the meeting. He required each department to check its budget, "
                       "to train its staff and to report its progress every month.")
    assert _speeches(text) == [("Hu Ming", ["required each department to check its budget", "to train its staff",
                                            "to report its progress every month"])]


def test_group_subject_gives_each_person_the_point() -> None:
    text = _OPENING + ("Dean Hu Ming, Director Sara Lind and Professor Tao Jun introduced the progress of their "
                       "departments.")
    point = ["introduced the progress of their departments"]
    assert _speeches(text) == [("Hu Ming", point), ("Sara Lind", point), ("Tao Jun", point)]


def test_bare_list_of_names_gives_each_person_the_point() -> None:
    text = _OPENING + "Yang Gang, Tan Zhijun and Yang Shuigen reported on the work they are in charge of."
    point = ["reported on the work they are in charge of"]
    assert _speeches(text) == [("Yang Gang", point), ("Tan Zhijun", point), ("Yang Shuigen", point)]


def test_quote_running_over_several_sentences_gives_each_sentence() -> None:
    text = _OPENING + ('Boniface Adeyemi, chairman of the Pine Staff Union, told the meeting: "We have read the '
                       'budget. Our demand is that the college hires more tutors. That is what the students '
                       'need." The meeting closed at noon.')
    assert _speeches(text) == [("Boniface Adeyemi", ["We have read the budget",
                                                     "Our demand is that the college hires more tutors",
                                                     "That is what the students need"])]


def test_a_report_or_concluding_speech_gives_an_empty_speech() -> None:
    text = _OPENING + ("Dean Hu Ming made a report. Director Sara Lind made the concluding speech. Tao Jun also "
                       "took the floor.\n\nThe staff are taking part in the training.")
    assert _speeches(text) == [("Hu Ming", []), ("Sara Lind", []), ("Tao Jun", [])]


def test_addressing_an_audience_is_an_empty_speech_but_addressing_an_issue_is_a_point() -> None:
    text = _OPENING + ("Director Sara Lind addressed the delegates. Dean Hu Ming addressed the shortage of "
                       "laboratory staff.")
    assert dict(_speeches(text)) == {"Sara Lind": [], "Hu Ming": ["addressed the shortage of laboratory staff"]}


def test_announced_requirements_continue_in_the_next_sentences() -> None:
    text = _OPENING + ("Dean Hu Ming raised three requirements. First, every office must keep its records. Second, "
                       "every office should answer letters within a week. In his view, the college can do better.")
    assert _speeches(text) == [("Hu Ming", ["First, every office must keep its records",
                                            "Second, every office should answer letters within a week",
                                            "In his view, the college can do better"])]


def test_continuation_stops_at_a_new_paragraph() -> None:
    text = _OPENING + ("Dean Hu Ming raised two requirements. First, every office must keep its records.\n\n"
                       "Second, the canteen will reopen in June.")
    assert _speeches(text) == [("Hu Ming", ["First, every office must keep its records"])]


def test_comma_list_of_verb_phrases_splits_but_a_pair_stays_whole() -> None:
    text = _OPENING + ("Dean Hu Ming hoped the teachers will keep their passion, share their methods and guide "
                       "the new staff. He asked the offices to cut costs and hire nurses.")
    assert _speeches(text) == [("Hu Ming", ["hoped the teachers will keep their passion", "share their methods",
                                            "guide the new staff", "asked the offices to cut costs and hire nurses"])]


def test_reporting_participle_after_a_speech_is_a_point() -> None:
    text = _OPENING + "Professor Tao Jun made a speech, thanking the staff and warning that the budget is tight."
    assert _speeches(text) == [("Tao Jun", ["thanking the staff", "warning that the budget is tight"])]


def test_direct_quotes_before_and_after_the_speaker() -> None:
    text = ("Mayor Rita Ruiz chaired the meeting of the Kelso Town Council on 5 February 2024. "
            "\"We will fix every road this year,\" said Mayor Ruiz. Councillor Ian Hale said: \"The budget is too small.\"")
    assert _speeches(text) == [("Rita Ruiz", ["We will fix every road this year"]),
                               ("Ian Hale", ["The budget is too small"])]


def test_parenthetical_he_said_keeps_the_whole_statement() -> None:
    text = _OPENING + "Dean Hu Ming attended the meeting. Safety, he said, is the first duty of every office."
    assert _speeches(text) == [("Hu Ming", ["Safety, he said, is the first duty of every office"])]


def test_speaking_for_a_country_and_unnamed_representatives() -> None:
    text = ("The Security Council held a meeting on 4 April 2023. Jan Novak, speaking for the Czech Republic, said that "
            "the ceasefire must hold. The representative of Chile said that aid must reach civilians.")
    assert _speeches(text) == [("Jan Novak", ["said that the ceasefire must hold"])]


def test_the_meeting_and_the_two_sides_give_no_speech() -> None:
    text = _OPENING + ("The meeting stressed that safety comes first. The two sides agreed to cooperate. "
                       "Officials said the plan was ready.")
    assert _speeches(text) == []


def test_surname_and_apposed_name_find_their_person() -> None:
    text = _OPENING + ("Director Sara Lind and Professor Tao Jun attended it. The chair, Sara Lind, noted that the "
                       "rooms are full. Tao said that the library needs more seats.")
    assert _speeches(text) == [("Sara Lind", ["noted that the rooms are full"]),
                               ("Tao Jun", ["said that the library needs more seats"])]


def test_relayed_words_are_not_a_speech() -> None:
    text = _OPENING + ("Dean Hu Ming attended the meeting. As Minister Karl Weiss has pointed out, schools must "
                       "change, Hu said.")
    assert [speaker for speaker, _ in _speeches(text)] == ["Hu Ming"]


def test_agent_of_a_passive_is_who_the_pronoun_stands_for() -> None:
    text = _OPENING + ("The keynote lecture was given by Prof. Anna Berg of Lakeside University. She argued that "
                       "rivers carry less sand. The dinner was arranged by Dr. Tom Hale.")
    assert _speeches(text) == [("Anna Berg", ["argued that rivers carry less sand"])]


def test_surname_after_a_title_and_a_name_read_as_an_adverb_still_speak() -> None:
    text = _OPENING + ("Councillor Pat Hanley chaired the meeting. Nguyen Hoang Long attended. Cllr Hanley said the "
                       "council would act. Long said the grid had been upgraded.")
    assert _speakers(text) == ["Pat Hanley", "Nguyen Hoang Long"]


def test_names_the_parser_made_separate_subjects_all_speak() -> None:
    text = _OPENING + "Deputy Deans Sun Lei, He Jiayi and Qiao Feng reported respectively on teaching and research."
    assert _speakers(text) == ["Sun Lei", "He Jiayi", "Qiao Feng"]


def _speakers(text: str) -> list[str]:
    return [speaker for speaker, _ in _speeches(text)]


def test_quote_over_several_sentences_attributed_at_its_end() -> None:
    text = _OPENING + ('Mayor Joan Cooper chaired the meeting. "I have listened to both sides for months. A review '
                       'after one summer is the fairest way," said Mayor Cooper.')
    assert _speeches(text) == [("Joan Cooper", ["I have listened to both sides for months",
                                                "A review after one summer is the fairest way"])]


def test_minutes_initials_stand_for_the_member_listed_in_full() -> None:
    text = ("Minutes of the committee meeting held on 2 May 2024.\n\nPresent: Harriet Quayle (Chair), "
            "Tobias Renwick (Treasurer), Ada Fenn, Colin Marsh\n\n"
            "TR presented the accounts for the year. CM asked whether the reserves were sufficient.")
    speakers = [speaker for speaker, _ in _speeches(text)]
    assert speakers == ["Tobias Renwick", "Colin Marsh"]


@pytest.mark.parametrize(("text", "expected"), [
    # initials that the model took for a name of their own still stand for the member
    (("Minutes of the club meeting held on 2 May 2024.\n\nPresent: Harriet Quayle (Chair), Lorna Hebden, "
     "Tobias Renwick\n\nLH asked that the summer fixtures be published before June."),
     [("Lorna Hebden", ["asked that the summer fixtures be published before June"])]),
    # "he" means the person the sentence before introduced as its subject
    (_OPENING + "Dean Ruth Okoye said the library would open on Sundays. Dr. Kofi Mensah, Senior Lecturer in Law, "
     "was the resource person. He explained that the new rules apply from June.",
     [("Ruth Okoye", ["said the library would open on Sundays"]),
      ("Kofi Mensah", ["explained that the new rules apply from June"])]),
    # a call for someone to act is the caller's point, in a sentence the parser left without its verb
    (("The island ministers met in Apia on 2 May 2024. Samoa's Deputy Prime Minister, Tui Lemalu, called for the "
     "Forum to keep its fishing limits."), [("Tui Lemalu", ["called for the Forum to keep its fishing limits"])]),
    # a second verb shares its subject; "X, who ..." and a gerund after "by" are X's own words
    (("The Lakeside Rivers Workshop was held on 2 May 2024. The workshop was chaired by Prof. Ada Lenz, who opened "
     "it by recalling that the series began in 2019. Prof. Lenz closed the workshop and announced that the next "
     "one will be held in Ghent."),
     [("Ada Lenz", ["recalling that the series began in 2019", "announced that the next one will be held in Ghent"])]),
    # "collector" is a post: "the Collector" stands for the District Collector named before
    (("District Collector Anita Menon chaired the review meeting on 2 May 2024. The Collector said the roads "
     "must be finished by June."), [("Anita Menon", ["said the roads must be finished by June"])]),
])
def test_speakers_in_general_constructions(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _speeches(text) == expected


def test_a_title_the_parser_cut_from_its_name_still_names_the_speaker() -> None:
    text = ("Embassy of Fenland\nOslo\n\nAmbassador of Fenland to Norway, Mrs. Ilse Marrow chaired 'Bridges', "
            "a video conference with Fenland businesses, on 13 May 2024.\n\nIn her opening remarks, the Ambassador "
            "said that exports had held up during the winter.")
    record = meetingparse.parse(text, "2024-05-20")
    assert [p.name for p in record.participants] == ["Ilse Marrow"]
    assert record.participants[0].title is not None and record.participants[0].title.text.startswith("Ambassador")
    assert [s.speaker for s in record.speeches] == ["Ilse Marrow"]


def test_a_post_stands_for_its_one_holder_and_the_chair_post_for_the_chair() -> None:
    text = ("The board of the Harbour Trust met on 2 May 2024. Mr Ewan Kerr, Chief Executive, and Ms Lena Hoyt, "
            "Deputy Chief Executive, presented the plan. Dr Maud Pryor chaired the meeting.\n\n"
            "The Chief Executive said the new quay would open in June. The Chair thanked the staff for their work.")
    speeches = dict(_speeches(text))
    assert speeches["Ewan Kerr"][-1] == "said the new quay would open in June"
    assert speeches["Maud Pryor"] == ["thanked the staff for their work"]


def test_a_post_after_its_body_runs_into_the_name_it_gives() -> None:
    text = _OPENING + ("Members of Parliament Iris Vale and Omar Nadeem attended. Member of Parliament Iris Vale "
                       "said in her speech that the college is vital to the town.")
    assert [speaker for speaker, _ in _speeches(text)] == ["Iris Vale"]


def test_sentences_after_a_speech_in_its_paragraph_are_offered_as_carrying_on_the_turn() -> None:
    text = _OPENING + ("Dean Ruth Okoye said the library would open on Sundays. Students need quiet places to work "
                       "before the examinations. Professor Ian Hale attended.\n\nThe rooms will be repainted.")
    doc = by_rules(text, "2024-05-10")
    carried = [(doc._.mp_people[s.speaker].name.text, c.point.text, c.sentences_on)
               for s in doc._.mp_speeches for c in s.carried]
    assert carried == [("Ruth Okoye", "Students need quiet places to work before the examinations", 1)]


def test_the_points_model_rates_a_sentence_carrying_on_the_turn_above_the_narrators() -> None:
    text = _OPENING + ("Dean Ruth Okoye said the library would open on Sundays. Students need quiet places to work "
                       "before the examinations. The minutes of the last meeting were approved.")
    scorer = meetingparse.load().get_pipe("meetingparse_choice").scorers["points"]
    rated = {c.text: scorer.probability(c.features) for c in candidates(text, "points")}
    assert rated["Students need quiet places to work before the examinations"] > rated[
        "The minutes of the last meeting were approved"]


def test_according_to_a_statement_before_its_speaker_and_a_named_parenthetical() -> None:
    text = _OPENING + ("Dean Ruth Okoye and Professor Ian Hale attended. According to Okoye, the library will open "
                       "on Sundays from June. The new rooms, Professor Ian Hale said, will be ready by autumn. "
                       "Budgets must be cut, Hale warned.")
    assert _speeches(text) == [
        ("Ruth Okoye", ["the library will open on Sundays from June"]),
        ("Ian Hale", ["The new rooms, Professor Ian Hale said, will be ready by autumn", "Budgets must be cut"]),
    ]


def test_according_to_a_titled_name_the_parser_closes_with_its_comma() -> None:
    """The parser hangs the comma after a long titled name on the name itself."""
    text = _OPENING + ("According to SLMDA President Dr. Lucius St. Juste, the two-day conference gave colleagues "
                       "a chance to come together and discuss a range of issues of interest to them in a robust way.")
    assert _speeches(text) == [("Lucius St. Juste", [
        ("the two-day conference gave colleagues a chance to come together and discuss a range of issues of interest "
         "to them in a robust way")])]


def test_a_paragraph_that_is_one_quote_naming_no_one_carries_on_the_speaker_before_it() -> None:
    text = _OPENING + ("Dean Ruth Okoye said the library would open on Sundays.\n\n"
                       "\"Students need quiet rooms before the examinations. We will find the money for them.\"\n\n"
                       "Professor Ian Hale told staff that the new rooms would be ready by autumn.\n")
    assert _speeches(text) == [
        ("Ruth Okoye", ["said the library would open on Sundays", "Students need quiet rooms before the examinations",
                        "We will find the money for them"]),
        ("Ian Hale", ["told staff that the new rooms would be ready by autumn"]),
    ]


@pytest.mark.parametrize(("sentence", "point"), [
    ("Dean Ruth Okoye accused the contractor of delaying the library works.",
     "accused the contractor of delaying the library works"),
    ("Dean Ruth Okoye apologised for the late start of the meeting.", "apologised for the late start of the meeting"),
    ("Dean Ruth Okoye termed the new timetable a great step forward.", "termed the new timetable a great step forward"),
])
def test_accusing_apologising_and_terming_are_speech(sentence: str, point: str) -> None:
    assert _speeches(_OPENING + sentence) == [("Ruth Okoye", [point])]


def test_a_listed_name_with_an_apostrophe_is_at_the_meeting_and_speaks_as_its_post() -> None:
    """Kenyan names glue a syllable with an apostrophe ("Ng'ang'a"); a row of the attendance list
    still places its person at the meeting, whom "the Chairman" then names."""
    text = ("MINUTES OF THE ANNUAL GENERAL MEETING OF TANA RIVER TEA PLC\n\nPresent:\n\n"
            "Mr Peter Ng'ang'a - Chairman\n\nMs Grace Wanjiru - Director\n\n"
            "The Chairman opened the proceedings and greeted the shareholders.\n")
    assert _speeches(text) == [("Peter Ng'ang'a", ["greeted the shareholders"])]


@pytest.mark.parametrize("sentence", [
    "Among those who addressed the staff were Dean Ruth Okoye, Bursar Ian Hale and Registrar Amina Bello.",
    "Those who spoke at the meeting were Dean Ruth Okoye, Bursar Ian Hale and Registrar Amina Bello.",
])
def test_a_list_of_those_who_spoke_makes_each_a_speaker_with_no_point_of_their_own(sentence: str) -> None:
    assert _speeches(_OPENING + sentence) == [("Ruth Okoye", []), ("Ian Hale", []), ("Amina Bello", [])]


def test_a_speech_announcing_items_with_a_colon_runs_on_over_its_bulleted_clauses() -> None:
    text = _OPENING + ("Dean Ruth Okoye updated the staff on the term so far:\n\n"
                       "- The new library wing has opened to students.\n"
                       "- Enrolment for the evening classes is now complete.\n\n"
                       "The bursar then presented the accounts.\n")
    assert _speeches(text) == [("Ruth Okoye", ["updated the staff on the term so far",
                                               "The new library wing has opened to students",
                                               "Enrolment for the evening classes is now complete"])]


_HEARING = ("Health Committee\n\nOral evidence: Waiting times in rural hospitals\n\n"
            "Members present: Moira Tulloch (Chair); Dev Anand; Carys Lloyd.\n\n"
            "Witnesses: Dr Tobias Whitcombe and Professor Alma Reyes.\n\n"
            "Q1 Chair: Good morning and welcome. Dr Whitcombe, why have waiting times grown?\n\n"
            "Dr Whitcombe: Thank you, Chair. Waiting times have grown because two wards closed last winter. "
            "We expect to reopen them in May.\n\n"
            "Q2 Carys Lloyd: What will the reopening cost?\n\n"
            "Professor Reyes:\nThe trust estimates four million pounds. Most of it is staff.\n")


def test_a_transcripts_labelled_turns_are_their_speakers_points_without_courtesies() -> None:
    assert _speeches(_HEARING) == [
        ("Moira Tulloch", ["Dr Whitcombe, why have waiting times grown?"]),
        ("Tobias Whitcombe", ["Waiting times have grown because two wards closed last winter",
                              "We expect to reopen them in May"]),
        ("Carys Lloyd", ["What will the reopening cost?"]),
        ("Alma Reyes", ["The trust estimates four million pounds", "Most of it is staff"]),
    ]


def test_one_labelled_line_is_not_a_transcript_and_a_list_label_is_not_a_speech() -> None:
    text = ("Minutes of the Finance Committee, 2 May 2024\n\nChairman: Cllr Rhona Baird\n\n"
            "Members present: Rhona Baird; Ian Leckie.\n\nCllr Leckie said the audit was late.")
    assert _speeches(text) == [("Ian Leckie", ["said the audit was late"])]



@pytest.mark.parametrize(("minutes", "expected"), [
    ("Councilmember Ida Brandt moved and Councilmember Leo Varga seconded to approve the agenda as presented.",
     [("Ida Brandt", ["to approve the agenda as presented"])]),
    ("Motion by Councilmember Ida Brandt, second by Councilmember Leo Varga, to adjourn the meeting at 8:02 p.m.",
     [("Ida Brandt", ["to adjourn the meeting at 8:02 p.m."])]),
    (("The minutes of the last meeting were confirmed as a true record, proposed by Mr. Tom Odera and seconded by "
     "Mrs. Ruth Wekesa."), [("Tom Odera", ["The minutes of the last meeting were confirmed as a true record"])]),
    (("It was proposed by Councillor Niamh Breen, seconded by Councillor Sean Daly, and RESOLVED\n\n"
     "\"That the minutes of the meeting held on 11 March 2024 be adopted.\""),
     [("Niamh Breen", ["That the minutes of the meeting held on 11 March 2024 be adopted"])]),
])
def test_a_motion_is_its_movers_point_and_the_seconder_says_nothing(
        minutes: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _speeches("Minutes of the Harbour Council meeting, 2 May 2024.\n\n" + minutes) == expected


def test_she_opening_a_speech_is_the_one_person_named_just_before() -> None:
    text = ("The Women in Energy Network held a training workshop in Enugu on 2 May 2024.\n\nThe opening lecture was "
            "given by the chief planning officer of Lakeview Power Limited, Engr. (Mrs.) Adaobi Nwosu. She emphasised "
            "that the company valued the work of women engineers.")
    assert _speeches(text) == [("Adaobi Nwosu", ["emphasised that the company valued the work of women engineers"])]


def test_name_set_off_before_a_verb_the_parser_left_without_subject() -> None:
    text = ("The committee met in Brussels on 2 May 2024 to discuss the grid package. Responding on behalf of the "
            "European Commission, Joris De Smedt, Head of Unit at the Directorate-General for Energy (DG ENER), said "
            "the Commission could accept most of the amendments.")
    assert _speeches(text) == [("Joris De Smedt", ["said the Commission could accept most of the amendments"])]



@pytest.mark.parametrize(("said", "expected"), [
    (("Union secretary Mary Wanjiru said the union would open two new stores. She added that membership had doubled, "
     "and that the union would hire an auditor."),
     ["said the union would open two new stores", "added that membership had doubled",
      "that the union would hire an auditor"]),
    (("Opening the conference, chairman Peter Otieno urged members to pay their dues and called on the county to "
     "repair feeder roads."), ["urged members to pay their dues", "called on the county to repair feeder roads"]),
    ("Peter Otieno welcomed the delegates. \"This year has been hard,\" he said. \"But we are still standing.\"",
     ["welcomed the delegates", "This year has been hard", "we are still standing"]),
    ("Councillor Ruth Abara argued that the levy would hurt small traders and warned that the union would go to court.",
     ["argued that the levy would hurt small traders", "warned that the union would go to court"]),
    ("Chairman Peter Otieno said the county must finish the survey by July and report its findings to members.",
     ["said the county must finish the survey by July", "report its findings to members"]),
    ("Chairman Peter Otieno said the road had been resurfaced in May and was now safe.",
     ["said the road had been resurfaced in May and was now safe"]),
    ("Delegate Anne Frost then chimed in, telling the conference that the county had ignored the union's letters.",
     ["telling the conference that the county had ignored the union's letters"]),
    ("Delegate Anne Frost denounced the delays in paying farmers and lamented that the county had ignored them.",
     ["denounced the delays in paying farmers", "lamented that the county had ignored them"]),
])
def test_points_split_and_carried_on(said: str, expected: list[str]) -> None:
    speeches = _speeches(f"The Harwell Farmers Union held its annual conference in Kisumu on 2 May 2024. {said}")
    assert [points for _, points in speeches] == [expected]


@pytest.mark.parametrize(("item", "mover", "motion"), [
    (("3 APOLOGIES\nRESOLUTION Moved Cr Batsis, Seconded Cr Quraishi That the apology of Cr Hosking be accepted. "
     "CARRIED"), "Nick Batsis", "That the apology of Cr Hosking be accepted"),
    ("2 MINUTES\nOn the proposal of Cr Helen Drury, seconded by Cr Nick Batsis, the minutes were adopted.",
     "Helen Drury", "the minutes were adopted"),
])
def test_motions_moved_before_the_mover_or_on_a_proposal(item: str, mover: str, motion: str) -> None:
    text = ("MINUTES OF THE ORDINARY COUNCIL MEETING OF HARWELL SHIRE COUNCIL HELD ON 3 JUNE 2024\n\nPresent: Cr Gail "
            "Trent (Mayor), Cr Nick Batsis, Cr Helen Drury, Cr Omar Quraishi.\n\n" + item)
    assert _speeches(text) == [(mover, [motion])]


def test_a_question_from_the_floor_is_its_askers_point() -> None:
    text = ("MINUTES OF THE ORDINARY COUNCIL MEETING OF HARWELL SHIRE COUNCIL HELD ON 3 JUNE 2024\n\nPresent: Cr Gail "
            "Trent (Mayor), Cr Nick Batsis.\n\n6 PUBLIC QUESTION TIME\nQuestion from Ms Rhonda Ellis, Shelford: When "
            "will the footpath on Mercer Street be extended?\nThe Mayor replied that works would start in March.")
    assert _speeches(text) == [("Rhonda Ellis", ["When will the footpath on Mercer Street be extended?"]),
                               ("Gail Trent", ["replied that works would start in March"])]


def test_according_to_a_pronoun_gives_the_last_speakers_words_without_the_attribution() -> None:
    text = ("The Harwell Farmers Union held its annual conference in Kisumu on 2 May 2024. Chairman Peter Otieno said "
            "the union had grown. According to him, the union will open two new stores in Kisumu next year.")
    assert _speeches(text) == [("Peter Otieno", ["said the union had grown",
                                                 "the union will open two new stores in Kisumu next year"])]


def test_a_phrase_quoted_inside_reported_words_is_not_the_point() -> None:
    speeches = _speeches("The annual general meeting was held on 3 June 2024. Asked about a successor, Rohan Kale "
                         "said the suggestion had been \"noted with affection\", but gave no commitment.")
    assert speeches == [("Rohan Kale", ['said the suggestion had been "noted with affection"', "gave no commitment"])]


def test_a_chairs_procedural_acts_are_not_points() -> None:
    speeches = _speeches("MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 3 JUNE 2024\n\nThe Chairman, Mr Koh Ming, "
                         "called the Meeting to order at 2.30 p.m. Mr Koh informed the Meeting that the final "
                         "dividend would be paid on 14 May. Mr Koh declared the Resolution carried and declared the "
                         "Meeting closed at 3.55 p.m.")
    assert speeches == [("Koh Ming", ["informed the Meeting that the final dividend would be paid on 14 May"])]


def test_telling_or_addressing_a_body_alone_is_not_a_point() -> None:
    speeches = _speeches("The council met on 3 June 2024. The Mayor, Cr Matt Rowe, told colleagues and addressed the "
                         "Council. Cr Rowe said the budget would be balanced.")
    assert speeches == [("Matt Rowe", ["said the budget would be balanced"])]


def test_a_presentation_told_as_taking_the_audience_through_it_is_a_speech() -> None:
    speeches = _speeches(_OPENING + "The Dean of Students, Dr. Winnie Odera, took the participants through the new "
                         "code of conduct.")
    assert speeches == [("Winnie Odera", ["took the participants through the new code of conduct"])]


def test_a_question_asked_after_a_shareholders_apposition_is_theirs() -> None:
    speeches = _speeches("MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 3 JUNE 2024\n\n5.2 Ms Latha Subramaniam, a "
                         "shareholder, enquired about the Group's exposure to the downturn.")
    assert speeches == [("Latha Subramaniam", ["enquired about the Group's exposure to the downturn"])]


def test_wanting_to_know_is_a_question() -> None:
    speeches = _speeches("The standing committee met on 3 June 2024. Member Rajeev Ranjan Sinha wanted to know how "
                         "much territory is under Chinese control, and Dr Ana Lee said the matter was sensitive.")
    assert speeches == [("Rajeev Ranjan Sinha", ["wanted to know how much territory is under Chinese control"]),
                        ("Ana Lee", ["said the matter was sensitive"])]


def test_a_spokesman_reporting_anothers_words_gives_them_to_the_other() -> None:
    text = ("The Mayor of Eastvale, Mr. Rui Costa, received the elders on Monday.\n\nIn a statement, the Press "
            "Secretary to the Mayor, Ms. Ana Reis, said the Mayor thanked the elders for their patience and asked "
            "them to support the plan.")
    assert _speeches(text) == [("Rui Costa", ["thanked the elders for their patience",
                                              "asked them to support the plan"])]


def test_a_denied_report_stays_with_the_one_who_reports_it() -> None:
    text = ("The Mayor of Eastvale, Mr. Rui Costa, received the elders on Monday.\n\nCouncillor Ana Reis said the "
            "Mayor did not mention the budget.")
    assert [speaker for speaker, _ in _speeches(text)] == ["Ana Reis"]


def test_a_quote_running_over_paragraphs_is_the_speaker_named_in_its_last() -> None:
    text = ("The Mayor of Eastvale, Mr. Rui Costa, received the elders on Monday.\n\n\"We will rebuild the bridge. "
            "It will take a year.\n\n\"The elders must help us keep the peace,\" the Mayor said.")
    speeches = dict(_speeches(text))
    assert sorted(speeches["Rui Costa"]) == sorted(["We will rebuild the bridge", "It will take a year",
                                                    "The elders must help us keep the peace"])


def test_a_quote_reopened_in_the_next_paragraph_stays_with_its_speaker() -> None:
    text = ("The board met on Monday. Chair Ann Lee told members: \"We have had a hard year. Costs rose.\n\n"
            "\"Next year we will open two new branches.\"\n\nMembers applauded.")
    assert _speeches(text) == [("Ann Lee", ["We have had a hard year", "Costs rose",
                                            "Next year we will open two new branches"])]


def test_a_quote_over_paragraphs_that_names_no_speaker_is_the_one_who_spoke_before_it() -> None:
    """News carries a speaker on into a quote: paragraphs of quotes that no sentence attributes,
    right after a speaker's reported words, are that speaker's."""
    text = ("The union's conference met in Wellington on 3 May 2024.\n\nThat was no surprise. Union president Grant "
            "Hale acknowledged that the Government could not deliver everything.\n\n\"We are an ambitious movement, "
            "but two years is not very long.\n\n\"Still, our message to the Government is to get on with it.\"\n\n"
            "The conference closed at noon.")
    assert _speeches(text) == [("Grant Hale", ["acknowledged that the Government could not deliver everything",
                                               "We are an ambitious movement, but two years is not very long",
                                               "Still, our message to the Government is to get on with it"])]


@pytest.mark.parametrize(("verb", "point"), [
    ("charged", "charged the district officers to clear the backlog before June"),
    ("exhorted", "exhorted the district officers to clear the backlog before June"),
])
def test_charging_or_exhorting_someone_to_act_is_speech(verb: str, point: str) -> None:
    text = (f"The regional council met in Ho on 3 May 2024.\n\nRegional Minister Ama Lartey {verb} the district "
            "officers to clear the backlog before June.")
    assert _speeches(text) == [("Ama Lartey", [point])]


def test_a_speech_given_in_the_passive_names_its_agent_a_speaker() -> None:
    text = ("The union's congress opened on Monday.\n\nFraternal greetings were conveyed by Mr. Omondi Were, General "
            "Secretary of the dockworkers' union. Staff reports are posted online.")
    assert _speeches(text) == [("Omondi Were", [])]


def test_clauses_run_on_with_commas_each_keep_their_speaker() -> None:
    text = ("The forum met on Monday.\n\nDr. Leela Menon spoke on kidney injury, Dr. Tomas Ortega presented a case "
            "of myocarditis, and Dr. Hana Sato discussed scrub typhus.")
    assert _speeches(text) == [("Leela Menon", ["spoke on kidney injury"]),
                               ("Tomas Ortega", ["presented a case of myocarditis"]),
                               ("Hana Sato", ["discussed scrub typhus"])]


@pytest.mark.parametrize(("text", "speaker", "point"), [
    ("The council met on Monday. Councillor Isabel Mora seconded the motion, saying the report was thorough.",
     "Isabel Mora", "saying the report was thorough"),
    ("The union met on Monday. Mr. Ade Cole walked out of the hall, arguing that the vote was unfair.",
     "Ade Cole", "arguing that the vote was unfair"),
])
def test_a_trailing_participle_of_speech_speaks_for_the_subject_of_its_verb(text: str, speaker: str,
                                                                           point: str) -> None:
    """ "X seconded the motion, saying ...": seconding says nothing, the participle does."""
    assert (speaker, [point]) in _speeches(text)


def test_a_fronted_participle_leaves_the_point_to_the_main_verb() -> None:
    text = "The board met on Monday. Responding to the shareholders, Ms. Ada Obi said the dividend would rise."
    assert _speeches(text) == [("Ada Obi", ["said the dividend would rise"])]


@pytest.mark.parametrize(("text", "speaker", "point"), [
    ("The committee met on Monday. Cllr Joan Hart was of the view that the car park should stay free.",
     "Joan Hart", "was of the view that the car park should stay free"),
    ("The vestry met on Monday. Mr. Ade Cole was of the opinion that the hall fees were too high.",
     "Ade Cole", "was of the opinion that the hall fees were too high"),
])
def test_a_member_of_a_view_states_it(text: str, speaker: str, point: str) -> None:
    """Minutes record a position as "X was of the view that ...": X's point."""
    assert _speeches(text) == [(speaker, [point])]


def test_being_of_a_place_states_nothing() -> None:
    assert _speeches("The committee met on Monday. Cllr Joan Hart was of the parish of Kirkby.") == []


def test_a_transcript_label_may_give_a_known_person_s_family_name_alone() -> None:
    """ "PRESIDENT HILL:", "SENATOR DUNN:": the family name, in capitals, of a person the page names."""
    text = ("BOARD OF EDUCATION TRANSCRIPT\nPresent were President Sam Hill, Senator Rita Dunn and Member Bob Lee.\n\n"
            "PRESIDENT HILL: Good evening, everyone. I call this meeting to order.\n\n"
            "SENATOR DUNN: Thank you. The budget must be published in full.\n")
    record = meetingparse.parse(text, "2024-05-10")
    speakers = {s.speaker: [p.text for p in s.points] for s in record.speeches}
    assert speakers["Rita Dunn"] == ["The budget must be published in full"]
    assert record.chair is not None and record.chair.name == "Sam Hill"


def _hearing(first_turn: str) -> str:
    """A hearing's transcript in the Congressional Record's form, its first turn given."""
    return ("HEARING BEFORE THE COMMITTEE ON AGRICULTURE\nPresent: Representatives Alan Smith, Rosa DeLauro and "
            f"Tim Burke.\n\n{first_turn} Today we examine the farm bill.\n\n"
            "Ms. DELAURO. Thank you. Farmers need certainty on crop insurance.\n")


def test_a_hearing_transcript_s_style_and_capital_family_name_label_a_turn() -> None:
    """The Congressional Record's form: "Chairman SMITH. The committee will come to order."."""
    speakers = dict(_speeches(_hearing("Chairman SMITH. The committee will come to order.")))
    assert "Farmers need certainty on crop insurance" in speakers["Rosa DeLauro"]
    assert "Today we examine the farm bill" in speakers["Alan Smith"]


@pytest.mark.parametrize("opening", ["The committee will come to order.", "The hearing will now come to order."])
def test_the_speaker_whose_turn_calls_the_sitting_to_order_chairs_it(opening: str) -> None:
    record = meetingparse.parse(_hearing(f"Mr. SMITH. {opening}"), "2024-05-10")
    assert record.chair is not None and record.chair.name == "Alan Smith"


@pytest.mark.parametrize("label", ["Chairman SMITH.", "CHAIRMAN SMITH:", "Chairwoman SMITH."])
def test_a_transcript_label_that_gives_a_chair_s_title_names_the_chair(label: str) -> None:
    record = meetingparse.parse(_hearing(f"{label} Good morning."), "2024-05-10")
    assert record.chair is not None and record.chair.name == "Alan Smith"


def test_a_transcript_without_a_chair_s_label_names_no_chair_by_label() -> None:
    assert meetingparse.parse(_hearing("Mr. SMITH. Good morning."), "2024-05-10").chair is None


def test_a_post_with_a_form_of_address_as_subject_is_its_holder() -> None:
    """"The Hon. Minister said": the form of address is not part of the post."""
    record = parsed("The Minister of Finance, the Hon. Joel Pryce, opened the budget consultations on 3 June 2024. "
                    "The Hon. Minister said the latest figures show steady growth in credit.")
    assert [(s.speaker, [p.text for p in s.points]) for s in record.speeches] == [
        ("Joel Pryce", ["said the latest figures show steady growth in credit"])]



def test_a_quotation_signed_after_its_closing_mark_is_the_signer_s() -> None:
    """Pull quotes and quote round-ups give the speaker after a dash, with no reporting verb."""
    record = parsed("The budget committee heard the chairmen of its subcommittees on 3 June 2024, with Senator "
                    "Amaka Obi and Senator Tunde Bello among them.\n\n"
                    "\"Our schools need more teachers. We cannot wait another year.\" - Senator Amaka Obi.\n\n"
                    "\"Roads come first in this budget.\" – Senator Tunde Bello.")
    assert [(s.speaker, [p.text for p in s.points]) for s in record.speeches] == [
        ("Amaka Obi", ["Our schools need more teachers", "We cannot wait another year"]),
        ("Tunde Bello", ["Roads come first in this budget"])]


def test_a_roster_of_posts_and_their_holders_is_no_transcript() -> None:
    record = read_by_rules("PARENTS' ASSOCIATION MEETING - MINUTES\nDate: 3 June 2024\n\nOFFICERS\nCHAIRPERSON: "
                           "Jerome S. Dizon\nSECRETARY: Mrs. Kristine A. Pangilinan\nTREASURER: Erlinda C. Bautista\n\n"
                           "The head teacher, Rodolfo T. Manalo, welcomed the parents and presented the school budget.",
                           "2024-06-10")
    assert [s.speaker for s in record.speeches] == ["Rodolfo T. Manalo"]
