"""Where the records go: JSON Lines, CSV (one file per table), SQLite or PostgreSQL.

Every sink knows the content hashes it already holds (so a rerun skips them) and
the sources it already holds errors for, and stores each report whole or not
at all, so a run killed at any moment leaves only complete reports behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table, bindparam, create_engine, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, Engine, make_url

from .rows import Named, Outcome, Ref, Row, document_rows, error_rows
from .schema import documents, errors, metadata
from .sources import SourceDocument, SourceError

ENTITY_TABLES = ("persons", "organizations")


class Sink(ABC):
    """A destination for a batch run's reports and errors."""

    @abstractmethod
    def seen(self, digest: str) -> bool:
        """Whether a report with this content hash is already stored."""

    @abstractmethod
    def has_error(self, source: str) -> bool:
        """Whether an error for this source is already stored."""

    @abstractmethod
    def write_document(self, document: SourceDocument, digest: str, outcome: Outcome) -> bool:
        """Store a read report with its record or parse error; False if its hash was already stored."""

    @abstractmethod
    def write_error(self, error: SourceError) -> None:
        """Store a report that could not be read."""

    def close(self) -> None:
        """Release files and connections."""

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------- JSON Lines


def _complete_lines(path: Path) -> Iterator[bytes]:
    """The complete lines of ``path``, after cutting off a last line a killed run left unfinished."""
    with path.open("rb+") as stream:
        good = 0
        for line in stream:
            if not line.endswith(b"\n"):
                break
            good += len(line)
            yield line
        stream.truncate(good)


class JsonlSink(Sink):
    """One JSON object a line per report: its metadata and ``record``, or its ``error``."""

    def __init__(self, path: Path | None) -> None:
        self._hashes: set[str] = set()
        self._errors: set[str] = set()
        if path is None:
            self._file: IO[str] = sys.stdout
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            for line in _complete_lines(path):
                data = json.loads(line)
                if data.get("content_hash"):
                    self._hashes.add(data["content_hash"])
                else:
                    self._errors.add(data["source"])
        self._file = path.open("a", encoding="utf-8")

    def seen(self, digest: str) -> bool:
        return digest in self._hashes

    def has_error(self, source: str) -> bool:
        return source in self._errors

    def write_document(self, document: SourceDocument, digest: str, outcome: Outcome) -> bool:
        if digest in self._hashes:
            return False
        line: dict[str, Any] = {
            "id": document.id, "source": document.source, "content_hash": digest,
            "reference_date": document.reference_date.isoformat() if document.reference_date else None,
            "url": document.url, "title": document.title,
        }
        if isinstance(outcome, SourceError):
            line.update(status="failed", error=_error_json(outcome))
        else:
            line.update(status="parsed", record=outcome.model_dump(mode="json"))
        self._write(line)
        self._hashes.add(digest)
        return True

    def write_error(self, error: SourceError) -> None:
        self._write({"source": error.source, "status": "failed", "error": _error_json(error)})
        self._errors.add(error.source)

    def _write(self, line: dict[str, Any]) -> None:
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not sys.stdout:
            self._file.close()


def _error_json(error: SourceError) -> dict[str, str]:
    return {"class": error.error_class, "message": error.message}


# ---------------------------------------------------------------- tables


class TableSink(Sink):
    """A sink that stores the rows of ``rows.py``, resolving references to ids as it goes."""

    def write_document(self, document: SourceDocument, digest: str, outcome: Outcome) -> bool:
        return self._store(document_rows(document, digest, outcome))

    def write_error(self, error: SourceError) -> None:
        self._store(error_rows(error))

    @abstractmethod
    def _store(self, rows: list[Row]) -> bool:
        """Store one report's rows whole; False when its document row was already there."""


def _resolved(values: dict[str, Any], ids: list[int], entity: Callable[[str, str], int]) -> dict[str, Any]:
    """``values`` with each :class:`Ref` replaced by the id it points to and each :class:`Named` by its row's id."""
    def value(v: Any) -> Any:
        if isinstance(v, Ref):
            return ids[v.index]
        if isinstance(v, Named):
            return entity(v.table, v.name)
        return v
    return {key: value(v) for key, v in values.items()}


def _owner(table: Table) -> str | None:
    """The column that ties a row to the report it belongs to (its first non-entity foreign key)."""
    for column in table.columns:
        if any(fk.column.table.name not in ENTITY_TABLES for fk in column.foreign_keys):
            return column.name
    return None


