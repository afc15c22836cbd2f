"""The SQL sink: SQLite or PostgreSQL through SQLAlchemy Core."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import bindparam, create_engine, event, func, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from ..rows import Row
from ..schema import (
    PRODUCER,
    SCHEMA_VERSION,
    TABLES_OF_0_1,
    ForeignOutput,
    documents,
    errors,
    marker,
    meta,
    meta_rows,
    metadata,
)
from .base import ENTITY_TABLES, TableSink, resolve_refs

# Any fixed number will do: every meetingparse run takes the same lock, so start-ups on one database queue up.
_SCHEMA_LOCK = int.from_bytes(b"mtgparse", "big")


class SinkUnavailable(RuntimeError):
    """The database cannot be reached or set up; the message names it with its password masked."""


def masked(url: str | URL) -> str:
    """``url`` as it may be shown: with its password as ``***``."""
    return make_url(url).render_as_string(hide_password=True)


class SqlSink(TableSink):
    """SQLite or PostgreSQL through SQLAlchemy Core; one transaction per report.

    Opening checks that the database is empty or ours (:class:`ForeignOutput`
    otherwise) and creates what is missing, all in one transaction: under an
    advisory lock on PostgreSQL, a write lock on SQLite, so runs starting together
    on an empty database queue up instead of creating the same tables twice.
    """

    def __init__(self, url: str | URL) -> None:
        self.engine: Engine = create_engine(url)
        dialect = self.engine.dialect.name
        self.name = (self.engine.url.database if dialect == "sqlite" else None) or masked(self.engine.url)
        if dialect == "sqlite":
            _prepare_sqlite_file(self.engine.url.database)
            event.listen(self.engine, "connect", _sqlite_pragmas)
        insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
        self._inserts = {name: _insert_statement(insert(table)) for name, table in metadata.tables.items()}
        self._finds = {name: select(metadata.tables[name].c.id).where(metadata.tables[name].c.name == bindparam("name"))
                       for name in ENTITY_TABLES}
        try:
            self._start()
        except DBAPIError as error:
            self.engine.dispose()
            raise SinkUnavailable(f"cannot open {self.name}: {_scrubbed(error, self.engine.url)}") from None
        except BaseException:
            self.engine.dispose()
            raise

    def _start(self) -> None:
        with self.engine.connect() as connection:
            if connection.dialect.name == "sqlite":  # pysqlite would run CREATE TABLE outside any transaction
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                connection.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
            found = _foreign(connection)
            if found:
                raise ForeignOutput(f"{self.name} is not a meetingparse output of schema version {SCHEMA_VERSION}: "
                                    f"{found}; refusing to write to it")
            marked = inspect(connection).has_table(meta.name)
            metadata.create_all(connection)
            marker.create_all(connection)
            if not marked:
                connection.execute(meta.insert(), meta_rows())
            connection.commit()
            if connection.dialect.name == "sqlite":  # only now that the file is known to be ours: WAL is persistent
                _use_wal(connection)

    def _exists(self, column: Any, value: str) -> bool:
        with self.engine.connect() as connection:
            return connection.scalar(select(column.table.c.id).where(column == value)) is not None

    def seen(self, digest: str) -> bool:
        return self._exists(documents.c.content_hash, digest)

    def has_error(self, source: str) -> bool:
        return self._exists(errors.c.source, source)

    def _store(self, rows: list[Row]) -> bool:
        with self.engine.connect() as connection, connection.begin() as transaction:
            ids: list[int] = []
            for row in rows:
                values = resolve_refs(row.values, ids, lambda table, name: self._entity(connection, table, name))
                new_id = connection.scalar(self._inserts[row.table], values)
                if new_id is None:  # another run stored this report first
                    transaction.rollback()
                    return False
                ids.append(new_id)
        return True

    def _entity(self, connection: Connection, table: str, name: str) -> int:
        found: int | None = connection.scalar(self._finds[table], {"name": name})
        if found is None:  # a concurrent run may insert it first: then the insert returns nothing
            found = connection.scalar(self._inserts[table], {"name": name}) or connection.scalar(
                self._finds[table], {"name": name})
        return cast(int, found)

    def close(self) -> None:
        self.engine.dispose()


def _foreign(connection: Connection) -> str | None:
    """What makes this database not ours, or None when it is ours or holds none of our tables.

    Tables of other names are left alone (a PostgreSQL database may be shared);
    some of our names without our marker, another version, or other columns are
    refused. The tables of meetingparse 0.1, which wrote no marker (or all of
    today's, as the unmarked :func:`ddl` makes them), with exactly our columns
    are adopted: marked, and given the tables they lack.
    """
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    ours = sorted(present & set(metadata.tables))
    if meta.name in present:
        columns = {c["name"] for c in inspector.get_columns(meta.name)}
        if columns != {"name", "value"}:
            return f"its {meta.name} table has the columns {', '.join(sorted(columns))}, not name and value"
        rows = connection.execute(select(meta.c.name, meta.c.value))
        found: dict[str, str] = {name: value for name, value in rows}
        if (found.get("producer"), found.get("schema_version")) != (PRODUCER, str(SCHEMA_VERSION)):
            return (f"its {meta.name} table says producer {found.get('producer')!r}, "
                    f"schema version {found.get('schema_version')!r}")
    elif ours and set(ours) not in (TABLES_OF_0_1, set(metadata.tables)):
        return f"it has tables of our names ({', '.join(ours)}) but no {meta.name} table"
    # Our tables and no marker: meetingparse 0.1's output if every column is ours (checked next).
    for name in ours:
        columns = {c["name"] for c in inspector.get_columns(name)}
        expected = set(metadata.tables[name].columns.keys())
        if columns != expected:
            missing, extra = sorted(expected - columns), sorted(columns - expected)
            return (f"its {name} table has other columns (missing: {', '.join(missing) or 'none'}; "
                    f"not ours: {', '.join(extra) or 'none'})")
    return None


def _prepare_sqlite_file(database: str | None) -> None:
    """Make the file's folder, as the other sinks do; refuse a file that is not a SQLite database
    before SQLite is asked to open it."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.stat().st_size:
        with path.open("rb") as stream:
            if stream.read(16) != b"SQLite format 3\x00":
                raise ForeignOutput(f"{path} is not a SQLite database ({path.stat().st_size} bytes of something "
                                    "else); refusing to write to it")


def _scrubbed(error: DBAPIError, url: URL) -> str:
    """The driver's message of ``error``, with the password cut out should the driver have echoed it."""
    message = f"{type(error).__name__}: {str(error.orig).strip()}"
    return message.replace(url.password, "***") if url.password else message


def _insert_statement(insert: Any) -> Any:
    """An INSERT returning the new id: a repeated error source updates its row, a repeated
    document hash or name inserts nothing (and returns no id)."""
    table = insert.table
    if table is errors:
        insert = insert.on_conflict_do_update(
            index_elements=[errors.c.source],
            set_={c.name: insert.excluded[c.name] for c in errors.columns if c.name not in ("id", "source")})
    elif table is documents:
        insert = insert.on_conflict_do_nothing(index_elements=[documents.c.content_hash])
    elif table.name in ENTITY_TABLES:
        insert = insert.on_conflict_do_nothing(index_elements=[table.c.name])
    return insert.returning(table.c.id)


_WAL_ATTEMPTS = 50  # switching to WAL needs the file alone: sinks opened together take turns


def _use_wal(connection: Connection) -> None:
    """Put a SQLite file in WAL mode. SQLite answers "database is locked" at once, without
    waiting, while another connection reads the file, so sinks that open one new file
    together retry until one of them has switched it (the mode stays with the file)."""
    for attempt in range(1, _WAL_ATTEMPTS + 1):
        try:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            return
        except OperationalError:
            if connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal":
                return  # another sink switched it
            if attempt == _WAL_ATTEMPTS:
                raise
            time.sleep(0.02 * attempt)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """Per-connection settings; none of them writes to the file (journal_mode=WAL waits for the ownership check)."""
    cursor = connection.cursor()
    for pragma in ("busy_timeout=10000", "synchronous=NORMAL", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
