"""Where the records go: JSON Lines, CSV (one file per table), SQLite or PostgreSQL.

Every sink knows the content hashes it already holds (so a rerun skips them) and
the sources it already holds errors for, and stores each report whole or not
at all, so a run killed at any moment leaves only complete reports behind.

Opening a sink refuses an output that is not ours (:class:`ForeignOutput`)
before writing anything, and a database that cannot be reached raises
:class:`SinkUnavailable`; no message carries a URL's password
(:func:`describe_target` gives ``--out`` as it may be shown).
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..schema import ForeignOutput
from .base import Sink
from .csvfiles import CsvSink
from .csvfolder import FolderInUse
from .jsonl import JsonlSink
from .sql import SinkUnavailable, SqlSink, masked

__all__ = ["FORMATS", "CsvSink", "FolderInUse", "ForeignOutput", "JsonlSink", "Sink", "SinkUnavailable", "SqlSink", "UnknownSink",
           "describe_target", "open_sink", "sink_format"]

FORMATS = ("jsonl", "csv", "sqlite", "postgresql")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


class UnknownSink(ValueError):
    """An ``--out`` whose kind of sink cannot be told."""


def describe_target(out: str) -> str:
    """``out`` as a message may show it: a URL with its password as ``***``, anything else unchanged."""
    if "://" not in out:
        return out
    try:
        return masked(out)
    except (ArgumentError, ValueError):  # a URL SQLAlchemy cannot read may still hold a password: mask it
        return re.sub(r"(://[^/@:]*:)[^/]*@", r"\1***@", out)


def _url(out: str) -> URL:
    try:
        return make_url(out)
    except (ArgumentError, ValueError) as error:  # its message never holds the URL; name it, masked
        raise UnknownSink(f"cannot read the database URL {describe_target(out)}: {error}") from None


def sink_format(out: str) -> str:
    """The kind of sink ``out`` names: ``-`` and ``*.jsonl`` JSON Lines, ``*.db`` SQLite, a URL, or a folder for CSV."""
    if out == "-":
        return "jsonl"
    if "://" in out:
        backend = _url(out).get_backend_name()
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
        url = _url(out)
        return SqlSink(url.set(drivername="postgresql+psycopg") if url.drivername in ("postgresql", "postgres") else url)
    raise UnknownSink(f"unknown format {kind!r}: one of {', '.join(FORMATS)}")
