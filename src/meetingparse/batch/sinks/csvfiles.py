"""The CSV sink: a folder with one file per table of the schema.

Text cells that a spreadsheet would run as a formula are written with a leading
apostrophe (see ``csvsafe``); the folder's marker and commit journal (see
``csvfolder``) make it recognisable and let a reopen cut exactly what a kill
left uncommitted.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from ..rows import Row
from ..schema import ForeignOutput, metadata
from .base import ENTITY_TABLES, TableSink, resolve_refs
from .csvfolder import (
    FolderInUse,
    Journal,
    committed_sizes,
    lock,
    write_all,
    write_marker,
)
from .csvsafe import TornRecord, neutralise, records, render, restore

__all__ = ["CsvSink", "FolderInUse", "ForeignOutput"]


def _owner(table: Table) -> str | None:
    """The column that ties a row to the report it belongs to (its first non-entity foreign key)."""
    for column in table.columns:
        if any(fk.column.table.name not in ENTITY_TABLES for fk in column.foreign_keys):
            return str(column.name)
    return None


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else neutralise(value)


def _header(table: Table) -> list[str]:
    return [str(c.name) for c in table.columns]


class CsvSink(TableSink):
    """A folder with ``TABLE.csv`` for every table of the schema, ids assigned here.

    Each report's rows are appended and synced, then committed in the journal;
    opening the folder again cuts each table back to its last committed length.
    A folder that is not ours (a table of our name with another header, a
    marker of another version, a table shorter than committed) is refused with
    :class:`ForeignOutput` before anything in it is written. A folder made by
    meetingparse before folders were marked (our exact headers, no marker) is
    adopted: read as before (a torn last line, and rows past the last stored
    ``documents`` row, are cut), then marked and journaled.
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._lock = lock(directory)
        self._files: dict[str, Any] = {}
        try:
            self._open(directory)
        except BaseException:
            self.close()
            raise

    def _open(self, directory: Path) -> None:
        tables = metadata.sorted_tables
        self._last_id: dict[str, int] = {}
        self._hashes: set[str] = set()
        self._errors: set[str] = set()
        self._names: dict[str, dict[str, int]] = {name: {} for name in ENTITY_TABLES}
        self._pending: dict[str, list[list[Any]]] = {}
        self._added: list[tuple[str, str]] = []
        committed = committed_sizes(directory, [t.name for t in tables])
        paths = {t.name: directory / f"{t.name}.csv" for t in tables}
        keep = {t.name: self._load(t, paths[t.name], None if committed is None else committed[t.name])
                if paths[t.name].exists() else 0 for t in tables}
        # Nothing was written before this line: every refusal is above it.
        self._sizes: dict[str, int] = {}
        for table in tables:
            self._files[table.name] = stream = paths[table.name].open("ab", buffering=0)
            os.ftruncate(stream.fileno(), keep[table.name])
            if keep[table.name] == 0:
                write_all(stream, render([_header(table)]))
            self._sizes[table.name] = os.fstat(stream.fileno()).st_size
        self._journal = Journal(directory, self._sizes)
        if committed is None:
            write_marker(directory)

    def _load(self, table: Table, path: Path, committed: int | None) -> int:
        """Read back ids, hashes, error sources and names from the first ``committed`` bytes of ``path``;
        the length to keep. Without a commit (an unmarked folder), a torn last record and rows whose
        report has no ``documents`` row are left out of the length to keep."""
        names = _header(table)
        owner = _owner(table)
        parent = next(iter(table.columns[owner].foreign_keys)).column.table.name if owner else ""
        keep = 0
        try:
            for index, (record, end) in enumerate(records(path, committed)):
                if index == 0 and record != names:
                    raise ForeignOutput(f"{path} has the header {','.join(record)[:200]!r}, not meetingparse's "
                                        f"{','.join(names)!r}: refusing to write into a folder meetingparse did "
                                        "not make; give a new or empty folder")
                if index == 0:
                    keep = end
                    continue
                if len(record) != len(names):
                    raise ForeignOutput(f"{path} has a row of {len(record)} fields where meetingparse writes "
                                        f"{len(names)}: {','.join(record)[:200]!r}")
                row = dict(zip(names, record))
                if committed is None and owner and row[owner] and int(row[owner]) > self._last_id.get(parent, 0):
                    break
                self._remember(table.name, row)
                keep = end
        except TornRecord:
            if committed is not None:
                raise ForeignOutput(f"{path} ends inside a quoted field within its committed length") from None
        except (csv.Error, UnicodeDecodeError) as error:
            raise ForeignOutput(f"{path} cannot be read as the CSV meetingparse writes: {error}") from None
        except ValueError as error:
            if isinstance(error, ForeignOutput):
                raise
            raise ForeignOutput(f"{path} holds a row meetingparse did not write: {error}") from None
        if committed is not None and keep != committed:
            raise ForeignOutput(f"{path}: its committed length {committed} does not end a row")
        if keep == 0:
            with path.open("rb") as stream:
                start = stream.read(4096)
            if not render([names]).startswith(start):  # more than a header a kill cut short
                raise ForeignOutput(f"{path} holds {start[:120]!r}, not a meetingparse table: "
                                    "give a new or empty folder")
        return keep

    def _remember(self, table: str, row: dict[str, str]) -> None:
        self._last_id[table] = max(self._last_id.get(table, 0), int(row["id"]))
        if table == "documents":
            self._hashes.add(row["content_hash"])
        elif table == "errors":
            self._errors.add(restore(row["source"]))
        elif table in ENTITY_TABLES:
            self._names[table][restore(row["name"])] = int(row["id"])

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
            self._added.append((table, name))
            self._pending.setdefault(table, []).append([self._names[table][name], _cell(name)])
        return self._names[table][name]

    def _store(self, rows: list[Row]) -> bool:
        """Render the report's rows, append them, sync, commit; on any failure (a value that cannot be
        encoded, a full disk, an interrupt) the files and the ids and names in memory are as before."""
        head = rows[0].values
        if rows[0].table == "documents" and head["content_hash"] in self._hashes:
            return False
        last_id = dict(self._last_id)
        try:
            ids: list[int] = []
            for row in rows:
                ids.append(self._next_id(row.table))
                values = {"id": ids[-1], **resolve_refs(row.values, ids, self._entity)}
                self._pending.setdefault(row.table, []).append(
                    [_cell(values[c.name]) for c in metadata.tables[row.table].columns])
            self._append({table: render(cells) for table, cells in self._pending.items()},
                         head.get("content_hash") or head["source"])
        except BaseException:
            self._last_id = last_id
            for table, name in self._added:
                del self._names[table][name]
            raise
        finally:
            self._pending = {}
            self._added = []
        if rows[0].table == "documents":
            self._hashes.add(head["content_hash"])
        else:
            self._errors.add(head["source"])
        return True

    def _append(self, chunks: dict[str, bytes], report: str) -> None:
        """Append each table's bytes, then commit the new lengths; undo the appends if anything fails."""
        sizes = dict(self._sizes)
        try:
            for table, chunk in chunks.items():
                write_all(self._files[table], chunk)
                sizes[table] += len(chunk)
            self._journal.commit(report, sizes)
        except BaseException:
            for table in chunks:
                os.ftruncate(self._files[table].fileno(), self._sizes[table])
            raise
        self._sizes = sizes

    def close(self) -> None:
        for stream in self._files.values():
            stream.close()
        if hasattr(self, "_journal"):
            self._journal.close()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
