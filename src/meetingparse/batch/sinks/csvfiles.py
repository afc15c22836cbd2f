"""The CSV sink: a folder with one file per table of the schema."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table

from ..rows import Row
from ..schema import metadata
from .base import ENTITY_TABLES, TableSink, resolve_refs


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
            resolved.append((row.table, {"id": ids[-1], **resolve_refs(row.values, ids, self._entity)}))
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
