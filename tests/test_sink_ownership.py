"""Outputs are recognisable (issue 16 item 2), start-up is safe to race (item 3), and no message
carries a password (issue 9 item 7).

An output that is not ours, or of another schema version, is refused with
:class:`ForeignOutput` before anything is written: the file stays byte-identical.
The PostgreSQL tests need ``MEETINGPARSE_TEST_POSTGRES_URL``; each works in a
schema of its own, dropped afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from batch_tables import sql_tables
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from meetingparse.batch import SourceDocument, SourceError, open_sink, run_batch
from meetingparse.batch.schema import SCHEMA_VERSION, ddl, metadata
from meetingparse.batch.sinks import (
    ForeignOutput,
    SinkUnavailable,
    describe_target,
    sql,
)

POSTGRES_URL = os.environ.get("MEETINGPARSE_TEST_POSTGRES_URL")
OUR_TABLES = set(metadata.tables) | {"meetingparse_meta"}


def sqlite_file(path: Path, script: str) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(script)
    return path


def sqlite_contents(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f"SELECT * FROM {name}").fetchall() for name in names}


def refused(out: Path, *found: str) -> None:
    """Opening ``out`` is refused with a message naming it and what was found; ``out`` is left byte-identical."""
    before = out.read_bytes()
    with pytest.raises(ForeignOutput) as error:
        open_sink(str(out))
    message = str(error.value)
    assert str(out) in message and "refusing to write" in message
    for part in found:
        assert part in message
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no journal, WAL or new file beside it


# ---------------------------------------------------------------- SQLite


FOREIGN_DOCUMENTS = ("CREATE TABLE documents (id INTEGER PRIMARY KEY, city TEXT, population INTEGER);"
                     "INSERT INTO documents VALUES (1, 'Lyon', 522000), (2, 'Graz', 291000);")


def test_a_sqlite_file_with_a_documents_table_of_its_own_is_refused_and_unchanged(tmp_path) -> None:
    out = sqlite_file(tmp_path / "cities.db", FOREIGN_DOCUMENTS)
    before = sqlite_contents(out)
    refused(out, "tables of our names (documents)", "no meetingparse_meta table")
    assert sqlite_contents(out) == before  # no new table, the same rows


MARKER = ("CREATE TABLE meetingparse_meta (name VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL);"
          f"INSERT INTO meetingparse_meta VALUES ('producer', 'meetingparse'), ('schema_version', '{SCHEMA_VERSION}');")


def test_a_marked_sqlite_file_whose_documents_columns_are_not_ours_is_refused(tmp_path) -> None:
    out = sqlite_file(tmp_path / "cities.db", FOREIGN_DOCUMENTS + MARKER)
    before = sqlite_contents(out)
    refused(out, "documents table has other columns", "missing: content_hash, key, reference_date, source, "
                                                      "status, title, url", "not ours: city, population")
    assert sqlite_contents(out) == before


def test_a_file_that_is_not_a_sqlite_database_is_refused(tmp_path) -> None:
    out = tmp_path / "notes.db"
    out.write_text("shopping: milk, eggs\n", encoding="utf-8")
    refused(out, "is not a SQLite database")


def test_a_sqlite_output_of_another_schema_version_is_refused(tmp_path) -> None:
    out = tmp_path / "records.db"
    open_sink(str(out)).close()
    with closing(sqlite3.connect(out)) as connection, connection:
        connection.execute("PRAGMA journal_mode=DELETE")  # one file, so that byte-identical can be checked
        connection.execute("UPDATE meetingparse_meta SET value = '999' WHERE name = 'schema_version'")
    refused(out, "schema version '999'")


def test_the_marked_ddl_is_accepted_and_the_unmarked_one_of_version_0_1_is_adopted_and_marked(tmp_path) -> None:
    marked = sqlite_file(tmp_path / "marked.db", ddl(sqlite_dialect.dialect(), marked=True))
    with open_sink(str(marked)) as sink:
        assert sink.write_document(SourceDocument("k", "s", "t"), "a" * 64, SourceError("s", "E", "m")) is True
    (tmp_path / "bare").mkdir()
    bare = sqlite_file(tmp_path / "bare" / "bare.db", ddl(sqlite_dialect.dialect()))  # all our tables, no marker
    with open_sink(str(bare)) as sink:
        assert sink.write_document(SourceDocument("k", "s", "t"), "a" * 64, SourceError("s", "E", "m")) is True
    with sqlite3.connect(bare) as connection:
        assert dict(connection.execute("SELECT name, value FROM meetingparse_meta")) == {
            "producer": "meetingparse", "schema_version": "1"}


def test_a_json_lines_file_of_version_0_1_lines_is_adopted(tmp_path) -> None:
    out = tmp_path / "old.jsonl"
    old = {"id": "k", "source": "s", "content_hash": "b" * 64, "reference_date": None, "url": None, "title": None,
           "status": "failed", "error": {"class": "E", "message": "m"}}
    out.write_text(json.dumps(old) + "\n" + json.dumps({"source": "x", "status": "failed", "error": {}}) + "\n",
                   encoding="utf-8")
    with open_sink(str(out)) as sink:
        assert sink.seen("b" * 64) and sink.has_error("x")


def test_an_empty_sqlite_file_and_one_with_unrelated_tables_are_accepted_and_marked(tmp_path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    shared = sqlite_file(tmp_path / "shared.db", "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
    for out in (empty, shared):
        open_sink(str(out)).close()
        contents = sqlite_contents(out)
        assert OUR_TABLES <= set(contents)
        assert sorted(contents["meetingparse_meta"]) == [("producer", "meetingparse"),
                                                         ("schema_version", str(SCHEMA_VERSION))]
    assert sqlite_contents(shared)["notes"] == [("x",)]


def test_sqlite_sinks_opened_together_on_a_new_file_all_start(tmp_path) -> None:
    for attempt in range(5):
        out = tmp_path / f"race{attempt}.db"
        opened, failures = together(lambda out=out: open_sink(str(out)), 4)
        assert failures == []
        for sink in opened:
            sink.close()
        assert sorted(sqlite_contents(out)["meetingparse_meta"])[1] == ("schema_version", str(SCHEMA_VERSION))


def together(open_one, count: int) -> tuple[list, list[BaseException]]:
    """Call ``open_one`` in ``count`` threads released at the same moment; what they opened and raised."""
    barrier = threading.Barrier(count)
    opened: list = []
    failures: list[BaseException] = []

    def one() -> None:
        barrier.wait()
        try:
            opened.append(open_one())
        except BaseException as error:  # noqa: BLE001 - every failure is reported by the test
            failures.append(error)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return opened, failures


# ---------------------------------------------------------------- JSON Lines


OURS = b'{"meetingparse": %d, "source": "a.txt", "status": "failed", "error": {"class": "E", "message": "m"}}\n' % (
    SCHEMA_VERSION)


@pytest.mark.parametrize(("content", "found"), [
    (b'{"day": "Monday", "note": "call Ana"}\n{"day": "Tuesday", "note": "no newline"}',
     "line 1 has no 'meetingparse' field (its fields: day, note)"),
    (b'[\n  {"id": "a", "text": "Mr. Li chaired."}\n]\n', "line 1 is not JSON"),
    (b'[{"id": "a", "text": "Mr. Li chaired."}]', "unfinished, does not start like ours"),
    (b'[{"id": "a", "text": "Mr. Li chaired."}]\n', "line 1 is a JSON array"),
    (b'{"meetingparse": 999, "source": "a.txt", "status": "failed"}\n', "line 1 is of schema version 999"),
    (OURS + b'{"id": "mine"}\n', "line 2 has no 'meetingparse' field"),
    (OURS + b'"just a string"\n', "line 2 is a JSON string"),
    (b'{"meetingparse": %d, "id": "x"}\n' % SCHEMA_VERSION, "line 1 has neither a content_hash nor a source"),
])
def test_a_jsonl_file_that_is_not_ours_is_refused_and_byte_identical(tmp_path, content: bytes, found: str) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_bytes(content)
    refused(out, found)


@pytest.mark.parametrize("tail", [b"", b'{"meetin', b'{"meetingparse": %d, "source": "b.t' % SCHEMA_VERSION])
def test_a_jsonl_file_of_ours_is_read_back_and_an_unfinished_last_line_is_cut(tmp_path, tail: bytes) -> None:
    out = tmp_path / "records.jsonl"
    out.write_bytes(OURS + tail)
    with open_sink(str(out)) as sink:
        assert sink.has_error("a.txt") and not sink.has_error("b.txt")
    assert out.read_bytes() == OURS
    unfinished_first = tmp_path / "first.jsonl"
    unfinished_first.write_bytes(tail)
    open_sink(str(unfinished_first)).close()
    assert unfinished_first.read_bytes() == b""


def test_after_complete_lines_of_ours_any_unfinished_last_line_is_a_killed_write_and_is_cut(tmp_path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_bytes(OURS + b'{"source": "cut off by a ki')  # a line is committed by its newline, this one was not
    open_sink(str(out)).close()
    assert out.read_bytes() == OURS


REPORTS = ["President Wang Qi chaired the meeting of the board on 3 March 2025 in Geneva.",
           "The city council met on Monday. Mayor Ana Silva opened the session."]


@pytest.mark.parametrize("name", ["records.jsonl", "records.db"])
def test_a_fresh_output_is_marked_and_a_second_run_resumes_it(tmp_path, name: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, report in enumerate(REPORTS):
        (folder / f"{i}.txt").write_text(report, encoding="utf-8")
    (folder / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    out = tmp_path / "out" / name

    def run() -> tuple[int, int, int, int]:
        with open_sink(str(out)) as sink:
            summary = run_batch([folder], sink, reference_date=dt.date(2025, 3, 17))
        return summary.read, summary.parsed, summary.skipped, summary.failed

    assert run() == (3, 2, 0, 1)
    if name.endswith(".jsonl"):
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [next(iter(line)) for line in lines] == ["meetingparse"] * 3
        assert {line["meetingparse"] for line in lines} == {SCHEMA_VERSION}
        before: object = out.read_bytes()
    else:
        before = sql_tables(create_engine(f"sqlite:///{out}"))
        assert len(before["documents"]) == 2 and len(before["errors"]) == 1
    assert run() == (3, 0, 2, 1)  # the stored reports are skipped, the stored error not written again
    after = out.read_bytes() if name.endswith(".jsonl") else sql_tables(create_engine(f"sqlite:///{out}"))
    assert after == before


# ---------------------------------------------------------------- messages


@pytest.mark.parametrize(("out", "shown"), [
    ("postgresql://meetingparse:s3cret@db.example:5432/records", "postgresql://meetingparse:***@db.example:5432/records"),
    ("postgresql+psycopg://u:p%40ss@h/db?sslmode=require", "postgresql+psycopg://u:***@h/db?sslmode=require"),
    ("postgresql://u:s3cret@host:notaport/db", "postgresql://u:***@host:notaport/db"),
    ("postgresql://host/db", "postgresql://host/db"),
    ("records/out.db", "records/out.db"),
    ("-", "-"),
])
def test_describe_target_masks_a_password_and_leaves_other_targets_alone(out: str, shown: str) -> None:
    assert describe_target(out) == shown


def test_a_url_that_cannot_be_read_is_refused_without_its_password() -> None:
    with pytest.raises(ValueError) as error:
        open_sink("postgresql://u:s3cret@host:notaport/db")
    assert "s3cret" not in str(error.value) and "u:***@host" in str(error.value)


def test_an_unreachable_database_raises_sink_unavailable_without_the_password() -> None:
    with pytest.raises(SinkUnavailable) as error:
        open_sink("postgresql://nobody:s3cret@127.0.0.1:1/none")
    assert "s3cret" not in "".join(traceback.format_exception_only(error.value))
    assert error.value.__cause__ is None and error.value.__suppress_context__  # the driver's error is not shown
    assert str(error.value).startswith("cannot open postgresql+psycopg://nobody:***@127.0.0.1:1/none: OperationalError")


# ---------------------------------------------------------------- PostgreSQL


@pytest.fixture()
def pg_schema() -> Iterator[Callable[[], str]]:
    """The URL of a new, empty schema of the test database (its search_path), dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("MEETINGPARSE_TEST_POSTGRES_URL is not set (.ci/run sets it)")
    base = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    admin = create_engine(base)
    schemas: list[str] = []

    def fresh() -> str:
        schemas.append(f"mp_own_{uuid.uuid4().hex[:12]}")
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schemas[-1]}"))
        return base.update_query_dict({"options": f"-csearch_path={schemas[-1]}"}).render_as_string(
            hide_password=False)

    yield fresh
    with admin.begin() as connection:
        for schema in schemas:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def pg_tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_postgresql_sinks_opened_together_on_an_empty_schema_all_start(pg_schema) -> None:
    for _ in range(5):
        url = pg_schema()
        opened, failures = together(lambda url=url: open_sink(url), 4)
        assert failures == []
        document = SourceDocument("k", "s", "text")
        assert [sink.write_document(document, "b" * 64, SourceError("s", "E", "m")) for sink in opened].count(True) == 1
        for sink in opened:
            sink.close()
        assert pg_tables(url) == OUR_TABLES


