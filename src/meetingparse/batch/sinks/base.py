"""What every sink does, and the row-resolving part shared by the table sinks."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from ..items import SourceDocument, SourceError
from ..rows import Named, Outcome, Ref, Row, document_rows, error_rows

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


class TableSink(Sink):
    """A sink that stores the rows of ``rows.py``, resolving references to ids as it goes."""

    def write_document(self, document: SourceDocument, digest: str, outcome: Outcome) -> bool:
        return self._store(document_rows(document, digest, outcome))

    def write_error(self, error: SourceError) -> None:
        self._store(error_rows(error))

    @abstractmethod
    def _store(self, rows: list[Row]) -> bool:
        """Store one report's rows whole; False when its document row was already there."""


def resolve_refs(values: dict[str, Any], ids: list[int], entity: Callable[[str, str], int]) -> dict[str, Any]:
    """``values`` with each :class:`Ref` replaced by the id it points to and each :class:`Named` by its row's id."""
    def value(v: Any) -> Any:
        if isinstance(v, Ref):
            return ids[v.index]
        if isinstance(v, Named):
            return entity(v.table, v.name)
        return v
    return {key: value(v) for key, v in values.items()}
