"""The SQL sink: SQLite or PostgreSQL through SQLAlchemy Core."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, create_engine, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine

from ..rows import Row
from ..schema import documents, errors, metadata
from .base import ENTITY_TABLES, TableSink, resolve_refs


class SqlSink(TableSink):
    """SQLite or PostgreSQL through SQLAlchemy Core; one transaction per report."""

    def __init__(self, url: str | URL) -> None:
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[self.engine.dialect.name]
        self._inserts = {name: _insert_statement(insert(table)) for name, table in metadata.tables.items()}
        self._finds = {name: select(metadata.tables[name].c.id).where(metadata.tables[name].c.name == bindparam("name"))
                       for name in ENTITY_TABLES}
        metadata.create_all(self.engine)

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
        found = connection.scalar(self._finds[table], {"name": name})
        if found is None:  # a concurrent run may insert it first: then the insert returns nothing
            found = connection.scalar(self._inserts[table], {"name": name}) or connection.scalar(
                self._finds[table], {"name": name})
        return found

    def close(self) -> None:
        self.engine.dispose()


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


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    for pragma in ("busy_timeout=10000", "journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
