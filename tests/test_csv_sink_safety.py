"""The CSV sink keeps what it stored (issue 16 items 1-2) and writes spreadsheet-safe cells (issue 9 item 7).

Reopening cuts only what no commit covers, whatever the values hold (a lone
``\\r``, fields over ``csv``'s default 131,072-character limit); a folder that
is not ours, or of another version, is refused untouched; formula-looking text
gets a leading apostrophe that reading back removes.
"""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_inputs import write_jsonl, write_variants
from sqlalchemy import Integer
from typer.testing import CliRunner

from meetingparse import MeetingRecord
from meetingparse.batch import SourceDocument, SourceError, open_sink
from meetingparse.batch.schema import metadata
from meetingparse.batch.sinks import CsvSink
from meetingparse.batch.sinks.csvfolder import (
    JOURNAL,
    MARK,
    MARKER,
    FolderInUse,
    ForeignOutput,
)
from meetingparse.batch.sinks.csvsafe import neutralise, restore
from meetingparse.cli import app

runner = CliRunner()
LONG = "x" * 200_000  # over csv.field_size_limit()'s default of 131,072


def tables(out: Path) -> dict[str, list[dict[str, str]]]:
    """Every table as read by a plain csv reader (with a limit that fits our long values)."""
    csv.field_size_limit(sys.maxsize)
    result = {}
    for name in metadata.tables:
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
            result[name] = list(csv.DictReader(stream))
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def batch(out: Path, *inputs: Path) -> str:
    """``meetingparse batch INPUTS --out OUT/``, which must exit 0; its stderr."""
    result = runner.invoke(app, ["batch", *map(str, inputs), "--out", f"{out}/", "--reference-date", "2025-03-17"])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_values_with_a_lone_cr_or_over_the_field_limit_survive_reopening(nlp, tmp_path) -> None:
    first = tmp_path / "first.jsonl"
    write_jsonl(first, [{"id": "a\rb", "text": "Mr. Li chaired the meeting."},
                        {"id": "long", "title": LONG, "url": "https://x.example/\r\n" + LONG,
                         "text": "The council met on Monday. Ms. Gao chaired."}])
    second = tmp_path / "second.txt"
    second.write_text("The board met on Friday. Dr. Ruiz chaired the session.", encoding="utf-8")
    out = tmp_path / "csvout"
    batch(out, first)
    batch(out, second)
    assert "read 1, parsed 0, skipped 1" in batch(out, second)  # reopened twice: nothing lost, nothing redone
    documents = tables(out)["documents"]
    assert [d["key"] for d in documents] == ["a\rb", "long", str(second)]
    assert (documents[1]["title"], documents[1]["url"]) == (LONG, "https://x.example/\r\n" + LONG)
    assert [d["id"] for d in documents] == ["1", "2", "3"]
    assert len(tables(out)["meetings"]) == 3
    assert "read 2, parsed 0, skipped 2" in batch(out, first)


def kill_before_last_commit(out: Path, cut_table: str) -> None:
    """Leave ``out`` as a kill during the last report's commit would: its rows written (``cut_table`` only
    up to the middle of one of them), its journal line half written."""
    journal = out / JOURNAL
    lines = journal.read_bytes().splitlines(keepends=True)
    before, last = json.loads(lines[-2])["sizes"], json.loads(lines[-1])["sizes"]
    assert last[cut_table] > before[cut_table]
    with (out / cut_table).with_suffix(".csv").open("r+b") as stream:
        stream.truncate((before[cut_table] + last[cut_table]) // 2)
    journal.write_bytes(b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])


@pytest.mark.parametrize("cut_table", ["documents", "participations"])
def test_a_torn_tail_is_cut_and_a_rerun_stores_every_report_exactly_once(nlp, tmp_path, cut_table) -> None:
    folder = write_variants(tmp_path / "in", 3)
    whole = tmp_path / "whole"
    batch(whole, folder)
    out = tmp_path / "killed"
    batch(out, folder)
    kill_before_last_commit(out, cut_table)
    assert "read 3, parsed 1, skipped 2" in batch(out, folder)
    assert tables(out) == tables(whole)  # the same rows and ids as a run never killed
    assert sorted(d["source"] for d in tables(out)["documents"]) == sorted(str(p) for p in folder.iterdir())


