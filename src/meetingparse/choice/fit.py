"""Refit the choice models from a gold corpus, deterministically. A single value: a conditional
logit (a softmax over each report's candidates and the empty value, maximising the probability
of the right ones, with an L2 penalty) on the training split; then a Platt calibration of the
chosen value's probability on the dev split, and the confidence threshold under which giving
no value scores the field best on dev and train's reports scored out of fold. A list's items: a
logistic regression over every training candidate, Platt-calibrated on the dev items the rules
keep. Each tries the rules' reading alone and all features, and keeps the better (a single
value on dev and train out of fold, a list on dev). Needs scipy and scikit-learn (the
``train`` extra); parsing needs only the weights it writes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy
from spacy.language import Language

from ..api import _prepared, coerce_reference_date
from ..corpus import GoldReport
from ..evaluate import is_blank, person_name, plain
from .component import SCORERS, ChoiceReader, kept_by
from .decision import ruled_option, with_abstention
from .scorer import Features, Scorer, logit

_Report = TypeVar("_Report")  # a report's examples, of a single value or of a list
_PENALTY = 1.0  # L2 weight penalty: the candidates of 100-odd reports fit 30-odd weights
_PENALTIES = (0.3, 1.0, 3.0, 10.0)  # tried for a single value's general features: another than 1 is kept when it
# beats it on dev and out of fold by as many reports as the general features must beat the rules


@dataclass(frozen=True)
class Example:
    """One report's options for one decision (the empty value last) and which are right."""

    options: list[Features]
    right: list[bool]


@dataclass(frozen=True)
class ItemExample:
    """One report's candidate items for one list, which are right, and which the rules keep."""

    options: list[Features]
    right: list[bool]
    ruled: list[bool]  # whether the hand rules keep each candidate
    settled: list[bool]  # whether the rules' reading of each candidate stands
    expected: int  # how many items the gold list holds, found or not


def examples(nlp: Language, reports: Iterable[GoldReport]) -> dict[str, list[Any]]:
    """Every decision's labelled options on each report, the pipeline run without choices:
    an :class:`Example` per report for a single value, an :class:`ItemExample` for a list."""
    choice = cast(ChoiceReader, nlp.get_pipe("meetingparse_choice"))
    names = [d.name for d in choice.decisions] + [item.name for item in choice.items]
    found: dict[str, list[Any]] = {name: [] for name in names}
    with nlp.select_pipes(disable=["meetingparse_choice"]):
        for report in reports:
            doc = nlp(_prepared(nlp, report.text, coerce_reference_date(report.gold.get("reference_date"))))
            candidates = choice.candidates(doc)
            for decision in choice.decisions:
                kept = getattr(doc._.mp_event, decision.event_field)
                options = with_abstention(candidates[decision.name], kept is None)
                right = [decision.is_right(c, report.gold) for c in options[:-1]] + [_blank(report.gold, decision.name)]
                found[decision.name].append(Example([c.features for c in options], right))
            for item in choice.items:
                listed = candidates[item.name]
                found[item.name].append(ItemExample([c.features for c in listed],
                                                    [item.is_right(c, report.gold) for c in listed],
                                                    [item.ruled(c) for c in listed],
                                                    [item.settled(c) for c in listed],
                                                    item.expected(report.gold)))
    return found


def _blank(gold: Mapping[str, Any], field: str) -> bool:
    value = gold.get(field)
    return is_blank(person_name(value) if field == "chair" else plain(value))


def rules_only(name: str) -> bool:
    """Features that only restate the hand rules' pick and the empty value's bias."""
    return name.startswith(("rule_", "null")) or name.endswith("_rule")


@dataclass(frozen=True)
class Fitted:
    """A decision's chosen scorer, with the dev score of each feature set tried (the field's
    accuracy for a single value, 1 - Brier score for a list's items)."""

    scorer: Scorer
    features: str  # "all" or "rules"
    dev_score: dict[str, float]
    penalty: float = _PENALTY  # the L2 penalty its weights were fitted with


_FEATURE_SETS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("rules", rules_only), ("all", lambda name: True))


_FEWEST_REPORTS_GAINED = 2  # a single value's general features must beat the rules on this many more dev reports


