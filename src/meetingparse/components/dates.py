"""Normalize the report's date phrases against its reference date.

Candidates are the model's DATE entities, widened to the part of day and
clock time around them ("on the afternoon of April 29", "at 6:15 pm on
Nov. 12"). Relative phrases ("today", "on Tuesday", "last evening") resolve
against ``doc._.mp_reference_date``; calendar phrases go to dateparser
(English only, past-preferring, cached) and only when they name a month.
Phrases that give no day ("last week", "2023") yield nothing: no date is
better than a wrong one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span

from .base import RuleComponent
from .marks import is_debris, text_of

_MONTH = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
          r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?")
_MONTH_RX = re.compile(rf"\b{_MONTH}\b", re.IGNORECASE)
_DAY_FIRST_RANGE = re.compile(rf"\b(?P<first>\d{{1,2}})(st|nd|rd|th)?\s*(-|–|to|and)\s*(?P<last>\d{{1,2}})(st|nd|rd|th)?\s+(of\s+)?(?P<month>{_MONTH})",
                              re.IGNORECASE)
_MONTH_FIRST_RANGE = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<first>\d{{1,2}})(st|nd|rd|th)?\s*(-|–|to|and)\s*(?P<last>\d{{1,2}})(st|nd|rd|th)?\b",
                                re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b")  # 25.11.15, 08-08-2018, 9/27/2016
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|hrs|h)?(?=\W|$)", re.IGNORECASE)
_CLOCK_RANGE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)",
                          re.IGNORECASE)  # "from 7 to 9:15 p.m.": the start shares the end's half of the day
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "moment": 0, "yesterday": -1, "tomorrow": 1}

# A year-less dateline read as most of a year before the reference date is really a day or
# so after it (a time-zone slip), not last year's: it does not become the reference then.
_DATELINE_REACH = dt.timedelta(days=180)
_DATELINE_TAIL = 40  # characters enough to reach a dateline's closing dash after its date

Doc.set_extension("mp_reference_date", default=None, force=True)
Doc.set_extension("mp_dates", default=None, force=True)


_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_DAYS = {word: day for day, word in enumerate(
    [*_UNIT_ORDINALS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth", *(f"twenty-{w}" for w in _UNIT_ORDINALS), "thirtieth",
     "thirty-first"], start=1)}  # "the first of March", "the twenty-third of May": days written as words
_ORDINAL_DAY = "(?:" + "|".join(w.replace("-", "[- ]") for w in sorted(_ORDINAL_DAYS, key=len, reverse=True)) + ")"
_ORDINAL_DAY_RX = re.compile(rf"\b{_ORDINAL_DAY}\b(?=\s+(?:of\s+)?{_MONTH}\b)")  # not "the second week of March"


def _day_in_figures(match: re.Match[str]) -> str:
    """A day written as an ordinal word before its month ("the first of March"), in figures."""
    return str(_ORDINAL_DAYS[match.group(0).replace(" ", "-")])


def _relative_offset(words: set[str], reference: dt.date) -> int | None:
    """Days from the reference date to a relative day phrase ("yesterday", "last evening",
    "on Tuesday": the latest such weekday, a week back after "last"), or None."""
    for word, offset in _RELATIVE_DAYS.items():
        if word in words:
            return offset
    if "last" in words and words & {"evening", "night"}:
        return -1
    if "this" in words and words & {"morning", "afternoon", "evening"}:
        return 0
    for index, day in enumerate(_WEEKDAYS):
        if day in words:
            back = (reference.weekday() - index) % 7
            return -(7 if "last" in words and back == 0 else back)
    return None


@dataclass(frozen=True)
class DateMention:
    """One day-level date phrase and its normalized value."""

    span: Span
    start: dt.date
    end: dt.date | None
    time: str | None
    part_of_day: str | None
    explicit: bool  # names a month and day (not only relative to the reference date)
    prospective: bool  # governed by a verb still to come ("the forum to be held on June 25", "will meet on")
    dateline: bool = False  # the date of a dateline ("BEIJING, March 3 (Xinhua) --"): the day of the report
    recorded: bool = False  # the date of an earlier sitting whose record is read ("the minutes of 6 July")


def shifted(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None past the calendar's ends (year 1 and 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


@lru_cache(maxsize=4096)
def parse_calendar(phrase: str, reference: dt.date | None) -> dt.date | None:
    """A month-and-day phrase as a date, the year taken from the reference date's past."""
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time(23, 59))
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except OverflowError:  # a year-less phrase read against a reference at the calendar's end
        return None
    return parsed.date() if parsed else None