def _csv_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class CsvSink(TableSink):
    """A folder with ``TABLE.csv`` for every table of the schema, ids assigned here.

    Each report's rows are appended with its ``documents`` row last, so a
    report is stored once that row is. Opening the folder again cuts off what a
    killed run left after its last stored report.
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._last_id: dict[str, int] = {}
        self._hashes: set[str] = set()
        self._errors: set[str] = set()
        self._names: dict[str, dict[str, int]] = {name: {} for name in ENTITY_TABLES}
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        for table in metadata.sorted_tables:
            path = directory / f"{table.name}.csv"
            if path.exists():
                self._load(table, path)
            new = not path.exists() or path.stat().st_size == 0
            self._files[table.name] = path.open("a", encoding="utf-8", newline="")
            self._writers[table.name] = csv.writer(self._files[table.name])
            if new:
                self._writers[table.name].writerow([c.name for c in table.columns])
                self._files[table.name].flush()

    def _load(self, table: Table, path: Path) -> None:
        """Read back ids, hashes, error sources and names; cut rows whose report was not stored."""
        owner = _owner(table)
        parent = next(iter(table.columns[owner].foreign_keys)).column.table.name if owner else ""
        with path.open("r+", encoding="utf-8", newline="") as stream:
            ends: list[int] = []  # where each complete line read so far ends

            def lines() -> Iterator[str]:
                while (line := stream.readline()).endswith("\n"):
                    ends.append(stream.tell())
                    yield line

            good = 0
            try:
                for row in csv.DictReader(lines()):
                    complete = len(row) == len(table.columns) and None not in row.values()
                    if not complete or (owner and row[owner] and int(row[owner]) > self._last_id.get(parent, 0)):
                        break
                    good = ends[-1]
                    self._remember(table.name, row)
            except csv.Error:  # a quoted field cut off by a kill
                pass
            stream.seek(good or (ends[0] if ends else 0))
            stream.truncate()

    def _remember(self, table: str, row: dict[str, str]) -> None:
        self._last_id[table] = max(self._last_id.get(table, 0), int(row["id"]))
        if table == "documents":
            self._hashes.add(row["content_hash"])
        elif table == "errors":
            self._errors.add(row["source"])
        elif table in ENTITY_TABLES:
            self._names[table][row["name"]] = int(row["id"])

    def seen(self, digest: str) -> bool:
        return digest in self._hashes

    def has_error(self, source: str) -> bool:
        return source in self._errors

    def _next_id(self, table: str) -> int:
        self._last_id[table] = self._last_id.get(table, 0) + 1
        return self._last_id[table]

    def _entity(self, table: str, name: str) -> int:
        if name not in self._names[table]:
            self._names[table][name] = self._next_id(table)
            self._writers[table].writerow([self._names[table][name], name])
        return self._names[table][name]

    def _store(self, rows: list[Row]) -> bool:
        head = rows[0].values
        if rows[0].table == "documents" and head["content_hash"] in self._hashes:
            return False
        ids: list[int] = []
        resolved: list[tuple[str, dict[str, Any]]] = []
        for row in rows:
            ids.append(self._next_id(row.table))
            resolved.append((row.table, {"id": ids[-1], **_resolved(row.values, ids, self._entity)}))
        resolved.sort(key=lambda item: item[0] == "documents")  # the documents row goes last
        for table, values in resolved:
            if table == "documents":
                self._flush()
            columns = metadata.tables[table].columns
            self._writers[table].writerow([_csv_value(values[c.name]) for c in columns])
        self._flush()
        if rows[0].table == "documents":
            self._hashes.add(head["content_hash"])
        else:
            self._errors.add(head["source"])
        return True

    def _flush(self) -> None:
        for stream in self._files.values():
            stream.flush()

    def close(self) -> None:
        for stream in self._files.values():
            stream.close()


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
                values = _resolved(row.values, ids, lambda table, name: self._entity(connection, table, name))
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


# ---------------------------------------------------------------- choosing


FORMATS = ("jsonl", "csv", "sqlite", "postgresql")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


class UnknownSink(ValueError):
    """An ``--out`` whose kind of sink cannot be told."""


def sink_format(out: str) -> str:
    """The kind of sink ``out`` names: ``-`` and ``*.jsonl`` JSON Lines, ``*.db`` SQLite, a URL, or a folder for CSV."""
    if out == "-":
        return "jsonl"
    if "://" in out:
        backend = make_url(out).get_backend_name()
        if backend in ("sqlite", "postgresql", "postgres"):
            return "postgresql" if backend.startswith("postgres") else backend
        raise UnknownSink(f"unsupported database {backend!r}: use sqlite:// or postgresql://")
    path = Path(out)
    if path.suffix.lower() in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[path.suffix.lower()]
    if path.is_dir() or out.endswith(("/", "\\")):
        return "csv"
    raise UnknownSink(f"cannot tell the sink from {out!r}: give a .jsonl file, '-', a .db file, "
                      "a folder ending in '/', a sqlite:// or postgresql:// URL, or --format")


def open_sink(out: str, format: str | None = None) -> Sink:
    """The sink ``out`` names, of the ``format`` given or told from ``out``."""
    kind = format or sink_format(out)
    if kind == "jsonl":
        return JsonlSink(None if out == "-" else Path(out))
    if kind == "csv":
        return CsvSink(Path(out))
    if kind == "sqlite":
        return SqlSink(out if "://" in out else f"sqlite:///{Path(out).resolve()}")
    if kind == "postgresql":
        url = make_url(out)
        return SqlSink(url.set(drivername="postgresql+psycopg") if url.drivername in ("postgresql", "postgres") else url)
    raise UnknownSink(f"unknown format {kind!r}: one of {', '.join(FORMATS)}")
