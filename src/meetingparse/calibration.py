"""How honest the confidences are: each single-valued field's given values grouped by
confidence, with how many of them the gold record agrees with, and the expected
calibration error (the count-weighted gap between confidence and accuracy per bin)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from .evaluate import (
    SIMPLE_FIELD_MATCHERS,
    is_blank,
    person_name,
    plain,
    same_day,
    same_name,
    start_date,
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


def calibration(scored: Iterable[Scored]) -> Calibration:
    """The calibration of every confidence the predictions give."""
    result = Calibration()
    for _, gold, predicted in scored:
        for name, confidence in (predicted.get("confidence") or {}).items():
            result.add(name, confidence, _right(name, gold, predicted))
    return result
