"""The batch loop: read, skip what the sink holds, parse in chunks, store each report whole."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from ..api import ParseFailure, parse_many
from ..pipeline import DEFAULT_MODEL
from ..records import MeetingRecord
from .items import SourceDocument, SourceError, SourceSkip
from .limits import ReadLimits
from .rows import Outcome, content_hash
from .sinks import Sink
from .sources import estimate_count, read_sources

Task = tuple[SourceDocument, str]  # a report and its content hash
DEFAULT_TIMEOUT = 60.0  # seconds one report may take: a hundred times a long report's usual cost


@dataclass
class Summary:
    """What a run did: reports read, parsed, skipped (already stored), failed, inputs ignored
    (not reports, by reason), and how long it took."""

    read: int = 0
    parsed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[SourceError] = field(default_factory=list)
    ignored: list[SourceSkip] = field(default_factory=list)

    def fail(self, error: SourceError) -> None:
        self.failed += 1
        self.failures.append(error)

    def text(self) -> str:
        lines = [f"failed: {e.source}: {e.error_class}: {e.message}" for e in self.failures]
        lines += [f"ignored: {s.source}: {s.reason}" for s in self.ignored]
        rate = self.read / self.seconds if self.seconds else 0.0
        ignored = f", ignored {len(self.ignored)} inputs that are not reports" if self.ignored else ""
        lines.append(f"read {self.read}, parsed {self.parsed}, skipped {self.skipped}, failed {self.failed}{ignored} "
                     f"in {self.seconds:.1f} s ({rate:.1f} docs/s)")
        return "\n".join(lines)


def parse_chunk(chunk: list[tuple[str, str, dt.date | None]], model: str, timeout: float | None) -> list[Outcome]:
    """Records for ``(source, text, reference_date)`` triples; a report that fails (or runs past
    ``timeout`` seconds) gets its error instead."""
    outcomes = parse_many([(text, ref) for _, text, ref in chunk], batch_size=len(chunk), model=model,
                          errors="return", timeout=timeout)
    return [SourceError.of(chunk[o.index][0], o.exception) if isinstance(o, ParseFailure) else o for o in outcomes]


def _start_worker() -> None:
    """End this worker if the run that started it is killed (the pool would leave it waiting)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


class _Parser:
    """Parses chunks in this process (one worker) or in a pool, handing back outcomes in order."""

    def __init__(self, workers: int, model: str, timeout: float | None) -> None:
        self.model = model
        self.timeout = timeout
        self.window = 2 * workers
        self.pool = ProcessPoolExecutor(workers, initializer=_start_worker) if workers > 1 else None
        self.pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()

    def submit(self, tasks: list[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Queue a chunk; yield the results of whatever chunks are done or must be waited for."""
        chunk = [(doc.source, doc.text, doc.reference_date) for doc, _ in tasks]
        if self.pool is None:
            yield from zip(tasks, parse_chunk(chunk, self.model, self.timeout))
            return
        self.pending.append((tasks, self.pool.submit(parse_chunk, chunk, self.model, self.timeout)))
        while len(self.pending) >= self.window or (self.pending and self.pending[0][1].done()):
            yield from self._oldest()

    def drain(self) -> Iterator[tuple[Task, Outcome]]:
        while self.pending:
            yield from self._oldest()

    def _oldest(self) -> Iterator[tuple[Task, Outcome]]:
        """The oldest chunk's outcomes; a dead worker (``BrokenProcessPool``) stops the run."""
        tasks, future = self.pending.popleft()
        yield from zip(tasks, future.result())

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def run_batch(inputs: Iterable[Path], sink: Sink, *, workers: int = 1, reference_date: dt.date | None = None,
              model: str = DEFAULT_MODEL, chunk_size: int = 16, progress: bool = False,
              timeout: float | None = DEFAULT_TIMEOUT, limits: ReadLimits = ReadLimits()) -> Summary:
    """Parse every report under ``inputs`` into ``sink``, skipping reports it already holds.

    ``reference_date`` stands for reports that carry none of their own (a JSON
    Lines field), and wins over the date a page's markup states. Reports go to
    the parser ``chunk_size`` at a time; one that takes more than ``timeout``
    seconds, or is larger than ``limits`` allow, is stored as an error.
    """
    inputs = list(inputs)
    summary = Summary()
    started = time.perf_counter()
    bar = tqdm(total=estimate_count(inputs) if progress else None, disable=not progress, unit="doc",
               dynamic_ncols=True, smoothing=0.1)
    in_flight: set[str] = set()
    parser = _Parser(workers, model, timeout)

    def store(results: Iterable[tuple[Task, Outcome]]) -> None:
        for (doc, digest), outcome in results:
            in_flight.discard(digest)
            if not sink.write_document(doc, digest, outcome):
                summary.skipped += 1
            elif isinstance(outcome, MeetingRecord):
                summary.parsed += 1
            else:
                summary.fail(outcome)
            bar.update()

    try:
        chunk: list[Task] = []
        for item in read_sources(inputs, limits):
            if isinstance(item, SourceSkip):
                summary.ignored.append(item)
                continue
            summary.read += 1
            if isinstance(item, SourceError):
                summary.fail(item)
                if not sink.has_error(item.source):
                    sink.write_error(item)
                bar.update()
                continue
            digest = content_hash(item.text)
            if digest in in_flight or sink.seen(digest):
                summary.skipped += 1
                bar.update()
                continue
            in_flight.add(digest)
            chunk.append((replace(item, reference_date=item.reference_date or reference_date or item.page_date), digest))
            if len(chunk) == chunk_size:
                store(parser.submit(chunk))
                chunk = []
        if chunk:
            store(parser.submit(chunk))
        store(parser.drain())
    finally:
        parser.close()
        bar.close()
        summary.seconds = time.perf_counter() - started
    return summary
