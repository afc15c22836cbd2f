"""Never crash on real text (issue 9): the crashes found, bad text, error policies, time limits, fuzzing.

The regression tests use the smallest texts that crashed before the fix; the property
tests (hypothesis) generate report-like texts and check that ``parse`` and ``parse_many``
raise nothing but the documented errors and keep every grounded value exact.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingparse import (
    InvalidText,
    MeetingRecord,
    ParseFailure,
    ReportTimeout,
    TextTooLong,
    api,
    load,
    parse,
    parse_many,
)
from meetingparse.pipeline import DEFAULT_MODEL

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "corpus" / "reports"
REFERENCE = "2024-06-14"


def checked(text: str, reference: str | dt.date | None = REFERENCE) -> MeetingRecord:
    """``parse`` with every grounded value checked and the JSON round trip made."""
    record = parse(text, reference)
    record.check_grounding(text)
    assert MeetingRecord.model_validate(json.loads(json.dumps(record.model_dump(mode="json")))) == record
    return record


# ---------------------------------------------------------------- a punctuation token tagged as a proper noun


@pytest.mark.parametrize("text", [
    "The Pre-Provincial Committee met. Li of the Dept. spoke. Li said the plan works.",
    "The Pre-Provincial Committee met. Li said the plan works.",  # the smallest that crashed
    "The Pre-Provincial Committee met. Li spoke. Li said the plan works.",
    "Li of the Dept. spoke. Li said the plan works.",
])
def test_punctuation_tagged_as_a_proper_noun_names_nobody(text: str) -> None:
    record = checked(text)
    assert all(p.name.strip("-.") for p in record.participants)  # no person named by a hyphen or period


def test_the_hyphen_of_pre_provincial_is_no_person() -> None:
    record = checked("The Pre-Provincial Committee met. Li said the plan works.")
    names = [p.name for p in record.participants] + ([record.chair.name] if record.chair else [])
    assert "-" not in names
    assert all(m.text not in {"-", "."} for p in record.participants for m in p.mentions)


@pytest.mark.parametrize("names", [["c11", "c14"], ["c10", "c11", "c13", "c14"]],
                         ids=["c11+c14", "c10..c14"])
def test_dev_reports_joined_into_one_text_parse(names: list[str]) -> None:
    # These dev reports each parse; joined, they crashed with IndexError in people._refers_to.
    text = "\n\n".join((REPORTS / f"{name}.txt").read_text(encoding="utf-8") for name in names)
    record = checked(text)
    assert record.participants  # the joined reports still name their people


# ---------------------------------------------------------------- date arithmetic at the calendar's ends


FIRST_DAY, LAST_DAY = dt.date(1, 1, 1), dt.date(9999, 12, 31)


@pytest.mark.parametrize("reference", [FIRST_DAY, dt.date(1, 1, 2), LAST_DAY, dt.date(9999, 12, 30)])
@pytest.mark.parametrize("text", [
    "The committee met yesterday.",
    "The committee met on Tuesday.",
    "The committee met on Sunday.",
    "The committee met on Friday morning.",
    "The committee met on December 31.",
    "The committee met on 31 December.",
    "The committee will meet tomorrow.",
    "The committee closed the two-day meeting on January 1.",
    "The committee opened the two-day meeting on December 31.",
    "The three-day forum opened on Monday.",
    "The meeting was held last week.",
])
def test_dates_near_the_calendars_ends_parse(text: str, reference: dt.date) -> None:
    record = checked(text, reference)
    if record.date is not None:
        assert FIRST_DAY <= record.date.start <= LAST_DAY
        assert record.date.end is None or record.date.start <= record.date.end


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("The committee met yesterday.", LAST_DAY, (dt.date(9999, 12, 30), None)),
    ("The committee met on Tuesday.", LAST_DAY, (dt.date(9999, 12, 28), None)),
    ("The committee met on December 31.", LAST_DAY, (LAST_DAY, None)),
    ("The committee closed the two-day meeting on January 1.", LAST_DAY,
     (dt.date(9998, 12, 31), dt.date(9999, 1, 1))),
    ("The committee will meet tomorrow.", FIRST_DAY, (dt.date(1, 1, 2), None)),
])
def test_dates_inside_the_calendar_still_resolve_at_its_ends(text: str, reference: dt.date, expected) -> None:
    record = checked(text, reference)
    assert record.date is not None
    assert (record.date.start, record.date.end) == expected


@pytest.mark.parametrize(("text", "reference"), [
    ("The committee met yesterday.", FIRST_DAY),  # the day before year 1
    ("The committee met on Tuesday.", FIRST_DAY),  # 0001-01-01 is a Monday: the Tuesday before is in year 0
    ("The committee met on December 31.", FIRST_DAY),
    ("The committee will meet tomorrow.", LAST_DAY),  # the day after year 9999
])
def test_dates_past_the_calendars_ends_are_no_date(text: str, reference: dt.date) -> None:
    assert checked(text, reference).date is None


def test_a_two_day_meeting_past_the_last_day_keeps_its_start() -> None:
    record = checked("The committee opened the two-day meeting on December 31.", LAST_DAY)
    assert record.date is not None and record.date.start == LAST_DAY and record.date.end is None


# ---------------------------------------------------------------- lone surrogates, NUL, length


@pytest.mark.parametrize(("text", "code", "position"), [
    ("\ud800", "D800", 0),
    ("The committee met.\ud800 Wang Lei chaired.", "D800", 18),
    ("caf\udce9 minutes: the committee met on Monday.", "DCE9", 3),  # a byte read with surrogateescape
    ("The board met. \udfff", "DFFF", 15),
])
def test_lone_surrogate_is_invalid_text_naming_its_position(text: str, code: str, position: int) -> None:
    with pytest.raises(InvalidText, match=rf"U\+{code} at character {position}\b") as raised:
        parse(text)
    assert isinstance(raised.value, ValueError)
    assert not isinstance(raised.value, TextTooLong)


def test_a_surrogate_pair_written_as_one_character_is_fine() -> None:
    record = checked("The committee met on Monday \U0001F600 and Wang Lei chaired the meeting.")
    assert record.date is not None


def test_nul_characters_are_parsed_with_exact_offsets() -> None:
    base = "The Finance Committee met on Monday in Room 4. Wang Lei chaired the meeting."
    text = "\x00\x00" + base.replace(". Wang", ". \x00 Wang") + "\x00"
    record, plain = checked(text), checked(base)
    # the same findings as without the NULs, each shifted by the NULs (and spaces) before it
    assert record.date is not None and record.date.text.text == "Monday"
    assert record.date.text.start == plain.date.text.start + 2
    assert record.location is not None and record.location.start == plain.location.start + 2
    assert [(p.name, p.roles, [m.start for m in p.mentions]) for p in record.participants] == \
        [(p.name, p.roles, [m.start + 4 for m in p.mentions]) for p in plain.participants]
    assert record.participants


def test_nul_only_text_parses() -> None:
    assert checked("\x00" * 50) == MeetingRecord()


@pytest.fixture()
def pipeline():
    """The pipeline ``parse`` and ``parse_many`` use (``load()`` without the model name is another
    cache entry: see ``test_load_without_a_name_is_the_pipeline_parse_uses``)."""
    return load(DEFAULT_MODEL)


def test_load_without_a_name_is_the_pipeline_parse_uses() -> None:
    assert load() is load(DEFAULT_MODEL)


def test_text_over_max_length_is_text_too_long(pipeline, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "max_length", 120)
    text = "The committee met on Monday. " * 5  # 145 characters
    with pytest.raises(TextTooLong, match=r"145 characters, more than the pipeline's limit of 120"):
        parse(text)
    assert isinstance(TextTooLong("x"), InvalidText)
    checked(text[:120])  # at the limit it parses
    [failure] = parse_many([text], errors="return")
    assert (failure.index, failure.error_class) == (0, "TextTooLong")


def test_text_over_spacys_default_limit_is_refused_before_spacy(pipeline) -> None:
    assert pipeline.max_length == 1_000_000
    text = "a" * (pipeline.max_length + 1)
    started = time.perf_counter()
    with pytest.raises(TextTooLong):
        parse(text)
    assert time.perf_counter() - started < 2  # refused by its length, not after tokenizing a megabyte


# ---------------------------------------------------------------- parse_many: error policies

GOOD = [
    "The Finance Committee met on Monday in Room 4. Chair Wang Lei opened the meeting.",
    "On 3 March 2023 the Board of Trustees held its annual meeting. Dr. Maria Lopez presided.",
    "The city council met yesterday. Mayor John Smith said the budget was balanced.",
    "The Pre-Provincial Committee met. Li said the plan works.",
]
MIXED = [
    GOOD[0],  # 0
    "The committee met.\ud800",  # 1: a lone surrogate
    42,  # 2: not a str
    (GOOD[1], "2024-02-30"),  # 3: a bad reference date
    GOOD[2],  # 4
    {"text": GOOD[3], "reference_date": "2023-05-01"},  # 5
    {"title": "no text"},  # 6: a dict without 'text'
    ("   ", None),  # 7: blank: the empty record
]
FAILED = {1: "InvalidText", 2: "TypeError", 3: "ValueError", 6: "TypeError"}


@pytest.fixture(scope="module")
def expected_records() -> dict[int, MeetingRecord]:
    return {0: parse(GOOD[0]), 4: parse(GOOD[2]), 5: parse(GOOD[3], "2023-05-01"), 7: MeetingRecord()}


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_parse_many_return_yields_failures_in_place(expected_records, batch_size: int) -> None:
    outcomes = list(parse_many(MIXED, errors="return", batch_size=batch_size))
    assert len(outcomes) == len(MIXED)
    for index, outcome in enumerate(outcomes):
        if index in FAILED:
            assert isinstance(outcome, ParseFailure)
            assert (outcome.index, outcome.error_class) == (index, FAILED[index])
            assert outcome.message
        else:
            assert outcome == expected_records[index]
    assert "U+D800 at character 18" in outcomes[1].message
    assert isinstance(outcomes[1].exception, InvalidText)


@pytest.mark.parametrize("batch_size", [1, 32])
def test_parse_many_skip_yields_only_the_good_records_in_order(expected_records, batch_size: int) -> None:
    records = list(parse_many(MIXED, errors="skip", batch_size=batch_size))
    assert records == [expected_records[i] for i in sorted(expected_records)]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_parse_many_raise_raises_at_the_bad_one_after_the_good_ones(expected_records, batch_size: int) -> None:
    stream = parse_many(MIXED, batch_size=batch_size)  # errors="raise" is the default
    assert next(stream) == expected_records[0]
    with pytest.raises(InvalidText, match=r"U\+D800 at character 18"):
        next(stream)


@pytest.mark.parametrize(("bad", "error"), [
    (42, TypeError),
    ((GOOD[1], "2024-02-30"), ValueError),
    ("x\udce9", InvalidText),
])
def test_parse_many_raise_raises_each_kind_of_bad_item(expected_records, bad, error) -> None:
    stream = parse_many([GOOD[0], bad, GOOD[2]], errors="raise")
    assert next(stream) == expected_records[0]
    with pytest.raises(error):
        next(stream)


def test_parse_many_rejects_an_unknown_policy() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        list(parse_many(GOOD, errors="ignore"))  # type: ignore[call-overload]


def test_parse_many_in_two_processes_returns_what_one_does() -> None:
    items = MIXED[:6]
    serial = list(parse_many(items, errors="return", batch_size=2))
    parallel = list(parse_many(items, errors="return", batch_size=2, n_process=2))
    assert parallel == serial
    assert [type(o).__name__ for o in parallel] == ["MeetingRecord", "ParseFailure", "ParseFailure",
                                                    "ParseFailure", "MeetingRecord", "MeetingRecord"]
    assert isinstance(parallel[1].exception, InvalidText)


def _assemble_failing_on(marker: str, *, sleep: float | None = None):
    real = api.assemble

    def assemble(doc):
        if marker in doc.text:
            if sleep is None:
                raise RuntimeError("a component broke")
            time.sleep(sleep)
        return real(doc)
    return assemble


@pytest.mark.parametrize("batch_size", [1, 32])
def test_a_component_failure_fails_only_its_report(monkeypatch, expected_records, batch_size: int) -> None:
    monkeypatch.setattr(api, "assemble", _assemble_failing_on("BOOM"))
    items = [GOOD[0], "The committee met. BOOM.", GOOD[2]]
    outcomes = list(parse_many(items, errors="return", batch_size=batch_size))
    assert outcomes[0] == expected_records[0] and outcomes[2] == expected_records[4]
    assert isinstance(outcomes[1], ParseFailure)
    assert (outcomes[1].index, outcomes[1].error_class, outcomes[1].message) == (1, "RuntimeError",
                                                                                  "a component broke")
    assert list(parse_many(items, errors="skip", batch_size=batch_size)) == [outcomes[0], outcomes[2]]


def test_a_slow_report_times_out_and_the_others_are_parsed(monkeypatch, expected_records, pipeline) -> None:
    monkeypatch.setattr(api, "assemble", _assemble_failing_on("SLOW", sleep=30))
    items = [GOOD[0], "The committee met. SLOW.", GOOD[2]]
    handler = signal.getsignal(signal.SIGALRM)
    started = time.perf_counter()
    outcomes = list(parse_many(items, errors="return", timeout=0.5))
    assert time.perf_counter() - started < 10
    assert outcomes[0] == expected_records[0] and outcomes[2] == expected_records[4]
    assert isinstance(outcomes[1], ParseFailure)
    assert (outcomes[1].index, outcomes[1].error_class) == (1, "ReportTimeout")
    assert isinstance(outcomes[1].exception, ReportTimeout) and isinstance(outcomes[1].exception, TimeoutError)
    # the alarm is off and the previous handler back once the call is over
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


def test_parse_with_a_timeout_raises_report_timeout(monkeypatch, pipeline) -> None:
    monkeypatch.setattr(api, "assemble", _assemble_failing_on("SLOW", sleep=30))
    started = time.perf_counter()
    with pytest.raises(ReportTimeout):
        parse("The committee met. SLOW.", timeout=0.3)
    assert time.perf_counter() - started < 5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert parse(GOOD[0], timeout=30) == parse(GOOD[0])


def test_a_time_limit_leaves_the_callers_alarm_running(pipeline) -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        parse(GOOD[0], timeout=5)
        left = signal.getitimer(signal.ITIMER_REAL)[0]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert 0 < left <= 100


def test_an_infinite_timeout_is_no_limit(pipeline) -> None:
    assert parse(GOOD[0], timeout=float("inf")) == parse(GOOD[0])
    assert list(parse_many([GOOD[0]], timeout=float("inf"))) == [parse(GOOD[0])]


@pytest.mark.parametrize("timeout", [-1.0, float("nan"), 0])
def test_a_timeout_that_is_no_duration_is_refused_at_the_call(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        list(parse_many([GOOD[0]], timeout=timeout, errors="return"))


# ---------------------------------------------------------------- property tests

WORDS = [
    "Wang Lei", "Li", "Dr. Maria Lopez", "Prof. Zhang", "Mr.", "Ms. Noor", "Hon.", "Cllr Grealish", "Chair",
    "Mayor", "Secretary-General", "Vice President", "Dept.", "Pre-Provincial", "U.S.", "Committee", "Council",
    "Board of Trustees", "Ministry of Finance", "University", "the", "of", "and", "met", "chaired", "presided",
    "said", "opened", "closed", "attended", "meeting", "the two-day meeting", "forum", "on Monday", "yesterday",
    "tomorrow", "last week", "December 31", "January 1", "14 March 2023", "2024-06-14", "29 April",
    "3-5 May", "in the afternoon", "at 10:30", "in Room 4", "in Beijing", "online", "via Zoom",
    "BEIJING, March 3 (Xinhua) --", "Present:", "Apologies:", "Minutes", "Agenda item 4", "http://x.org/a",
]
ALPHABET = "abcdeXYZ0189 \n\t()[]{}<>\"'“”‘’.,;:!?-–—/\\@#&%*_=+|éü中文\u200b\ufeff\x00\x0b"
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "; ", ": ", " (", ") ", ' "', '" ', "“", "”", "-", "\t", "\r\n"]

pieces = st.one_of(st.sampled_from(WORDS), st.text(alphabet=ALPHABET, max_size=12))
texts = st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(piece + separator for piece, separator in parts))
references = st.one_of(st.none(), st.dates(), st.sampled_from([FIRST_DAY, LAST_DAY, dt.date(2024, 2, 29)]))
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_sound(record: MeetingRecord, text: str) -> None:
    record.check_grounding(text)
    data = json.loads(json.dumps(record.model_dump(mode="json")))
    assert MeetingRecord.model_validate(data) == record


@FUZZ
@given(text=texts, reference=references)
def test_parse_never_fails_on_report_like_text(text: str, reference: dt.date | None) -> None:
    assert_sound(parse(text, reference), text)


@FUZZ
@given(text=texts, at=st.integers(min_value=0), surrogate=st.sampled_from(["\ud800", "\udbff", "\udc80", "\udfff"]))
def test_parse_refuses_a_lone_surrogate_anywhere(text: str, at: int, surrogate: str) -> None:
    at %= len(text) + 1
    with pytest.raises(InvalidText, match=rf"U\+{ord(surrogate):04X} at character {at}\b"):
        parse(text[:at] + surrogate + text[at:])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(st.tuples(texts, references), min_size=1, max_size=4),
       bad=st.lists(st.booleans(), min_size=4, max_size=4), batch_size=st.integers(1, 3))
def test_parse_many_gives_each_report_what_parse_gives_it(items, bad, batch_size: int) -> None:
    items = [(text + "\ud800" if spoil else text, reference) for (text, reference), spoil in zip(items, bad)]
    outcomes = list(parse_many(items, errors="return", batch_size=batch_size))
    assert len(outcomes) == len(items)
    for index, ((text, reference), outcome) in enumerate(zip(items, outcomes)):
        if "\ud800" in text:
            assert isinstance(outcome, ParseFailure) and (outcome.index, outcome.error_class) == (index, "InvalidText")
        else:
            assert isinstance(outcome, MeetingRecord), outcome
            assert_sound(outcome, text)
            assert outcome == parse(text, reference)
