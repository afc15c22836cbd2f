"""`meetingparse eval` over a corpus with a manifest: splits, genres, JSON, floors, failed reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from meetingparse import api
from meetingparse.cli import app
from meetingparse.evaluate import FIELD_NAMES

runner = CliRunner()
SPLITS = {"city_council": ("dev", "council"), "company_agm": ("dev", "company_agm"),
          "un_debate": ("test", "un_intergov"), "university_meeting": ("dev", "council")}


@pytest.fixture()
def corpus(samples_dir: Path, tmp_path: Path) -> Path:
    """Four samples as a corpus: reports/ plus a manifest giving each a split and a genre."""
    root = tmp_path / "corpus"
    (root / "reports").mkdir(parents=True)
    rows = ["id,split,genre"]
    for name, (split, genre) in SPLITS.items():
        for suffix in (".txt", ".json"):
            shutil.copy(samples_dir / f"{name}{suffix}", root / "reports" / f"{name}{suffix}")
        rows.append(f"{name},{split},{genre}")
    (root / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def scores(corpus: Path, *args: str) -> dict:
    result = runner.invoke(app, ["eval", str(corpus), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_split_scores_only_its_reports_and_by_genre_counts_them(nlp, corpus) -> None:
    data = scores(corpus, "--split", "dev", "--by-genre")
    assert data["reports"] == 3
    assert set(data["scores"]) == {*FIELD_NAMES, "headline"}
    assert {genre: g["reports"] for genre, g in data["by_genre"].items()} == {"company_agm": 1, "council": 2}
    assert scores(corpus, "--split", "test")["reports"] == 1
    assert scores(corpus)["by_genre"] == {}  # only with --by-genre


def test_by_genre_prints_a_table_with_each_genre_and_its_weakest_fields(nlp, corpus) -> None:
    result = runner.invoke(app, ["eval", str(corpus), "--by-genre"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and "genre" not in line]
    assert [row.split("|")[1].strip() for row in rows] == ["company_agm", "council", "un_intergov"]
    assert [row.split("|")[2].strip() for row in rows] == ["1", "2", "1"]
    assert all(len(row.split("|")[4].split(",")) == 3 for row in rows)


def test_an_unknown_split_and_a_split_without_manifest_are_usage_errors(nlp, corpus, samples_dir) -> None:
    result = runner.invoke(app, ["eval", str(corpus), "--split", "holdout"])
    assert result.exit_code == 2 and "no split 'holdout'" in " ".join(result.stderr.split())
    result = runner.invoke(app, ["eval", str(samples_dir), "--split", "dev"])
    assert result.exit_code == 2 and "needs a manifest.csv" in " ".join(result.stderr.split())


def test_fail_under_exits_1_naming_each_field_under_its_floor(nlp, corpus) -> None:
    headline = scores(corpus)["scores"]["headline"]
    passing = runner.invoke(app, ["eval", str(corpus), "--fail-under", f"headline={headline}"])
    assert passing.exit_code == 0, passing.output
    failing = runner.invoke(app, ["eval", str(corpus), "--fail-under", "headline=1.01", "--fail-under", "chair=0"])
    assert failing.exit_code == 1
    assert "headline" in failing.stderr and "under its floor 1.010" in failing.stderr
    assert "chair" not in failing.stderr
    bad = runner.invoke(app, ["eval", str(corpus), "--fail-under", "nonsense=0.5"])
    assert bad.exit_code == 2


def test_a_report_that_fails_to_parse_is_scored_empty_and_named(nlp, corpus, monkeypatch) -> None:
    real = api.assemble

    def failing(doc):
        if "Security Council" in doc.text:
            raise RuntimeError("component exploded")
        return real(doc)

    whole = scores(corpus)
    monkeypatch.setattr(api, "assemble", failing)
    result = runner.invoke(app, ["eval", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["failed"] == ["un_debate: RuntimeError: component exploded"]
    assert "failed to parse un_debate" in result.stderr
    assert data["reports"] == 4 and data["scores"]["participants"] < whole["scores"]["participants"]


def test_eval_calibration_lists_confidence_bins_and_the_error(corpus: Path) -> None:
    result = runner.invoke(app, ["eval", str(corpus), "--calibration"])
    assert result.exit_code == 0, result.output
    assert "| field | confidence | values | right |" in result.stdout
    assert "expected calibration error:" in result.stdout


def test_fit_writes_the_scorers_of_a_corpus_with_train_and_dev(corpus: Path, tmp_path: Path) -> None:
    manifest = corpus / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(",test,", ",train,"), encoding="utf-8")
    assets = tmp_path / "assets"
    result = runner.invoke(app, ["fit", str(corpus), "--assets", str(assets)])
    assert result.exit_code == 0, result.output
    assert "| decision | features kept |" in result.stdout
    assert sorted(p.stem for p in (assets / "choice").glob("*.json")) == [
        "chair", "date", "kind", "location", "mode", "organizations", "organizer", "participants", "points",
        "title"]


def test_fit_needs_a_train_split(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["fit", str(corpus), "--assets", str(tmp_path)])
    assert result.exit_code == 2
    assert "no split 'train'" in result.output