def _better(tried: Mapping[str, tuple[Scorer, float]], margin: float = 0.0) -> Fitted:
    """The feature set whose scorer scored higher on dev, the rules' reading unless all
    features beat it by more than ``margin``: on a few dozen reports, one report's difference
    is noise, and the rules were read on reports the general features were not."""
    gain = round(tried["all"][1] - tried["rules"][1], 4)
    label = "all" if gain > round(margin, 4) else "rules"
    return Fitted(tried[label][0], label, {k: round(score, 4) for k, (_, score) in tried.items()})


_FOLDS = 5  # train's reports are scored out of fold, each by a model fitted on the other four fifths


def fit_decision(decision: str, train: Sequence[Example], dev: Sequence[Example]) -> Fitted:
    """Fit on train with all features and with the rules' pick alone, calibrate each on dev,
    and keep the one that scores the field better (the simpler one on a tie): where the general
    features do not beat the hand rules yet, the model only calibrates them. The score, and the
    confidence under which no value is given, are read on dev together with train's reports
    scored out of fold: a few dozen dev reports alone flip the choice on one report's noise."""
    valued = sum(not ex.right[-1] for ex in [*train, *dev])  # the reports whose gold gives a value
    margin = (_FEWEST_REPORTS_GAINED - 0.5) / max(1, valued)
    tried, penalties = {}, {}
    for label, keep in _FEATURE_SETS:
        fits = {}
        for penalty in _PENALTIES if label == "all" else (_PENALTY,):
            scorer = _platt_on(fit_weights(decision, train, keep, penalty), dev)
            pooled = outcomes(scorer, dev) + _out_of_fold(decision, train, keep, scorer, penalty)
            threshold = best_threshold(pooled)
            fits[penalty] = (dataclasses.replace(scorer, threshold=threshold), accuracy(pooled, threshold))
        best = max(fits, key=lambda penalty: fits[penalty][1])  # another penalty only if it gains as much as features must
        penalties[label] = best if fits[best][1] > fits[_PENALTY][1] + margin else _PENALTY
        tried[label] = fits[penalties[label]]
    fitted = _better(tried, margin)
    return dataclasses.replace(fitted, penalty=penalties[fitted.features])


def _out_of_fold(decision: str, train: Sequence[Example], keep: Callable[[str], bool],
                 calibrated: Scorer, penalty: float = _PENALTY) -> list[tuple[float, bool, bool, bool]]:
    """Each training report's outcome under a model fitted without its fold, with the full
    model's calibration."""
    found = []
    for held, rest in _folds(train):
        if any(any(ex.right) for ex in rest):
            weights = fit_weights(decision, rest, keep, penalty).weights
            found += outcomes(dataclasses.replace(calibrated, weights=weights), held)
    return found


def _folds(train: Sequence[_Report]) -> Iterator[tuple[list[_Report], list[_Report]]]:
    """Each of the ``_FOLDS`` folds of the training reports that holds any, with the others."""
    for fold in range(_FOLDS):
        held = [ex for i, ex in enumerate(train) if i % _FOLDS == fold]
        if held:
            yield held, [ex for i, ex in enumerate(train) if i % _FOLDS != fold]


def fit_items(name: str, train: Sequence[ItemExample], dev: Sequence[ItemExample], chooses: bool = False,
              drops: bool = True) -> Fitted:
    """Fit a list's item model on every training candidate, with the rules' reading alone and
    with all features; calibrate each on the dev items the rules keep, and keep the one whose
    confidences are closer to the truth there (1 - Brier score, the simpler on a tie). Where
    the model may ``choose`` the list's members, it does so when its members, recalibrated on
    every dev candidate and cut at the best thresholds, beat the rules' lists' F1 on dev and
    train's reports scored out of fold; unless it ``drops`` items, it keeps every item the
    rules keep and only admits more."""
    labels = [right for ex in train for right in ex.right]
    if len(set(labels)) < 2:  # a small corpus whose candidates are all right (or all wrong): nothing to tell apart
        return _constant_items(name, labels, dev)
    tried = {}
    for label, keep in _FEATURE_SETS:
        plain = _item_weights(name, train, keep)
        scale, shift = _platt(_kept_items(plain, dev))
        scorer = dataclasses.replace(plain, scale=scale, shift=shift, threshold=0.0)  # the rules keep items
        tried[label] = (scorer, 1.0 - brier(scorer, dev))
    fitted = _better(tried)
    if not chooses:
        return fitted
    keep = rules_only if fitted.features == "rules" else lambda feature: True
    return _choosing_members(fitted, train, dev, keep, _THRESHOLDS if drops else (0.0,))


