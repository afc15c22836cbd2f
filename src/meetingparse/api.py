"""The public entry points: parse one report, or stream many through one ``nlp.pipe``."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import count, islice
from typing import Any, Literal, Union, overload

from spacy.language import Language
from spacy.tokens import Doc

from .assemble import assemble
from .components.marks import remember_text
from .limits import check_text, check_timeout, time_limit
from .pipeline import DEFAULT_MODEL, load
from .records import MeetingRecord
from .tokenize import make_doc

DateLike = Union[dt.date, str, None]
Item = Union[str, tuple[str, DateLike], Mapping[str, Any]]
ErrorPolicy = Literal["raise", "skip", "return"]


def coerce_reference_date(value: DateLike) -> dt.date | None:
    """A reference date from a ``datetime.date`` or an ISO string; ``ValueError`` otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"reference_date must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise ValueError(f"reference_date must be a datetime.date or an ISO date string, got {type(value).__name__}")


def _split_item(item: Item) -> tuple[object, dt.date | None]:
    if isinstance(item, str):
        return item, None
    if isinstance(item, Mapping):
        if "text" not in item:
            raise TypeError("a dict item needs a 'text' key")
        return item["text"], coerce_reference_date(item.get("reference_date"))
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], coerce_reference_date(item[1])
    raise TypeError(f"items must be str, (text, reference_date) or dicts with 'text', got {type(item).__name__}")


def _prepared(nlp: Language, text: str, reference: dt.date | None) -> Doc:
    doc = make_doc(nlp, text)
    doc._.mp_reference_date = reference
    remember_text(doc, text)
    return doc


def _record(nlp: Language, text: str, reference: dt.date | None) -> MeetingRecord:
    """The record of one checked text, through the whole pipeline."""
    return assemble(nlp(_prepared(nlp, text, reference)))


def parse(text: str, reference_date: DateLike = None, *, model: str = DEFAULT_MODEL,
          timeout: float | None = None) -> MeetingRecord:
    """The meeting record of one report; ``reference_date`` resolves year-less and relative dates.

    Raises ``TypeError`` for a text that is not a ``str``, :class:`~meetingparse.InvalidText`
    for one with a lone surrogate or longer than the pipeline's ``max_length``, and
    :class:`~meetingparse.ReportTimeout` when ``timeout`` seconds pass first.
    """
    reference = coerce_reference_date(reference_date)
    limit = check_timeout(timeout)
    if isinstance(text, str) and not text.strip():
        return MeetingRecord()
    nlp = load(model)
    checked = check_text(text, nlp.max_length)
    with time_limit(limit):
        return _record(nlp, checked, reference)


@dataclass(frozen=True)
class ParseFailure:
    """A report that ``parse_many(errors="return")`` could not parse, yielded in its place:
    its position in the input, and the error."""

    index: int
    error_class: str
    message: str
    exception: BaseException = field(repr=False, compare=False)

    @classmethod
    def of(cls, index: int, error: BaseException) -> ParseFailure:
        return cls(index, type(error).__name__, str(error) or type(error).__name__, _portable(error))


