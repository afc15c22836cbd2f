"""Batch runs into every sink (meetingparse.batch.run_batch): what is stored, reruns, errors.

The PostgreSQL tests need ``MEETINGPARSE_TEST_POSTGRES_URL`` (a throwaway database:
its tables are dropped); ``.ci/run`` starts a local server and sets it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from batch_inputs import page, sample, write_jsonl
from batch_tables import as_csv_text, csv_tables, sql_tables, stored_records
from sqlalchemy import create_engine

from meetingparse import ModelNotInstalledError, api, parse
from meetingparse.batch import (
    SourceDocument,
    SourceError,
    Summary,
    open_sink,
    read_sources,
    run_batch,
)
from meetingparse.batch.schema import metadata
from meetingparse.batch.sinks import CsvSink, UnknownSink, sink_format

REFERENCE = dt.date(2025, 3, 17)
POSTGRES_URL = os.environ.get("MEETINGPARSE_TEST_POSTGRES_URL")


@pytest.fixture()
def archive(tmp_path: Path, samples_dir: Path) -> Path:
    """Ten inputs: seven new reports, one repeat of another's text, two that cannot be read."""
    root = tmp_path / "archive"
    (root / "a").mkdir(parents=True)
    for path in sorted(samples_dir.glob("*.txt")):
        (root / "a" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "b").mkdir()
    (root / "b" / "page.html").write_text(page(sample("un_debate")), encoding="utf-8")
    (root / "c").mkdir()
    write_jsonl(root / "c" / "more.jsonl", [
        {"id": "j1", "text": sample("city_council")},
        {"id": "j2", "text": "Short note.", "reference_date": "2022-01-01"},
        "{broken",
    ])
    (root / "d").mkdir()
    (root / "d" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    return root


@pytest.fixture()
def expected(archive: Path, nlp) -> dict[str, object]:
    """What each new report's record must be: ``parse`` of its text, by source."""
    records = {}
    for doc in read_sources([archive]):
        if isinstance(doc, SourceDocument) and doc.source != f"{archive}/c/more.jsonl:1":
            records[doc.source] = parse(doc.text, doc.reference_date or REFERENCE)
    assert len(records) == 7
    return records


def errors_of(archive: Path) -> set[tuple[str, str]]:
    return {(f"{archive}/c/more.jsonl:3", "JSONDecodeError"), (f"{archive}/d/empty.html", "NoMainText")}


def counts(summary: Summary) -> tuple[int, int, int, int]:
    return summary.read, summary.parsed, summary.skipped, summary.failed


def run(archive: Path, out: str, **kwargs) -> Summary:
    with open_sink(out) as sink:
        return run_batch([archive], sink, reference_date=REFERENCE, **kwargs)


@pytest.fixture()
def postgres_url() -> str:
    if not POSTGRES_URL:
        pytest.skip("MEETINGPARSE_TEST_POSTGRES_URL is not set (.ci/run sets it)")
    engine = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    metadata.drop_all(engine)
    engine.dispose()
    return POSTGRES_URL


def check_sql(url: str, archive: Path, expected: dict) -> dict[str, list[dict]]:
    """Run, check what is stored, rerun, check nothing changed; the tables."""
    assert counts(run(archive, url)) == (10, 7, 1, 2)
    engine = create_engine(open_sink(url).engine.url)
    tables = sql_tables(engine)
    assert stored_records(tables) == expected
    assert [d["status"] for d in tables["documents"]] == ["parsed"] * 7
    assert {(e["source"], e["error_class"]) for e in tables["errors"]} == errors_of(archive)
    assert all(e["document_id"] is None for e in tables["errors"])
    page_doc = next(d for d in tables["documents"] if d["source"].endswith("page.html"))
    assert (page_doc["reference_date"], page_doc["title"]) == (REFERENCE, "News")  # the run's date wins
    assert counts(run(archive, url)) == (10, 0, 8, 2)
    assert sql_tables(engine) == tables
    engine.dispose()
    return tables


def test_sqlite_sink_stores_every_record_and_a_rerun_adds_nothing(tmp_path, archive, expected) -> None:
    check_sql(str(tmp_path / "records.db"), archive, expected)


def test_postgresql_sink_stores_every_record_and_a_rerun_adds_nothing(postgres_url, tmp_path, archive,
                                                                      expected) -> None:
    tables = check_sql(postgres_url, archive, expected)
    check_sql(str(tmp_path / "same.db"), archive, expected)
    sqlite_tables = sql_tables(create_engine(f"sqlite:///{tmp_path / 'same.db'}"))
    assert tables == sqlite_tables  # the same rows, ids included, in both databases


def test_csv_sink_holds_the_rows_of_the_sqlite_sink(tmp_path, archive, expected) -> None:
    check_sql(str(tmp_path / "records.db"), archive, expected)
    as_sqlite = as_csv_text(sql_tables(create_engine(f"sqlite:///{tmp_path / 'records.db'}")))
    out = tmp_path / "csv"
    assert counts(run(archive, f"{out}/")) == (10, 7, 1, 2)
    assert csv_tables(out) == as_sqlite
    assert counts(run(archive, str(out))) == (10, 0, 8, 2)
    assert csv_tables(out) == as_sqlite


def test_csv_sink_cuts_off_what_a_killed_run_left_half_written(tmp_path, archive) -> None:
    out = tmp_path / "csv"
    run(archive, f"{out}/")
    complete = csv_tables(out)
    journal = out / "meetingparse-commits.jsonl"  # a kill after the last report's rows, before their commit
    commits = journal.read_text(encoding="utf-8").splitlines(keepends=True)
    digest = complete["documents"][-1]["content_hash"]
    last = next(i for i, c in enumerate(commits) if json.loads(c)["report"] == digest)
    journal.write_text("".join(commits[:last]), encoding="utf-8")
    with (out / "persons.csv").open("a", encoding="utf-8") as stream:
        stream.write("99,Half Writ")  # a row cut off mid-line
    CsvSink(out).close()
    repaired = csv_tables(out)
    assert len(repaired["documents"]) == 6
    assert all(int(m["document_id"]) <= 6 for m in repaired["meetings"])
    assert len(repaired["meetings"]) == 6
    assert "Half Writ" not in {p["name"] for p in repaired["persons"]}
    assert counts(run(archive, str(out))) == (10, 1, 7, 2)
    assert csv_tables(out) == complete


def test_jsonl_sink_writes_one_line_per_report_and_error(tmp_path, archive, expected) -> None:
    out = tmp_path / "records.jsonl"
    assert counts(run(archive, str(out))) == (10, 7, 1, 2)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    parsed = {line["source"]: line for line in lines if line["status"] == "parsed"}
    assert {s: l["record"] for s, l in parsed.items()} == {s: r.model_dump(mode="json") for s, r in expected.items()}
    assert parsed[f"{archive}/c/more.jsonl:2"]["id"] == "j2"
    assert parsed[f"{archive}/c/more.jsonl:2"]["reference_date"] == "2022-01-01"
    assert {(l["source"], l["error"]["class"]) for l in lines if l["status"] == "failed"} == errors_of(archive)
    with out.open("a", encoding="utf-8") as stream:
        stream.write('{"source": "cut off by a ki')
    assert counts(run(archive, str(out))) == (10, 0, 8, 2)
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == lines


def test_jsonl_to_stdout(archive, expected, capsys) -> None:
    assert counts(run(archive, "-")) == (10, 7, 1, 2)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 9
    assert sum(line["status"] == "parsed" for line in lines) == 7


def test_a_report_that_fails_to_parse_is_stored_as_failed_with_its_error(tmp_path, archive, expected,
                                                                         monkeypatch) -> None:
    real_assemble = api.assemble

    def failing_assemble(doc):
        if "Security Council" in doc.text:
            raise RuntimeError("component exploded")
        return real_assemble(doc)

    monkeypatch.setattr(api, "assemble", failing_assemble)
    url = str(tmp_path / "records.db")
    summary = run(archive, url)
    assert counts(summary) == (10, 5, 1, 4)
    tables = sql_tables(create_engine(f"sqlite:///{tmp_path / 'records.db'}"))
    failed = {d["id"]: d["source"] for d in tables["documents"] if d["status"] == "failed"}
    assert sorted(failed.values()) == [f"{archive}/a/un_debate.txt", f"{archive}/b/page.html"]
    parse_errors = [e for e in tables["errors"] if e["document_id"] is not None]
    assert {(failed[e["document_id"]], e["error_class"], e["message"]) for e in parse_errors} == {
        (source, "RuntimeError", "component exploded") for source in failed.values()}
    assert stored_records(tables) == {s: r for s, r in expected.items() if s not in failed.values()}
    assert "failed: " + f"{archive}/a/un_debate.txt: RuntimeError: component exploded" in summary.text()


def test_two_workers_store_the_same_records_in_the_same_order(tmp_path, archive, expected) -> None:
    one = str(tmp_path / "one.db")
    two = str(tmp_path / "two.db")
    assert counts(run(archive, one, chunk_size=2)) == counts(run(archive, two, workers=2, chunk_size=2))
    assert sql_tables(create_engine(f"sqlite:///{one}")) == sql_tables(create_engine(f"sqlite:///{two}"))


@pytest.mark.parametrize(("out", "kind"), [
    ("-", "jsonl"), ("x/records.jsonl", "jsonl"), ("records.DB", "sqlite"), ("a.sqlite3", "sqlite"),
    ("sqlite:///a.db", "sqlite"), ("postgresql://u:p@host/db", "postgresql"), ("postgres://host/db", "postgresql"),
    ("out/", "csv"),
])
def test_sink_format_is_told_from_out(out: str, kind: str) -> None:
    assert sink_format(out) == kind


@pytest.mark.parametrize("out", ["records", "mysql://host/db", "records.parquet"])
def test_an_out_that_names_no_sink_is_refused(out: str) -> None:
    with pytest.raises(UnknownSink):
        sink_format(out)


def test_sql_sink_stores_a_report_once_even_when_two_runs_race(tmp_path) -> None:
    url = str(tmp_path / "records.db")
    document = SourceDocument("k", "s", "text")
    record = parse("President Wang Qi chaired the meeting.")
    with open_sink(url) as first, open_sink(url) as second:
        assert first.write_document(document, "a" * 64, record) is True
        assert second.write_document(document, "a" * 64, record) is False  # written behind its back
        second.write_error(SourceError("broken.txt", "UnicodeDecodeError", "first try"))
        first.write_error(SourceError("broken.txt", "NoMainText", "second try"))
        tables = sql_tables(first.engine)
    assert len(tables["documents"]) == len(tables["meetings"]) == 1
    assert [p["name"] for p in tables["persons"]] == ["Wang Qi"]
    assert [(e["error_class"], e["message"]) for e in tables["errors"]] == [("NoMainText", "second try")]


def test_progress_shows_counts_rate_and_eta_against_the_estimated_total(archive, tmp_path, capsys) -> None:
    run(archive, str(tmp_path / "records.db"), progress=True)
    final = capsys.readouterr().err.split("\r")[-1]
    assert "10/10 [" in final  # the total is counted up front: ten inputs
    assert "doc/s]" in final and "<00:00" in final  # the rate and the time left


@pytest.mark.parametrize("workers", [1, 2])
def test_a_missing_model_stops_the_run_before_anything_is_stored(tmp_path, archive, workers) -> None:
    out = str(tmp_path / "records.db")
    with pytest.raises(ModelNotInstalledError), open_sink(out) as sink:
        run_batch([archive], sink, workers=workers, model="no_such_model")
    tables = sql_tables(create_engine(f"sqlite:///{out}"))
    assert tables["documents"] == []
    assert {e["error_class"] for e in tables["errors"]} <= {"JSONDecodeError", "NoMainText"}  # read errors only


def test_the_reference_date_comes_from_the_report_then_the_run_then_the_page_markup(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(page(sample("un_debate")), encoding="utf-8")  # markup states 2022-05-06
    write_jsonl(folder / "more.jsonl", [{"id": "own", "text": "Short note.", "reference_date": "2021-01-01"}])

    def stored(reference: dt.date | None, out: Path) -> dict[str, dt.date]:
        with open_sink(str(out)) as sink:
            run_batch([folder], sink, reference_date=reference)
        documents = sql_tables(create_engine(f"sqlite:///{out}"))["documents"]
        return {Path(d["source"]).name: d["reference_date"] for d in documents}

    assert stored(None, tmp_path / "a.db") == {"more.jsonl:1": dt.date(2021, 1, 1), "page.html": dt.date(2022, 5, 6)}
    assert stored(REFERENCE, tmp_path / "b.db") == {"more.jsonl:1": dt.date(2021, 1, 1), "page.html": REFERENCE}
