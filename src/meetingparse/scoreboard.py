"""Reports of an evaluation beyond the per-field table: per genre, as JSON, against floors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .evaluate import Evaluation, evaluate, new_field_scores

Scored = tuple[str, Mapping[str, Any], Mapping[str, Any]]  # (id, gold, predicted)
FLOOR_NAMES = frozenset(new_field_scores()) | {"headline"}


def field_scores(evaluation: Evaluation) -> dict[str, float]:
    """Every field's score and the headline, rounded for reading."""
    scores = {name: round(score.score, 4) for name, score in evaluation.fields.items()}
    scores["headline"] = round(evaluation.headline, 4)
    return scores


def by_genre(scored: Iterable[Scored], genres: Mapping[str, str | None]) -> dict[str, tuple[int, Evaluation]]:
    """Per genre (``genres`` maps report ids to genres), in genre order: its reports and their evaluation."""
    groups: dict[str, list[Scored]] = {}
    for item in scored:
        groups.setdefault(genres.get(item[0]) or "(none)", []).append(item)
    return {genre: (len(groups[genre]), evaluate(groups[genre])) for genre in sorted(groups)}


def genre_table(per_genre: Mapping[str, tuple[int, Evaluation]], weakest: int = 3) -> str:
    """A Markdown table: each genre's reports, headline and weakest fields."""
    lines = ["| genre | reports | headline | weakest fields |", "|---|---:|---:|---|"]
    for genre, (count, evaluation) in per_genre.items():
        ranked = sorted(evaluation.fields.items(), key=lambda item: item[1].score)[:weakest]
        worst = ", ".join(f"{name} {score.score:.2f}" for name, score in ranked)
        lines.append(f"| {genre} | {count} | {evaluation.headline:.3f} | {worst} |")
    return "\n".join(lines)


def parse_floors(specs: Iterable[str]) -> dict[str, float]:
    """``FIELD=VALUE`` pairs as a mapping; ``ValueError`` naming a bad one."""
    floors: dict[str, float] = {}
    for spec in specs:
        name, _, value = spec.partition("=")
        if name not in FLOOR_NAMES:
            raise ValueError(f"{spec!r}: the field must be one of {', '.join(sorted(FLOOR_NAMES))}")
        try:
            floors[name] = float(value)
        except ValueError:
            raise ValueError(f"{spec!r}: the floor must be a number, as in {name}=0.9") from None
    return floors


def below_floors(scores: Mapping[str, float], floors: Mapping[str, float]) -> list[str]:
    """A line for each field whose score is under its floor."""
    return [f"{name} {scores[name]:.3f} is under its floor {floor:.3f}"
            for name, floor in floors.items() if scores[name] < floor]