def numeric_date(match: re.Match[str], reference: dt.date | None) -> dt.date | None:
    """An all-number date: day first with dots or dashes (25.11.15, 08-08-2018), and with
    slashes whichever of day first and month first gives a date (9/27/2016), the one nearest
    before the reference date when both do. A two-digit year is of the reference's century
    (or the one before, if that would put it past the reference), else of the 2000s."""
    first, separator, second, year_text = match.groups()
    year = int(year_text)
    if len(year_text) == 2:
        century = reference.year // 100 * 100 if reference is not None else 2000
        year += century if reference is None or century + year <= reference.year + 1 else century - 100
    orders = [(int(first), int(second))] if separator != "/" else [(int(first), int(second)), (int(second), int(first))]
    readings = []
    for day, month in orders:
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if reference is None:
        return readings[0]
    return min(readings, key=lambda d: (d > reference, abs((reference - d).days)))


@lru_cache(maxsize=1)
def _compile_dateparser() -> None:
    """Have dateparser compile its regular expressions while the pipeline loads: done
    lazily, they cost the first report with a date about half a second."""
    for phrase in ("3 March", "2 days ago", "March 3, 2021 at 10:00 UTC"):
        parse_calendar(phrase, None)


def _prospective(span: Span) -> bool:
    """Whether a date is still to come: a deadline ("until 24 April"), or governed by a verb
    still to come ("to be held", "the forum to open on", "will meet"), not a purpose ("held a
    reception to celebrate ... on 14 October")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in {"until", "till", "by", "before"}:
        return True  # a deadline: "runs until 24 April", "report by 28 February"
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & {"will", "shall", "'ll"}:
        return True
    scheduled = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"schedule", "due", "expect", "set", "plan"}
    return "to" in auxiliaries and ("be" in auxiliaries or verb.dep_ == "acl" or scheduled)


_RECORDS = {"minutes", "proceedings", "record", "records"}  # of an earlier sitting, read or approved
_RECORD_REACH = 8  # tokens from a record's noun to the date it gives


def _recorded(span: Span) -> bool:
    """Whether a date is an earlier sitting's whose record the text reads or approves ("take the
    Minutes of Parliament's sitting of Monday, 6th July", "the votes and proceedings of Tuesday
    were moved for approval"): the record named with an article, as prose names it; a heading
    ("MINUTES OF THE MEETING HELD ON ...", "Proceedings of the Senate of ...") dates this one."""
    doc = span.doc
    first = max(span.sent.start, span.start - _RECORD_REACH)
    return any(t.lower_ in _RECORDS and any(w.lower_ in {"the", "its", "their"} for w in doc[max(first, t.i - 3) : t.i])
               for t in doc[first : span.start])


def _clock(text: str) -> str | None:
    """The first clock time of a window, "19:00" for "7 p.m." or for "7 to 9:15 p.m."."""
    ranged = _CLOCK_RANGE.search(text)
    if ranged is not None:
        return _clock(f"{ranged.group(1)}:{ranged.group(2) or '00'} {ranged.group(3)}")
    for m in _CLOCK.finditer(text):
        hour, minute, suffix = int(m.group(1)), m.group(2), (m.group(3) or "").lower().replace(".", "").replace(" ", "")
        if not minute and suffix not in {"am", "pm"}:
            continue
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        if hour < 24 and int(minute or 0) < 60:
            return f"{hour:02d}:{int(minute or 0):02d}"
    return None


class DateFinder(RuleComponent):
    """Collect normalized date mentions into ``doc._.mp_dates`` in text order."""

    lexicons = ("part_of_day",)
    patterns = ("date_patterns", "datelines")

    def __init__(self, name: str, *, assets: str | None = None) -> None:
        super().__init__(name, assets=assets)
        _compile_dateparser()

    def _in_dateline(self, span: Span) -> bool:
        """Whether a date is a dateline's ("BEIJING, March 3 (Xinhua) --"), the day relative phrases count from."""
        line = text_of(span.doc)[span.sent.start_char : span.end_char + _DATELINE_TAIL]
        return any((m := rx.match(line)) and m.end() > span.end_char - span.sent.start_char for rx in self.rx["datelines"])

    def _candidates(self, doc: Doc) -> list[Span]:
        """DATE and TIME entities, and pattern matches the model missed or cut short ("6 Jun 2019"
        over "2019"), in text order."""
        found = {e.start: e for e in doc.ents if e.label_ in {"DATE", "TIME"}}  # by first token
        owner = {i: e.start for e in found.values() for i in range(e.start, e.end)}  # token -> its span
        text = text_of(doc)
        for rx in self.rx["date_patterns"]:
            for match in rx.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                overlapping = {owner[i] for i in range(span.start, span.end) if i in owner}
                if all(span.start <= start and found[start].end <= span.end or found[start].label_ == "TIME"
                       for start in overlapping):  # a time the model ran a date into: "7 to 9 p.m. Jan. 14"
                    for start in overlapping:
                        del found[start]
                    found[span.start] = span
                    owner.update((i, span.start) for i in range(span.start, span.end))
        return sorted((s for s in found.values() if not is_debris(s[0])), key=lambda s: s.start)

    def _widen(self, ent: Span) -> Span:
        """The DATE entity with the time-of-day words and TIME entity touching it."""
        doc, sent = ent.doc, ent.sent
        start, end = ent.start, ent.end
        while start > sent.start:
            prev = doc[start - 1]
            if prev.ent_type_ == "TIME" or prev.lower_ in self.lex["part_of_day"] or prev.lower_ in {"the", "of", "in"}:
                start -= 1
            else:
                break
        while end < sent.end:
            nxt = doc[end]
            timed = nxt.ent_type_ == "TIME" or nxt.lower_ in self.lex["part_of_day"]
            leads_to_time = nxt.lower_ in {"in", "the"} and end + 1 < sent.end and (
                doc[end + 1].ent_type_ == "TIME" or doc[end + 1].lower_ in {"the"} | self.lex["part_of_day"])
            if not (timed or leads_to_time):  # "in the afternoon", "the morning"
                break
            end += 1
        while start < ent.start and doc[start].lower_ in {"the", "of", "in"}:
            start += 1
        while end > ent.end and doc[end - 1].lower_ in {"the", "in"}:
            end -= 1
        if start > ent.start and doc[start - 1].lower_ == "the" and doc[start].lower_ in self.lex["part_of_day"]:
            start -= 1
        return doc[start:end]

    def _part_of_day(self, span: Span) -> str | None:
        for token in span:
            word = token.lower_
            if word in {"morning", "afternoon", "evening"}:
                return word
            if word in {"night", "tonight"}:
                return "evening"
        return None

    def _resolve(self, text: str, reference: dt.date | None) -> tuple[dt.date, dt.date | None, bool] | None:
        lower = text.lower()
        iso = _ISO.search(lower)
        if iso:
            try:
                return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), None, True
            except ValueError:
                return None
        numeric = _NUMERIC.search(lower)
        if numeric:
            day = numeric_date(numeric, reference)
            return (day, None, True) if day is not None else None
        if _MONTH_RX.search(lower):
            return self._resolve_calendar(lower, reference)
        if reference is None:
            return None
        offset = _relative_offset(set(re.findall(r"[a-z]+", lower)), reference)
        day = shifted(reference, offset) if offset is not None else None
        return (day, None, False) if day is not None else None

    def _resolve_calendar(self, lower: str, reference: dt.date | None) -> tuple[dt.date, dt.date | None, bool] | None:
        year = _YEAR.search(lower)
        if year is None and reference is None:
            return None  # a year-less date with nothing to resolve it against: never the machine's clock
        year_text = f" {year.group(1)}" if year else ""
        cleaned = re.sub(r"\b(" + "|".join(_WEEKDAYS) + r")\b,?", " ", lower)
        cleaned = _ORDINAL_DAY_RX.sub(_day_in_figures, cleaned)
        cleaned = re.sub(r"\b(on|in|at|the|of|from|last|past|this|morning|afternoon|evening|night)\b", " ", cleaned)
        for rx in (_DAY_FIRST_RANGE, _MONTH_FIRST_RANGE):
            m = rx.search(cleaned)
            if m:
                start = parse_calendar(f"{m['month']} {m['first']}{year_text}", reference)
                end = parse_calendar(f"{m['month']} {m['last']}{year_text}", reference)
                if start and end and end >= start:
                    return start, end, True
        day = parse_calendar(" ".join(cleaned.split()), reference)
        return (day, None, True) if day else None

    def __call__(self, doc: Doc) -> Doc:
        reference = doc._.mp_reference_date
        mentions: list[DateMention] = []
        times = _Times(doc)
        for ent in self._candidates(doc):
            resolved = self._resolve(ent.text, reference)
            if resolved is None:
                continue
            span = self._widen(ent)
            window = doc[max(span.sent.start, span.start - 6) : min(span.sent.end, span.end + 6)]
            start, end, explicit = resolved
            dateline = explicit and self._in_dateline(ent)
            if dateline and (reference is None or reference - start < _DATELINE_REACH):
                reference = start
            mentions.append(DateMention(span, start, end, _clock(times.within(window)),
                                        self._part_of_day(span) or self._part_of_day(window),
                                        explicit, _prospective(span), dateline, _recorded(span)))
        doc._.mp_dates = mentions
        return doc


class _Times:
    """The doc's TIME entities, found inside a window by bisection (``Span.ents`` walks every
    entity of the doc at each call: a report of a thousand dates would cost a million steps)."""

    def __init__(self, doc: Doc) -> None:
        self.entities = [e for e in doc.ents if e.label_ == "TIME"]
        self.starts = [e.start for e in self.entities]

    def within(self, window: Span) -> str:
        """The text of the TIME entities inside ``window``, joined by spaces."""
        first = bisect.bisect_left(self.starts, window.start)
        last = bisect.bisect_left(self.starts, window.end)
        return " ".join(e.text for e in self.entities[first:last] if e.end <= window.end)


@Language.factory("meetingparse_dates", default_config={"assets": None})
def make_dates(nlp: Language, name: str, assets: str | None) -> DateFinder:
    """Factory of the date finder."""
    return DateFinder(name, assets=assets)
