"""The heading of a meeting's own record ("MINUTES OF THE BOARD OF MANAGEMENT MEETING OF X
HELD ON 16TH JANUARY 2025 IN THE SCHOOL STAFFROOM"): when a page opens with one, the meeting
it names is the meeting the page reports, and its words up to "held", a date, a comma or the
line's end are that meeting's name. A place it gives after "held" ("in the school staffroom")
is the venue; so is what a labelled line gives ("Venue: Council Chamber, County Buildings").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexical import is_spaced_dash
from .marks import is_debris, text_of

_FIRST_LINES = 10  # a record's heading stands among the page's first lines, after a letterhead
_NAME_ENDS = {"held", "convened", "conducted", "which", "that", "dated"}
_LOOSE_ENDS = {"of", "on", "at", "in", "for", "the", "and"}
_HEADING_KEY = "mp_record_heading"


def record_heading(doc: Doc, openings: tuple[re.Pattern[str], ...]) -> Span | None:
    """The meeting name a record's heading gives; None for a page that does not open with one."""
    lines = _heading_lines(doc, openings)
    return _name_part(lines[0]) if lines else None


def _heading_lines(doc: Doc, openings: tuple[re.Pattern[str], ...]) -> list[Span]:
    """The words a record's label gives on each heading line, found once per doc (the
    meeting reader asks for them at every meeting noun, the venue reader once more)."""
    if _HEADING_KEY not in doc.user_data:
        doc.user_data[_HEADING_KEY] = [(line.start, line.end) for line in labelled_lines(doc, openings, _FIRST_LINES)]
    return [doc[start:end] for start, end in doc.user_data[_HEADING_KEY]]


def labelled_line(doc: Doc, labels: tuple[re.Pattern[str], ...], lines: int) -> Span | None:
    """The words the first label gives among a page's first ``lines`` lines."""
    return next(iter(labelled_lines(doc, labels, lines)), None)


def labelled_lines(doc: Doc, labels: tuple[re.Pattern[str], ...], lines: int) -> list[Span]:
    """The rest of each of a page's first ``lines`` lines that opens with a label (or, for a
    label pattern with a ``name`` group, that group: the words before a closing label, "X -
    Minutes"); the page's furniture (menus, breadcrumbs, tickers) is neither read nor counted."""
    text = text_of(doc)
    found = []
    start, counted = 0, 0
    while counted < lines and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        indent = len(line) - len(line.lstrip())
        if line.strip() and not _is_furniture(doc, start + indent, end):
            counted += 1
            match = next((m for label in labels if (m := label.match(line, indent)) is not None), None)
            span = None if match is None else _labelled(doc, match, start, end)
            if span is not None:
                found.append(span)
        start = end + 1
    return found


def _labelled(doc: Doc, match: re.Match[str], start: int, end: int) -> Span | None:
    """What a label matched on the line from ``start`` to ``end`` gives: its ``name`` group,
    else the rest of the line, or the next line where the label stands alone ("Chair:" / "Cllr X")."""
    if "name" in match.re.groupindex:
        return doc.char_span(start + match.start("name"), start + match.end("name"), alignment_mode="contract")
    if not match.string[match.end():].strip():
        return _next_line(doc, end)
    return doc.char_span(start + match.end(), end, alignment_mode="contract")


def _next_line(doc: Doc, end: int) -> Span | None:
    """The next line of the page with words on it, after the line break at ``end``."""
    text = text_of(doc)
    start = end + 1
    while start < len(text):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        if text[start:stop].strip():
            return doc.char_span(start, stop, alignment_mode="contract")
        start = stop + 1
    return None


def _is_furniture(doc: Doc, start: int, end: int) -> bool:
    """Whether a line of the page is its debris (a menu, a breadcrumb, a ticker)."""
    line = doc.char_span(start, end, alignment_mode="expand")
    return line is not None and len(line) > 0 and is_debris(line[0])


def heading_place(doc: Doc, openings: tuple[re.Pattern[str], ...], venue_words: frozenset[str]) -> Span | None:
    """The place a record's heading gives after "held" ("... HELD ON 16TH JANUARY 2025 IN THE
    SCHOOL STAFFROOM AT 10.00 AM"), on the first heading line that gives one with a venue word."""
    return next((place for line in _heading_lines(doc, openings) if (place := _held_at(line, venue_words)) is not None),
                None)


def _held_at(line: Span, venue_words: frozenset[str]) -> Span | None:
    """The place after "held ... in/at" on one heading line, or set off by a comma after its
    date ("Regular Session of X, 24 October 2007, City Hall"), when it has a venue word."""
    held = next((t.i for t in line if t.lower_ == "held"), None)
    if held is None:
        return _after_date(line, venue_words)
    at = next((t.i for t in line[held - line.start :] if t.lower_ in {"in", "at"} and not _times_next(t)), None)
    if at is None:
        return None
    first = at + 1 + (line.doc[at + 1].lower_ == "the")
    end = next((t.i for t in line.doc[first : line.end] if _ends_place(t)), line.end)
    place = line.doc[first:end]
    return place if len(place) and any(t.lower_ in venue_words for t in place) else None


