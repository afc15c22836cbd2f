"""The public API: parse, parse_many, reference dates, and the grounding invariant on real reports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import meetingparse
from meetingparse import MeetingRecord, parse, parse_many

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"

YEARLESS = "On the afternoon of April 29, the college held a safety work meeting."


def reports(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").is_file())


def load_report(path: Path) -> tuple[str, str | None]:
    """(text, reference_date) of a report with its gold json beside it."""
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), gold.get("reference_date")


@pytest.fixture(scope="module")
def sample_reports(samples_dir: Path) -> list[tuple[str, str | None]]:
    return [load_report(p) for p in reports(samples_dir)]


# ---------------------------------------------------------------- empty input and type errors


@pytest.mark.parametrize("text", ["", "   \n", "\n\t \n"])
def test_parse_blank_text_gives_empty_record(text: str) -> None:
    record = parse(text)
    assert record == MeetingRecord()
    assert record.model_dump(mode="json") == {
        "title": None, "kind": None, "date": None, "location": None, "mode": None,
        "organizer": None, "chair": None, "participants": [], "groups": [],
        "organizations": [], "speeches": [], "confidence": {},
    }


@pytest.mark.parametrize("value", [123, None, b"meeting", ["a meeting"]])
def test_parse_non_str_raises_type_error_mentioning_str(value: object) -> None:
    with pytest.raises(TypeError, match=r"\bstr\b"):
        parse(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- reference_date


@pytest.mark.parametrize("value", ["not-a-date", "2022-13-01", "29/04/2022"])
def test_reference_date_bad_string_raises_clear_value_error(value: str) -> None:
    with pytest.raises(ValueError, match=r"reference_date must be an ISO date \(YYYY-MM-DD\)") as info:
        parse(YEARLESS, reference_date=value)
    assert repr(value) in str(info.value)


def test_reference_date_wrong_type_raises_value_error() -> None:
    with pytest.raises(ValueError, match="reference_date must be a datetime.date or an ISO date string"):
        parse(YEARLESS, reference_date=20220506)  # type: ignore[arg-type]


def test_reference_date_is_checked_even_for_blank_text() -> None:
    with pytest.raises(ValueError, match="reference_date"):
        parse("", reference_date="not-a-date")


@pytest.mark.parametrize(
    "reference",
    [dt.date(2022, 5, 6), "2022-05-06", " 2022-05-06 ", dt.datetime(2022, 5, 6, 18, 30)],
    ids=["date", "iso-string", "padded-string", "datetime"],
)
def test_reference_date_accepts_date_and_iso_string(nlp, reference) -> None:
    record = parse(YEARLESS, reference_date=reference)
    assert record.date is not None
    assert record.date.start == dt.date(2022, 4, 29)


def test_reference_date_year_changes_resolved_year(nlp) -> None:
    assert parse(YEARLESS, reference_date="2019-05-06").date.start == dt.date(2019, 4, 29)


# ---------------------------------------------------------------- parse_many


def test_parse_many_pairs_match_parse_in_input_order(nlp, sample_reports) -> None:
    expected = [parse(text, reference_date=ref) for text, ref in sample_reports]
    assert list(parse_many(sample_reports)) == expected


def test_parse_many_dicts_match_parse_in_input_order(nlp, sample_reports) -> None:
    items = [{"text": text, "reference_date": ref} for text, ref in sample_reports]
    expected = [parse(text, reference_date=ref) for text, ref in sample_reports]
    assert list(parse_many(items)) == expected


def test_parse_many_plain_strings_match_parse_without_reference(nlp, sample_reports) -> None:
    texts = [text for text, _ in sample_reports]
    assert list(parse_many(iter(texts))) == [parse(text) for text in texts]


def test_parse_many_mixed_items_keep_input_order(nlp, sample_reports) -> None:
    (t0, r0), (t1, r1), (t2, _) = sample_reports[:3]
    items = [{"text": t1, "reference_date": r1}, "", t2, (t0, r0), ("  ", None)]
    expected = [parse(t1, r1), MeetingRecord(), parse(t2), parse(t0, r0), MeetingRecord()]
    assert list(parse_many(items, batch_size=2)) == expected


def test_parse_many_is_lazy_iterator(nlp) -> None:
    records = parse_many([YEARLESS])
    assert iter(records) is records
    assert next(records).kind == "meeting"


def test_parse_many_dict_without_text_raises_type_error() -> None:
    with pytest.raises(TypeError, match="'text'"):
        list(parse_many([{"body": "x"}]))


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"n_process": 0}])
def test_parse_many_rejects_non_positive_sizes(kwargs) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(parse_many(["x"], **kwargs))


def test_parse_many_two_processes_match_one_process(nlp, sample_reports) -> None:
    serial = list(parse_many(sample_reports, n_process=1))
    parallel = list(parse_many(sample_reports, n_process=2, batch_size=2))
    assert len(parallel) == len(sample_reports)
    assert parallel == serial


# ---------------------------------------------------------------- grounding invariant


def _grounding_cases() -> list:
    cases = [pytest.param(p, id=f"samples/{p.stem}") for p in reports(SAMPLES)]
    if DEV_CORPUS.is_dir():
        cases += [pytest.param(p, id=f"dev/{p.stem}") for p in reports(DEV_CORPUS)]
    else:
        cases.append(pytest.param(None, id="dev-corpus-absent",
                                  marks=pytest.mark.skip(reason=f"{DEV_CORPUS} not found")))
    return cases


@pytest.mark.parametrize("path", _grounding_cases())
def test_every_grounded_value_quotes_the_source(nlp, path: Path) -> None:
    text, reference = load_report(path)
    record = parse(text, reference_date=reference)
    record.check_grounding(text)
    for span in record.grounded_values():
        assert text[span.start:span.end] == span.text


def test_load_is_cached(nlp) -> None:
    assert meetingparse.load() is nlp