def _constant_items(name: str, labels: Sequence[bool], dev: Sequence[ItemExample]) -> Fitted:
    """The rules' items, each given the share of items that were right on dev and train (no
    feature can tell right from wrong where the training items are all one or the other)."""
    outcomes = [*labels, *(right for ex in dev for right, ruled in zip(ex.right, ex.ruled) if ruled)]
    share = min(max(sum(outcomes) / len(outcomes), 0.01), 0.99) if outcomes else 0.5
    scorer = Scorer(name, {}, round(logit(share), 6))
    score = round(1.0 - brier(scorer, dev), 4)
    return Fitted(scorer, "rules", {"rules": score, "all": score})


def _item_weights(name: str, train: Sequence[ItemExample], keep: Callable[[str], bool]) -> Scorer:
    """An uncalibrated logistic regression over the training candidates' features ``keep`` accepts."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({f for ex in train for options in ex.options for f in options if keep(f)})
    index = {f: i for i, f in enumerate(names)}
    rows = numpy.vstack([_matrix(ex.options, index) for ex in train])
    model = LogisticRegression(C=_PENALTY, max_iter=5000).fit(rows, [r for ex in train for r in ex.right])
    weights = {f: round(float(w), 6) for f, w in zip(names, model.coef_[0]) if abs(w) > 1e-6}
    return Scorer(name, weights, round(float(model.intercept_[0]), 6))


_FEWEST_F1_GAINED = 0.005  # the model chooses a list's members only when it beats the rules' lists by this much


def _choosing_members(fitted: Fitted, train: Sequence[ItemExample], dev: Sequence[ItemExample],
                      keep: Callable[[str], bool], thresholds: Sequence[float]) -> Fitted:
    """The fitted item model as the chooser of the list's members, recalibrated on every dev
    candidate, with the threshold under which a rules' item is dropped and the one at which an
    item the rules left out is admitted that make the lists' F1 highest on dev and on train's
    reports scored out of fold (each by a model fitted on the other folds), when that beats the
    rules' lists by ``_FEWEST_F1_GAINED``; else as it was. Dev's few dozen reports alone would
    choose the cuts on a handful of items."""
    plain = dataclasses.replace(fitted.scorer, scale=1.0, shift=0.0)
    scale, shift = _platt([(plain.probability(o), right) for ex in dev for o, right in zip(ex.options, ex.right)])
    chooser = dataclasses.replace(plain, scale=scale, shift=shift)
    judged = [([chooser.probability(o) for o in ex.options], ex) for ex in dev]
    for held, rest in _folds(train):
        if len({r for ex in rest for r in ex.right}) == 2:
            weights = _item_weights(fitted.scorer.decision, rest, keep)
            fold_chooser = dataclasses.replace(chooser, weights=weights.weights, intercept=weights.intercept)
            judged += [([fold_chooser.probability(o) for o in ex.options], ex) for ex in held]
    tried: dict[tuple[float, float | None], float] = {}
    for threshold in thresholds:
        for admit in (*_THRESHOLDS, None):
            cut = dataclasses.replace(chooser, threshold=threshold, admit=admit)

            def keeps(probability: float, ruled: bool, settled: bool, cut: Scorer = cut) -> bool:
                return kept_by(cut, probability, ruled, settled)

            tried[threshold, admit] = list_f1(judged, keeps)
    # the best over its neighbourhood, so that a small change to the candidates does not move
    # the cuts across a flat ridge; on a tie, the one closest to the rules' list (fewest
    # admitted, fewest dropped)
    smoothed = {k: _neighbourhood_mean(tried, k) for k in tried}
    best = max(tried, key=lambda k: (round(smoothed[k], 3), 2.0 if k[1] is None else k[1], -k[0]))
    if tried[best] < list_f1(judged, lambda p, ruled, settled: ruled) + _FEWEST_F1_GAINED:
        return fitted
    return dataclasses.replace(fitted, scorer=dataclasses.replace(chooser, threshold=best[0], admit=best[1]))


_THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))


def _neighbourhood_mean(tried: Mapping[tuple[float, float | None], float], cut: tuple[float, float | None]) -> float:
    """The mean F1 of a pair of cuts and of the pairs one grid step from it on either cut
    (admitting nothing, ``None``, has no neighbours on its own cut)."""
    threshold, admit = cut
    steps = (-0.05, 0.0, 0.05)
    near = [tried.get((round(threshold + t, 2), admit if admit is None else round(admit + a, 2)))
            for t in steps for a in (steps if admit is not None else (0.0,))]
    values = [v for v in near if v is not None]
    return sum(values) / len(values)


def list_f1(judged: Sequence[tuple[Sequence[float], ItemExample]], keep: Callable[[float, bool, bool], bool]) -> float:
    """The F1 of the lists that keep the candidates ``keep`` accepts (given a candidate's
    probability, whether the rules keep it and whether it is settled), against every gold
    item, found or not; ``judged`` pairs each report's candidates' probabilities with it."""
    kept = [right for probabilities, ex in judged
            for p, right, ruled, settled in zip(probabilities, ex.right, ex.ruled, ex.settled) if keep(p, ruled, settled)]
    expected = sum(ex.expected for _, ex in judged)
    if not kept or not expected:
        return 0.0
    precision, recall = sum(kept) / len(kept), min(1.0, sum(kept) / expected)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _platt(pairs: Sequence[tuple[float, bool]]) -> tuple[float, float]:
    """The Platt calibration (scale, shift of the log-odds) fitted to (probability, right)
    pairs; none (1, 0) unless both outcomes occur."""
    from sklearn.linear_model import LogisticRegression

    if len({right for _, right in pairs}) < 2:
        return 1.0, 0.0
    platt = LogisticRegression(C=1e6, max_iter=5000).fit([[logit(p)] for p, _ in pairs], [r for _, r in pairs])
    return round(float(platt.coef_[0][0]), 6), round(float(platt.intercept_[0]), 6)


def _kept_items(scorer: Scorer, examples: Sequence[ItemExample]) -> list[tuple[float, bool]]:
    """The probability and rightness of every item the rules keep."""
    return [(scorer.probability(o), right) for ex in examples
            for o, right, ruled in zip(ex.options, ex.right, ex.ruled) if ruled]


def brier(scorer: Scorer, examples: Sequence[ItemExample]) -> float:
    """The mean squared gap between the kept items' confidence and their truth."""
    return _brier(_kept_items(scorer, examples))


