"""A fitted choice model read from ``models/choice/DECISION.json``: a conditional logit over
one report's candidates (a softmax of linear scores over named features, the empty value one
of the candidates), a Platt calibration of the chosen candidate's probability, and the
confidence below which the value is left empty. The files are written by ``meetingparse fit``
(see ``fit.py``)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

Features = Mapping[str, float]


class ScorerFileError(ValueError):
    """A scorer file that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Scorer:
    """Logistic regression weights for one decision, with its calibration and threshold."""

    decision: str
    weights: Mapping[str, float]
    intercept: float
    scale: float = 1.0  # Platt calibration of the choice's log-odds, fitted on the dev split
    shift: float = 0.0
    threshold: float = 0.5  # confidence under which a single value is not given; a list's item the
    # rules keep stays at or over it, but for 0 a list keeps the items the hand rules keep
    admit: float | None = None  # confidence at which a list's item the rules leave out is kept

    def score(self, features: Features) -> float:
        """The raw linear score (a log-odds) of a candidate; unknown features weigh nothing."""
        return self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def choose(self, candidates: Sequence[Features]) -> tuple[int, float]:
        """The best candidate's index and its calibrated probability of being right."""
        scores = [self.score(features) for features in candidates]
        top = max(range(len(scores)), key=scores.__getitem__)
        return top, self.calibrated(_softmax_share(scores, top))

    def chance_of(self, candidates: Sequence[Features], index: int) -> float:
        """One candidate's calibrated probability of being right, as the softmax over all gives it."""
        return self.calibrated(_softmax_share([self.score(features) for features in candidates], index))

    def probability(self, features: Features) -> float:
        """The calibrated probability that one item, judged on its own, is right."""
        z = self.score(features)
        return self.calibrated(1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0)

    def calibrated(self, probability: float) -> float:
        """The model's probability of its choice, mapped through the Platt calibration."""
        z = self.scale * logit(probability) + self.shift
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def to_json(self, source: str) -> str:
        """The scorer as the JSON text of its file, ``source`` saying how it was fitted."""
        return json.dumps({"decision": self.decision, "source": source, "intercept": self.intercept,
                           "scale": self.scale, "shift": self.shift, "threshold": self.threshold, "admit": self.admit,
                           "weights": dict(sorted(self.weights.items()))}, indent=1) + "\n"


def _softmax_share(scores: Sequence[float], index: int) -> float:
    """The softmax probability of one score among all."""
    top = max(scores)
    return math.exp(scores[index] - top) / sum(math.exp(s - top) for s in scores)


def logit(probability: float) -> float:
    """The log-odds of a probability, kept finite at 0 and 1."""
    p = min(max(probability, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def read_scorer(path: Path) -> Scorer:
    """A scorer file; a missing or malformed file is a :class:`ScorerFileError` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Scorer(decision=str(data["decision"]), weights={str(k): float(v) for k, v in data["weights"].items()},
                      intercept=float(data["intercept"]), scale=float(data["scale"]), shift=float(data["shift"]),
                      threshold=float(data["threshold"]),
                      admit=None if data.get("admit") is None else float(data["admit"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ScorerFileError(f"{path}: not a usable scorer file ({error})") from error
