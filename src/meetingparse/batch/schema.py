"""The relational schema of the sinks, as SQLAlchemy Core tables.

``persons`` and ``organizations`` hold one row per distinct name; the other
tables hang off ``documents`` one report at a time. Every value taken from the
text keeps its grounding: a ``NAME`` column with ``NAME_start``/``NAME_end``
(character offsets into the document's text, end exclusive).

``confidences`` holds the calibrated probabilities of a meeting's values, one row
per value that has one: ``item`` names a single-valued field of the record
(``position`` 0) or a list item (``participant`` at its participation's
position, ``organization``, or ``point`` counted over all the speeches' points).
It came after meetingparse 0.1 (:data:`TABLES_OF_0_1`), in a table of its own so
that outputs written before it are read and extended unchanged.

``meetingparse_meta`` marks a database as ours: its producer and
:data:`SCHEMA_VERSION`. It sits in its own :class:`MetaData` because it has no
``id`` and holds no report, so code that walks the report tables never meets it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    CHAR,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable

PRODUCER = "meetingparse"
SCHEMA_VERSION = 1
"""The version of every output's layout (tables, JSON Lines fields): bump it when they change, so an
output of another version is refused instead of being read or written wrongly."""

metadata = MetaData()


class ForeignOutput(ValueError):
    """An output that meetingparse did not write, or wrote with another schema version.

    Raised before anything is written, so the output is left exactly as it was
    found; the message says what was found there.
    """


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _ref(name: str, table: str, nullable: bool = False, **kwargs: Any) -> Column[int]:
    return Column(name, Integer, ForeignKey(f"{table}.id"), nullable=nullable, **kwargs)


def _grounded(name: str, nullable: bool = True) -> list[Column[Any]]:
    return [Column(name, Text, nullable=nullable), Column(f"{name}_start", Integer, nullable=nullable),
            Column(f"{name}_end", Integer, nullable=nullable)]


documents = Table(
    "documents", metadata, _id(),
    Column("key", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("content_hash", CHAR(64), nullable=False, unique=True),
    Column("reference_date", Date),
    Column("url", Text),
    Column("title", Text),
    Column("status", String(16), nullable=False),
    CheckConstraint("status IN ('parsed', 'failed')", name="documents_status"),
    Index("ix_documents_source", "source"),
)

errors = Table(
    "errors", metadata, _id(),
    Column("source", Text, nullable=False, unique=True),
    _ref("document_id", "documents", nullable=True, index=True),
    Column("error_class", Text, nullable=False),
    Column("message", Text, nullable=False),
)

persons = Table("persons", metadata, _id(), Column("name", Text, nullable=False, unique=True))

organizations = Table("organizations", metadata, _id(), Column("name", Text, nullable=False, unique=True))

meetings = Table(
    "meetings", metadata, _id(),
    _ref("document_id", "documents", unique=True),
    *_grounded("title"),
    Column("kind", Text),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_time", String(5)),
    Column("part_of_day", String(16)),
    *_grounded("date_text"),
    *_grounded("location"),
    Column("mode", String(16)),
    *_grounded("organizer"),
    _ref("organizer_id", "organizations", nullable=True, index=True),
    _ref("chair_id", "persons", nullable=True, index=True),
)

participations = Table(
    "participations", metadata, _id(),
    _ref("meeting_id", "meetings", index=True),
    _ref("person_id", "persons", index=True),
    Column("position", Integer, nullable=False),
    Column("listed", Boolean, nullable=False),
    *_grounded("title"),
    *_grounded("organization"),
    _ref("organization_id", "organizations", nullable=True, index=True),
    Column("roles", Text, nullable=False),
)

mentions = Table(
    "mentions", metadata, _id(),
    _ref("participation_id", "participations", index=True),
    Column("position", Integer, nullable=False),
    *_grounded("text", nullable=False),
)

meeting_organizations = Table(
    "meeting_organizations", metadata, _id(),
    _ref("meeting_id", "meetings", index=True),
    _ref("organization_id", "organizations", index=True),
    Column("position", Integer, nullable=False),
    *_grounded("text", nullable=False),
)

attendee_groups = Table(
    "attendee_groups", metadata, _id(),
    _ref("meeting_id", "meetings", index=True),
    Column("position", Integer, nullable=False),
    *_grounded("text", nullable=False),
)

speeches = Table(
    "speeches", metadata, _id(),
    _ref("meeting_id", "meetings", index=True),
    _ref("person_id", "persons", index=True),
    Column("position", Integer, nullable=False),
    Column("speaker", Text, nullable=False),
)

points = Table(
    "points", metadata, _id(),
    _ref("speech_id", "speeches", index=True),
    Column("position", Integer, nullable=False),
    *_grounded("text", nullable=False),
)

TABLES_OF_0_1 = frozenset({
    "documents", "errors", "persons", "organizations", "meetings", "participations", "mentions",
    "meeting_organizations", "attendee_groups", "speeches", "points",
})
"""The tables meetingparse 0.1 wrote: an output holding only these is extended, not refused."""

confidences = Table(
    "confidences", metadata, _id(),
    _ref("meeting_id", "meetings", index=True),
    Column("item", String(16), nullable=False),
    Column("position", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
)


marker = MetaData()

meta = Table(
    "meetingparse_meta", marker,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def meta_rows() -> list[dict[str, str]]:
    """The rows of ``meetingparse_meta`` in an output of this version."""
    return [{"name": "producer", "value": PRODUCER}, {"name": "schema_version", "value": str(SCHEMA_VERSION)}]


def ddl(dialect: Dialect, marked: bool = False) -> str:
    """The CREATE TABLE and CREATE INDEX statements of the schema in ``dialect``; ``marked`` adds
    ``meetingparse_meta`` with its rows, without which the SQL sink refuses a database holding our tables."""
    statements = []
    for table in metadata.sorted_tables + (marker.sorted_tables if marked else []):
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        statements.extend(str(CreateIndex(index).compile(dialect=dialect)).strip()
                          for index in sorted(table.indexes, key=lambda i: i.name or ""))
    if marked:
        statements.extend(str(meta.insert().values(**row).compile(dialect=dialect,
                                                                  compile_kwargs={"literal_binds": True}))
                          for row in meta_rows())
    return ";\n\n".join(statements) + ";\n"
