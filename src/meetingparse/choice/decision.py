"""The shape of one decision: candidates with features, and the gold test ``fit`` labels them by."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Doc

from ..components.event import EventFacts
from ..evaluate import SIMPLE_FIELD_MATCHERS, items, plain
from .features import Context
from .scorer import Features


@dataclass(frozen=True)
class Candidate:
    """One possible value of a decision: what the record would hold, and its features."""

    value: Any  # a Span, a person's index, a DateMention or a mode, as the EventFacts field holds it
    text: str  # the value as the record shows it, compared with the gold record when fitting
    features: Features


class Decision(Protocol):
    """A single-valued fact of the meeting chosen among candidates."""

    name: str  # the record's field
    event_field: str  # the EventFacts field it replaces
    judges_only: bool  # whether the model only gives the rules' value its confidence, never replacing it
    of_a_participant: bool  # whether its value is a person, who must be one the participants' model keeps

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        """Every plausible value, the hand rules' pick among them when they made one."""
        ...

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        """Whether a candidate agrees with a gold record, as the scorer judges the field."""
        ...


class ItemDecision(Protocol):
    """How sure to be of each item of a list (organizations taking part, participants, speech
    points): every candidate is described and judged on its own by the fitted model; the items
    the hand rules keep are the record's, each with its calibrated confidence, unless the list
    ``chooses_members`` and its fitted model has cuts: then it drops the rules' items under
    its threshold (if it ``drops_ruled``) and admits the others at or over its ``admit``."""

    name: str  # the record's list
    chooses_members: bool  # whether the record can list any candidate, not only the rules' items
    drops_ruled: bool  # whether, choosing, its model may also leave out an item the rules keep

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        """Every plausible item, the hand rules' items among them."""
        ...

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        """Whether a candidate is an item of the gold record's list, as the scorer pairs them."""
        ...

    def ruled(self, candidate: Candidate) -> bool:
        """Whether the hand rules keep a candidate."""
        ...

    def settled(self, candidate: Candidate) -> bool:
        """Whether the rules' reading of an item stands whatever the model says: an item the
        rest of the record rests on (a participant who speaks or chairs), or one the rules left
        out for a stated reason (a person absent)."""
        ...

    def expected(self, gold: Mapping[str, Any]) -> int:
        """How many items the gold record's list holds."""
        ...

    def keep(self, doc: Doc, kept: list[tuple[Candidate, float]]) -> None:
        """Write the kept items' confidences where the record is built from."""
        ...


def listed_in_gold(gold: Mapping[str, Any], name: str) -> int:
    """How many items a gold record's top-level list ``name`` holds."""
    return sum(1 for item in items(gold, name) if item)


def ruled_option(options: Sequence[Features]) -> int | None:
    """The index of the hand rules' own value among a report's options, if they gave one."""
    return next((i for i, features in enumerate(options) if features.get("rule_same")), None)


def agrees_with_gold(field: str, text: str, gold: Mapping[str, Any]) -> bool:
    """Whether a value's text agrees with the gold record's field, as the scorer judges it
    (title, kind, location, organizer)."""
    expected = plain(gold.get(field))
    return isinstance(expected, str) and bool(expected) and SIMPLE_FIELD_MATCHERS[field](expected, text)


def with_abstention(candidates: list[Candidate], rules_gave_none: bool) -> list[Candidate]:
    """The candidates and, last, the empty value, which the model weighs like any other:
    ``null`` is its bias, ``null_rules_none`` whether the hand rules found nothing."""
    empty = Candidate(None, "", {"null": 1.0, "null_rules_none": float(rules_gave_none)})
    return [*candidates, empty]
