"""CSV cells that are safe in a spreadsheet and read back exactly.

**Formula cells.** A spreadsheet that opens a CSV file runs a cell starting
with ``=``, ``+``, ``-`` or ``@`` as a formula (and some treat a leading tab
or carriage return the same way), so a report's id, URL or title such as
``=HYPERLINK(...)`` could run when the table is opened. Every *text* value
whose first character after any leading apostrophes is one of these is
written with one more apostrophe in front (``=SUM(A1)`` is stored as
``'=SUM(A1)``, ``'=x`` as ``''=x``); a spreadsheet shows it as text. Values
we write ourselves (ids, offsets, positions, dates, booleans) are never
text and never touched. The rule is one-to-one, so :func:`restore` gives the
exact value back: drop one leading apostrophe from a cell that matches
``^'+[=+\\-@\\t\\r]``. Tools that read the tables for their data should do the same.

**Reading.** Values may hold any character (a lone ``\\r`` included) and be of
any length, so tables are read with the dialect they are written in (the
``excel`` dialect: fields with a delimiter, quote, ``\\r`` or ``\\n`` are
quoted) by :func:`records`, which splits lines on ``\\n`` only and lets the
reader join a quoted field over several lines, with the field-size limit raised
to the largest the platform takes.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

TRIGGERS = "=+-@\t\r"
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")


def neutralise(value: Any) -> Any:
    """``value`` as a cell no spreadsheet runs: a text value that would start a formula gains an apostrophe."""
    if isinstance(value, str) and _NEEDS_ESCAPE.match(value):
        return "'" + value
    return value


def restore(cell: str) -> str:
    """The value :func:`neutralise` was given for this cell."""
    return cell[1:] if _ESCAPED.match(cell) else cell


def render(rows: Iterable[list[Any]]) -> bytes:
    """``rows`` as CSV bytes in the dialect :func:`records` reads; raises before returning if a value
    cannot be encoded, so nothing half-made reaches a file."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def raise_field_limit() -> None:
    """Let the reader take fields of any length we may have written (``sys.maxsize`` where the platform's
    C long takes it, else the largest power-of-two fraction of it that does)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


class TornRecord(ValueError):
    """A record that ends before its last field does (the file ends inside a quoted field)."""


def records(path: Path, size: int | None = None) -> Iterator[tuple[list[str], int]]:
    """Each CSV record in the first ``size`` bytes of ``path`` (all of it when None), with the byte offset
    where it ends. A last line without its ``\\n`` is not read; a file that ends inside a quoted field
    raises :class:`TornRecord`; other malformed text raises ``csv.Error`` or ``UnicodeDecodeError``."""
    raise_field_limit()
    end = 0
    exhausted = False
    with path.open("rb") as stream:

        def lines() -> Iterator[str]:
            nonlocal end, exhausted
            for line in stream:
                if not line.endswith(b"\n") or (size is not None and end + len(line) > size):
                    break
                end += len(line)
                yield line.decode("utf-8")
            exhausted = True

        reader = csv.reader(lines(), strict=True)
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error:
                if exhausted:
                    raise TornRecord(f"{path.name} ends inside a quoted field") from None
                raise
            yield record, end
