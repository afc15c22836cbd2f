"""What reading an archive yields: reports, errors of what could not be read, and skips."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Union


def printable(name: str) -> str:
    """A file or member name as text every sink can store: the bytes of a name that is not
    UTF-8 (read as lone surrogates) become ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class SourceDocument:
    """One report read from the archive; ``source`` says where it was found. ``reference_date``
    is the report's own (a JSON Lines field); ``page_date`` the date a page's markup states,
    used only when neither the report nor the run gives one."""

    id: str
    source: str
    text: str
    reference_date: dt.date | None = None
    url: str | None = None
    title: str | None = None
    page_date: dt.date | None = None


@dataclass(frozen=True)
class SourceError:
    """A report, file or archive member that could not be read."""

    source: str
    error_class: str
    message: str

    @classmethod
    def of(cls, source: str, error: BaseException) -> SourceError:
        return cls(source, type(error).__name__, str(error) or type(error).__name__)


@dataclass(frozen=True)
class SourceSkip:
    """An input that is not a report (counted and listed by reason, never stored)."""

    source: str
    reason: str


Item = Union[SourceDocument, SourceError, SourceSkip]
