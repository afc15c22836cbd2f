"""The kinds of input file a run reads, told by the name's suffix."""

from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar.gz", ".tgz")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + ZIP_SUFFIXES + TAR_SUFFIXES


def kind_of(name: str) -> str | None:
    """The input suffix that ``name`` ends with (case-insensitive), or None if unsupported."""
    lower = name.lower()
    return next((suffix for suffix in SUFFIXES if lower.endswith(suffix)), None)