def test_a_foreign_postgresql_table_is_refused_before_anything_is_created(pg_schema) -> None:
    url = pg_schema()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE documents (id serial PRIMARY KEY, city text)"))
        connection.execute(text("INSERT INTO documents (city) VALUES ('Lyon')"))
    with pytest.raises(ForeignOutput) as error:
        open_sink(url)
    assert "tables of our names (documents) but no meetingparse_meta table" in str(error.value)
    assert "meetingparse:***@" in str(error.value) and "meetingparse:meetingparse@" not in str(error.value)
    assert pg_tables(url) == {"documents"}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id, city FROM documents")).all() == [(1, "Lyon")]
    engine.dispose()


def test_a_postgresql_output_of_another_version_is_refused(pg_schema) -> None:
    url = pg_schema()
    open_sink(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE meetingparse_meta SET value = '0' WHERE name = 'schema_version'"))
    engine.dispose()
    with pytest.raises(ForeignOutput, match="schema version '0'"):
        open_sink(url)


def test_a_wrong_postgresql_password_is_not_shown(pg_schema) -> None:
    url = make_url(pg_schema()).set(password="wrong-s3cret")
    with pytest.raises(SinkUnavailable) as error:
        open_sink(url.render_as_string(hide_password=False))
    assert "wrong-s3cret" not in "".join(traceback.format_exception_only(error.value))
    assert error.value.__cause__ is None and error.value.__suppress_context__
    assert "***@" in str(error.value)


class _Switching:
    """A connection whose switch to WAL is refused ``busy`` times, as SQLite refuses it while
    another connection reads the file; ``switched_by_other`` says another sink has switched it."""

    def __init__(self, busy: int, switched_by_other: bool = False) -> None:
        self.busy, self.switched_by_other, self.tries = busy, switched_by_other, 0

    def exec_driver_sql(self, statement: str) -> object:
        if statement == "PRAGMA journal_mode":
            return type("Result", (), {"scalar": lambda _: "wal" if self.switched_by_other else "delete"})()
        self.tries += 1
        if self.tries <= self.busy:
            raise OperationalError(statement, {}, Exception("database is locked"))
        return None


def test_the_switch_to_wal_is_retried_while_the_file_is_busy(monkeypatch) -> None:
    monkeypatch.setattr(sql.time, "sleep", lambda seconds: None)
    busy = _Switching(busy=3)
    sql._use_wal(busy)
    assert busy.tries == 4
    switched = _Switching(busy=1, switched_by_other=True)
    sql._use_wal(switched)
    assert switched.tries == 1  # another sink switched the file: nothing left to do
    with pytest.raises(OperationalError):
        sql._use_wal(_Switching(busy=sql._WAL_ATTEMPTS))
