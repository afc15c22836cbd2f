"""The JSON Lines sink: one line per report, to a file or stdout.

Every line starts with ``"meetingparse": SCHEMA_VERSION``: each line says who
wrote it and in which layout, so a reader needs to skip nothing, outputs can be
concatenated, and a file that is not ours (or of another version) is told
apart before anything is appended to it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, NoReturn

from ..items import SourceDocument, SourceError
from ..rows import Outcome
from ..schema import PRODUCER, SCHEMA_VERSION, ForeignOutput
from .base import Sink

MARK = PRODUCER  # the key that starts every line; its value is the schema version
_START = json.dumps({MARK: SCHEMA_VERSION})[:-1].encode() + b","  # how every line we write begins


# The exact fields of the lines meetingparse 0.1 wrote, before lines were marked: a file of
# such lines is an earlier output of ours, read back and appended to.
_DOCUMENT_FIELDS = ("id", "source", "content_hash", "reference_date", "url", "title", "status")
_UNMARKED_LINES = (frozenset((*_DOCUMENT_FIELDS, "record")), frozenset((*_DOCUMENT_FIELDS, "error")),
                   frozenset(("source", "status", "error")))


def _describe(value: Any) -> str:
    kinds = {list: "a JSON array", str: "a JSON string", int: "a number", float: "a number", bool: "true or false"}
    return kinds.get(type(value), "null")


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
            self._reopen(path)
        self._file = path.open("a", encoding="utf-8")

    def _reopen(self, path: Path) -> None:
        """Read back what ``path`` holds, refusing it unless every line is ours; then cut off the
        unfinished last line a killed run left (only once the file is known to be ours).

        A line is ours once its newline is written, so an unfinished last line after lines of ours
        is a killed run's and is cut whatever it holds; alone, it must look like the start of ours.
        """
        good = 0
        with path.open("rb") as stream:
            for number, line in enumerate(stream, 1):
                if not line.endswith(b"\n"):
                    if not good and not (line.startswith(_START) or _START.startswith(line)):
                        self._refuse(path, f"its last line, unfinished, does not start like ours ({line[:40]!r})")
                    break
                good += len(line)
                if line.strip():
                    self._remember(path, number, line)
        if good < path.stat().st_size:
            with path.open("rb+") as stream:
                stream.truncate(good)

    def _remember(self, path: Path, number: int, line: bytes) -> None:
        try:
            data = json.loads(line)
        except ValueError:
            self._refuse(path, f"line {number} is not JSON ({line[:40]!r})")
        if not isinstance(data, dict):
            self._refuse(path, f"line {number} is {_describe(data)}, not a JSON object")
        if MARK not in data and frozenset(data) not in _UNMARKED_LINES:
            self._refuse(path, f"line {number} has no {MARK!r} field (its fields: {', '.join(list(data)[:8])})")
        if data.get(MARK, SCHEMA_VERSION) != SCHEMA_VERSION:
            self._refuse(path, f"line {number} is of schema version {data[MARK]!r}")
        if isinstance(data.get("content_hash"), str):
            self._hashes.add(data["content_hash"])
        elif isinstance(data.get("source"), str):
            self._errors.add(data["source"])
        else:
            self._refuse(path, f"line {number} has neither a content_hash nor a source")

    @staticmethod
    def _refuse(path: Path, found: str) -> NoReturn:
        raise ForeignOutput(f"{path} is not a meetingparse JSON Lines output of schema version {SCHEMA_VERSION}: "
                            f"{found}; refusing to write to it")

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
        self._file.write(json.dumps({MARK: SCHEMA_VERSION, **line}, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not sys.stdout:
            self._file.close()


def _error_json(error: SourceError) -> dict[str, str]:
    return {"class": error.error_class, "message": error.message}
