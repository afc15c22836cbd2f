"""Fuzz ``meetingparse.parse`` with seeded inputs and print what broke and how long it took.

Inputs come in three families, in turn: the shipped reports mutated (spans cut,
doubled or shuffled, reports joined, odd characters and brackets inserted,
line breaks changed), random strings over mixed alphabets, and extreme shapes
(deep brackets and quotes, long runs of dates, thousands of short lines, one
endless sentence, long lists of names). Each input runs under a time limit.
The table counts exceptions other than the documented refusals
(``InvalidText``), time-outs, grounding violations (a value whose offsets do
not quote the text) and records that do not serialize, and gives the slowest
time per 10 KB. Cost is the process's CPU time, so other work on the machine does
not inflate it; the slowest inputs are timed again through the bare spaCy model,
which shows how much of their cost is the model's own. Usage::

    .venv/bin/python benchmarks/fuzz.py [--inputs 10000] [--seed 1] [--limit 20] [--save DIR]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

import meetingparse
from meetingparse import pipeline
from meetingparse.limits import InvalidText, ReportTimeout, time_limit

REPO = Path(__file__).resolve().parents[1]
ODD = ["\x00", "\r", "\u2028", "\u200b", "\ufeff", "\u202e", "\u0301", "\t", "\x0b", "\x1b", "😀", "—", "“", "”",
       "«", "»", "(", ")", "[", "]", '"', "'", "-", ".", ",", ":", ";", "Mr.", "Dept.", "Pre-", "\ud800", "\udfff",
       "﷽", "ß", "İ", "ǅ", "Ⅻ", "١٢", "\n", "\n\n", " ", "  "]
ALPHABETS = [string.printable, string.ascii_letters + " .,\n", "αβγδ абв 中文字 ئۇيغۇر हिन्दी .,;\n",
             "".join(ODD), string.digits + "/-.: ", "()[]{}\"'«»“” \n"]
DATES = ["March 3, 2021", "3 March", "on Tuesday", "yesterday", "2021-03-03", "the afternoon of May 6", "last week",
         "9999-12-31", "0001-01-01", "December 31", "Jan. 1", "14-16 June 2024"]
NAMES = ["Mr. Li Wei", "Dr. Ama Boateng", "Prof. Rahul Verma", "Hon. Chidi Okafor", "Cllr J Smith", "Ms. Park Min-seo"]


def corpus() -> list[str]:
    paths = sorted((REPO / "samples").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def mutated(rng: random.Random, reports: list[str]) -> str:
    text = rng.choice(reports)
    for _ in range(rng.randint(1, 4)):
        text = rng.choice(MUTATIONS)(rng, text, reports)
    return text


def _cut(rng: random.Random, text: str, reports: list[str]) -> str:
    a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
    return text[:a] + text[b:]


def _double(rng: random.Random, text: str, reports: list[str]) -> str:
    a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
    return text[:b] + text[a:b] * rng.randint(1, 5) + text[b:]


def _join(rng: random.Random, text: str, reports: list[str]) -> str:
    return "\n\n".join([text] + rng.sample(reports, rng.randint(1, min(4, len(reports)))))


def _insert(rng: random.Random, text: str, reports: list[str]) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
    return "".join(chars)


def _shuffle_lines(rng: random.Random, text: str, reports: list[str]) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def _line_breaks(rng: random.Random, text: str, reports: list[str]) -> str:
    return text.replace("\n", rng.choice(["\r", "\r\n", "", " ", "\n\n\n", "\u2028"]))


def _case(rng: random.Random, text: str, reports: list[str]) -> str:
    return rng.choice([str.upper, str.lower, str.title, str.swapcase])(text)


MUTATIONS: list[Callable[[random.Random, str, list[str]], str]] = [
    _cut, _double, _join, _insert, _shuffle_lines, _line_breaks, _case]


def random_text(rng: random.Random, reports: list[str]) -> str:
    alphabet = rng.choice(ALPHABETS)
    return "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 10, 200, 2000, 8000])))


def extreme(rng: random.Random, reports: list[str]) -> str:
    n = rng.choice([50, 300, 1000, 3000])
    shapes = [
        lambda: "(" * n + "The meeting was held in Hall 2." + ")" * n,
        lambda: "The chair said " + '"he said ' * n + "yes" + '"' * n,
        lambda: "The meeting was held on " + ", ".join(rng.choice(DATES) for _ in range(n)) + ".",
        lambda: "\n".join(rng.choice(["Present:", "Apologies:", "1.", "Mr. Li", "Resolved.", "-", ""]) for _ in range(n)),
        lambda: "The meeting was attended by " + ", ".join(rng.choice(NAMES) for _ in range(n)) + ".",
        lambda: " and ".join(rng.choice(NAMES) + " said that the council would act" for _ in range(n // 10 + 1)) + ".",
        lambda: "x" * (n * 20),
        lambda: "[" * n + "«" * n + "“" * n + " Li said so.",
        lambda: ("Dept. " * n) + "Li.",
        lambda: "\n" * n + rng.choice(reports) + "\n" * n,
    ]
    return rng.choice(shapes)()


FAMILIES = [("mutated", mutated), ("random", random_text), ("extreme", extreme)]
REFERENCES = [None, "2024-05-01", "0001-01-01", "9999-12-31"]


def run_one(text: str, reference: str | None, limit: float) -> tuple[str, float]:
    """The outcome of one input: ok, refused (a documented refusal), timeout, grounding,
    unserializable, or an exception's class name; and the CPU seconds it took."""
    started = time.process_time()
    try:
        with time_limit(limit):
            record = meetingparse.parse(text, reference)
    except InvalidText:
        return "refused", time.process_time() - started
    except ReportTimeout:
        return "timeout", time.process_time() - started
    except Exception as error:
        return type(error).__name__, time.process_time() - started
    seconds = time.process_time() - started
    try:
        record.check_grounding(text)
    except ValueError:
        return "grounding", seconds
    try:
        json.dumps(record.model_dump(mode="json"))
    except (TypeError, ValueError):
        return "unserializable", seconds
    return "ok", seconds


