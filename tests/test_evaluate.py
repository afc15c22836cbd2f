"""Tests for meetingparse.evaluate: each scoring rule, and agreement with the reference scorer."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import json
import random
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from meetingparse.evaluate import (
    FIELD_NAMES,
    Evaluation,
    FieldScore,
    evaluate,
    evaluate_directories,
    normalize_name,
    plain,
    token_f1,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE_SCORER = SHARED / "spec" / "score.py"
DEV_GOLD = SHARED / "corpus" / "dev"


def grounded(text: str, start: int = 0) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text)}


def person(name: str, title: str | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "organization": None, "roles": []}


def score_one(gold: dict, pred: dict) -> Evaluation:
    return evaluate([("d1", gold, pred)])


# ---------------------------------------------------------------- FieldScore / Evaluation


def test_prf_score_and_description() -> None:
    s = FieldScore("participants", "prf", tp=8, fp=1, fn=2)
    assert s.score == pytest.approx(2 * (8 / 9) * 0.8 / (8 / 9 + 0.8))
    assert s.describe() == "P=0.889 R=0.800 F1=0.842 (tp=8 fp=1 fn=2)"


def test_accuracy_score_and_description() -> None:
    s = FieldScore("date", "accuracy", correct=19, total=20)
    assert s.score == 0.95
    assert s.describe() == "acc=0.950 (19/20)"


@pytest.mark.parametrize(
    ("counts", "expected"),
    [((0, 0, 0), 1.0), ((0, 1, 0), 0.0), ((0, 0, 3), 0.0)],
)
def test_prf_edge_cases(counts: tuple[int, int, int], expected: float) -> None:
    tp, fp, fn = counts
    assert FieldScore("points", "prf", tp=tp, fp=fp, fn=fn).score == expected


def test_accuracy_with_nothing_judged_is_perfect() -> None:
    assert FieldScore("kind", "accuracy").score == 1.0


def test_evaluation_fields_order_table_and_headline() -> None:
    result = evaluate([])
    assert list(result.fields) == list(FIELD_NAMES)
    assert [s.kind for s in result.fields.values()].count("prf") == 4
    lines = result.table().splitlines()
    assert len(lines) == len(FIELD_NAMES) + 1
    assert lines[0].startswith("participants") and lines[0].endswith(result.fields["participants"].describe())
    assert lines[-1] == "headline field score: 1.000"
    assert result.headline == 1.0


def test_headline_is_mean_of_field_scores() -> None:
    gold = {"kind": "meeting", "mode": "online"}
    result = score_one(gold, {"kind": "meeting", "mode": "hybrid"})
    assert result.fields["kind"].score == 1.0
    assert result.fields["mode"].score == 0.0
    assert result.headline == pytest.approx(11 / 12)


# ---------------------------------------------------------------- reading values


def test_plain_unwraps_grounded_objects_repeatedly() -> None:
    assert plain("x") == "x"
    assert plain(grounded("Room 5")) == "Room 5"
    assert plain({"name": "Wang Qi", "mentions": [grounded("Wang Qi")]}) == "Wang Qi"
    assert plain({"value": {"text": "deep"}}) == "deep"
    assert plain({"start": 3}) is None


def test_normalize_name_drops_hyphens_periods_and_case() -> None:
    assert normalize_name("  Zhang   Yi-Fa ") == "zhang yifa"
    assert normalize_name("J. R. R. Tolkien") == "j r r tolkien"
    assert normalize_name("O\u2019Brien") == "o'brien"
    assert normalize_name(None) == ""


def test_token_f1_ignores_stopwords_and_case() -> None:
    assert token_f1("The Yifu Building", "yifu building") == 1.0
    assert token_f1("", None) == 1.0
    assert token_f1("a b", "") == 0.0
    assert token_f1("red blue", "blue green") == 0.5


# ---------------------------------------------------------------- participants and titles


def test_participant_names_match_after_normalization() -> None:
    gold = {"participants": [person("Zhang Yi-fa"), person("J. Smith"), person("Ke Lili")]}
    pred = {"participants": [person("ZHANG YIFA"), person("J Smith"), person("Wang Qi")]}
    result = score_one(gold, pred)
    assert (result.fields["participants"].tp, result.fields["participants"].fp,
            result.fields["participants"].fn) == (2, 1, 1)
    assert "d1: missed person ke lili" in result.misses
    assert "d1: extra person wang qi" in result.misses


def test_participants_read_grounded_person_objects() -> None:
    gold = {"participants": [person("Wang Qi")]}
    pred = {"participants": [{"name": "Wang Qi", "mentions": [grounded("Wang Qi")], "title": None}]}
    assert score_one(gold, pred).fields["participants"].tp == 1


@pytest.mark.parametrize(
    ("gold_title", "pred_title", "right"),
    [
        ("Deputy Secretary of the Party Committee", "Deputy Secretary", True),  # F1 0.667
        ("Deputy Secretary of the Party Committee", "Secretary", False),  # F1 0.4
        ("President", {"text": "president", "start": 0, "end": 9}, True),
        (None, None, True),
        (None, "Dean", False),
        ("Dean", None, False),
    ],
)
def test_titles_need_token_f1_of_one_half(gold_title: Any, pred_title: Any, right: bool) -> None:
    gold = {"participants": [person("Wang Qi", gold_title)]}
    pred = {"participants": [{"name": "Wang Qi", "title": pred_title}]}
    titles = score_one(gold, pred).fields["titles"]
    assert (titles.correct, titles.total) == (int(right), 1)


def test_titles_only_judged_for_matched_people() -> None:
    gold = {"participants": [person("Wang Qi", "Dean"), person("Ke Lili", "Mayor")]}
    pred = {"participants": [person("Wang Qi", "Dean"), person("Li Si", "Mayor")]}
    titles = score_one(gold, pred).fields["titles"]
    assert (titles.correct, titles.total) == (1, 1)


def test_titles_score_zero_when_gold_had_people_but_none_was_found() -> None:
    gold = {"participants": [person("Wang Qi", "Dean")]}
    titles = score_one(gold, {}).fields["titles"]
    assert (titles.correct, titles.total, titles.score) == (0, 1, 0.0)


def test_titles_perfect_when_nobody_expected_or_found() -> None:
    assert score_one({"participants": []}, {}).fields["titles"].score == 1.0


# ---------------------------------------------------------------- per-document fields


def test_chair_matches_by_normalized_name() -> None:
    gold = {"chair": person("Hu Gui-bing")}
    assert score_one(gold, {"chair": {"name": "hu guibing", "mentions": []}}).fields["chair"].score == 1.0
    result = score_one(gold, {"chair": person("Ma Qiang")})
    assert result.fields["chair"].score == 0.0
    assert any(m.startswith("d1: chair gold Hu Gui-bing") for m in result.misses)


def test_date_start_exact_match_and_miss() -> None:
    gold = {"date": {"start": "2022-05-06", "end": None, "text": "May 6"}}
    assert score_one(gold, {"date": {"start": "2022-05-06", "text": grounded("May 6")}}).fields[
        "date"
    ].score == 1.0
    result = score_one(gold, {"date": None})
    assert result.fields["date"].total == 1 and result.fields["date"].correct == 0
    assert "d1: date gold 2022-05-06 pred None" in result.misses
    assert score_one(gold, {"date": {"start": "2022-05-07"}}).fields["date"].score == 0.0


@pytest.mark.parametrize("field", ["title", "kind", "mode", "location", "organizer", "date", "chair"])
def test_value_where_gold_is_null_is_a_false_positive(field: str) -> None:
    values = {
        "title": "annual meeting",
        "kind": "meeting",
        "mode": "online",
        "location": "Room 5",
        "organizer": "Yuhuan City",
        "date": {"start": "2022-01-01"},
        "chair": person("Wang Qi"),
    }
    score = score_one({field: None}, {field: values[field]}).fields[field]
    assert (score.correct, score.total) == (0, 1)
    assert score_one({field: None}, {field: None}).fields[field].total == 0


def test_meeting_title_needs_token_f1_of_seven_tenths() -> None:
    gold = {"title": "employment promotion meeting for 2022 graduates"}  # 5 tokens
    close = grounded("The employment promotion meeting for graduates")  # F1 0.889
    far = "employment meeting"  # F1 0.571
    assert score_one(gold, {"title": close}).fields["title"].score == 1.0
    assert score_one(gold, {"title": far}).fields["title"].score == 0.0


def test_kind_is_normalized_and_mode_exact() -> None:
    assert score_one({"kind": "video conference"}, {"kind": "Video-Conference"}).fields["kind"].score == 1.0
    assert score_one({"kind": "meeting"}, {"kind": "meetings"}).fields["kind"].score == 0.0
    assert score_one({"mode": "in_person"}, {"mode": "in_person"}).fields["mode"].score == 1.0
    assert score_one({"mode": "in_person"}, {"mode": "In_Person"}).fields["mode"].score == 0.0


@pytest.mark.parametrize(
    ("pred", "right"),
    [
        ("Conference Room 910", True),  # F1 0.857
        ("Room 910", True),  # F1 0.667
        (grounded("Room 910"), True),
        ("the School", False),  # F1 0.4
        ("", False),
    ],
)
def test_location_needs_token_f1_of_six_tenths(pred: Any, right: bool) -> None:
    gold = {"location": "Conference Room 910 of the School"}
    location = score_one(gold, {"location": pred}).fields["location"]
    assert (location.correct, location.total) == (int(right), 1)


def test_organizer_needs_token_f1_of_six_tenths() -> None:
    gold = {"organizer": "Liaoning University of Technology"}
    assert score_one(gold, {"organizer": "Liaoning University"}).fields["organizer"].score == 1.0
    assert score_one(gold, {"organizer": "University"}).fields["organizer"].score == 0.0


# ---------------------------------------------------------------- organizations


def test_organizations_match_greedily_at_eight_tenths() -> None:
    gold = {
        "organizations": [
            "Human Resources and Social Security Bureau of Yuhuan City",
            "School of Horticulture",
        ]
    }
    pred = {
        "organizations": [
            grounded("Human Resources and Social Security Bureau"),  # F1 0.833 with the first
            "Social Security Bureau",  # F1 0.6: too far
            "School of Horticulture",
            "School of Horticulture",  # a duplicate cannot match twice
        ]
    }
    result = score_one(gold, pred)
    orgs = result.fields["organizations"]
    assert (orgs.tp, orgs.fp, orgs.fn) == (2, 2, 0)
    assert "d1: extra organization Social Security Bureau" in result.misses


def test_organizations_ignore_blank_and_non_text_predictions() -> None:
    result = score_one({"organizations": ["School of Horticulture"]}, {"organizations": ["", None, 7]})
    orgs = result.fields["organizations"]
    assert (orgs.tp, orgs.fp, orgs.fn) == (0, 0, 1)


# ---------------------------------------------------------------- speeches


def test_speakers_and_points_match_greedily() -> None:
    gold = {
        "speeches": [
            {
                "speaker": "Ma Qiang",
                "points": [
                    "put forward countermeasures for promoting employment",
                    "gave a briefing about the employment situation",
                ],
            },
            {"speaker": "Hu Guibing", "points": ["hoped all class teachers would help"]},
        ]
    }
    pred = {
        "speeches": [
            {
                "speaker": {"name": "MA QIANG", "mentions": []},
                "points": [grounded("put forward countermeasures"), "talked about the weather"],
            },
            {"speaker": "Ma Qiang", "points": ["", grounded("gave a briefing about the situation")]},
            {"speaker": "Li Si", "points": ["hoped all class teachers would help"]},
        ]
    }
    result = score_one(gold, pred)
    speakers, points = result.fields["speakers"], result.fields["points"]
    assert (speakers.tp, speakers.fp, speakers.fn) == (1, 1, 1)
    # Ma Qiang: 2 of 3 pooled points match; Li Si's point is extra; Hu Guibing's is missed.
    assert (points.tp, points.fp, points.fn) == (2, 2, 1)
    assert "d1: missed speaker hu guibing" in result.misses
    assert "d1: extra speaker li si" in result.misses


def test_points_are_matched_one_to_one_best_first() -> None:
    gold = {"speeches": [{"speaker": "A", "points": ["alpha beta gamma", "alpha beta"]}]}
    pred = {"speeches": [{"speaker": "A", "points": ["alpha beta"]}]}
    points = score_one(gold, pred).fields["points"]
    assert (points.tp, points.fp, points.fn) == (1, 0, 1)


def test_missing_prediction_counts_everything_as_missed() -> None:
    gold = {"speeches": [{"speaker": "A", "points": ["x y"]}], "kind": "meeting"}
    result = evaluate([("d1", gold, {}), ("d2", {"kind": "forum"}, None)])  # type: ignore[list-item]
    assert result.fields["points"].fn == 1
    assert (result.fields["kind"].correct, result.fields["kind"].total) == (0, 2)


# ---------------------------------------------------------------- agreement with score.py


def load_reference() -> ModuleType:
    if not REFERENCE_SCORER.is_file():
        pytest.skip(f"reference scorer not found at {REFERENCE_SCORER}")
    if not DEV_GOLD.is_dir():
        pytest.skip(f"dev gold not found at {DEV_GOLD}")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Perturb = Callable[[dict, random.Random], dict]


def mangle_name(name: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return name.replace(" ", " - ", 1) if rng.random() < 0.5 else name + "."
    if choice == 2:
        return "Someone " + name  # no longer the same person
    return name


def drop_words(text: Any, rng: random.Random) -> Any:
    if not isinstance(text, str) or not text:
        return text
    words = text.split()
    kept = [w for w in words if rng.random() > 0.3] or words[:1]
    return " ".join(kept)


def drop_people(record: dict, rng: random.Random) -> dict:
    people = [p for p in record.get("participants") or [] if rng.random() > 0.3]
    for p in people:
        p["name"] = mangle_name(p["name"], rng)
        p["title"] = rng.choice([p.get("title"), None, drop_words(p.get("title"), rng), "Mayor"])
    record["participants"] = people + ([person("Extra Person")] if rng.random() < 0.3 else [])
    if rng.random() < 0.5:
        record["chair"] = rng.choice([None, person("Wang Qi"), record.get("chair")])
    return record


def shift_dates(record: dict, rng: random.Random) -> dict:
    date = record.get("date")
    choice = rng.randrange(4)
    if date and choice == 0:
        start = dt.date.fromisoformat(date["start"]) + dt.timedelta(days=1)
        record["date"] = {**date, "start": start.isoformat()}
    elif choice == 1:
        record["date"] = None
    elif choice == 2:
        record["date"] = {"start": "2021-01-01", "end": None, "text": "1 January 2021"}
    return record


def blank_fields(record: dict, rng: random.Random) -> dict:
    for name in ("title", "kind", "mode", "location", "organizer"):
        if rng.random() < 0.4:
            record[name] = rng.choice([None, "", "unrelated words here", "meeting", "online"])
    if rng.random() < 0.3:
        record["organizations"] = []
    if rng.random() < 0.3:
        record["speeches"] = []
    return record


def trim_words(record: dict, rng: random.Random) -> dict:
    for name in ("title", "location", "organizer"):
        record[name] = drop_words(record.get(name), rng)
    record["organizations"] = [drop_words(o, rng) for o in record.get("organizations") or []]
    for speech in record.get("speeches") or []:
        speech["points"] = [drop_words(p, rng) for p in speech.get("points") or []]
    return record


def add_extras(record: dict, rng: random.Random) -> dict:
    record["organizations"] = (record.get("organizations") or []) + ["Ministry of Unrelated Affairs"]
    speeches = record.setdefault("speeches", []) or []
    if speeches and rng.random() < 0.5:
        first = speeches[0]
        speeches.append({"speaker": first["speaker"], "points": ["also said something new"]})
    speeches.append({"speaker": "Nobody Known", "points": ["proposed nothing useful"]})
    for speech in speeches:
        rng.shuffle(speech.setdefault("points", []))
    record["speeches"] = speeches
    return record


def ground_person(p: Any) -> Any:
    if not isinstance(p, dict):
        return p
    title = p.get("title")
    return {
        "name": p["name"],
        "mentions": [grounded(p["name"])],
        "title": grounded(title) if title else None,
        "organization": grounded(p["organization"]) if p.get("organization") else None,
        "roles": p.get("roles") or [],
    }


def as_grounded(record: dict, rng: random.Random) -> dict:
    """The shape MeetingRecord.model_dump(mode="json") gives."""
    for name in ("title", "location", "organizer"):
        if record.get(name):
            record[name] = grounded(record[name], rng.randrange(100))
    if record.get("date"):
        record["date"] = {**record["date"], "text": grounded(record["date"].get("text") or "x")}
    record["chair"] = ground_person(record.get("chair"))
    record["participants"] = [ground_person(p) for p in record.get("participants") or []]
    record["organizations"] = [grounded(o) for o in record.get("organizations") or [] if o]
    record["groups"] = [grounded(g) for g in record.get("groups") or []]
    speeches = []
    for speech in record.get("speeches") or []:
        speaker = speech["speaker"]
        if rng.random() < 0.5:
            speaker = {"name": speaker, "mentions": [grounded(speaker)]}
        speeches.append({"speaker": speaker, "points": [grounded(p) for p in speech["points"] if p]})
    record["speeches"] = speeches
    return record


def empty(record: dict, rng: random.Random) -> dict:
    return {}


SCENARIOS: dict[str, list[Perturb]] = {
    "identity": [],
    "grounded": [as_grounded],
    "drop_people": [drop_people],
    "dates": [shift_dates],
    "blank": [blank_fields],
    "trim": [trim_words],
    "extras": [add_extras],
    "everything": [drop_people, shift_dates, blank_fields, trim_words, add_extras, as_grounded],
    "empty": [empty],
}


def write_predictions(pred_dir: Path, steps: list[Perturb], seed: int, break_files: bool) -> None:
    rng = random.Random(seed)
    pred_dir.mkdir()
    for gold_path in sorted(DEV_GOLD.glob("*.json")):
        record = json.loads(gold_path.read_text())
        for step in steps:
            record = step(record, rng)
        target = pred_dir / gold_path.name
        roll = rng.random() if break_files else 1.0
        if roll < 0.05:
            continue  # missing prediction
        if roll < 0.08:
            target.write_text("{not json")
        elif roll < 0.1:
            target.write_text("[1, 2]")
        else:
            target.write_text(json.dumps(record))


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_agrees_with_reference_scorer(scenario: str, seed: int, tmp_path: Path) -> None:
    reference = load_reference()
    pred_dir = tmp_path / "pred"
    write_predictions(pred_dir, copy.deepcopy(SCENARIOS[scenario]), seed, break_files=seed > 0)

    ref_fields, ref_headline, ref_misses = reference.score(str(DEV_GOLD), str(pred_dir))
    ours = evaluate_directories(DEV_GOLD, pred_dir)

    assert list(ours.fields) == list(ref_fields)
    for name, ref in ref_fields.items():
        assert round(ours.fields[name].score, 3) == round(ref.f1(), 3), name
        assert ours.fields[name].describe() == str(ref), name
    assert round(ours.headline, 3) == round(ref_headline, 3)
    assert set(ref_misses) <= set(ours.misses)
