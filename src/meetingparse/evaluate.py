"""Score predicted meeting records against gold ones.

Implements the rules of RECORD.md, "How the evaluation scores a record":
per-field precision/recall/F1 or accuracy, and a headline that is their mean.
Predictions may be plain JSON records or ``MeetingRecord.model_dump(mode="json")``
output, whose grounded values are read through their ``text`` (or ``name``).

Run as ``python -m meetingparse.evaluate GOLD_DIR PRED_DIR [--misses]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

FIELD_NAMES: tuple[str, ...] = (
    "participants",
    "titles",
    "chair",
    "date",
    "organizations",
    "title",
    "kind",
    "mode",
    "location",
    "organizer",
    "speakers",
    "points",
)
PRF_FIELDS = frozenset({"participants", "organizations", "speakers", "points"})

STOPWORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "its", "s"})
BLANK_VALUES: tuple[Any, ...] = (None, "", [], {})

PERSON_TITLE_MIN_F1 = 0.5
ORGANIZATION_MIN_F1 = 0.8
MEETING_TITLE_MIN_F1 = 0.7
PLACE_MIN_F1 = 0.6  # location and organizer
POINT_MIN_F1 = 0.5

Record = Mapping[str, Any]
Matcher = Callable[[Any, Any], bool]


# ---------------------------------------------------------------- results


@dataclass
class FieldScore:
    """The running result of one field over all documents."""

    name: str
    kind: Literal["prf", "accuracy"]
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    total: int = 0

    def add_counts(self, tp: int, fp: int, fn: int) -> None:
        """Add one document's true/false positives and false negatives."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def add_outcome(self, ok: bool) -> None:
        """Add one judged item (right or wrong) to an accuracy field."""
        self.total += 1
        self.correct += int(ok)

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 0.0

    @property
    def score(self) -> float:
        """F1 (prf) or accuracy; nothing expected and nothing predicted scores 1."""
        if self.kind == "accuracy":
            return self.correct / self.total if self.total else 1.0
        if self.tp == 0:
            return 0.0 if self.fp or self.fn else 1.0
        return 2 * self.precision * self.recall / (self.precision + self.recall)

    def describe(self) -> str:
        """The figures as one line, e.g. ``acc=0.950 (19/20)``."""
        if self.kind == "accuracy":
            return f"acc={self.score:.3f} ({self.correct}/{self.total})"
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.score:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


def new_field_scores() -> dict[str, FieldScore]:
    """Empty scores for every field, in report order."""
    return {
        name: FieldScore(name, "prf" if name in PRF_FIELDS else "accuracy")
        for name in FIELD_NAMES
    }


@dataclass
class Evaluation:
    """Per-field scores plus a human-readable list of errors."""

    fields: dict[str, FieldScore] = field(default_factory=new_field_scores)
    misses: list[str] = field(default_factory=list)

    @property
    def headline(self) -> float:
        """The mean of the per-field scores."""
        return sum(f.score for f in self.fields.values()) / len(self.fields)

    def table(self) -> str:
        """One line per field, then the headline."""
        lines = [f"{name:14s} {score.describe()}" for name, score in self.fields.items()]
        lines.append(f"headline field score: {self.headline:.3f}")
        return "\n".join(lines)


# ---------------------------------------------------------------- reading values


def plain(value: Any) -> Any:
    """Unwrap grounded objects: a dict yields its "text", else "name", else "value", repeatedly."""
    while isinstance(value, Mapping):
        for key in ("text", "name"):
            if key in value:
                value = value[key]
                break
        else:
            value = value.get("value")
    return value


def is_blank(value: Any) -> bool:
    return value in BLANK_VALUES


def person_name(person: Any) -> Any:
    """A person's name: the "name" of a person object, or the value itself."""
    if isinstance(person, Mapping):
        return plain(person.get("name"))
    return plain(person)


def person_title(person: Any) -> Any:
    return plain(person.get("title")) if isinstance(person, Mapping) else None


def items(record: Record, key: str) -> Iterable[Any]:
    """A list-valued field, or nothing when it is missing or null."""
    return record.get(key) or ()


# ---------------------------------------------------------------- text similarity


def normalize_name(name: str | None) -> str:
    """Case-folded, hyphens and periods dropped, curly apostrophe straightened, spaces collapsed."""
    folded = (name or "").casefold()
    for old, new in (("-", ""), (".", ""), ("\u2019", "'")):
        folded = folded.replace(old, new)
    return " ".join(folded.split())


def tokens(text: str | None) -> list[str]:
    """Lower-case alphanumeric tokens, stopwords removed."""
    return [t for t in re.findall(r"[a-z0-9]+", (text or "").casefold()) if t not in STOPWORDS]


