"""meetingparse: meeting-report text into validated, grounded, structured records."""

from .api import ParseFailure, parse, parse_many
from .limits import InvalidText, ReportTimeout, TextTooLong
from .pipeline import ModelNotInstalledError, load
from .records import MeetingRecord

__all__ = ["InvalidText", "MeetingRecord", "ModelNotInstalledError", "ParseFailure", "ReportTimeout",
           "TextTooLong", "load", "parse", "parse_many"]
__version__ = "0.1.0"
