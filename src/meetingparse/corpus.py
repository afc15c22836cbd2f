"""Read a gold corpus: a folder of ``ID.txt`` reports with ``ID.json`` gold records, or a
corpus folder with a ``manifest.csv`` (``id``, ``split``, ``genre``, ...) and its reports in
``reports/``, of which a split can be chosen."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .reading import UnreadableReport, read_report

MANIFEST = "manifest.csv"


class CorpusError(ValueError):
    """A corpus folder that cannot be read as one; the message says why."""


@dataclass(frozen=True)
class GoldReport:
    """One report of a corpus with its gold record and, from a manifest, its genre and split."""

    id: str
    text: str
    gold: dict[str, Any]
    genre: str | None = None
    split: str | None = None


def read_corpus(folder: Path, split: str | None = None) -> list[GoldReport]:
    """The reports of a corpus folder, in id order; ``split`` needs a manifest."""
    if not folder.is_dir():
        raise CorpusError(f"{folder} is not a directory")
    manifest = folder / MANIFEST
    if manifest.is_file():
        return _from_manifest(folder, manifest, split)
    if split is not None:
        raise CorpusError(f"--split needs a {MANIFEST} in {folder}")
    reports = [_gold_report(path) for path in sorted(folder.glob("*.txt")) if path.with_suffix(".json").is_file()]
    if not reports:
        raise CorpusError(f"no ID.txt with ID.json in {folder}")
    return reports


def _from_manifest(folder: Path, manifest: Path, split: str | None) -> list[GoldReport]:
    with manifest.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    missing = {"id", "split", "genre"} - set(rows[0] if rows else {})
    if missing:
        raise CorpusError(f"{manifest} lacks the column(s) {', '.join(sorted(missing))}")
    splits = sorted({row["split"] for row in rows})
    if split is not None and split not in splits:
        raise CorpusError(f"no split {split!r} in {manifest}; it has {', '.join(splits)}")
    chosen = [row for row in rows if split is None or row["split"] == split]
    return [_gold_report(folder / "reports" / f"{row['id']}.txt", row["genre"], row["split"])
            for row in sorted(chosen, key=lambda row: row["id"])]


def _gold_report(text_path: Path, genre: str | None = None, split: str | None = None) -> GoldReport:
    gold_path = text_path.with_suffix(".json")
    try:
        text = read_report(text_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (UnreadableReport, OSError, ValueError) as error:
        raise CorpusError(f"{text_path.stem}: {error}") from None
    return GoldReport(text_path.stem, text, gold, genre, split)