def token_f1(a: str | None, b: str | None) -> float:
    """F1 of the token multisets of ``a`` and ``b`` (1.0 when both are empty)."""
    a_tokens, b_tokens = tokens(a), tokens(b)
    if not a_tokens and not b_tokens:
        return 1.0
    overlap = sum((Counter(a_tokens) & Counter(b_tokens)).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(a_tokens), overlap / len(b_tokens)
    return 2 * precision * recall / (precision + recall)


def greedy_pairs(gold: Sequence[str], pred: Sequence[str], min_f1: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with token F1 >= ``min_f1``, best first.

    Ties go to the higher gold index, then the higher pred index (the reference order).
    """
    candidates = [
        (similarity, g, p)
        for g, gold_text in enumerate(gold)
        for p, pred_text in enumerate(pred)
        if (similarity := token_f1(gold_text, pred_text)) >= min_f1
    ]
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in sorted(candidates, reverse=True):
        if g not in taken_gold and p not in taken_pred:
            taken_gold.add(g)
            taken_pred.add(p)
            pairs.append((g, p))
    return pairs


def judge(gold_value: Any, pred_value: Any, matches: Matcher) -> bool | None:
    """A per-document verdict: None when both are blank (not scored), else right or wrong."""
    if is_blank(gold_value):
        return None if is_blank(pred_value) else False
    return not is_blank(pred_value) and matches(gold_value, pred_value)


def same_name(gold: Any, pred: Any) -> bool:
    return normalize_name(gold) == normalize_name(pred)


def same_day(gold: Any, pred: Any) -> bool:
    return str(gold)[:10] == str(pred)[:10]


def same_tokens(gold: Any, pred: Any) -> bool:
    return tokens(gold) == tokens(pred)


def close_enough(min_f1: float) -> Matcher:
    return lambda gold, pred: token_f1(gold, pred) >= min_f1


SIMPLE_FIELD_MATCHERS: dict[str, Matcher] = {
    "title": close_enough(MEETING_TITLE_MIN_F1),
    "kind": same_tokens,
    "mode": lambda gold, pred: gold == pred,
    "location": close_enough(PLACE_MIN_F1),
    "organizer": close_enough(PLACE_MIN_F1),
}


# ---------------------------------------------------------------- scoring one document


@dataclass
class _DocumentScorer:
    """Adds one gold/prediction pair to an :class:`Evaluation`."""

    doc_id: str
    gold: Record
    pred: Record
    result: Evaluation

    def run(self) -> None:
        self.score_participants()
        self.score_chair()
        self.score_date()
        self.score_organizations()
        for name, matches in SIMPLE_FIELD_MATCHERS.items():
            self.score_simple_field(name, matches)
        self.score_speeches()

    def miss(self, message: str) -> None:
        self.result.misses.append(f"{self.doc_id}: {message}")

    def record_verdict(self, name: str, gold_value: Any, pred_value: Any, matches: Matcher) -> None:
        verdict = judge(gold_value, pred_value, matches)
        if verdict is None:
            return
        self.result.fields[name].add_outcome(verdict)
        if not verdict:
            self.miss(f"{name} gold {gold_value} pred {pred_value}")

    def score_participants(self) -> None:
        gold_people = people_by_name(items(self.gold, "participants"))
        pred_people = people_by_name(items(self.pred, "participants"))
        found = [key for key in gold_people if key in pred_people]
        self.result.fields["participants"].add_counts(
            len(found), len(pred_people) - len(found), len(gold_people) - len(found)
        )
        for key in found:
            gold_title, pred_title = person_title(gold_people[key]), person_title(pred_people[key])
            ok = titles_agree(gold_title, pred_title)
            self.result.fields["titles"].add_outcome(ok)
            if not ok:
                self.miss(f"title of {key} gold {gold_title} pred {pred_title}")
        self.miss_each("missed person", [k for k in gold_people if k not in pred_people])
        self.miss_each("extra person", [k for k in pred_people if k not in gold_people])

    def score_chair(self) -> None:
        gold_chair = person_name(self.gold.get("chair"))
        pred_chair = person_name(self.pred.get("chair"))
        self.record_verdict("chair", gold_chair, pred_chair, same_name)

    def score_date(self) -> None:
        self.record_verdict("date", start_date(self.gold), start_date(self.pred), same_day)

    def score_organizations(self) -> None:
        gold_orgs = [org for org in items(self.gold, "organizations") if org]
        pred_values = map(plain, items(self.pred, "organizations"))
        pred_orgs = [org for org in pred_values if org and isinstance(org, str)]
        pairs = greedy_pairs(gold_orgs, pred_orgs, ORGANIZATION_MIN_F1)
        self.result.fields["organizations"].add_counts(
            len(pairs), len(pred_orgs) - len(pairs), len(gold_orgs) - len(pairs)
        )
        self.miss_unpaired("organization", gold_orgs, pred_orgs, pairs)

    def score_simple_field(self, name: str, matches: Matcher) -> None:
        self.record_verdict(name, self.gold.get(name), plain(self.pred.get(name)), matches)

    def score_speeches(self) -> None:
        gold_speeches = gold_points_by_speaker(self.gold)
        pred_speeches = pred_points_by_speaker(self.pred)
        both = [key for key in gold_speeches if key in pred_speeches]
        self.result.fields["speakers"].add_counts(
            len(both), len(pred_speeches) - len(both), len(gold_speeches) - len(both)
        )
        self.miss_each("missed speaker", [k for k in gold_speeches if k not in pred_speeches])
        self.miss_each("extra speaker", [k for k in pred_speeches if k not in gold_speeches])
        for speaker in gold_speeches.keys() | pred_speeches.keys():
            gold_points = gold_speeches.get(speaker, [])
            pred_points = pred_speeches.get(speaker, [])
            matched = len(greedy_pairs(gold_points, pred_points, POINT_MIN_F1))
            self.result.fields["points"].add_counts(
                matched, len(pred_points) - matched, len(gold_points) - matched
            )

    def miss_each(self, what: str, keys: Iterable[str]) -> None:
        for key in keys:
            self.miss(f"{what} {key}")

    def miss_unpaired(
        self, what: str, gold: Sequence[str], pred: Sequence[str], pairs: list[tuple[int, int]]
    ) -> None:
        paired_gold = {g for g, _ in pairs}
        paired_pred = {p for _, p in pairs}
        self.miss_each(f"missed {what}", [v for i, v in enumerate(gold) if i not in paired_gold])
        self.miss_each(f"extra {what}", [v for i, v in enumerate(pred) if i not in paired_pred])


def people_by_name(people: Iterable[Any]) -> dict[str, Any]:
    """Named people keyed by normalized name; a later duplicate replaces an earlier one."""
    return {normalize_name(person_name(p)): p for p in people if person_name(p)}


def titles_agree(gold_title: Any, pred_title: Any) -> bool:
    """Both missing, or both given with token F1 >= 0.5."""
    if not gold_title and not pred_title:
        return True
    if not gold_title or not pred_title:
        return False
    return token_f1(gold_title, pred_title) >= PERSON_TITLE_MIN_F1


def start_date(record: Record) -> Any:
    date = record.get("date")
    return plain(date.get("start")) if isinstance(date, Mapping) else None


def gold_points_by_speaker(gold: Record) -> dict[str, list[Any]]:
    """Gold points per normalized speaker; a repeated speaker keeps the last speech."""
    return {
        normalize_name(person_name(speech["speaker"])): list(speech.get("points") or [])
        for speech in items(gold, "speeches")
        if isinstance(speech, Mapping) and speech.get("speaker")
    }


def pred_points_by_speaker(pred: Record) -> dict[str, list[Any]]:
    """Predicted non-blank points per normalized speaker; a repeated speaker's points are pooled."""
    pooled: dict[str, list[Any]] = {}
    for speech in items(pred, "speeches"):
        if isinstance(speech, Mapping) and speech.get("speaker"):
            key = normalize_name(person_name(speech["speaker"]))
            points = (plain(point) for point in speech.get("points") or ())
            pooled.setdefault(key, []).extend(point for point in points if point)
    return pooled


# ---------------------------------------------------------------- public entry points


def evaluate(pairs: Iterable[tuple[str, Mapping[str, Any], Mapping[str, Any]]]) -> Evaluation:
    """Score (doc_id, gold_record, predicted_record) triples.

    Predicted records are dicts as ``MeetingRecord.model_dump(mode="json")`` prints
    them (grounded values are objects ``{"text", "start", "end"}``, persons may have
    "name" and "mentions"; speeches have "speaker" (str or person dict) and "points"
    (list of str or grounded objects)), or ``{}`` for a missing prediction.
    """
    result = Evaluation()
    for doc_id, gold, pred in pairs:
        _DocumentScorer(doc_id, gold, pred if isinstance(pred, Mapping) else {}, result).run()
    titles, participants = result.fields["titles"], result.fields["participants"]
    if titles.total == 0 and participants.fn:
        titles.total = 1  # gold had people but none was found: no title can be right
    return result


def read_prediction(path: Path) -> dict[str, Any]:
    """A prediction file's record; missing, unreadable or non-object files give ``{}``."""
    try:
        record = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return {}
    return record if isinstance(record, dict) else {}


def load_pairs(gold_dir: str | Path, pred_dir: str | Path) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(doc_id, gold, prediction) for every ``ID.json`` in ``gold_dir``, in name order."""
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text())
        yield gold_path.stem, gold, read_prediction(Path(pred_dir) / gold_path.name)


def evaluate_directories(gold_dir: str | Path, pred_dir: str | Path) -> Evaluation:
    """Score every gold record in ``gold_dir`` against the same-named file in ``pred_dir``."""
    return evaluate(load_pairs(gold_dir, pred_dir))


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [a for a in args if not a.startswith("--")]
    if len(paths) != 2:
        raise SystemExit("usage: python -m meetingparse.evaluate GOLD_DIR PRED_DIR [--misses]")
    result = evaluate_directories(*paths)
    if "--misses" in args:
        print("\n".join(result.misses))
    print(result.table())


if __name__ == "__main__":
    main()
