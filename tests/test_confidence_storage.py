"""The SQL and CSV sinks store every confidence of a record (the ``confidences`` table) and still
take outputs written before that table existed: a version-1 database, a meetingparse 0.1 database,
a CSV folder whose journal does not name the table.

The PostgreSQL tests need ``MEETINGPARSE_TEST_POSTGRES_URL``; each works in a schema of its own,
dropped afterwards.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_tables import as_csv_text, csv_tables, sql_tables, stored_records
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meetingparse import MeetingRecord
from meetingparse.batch import SourceDocument, open_sink
from meetingparse.batch.rows import content_hash
from meetingparse.batch.schema import TABLES_OF_0_1, metadata
from meetingparse.batch.sinks import ForeignOutput
from meetingparse.batch.sinks.csvfolder import JOURNAL

POSTGRES_URL = os.environ.get("MEETINGPARSE_TEST_POSTGRES_URL")

TEXT = ("Board meeting. Ana Silva chaired; Li Wei and Tom Hart attended. Acme Corp and Beta Ltd took part. "
        "Li Wei said budget up, rates down. Tom Hart said hire more.")
PLAIN = "The council met. Mr. Li spoke."


def grounded(value: str, source: str = TEXT, **extra: object) -> dict:
    start = source.index(value)
    return {"text": value, "start": start, "end": start + len(value), **extra}


def person(name: str, confidence: float | None, roles: list[str]) -> dict:
    return {"name": name, "mentions": [grounded(name)], "roles": roles, "confidence": confidence}


SCORED = MeetingRecord.model_validate({
    "title": grounded("Board meeting"), "kind": "board meeting", "mode": "in_person",
    "chair": person("Ana Silva", 0.75, ["chair"]),  # not a listed participant: stored after them
    "participants": [person("Li Wei", 1 / 3, ["speaker"]), person("Tom Hart", None, ["speaker"])],
    "organizations": [grounded("Acme Corp", confidence=0.4), grounded("Beta Ltd")],
    "speeches": [{"speaker": "Li Wei", "points": [grounded("budget up", confidence=0.9), grounded("rates down")]},
                 {"speaker": "Tom Hart", "points": [grounded("hire more", confidence=0.125)]}],
    "confidence": {"title": 0.5, "kind": 0.875, "mode": 0.25, "chair": 0.6},
})
SCORED_ROWS = {("title", 0, 0.5), ("kind", 0, 0.875), ("mode", 0, 0.25), ("chair", 0, 0.6),
               ("participant", 0, 1 / 3), ("participant", 2, 0.75), ("organization", 0, 0.4),
               ("point", 0, 0.9), ("point", 2, 0.125)}  # points counted across the speeches
UNSCORED = MeetingRecord.model_validate({"participants": [
    {"name": "Mr. Li", "mentions": [grounded("Mr. Li", PLAIN)], "roles": ["speaker"]}]})


def write(out: str, *records: tuple[str, MeetingRecord]) -> None:
    """Store each (text, record) in ``out`` as the report of source ``text``."""
    with open_sink(out) as sink:
        for report, record in records:
            assert sink.write_document(SourceDocument(report, report, report), content_hash(report), record)


def stored(url: str) -> dict[str, list[dict]]:
    engine = create_engine(url)
    try:
        return sql_tables(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database: a SQLite file, or a new schema of the test PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'records.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("MEETINGPARSE_TEST_POSTGRES_URL is not set (.ci/run sets it)")
    base = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    schema = f"mp_conf_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_a_sql_sink_gives_back_every_confidence(database: str) -> None:
    write(database, (TEXT, SCORED))
    tables = stored(database)
    assert stored_records(tables) == {TEXT: SCORED}
    assert {(r["item"], r["position"], r["confidence"]) for r in tables["confidences"]} == SCORED_ROWS


def test_the_csv_sink_holds_the_confidence_rows_of_the_sqlite_sink(tmp_path: Path) -> None:
    write(str(tmp_path / "records.db"), (PLAIN, UNSCORED), (TEXT, SCORED))
    write(f"{tmp_path / 'csv'}/", (PLAIN, UNSCORED), (TEXT, SCORED))
    assert csv_tables(tmp_path / "csv") == as_csv_text(stored(f"sqlite:///{tmp_path / 'records.db'}"))


def test_a_version_1_database_without_the_confidences_table_gets_it(database: str) -> None:
    write(database, (PLAIN, UNSCORED))
    engine = create_engine(database)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE confidences"))
    engine.dispose()
    write(database, (TEXT, SCORED))
    assert stored_records(stored(database)) == {PLAIN: UNSCORED, TEXT: SCORED}


def test_a_database_of_meetingparse_0_1_is_adopted_and_gets_the_confidences_table(database: str) -> None:
    engine = create_engine(database)
    metadata.create_all(engine, tables=[metadata.tables[name] for name in TABLES_OF_0_1])  # and no marker
    write(database, (TEXT, SCORED))
    assert stored_records(sql_tables(engine)) == {TEXT: SCORED}
    with engine.connect() as connection:
        assert dict(connection.execute(text("SELECT name, value FROM meetingparse_meta")).all()) == {
            "producer": "meetingparse", "schema_version": "1"}
    engine.dispose()


def as_before_confidences(out: Path, leftover: bytes | None) -> None:
    """Make ``out`` a folder as written before the confidences table: no such file (or, as a kill while
    upgrading one would leave it, ``leftover``), and no length for it in the journal."""
    (out / "confidences.csv").unlink()
    if leftover is not None:
        (out / "confidences.csv").write_bytes(leftover)
    lines = [json.loads(line) for line in (out / JOURNAL).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        del line["sizes"]["confidences"]
    (out / JOURNAL).write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


@pytest.mark.parametrize("leftover", [None, b"", b"id,meeting_id,it"])
def test_a_csv_folder_from_before_the_confidences_table_is_taken_and_extended(tmp_path: Path, leftover) -> None:
    out = tmp_path / "csv"
    write(f"{out}/", (PLAIN, UNSCORED))
    as_before_confidences(out, leftover)
    write(f"{out}/", (TEXT, SCORED))
    write(str(tmp_path / "records.db"), (PLAIN, UNSCORED), (TEXT, SCORED))
    assert csv_tables(out) == as_csv_text(stored(f"sqlite:///{tmp_path / 'records.db'}"))
    assert "confidences" in json.loads((out / JOURNAL).read_text(encoding="utf-8").splitlines()[-1])["sizes"]
    with open_sink(f"{out}/") as sink:  # and reopened as a folder of today
        assert sink.seen(content_hash(TEXT))


def test_a_csv_journal_without_a_table_of_0_1_is_still_refused(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    write(f"{out}/", (PLAIN, UNSCORED))
    line = json.loads((out / JOURNAL).read_text(encoding="utf-8").splitlines()[-1])
    del line["sizes"]["points"]
    (out / JOURNAL).write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ForeignOutput, match="a line meetingparse did not write"):
        open_sink(f"{out}/")
