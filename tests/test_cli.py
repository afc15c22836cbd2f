"""The command line (meetingparse.cli:app): parse, schema, eval.

typer 0.29 / click 8.2+ always capture stderr apart from stdout (``mix_stderr``
no longer exists), so ``result.stdout`` holds only the records.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from meetingparse import MeetingRecord, parse
from meetingparse.cli import app
from meetingparse.evaluate import FIELD_NAMES

runner = CliRunner()


def gold(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def plain_text(output: str) -> str:
    """Output without rich's box drawing, whitespace collapsed (error boxes wrap lines)."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


@pytest.fixture(scope="module")
def sample_paths(samples_dir: Path) -> list[Path]:
    return sorted(samples_dir.glob("*.txt"))


# ---------------------------------------------------------------- parse


def test_parse_one_file_prints_one_json_object(nlp, sample_paths) -> None:
    path = sample_paths[0]
    reference = gold(path)["reference_date"]
    result = runner.invoke(app, ["parse", "--reference-date", reference, str(path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    assert data == parse(path.read_text(encoding="utf-8"), reference_date=reference).model_dump(mode="json")


def test_parse_one_file_output_validates_and_is_grounded(nlp, sample_paths) -> None:
    path = sample_paths[0]
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    record = MeetingRecord.model_validate_json(result.stdout)
    record.check_grounding(path.read_text(encoding="utf-8"))


def test_parse_two_files_print_two_json_lines_in_order(nlp, sample_paths) -> None:
    first, second = sample_paths[:2]
    result = runner.invoke(app, ["parse", str(first), str(second)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [
        parse(p.read_text(encoding="utf-8")).model_dump(mode="json") for p in (first, second)
    ]


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.txt"


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"The meeting\x00\x01\x02 was held.")
    return path


def _latin1(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"\xff\xfe caf\xe9")
    return path


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [(_missing, "no such file"), (_binary, "binary file"), (_latin1, "not UTF-8")],
    ids=["missing", "binary", "non-utf8"],
)
def test_parse_unreadable_file_reports_one_stderr_line_and_others_still_print(
    nlp, sample_paths, tmp_path, make_bad, reason
) -> None:
    bad = make_bad(tmp_path)
    good1, good2 = sample_paths[:2]
    result = runner.invoke(app, ["parse", str(good1), str(bad), str(good2)])
    assert result.exit_code != 0
    assert not isinstance(result.exception, (OSError, UnicodeDecodeError)), result.exception
    errors = result.stderr.splitlines()
    assert len(errors) == 1, result.stderr
    assert str(bad) in errors[0]
    assert reason in errors[0]
    assert "Traceback" not in result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed == [parse(p.read_text(encoding="utf-8")).model_dump(mode="json") for p in (good1, good2)]


def test_parse_only_unreadable_file_prints_nothing_and_fails(tmp_path) -> None:
    bad = _missing(tmp_path)
    result = runner.invoke(app, ["parse", str(bad)])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert result.stderr.strip() == f"meetingparse: {bad}: no such file"


def test_parse_bad_reference_date_fails_with_clear_message(sample_paths) -> None:
    result = runner.invoke(app, ["parse", "--reference-date", "nope", str(sample_paths[0])])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stdout == ""
    message = plain_text(result.stderr)
    assert "--reference-date" in message
    assert "reference_date must be an ISO date (YYYY-MM-DD), got 'nope'" in message


# ---------------------------------------------------------------- schema


def test_schema_prints_json_schema_of_record() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["title"] == "MeetingRecord"
    assert schema["type"] == "object"
    assert "participants" in schema["properties"]
    assert schema == MeetingRecord.model_json_schema()


# ---------------------------------------------------------------- eval


def test_eval_prints_per_field_table_with_headline(nlp, samples_dir) -> None:
    result = runner.invoke(app, ["eval", str(samples_dir)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines[:-1]] == list(FIELD_NAMES)
    match = re.fullmatch(r"headline field score: (\d\.\d{3})", lines[-1])
    assert match, lines[-1]
    assert 0.0 <= float(match.group(1)) <= 1.0


def test_eval_predictions_writes_one_json_per_sample(nlp, samples_dir, tmp_path) -> None:
    out = tmp_path / "predictions"
    result = runner.invoke(app, ["eval", str(samples_dir), "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    assert "headline field score:" in result.stdout
    samples = sorted(p.stem for p in samples_dir.glob("*.txt"))
    assert sorted(p.name for p in out.iterdir()) == [f"{name}.json" for name in samples]
    for name in samples:
        text = (samples_dir / f"{name}.txt").read_text(encoding="utf-8")
        predicted = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        expected = parse(text, reference_date=gold(samples_dir / f"{name}.txt")["reference_date"])
        assert predicted == expected.model_dump(mode="json")


def test_eval_on_folder_without_gold_fails_cleanly(tmp_path) -> None:
    (tmp_path / "x.txt").write_text("A meeting was held.", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "no ID.txt with ID.json" in plain_text(result.stderr)
