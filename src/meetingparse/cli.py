"""The ``meetingparse`` command line: parse, eval, schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .api import coerce_reference_date, parse_many
from .evaluate import evaluate
from .pipeline import DEFAULT_MODEL, ModelNotInstalledError
from .reading import UnreadableReport, read_report
from .records import MeetingRecord

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn meeting-report text into structured, grounded records.")

ModelOption = typer.Option(DEFAULT_MODEL, "--model", help="Installed spaCy pipeline to build on.")


def _fail(message: str) -> None:
    typer.echo(f"meetingparse: {message}", err=True)


def _reference(value: Optional[str]):
    try:
        return coerce_reference_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--reference-date") from None


@app.command("parse")
def parse_command(
    files: list[Path] = typer.Argument(..., help="Report text files (UTF-8)."),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help="ISO date that resolves relative dates."),
    model: str = ModelOption,
) -> None:
    """Print each report's record: JSON for one file, JSON Lines for several."""
    reference = _reference(reference_date)
    texts: list[tuple[str, object]] = []
    failed = False
    for path in files:
        try:
            texts.append((read_report(path), reference))
        except UnreadableReport as error:
            _fail(f"{path}: {error}")
            failed = True
    try:
        records = parse_many(texts, model=model)
        for record in records:
            data = record.model_dump(mode="json")
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2 if len(files) == 1 else None))
    except ModelNotInstalledError as error:
        _fail(str(error))
        raise typer.Exit(2) from None
    if failed:
        raise typer.Exit(1)


def _corpus(corpus_dir: Path) -> list[tuple[str, str, dict]]:
    """(id, text, gold) for every ID.txt with an ID.json beside it."""
    if not corpus_dir.is_dir():
        raise typer.BadParameter(f"{corpus_dir} is not a directory", param_hint="CORPUS_DIR")
    items = []
    for text_path in sorted(corpus_dir.glob("*.txt")):
        gold_path = text_path.with_suffix(".json")
        if gold_path.is_file():
            items.append((text_path.stem, read_report(text_path), json.loads(gold_path.read_text(encoding="utf-8"))))
    if not items:
        raise typer.BadParameter(f"no ID.txt with ID.json in {corpus_dir}", param_hint="CORPUS_DIR")
    return items


@app.command("eval")
def eval_command(
    corpus_dir: Path = typer.Argument(..., help="Folder of ID.txt reports with ID.json gold records."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Also write each prediction as DIR/ID.json."),
    misses: bool = typer.Option(False, "--misses", help="List what was missed or extra."),
    model: str = ModelOption,
) -> None:
    """Score the pipeline against a gold corpus, field by field (RECORD.md)."""
    items = _corpus(corpus_dir)
    records = parse_many(((text, gold.get("reference_date")) for _, text, gold in items), model=model)
    triples = []
    for (doc_id, _, gold), record in zip(items, records):
        predicted = record.model_dump(mode="json")
        if predictions is not None:
            predictions.mkdir(parents=True, exist_ok=True)
            (predictions / f"{doc_id}.json").write_text(json.dumps(predicted, ensure_ascii=False, indent=2), encoding="utf-8")
        triples.append((doc_id, gold, predicted))
    evaluation = evaluate(triples)
    if misses:
        typer.echo("\n".join(evaluation.misses))
    typer.echo(evaluation.table())


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the record."""
    typer.echo(json.dumps(MeetingRecord.model_json_schema(), indent=2))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