def per_10kb(seconds: float, text: str) -> float:
    """Seconds per 10 KB of text; inputs under 1 KB count as 1 KB."""
    return seconds / max(len(text), 1_000) * 10_000


def model_alone(text: str) -> float:
    """CPU seconds the bare spaCy model takes on a text (its tokenizer and trained components only)."""
    nlp = pipeline.load()
    started = time.process_time()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if not name.startswith("meetingparse"):
            doc = component(doc)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=20.0, help="seconds one input may take")
    parser.add_argument("--save", type=Path, help="write each failing input here")
    parser.add_argument("--slowest", type=int, default=5, help="list this many of the slowest inputs")
    args = parser.parse_args()
    reports = corpus()
    meetingparse.parse("Warm-up.")
    outcomes: collections.Counter[str] = collections.Counter()
    slowest: list[tuple[float, str, str]] = []  # (s per 10 KB, family, text), worst first
    total_chars = total_seconds = 0.0
    for i in range(args.inputs):
        rng = random.Random(args.seed * 1_000_003 + i)
        family, make = FAMILIES[i % len(FAMILIES)]
        text = make(rng, reports)
        outcome, seconds = run_one(text, rng.choice(REFERENCES), args.limit)
        outcomes[outcome] += 1
        total_chars += len(text)
        total_seconds += seconds
        if outcome == "ok":
            slowest = sorted([*slowest, (per_10kb(seconds, text), family, text)], key=lambda s: -s[0])[:args.slowest]
        if outcome not in ("ok", "refused"):
            print(f"input {i} ({family}, {len(text)} chars): {outcome} in {seconds:.1f} s", file=sys.stderr)
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{i:05}-{outcome}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    failures = sum(n for o, n in outcomes.items() if o not in ("ok", "refused"))
    print("| inputs | ok | refused (documented) | exceptions | time-outs | grounding violations | "
          "worst s per 10 KB | mean s per 10 KB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    exceptions = failures - outcomes["timeout"] - outcomes["grounding"]
    worst, family, text = slowest[0] if slowest else (0.0, "", "")
    print(f"| {args.inputs} | {outcomes['ok']} | {outcomes['refused']} | {exceptions} | {outcomes['timeout']} | "
          f"{outcomes['grounding']} | {worst:.2f} ({family}, {len(text):,} chars) | "
          f"{total_seconds / max(total_chars, 1) * 10_000:.2f} |")
    print("\nslowest inputs, s per 10 KB (CPU): meetingparse | the spaCy model alone")
    for cost, family, text in slowest:
        print(f"  {cost:.2f} | {per_10kb(model_alone(text), text):.2f}  {family}, {len(text):,} chars: {text[:60]!r}")
    for outcome, n in sorted(outcomes.items()):
        if outcome not in ("ok", "refused", "timeout", "grounding"):
            print(f"  {outcome}: {n}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
