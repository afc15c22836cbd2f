#!/usr/bin/env python3
"""Regenerate corpus/manifest.csv, one row per report pair in corpus/reports/.

Inputs (all beside this script):
  incoming/*.csv     the writers' rows for the rewritten real reports
                     (id,genre,country,words,format,source_kind,source_url,notes)
  incoming_late/*.csv  rows of the same shape for rewritten real reports written
                     after the splits were locked
  original_rows.csv  the hand-assigned rows for the 40 dev originals and the 28
                     heldout reports written in-house
                     (id,genre,country,words,format,source_kind,source_url,tags)
  reports/ID.txt, reports/ID.json   each report and its gold record

What is recomputed rather than copied, for every row:
  words            the `wc -w` count of reports/ID.txt (runs of ASCII whitespace)
  null_chair, null_venue, null_organizer, online, hybrid
                   from the gold json (chair / location / organizer null; mode)
Every other tag (long, debris, relative_date, non_native, ...) is kept as given.
Tags are written with ";" separators in a fixed order (unknown tags last).

Split:
  dev originals (source_kind dev_original)       -> train
  heldout reports (source_kind written_heldout)  -> train
  late rewritten reports (source_kind rewritten_late, from incoming_late/) -> train
  (shuffling them into their genres would move locked test reports into train or dev
  and make test scores before and after incomparable)
  (the hand rules were written on both, so neither can tell a general design from one
  fitted to them)
  rewritten real reports, per genre: the genre's ids sorted, shuffled with
  random.Random(2026) (a fresh generator per genre), then the first
  round(0.45 * n) -> test, the next round(0.20 * n) -> dev, the rest -> train.
  (Python's round: halves go to the even number, so n = 10 gives 4 test.)

Usage: python3 make_manifest.py     (standard library only; rewrites manifest.csv)
"""
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
OUT = HERE / "manifest.csv"

HEADER = ["id", "split", "genre", "country", "words", "format",
          "source_kind", "source_url", "tags"]
INCOMING_HEADER = ["id", "genre", "country", "words", "format",
                   "source_kind", "source_url", "notes"]
ORIGINAL_HEADER = [h for h in HEADER if h != "split"]

GENRES = {
    "council", "school_board", "un_intergov", "parliament", "cn_university",
    "cn_government", "cn_company_hospital", "sa_af_university", "ngo_workshop",
    "company_agm", "union_association", "church", "sports", "embassy", "health",
    "cabinet_ministry", "govt_news", "other",
}
FORMATS = {"prose", "minutes", "list", "transcript"}
TAG_ORDER = ["long", "debris", "relative_date", "null_chair", "null_venue",
             "null_organizer", "online", "hybrid", "non_native"]
GOLD_TAGS = {"null_chair", "null_venue", "null_organizer", "online", "hybrid"}

SEED = 2026
TEST_SHARE, DEV_SHARE = 0.45, 0.20


def word_count(path: Path) -> int:
    """The count `wc -w` prints: runs of non-whitespace bytes."""
    return len(path.read_bytes().split())


def gold_tags(gold: dict) -> set:
    tags = set()
    if gold.get("chair") is None:
        tags.add("null_chair")
    if gold.get("location") is None:
        tags.add("null_venue")
    if gold.get("organizer") is None:
        tags.add("null_organizer")
    if gold.get("mode") in ("online", "hybrid"):
        tags.add(gold["mode"])
    return tags


def parse_tags(text: str) -> list:
    """Split on ';', trim, and join any inner run of spaces with '_'."""
    return ["_".join(t.split()) for t in text.split(";") if t.strip()]


def read_rows(path: Path, header: list, tag_column: str) -> list:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        got = next(reader)
        if got != header:
            sys.exit(f"{path.name}: header {got} != {header}")
        rows = []
        for n, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                sys.exit(f"{path.name}:{n}: {len(values)} fields")
            row = dict(zip(header, (v.strip() for v in values)))
            row["tags"] = parse_tags(row.pop(tag_column))
            rows.append(row)
        return rows


def main() -> None:
    rows = []
    for path in sorted((HERE / "incoming").glob("*.csv")):
        for row in read_rows(path, INCOMING_HEADER, "notes"):
            row["source_kind"] = "rewritten_real"
            rows.append(row)
    for path in sorted((HERE / "incoming_late").glob("*.csv")):
        for row in read_rows(path, INCOMING_HEADER, "notes"):
            row["source_kind"] = "rewritten_late"
            rows.append(row)
    rows += read_rows(HERE / "original_rows.csv", ORIGINAL_HEADER, "tags")

    ids = Counter(r["id"] for r in rows)
    dupes = sorted(i for i, c in ids.items() if c > 1)
    pairs = {p.stem for p in REPORTS.glob("*.txt")} & {p.stem for p in REPORTS.glob("*.json")}
    loose = {p.stem for p in REPORTS.iterdir() if p.suffix in (".txt", ".json")} - pairs
    problems = []
    if dupes:
        problems.append(f"duplicate ids: {dupes}")
    if set(ids) - pairs:
        problems.append(f"rows without a report pair: {sorted(set(ids) - pairs)}")
    if pairs - set(ids):
        problems.append(f"report pairs without a row: {sorted(pairs - set(ids))}")
    if loose:
        problems.append(f"unpaired files: {sorted(loose)}")
    for r in rows:
        if r["genre"] not in GENRES:
            problems.append(f"{r['id']}: unknown genre {r['genre']!r}")
        if r["format"] not in FORMATS:
            problems.append(f"{r['id']}: unknown format {r['format']!r}")
    if problems:
        sys.exit("\n".join(problems))

    for r in rows:
        r["words"] = word_count(REPORTS / f"{r['id']}.txt")
        gold = json.loads((REPORTS / f"{r['id']}.json").read_text(encoding="utf-8"))
        tags = {t for t in r["tags"] if t not in GOLD_TAGS} | gold_tags(gold)
        r["tags"] = ";".join([t for t in TAG_ORDER if t in tags]
                             + sorted(tags - set(TAG_ORDER)))

    by_genre = defaultdict(list)
    for r in rows:
        kind = r["source_kind"]
        if kind in {"dev_original", "written_heldout", "rewritten_late"}:
            r["split"] = "train"
        elif kind == "rewritten_real":
            by_genre[r["genre"]].append(r["id"])
        else:
            sys.exit(f"{r['id']}: unknown source_kind {kind!r}")
    split_of = {}
    for genre, genre_ids in by_genre.items():
        order = sorted(genre_ids)
        random.Random(SEED).shuffle(order)
        n_test = round(TEST_SHARE * len(order))
        n_dev = round(DEV_SHARE * len(order))
        for k, report_id in enumerate(order):
            split_of[report_id] = ("test" if k < n_test
                                   else "dev" if k < n_test + n_dev else "train")
    for r in rows:
        if r["source_kind"] == "rewritten_real":
            r["split"] = split_of[r["id"]]

    rows.sort(key=lambda r: r["id"])
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows({h: r[h] for h in HEADER} for r in rows)

    splits = Counter(r["split"] for r in rows)
    print(f"wrote {OUT.name}: {len(rows)} rows "
          + ", ".join(f"{s} {splits[s]}" for s in ("train", "dev", "test")))


if __name__ == "__main__":
    main()
