"""meetingparse: meeting-report text into validated, grounded, structured records."""

from .api import parse, parse_many
from .pipeline import ModelNotInstalledError, load
from .records import MeetingRecord

__all__ = ["MeetingRecord", "ModelNotInstalledError", "load", "parse", "parse_many"]
__version__ = "0.1.0"