def test_a_failed_write_leaves_files_and_ids_as_they_were(nlp, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"id": "ok", "text": "Mr. Li chaired the meeting."}])
    out = tmp_path / "out"
    batch(out, folder)
    sink = CsvSink(out)
    before = snapshot(out)  # after opening: the journal is compacted to one line then
    bad = SourceDocument("bad\ud800", "bad", "text")  # a lone surrogate cannot be written as UTF-8
    with pytest.raises(UnicodeEncodeError):
        sink.write_document(bad, "0" * 64, SourceError("bad", "X", "y"))
    assert snapshot(out) == before
    sink.write_error(SourceError("next", "X", "y"))
    sink.close()
    assert [(e["id"], e["source"]) for e in tables(out)["errors"]] == [("1", "next")]  # no id was used up


def test_a_folder_that_is_not_ours_is_refused_and_left_byte_identical(nlp, tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Mr. Li chaired the meeting.", encoding="utf-8")
    out = tmp_path / "cities"
    out.mkdir()
    (out / "meetings.csv").write_text("id,city,population\n1,Oslo,709000\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(out)
    result = runner.invoke(app, ["batch", str(report), "--out", f"{out}/"])
    assert result.exit_code == 2  # a usage error: a rerun cannot help
    assert "meetings.csv has the header 'id,city,population'" in result.stderr
    assert snapshot(out) == before
    (out / "meetings.csv").write_text("id,city,population", encoding="utf-8")  # not even a whole line
    before = snapshot(out)
    with pytest.raises(ForeignOutput, match="not a meetingparse table"):
        CsvSink(out)
    assert snapshot(out) == before


@pytest.mark.parametrize("marker", [{**MARK, "schema_version": 99}, {**MARK, "format": "parquet"}, "not json"])
def test_a_folder_of_another_version_is_refused_and_left_byte_identical(nlp, tmp_path, marker) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Mr. Li chaired the meeting.", encoding="utf-8")
    out = tmp_path / "out"
    batch(out, report)
    (out / MARKER).write_text(marker if isinstance(marker, str) else json.dumps(marker), encoding="utf-8")
    report.write_text("Another meeting, chaired by Ms. Gao.", encoding="utf-8")
    before = snapshot(out)
    result = runner.invoke(app, ["batch", str(report), "--out", f"{out}/"])
    assert result.exit_code == 2
    assert "meetingparse.json holds" in result.stderr and "schema_version" in result.stderr
    assert snapshot(out) == before


def test_a_committed_table_cut_short_is_refused_not_repaired(nlp, tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Mr. Li chaired the meeting.", encoding="utf-8")
    out = tmp_path / "out"
    batch(out, report)
    documents = out / "documents.csv"
    documents.write_bytes(documents.read_bytes()[:-3])
    before = snapshot(out)
    with pytest.raises(ForeignOutput, match="bytes of it were committed"):
        open_sink(f"{out}/")
    assert snapshot(out) == before


def test_a_folder_from_before_markers_is_adopted_with_its_torn_tail_cut(nlp, tmp_path) -> None:
    folder = write_variants(tmp_path / "in", 2)
    out = tmp_path / "old"
    batch(out, folder)
    stored = tables(out)
    (out / MARKER).unlink()
    (out / JOURNAL).unlink()  # as the sink wrote folders before it marked them
    with (out / "persons.csv").open("a", encoding="utf-8") as stream:
        stream.write("99,Half Writ")  # a row a kill cut off
    documents = out / "documents.csv"  # and the last report's rows without its documents row, which
    documents.write_bytes(documents.read_bytes().rsplit(b"\r\n", 2)[0] + b"\r\n")  # the old sink wrote last
    assert "read 2, parsed 1, skipped 1" in batch(out, folder)
    assert tables(out) == stored
    assert json.loads((out / MARKER).read_text(encoding="utf-8")) == MARK


def test_empty_and_new_folders_are_fine(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "empty", tmp_path / "new" / "deeper"):
        open_sink(f"{out}/").close()
        assert json.loads((out / MARKER).read_text(encoding="utf-8")) == MARK
        assert all(rows == [] for rows in tables(out).values())
        open_sink(f"{out}/").close()  # and reopened


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1", "\r=1", "'=already quoted"]


@pytest.mark.parametrize("value", [*FORMULAS, "plain", "'Tis", "'", "", "1-2", "a=b"])
def test_neutralise_is_undone_by_restore(value: str) -> None:
    cell = neutralise(value)
    assert restore(cell) == value
    assert cell == ("'" + value if value in FORMULAS else value)


def test_formula_cells_are_written_as_text_and_read_back(nlp, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [
        {"id": FORMULAS[0], "url": FORMULAS[1], "title": FORMULAS[3], "text": "Mr. Li chaired the meeting."},
        {"id": "-1", "title": "'=already quoted", "text": "The board met. Ms. Gao chaired."}])
    out = tmp_path / "out"
    batch(out, folder)
    stored = tables(out)
    assert [(d["key"], d["url"], d["title"]) for d in stored["documents"]] == [
        ("'" + FORMULAS[0], "'" + FORMULAS[1], "'" + FORMULAS[3]), ("'-1", "", "''=already quoted")]
    assert sum(len(rows) for rows in stored.values()) > 6
    for name, rows in stored.items():
        numbers = [c.name for c in metadata.tables[name].columns if isinstance(c.type, Integer)]
        for row in rows:
            assert not any(cell[:1] in "=+-@\t\r" and cell for cell in row.values())  # no cell starts a formula
            assert all(row[n] == "" or row[n].isdigit() for n in numbers)  # ids and offsets as written
    assert "read 2, parsed 0, skipped 2" in batch(out, folder)  # reading back works


def test_formula_names_and_sources_read_back_exactly(tmp_path) -> None:
    """Resume keys that start like a formula (an error's source, a person's name) match after reopening."""
    record = MeetingRecord.model_validate({"participants": [{"name": "-Dash", "mentions": [
        {"text": "-Dash", "start": 0, "end": 5}]}]})
    out = tmp_path / "out"
    with CsvSink(out) as sink:
        sink.write_error(SourceError("=evil.txt", "X", "y"))
        sink.write_document(SourceDocument("d1", "d1", "-Dash spoke."), "1" * 64, record)
    with CsvSink(out) as sink:
        assert sink.has_error("=evil.txt")
        sink.write_document(SourceDocument("d2", "d2", "-Dash spoke again."), "2" * 64, record)
    stored = tables(out)
    assert stored["errors"][0]["source"] == "'=evil.txt"
    assert [(p["id"], p["name"]) for p in stored["persons"]] == [("1", "'-Dash")]  # one person, found again
    assert [p["person_id"] for p in stored["participations"]] == ["1", "1"]
    assert [m["text"] for m in stored["mentions"]] == ["'-Dash", "'-Dash"]


def test_a_csv_run_killed_midway_resumes_to_the_rows_of_a_run_never_killed(tmp_path) -> None:
    archive = write_variants(tmp_path / "archive", 24)

    def command(out: Path) -> list[str]:
        return [sys.executable, "-m", "meetingparse.cli", "batch", str(archive), "--out", f"{out}/",
                "--reference-date", "2025-03-17"]

    whole, killed = tmp_path / "whole", tmp_path / "killed"
    assert subprocess.run(command(whole), capture_output=True, timeout=300, check=False).returncode == 0
    process = subprocess.Popen(command(killed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    journal, deadline = killed / JOURNAL, time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and (
            not journal.exists() or journal.read_bytes().count(b"\n") < 5):  # the opening line and 4 commits
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    _, errors = process.communicate()
    assert process.returncode == -signal.SIGKILL, errors
    committed = journal.read_bytes().count(b"\n") - 1  # a last line without its newline is not a commit
    assert 4 <= committed < 24
    assert len(tables(killed)["documents"]) in (committed, committed + 1)  # one more: written, not committed
    rerun = subprocess.run(command(killed), capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"read 24, parsed {24 - committed}, skipped {committed}, failed 0" in rerun.stderr
    assert tables(killed) == tables(whole)


def test_a_folder_is_written_by_one_sink_at_a_time(tmp_path) -> None:
    out = tmp_path / "out"
    with CsvSink(out), pytest.raises(FolderInUse, match="being written by another meetingparse run"):
        CsvSink(out)
    CsvSink(out).close()  # free again once the first is closed
