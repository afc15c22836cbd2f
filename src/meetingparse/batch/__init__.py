"""Batch runs over report archives: sources in, records out to JSON Lines, CSV or SQL sinks."""

from .runner import Summary, run_batch
from .sinks import FORMATS, Sink, UnknownSink, open_sink
from .sources import SourceDocument, SourceError, read_sources

__all__ = ["FORMATS", "Sink", "SourceDocument", "SourceError", "Summary", "UnknownSink", "open_sink",
           "read_sources", "run_batch"]
