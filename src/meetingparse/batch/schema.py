"""The relational schema of the sinks, as SQLAlchemy Core tables.

``persons`` and ``organizations`` hold one row per distinct name; the other
tables hang off ``documents`` one report at a time. Every value taken from the
text keeps its grounding: a ``NAME`` column with ``NAME_start``/``NAME_end``
(character offsets into the document's text, end exclusive).
"""

from __future__ import annotations

from sqlalchemy import (
    CHAR, Boolean, CheckConstraint, Column, Date, ForeignKey, Index, Integer, MetaData, String, Table, Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable

metadata = MetaData()


def _id() -> Column:
    return Column("id", Integer, primary_key=True, autoincrement=True)


def _ref(name: str, table: str, nullable: bool = False, **kwargs) -> Column:
    return Column(name, Integer, ForeignKey(f"{table}.id"), nullable=nullable, **kwargs)


def _grounded(name: str, nullable: bool = True) -> list[Column]:
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


def ddl(dialect: Dialect) -> str:
    """The CREATE TABLE and CREATE INDEX statements of the schema in ``dialect``."""
    statements = []
    for table in metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        statements.extend(str(CreateIndex(index).compile(dialect=dialect)).strip()
                          for index in sorted(table.indexes, key=lambda i: i.name or ""))
    return ";\n\n".join(statements) + ";\n"
