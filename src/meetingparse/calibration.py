"""How honest the confidences are: each single-valued field's given values grouped by
confidence, with how many of them the gold record agrees with, and the expected
calibration error (the count-weighted gap between confidence and accuracy per bin)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from .evaluate import (
    ORGANIZATION_MIN_F1,
    POINT_MIN_F1,
    SIMPLE_FIELD_MATCHERS,
    gold_points_by_speaker,
    is_blank,
    items,
    normalize_name,
    person_name,
    plain,
    same_day,
    same_name,
    start_date,
    token_f1,
)
from .scoreboard import Scored

BINS = (0.0, 0.5, 0.7, 0.9, 1.0001)  # lower bounds; the last closes the top bin


@dataclass
class Bin:
    """Values given with a confidence in [low, high)."""

    low: float
    high: float
    count: int = 0
    right: int = 0
    confidence_sum: float = 0.0


@dataclass
class Calibration:
    """Per field and over all fields, the bins of given values."""

    fields: dict[str, list[Bin]] = field(default_factory=dict)

    def add(self, name: str, confidence: float, right: bool) -> None:
        bins = self.fields.setdefault(name, [Bin(lo, hi) for lo, hi in pairwise(BINS)])
        for b in bins:
            if b.low <= confidence < b.high:
                b.count += 1
                b.right += right
                b.confidence_sum += confidence

    def expected_error(self, name: str | None = None) -> float:
        """The expected calibration error of one field, or of all fields together."""
        bins = [b for n, bs in self.fields.items() if name in (None, n) for b in bs]
        total = sum(b.count for b in bins)
        return sum(abs(b.confidence_sum - b.right) for b in bins) / total if total else 0.0

    def table(self) -> str:
        """A Markdown table: field, confidence bin, values given, share right; then the ECE per field."""
        lines = ["| field | confidence | values | right |", "|---|---|---:|---:|"]
        for name, bins in self.fields.items():
            lines += [f"| {name} | {b.low:.1f}-{min(b.high, 1.0):.1f} | {b.count} | {b.right / b.count:.2f} |"
                      for b in bins if b.count]
        lines.append("")
        lines.append("expected calibration error: " + ", ".join(
            f"{name} {self.expected_error(name):.3f}" for name in self.fields) + f"; all {self.expected_error():.3f}")
        return "\n".join(lines)


def _right(name: str, gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Whether a given value agrees with the gold record, as the scorer judges the field."""
    if name == "chair":
        expected, given = person_name(gold.get("chair")), person_name(predicted.get("chair"))
        return not is_blank(expected) and same_name(expected, given)
    if name == "date":
        expected = start_date(gold)
        return expected is not None and same_day(expected, start_date(predicted))
    expected = gold.get(name)
    return not is_blank(expected) and SIMPLE_FIELD_MATCHERS[name](expected, plain(predicted.get(name)))


def _items(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> Iterable[tuple[str, float, bool]]:
    """Each judged list item: participants by name, organizations as the scorer pairs them,
    points among their speaker's gold points."""
    names = {normalize_name(person_name(p)) for p in items(gold, "participants")}
    for person in items(predicted, "participants"):
        if person.get("confidence") is not None:
            yield "participants", person["confidence"], normalize_name(person_name(person)) in names
    listed = [plain(o) for o in items(gold, "organizations") if o]
    for org in items(predicted, "organizations"):
        if org.get("confidence") is not None:
            yield ("organizations", org["confidence"],
                   any(token_f1(g, plain(org)) >= ORGANIZATION_MIN_F1 for g in listed))
    said = gold_points_by_speaker(gold)
    for speaker, points in _points(predicted):
        for point in points:
            if point.get("confidence") is not None:
                yield ("points", point["confidence"],
                       any(token_f1(plain(g), plain(point)) >= POINT_MIN_F1 for g in said.get(speaker, []) if g))


def _points(predicted: Mapping[str, Any]) -> Iterable[tuple[str, list[Mapping[str, Any]]]]:
    for speech in items(predicted, "speeches"):
        yield normalize_name(person_name(speech.get("speaker"))), list(speech.get("points") or [])


def calibration(scored: Iterable[Scored]) -> Calibration:
    """The calibration of every confidence the predictions give, fields and list items."""
    result = Calibration()
    for _, gold, predicted in scored:
        for name, confidence in (predicted.get("confidence") or {}).items():
            result.add(name, confidence, _right(name, gold, predicted))
        for name, confidence, right in _items(gold, predicted):
            result.add(name, confidence, right)
    return result
