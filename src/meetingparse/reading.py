"""Read report files as text, with one clear reason when a file cannot be read."""

from __future__ import annotations

from pathlib import Path


class UnreadableReport(Exception):
    """A report file that cannot be read as UTF-8 text; the message says why."""


def read_report(path: Path) -> str:
    """The UTF-8 text of a report file, or ``UnreadableReport`` naming the reason."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableReport("no such file") from None
    except IsADirectoryError:
        raise UnreadableReport("is a directory") from None
    except PermissionError:
        raise UnreadableReport("permission denied") from None
    except OSError as error:
        raise UnreadableReport(error.strerror or str(error)) from None
    if b"\x00" in data:
        raise UnreadableReport("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableReport(f"not UTF-8 text (byte {error.start})") from None