_LONGEST_PLACE_LINE = 10


def dated_place_line(doc: Doc, venue_words: frozenset[str], lines: int) -> Span | None:
    """The place a record's heading gives on a line of its own beside the date ("Shilla Hotel,
    Seoul" over "Wednesday, 13 September 1995 at 9.00 a.m.") or after the date and a dash ("14-15
    June 2022 – UNDP Istanbul Regional Hub, Istanbul") or a comma ("12 July 2015, Gateway Hotel,
    Port Moresby"): a short line without a verb that holds a venue word, among the page's first
    ``lines`` lines."""
    rows = _lines(doc)[:lines]
    for k, row in enumerate(rows):
        place = _place_beside_date(row, venue_words)  # "14-15 June 2022 – X Hotel, Y", "12 July 2015, X Hotel, Y"
        if place is not None:
            return place
        beside = [rows[j] for j in (k - 1, k + 1) if 0 <= j < len(rows)]
        if any(_is_date(b) for b in beside) and _reads_as_place(row, venue_words):
            return row
    return None


def _place_beside_date(row: Span, venue_words: frozenset[str]) -> Span | None:
    """The place a heading's line gives beside its date, parted by a spaced dash (" – ", not
    "12-13 June"), else by its first or its last comma ("12 July 2015, X Hotel, Y", "X Hotel, Y,
    16th March 2010"); of two readings, the one whose date is shorter (no town taken for it)."""
    dash = next((t.i for t in row if t.i > row.start and is_spaced_dash(t)), None)
    commas = [t.i for t in row if t.text == ","]
    marks = [dash] if dash is not None else list(dict.fromkeys(commas[:1] + commas[-1:]))
    readings = []
    for mark in marks:
        before, after = row.doc[row.start : mark], row.doc[mark + 1 : row.end]
        readings += [(len(date), place) for date, place in ((before, after), (after, before))
                     if _is_date(date) and _reads_as_place(place, venue_words)]
    return min(readings, key=lambda reading: reading[0])[1] if readings else None


def _lines(doc: Doc) -> list[Span]:
    """The page's non-empty lines as spans, without their spaces."""
    found, start = [], 0
    for token in doc:
        if token.is_space or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                found.append(doc[start:end])
            start = token.i + 1
    if start < len(doc):
        found.append(doc[start:])
    return found


def _is_date(line: Span) -> bool:
    """A line (or the part of one) that is mostly a date or a time, not a postcode."""
    words = [t for t in line if not t.is_punct]
    dated = [t.ent_type_ in {"DATE", "TIME"} for t in words]
    return any(dated) and sum(d or t.like_num for d, t in zip(dated, words)) >= 0.6 * len(words)


def _reads_as_place(line: Span, venue_words: frozenset[str]) -> bool:
    """A short verbless line whose first part ends in a venue word ("Lakeview Hotel, Kisumu"),
    not a body's name that holds one ("Board of Governors of X School for Girls")."""
    words = [t for t in line if not t.is_punct]
    comma = next((t.i for t in line if t.text == ","), line.end)
    return (0 < len(words) <= _LONGEST_PLACE_LINE and not any(t.pos_ in {"VERB", "AUX"} for t in words)
            and comma > line.start and line.doc[comma - 1].lower_ in venue_words)


def _times_next(preposition: Token) -> bool:
    """Whether a time or date follows a preposition ("at 10.00 AM", "in January")."""
    doc = preposition.doc
    return preposition.i + 1 < len(doc) and (doc[preposition.i + 1].ent_type_ in {"DATE", "TIME"}
                                             or doc[preposition.i + 1].like_num)


def _after_date(line: Span, venue_words: frozenset[str]) -> Span | None:
    """The words after a heading's date and a comma, to the line's end, when they end in a venue word."""
    dated = [t.i for t in line if t.ent_type_ == "DATE"]
    if not dated or dated[-1] + 2 >= line.end or line.doc[dated[-1] + 1].text != ",":
        return None
    place = line.doc[dated[-1] + 2 : line.end]
    return place if place[-1].lower_ in venue_words else None


def _ends_place(token: Token) -> bool:
    """Where a heading's place stops: a time or date after it, a bracket, a dash or a semicolon."""
    return (token.lower_ in {"at", "on", "from"} and _times_next(token)) or token.text in {"(", "-", "–", "—", ";"} \
        or token.is_space


def _name_part(words: Span) -> Span | None:
    """The heading's words up to where the meeting's name ends."""
    cut = next((t.i for t in words if _ends_name(t)), words.end)
    while cut > words.start and words.doc[cut - 1].lower_ in _LOOSE_ENDS:
        cut -= 1  # "meeting of" before a date
    name = words.doc[words.start : cut]
    return name if len(name) else None


def _ends_name(token: Token) -> bool:
    """Where a name in a heading stops: "held", a date or time, a comma, a bracket or a dash."""
    return (token.lower_ in _NAME_ENDS or token.ent_type_ in {"DATE", "TIME"} or token.is_space
            or token.text in {",", "(", "-", "–", "—", ":", ";"})
