"""The public entry points: parse one report, or stream many through one ``nlp.pipe``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Union

from spacy.language import Language
from spacy.tokens import Doc

from .assemble import assemble
from .components.marks import remember_text, text_of
from .pipeline import DEFAULT_MODEL, load
from .records import MeetingRecord

DateLike = Union[dt.date, str, None]
Item = Union[str, tuple[str, DateLike], Mapping[str, Any]]


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


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return text


def _split_item(item: Item) -> tuple[str, dt.date | None]:
    if isinstance(item, str):
        return item, None
    if isinstance(item, Mapping):
        if "text" not in item:
            raise TypeError("a dict item needs a 'text' key")
        return _check_text(item["text"]), coerce_reference_date(item.get("reference_date"))
    if isinstance(item, tuple) and len(item) == 2:
        return _check_text(item[0]), coerce_reference_date(item[1])
    raise TypeError(f"items must be str, (text, reference_date) or dicts with 'text', got {type(item).__name__}")


def _prepared(nlp: Language, text: str, reference: dt.date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.mp_reference_date = reference
    remember_text(doc, text)
    return doc


def parse(text: str, reference_date: DateLike = None, *, model: str = DEFAULT_MODEL) -> MeetingRecord:
    """The meeting record of one report; ``reference_date`` resolves year-less and relative dates."""
    reference = coerce_reference_date(reference_date)
    if not _check_text(text).strip():
        return MeetingRecord()
    nlp = load(model)
    return assemble(nlp(_prepared(nlp, text, reference)))


def _parse_serially(items: Iterable[Item], batch_size: int, model: str) -> Iterator[MeetingRecord]:
    nlp = load(model)
    pairs = (_split_item(item) for item in items)
    docs = (_prepared(nlp, text, reference) for text, reference in pairs)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield assemble(doc) if text_of(doc).strip() else MeetingRecord()


def _parse_chunk(chunk: list[Item], batch_size: int, model: str) -> list[dict]:
    return [r.model_dump(mode="json") for r in _parse_serially(chunk, batch_size, model)]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def parse_many(items: Iterable[Item], *, batch_size: int = 32, n_process: int = 1,
               model: str = DEFAULT_MODEL) -> Iterator[MeetingRecord]:
    """Records for many reports, streamed in input order.

    ``items`` are texts, ``(text, reference_date)`` pairs, or dicts with
    ``text`` and optional ``reference_date``. With ``n_process > 1`` chunks
    of ``batch_size`` items go to worker processes, each running ``nlp.pipe``.
    """
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be at least 1")
    if n_process == 1:
        yield from _parse_serially(items, batch_size, model)
        return
    with ProcessPoolExecutor(max_workers=n_process) as pool:
        chunks = _chunks(items, batch_size)
        for records in pool.map(_parse_chunk, chunks, _repeat(batch_size), _repeat(model)):
            yield from (MeetingRecord.model_validate(r) for r in records)


def _repeat(value: Any) -> Iterator[Any]:
    while True:
        yield value