def outcomes(scorer: Scorer, examples: Sequence[Example]) -> list[tuple[float, bool, bool, bool]]:
    """Each report's (confidence, empty, right, gold blank) under a scorer."""
    return [(*choice_of(scorer, ex), ex.right[-1]) for ex in examples]


def fit_weights(decision: str, train: Sequence[Example], keep: Callable[[str], bool],
                penalty: float = _PENALTY) -> Scorer:
    """The conditional logit's weights over the features ``keep`` accepts, on the training
    examples that have a right option, with an L2 ``penalty``."""
    from scipy.optimize import minimize

    usable = [ex for ex in train if any(ex.right)]
    names = sorted({name for ex in usable for options in ex.options for name in options if keep(name)})
    if not usable:
        raise ValueError(f"{decision}: no training report has a right option to fit on")
    index = {name: i for i, name in enumerate(names)}
    groups = [(_matrix(ex.options, index), numpy.array(ex.right)) for ex in usable]

    def loss(w: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        total, gradient = 0.5 * penalty * w @ w, penalty * w
        for x, right in groups:
            scores = x @ w
            p = numpy.exp(scores - scores.max())
            p /= p.sum()
            q = numpy.where(right, p, 0.0)
            mass = q.sum()
            total -= numpy.log(mass)
            gradient = gradient + x.T @ (p - q / mass)
        return float(total), gradient

    fitted = minimize(loss, numpy.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    weights = {n: round(float(w), 6) for n, w in zip(names, fitted.x) if abs(w) > 1e-6}
    return Scorer(decision, weights, 0.0)


def _matrix(options: Sequence[Features], index: Mapping[str, int]) -> numpy.ndarray:
    x = numpy.zeros((len(options), len(index)))
    for row, features in enumerate(options):
        for name, value in features.items():
            if name in index:
                x[row, index[name]] = value
    return x


def choice_of(scorer: Scorer, example: Example) -> tuple[float, bool, bool]:
    """The chosen option's calibrated confidence, whether it is the empty value, and whether it is right."""
    best, confidence = scorer.choose(example.options)
    return confidence, best == len(example.options) - 1, example.right[best]


def _platt_on(scorer: Scorer, dev: Sequence[Example]) -> Scorer:
    """The scorer with Platt scaling of the chosen value's probability, fitted on dev."""
    given = [(c, right) for ex in dev for c, empty, right in [choice_of(scorer, ex)] if not empty]
    return Scorer(scorer.decision, scorer.weights, scorer.intercept, *_platt(given))


def best_threshold(chosen: Sequence[tuple[float, bool, bool, bool]]) -> float:
    """The confidence under which leaving the field empty makes its accuracy highest (the
    lowest such)."""
    thresholds: list[float] = sorted({0.0, *(c for c, empty, _, _ in chosen if not empty)})

    def score(threshold: float) -> tuple[float, float]:
        return accuracy(chosen, threshold), -threshold

    best: float = max(thresholds, key=score)
    return round(best, 6)


def accuracy(outcomes: Sequence[tuple[float, bool, bool, bool]], threshold: float) -> float:
    """The field's accuracy as the scorer counts it, for outcomes (confidence, empty, right,
    gold blank) with values under ``threshold`` left empty: a report whose gold and answer
    are both empty is not counted."""
    judged = right = 0
    for confidence, empty, is_right, gold_blank in outcomes:
        given = not empty and confidence >= threshold
        if given or not gold_blank:
            judged += 1
            right += given and is_right
    return right / judged if judged else 0.0


def fit_all(train: Mapping[str, Sequence[Any]], dev: Mapping[str, Sequence[Any]],
            choosers: Mapping[str, bool] | None = None, judges: frozenset[str] = frozenset()) -> dict[str, Fitted]:
    """Every decision fitted: a single value's choice or a list's item model, by its examples;
    the lists named in ``choosers`` may have their members chosen by their model (dropping the
    rules' items too where ``choosers`` maps the name to True), and the
    values named in ``judges`` are only judged (the rules' value gets a confidence)."""
    fitted = {}
    chosen = dict(choosers or {})
    for name in train:
        if train[name] and isinstance(train[name][0], ItemExample):
            fitted[name] = fit_items(name, train[name], dev[name], name in chosen, chosen.get(name, False))
        elif name in judges:
            fitted[name] = fit_judge(name, train[name], dev[name])
        else:
            fitted[name] = fit_decision(name, train[name], dev[name])
    return fitted


def fit_judge(decision: str, train: Sequence[Example], dev: Sequence[Example]) -> Fitted:
    """A model that judges the rules' value: the conditional logit on all features, its
    probability for the rules' option Platt-calibrated on dev. Its dev score, against a
    constant confidence (the rules' dev accuracy), is 1 - the Brier score."""
    scorer = fit_weights(decision, train, lambda name: True)
    pairs = [(scorer.chance_of(ex.options, i), ex.right[i]) for ex in dev
             for i in [ruled_option(ex.options)] if i is not None]
    scale, shift = _platt(pairs)
    judge = dataclasses.replace(scorer, scale=scale, shift=shift, threshold=0.0)
    rate = sum(right for _, right in pairs) / len(pairs) if pairs else 0.0
    calibrated = [(judge.calibrated(p), right) for p, right in pairs]
    return Fitted(judge, "all", {"rules": round(1.0 - _brier([(rate, r) for _, r in pairs]), 4),
                                 "all": round(1.0 - _brier(calibrated), 4)})


def _brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((p - right) ** 2 for p, right in pairs) / len(pairs) if pairs else 0.0


def judges(nlp: Language) -> frozenset[str]:
    """The single values whose model only judges the rules' value."""
    choice = cast(ChoiceReader, nlp.get_pipe("meetingparse_choice"))
    return frozenset(d.name for d in choice.decisions if d.judges_only)


def choosers(nlp: Language) -> dict[str, bool]:
    """The lists whose members a fitted model may choose (their decision can keep any
    candidate), each with whether it may also drop the items the rules keep."""
    choice = cast(ChoiceReader, nlp.get_pipe("meetingparse_choice"))
    return {item.name: item.drops_ruled for item in choice.items if item.chooses_members}


def write(scorers: Iterable[Scorer], folder: Path, source: str) -> list[Path]:
    """Write each scorer to ``folder/choice/DECISION.json``."""
    target = folder / SCORERS
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for scorer in scorers:
        path = target / f"{scorer.decision}.json"
        path.write_text(scorer.to_json(source), encoding="utf-8")
        paths.append(path)
    return paths
