"""Kill ``meetingparse batch`` with SIGKILL at random moments, rerun it, and count what is stored.

For each sink (JSON Lines, CSV, SQLite and, when MEETINGPARSE_TEST_POSTGRES_URL is
set, PostgreSQL) and each worker count, every trial starts a run over an archive
of distinct reports, kills it at a random moment, reruns the same command to the
end, and checks that every report is stored exactly once (by its content hash)
and nothing else is. Prints one table row per sink and worker count. Usage::

    .venv/bin/python benchmarks/kill_trials.py [--trials 5] [--reports 40] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).with_name("meetingparse"))


def build_archive(folder: Path, count: int) -> set[str]:
    """``count`` distinct reports from the corpus as .txt files; their content hashes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus" / "reports").glob("*.txt"))][:count]
    folder.mkdir(parents=True)
    for i, report in enumerate(texts):
        (folder / f"{i:04}.txt").write_text(report, encoding="utf-8")
    return {hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts}


def stored_hashes(kind: str, out: str) -> list[str]:
    """The content hash of every stored document row, repeats included."""
    if kind in ("sqlite", "postgresql"):
        url = f"sqlite:///{out}" if kind == "sqlite" else out.replace("postgresql://", "postgresql+psycopg://", 1)
        engine = create_engine(url)
        with engine.connect() as connection:
            hashes = [row[0] for row in connection.execute(text("SELECT content_hash FROM documents"))]
        engine.dispose()
        return hashes
    if kind == "csv":
        csv.field_size_limit(2**31 - 1)
        with open(Path(out) / "documents.csv", encoding="utf-8", newline="") as stream:
            return [row["content_hash"] for row in csv.DictReader(stream)]
    lines = (json.loads(line) for line in Path(out).read_text(encoding="utf-8").splitlines() if line.strip())
    return [line["content_hash"] for line in lines if isinstance(line, dict) and "content_hash" in line]


def reset(kind: str, out: str) -> None:
    if kind == "postgresql":
        engine = create_engine(out.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        engine.dispose()


def trial(kind: str, out: str, archive: Path, workers: int, rng: random.Random) -> bool:
    command = [CLI, "batch", str(archive), "--out", out, "--workers", str(workers), "--reference-date", "2025-03-17"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(rng.uniform(1.0, 9.0))
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return finished.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sinks = ["jsonl", "csv", "sqlite"] + (["postgresql"] if os.environ.get("MEETINGPARSE_TEST_POSTGRES_URL") else [])
    print("| sink | workers | trials | every report exactly once | reruns that exited 0 |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "archive"
        expected = build_archive(archive, args.reports)
        for kind in sinks:
            for workers in (1, 2):
                held = clean = 0
                for number in range(args.trials):
                    out = {"jsonl": f"{scratch}/{kind}{workers}-{number}.jsonl",
                           "csv": f"{scratch}/{kind}{workers}-{number}/", "sqlite": f"{scratch}/{kind}{workers}-{number}.db",
                           "postgresql": os.environ.get("MEETINGPARSE_TEST_POSTGRES_URL", "")}[kind]
                    reset(kind, out)
                    clean += trial(kind, out, archive, workers, rng)
                    hashes = stored_hashes(kind, out)
                    held += len(hashes) == len(set(hashes)) and set(hashes) == expected
                print(f"| {kind} | {workers} | {args.trials} | {held} | {clean} |", flush=True)


if __name__ == "__main__":
    main()
