"""What a report's text must be before it is parsed, and how long one report may take.

The checks run before spaCy sees the text, so a bad report fails with a message
that names the problem instead of an error from deep inside the pipeline:

- a lone surrogate (text decoded with ``surrogateescape``, a JSON ``"\\ud800"``)
  cannot be encoded as UTF-8, so spaCy's string store and every sink refuse it;
- a text over the pipeline's ``max_length`` (spaCy's default is 1,000,000
  characters) would need more memory than the parser is built for.

NUL and other control characters are ordinary text here: they are parsed, and
their offsets count like any other character.
"""

from __future__ import annotations

import math
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # in a str, any surrogate is a lone one


class InvalidText(ValueError):
    """A text that cannot be parsed as it is; the message says what is wrong and where."""


class TextTooLong(InvalidText):
    """A text longer than the pipeline's ``max_length``."""


class ReportTimeout(TimeoutError):
    """One report took longer than its time limit."""


def check_text(text: object, max_length: int) -> str:
    """``text`` itself if it can be parsed; ``TypeError`` or :class:`InvalidText` otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    found = LONE_SURROGATE.search(text)
    if found:
        raise InvalidText(f"text has a lone surrogate U+{ord(found.group()):04X} at character {found.start()} "
                          "(decode the bytes strictly, or replace it, before parsing)")
    if len(text) > max_length:
        raise TextTooLong(f"text has {len(text):,} characters, more than the pipeline's limit of {max_length:,}; "
                          "split the report, or raise nlp.max_length if memory allows")
    return text


def check_timeout(seconds: float | None) -> float | None:
    """A time limit as given, None for no limit (None or infinity); ``ValueError`` for one that
    is no duration (zero, negative, NaN)."""
    if seconds is None or seconds == math.inf:
        return None
    if not seconds > 0:  # NaN fails this too
        raise ValueError(f"timeout must be a positive number of seconds or None, got {seconds!r}")
    return float(seconds)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ReportTimeout` in this block after ``seconds``. No limit when None; off the
    main thread, where no signal can reach; or while the caller runs an interval timer of its
    own, which this one would cancel (the caller's limit holds then)."""
    if (seconds is None or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ReportTimeout(f"parsing took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
