"""Batch runs over report archives: sources in, records out to JSON Lines, CSV or SQL sinks."""

from .items import SourceDocument, SourceError, SourceSkip
from .limits import ReadLimits
from .runner import Summary, run_batch
from .sinks import FORMATS, Sink, UnknownSink, open_sink
from .sources import read_sources

__all__ = ["FORMATS", "ReadLimits", "Sink", "SourceDocument", "SourceError", "SourceSkip", "Summary", "UnknownSink",
           "open_sink", "read_sources", "run_batch"]
