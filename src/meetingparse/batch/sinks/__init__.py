"""Where the records go: JSON Lines, CSV (one file per table), SQLite or PostgreSQL.

Every sink knows the content hashes it already holds (so a rerun skips them) and
the sources it already holds errors for, and stores each report whole or not
at all, so a run killed at any moment leaves only complete reports behind.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from .base import Sink
from .csvfiles import CsvSink
from .jsonl import JsonlSink
from .sql import SqlSink

__all__ = ["FORMATS", "CsvSink", "JsonlSink", "Sink", "SqlSink", "UnknownSink", "open_sink", "sink_format"]

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
