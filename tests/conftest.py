"""Shared fixtures: the spaCy pipeline (loaded once per session) and the samples folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import meetingparse

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The meetingparse pipeline, loaded once for the whole test session."""
    return meetingparse.load()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The repo's samples/ folder: NAME.txt reports with NAME.json gold records."""
    path = REPO / "samples"
    assert sorted(p.stem for p in path.glob("*.txt")), f"no samples in {path}"
    return path
