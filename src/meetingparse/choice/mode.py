"""The mode: in person, online or hybrid, each described by the cue phrases for it and
against it on the page, whether a venue is named and the hand rules' reading."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..components.event import EventFacts
from ..components.venue import REMOTE_WORDS, VenueReader
from .decision import Candidate
from .features import Context

_MODES = {"in_person": "in_person_cues", "online": "online_cues", "hybrid": "hybrid_cues"}


class ModeDecision:
    """How the meeting was attended."""

    name = "mode"
    event_field = "mode"
    judges_only = False
    of_a_participant = False

    def __init__(self, venues: VenueReader) -> None:
        self.venues = venues

    def candidates(self, ctx: Context, event: EventFacts) -> list[Candidate]:
        counts = self.venues.cue_counts(ctx.doc)
        named_remote = event.title is not None and any(
            t.lower_ in REMOTE_WORDS for t in event.title)
        candidates = []
        for mode, cues in _MODES.items():
            others = sum(n for name, n in counts.items() if name != cues)
            candidates.append(Candidate(mode, mode, {
                f"{mode}_bias": 1.0,
                f"{mode}_rule": float(event.mode == mode),
                f"{mode}_own_cues_log": math.log1p(counts[cues]),
                f"{mode}_other_cues_log": math.log1p(others),
                f"{mode}_venue": float(event.venue is not None),
                f"{mode}_remote_title": float(named_remote),
                "rule_none": float(event.mode is None),
            }))
        return candidates

    def is_right(self, candidate: Candidate, gold: Mapping[str, Any]) -> bool:
        return bool(gold.get(self.name) == candidate.value)
