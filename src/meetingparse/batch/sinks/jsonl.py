"""The JSON Lines sink: one line per report, to a file or stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..rows import Outcome
from ..items import SourceDocument, SourceError
from .base import Sink


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
