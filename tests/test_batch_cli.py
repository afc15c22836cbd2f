"""The ``meetingparse batch`` command and ``schema --sql``: summary, exit codes, a real kill and resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from batch_inputs import variants, write_jsonl, write_variants
from typer.testing import CliRunner

from meetingparse.batch.schema import metadata
from meetingparse.cli import app

runner = CliRunner()
SUMMARY = "read {}, parsed {}, skipped {}, failed {} in "


def db_count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(path, timeout=10)) as connection:
        return connection.execute(sql).fetchone()[0]


def stored_so_far(path: Path) -> int:
    """Documents committed by a run still going: 0 until its tables exist."""
    try:
        return db_count(path, "SELECT count(*) FROM documents") if path.exists() else 0
    except sqlite3.OperationalError:
        return 0


@pytest.fixture()
def reports(tmp_path: Path) -> Path:
    folder = write_variants(tmp_path / "reports", 3)
    return folder


def test_batch_prints_a_summary_and_exits_0(nlp, reports, tmp_path) -> None:
    out = tmp_path / "records.db"
    result = runner.invoke(app, ["batch", str(reports), "--out", str(out), "--reference-date", "2025-03-17"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(SUMMARY.format(3, 3, 0, 0))
    assert db_count(out, "SELECT count(*) FROM meetings") == 3
    assert db_count(out, "SELECT count(*) FROM documents WHERE reference_date = '2025-03-17'") == 3


def test_failed_reports_give_exit_3_and_a_line_each(nlp, reports, tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    write_jsonl(bad, [{"id": "ok", "text": "The board met on Monday."}, {"id": "no text"}])
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["batch", str(reports), str(bad), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines()[0] == f"failed: {bad}:2: ValueError: the 'text' field must be a string"
    assert result.stderr.splitlines()[1].startswith(SUMMARY.format(5, 4, 0, 1))
    rerun = runner.invoke(app, ["batch", str(reports), str(bad), "--out", str(out)])
    assert rerun.exit_code == 3
    assert rerun.stderr.splitlines()[1].startswith(SUMMARY.format(5, 0, 4, 1))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5  # the error line is not repeated


def test_batch_to_stdout_prints_json_lines(nlp, reports) -> None:
    result = runner.invoke(app, ["batch", str(reports), "--out", "-"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["parsed"] * 3


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "records"], "cannot tell the sink"),
    (["--out", "x.db", "--format", "parquet"], "one of jsonl, csv, sqlite, postgresql"),
    (["--out", "x.db", "--workers", "0"], "--workers"),
    (["--out", "x.db", "--reference-date", "May 6"], "ISO date"),
])
def test_usage_errors_exit_2(reports, args, message) -> None:
    result = runner.invoke(app, ["batch", str(reports), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.replace("│", " ").split())


def test_missing_input_exits_2(tmp_path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "nowhere"), "--out", "-"])
    assert result.exit_code == 2


def test_an_unreachable_database_exits_4(reports) -> None:
    result = runner.invoke(app, ["batch", str(reports), "--out", "postgresql://nobody:x@127.0.0.1:1/none"])
    assert result.exit_code == 4
    assert result.stderr.startswith("meetingparse: ")
    assert "OperationalError" in result.stderr
    assert ":x@" not in result.stderr  # the password is masked


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_schema_sql_prints_every_table_with_keys_and_indexes(dialect: str) -> None:
    result = runner.invoke(app, ["schema", "--sql", "--dialect", dialect])
    assert result.exit_code == 0
    created = [line.split()[2] for line in result.stdout.splitlines() if line.startswith("CREATE TABLE")]
    assert sorted(created) == sorted([*metadata.tables, "meetingparse_meta"])
    assert "UNIQUE (content_hash)" in result.stdout
    assert "FOREIGN KEY(meeting_id) REFERENCES meetings (id)" in result.stdout
    assert "CREATE INDEX ix_participations_person_id ON participations (person_id)" in result.stdout
    connection = sqlite3.connect(":memory:")
    if dialect == "sqlite":
        connection.executescript(result.stdout)
        assert {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} == {
            *metadata.tables, "meetingparse_meta"}


def test_a_run_killed_midway_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    texts = variants(48)
    for i, text in enumerate(texts):
        (archive / f"{i:03}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "records.db"
    command = [sys.executable, "-m", "meetingparse.cli", "batch", str(archive), "--out", str(out), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while stored < 4 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        stored = stored_so_far(out)
    process.send_signal(signal.SIGKILL)
    _, errors = process.communicate()
    assert process.returncode == -signal.SIGKILL, errors
    before = db_count(out, "SELECT count(*) FROM documents")
    assert 4 <= before < len(texts)
    assert db_count(out, "SELECT count(*) FROM meetings") == before  # no report is half stored

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.startswith(SUMMARY.format(48, 48 - before, before, 0))
    assert db_count(out, "SELECT count(*) FROM documents") == len(texts)
    assert db_count(out, "SELECT count(DISTINCT content_hash) FROM documents") == len(texts)
    assert db_count(out, "SELECT count(*) FROM meetings") == len(texts)


def test_a_missing_model_exits_2_and_stores_no_report(reports, tmp_path) -> None:
    out = tmp_path / "records.db"
    result = runner.invoke(app, ["batch", str(reports), "--out", str(out), "--model", "no_such_model"])
    assert result.exit_code == 2
    assert "spaCy pipeline 'no_such_model' is not installed" in result.stderr
    assert db_count(out, "SELECT count(*) FROM documents") == 0


def test_a_dead_worker_stops_the_run_with_exit_4_and_a_rerun_finishes(nlp, reports, tmp_path, monkeypatch) -> None:
    out = tmp_path / "records.db"
    monkeypatch.setattr("meetingparse.batch.runner.parse_chunk", _die)
    result = runner.invoke(app, ["batch", str(reports), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 4
    assert "stopped: BrokenProcessPool" in result.stderr
    assert db_count(out, "SELECT count(*) FROM documents") == 0  # no report is stored as failed
    monkeypatch.undo()
    rerun = runner.invoke(app, ["batch", str(reports), "--out", str(out), "--workers", "2"])
    assert rerun.exit_code == 0, rerun.stderr
    assert db_count(out, "SELECT count(*) FROM documents WHERE status = 'parsed'") == 3


def _die(chunk, model, timeout):
    os._exit(1)