def _portable(error: BaseException) -> BaseException:
    """The error itself if it survives pickling (it may come back from a worker process),
    else a ``RuntimeError`` that says what it was."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


Outcome = Union[MeetingRecord, ParseFailure]


@dataclass
class _Report:
    """One checked input of a chunk and, once known, its outcome."""

    index: int
    text: str = ""
    reference: dt.date | None = None
    outcome: Outcome | None = None


def _checked(nlp: Language, index: int, item: Item) -> _Report:
    """The report an input gives; a bad item, reference date or text is its failure at once,
    and a blank text its empty record."""
    try:
        text, reference = _split_item(item)
        report = _Report(index, check_text(text, nlp.max_length), reference)
    except (TypeError, ValueError) as error:
        return _Report(index, outcome=ParseFailure.of(index, error))
    if not report.text.strip():
        report.outcome = MeetingRecord()
    return report


def _parse_one(nlp: Language, report: _Report, timeout: float | None) -> Outcome:
    try:
        with time_limit(timeout):
            return _record(nlp, report.text, report.reference)
    except Exception as error:  # one report's failure is that report's outcome
        return ParseFailure.of(report.index, error)


def _chunk_outcomes(chunk: list[Item], first: int, model: str, timeout: float | None) -> list[Outcome]:
    """The outcomes of one chunk, through one ``nlp.pipe``; when that fails (or runs past the
    chunk's share of time), its reports again one at a time, so that only the bad ones fail."""
    nlp = load(model)
    reports = [_checked(nlp, index, item) for index, item in zip(count(first), chunk)]
    todo = [r for r in reports if r.outcome is None]
    try:
        with time_limit(timeout * len(todo) if timeout is not None and todo else None):
            docs = nlp.pipe((_prepared(nlp, r.text, r.reference) for r in todo), batch_size=len(chunk))
            outcomes: list[Outcome] = [assemble(doc) for doc in docs]
    except Exception:  # find the report(s) that failed
        outcomes = [_parse_one(nlp, r, timeout) for r in todo]
    for report, outcome in zip(todo, outcomes):
        report.outcome = outcome
    return [r.outcome for r in reports if r.outcome is not None]


def _chunk_in_worker(chunk: list[Item], first: int, model: str, timeout: float | None) -> list[Any]:
    """A worker's outcomes, records as JSON data (cheaper to send back than models)."""
    return [o.model_dump(mode="json") if isinstance(o, MeetingRecord) else o
            for o in _chunk_outcomes(chunk, first, model, timeout)]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _all_outcomes(items: Iterable[Item], batch_size: int, n_process: int, model: str,
                  timeout: float | None) -> Iterator[Outcome]:
    firsts = count(0, batch_size)
    if n_process == 1:
        load(model)  # a missing model stops the call here, before any report
        for chunk in _chunks(items, batch_size):
            yield from _chunk_outcomes(chunk, next(firsts), model, timeout)
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        chunks = _chunks(items, batch_size)
        results = pool.map(_chunk_in_worker, chunks, firsts, _repeat(model), _repeat(timeout))
        for outcomes in results:
            yield from (o if isinstance(o, ParseFailure) else MeetingRecord.model_validate(o) for o in outcomes)


@overload
def parse_many(items: Iterable[Item], *, batch_size: int = ..., n_process: int = ..., model: str = ...,
               errors: Literal["raise", "skip"] = ..., timeout: float | None = ...) -> Iterator[MeetingRecord]: ...
@overload
def parse_many(items: Iterable[Item], *, batch_size: int = ..., n_process: int = ..., model: str = ...,
               errors: Literal["return"], timeout: float | None = ...) -> Iterator[Outcome]: ...
def parse_many(items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1, model: str = DEFAULT_MODEL,
               errors: ErrorPolicy = "raise", timeout: float | None = None) -> Iterator[Outcome]:
    """Records for many reports, streamed in input order.

    ``items`` are texts, ``(text, reference_date)`` pairs, or dicts with
    ``text`` and optional ``reference_date``. With ``n_process > 1`` chunks
    of ``batch_size`` items go to worker processes, each running ``nlp.pipe``.

    A report that cannot be parsed (a bad item, an :class:`~meetingparse.InvalidText`,
    an error inside the pipeline, more than ``timeout`` seconds) never costs the others:
    ``errors="raise"`` (the default) raises its error when the stream reaches it,
    ``"skip"`` leaves it out, ``"return"`` yields a :class:`ParseFailure` in its place.
    A spaCy pipeline that is not installed always raises at once.
    """
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be at least 1")
    if errors not in ("raise", "skip", "return"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'return', got {errors!r}")
    for outcome in _all_outcomes(items, batch_size, n_process, model, check_timeout(timeout)):
        if isinstance(outcome, ParseFailure):
            if errors == "raise":
                raise outcome.exception
            if errors == "skip":
                continue
        yield outcome


def _repeat(value: Any) -> Iterator[Any]:
    while True:
        yield value
