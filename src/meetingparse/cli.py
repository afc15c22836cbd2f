"""The ``meetingparse`` command line: parse, batch, eval, fit, schema."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import typer
from sqlalchemy.dialects import postgresql, sqlite

from .api import ParseFailure, coerce_reference_date, parse_many
from .batch import FORMATS, UnknownSink, open_sink, run_batch
from .batch.runner import DEFAULT_TIMEOUT
from .batch.schema import ddl
from .batch.sinks import ForeignOutput, SinkUnavailable, describe_target
from .calibration import calibration
from .corpus import read_corpus
from .evaluate import evaluate
from .pipeline import DEFAULT_MODEL, ModelNotInstalledError
from .reading import UnreadableReport, read_report
from .records import MeetingRecord
from .scoreboard import below_floors, field_scores, genre_table, parse_floors
from .scoreboard import by_genre as by_genre_of

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn meeting-report text into structured, grounded records.")

ModelOption = typer.Option(DEFAULT_MODEL, "--model", help="Installed spaCy pipeline to build on.")


def _fail(message: str) -> None:
    typer.echo(f"meetingparse: {message}", err=True)


def _reference(value: str | None) -> dt.date | None:
    try:
        return coerce_reference_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--reference-date") from None


@app.command("parse")
def parse_command(
    files: list[Path] = typer.Argument(..., help="Report text files (UTF-8)."),
    reference_date: str | None = typer.Option(None, "--reference-date", help="ISO date that resolves relative dates."),
    model: str = ModelOption,
) -> None:
    """Print each report's record: JSON for one file, JSON Lines for several.

    A file that cannot be read or parsed is named on stderr with its error, the
    others are printed, and the exit code is 1.
    """
    reference = _reference(reference_date)
    readable: list[tuple[Path, str]] = []
    failed = False
    for path in files:
        try:
            readable.append((path, read_report(path)))
        except UnreadableReport as error:
            _fail(f"{path}: {error}")
            failed = True
    try:
        outcomes = parse_many([(text, reference) for _, text in readable], model=model, errors="return")
        for (path, _), outcome in zip(readable, outcomes):
            if isinstance(outcome, ParseFailure):
                _fail(f"{path}: {outcome.error_class}: {outcome.message}")
                failed = True
                continue
            data = outcome.model_dump(mode="json")
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2 if len(files) == 1 else None))
    except ModelNotInstalledError as error:
        _fail(str(error))
        raise typer.Exit(2) from None
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    corpus_dir: Path = typer.Argument(..., help="Folder of ID.txt reports with ID.json gold records, "
                                                "or a corpus folder with manifest.csv and reports/."),
    split: str | None = typer.Option(None, "--split", help="Only this split of a corpus with a manifest."),
    by_genre: bool = typer.Option(False, "--by-genre", help="Also the headline and weakest fields per genre "
                                                            "(from the manifest)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON instead of tables."),
    fail_under: list[str] = typer.Option([], "--fail-under", metavar="FIELD=VALUE",
                                         help="Exit 1 when FIELD scores under VALUE; repeat for more fields."),
    predictions: Path | None = typer.Option(None, "--predictions", help="Also write each prediction as DIR/ID.json."),
    misses: bool = typer.Option(False, "--misses", help="List what was missed or extra."),
    calibrated: bool = typer.Option(False, "--calibration", help="Also how often values are right per "
                                                                 "confidence bin, and the calibration error."),
    model: str = ModelOption,
) -> None:
    """Score the pipeline against a gold corpus, field by field (docs/scoring.md).

    A report that fails to parse is scored as an empty record and listed; the
    others are scored as usual.
    """
    try:
        floors = parse_floors(fail_under)
        reports = read_corpus(corpus_dir, split)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    outcomes = parse_many(((r.text, r.gold.get("reference_date")) for r in reports), model=model, errors="return")
    scored, crashed = [], []
    if predictions is not None:
        predictions.mkdir(parents=True, exist_ok=True)
    for report, outcome in zip(reports, outcomes):
        if isinstance(outcome, ParseFailure):
            predicted: dict[str, object] = {}
            crashed.append(f"{report.id}: {outcome.error_class}: {outcome.message}")
            _fail(f"failed to parse {crashed[-1]} (scored as an empty record)")
        else:
            predicted = outcome.model_dump(mode="json")
        if predictions is not None:
            (predictions / f"{report.id}.json").write_text(json.dumps(predicted, ensure_ascii=False, indent=2),
                                                           encoding="utf-8")
        scored.append((report.id, report.gold, predicted))
    evaluation = evaluate(scored)
    scores = field_scores(evaluation)
    per_genre = by_genre_of(scored, {r.id: r.genre for r in reports}) if by_genre else {}
    if as_json:
        typer.echo(json.dumps({"reports": len(reports), "scores": scores, "failed": crashed,
                               "by_genre": {genre: {"reports": count, "scores": field_scores(e)}
                                            for genre, (count, e) in per_genre.items()}}, indent=2))
    else:
        if misses:
            typer.echo("\n".join(evaluation.misses))
        typer.echo(evaluation.table())
        if per_genre:
            typer.echo("\n" + genre_table(per_genre))
        if calibrated:
            typer.echo("\n" + calibration(scored).table())
    below = below_floors(scores, floors)
    for line in below:
        _fail(line)
    if below:
        raise typer.Exit(1)


@app.command("fit")
def fit_command(
    corpus_dir: Path = typer.Argument(..., help="Corpus folder with manifest.csv (train and dev splits) and reports/."),
    assets: Path = typer.Option(Path("models"), "--assets", help="Assets folder whose choice/ scorers are written."),
    model: str = ModelOption,
) -> None:
    """Refit the choice models: fitted on the corpus's train split, calibrated and
    thresholded on its dev split; the test split is not read. Needs the train extra."""
    from .choice import fit
    from .pipeline import load

    try:
        train, dev = (read_corpus(corpus_dir, split) for split in ("train", "dev"))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    nlp = load(model)
    train_examples, dev_examples = fit.examples(nlp, train), fit.examples(nlp, dev)
    source = (f"fitted by `meetingparse fit` on the train split of {corpus_dir.name}/ ({len(train)} reports), "
              f"calibrated on its dev split ({len(dev)} reports); a single value's features, penalty and "
              f"threshold chosen on dev and on train out of fold, a list's features on dev and its cuts on "
              f"dev and on train out of fold")
    typer.echo("dev score: the field's accuracy for a single value, on dev and train out of fold; for a list, "
               "1 - the Brier score of the "
               "confidences of the items the rules keep; for a value only judged (kind), 1 - the Brier score of "
               "the rules' value's confidence, against a constant one")
    typer.echo("| decision | features kept | dev score, rules' reading only | dev score, all features | threshold "
               "| L2 penalty |")
    typer.echo("|---|---|---:|---:|---:|---:|")
    try:
        results = fit.fit_all(train_examples, dev_examples, fit.choosers(nlp), fit.judges(nlp))
    except ValueError as error:
        _fail(f"cannot fit: {error}")
        raise typer.Exit(1) from None
    for decision, result in results.items():
        typer.echo(f"| {decision} | {result.features} | {result.dev_score['rules']:.3f} | "
                   f"{result.dev_score['all']:.3f} | {result.scorer.threshold:.2f} | {result.penalty:g} |")
    fitted = [result.scorer for result in results.values()]
    for path in fit.write(fitted, assets, source):
        typer.echo(f"wrote {path}", err=True)


EXIT_FAILED_DOCUMENTS = 3
EXIT_STOPPED = 4


@app.command("batch")
def batch_command(
    inputs: list[Path] = typer.Argument(..., exists=True, help="Files, folders or archives of reports."),
    out: str = typer.Option(..., "--out", help="Sink: FILE.jsonl, '-', FILE.db (SQLite), DIR/ (CSV), "
                                               "sqlite:///... or postgresql://..."),
    sink_format: str | None = typer.Option(None, "--format", help=f"Sink kind, one of {', '.join(FORMATS)}; "
                                                                     "told from --out when not given."),
    workers: int = typer.Option(1, "--workers", min=1, help="Parsing processes."),
    reference_date: str | None = typer.Option(None, "--reference-date",
                                                 help="ISO date for reports that carry none of their own."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", min=0.1,
                                  help="Seconds one report may take; a report over it is stored as an error."),
    model: str = ModelOption,
) -> None:
    """Parse an archive of reports into a sink, skipping reports already stored there.

    Exit codes: 0 all reports stored; 3 some reports failed (each is an error
    row in the sink and a line of the summary); 4 the sink failed or a worker
    died (what was stored stays; rerun to resume); 2 usage, a missing model, or
    an --out that holds an output not ours (left untouched).
    """
    reference = _reference(reference_date)
    if sink_format is not None and sink_format not in FORMATS:
        raise typer.BadParameter(f"one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        sink = open_sink(out, sink_format)
    except UnknownSink as error:
        raise typer.BadParameter(str(error), param_hint="--out") from None
    except ForeignOutput as error:  # left untouched; rerunning cannot help: a usage error
        _fail(f"refusing --out: {error}")
        raise typer.Exit(2) from None
    except SinkUnavailable as error:  # its message names the target with the password masked
        _fail(str(error))
        raise typer.Exit(EXIT_STOPPED) from None
    except Exception as error:  # the file cannot be opened
        _fail(f"cannot open {describe_target(out)}: {type(error).__name__}: {error}")
        raise typer.Exit(EXIT_STOPPED) from None
    progress = sys.stderr.isatty() and not os.environ.get("CI")
    try:
        with sink:
            summary = run_batch(inputs, sink, workers=workers, reference_date=reference, model=model,
                                progress=progress, timeout=timeout)
    except ModelNotInstalledError as error:
        _fail(str(error))
        raise typer.Exit(2) from None
    except Exception as error:  # the sink refused a write or a worker died: what was stored stays
        _fail(f"stopped: {type(error).__name__}: {error}; rerun the same command to resume")
        raise typer.Exit(EXIT_STOPPED) from None
    typer.echo(summary.text(), err=True)
    if summary.failed:
        raise typer.Exit(EXIT_FAILED_DOCUMENTS)


@app.command("schema")
def schema_command(
    sql: bool = typer.Option(False, "--sql", help="Print the DDL of the batch sinks' tables instead."),
    dialect: str = typer.Option("postgresql", "--dialect", help="SQL dialect of --sql: postgresql or sqlite."),
) -> None:
    """Print the JSON Schema of the record, or with --sql the tables of the database sinks."""
    if not sql:
        typer.echo(json.dumps(MeetingRecord.model_json_schema(), indent=2))
        return
    dialects = {"postgresql": postgresql.dialect, "sqlite": sqlite.dialect}
    if dialect not in dialects:
        raise typer.BadParameter("postgresql or sqlite", param_hint="--dialect")
    typer.echo(ddl(dialects[dialect](), marked=True), nl=False)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
